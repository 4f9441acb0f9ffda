using System;
using System.Collections.Generic;

namespace LabourDataset.Generator.Model
{
    /// <summary>Where a JSON token sits in a file: enough to build a Roslyn Location later, without holding one.</summary>
    internal readonly record struct LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn);

    /// <summary>Field types of the supported Table Schema subset.</summary>
    internal enum FieldType
    {
        String,
        Integer,
        Number,
        Boolean,
        Date,
        Year,
        StringArray,
    }

    /// <summary>Constraints checked on every cell; nulls mean "not set".</summary>
    internal sealed record ConstraintsSpec(
        bool Required,
        bool Unique,
        EquatableArray<string> Enum,
        string? Minimum,
        string? Maximum,
        int? MinLength,
        int? MaxLength,
        string? Pattern);

    internal sealed record FieldSpec(
        string Name,
        string PropertyName,
        FieldType Type,
        string? Description,
        ConstraintsSpec Constraints,
        EquatableArray<string> MissingValues)
    {
        /// <summary>Primary-key fields are implicitly required (Table Schema).</summary>
        public bool IsNullable => !Constraints.Required;
    }

    /// <summary>A single-field foreign key, resolved to C# names on both sides.</summary>
    internal sealed record ForeignKeySpec(
        string FieldName,
        string TargetResource,
        string TargetField,
        string NavigationName,
        string ReverseName,
        string LookupMethodName);

    /// <summary>The schema of one resource, with every generated name decided.</summary>
    internal sealed record TableSpec(
        string Name,
        string Path,
        string ResolvedPath,
        string? Title,
        string? Description,
        string TypeName,
        string CollectionName,
        EquatableArray<FieldSpec> Fields,
        EquatableArray<string> PrimaryKey,
        EquatableArray<ForeignKeySpec> ForeignKeys,
        RowStorage Storage = RowStorage.Automatic);

    /// <summary>How a collection's rows are emitted: object creations per row, or a compact UTF-8 blob decoded on first use.</summary>
    internal enum RowStorage
    {
        Automatic,
        Inline,
        Compact,
    }

    /// <summary>A reverse navigation emitted on a referenced record: child rows pointing at it.</summary>
    internal sealed record ReverseLinkSpec(string PropertyName, string ChildTypeName, string ChildCollectionName, string LookupMethodName, string KeyFieldPropertyName);

    internal sealed record PackageSource(string Title, string? Path, string? Version);

    internal sealed record PackageLicense(string Name, string? Path, string? Title);

    /// <summary>Package-level facts that DatasetInfo exposes.</summary>
    internal sealed record PackageSpec(
        string Namespace,
        string Name,
        string Version,
        string? Title,
        string? Description,
        EquatableArray<PackageSource> Sources,
        EquatableArray<PackageLicense> Licenses,
        EquatableArray<TableSpec> Tables);

    /// <summary>One typed cell. Text holds the canonical invariant form of a scalar; Items the elements of an array.</summary>
    /// <remarks>A struct: a 100k-row table has a million cells, and an object per cell dominated parse time.</remarks>
    internal readonly record struct CellValue(bool IsNull, string? Text, EquatableArray<string> Items)
    {
        public static CellValue Null => new CellValue(true, null, EquatableArray<string>.Empty);

        public static CellValue Scalar(string text) => new CellValue(false, text, EquatableArray<string>.Empty);

        public static CellValue Array(EquatableArray<string> items) => new CellValue(false, null, items);
    }

    /// <summary>A row: a window on the table's flat cell array.</summary>
    internal readonly struct RowView
    {
        public RowView(EquatableArray<CellValue> cells, int offset, int count) => Cells = new CellSlice(cells, offset, count);

        public CellSlice Cells { get; }
    }

    internal readonly struct CellSlice : IReadOnlyList<CellValue>
    {
        private readonly EquatableArray<CellValue> _cells;
        private readonly int _offset;

        public CellSlice(EquatableArray<CellValue> cells, int offset, int count)
        {
            _cells = cells;
            _offset = offset;
            Count = count;
        }

        public int Count { get; }

        public CellValue this[int index] => _cells[_offset + index];

        public IEnumerator<CellValue> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return _cells[_offset + i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    internal readonly struct RowList : IReadOnlyList<RowView>
    {
        private readonly EquatableArray<CellValue> _cells;
        private readonly int _fieldCount;

        public RowList(EquatableArray<CellValue> cells, int fieldCount)
        {
            _cells = cells;
            _fieldCount = fieldCount;
        }

        public int Count => _fieldCount == 0 ? 0 : _cells.Count / _fieldCount;

        public RowView this[int index] => new RowView(_cells, index * _fieldCount, _fieldCount);

        public IEnumerator<RowView> GetEnumerator()
        {
            for (int i = 0; i < Count; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>The rows of one resource after parsing and validation, plus the hash of the file's canonical content.</summary>
    /// <remarks>
    /// Cells are one flat array (row-major, <see cref="FieldCount"/> per row) rather than an object per row: a model of
    /// 100k rows must stay cheap for the garbage collector, which otherwise dominated generation time.
    /// </remarks>
    internal sealed record TableData(string ResourceName, int FieldCount, EquatableArray<CellValue> Cells, string ContentHash)
    {
        public static TableData Empty(string resourceName) => new TableData(resourceName, 0, EquatableArray<CellValue>.Empty, string.Empty);

        public RowList Rows => new RowList(Cells, FieldCount);
    }
}
