using System;
using System.Collections.Generic;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Naming
{
    /// <summary>The rows that get a static property on their collection, or none when the table has more than the limit.</summary>
    internal sealed class RowProperties
    {
        public RowProperties(IReadOnlyList<(int Row, string Name)> names, int candidates, int limit)
        {
            Names = names;
            Candidates = candidates;
            Limit = limit;
        }

        public IReadOnlyList<(int Row, string Name)> Names { get; }

        /// <summary>How many rows have a key that could be a property.</summary>
        public int Candidates { get; }

        public int Limit { get; }

        /// <summary>True when the table has more candidates than the limit, so it gets no row properties at all.</summary>
        public bool OverLimit => Candidates > Limit;
    }

    /// <summary>
    /// Decides which rows get a static property on their collection (<c>Instruments.C029</c>): those whose string key
    /// is a safe C# identifier that no collection member and no earlier row has taken. A type may hold at most 65,535
    /// methods, and each property is one, so past a limit (1,000 by default, the MSBuild property
    /// LabourDatasetRowPropertyLimit, 0 turns them off) a table gets none: all or nothing, so no row silently misses one.
    /// </summary>
    internal static class RowPropertyNames
    {
        public const int DefaultLimit = 1000;

        /// <summary>The highest limit accepted: well below the runtime's 65,535 methods per type, leaving room for the rest.</summary>
        public const int MaxLimit = 60000;

        /// <summary>Static members of a generated collection class; a row property may not take these names.</summary>
        private static readonly string[] CollectionMemberNames =
            { "All", "AsSpan", "Count", "Get", "TryGet", "Equals", "ReferenceEquals", "GetHashCode", "ToString", "GetType", "Create", "Index" };

        public static RowProperties Choose(TableSpec table, RowList rows, int limit)
        {
            var names = new List<(int Row, string Name)>();
            if (table.PrimaryKey.Count != 1) return new RowProperties(names, 0, limit);
            int keyIndex = table.FieldIndex(table.PrimaryKey[0]);
            if (table.Fields[keyIndex].Type != FieldType.String) return new RowProperties(names, 0, limit);
            var taken = new HashSet<string>(CollectionMemberNames, StringComparer.Ordinal) { table.CollectionName };
            for (int r = 0; r < rows.Count; r++)
            {
                string? key = rows[r].Cells[keyIndex].Text;
                if (key is not null && Identifiers.IsSafeIdentifier(key) && taken.Add(key)) names.Add((r, key));
            }
            return names.Count > limit ? new RowProperties(Array.Empty<(int, string)>(), names.Count, limit) : new RowProperties(names, names.Count, limit);
        }
    }
}
