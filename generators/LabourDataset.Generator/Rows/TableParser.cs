using System;
using System.Collections.Generic;
using System.Linq;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Json;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Rows
{
    /// <summary>
    /// Reads one JSON resource file (an array of row objects) against its schema, row by row: each cell is typed by
    /// <see cref="CellReader"/>, and <see cref="RowCollector"/> checks keys and collects foreign-key values. Rows are
    /// never dropped silently: every problem is reported.
    /// </summary>
    internal sealed class TableParser
    {
        private readonly DataFile _file;
        private readonly TableSpec _table;
        private readonly FileDiagnostics _diagnostics;
        private readonly RowDiagnostics _row;
        private readonly CellReader _cells;
        private readonly RowCollector _collector;
        private readonly Dictionary<string, int> _fieldIndex = new Dictionary<string, int>(StringComparer.Ordinal);

        private TableParser(DataFile file, TableSpec table)
        {
            _file = file;
            _table = table;
            _diagnostics = new FileDiagnostics(file.Path, file.Text);
            _row = new RowDiagnostics(_diagnostics, table.Name);
            _cells = new CellReader(table, _row, file.Text);
            // Rows are rarely under ~100 characters of JSON.
            _collector = new RowCollector(table, _row, Math.Max(16, file.Text.Length / 100));
            for (int i = 0; i < table.Fields.Count; i++) _fieldIndex[table.Fields[i].Name] = i;
        }

        public static TableParseResult Parse(DataFile file, TableSpec table) => new TableParser(file, table).Run();

        private TableParseResult Run()
        {
            JsonNode? root = JsonParser.ParseArrayItems(_file.Text, ParseRow, out JsonParseError? error);
            if (root is null) _diagnostics.ReportSyntax(error!);
            else if (root.Kind != JsonKind.Array) _diagnostics.Report(DiagnosticDescriptors.TopLevelShape, root, "an array of row objects", root.Describe());
            return _collector.Result(ContentHash.OfFile(_file.Text), _diagnostics.ToEquatableArray());
        }

        private void ParseRow(JsonNode rowNode, int r)
        {
            EquatableArray<FieldSpec> fields = _table.Fields;
            _row.StartRow(r);
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
            var cells = new CellValue[fields.Count];
            var at = new LocationInfo[fields.Count];
            for (int f = 0; f < fields.Count; f++)
            {
                cells[f] = _cells.Read(f, present[f], rowNode);
                if (present[f] is JsonProperty prop) at[f] = _diagnostics.Locator.At(prop.Value);
            }
            _collector.Add(r, cells, at);
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
