using System.Collections.Generic;

namespace LabourDataset.Generator.Model
{
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
