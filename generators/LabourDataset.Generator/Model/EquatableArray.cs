using System;
using System.Collections;
using System.Collections.Generic;

namespace LabourDataset.Generator.Model
{
    /// <summary>
    /// An immutable array with structural equality, so pipeline models that hold lists compare by content
    /// and the incremental driver can report them as Unchanged.
    /// </summary>
    internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        public static readonly EquatableArray<T> Empty = new EquatableArray<T>(Array.Empty<T>());

        private readonly T[]? _items;

        public EquatableArray(T[] items) => _items = items;

        public EquatableArray(IEnumerable<T> items) => _items = ToArray(items);

        /// <summary>One exact-size copy: large tables live on the large-object heap, where every extra copy costs a full GC.</summary>
        private static T[] ToArray(IEnumerable<T> items)
        {
            if (items is ICollection<T> collection)
            {
                var array = new T[collection.Count];
                collection.CopyTo(array, 0);
                return array;
            }
            return new List<T>(items).ToArray();
        }

        private T[] Items => _items ?? Array.Empty<T>();

        public int Count => Items.Length;

        public T this[int index] => Items[index];

        public bool Equals(EquatableArray<T> other)
        {
            T[] mine = Items, theirs = other.Items;
            if (ReferenceEquals(mine, theirs)) return true;
            if (mine.Length != theirs.Length) return false;
            for (int i = 0; i < mine.Length; i++)
            {
                if (!EqualityComparer<T>.Default.Equals(mine[i], theirs[i])) return false;
            }
            return true;
        }

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            unchecked
            {
                int hash = 17;
                foreach (T item in Items) hash = (hash * 31) + (item is null ? 0 : item.GetHashCode());
                return hash;
            }
        }

        /// <summary>A loop over the array: LINQ's Contains would box an enumerator on every call in hot paths.</summary>
        public bool Contains(T value)
        {
            foreach (T item in Items)
            {
                if (EqualityComparer<T>.Default.Equals(item, value)) return true;
            }
            return false;
        }

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)Items).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();

        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
    }

    internal static class EquatableArray
    {
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) where T : IEquatable<T>
            => new EquatableArray<T>(items);
    }
}
