using System;
using System.Collections.Generic;
using System.Linq;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Json;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Rows
{
    /// <summary>
    /// Reads JSON rows against their schema, row by row — a resource file, or a resource's inline "data" in
    /// datapackage.json: an array of row objects, or (v2, and v1 inline data) an array of arrays whose first row names the
    /// fields. Each cell is typed by <see cref="CellReader"/>, and <see cref="RowCollector"/> checks keys and collects
    /// foreign-key values. Rows are never dropped silently: every problem is reported.
    /// </summary>
    internal sealed class TableParser : IPartParser
    {
        private readonly DataFile _file;
        private readonly TableSpec _table;
        private readonly FileDiagnostics _diagnostics;
        private readonly RowDiagnostics _row;
        private readonly CellReader _cells;
        private readonly RowCollector _collector;
        private readonly Dictionary<string, int> _fieldIndex = new Dictionary<string, int>(StringComparer.Ordinal);

        private readonly System.Threading.CancellationToken _cancellation;

        /// <param name="shared">The collector of the table's earlier files when it is read from several; null for the first.</param>
        /// <param name="rowBase">Rows already read from the table's earlier files, so row numbers run on across files.</param>
        private TableParser(DataFile file, TableSpec table, System.Threading.CancellationToken cancellation, RowCollector? shared = null, int rowBase = 0)
        {
            _cancellation = cancellation;
            _file = file;
            _table = table;
            _rowBase = rowBase;
            _dialect = table.JsonDialect ?? JsonDialect.Default;
            _diagnostics = new FileDiagnostics(file.Path, file.Text);
            _row = new RowDiagnostics(_diagnostics, table.Name);
            _cells = new CellReader(table, _row, file.Text);
            // Rows are rarely under ~100 characters of JSON.
            _collector = shared ?? new RowCollector(table, _row, Math.Max(16, file.Text.Length / 100));
            _collector.Row = _row;
            for (int i = 0; i < table.Fields.Count; i++) _fieldIndex[table.Fields[i].Name] = i;
        }

        private readonly int _rowBase;
        private readonly JsonDialect _dialect;

        public RowCollector Collector => _collector;

        public FileDiagnostics Diagnostics => _diagnostics;

        public int RowsRead { get; private set; }

        /// <summary>Column of each field when the rows are arrays (after a header row); null while rows are objects.</summary>
        private int[]? _columns;
        private int _headerCells;
        private int _rowOffset;

        public static TableParseResult Parse(DataFile file, TableSpec table, System.Threading.CancellationToken cancellation = default) => new TableParser(file, table, cancellation).Run();

        /// <summary>A table whose "path" is an array: each file is an array of rows (arrays of arrays start with the header row).</summary>
        public static TableParseResult ParseParts(IReadOnlyList<DataFile> parts, TableSpec table, System.Threading.CancellationToken cancellation = default)
            => MultipartTable.Parse(parts, (part, shared, rowBase) => new TableParser(part, table, cancellation, shared, rowBase));

        /// <summary>
        /// The rows written inline in the descriptor: everything outside the "data" array is blanked (line breaks kept),
        /// so offsets, lines and columns stay those of datapackage.json.
        /// </summary>
        public static TableParseResult ParseInline(DataFile descriptor, TableSpec table, System.Threading.CancellationToken cancellation = default)
        {
            InlineSpan span = table.InlineData!;
            var masked = new System.Text.StringBuilder(descriptor.Text.Length);
            for (int i = 0; i < descriptor.Text.Length; i++)
            {
                char c = descriptor.Text[i];
                masked.Append(i >= span.Start && i < span.Start + span.Length || c == '\n' || c == '\r' ? c : ' ');
            }
            TableParseResult result = new TableParser(new DataFile(descriptor.Path, masked.ToString()), table, cancellation).Run();
            // The rows' own hash: DatasetInfo's content hash already covers the descriptor they are written in.
            return result with { Data = result.Data with { ContentHash = ContentHash.OfFile(descriptor.Text.Substring(span.Start, span.Length)) } };
        }

        private TableParseResult Run()
        {
            ReadAll();
            return _collector.Result(ContentHash.OfFile(_file.Text), _diagnostics.ToEquatableArray());
        }

        public void ReadAll()
        {
            if (_dialect.Property is string property)
            {
                ReadProperty(property);
                return;
            }
            JsonNode? root = JsonParser.ParseArrayItems(_file.Text, ParseRow, out JsonParseError? error);
            if (root is null) _diagnostics.ReportSyntax(error!);
            else if (root.Kind != JsonKind.Array) _diagnostics.Report(DiagnosticDescriptors.TopLevelShape, root, "an array of row objects", root.Describe());
        }

        /// <summary>
        /// Rows in an array under a top-level property (dialect "property"): the document is parsed whole, since the
        /// array may come after other properties, then its items are read as rows.
        /// </summary>
        private void ReadProperty(string property)
        {
            JsonNode? root = JsonParser.Parse(_file.Text, out JsonParseError? error);
            if (root is null)
            {
                _diagnostics.ReportSyntax(error!);
                return;
            }
            if (root.Kind != JsonKind.Object)
            {
                _diagnostics.Report(DiagnosticDescriptors.TopLevelShape, root, "an object with the property '" + property + "' (the dialect's 'property')", root.Describe());
                return;
            }
            JsonProperty? rows = root.Find(property);
            if (rows is null)
            {
                _diagnostics.Report(DiagnosticDescriptors.TopLevelShape, root, "an object with the property '" + property + "' (the dialect's 'property')", "an object without it");
                return;
            }
            if (rows.Value.Kind != JsonKind.Array)
            {
                _diagnostics.Report(DiagnosticDescriptors.TopLevelShape, rows.Value, "an array of rows in '" + property + "'", rows.Value.Describe());
                return;
            }
            for (int i = 0; i < rows.Value.Items!.Count; i++) ParseRow(rows.Value.Items[i], i);
        }

        private void ParseRow(JsonNode rowNode, int item)
        {
            // Every 1,024 rows: an IDE keystroke cancels a run over a large table within microseconds, not seconds.
            if ((item & 1023) == 0) _cancellation.ThrowIfCancellationRequested();
            if (item == 0 && rowNode.Kind == JsonKind.Array && _dialect.ItemType != JsonItemType.Object)
            {
                if (_dialect.Header)
                {
                    ReadHeader(rowNode);
                    return;
                }
                // header: false: array rows hold the fields in schema order.
                _headerCells = _table.Fields.Count;
                _columns = new int[_table.Fields.Count];
                for (int f = 0; f < _columns.Length; f++) _columns[f] = f;
            }
            int r = _rowBase + item - _rowOffset;
            RowsRead++;
            EquatableArray<FieldSpec> fields = _table.Fields;
            _row.StartRow(r);
            if (_dialect.ItemType != JsonItemType.Any && rowNode.Kind != (_dialect.ItemType == JsonItemType.Array ? JsonKind.Array : JsonKind.Object))
            {
                _row.Row(DiagnosticDescriptors.RowNotObject, rowNode, rowNode.Describe() + " (the dialect's itemType says each row is " + (_dialect.ItemType == JsonItemType.Array ? "an array" : "an object") + ")");
                return;
            }
            if (_columns is not null)
            {
                ParseArrayRow(rowNode, r);
                return;
            }
            if (rowNode.Kind != JsonKind.Object)
            {
                _row.Row(DiagnosticDescriptors.RowNotObject, rowNode, rowNode.Describe());
                return;
            }
            if (_collector.KeyFields.Length == 1)
            {
                string keyName = fields[_collector.KeyFields[0]].Name;
                JsonNode? keyNode = rowNode.Find(keyName)?.Value;
                if (keyNode is not null && (keyNode.Kind == JsonKind.String || keyNode.Kind == JsonKind.Number)) _row.SetKey(keyName, keyNode.Text);
            }
            JsonProperty?[] present = MatchProperties(rowNode);
            var values = new JsonNode?[fields.Count];
            for (int f = 0; f < fields.Count; f++) values[f] = present[f]?.Value;
            AddRow(r, values, rowNode);
        }

        private void AddRow(int r, JsonNode?[] values, JsonNode rowNode)
        {
            var cells = new CellValue[values.Length];
            var at = new LocationInfo[values.Length];
            for (int f = 0; f < values.Length; f++)
            {
                cells[f] = _cells.Read(f, values[f], rowNode);
                if (values[f] is JsonNode value) at[f] = _diagnostics.Locator.At(value);
            }
            _collector.Add(r, cells, at);
        }

        /// <summary>The first row of an array-of-arrays table names the fields; columns are matched to fields by name.</summary>
        private void ReadHeader(JsonNode header)
        {
            _rowOffset = 1;
            _headerCells = header.Items!.Count;
            _columns = new int[_table.Fields.Count];
            for (int f = 0; f < _columns.Length; f++) _columns[f] = -1;
            for (int c = 0; c < header.Items.Count; c++)
            {
                JsonNode cell = header.Items[c];
                int field = cell.Kind == JsonKind.String && _fieldIndex.TryGetValue(cell.Text!, out int index) ? index : -1;
                if (field < 0) _diagnostics.Report(DiagnosticDescriptors.BadHeader, cell, _table.Name, "names column " + cell.Describe() + ", which is not a field of the schema; rename the column or add the field");
                else if (_columns[field] >= 0) _diagnostics.Report(DiagnosticDescriptors.BadHeader, cell, _table.Name, "names field '" + cell.Text + "' twice");
                else _columns[field] = c;
            }
            for (int f = 0; f < _columns.Length; f++)
            {
                if (_columns[f] < 0) _diagnostics.Report(DiagnosticDescriptors.BadHeader, header, _table.Name, "has no column for field '" + _table.Fields[f].Name + "'; add the column (cells may be null)");
            }
        }

        private void ParseArrayRow(JsonNode rowNode, int r)
        {
            if (rowNode.Kind != JsonKind.Array)
            {
                _row.Row(DiagnosticDescriptors.RowNotObject, rowNode, rowNode.Describe());
                return;
            }
            if (_collector.KeyFields.Length == 1 && _columns![_collector.KeyFields[0]] is int keyColumn && keyColumn >= 0 && keyColumn < rowNode.Items!.Count
                && rowNode.Items[keyColumn] is { Kind: JsonKind.String or JsonKind.Number } keyNode)
            {
                _row.SetKey(_table.Fields[_collector.KeyFields[0]].Name, keyNode.Text);
            }
            if (rowNode.Items!.Count != _headerCells)
            {
                _row.Row(DiagnosticDescriptors.WrongCellCount, rowNode, rowNode.Items.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), _headerCells.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return;
            }
            var values = new JsonNode?[_table.Fields.Count];
            for (int f = 0; f < values.Length; f++) values[f] = _columns![f] >= 0 ? rowNode.Items[_columns[f]] : null;
            AddRow(r, values, rowNode);
        }

        /// <summary>The row's property for each field (null when absent); undeclared and repeated properties are reported.</summary>
        private JsonProperty?[] MatchProperties(JsonNode rowNode)
        {
            var present = new JsonProperty?[_table.Fields.Count];
            List<JsonProperty> properties = rowNode.Properties!;
            for (int p = 0; p < properties.Count; p++)
            {
                JsonProperty prop = properties[p];
                if (!_fieldIndex.TryGetValue(prop.Name, out int index))
                {
                    // The dialect's itemKeys name the keys to read (all of them fields); others are skipped as it asks.
                    if (_dialect.ItemKeys.Count > 0 && !IsDuplicate(properties, p)) continue;
                    if (IsDuplicate(properties, p)) _diagnostics.Report(DiagnosticDescriptors.DuplicateProperty, prop, _row.RowDescription, prop.Name);
                    else _row.Row(DiagnosticDescriptors.UnknownField, _diagnostics.Locator.At(prop), "'" + prop.Name + "'" + Suggest(prop.Name));
                    continue;
                }
                if (present[index] is not null)
                {
                    _diagnostics.Report(DiagnosticDescriptors.DuplicateProperty, prop, _row.RowDescription, prop.Name);
                    continue;
                }
                present[index] = prop;
            }
            return present;
        }

        private static bool IsDuplicate(List<JsonProperty> properties, int index)
        {
            for (int i = 0; i < index; i++) if (properties[i].Name == properties[index].Name) return true;
            return false;
        }

        private string Suggest(string name)
        {
            FieldSpec? close = _table.Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
            return close is null ? string.Empty : " (did you mean '" + close.Name + "'?)";
        }
    }
}
