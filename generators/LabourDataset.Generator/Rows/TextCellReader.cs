using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using LabourDataset.Generator.Descriptor;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Json;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Rows
{
    /// <summary>
    /// Types a cell written as text (CSV) by the Table Schema's lexical rules: missing-value markers, integers, decimals,
    /// booleans by trueValues/falseValues, ISO dates, years, and arrays as JSON array text. Constraints are then checked
    /// exactly as for JSON cells.
    /// </summary>
    internal sealed class TextCellReader
    {
        // Table Schema numbers: an optional sign, digits with an optional fraction (or a leading '.'), an optional exponent.
        private static readonly Regex NumberPattern = new Regex(@"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$", RegexOptions.CultureInvariant);

        /// <summary>True for Table Schema's lexical form of a number (what the exact decimal parser is then given).</summary>
        public static bool IsNumber(string text) => NumberPattern.IsMatch(text);

        private readonly TableSpec _table;
        private readonly RowDiagnostics _row;
        private readonly ConstraintChecker _constraints;
        private readonly string? _nullSequence;

        public TextCellReader(TableSpec table, RowDiagnostics row, string? nullSequence)
        {
            _table = table;
            _row = row;
            _constraints = new ConstraintChecker(table, row);
            _nullSequence = nullSequence;
        }

        public CellValue Read(int fieldIndex, string written, bool quoted, LocationInfo at)
        {
            FieldSpec field = _table.Fields[fieldIndex];
            string text = written;
            if (field.MissingValues.Contains(text) || (!quoted && _nullSequence is not null && text == _nullSequence))
            {
                if (field.Constraints.Required)
                {
                    if (text.Length == 0) _row.Row(DiagnosticDescriptors.MissingRequired, at, field.Name);
                    else _row.Field(DiagnosticDescriptors.EmptyRequired, at, field.Name, text);
                }
                return CellValue.Null;
            }
            if (field.NumberFormat is NumberFormat numberFormat) text = TextForms.PlainNumber(numberFormat, text);
            if (field.DatePattern is string pattern)
            {
                // A date written in the field's pattern ("%d/%m/%Y"): checked against it, then held in canonical form.
                string? canonical = TextForms.ByPattern(field.Type, pattern, text);
                if (canonical is null)
                {
                    return NotOfType(field, at, text, "a " + TypeMappingName(field.Type) + (pattern.IndexOf(DatePatterns.AnySeparator) >= 0
                        ? " in a form format 'any' reads: " + DatePatterns.AnyExamples(field.Type)
                        : " in the field's format"));
                }
                if (field.Type == FieldType.Date) _constraints.CheckDate(fieldIndex, at, canonical);
                return CellValue.Scalar(canonical);
            }
            switch (field.Type)
            {
                case FieldType.String:
                    _constraints.CheckString(fieldIndex, at, text);
                    return CellValue.Scalar(text);
                case FieldType.Integer:
                    {
                        string trimmed = text.StartsWith("+", StringComparison.Ordinal) ? text.Substring(1) : text;
                        if (trimmed.Length == 0 || !ItemForms.IsInteger(trimmed)) return NotOfType(field, at, text, "an integer (digits with an optional sign)");
                        string canonical;
                        if (field.BigInteger) canonical = System.Numerics.BigInteger.Parse(trimmed, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
                        else if (ValueFormats.TryParseInteger(trimmed, out long value)) canonical = value.ToString(CultureInfo.InvariantCulture);
                        else
                        {
                            _row.Field(DiagnosticDescriptors.InvalidInteger, at, field.Name, text);
                            return CellValue.Null;
                        }
                        _constraints.CheckNumber(fieldIndex, at, text, canonical);
                        return CellValue.Scalar(canonical);
                    }
                case FieldType.Year:
                    {
                        if (!ItemForms.IsInteger(text) || !int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int year) || year < 1 || year > 9999)
                        {
                            _row.Field(DiagnosticDescriptors.InvalidYear, at, field.Name, "'" + text + "'");
                            return CellValue.Null;
                        }
                        string canonical = year.ToString(CultureInfo.InvariantCulture);
                        _constraints.CheckNumber(fieldIndex, at, text, canonical);
                        return CellValue.Scalar(canonical);
                    }
                case FieldType.Number:
                    {
                        if (text == "NaN" || text == "INF" || text == "-INF")
                        {
                            _row.Field(DiagnosticDescriptors.InexactNumber, at, field.Name, text);
                            return CellValue.Null;
                        }
                        if (!NumberPattern.IsMatch(text)) return NotOfType(field, at, text, "a number" + (text.IndexOf(',') >= 0 ? " (a decimal point, not a comma: 29.56, not 29,56)" : string.Empty));
                        if (!ValueFormats.TryParseDecimal(ItemForms.JsonNumber(text), out string canonical))
                        {
                            _row.Field(DiagnosticDescriptors.InexactNumber, at, field.Name, text);
                            return CellValue.Null;
                        }
                        _constraints.CheckNumber(fieldIndex, at, text, canonical);
                        return CellValue.Scalar(canonical);
                    }
                case FieldType.Boolean:
                    {
                        EquatableArray<string> trueValues = field.TrueValues.Count > 0 ? field.TrueValues : FieldSpec.DefaultTrueValues;
                        EquatableArray<string> falseValues = field.FalseValues.Count > 0 ? field.FalseValues : FieldSpec.DefaultFalseValues;
                        if (trueValues.Contains(text)) return CellValue.Scalar("true");
                        if (falseValues.Contains(text)) return CellValue.Scalar("false");
                        return NotOfType(field, at, text, "a boolean (one of " + string.Join(", ", trueValues) + " or " + string.Join(", ", falseValues) + ")");
                    }
                case FieldType.Date:
                    {
                        if (!ValueFormats.TryParseDate(text, out string date))
                        {
                            _row.Field(DiagnosticDescriptors.InvalidDate, at, field.Name, text);
                            return CellValue.Null;
                        }
                        _constraints.CheckDate(fieldIndex, at, date);
                        return CellValue.Scalar(date);
                    }
                case FieldType.StringArray:
                    return ReadArray(fieldIndex, field, text, at);
                default:
                    {
                        string? canonical = TextForms.Read(field.Type, text, out string expected);
                        return canonical is null ? NotOfType(field, at, text, expected) : CellValue.Scalar(canonical);
                    }
            }
        }

        /// <summary>An array cell holds JSON array text (Table Schema's lexical form for arrays), each item a string.</summary>
        private CellValue ReadArray(int fieldIndex, FieldSpec field, string text, LocationInfo at)
        {
            if (field.ListDelimiter is string delimiter)
            {
                // A Table Schema list: items separated by the delimiter (an empty text is an empty list).
                string[] parts = text.Length == 0 ? new string[0] : text.Split(new[] { delimiter }, StringSplitOptions.None);
                for (int i = 0; i < parts.Length; i++)
                {
                    if (ItemForms.FromText(field.ItemType, parts[i], out _) is not string canonical) return NotOfType(field, at, text, "a list of " + ItemForms.Plural(field.ItemType) + " separated by '" + delimiter + "' (item " + (i + 1).ToString(CultureInfo.InvariantCulture) + " is '" + parts[i] + "')");
                    parts[i] = canonical;
                    _constraints.CheckItem(fieldIndex, at, canonical, i + 1);
                }
                _constraints.CheckLength(fieldIndex, at, parts.Length);
                return CellValue.Array(parts.ToEquatableArray());
            }
            JsonNode? node = JsonParser.Parse(text, out _);
            if (node is null || node.Kind != JsonKind.Array) return NotOfType(field, at, text, "an array written as JSON, e.g. [\"a\", \"b\"]");
            var items = new List<string>();
            foreach (JsonNode item in node.Items!)
            {
                if (field.ItemJson is FieldType itemJson)
                {
                    if (ItemForms.ReadJsonItem(itemJson, item, text, out string expected) is not string json) return NotOfType(field, at, text, "an array whose items are each " + expected);
                    items.Add(json);
                    continue;
                }
                if (ItemForms.Read(field.ItemType, item, out _) is not string canonical) return NotOfType(field, at, text, "an array of " + ItemForms.Plural(field.ItemType));
                items.Add(canonical);
                _constraints.CheckItem(fieldIndex, at, canonical, items.Count);
            }
            _constraints.CheckLength(fieldIndex, at, items.Count);
            return CellValue.Array(items.ToEquatableArray());
        }

        private static string TypeMappingName(FieldType type) => type == FieldType.DateTime ? "datetime" : type == FieldType.Time ? "time" : "date";

        private CellValue NotOfType(FieldSpec field, LocationInfo at, string text, string expected)
        {
            _row.Field(DiagnosticDescriptors.NotOfType, at, field.Name, text, expected);
            return CellValue.Null;
        }
    }
}
