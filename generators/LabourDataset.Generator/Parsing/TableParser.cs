using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Parsing
{
    /// <summary>
    /// Reads one resource file against its schema: every cell is type-checked and constraint-checked, and every problem
    /// becomes a diagnostic on the offending token. Rows are never dropped silently: a row with errors is still reported.
    /// </summary>
    internal sealed class TableParser
    {
        private readonly DataFile _file;
        private readonly TableSpec _table;
        private readonly TextLocator _locator;
        private readonly string _fileName;
        private readonly List<DiagnosticInfo> _diagnostics = new List<DiagnosticInfo>();
        private readonly Regex?[] _patterns;

        private TableParser(DataFile file, TableSpec table)
        {
            _file = file;
            _table = table;
            _locator = new TextLocator(file.Path, file.Text);
            _fileName = PackageParser.FileName(file.Path);
            _patterns = table.Fields.Select(f => f.Constraints.Pattern is null ? null : new Regex("^(?:" + f.Constraints.Pattern + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1))).ToArray();
        }

        public static TableParseResult Parse(DataFile file, TableSpec table)
        {
            var parser = new TableParser(file, table);
            return parser.Run();
        }

        /// <summary>
        /// SHA-256 (lower-case hex) of the file's canonical content: UTF-8, no byte-order mark, line endings as '\n'.
        /// Canonical so that a checkout with CRLF line endings hashes the same as one with LF.
        /// </summary>
        public static string CanonicalHash(string text)
        {
            string canonical = text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
            canonical = canonical.Replace("\r\n", "\n").Replace('\r', '\n');
            using var sha = SHA256.Create();
            byte[] hash = sha.ComputeHash(new UTF8Encoding(false, false).GetBytes(canonical));
            var sb = new StringBuilder(hash.Length * 2);
            foreach (byte b in hash) sb.Append(b.ToString("x2", CultureInfo.InvariantCulture));
            return sb.ToString();
        }

        private void Report(string id, LocationInfo? location, params string[] args) => _diagnostics.Add(DiagnosticInfo.Create(id, location, args));

        private TableParseResult Run()
        {
            // Sized from the file length (rows are rarely under ~100 characters) so the big lists are not regrown:
            // each regrowth of an array on the large-object heap is a full collection of everything parsed so far.
            int estimatedRows = Math.Max(16, _file.Text.Length / 100);
            var cells = new List<CellValue>(estimatedRows * _table.Fields.Count);
            var fkValues = new List<ForeignKeyValue>(_table.ForeignKeys.Count == 0 ? 0 : estimatedRows * _table.ForeignKeys.Count);
            var keys = new List<string>(_table.PrimaryKey.Count == 1 ? estimatedRows : 0);
            var state = new RowsState(_table);
            JsonNode? root = JsonParser.ParseArrayItems(_file.Text, (row, index) => ParseRow(row, index, state, cells, fkValues, keys), out JsonParseError? error);
            if (root is null)
            {
                LocationInfo at = _locator.At(error!.Position, error.Length);
                Report(Descriptors.JsonSyntax.Id, at, _fileName, (at.StartLine + 1).ToString(CultureInfo.InvariantCulture), (at.StartColumn + 1).ToString(CultureInfo.InvariantCulture), error.Message);
            }
            else if (root.Kind != JsonKind.Array)
            {
                Report(Descriptors.TopLevelShape.Id, _locator.At(root), _fileName, "an array of row objects", root.Describe());
            }
            string hash = CanonicalHash(_file.Text);
            return new TableParseResult(
                new TableData(_table.Name, _table.Fields.Count, cells.ToEquatableArray(), hash),
                new TableKeys(_table.Name, keys.ToEquatableArray()),
                fkValues.ToEquatableArray(),
                _diagnostics.ToEquatableArray());
        }

        /// <summary>What stays the same from row to row, and what must be remembered across rows (keys seen).</summary>
        private sealed class RowsState
        {
            public RowsState(TableSpec table)
            {
                Fields = table.Fields;
                for (int i = 0; i < Fields.Count; i++) FieldIndex[Fields[i].Name] = i;
                KeyFields = table.PrimaryKey.Select(k => FieldIndex[k]).ToArray();
                UniqueSeen = new Dictionary<string, string>?[Fields.Count];
                for (int i = 0; i < Fields.Count; i++) if (Fields[i].Constraints.Unique) UniqueSeen[i] = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            public EquatableArray<FieldSpec> Fields { get; }
            public Dictionary<string, int> FieldIndex { get; } = new Dictionary<string, int>(StringComparer.Ordinal);
            public int[] KeyFields { get; }
            public Dictionary<string, string> SeenKeys { get; } = new Dictionary<string, string>(StringComparer.Ordinal);
            public Dictionary<string, string>?[] UniqueSeen { get; }
        }

        private int _rowIndex;
        private string? _rowKeyField;
        private string? _rowKey;

        /// <summary>"#3 (id 'UZB-C029')": built only when a problem in the row is reported.</summary>
        private string RowLabel() => Label(_rowIndex, _rowKeyField, _rowKey);

        internal static string Label(int rowIndex, string? keyField, string? key)
            => "#" + (rowIndex + 1).ToString(CultureInfo.InvariantCulture) + (key is null ? string.Empty : " (" + keyField + " '" + key + "')");

        private void ParseRow(JsonNode rowNode, int r, RowsState state, List<CellValue> allCells, List<ForeignKeyValue> fkValues, List<string> keys)
        {
            EquatableArray<FieldSpec> fields = state.Fields;
            int[] keyFields = state.KeyFields;
            _rowIndex = r;
            _rowKeyField = null;
            _rowKey = null;
            if (rowNode.Kind != JsonKind.Object)
            {
                Report(Descriptors.RowNotObject.Id, _locator.At(rowNode), _fileName, RowLabel(), _table.Name, rowNode.Describe());
                return;
            }
            if (keyFields.Length == 1)
            {
                string keyName = fields[keyFields[0]].Name;
                JsonNode? keyNode = rowNode.Find(keyName)?.Value;
                if (keyNode is not null && (keyNode.Kind == JsonKind.String || keyNode.Kind == JsonKind.Number))
                {
                    _rowKeyField = keyName;
                    _rowKey = keyNode.Text;
                }
            }
            var cells = new CellValue[fields.Count];
            var present = new JsonProperty?[fields.Count];
            List<JsonProperty> properties = rowNode.Properties!;
            for (int p = 0; p < properties.Count; p++)
            {
                JsonProperty prop = properties[p];
                if (!state.FieldIndex.TryGetValue(prop.Name, out int index))
                {
                    if (IsDuplicate(properties, p)) Report(Descriptors.DuplicateProperty.Id, _locator.At(prop), _fileName, "row " + RowLabel() + " of resource '" + _table.Name + "'", prop.Name);
                    else Report(Descriptors.UnknownField.Id, _locator.At(prop), _fileName, RowLabel(), _table.Name, "'" + prop.Name + "'" + Suggest(prop.Name));
                    continue;
                }
                if (present[index] is not null)
                {
                    Report(Descriptors.DuplicateProperty.Id, _locator.At(prop), _fileName, "row " + RowLabel() + " of resource '" + _table.Name + "'", prop.Name);
                    continue;
                }
                present[index] = prop;
            }
            for (int f = 0; f < fields.Count; f++)
            {
                cells[f] = ParseCell(fields[f], f, present[f], rowNode);
            }
            allCells.AddRange(cells);

            if (keyFields.Length > 0 && keyFields.All(k => !cells[k].IsNull))
            {
                string key = keyFields.Length == 1 ? cells[keyFields[0]].Text! : string.Join("\u001F", keyFields.Select(k => cells[k].Text));
                if (state.SeenKeys.TryGetValue(key, out string? firstRow))
                {
                    JsonProperty keyProp = present[keyFields[0]]!;
                    Report(Descriptors.DuplicateKey.Id, _locator.At(keyProp.Value), _fileName, RowLabel(), _table.Name, DescribeKey(cells, keyFields), firstRow);
                }
                else
                {
                    // The first row's label is kept only as a number and key, which is all a duplicate report needs.
                    state.SeenKeys[key] = Label(r, _rowKeyField, _rowKey);
                    if (keyFields.Length == 1) keys.Add(key);
                }
            }
            for (int f = 0; f < fields.Count; f++)
            {
                if (state.UniqueSeen[f] is Dictionary<string, string> seen && !cells[f].IsNull && cells[f].Text is string text)
                {
                    if (seen.TryGetValue(text, out string? other)) Report(Descriptors.NotUnique.Id, _locator.At(present[f]!.Value), _fileName, RowLabel(), _table.Name, fields[f].Name, text, other);
                    else seen[text] = RowLabel();
                }
            }
            foreach (ForeignKeySpec fk in _table.ForeignKeys)
            {
                int index = state.FieldIndex[fk.FieldName];
                if (!cells[index].IsNull && cells[index].Text is string value)
                {
                    fkValues.Add(new ForeignKeyValue(_table.Name, fk.FieldName, fk.TargetResource, fk.TargetField, value, r, _rowKeyField, _rowKey, _locator.At(present[index]!.Value)));
                }
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

        private static string DescribeKey(CellValue[] cells, int[] keyFields)
            => string.Join(", ", keyFields.Select(k => "'" + cells[k].Text + "'"));

        private CellValue ParseCell(FieldSpec field, int fieldIndex, JsonProperty? prop, JsonNode rowNode)
        {
            if (prop is null || prop.Value.Kind == JsonKind.Null)
            {
                if (field.Constraints.Required)
                {
                    Report(Descriptors.MissingRequired.Id, prop is null ? _locator.At(rowNode.Start, 1) : _locator.At(prop.Value), _fileName, RowLabel(), _table.Name, field.Name);
                }
                return CellValue.Null;
            }
            JsonNode node = prop.Value;
            if (node.Kind == JsonKind.String && field.Type != FieldType.StringArray && field.MissingValues.Contains(node.Text!))
            {
                if (field.Constraints.Required) Report(Descriptors.EmptyRequired.Id, _locator.At(node), _fileName, RowLabel(), _table.Name, field.Name, node.Text!);
                return CellValue.Null;
            }
            switch (field.Type)
            {
                case FieldType.String:
                    if (node.Kind != JsonKind.String) return WrongType(field, node, "a string");
                    CheckString(field, fieldIndex, node);
                    return CellValue.Scalar(node.Text!);
                case FieldType.Integer:
                    {
                        if (node.Kind != JsonKind.Number) return WrongType(field, node, "an integer");
                        if (!CellParser.TryParseInteger(node.Text!, out long value))
                        {
                            Report(Descriptors.InvalidInteger.Id, _locator.At(node), _fileName, RowLabel(), _table.Name, field.Name, node.Text!);
                            return CellValue.Null;
                        }
                        // JSON integers are already canonical, except "-0".
                        string text = node.Text == "-0" ? "0" : node.Text!;
                        CheckNumber(field, node, text);
                        return CellValue.Scalar(text);
                    }
                case FieldType.Year:
                    {
                        if (node.Kind != JsonKind.Number || !int.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int year) || year < 1 || year > 9999)
                        {
                            Report(Descriptors.InvalidYear.Id, _locator.At(node), _fileName, RowLabel(), _table.Name, field.Name, node.Kind == JsonKind.Number ? node.Text! : node.Describe());
                            return CellValue.Null;
                        }
                        string text = node.Text!;
                        CheckNumber(field, node, text);
                        return CellValue.Scalar(text);
                    }
                case FieldType.Number:
                    {
                        if (node.Kind != JsonKind.Number)
                        {
                            if (node.Kind == JsonKind.String && (node.Text == "NaN" || node.Text!.IndexOf("Infinity", StringComparison.Ordinal) >= 0 || node.Text!.IndexOf("INF", StringComparison.Ordinal) >= 0))
                            {
                                Report(Descriptors.InexactNumber.Id, _locator.At(node), _fileName, RowLabel(), _table.Name, field.Name, node.Text!);
                                return CellValue.Null;
                            }
                            return WrongType(field, node, "a number" + (node.Kind == JsonKind.String && node.Text!.IndexOf(',') >= 0 ? " (a JSON number with a decimal point: 29.56, not \"29,56\")" : string.Empty));
                        }
                        if (!CellParser.TryParseDecimal(node.Text!, out string canonical))
                        {
                            Report(Descriptors.InexactNumber.Id, _locator.At(node), _fileName, RowLabel(), _table.Name, field.Name, node.Text!);
                            return CellValue.Null;
                        }
                        CheckNumber(field, node, canonical);
                        return CellValue.Scalar(canonical);
                    }
                case FieldType.Boolean:
                    if (node.Kind == JsonKind.True) return CellValue.Scalar("true");
                    if (node.Kind == JsonKind.False) return CellValue.Scalar("false");
                    return WrongType(field, node, "true or false");
                case FieldType.Date:
                    {
                        if (node.Kind != JsonKind.String) return WrongType(field, node, "a date string (YYYY-MM-DD)");
                        if (!CellParser.TryParseDate(node.Text!, out string date))
                        {
                            Report(Descriptors.InvalidDate.Id, _locator.At(node), _fileName, RowLabel(), _table.Name, field.Name, node.Text!);
                            return CellValue.Null;
                        }
                        CheckDate(field, node, date);
                        return CellValue.Scalar(date);
                    }
                default:
                    {
                        if (node.Kind != JsonKind.Array) return WrongType(field, node, "an array of strings");
                        var items = new List<string>();
                        foreach (JsonNode item in node.Items!)
                        {
                            if (item.Kind != JsonKind.String)
                            {
                                Report(Descriptors.WrongJsonType.Id, _locator.At(item), _fileName, RowLabel(), _table.Name, field.Name, "a string array item", item.Describe());
                                continue;
                            }
                            items.Add(item.Text!);
                        }
                        CheckLength(field, node, items.Count);
                        return CellValue.Array(items.ToEquatableArray());
                    }
            }
        }

        private CellValue WrongType(FieldSpec field, JsonNode node, string expected)
        {
            Report(Descriptors.WrongJsonType.Id, _locator.At(node), _fileName, RowLabel(), _table.Name, field.Name, expected, node.Describe());
            return CellValue.Null;
        }

        private void CheckString(FieldSpec field, int fieldIndex, JsonNode node)
        {
            string text = node.Text!;
            ConstraintsSpec c = field.Constraints;
            if (c.Enum.Count > 0 && !c.Enum.Contains(text))
            {
                Report(Descriptors.EnumViolation.Id, _locator.At(node), _fileName, RowLabel(), _table.Name, field.Name, text, string.Join(", ", c.Enum));
            }
            if (_patterns[fieldIndex] is Regex pattern)
            {
                bool matches;
                try
                {
                    matches = pattern.IsMatch(text);
                }
                catch (RegexMatchTimeoutException)
                {
                    matches = false;
                }
                if (!matches) Report(Descriptors.PatternViolation.Id, _locator.At(node), _fileName, RowLabel(), _table.Name, field.Name, text, c.Pattern!);
            }
            if (c.MinLength is not null || c.MaxLength is not null) CheckLength(field, node, new StringInfo(text).LengthInTextElements);
        }

        private void CheckLength(FieldSpec field, JsonNode node, int length)
        {
            ConstraintsSpec c = field.Constraints;
            string len = length.ToString(CultureInfo.InvariantCulture);
            if (c.MinLength is int min && length < min) Report(Descriptors.LengthViolation.Id, _locator.At(node), _fileName, RowLabel(), _table.Name, field.Name, len, "below", "minLength", min.ToString(CultureInfo.InvariantCulture));
            if (c.MaxLength is int max && length > max) Report(Descriptors.LengthViolation.Id, _locator.At(node), _fileName, RowLabel(), _table.Name, field.Name, len, "above", "maxLength", max.ToString(CultureInfo.InvariantCulture));
        }

        private void CheckNumber(FieldSpec field, JsonNode node, string value)
        {
            ConstraintsSpec c = field.Constraints;
            if (c.Enum.Count > 0 && !c.Enum.Any(e => CellParser.TryParseDecimal(e, out string ev) && CellParser.CompareNumbers(ev, value) == 0))
            {
                Report(Descriptors.EnumViolation.Id, _locator.At(node), _fileName, RowLabel(), _table.Name, field.Name, node.Text!, string.Join(", ", c.Enum));
            }
            if (c.Minimum is string min && CellParser.CompareNumbers(value, min) < 0) Report(Descriptors.RangeViolation.Id, _locator.At(node), _fileName, RowLabel(), _table.Name, field.Name, node.Text!, "below", "minimum", min);
            if (c.Maximum is string max && CellParser.CompareNumbers(value, max) > 0) Report(Descriptors.RangeViolation.Id, _locator.At(node), _fileName, RowLabel(), _table.Name, field.Name, node.Text!, "above", "maximum", max);
        }

        private void CheckDate(FieldSpec field, JsonNode node, string value)
        {
            ConstraintsSpec c = field.Constraints;
            if (c.Minimum is string min && string.CompareOrdinal(value, min) < 0) Report(Descriptors.RangeViolation.Id, _locator.At(node), _fileName, RowLabel(), _table.Name, field.Name, value, "before", "minimum", min);
            if (c.Maximum is string max && string.CompareOrdinal(value, max) > 0) Report(Descriptors.RangeViolation.Id, _locator.At(node), _fileName, RowLabel(), _table.Name, field.Name, value, "after", "maximum", max);
            if (c.Enum.Count > 0 && !c.Enum.Contains(value)) Report(Descriptors.EnumViolation.Id, _locator.At(node), _fileName, RowLabel(), _table.Name, field.Name, value, string.Join(", ", c.Enum));
        }
    }
}
