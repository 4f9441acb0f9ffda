using System;
using System.Collections.Generic;
using System.Linq;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Json;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Rows
{
    /// <summary>
    /// Reads one resource file against its schema, row by row: each cell is typed by <see cref="CellReader"/>, and keys,
    /// unique values and foreign-key values are collected here. Rows are never dropped silently: every problem is reported.
    /// </summary>
    internal sealed class TableParser
    {
        private readonly DataFile _file;
        private readonly TableSpec _table;
        private readonly FileDiagnostics _diagnostics;
        private readonly RowDiagnostics _row;
        private readonly CellReader _cells;
        private readonly Dictionary<string, int> _fieldIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        private readonly int[] _keyFields;
        private readonly Dictionary<string, string> _seenKeys = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string>?[] _uniqueSeen;

        private TableParser(DataFile file, TableSpec table)
        {
            _file = file;
            _table = table;
            _diagnostics = new FileDiagnostics(file.Path, file.Text);
            _row = new RowDiagnostics(_diagnostics, table.Name);
            _cells = new CellReader(table, _row, file.Text);
            for (int i = 0; i < table.Fields.Count; i++) _fieldIndex[table.Fields[i].Name] = i;
            _keyFields = table.PrimaryKey.Select(k => _fieldIndex[k]).ToArray();
            _uniqueSeen = new Dictionary<string, string>?[table.Fields.Count];
            for (int i = 0; i < table.Fields.Count; i++) if (table.Fields[i].Constraints.Unique) _uniqueSeen[i] = new Dictionary<string, string>(StringComparer.Ordinal);
        }

        public static TableParseResult Parse(DataFile file, TableSpec table) => new TableParser(file, table).Run();

        private TableParseResult Run()
        {
            // Sized from the file length (rows are rarely under ~100 characters) so the big lists are not regrown:
            // each regrowth of an array on the large-object heap is a full collection of everything parsed so far.
            int estimatedRows = Math.Max(16, _file.Text.Length / 100);
            var cells = new List<CellValue>(estimatedRows * _table.Fields.Count);
            var fkValues = new List<ForeignKeyValue>(_table.ForeignKeys.Count == 0 ? 0 : estimatedRows * _table.ForeignKeys.Count);
            var keys = new List<string>(_table.PrimaryKey.Count == 1 ? estimatedRows : 0);
            JsonNode? root = JsonParser.ParseArrayItems(_file.Text, (row, index) => ParseRow(row, index, cells, fkValues, keys), out JsonParseError? error);
            if (root is null) _diagnostics.ReportSyntax(error!);
            else if (root.Kind != JsonKind.Array) _diagnostics.Report(DiagnosticDescriptors.TopLevelShape, root, "an array of row objects", root.Describe());
            return new TableParseResult(
                new TableData(_table.Name, _table.Fields.Count, cells.ToEquatableArray(), ContentHash.OfFile(_file.Text)),
                new TableKeys(_table.Name, keys.ToEquatableArray()),
                fkValues.ToEquatableArray(),
                _diagnostics.ToEquatableArray());
        }

        private void ParseRow(JsonNode rowNode, int r, List<CellValue> allCells, List<ForeignKeyValue> fkValues, List<string> keys)
        {
            EquatableArray<FieldSpec> fields = _table.Fields;
            _row.StartRow(r);
            if (rowNode.Kind != JsonKind.Object)
            {
                _row.Row(DiagnosticDescriptors.RowNotObject, rowNode, rowNode.Describe());
                return;
            }
            if (_keyFields.Length == 1)
            {
                string keyName = fields[_keyFields[0]].Name;
                JsonNode? keyNode = rowNode.Find(keyName)?.Value;
                if (keyNode is not null && (keyNode.Kind == JsonKind.String || keyNode.Kind == JsonKind.Number)) _row.SetKey(keyName, keyNode.Text);
            }
            JsonProperty?[] present = MatchProperties(rowNode);
            var cells = new CellValue[fields.Count];
            for (int f = 0; f < fields.Count; f++) cells[f] = _cells.Read(f, present[f], rowNode);
            allCells.AddRange(cells);

            CheckPrimaryKey(r, cells, present, keys);
            CheckUnique(cells, present);
            foreach (ForeignKeySpec fk in _table.ForeignKeys)
            {
                int index = _fieldIndex[fk.FieldName];
                if (!cells[index].IsNull && cells[index].Text is string value)
                {
                    fkValues.Add(new ForeignKeyValue(_table.Name, fk.FieldName, fk.TargetResource, fk.TargetField, value, r, _row.KeyField, _row.Key, _diagnostics.Locator.At(present[index]!.Value)));
                }
            }
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

        private void CheckPrimaryKey(int r, CellValue[] cells, JsonProperty?[] present, List<string> keys)
        {
            if (_keyFields.Length == 0 || _keyFields.Any(k => cells[k].IsNull)) return;
            string key = _keyFields.Length == 1 ? cells[_keyFields[0]].Text! : string.Join("\u001F", _keyFields.Select(k => cells[k].Text));
            if (_seenKeys.TryGetValue(key, out string? firstRow))
            {
                _row.Row(DiagnosticDescriptors.DuplicateKey, present[_keyFields[0]]!.Value, string.Join(", ", _keyFields.Select(k => "'" + cells[k].Text + "'")), firstRow);
                return;
            }
            // The first row's label is kept only as a number and key, which is all a duplicate report needs.
            _seenKeys[key] = RowLabels.Label(r, _row.KeyField, _row.Key);
            if (_keyFields.Length == 1) keys.Add(key);
        }

        private void CheckUnique(CellValue[] cells, JsonProperty?[] present)
        {
            for (int f = 0; f < cells.Length; f++)
            {
                if (_uniqueSeen[f] is not Dictionary<string, string> seen || cells[f].IsNull || cells[f].Text is not string text) continue;
                if (seen.TryGetValue(text, out string? other)) _row.Field(DiagnosticDescriptors.NotUnique, present[f]!.Value, _table.Fields[f].Name, text, other);
                else seen[text] = _row.RowLabel;
            }
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
