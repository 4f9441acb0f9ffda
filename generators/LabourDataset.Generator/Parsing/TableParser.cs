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
            var rows = new List<RowData>();
            var fkValues = new List<ForeignKeyValue>();
            var keys = new List<string>();
            JsonNode? root = JsonParser.Parse(_file.Text, out JsonParseError? error);
            if (root is null)
            {
                LocationInfo at = _locator.At(error!.Position, error.Length);
                Report(Descriptors.JsonSyntax.Id, at, _fileName, (at.StartLine + 1).ToString(CultureInfo.InvariantCulture), (at.StartColumn + 1).ToString(CultureInfo.InvariantCulture), error.Message);
            }
            else if (root.Kind != JsonKind.Array)
            {
                Report(Descriptors.TopLevelShape.Id, _locator.At(root), _fileName, "an array of row objects", root.Describe());
            }
            else
            {
                ParseRows(root, rows, fkValues, keys);
            }
            string hash = CanonicalHash(_file.Text);
            return new TableParseResult(
                new TableData(_table.Name, rows.ToEquatableArray(), hash),
                new TableKeys(_table.Name, keys.ToEquatableArray()),
                fkValues.ToEquatableArray(),
                _diagnostics.ToEquatableArray());
        }

        private void ParseRows(JsonNode root, List<RowData> rows, List<ForeignKeyValue> fkValues, List<string> keys)
        {
            EquatableArray<FieldSpec> fields = _table.Fields;
            var fieldIndex = new Dictionary<string, int>(StringComparer.Ordinal);
            for (int i = 0; i < fields.Count; i++) fieldIndex[fields[i].Name] = i;
            int[] keyFields = _table.PrimaryKey.Select(k => fieldIndex[k]).ToArray();
            var seenKeys = new Dictionary<string, string>(StringComparer.Ordinal);
            var uniqueSeen = new Dictionary<string, string>?[fields.Count];
            for (int i = 0; i < fields.Count; i++) if (fields[i].Constraints.Unique) uniqueSeen[i] = new Dictionary<string, string>(StringComparer.Ordinal);

            for (int r = 0; r < root.Items!.Count; r++)
            {
                JsonNode rowNode = root.Items[r];
                string rowNumber = "#" + (r + 1).ToString(CultureInfo.InvariantCulture);
                if (rowNode.Kind != JsonKind.Object)
                {
                    Report(Descriptors.RowNotObject.Id, _locator.At(rowNode), _fileName, rowNumber, _table.Name, rowNode.Describe());
                    continue;
                }
                string rowLabel = RowLabel(rowNode, rowNumber, keyFields);
                var cells = new CellValue[fields.Count];
                var present = new JsonProperty?[fields.Count];
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonProperty prop in rowNode.Properties!)
                {
                    if (!names.Add(prop.Name))
                    {
                        Report(Descriptors.DuplicateProperty.Id, _locator.At(prop), _fileName, "row " + rowLabel + " of resource '" + _table.Name + "'", prop.Name);
                        continue;
                    }
                    if (!fieldIndex.TryGetValue(prop.Name, out int index))
                    {
                        Report(Descriptors.UnknownField.Id, _locator.At(prop), _fileName, rowLabel, _table.Name, "'" + prop.Name + "'" + Suggest(prop.Name));
                        continue;
                    }
                    present[index] = prop;
                }
                for (int f = 0; f < fields.Count; f++)
                {
                    cells[f] = ParseCell(fields[f], f, present[f], rowNode, rowLabel);
                }
                rows.Add(new RowData(new EquatableArray<CellValue>(cells)));

                if (keyFields.Length > 0 && keyFields.All(k => !cells[k].IsNull))
                {
                    string key = string.Join("\u001F", keyFields.Select(k => cells[k].Text));
                    if (seenKeys.TryGetValue(key, out string? firstRow))
                    {
                        JsonProperty keyProp = present[keyFields[0]]!;
                        Report(Descriptors.DuplicateKey.Id, _locator.At(keyProp.Value), _fileName, rowLabel, _table.Name, DescribeKey(cells, keyFields), firstRow);
                    }
                    else
                    {
                        seenKeys[key] = rowLabel;
                        if (keyFields.Length == 1) keys.Add(key);
                    }
                }
                for (int f = 0; f < fields.Count; f++)
                {
                    if (uniqueSeen[f] is Dictionary<string, string> seen && !cells[f].IsNull && cells[f].Text is string text)
                    {
                        if (seen.TryGetValue(text, out string? other)) Report(Descriptors.NotUnique.Id, _locator.At(present[f]!.Value), _fileName, rowLabel, _table.Name, fields[f].Name, text, other);
                        else seen[text] = rowLabel;
                    }
                }
                foreach (ForeignKeySpec fk in _table.ForeignKeys)
                {
                    int index = fieldIndex[fk.FieldName];
                    if (!cells[index].IsNull && cells[index].Text is string value)
                    {
                        fkValues.Add(new ForeignKeyValue(_table.Name, fk.FieldName, fk.TargetResource, fk.TargetField, value, rowLabel, _locator.At(present[index]!.Value)));
                    }
                }
            }
        }

        private string Suggest(string name)
        {
            FieldSpec? close = _table.Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
            return close is null ? string.Empty : " (did you mean '" + close.Name + "'?)";
        }

        private static string DescribeKey(CellValue[] cells, int[] keyFields)
            => string.Join(", ", keyFields.Select(k => "'" + cells[k].Text + "'"));

        private string RowLabel(JsonNode rowNode, string rowNumber, int[] keyFields)
        {
            if (keyFields.Length == 1)
            {
                string keyName = _table.Fields[keyFields[0]].Name;
                JsonNode? keyNode = rowNode.Find(keyName)?.Value;
                if (keyNode is not null && (keyNode.Kind == JsonKind.String || keyNode.Kind == JsonKind.Number))
                {
                    return rowNumber + " (" + keyName + " '" + keyNode.Text + "')";
                }
            }
            return rowNumber;
        }

        private CellValue ParseCell(FieldSpec field, int fieldIndex, JsonProperty? prop, JsonNode rowNode, string rowLabel)
        {
            if (prop is null || prop.Value.Kind == JsonKind.Null)
            {
                if (field.Constraints.Required)
                {
                    Report(Descriptors.MissingRequired.Id, prop is null ? _locator.At(rowNode.Start, 1) : _locator.At(prop.Value), _fileName, rowLabel, _table.Name, field.Name);
                }
                return CellValue.Null;
            }
            JsonNode node = prop.Value;
            if (node.Kind == JsonKind.String && field.Type != FieldType.StringArray && field.MissingValues.Contains(node.Text!))
            {
                if (field.Constraints.Required) Report(Descriptors.EmptyRequired.Id, _locator.At(node), _fileName, rowLabel, _table.Name, field.Name, node.Text!);
                return CellValue.Null;
            }
            switch (field.Type)
            {
                case FieldType.String:
                    if (node.Kind != JsonKind.String) return WrongType(field, node, rowLabel, "a string");
                    CheckString(field, fieldIndex, node, rowLabel);
                    return CellValue.Scalar(node.Text!);
                case FieldType.Integer:
                    {
                        if (node.Kind != JsonKind.Number) return WrongType(field, node, rowLabel, "an integer");
                        if (!CellParser.TryParseInteger(node.Text!, out long value))
                        {
                            Report(Descriptors.InvalidInteger.Id, _locator.At(node), _fileName, rowLabel, _table.Name, field.Name, node.Text!);
                            return CellValue.Null;
                        }
                        string text = value.ToString(CultureInfo.InvariantCulture);
                        CheckNumber(field, node, rowLabel, text);
                        return CellValue.Scalar(text);
                    }
                case FieldType.Year:
                    {
                        if (node.Kind != JsonKind.Number || !int.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int year) || year < 1 || year > 9999)
                        {
                            Report(Descriptors.InvalidYear.Id, _locator.At(node), _fileName, rowLabel, _table.Name, field.Name, node.Kind == JsonKind.Number ? node.Text! : node.Describe());
                            return CellValue.Null;
                        }
                        string text = year.ToString(CultureInfo.InvariantCulture);
                        CheckNumber(field, node, rowLabel, text);
                        return CellValue.Scalar(text);
                    }
                case FieldType.Number:
                    {
                        if (node.Kind != JsonKind.Number)
                        {
                            if (node.Kind == JsonKind.String && (node.Text == "NaN" || node.Text!.IndexOf("Infinity", StringComparison.Ordinal) >= 0 || node.Text!.IndexOf("INF", StringComparison.Ordinal) >= 0))
                            {
                                Report(Descriptors.InexactNumber.Id, _locator.At(node), _fileName, rowLabel, _table.Name, field.Name, node.Text!);
                                return CellValue.Null;
                            }
                            return WrongType(field, node, rowLabel, "a number" + (node.Kind == JsonKind.String && node.Text!.IndexOf(',') >= 0 ? " (a JSON number with a decimal point: 29.56, not \"29,56\")" : string.Empty));
                        }
                        if (!CellParser.TryParseDecimal(node.Text!, out string canonical))
                        {
                            Report(Descriptors.InexactNumber.Id, _locator.At(node), _fileName, rowLabel, _table.Name, field.Name, node.Text!);
                            return CellValue.Null;
                        }
                        CheckNumber(field, node, rowLabel, canonical);
                        return CellValue.Scalar(canonical);
                    }
                case FieldType.Boolean:
                    if (node.Kind == JsonKind.True) return CellValue.Scalar("true");
                    if (node.Kind == JsonKind.False) return CellValue.Scalar("false");
                    return WrongType(field, node, rowLabel, "true or false");
                case FieldType.Date:
                    {
                        if (node.Kind != JsonKind.String) return WrongType(field, node, rowLabel, "a date string (YYYY-MM-DD)");
                        if (!CellParser.TryParseDate(node.Text!, out string date))
                        {
                            Report(Descriptors.InvalidDate.Id, _locator.At(node), _fileName, rowLabel, _table.Name, field.Name, node.Text!);
                            return CellValue.Null;
                        }
                        CheckDate(field, node, rowLabel, date);
                        return CellValue.Scalar(date);
                    }
                default:
                    {
                        if (node.Kind != JsonKind.Array) return WrongType(field, node, rowLabel, "an array of strings");
                        var items = new List<string>();
                        foreach (JsonNode item in node.Items!)
                        {
                            if (item.Kind != JsonKind.String)
                            {
                                Report(Descriptors.WrongJsonType.Id, _locator.At(item), _fileName, rowLabel, _table.Name, field.Name, "a string array item", item.Describe());
                                continue;
                            }
                            items.Add(item.Text!);
                        }
                        CheckLength(field, node, rowLabel, items.Count);
                        return CellValue.Array(items.ToEquatableArray());
                    }
            }
        }

        private CellValue WrongType(FieldSpec field, JsonNode node, string rowLabel, string expected)
        {
            Report(Descriptors.WrongJsonType.Id, _locator.At(node), _fileName, rowLabel, _table.Name, field.Name, expected, node.Describe());
            return CellValue.Null;
        }

        private void CheckString(FieldSpec field, int fieldIndex, JsonNode node, string rowLabel)
        {
            string text = node.Text!;
            ConstraintsSpec c = field.Constraints;
            if (c.Enum.Count > 0 && !c.Enum.Contains(text))
            {
                Report(Descriptors.EnumViolation.Id, _locator.At(node), _fileName, rowLabel, _table.Name, field.Name, text, string.Join(", ", c.Enum));
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
                if (!matches) Report(Descriptors.PatternViolation.Id, _locator.At(node), _fileName, rowLabel, _table.Name, field.Name, text, c.Pattern!);
            }
            CheckLength(field, node, rowLabel, new StringInfo(text).LengthInTextElements);
        }

        private void CheckLength(FieldSpec field, JsonNode node, string rowLabel, int length)
        {
            ConstraintsSpec c = field.Constraints;
            string len = length.ToString(CultureInfo.InvariantCulture);
            if (c.MinLength is int min && length < min) Report(Descriptors.LengthViolation.Id, _locator.At(node), _fileName, rowLabel, _table.Name, field.Name, len, "below", "minLength", min.ToString(CultureInfo.InvariantCulture));
            if (c.MaxLength is int max && length > max) Report(Descriptors.LengthViolation.Id, _locator.At(node), _fileName, rowLabel, _table.Name, field.Name, len, "above", "maxLength", max.ToString(CultureInfo.InvariantCulture));
        }

        private void CheckNumber(FieldSpec field, JsonNode node, string rowLabel, string value)
        {
            ConstraintsSpec c = field.Constraints;
            if (c.Enum.Count > 0 && !c.Enum.Any(e => CellParser.TryParseDecimal(e, out string ev) && CellParser.CompareNumbers(ev, value) == 0))
            {
                Report(Descriptors.EnumViolation.Id, _locator.At(node), _fileName, rowLabel, _table.Name, field.Name, node.Text!, string.Join(", ", c.Enum));
            }
            if (c.Minimum is string min && CellParser.CompareNumbers(value, min) < 0) Report(Descriptors.RangeViolation.Id, _locator.At(node), _fileName, rowLabel, _table.Name, field.Name, node.Text!, "below", "minimum", min);
            if (c.Maximum is string max && CellParser.CompareNumbers(value, max) > 0) Report(Descriptors.RangeViolation.Id, _locator.At(node), _fileName, rowLabel, _table.Name, field.Name, node.Text!, "above", "maximum", max);
        }

        private void CheckDate(FieldSpec field, JsonNode node, string rowLabel, string value)
        {
            ConstraintsSpec c = field.Constraints;
            if (c.Minimum is string min && string.CompareOrdinal(value, min) < 0) Report(Descriptors.RangeViolation.Id, _locator.At(node), _fileName, rowLabel, _table.Name, field.Name, value, "before", "minimum", min);
            if (c.Maximum is string max && string.CompareOrdinal(value, max) > 0) Report(Descriptors.RangeViolation.Id, _locator.At(node), _fileName, rowLabel, _table.Name, field.Name, value, "after", "maximum", max);
            if (c.Enum.Count > 0 && !c.Enum.Contains(value)) Report(Descriptors.EnumViolation.Id, _locator.At(node), _fileName, rowLabel, _table.Name, field.Name, value, string.Join(", ", c.Enum));
        }
    }
}
