using System;
using System.Collections.Generic;

namespace LabourDataset.Generator.Naming
{
    /// <summary>
    /// Decides which rows get a static property on their collection (<c>Instruments.C029</c>): those whose string key
    /// is a safe C# identifier that no collection member and no earlier row has taken.
    /// </summary>
    internal sealed class RowPropertyNames
    {
        /// <summary>Static members of a generated collection class; a row property may not take these names.</summary>
        private static readonly string[] CollectionMemberNames =
            { "All", "Count", "Get", "TryGet", "Equals", "ReferenceEquals", "GetHashCode", "ToString", "GetType", "Create", "Index" };

        private readonly HashSet<string> _taken;

        public RowPropertyNames(string collectionName)
            => _taken = new HashSet<string>(CollectionMemberNames, StringComparer.Ordinal) { collectionName };

        /// <summary>The property name for a row with this key, or null when the row gets none.</summary>
        public string? Claim(string? key) => key is not null && Identifiers.IsSafeIdentifier(key) && _taken.Add(key) ? key : null;
    }
}
