using System;
using System.Collections.Generic;
using System.Globalization;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Rows
{
    /// <summary>
    /// Reads one CSV resource file against its schema: the header maps columns to fields by name (or, without a header,
    /// by position), each cell is typed by <see cref="TextCellReader"/>, and <see cref="RowCollector"/> checks keys.
    /// Every problem is located at its CSV line and column.
    /// </summary>
    internal sealed class CsvTableParser : IPartParser
    {
        private readonly DataFile _file;
        private readonly TableSpec _table;
        private readonly CsvDialect _dialect;
        private readonly FileDiagnostics _diagnostics;
        private readonly RowDiagnostics _row;
        private readonly TextCellReader _cells;
        private readonly RowCollector _collector;

        private readonly System.Threading.CancellationToken _cancellation;

        /// <param name="shared">The collector of the table's earlier files when it is read from several; null for the first.</param>
        /// <param name="rowBase">Rows already read from the table's earlier files, so row numbers run on across files.</param>
        private CsvTableParser(DataFile file, TableSpec table, System.Threading.CancellationToken cancellation, RowCollector? shared = null, int rowBase = 0)
        {
            _rowBase = rowBase;
            _cancellation = cancellation;
            _file = file;
            _table = table;
            _dialect = table.Dialect ?? CsvDialect.Default;
            _diagnostics = new FileDiagnostics(file.Path, file.Text);
            _row = new RowDiagnostics(_diagnostics, table.Name);
            _cells = new TextCellReader(table, _row, _dialect.NullSequence);
            // CSV rows are shorter than JSON ones; rarely under ~40 characters.
            _collector = shared ?? new RowCollector(table, _row, Math.Max(16, file.Text.Length / 40));
            _collector.Row = _row;
        }

        private readonly int _rowBase;

        public RowCollector Collector => _collector;

        public FileDiagnostics Diagnostics => _diagnostics;

        public int RowsRead { get; private set; }

        public static TableParseResult Parse(DataFile file, TableSpec table, System.Threading.CancellationToken cancellation = default) => new CsvTableParser(file, table, cancellation).Run();

        /// <summary>
        /// A table whose "path" is an array. With a header, every file starts with its own header row (mapped by name, so a
        /// file without one is reported, not misread); this is how the reference implementation, frictionless-py, reads
        /// parts too: it drops the first line of every later part.
        /// </summary>
        public static TableParseResult ParseParts(IReadOnlyList<DataFile> parts, TableSpec table, System.Threading.CancellationToken cancellation = default)
            => MultipartTable.Parse(parts, (part, shared, rowBase) => new CsvTableParser(part, table, cancellation, shared, rowBase));

        private TableParseResult Run()
        {
            ReadAll();
            return _collector.Result(ContentHash.OfFile(_file.Text), _diagnostics.ToEquatableArray());
        }

        public void ReadAll()
        {
            var reader = new CsvReader(_file.Text, _dialect);
            var record = new List<CsvCell>();
            int[]? columns = null;
            int headerCells = _table.Fields.Count;
            int rowIndex = _rowBase;
            int recordNumber = 0;
            List<CsvCell>? header = null;
            (int Position, string Message)? error;
            while (reader.Next(record, out error))
            {
                if ((rowIndex & 1023) == 0) _cancellation.ThrowIfCancellationRequested();
                recordNumber++;
                if (_dialect.CommentRows.Contains(recordNumber)) continue;
                if (columns is null)
                {
                    if (_dialect.Header)
                    {
                        // v2 headerRows: records before the header are skipped; several header rows are joined per column.
                        if (recordNumber < _dialect.FirstHeaderRow) continue;
                        header = header is null ? new List<CsvCell>(record) : JoinHeader(header, record);
                        if (recordNumber < _dialect.FirstHeaderRow + _dialect.HeaderRowCount - 1) continue;
                        columns = MapHeader(header);
                        headerCells = header.Count;
                        continue;
                    }
                    columns = new int[_table.Fields.Count];
                    for (int i = 0; i < columns.Length; i++) columns[i] = i;
                }
                ReadRow(rowIndex++, record, columns, headerCells, reader.RecordStart);
            }
            if (error is (int position, string message))
            {
                LocationInfo at = _diagnostics.Locator.At(position, 1);
                _diagnostics.Report(DiagnosticDescriptors.CsvSyntax, at, (at.StartLine + 1).ToString(CultureInfo.InvariantCulture), (at.StartColumn + 1).ToString(CultureInfo.InvariantCulture), message);
            }
            else if (columns is null && _dialect.Header)
            {
                _diagnostics.Report(DiagnosticDescriptors.BadHeader, _diagnostics.Locator.At(0, 0), _table.Name, "is missing: the file is empty; write a header row with the field names");
            }
            RowsRead = rowIndex - _rowBase;
        }

        /// <summary>Header cells so far joined with the next header row's, column by column (a missing cell is empty), as v2 headerJoin says.</summary>
        private List<CsvCell> JoinHeader(List<CsvCell> header, List<CsvCell> next)
        {
            var joined = new List<CsvCell>(Math.Max(header.Count, next.Count));
            for (int c = 0; c < Math.Max(header.Count, next.Count); c++)
            {
                CsvCell? above = c < header.Count ? header[c] : null;
                CsvCell? below = c < next.Count ? next[c] : null;
                CsvCell at = below ?? above!.Value;
                joined.Add(new CsvCell((above?.Text ?? string.Empty) + _dialect.HeaderJoin + (below?.Text ?? string.Empty), at.Start, at.Length, at.Quoted));
            }
            return joined;
        }

        /// <summary>For each field, the column that holds it (-1 when none); header cells that name no field are reported.</summary>
        private int[] MapHeader(List<CsvCell> header)
        {
            var columns = new int[_table.Fields.Count];
            for (int f = 0; f < columns.Length; f++) columns[f] = -1;
            for (int c = 0; c < header.Count; c++)
            {
                int field = FindField(header[c].Text);
                LocationInfo at = _diagnostics.Locator.At(header[c].Start, header[c].Length);
                if (field < 0)
                {
                    _diagnostics.Report(DiagnosticDescriptors.BadHeader, at, _table.Name, "names column '" + header[c].Text + "', which is not a field of the schema; rename the column or add the field");
                }
                else if (columns[field] >= 0)
                {
                    _diagnostics.Report(DiagnosticDescriptors.BadHeader, at, _table.Name, "names field '" + _table.Fields[field].Name + "' twice (columns " + (columns[field] + 1).ToString(CultureInfo.InvariantCulture) + " and " + (c + 1).ToString(CultureInfo.InvariantCulture) + ")");
                }
                else
                {
                    columns[field] = c;
                }
            }
            for (int f = 0; f < columns.Length; f++)
            {
                if (columns[f] < 0) _diagnostics.Report(DiagnosticDescriptors.BadHeader, _diagnostics.Locator.At(0, 0), _table.Name, "has no column for field '" + _table.Fields[f].Name + "'; add the column (cells may be empty)");
            }
            return columns;
        }

        /// <summary>The field a header cell names: exactly, or ignoring case unless the dialect says headers are case-sensitive.</summary>
        private int FindField(string name)
        {
            int index = _table.FieldIndex(name);
            if (index >= 0 || _dialect.CaseSensitiveHeader) return index;
            for (int i = 0; i < _table.Fields.Count; i++) if (string.Equals(_table.Fields[i].Name, name, StringComparison.OrdinalIgnoreCase)) return i;
            return -1;
        }

        private void ReadRow(int rowIndex, List<CsvCell> record, int[] columns, int headerCells, int recordStart)
        {
            _row.StartRow(rowIndex);
            if (_collector.KeyFields.Length == 1 && columns[_collector.KeyFields[0]] is int keyColumn && keyColumn >= 0 && keyColumn < record.Count)
            {
                _row.SetKey(_table.Fields[_collector.KeyFields[0]].Name, record[keyColumn].Text);
            }
            if (record.Count != headerCells)
            {
                _row.Row(DiagnosticDescriptors.WrongCellCount, _diagnostics.Locator.At(recordStart, 1),
                    record.Count.ToString(CultureInfo.InvariantCulture), headerCells.ToString(CultureInfo.InvariantCulture));
                return;
            }
            var cells = new CellValue[_table.Fields.Count];
            var at = new LocationInfo[_table.Fields.Count];
            for (int f = 0; f < cells.Length; f++)
            {
                int column = columns[f];
                if (column < 0)
                {
                    cells[f] = CellValue.Null;
                    continue;
                }
                CsvCell cell = record[column];
                at[f] = _diagnostics.Locator.At(cell.Start, cell.Length);
                cells[f] = _cells.Read(f, cell.Text, cell.Quoted, at[f]);
            }
            _collector.Add(rowIndex, cells, at);
        }
    }
}
