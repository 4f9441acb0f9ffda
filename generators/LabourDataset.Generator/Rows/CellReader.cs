using System;
using System.Collections.Generic;
using System.Globalization;
using LabourDataset.Generator.Descriptor;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Json;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Rows
{
    /// <summary>Turns one JSON cell into a typed <see cref="CellValue"/> for its field, then has its constraints checked.</summary>
    internal sealed class CellReader
    {
        private readonly TableSpec _table;
        private readonly RowDiagnostics _row;
        private readonly ConstraintChecker _constraints;
        private readonly TextCellReader _textCells;

        private readonly string _text;
        private static readonly char[] FractionOrExponent = { '.', 'e', 'E' };

        /// <param name="text">The file's text, for values kept exactly as written.</param>
        public CellReader(TableSpec table, RowDiagnostics row, string text)
        {
            _text = text;
            _table = table;
            _row = row;
            _constraints = new ConstraintChecker(table, row);
            _textCells = new TextCellReader(table, row, nullSequence: null);
        }

        /// <summary>The cell of field <paramref name="fieldIndex"/>; <paramref name="value"/> is null when the row lacks it.</summary>
        public CellValue Read(int fieldIndex, JsonNode? value, JsonNode rowNode)
        {
            FieldSpec field = _table.Fields[fieldIndex];
            if (value is null || value.Kind == JsonKind.Null)
            {
                if (field.Constraints.Required)
                {
                    _row.Row(DiagnosticDescriptors.MissingRequired, value is null ? _row.File.Locator.At(rowNode.Start, 1) : _row.File.Locator.At(value), field.Name);
                }
                return CellValue.Null;
            }
            JsonNode node = value;
            if (node.Kind == JsonKind.String && field.Type != FieldType.StringArray && field.MissingValues.Contains(node.Text!))
            {
                if (field.Constraints.Required) _row.Field(DiagnosticDescriptors.EmptyRequired, node, field.Name, node.Text!);
                return CellValue.Null;
            }
            // Punctuated numbers ("1.234,5") and patterned dates ("02/01/2024") are strings in JSON too: read as text.
            if (node.Kind == JsonKind.String && (field.NumberFormat is not null || field.DatePattern is not null || field.ListDelimiter is not null)) return _textCells.Read(fieldIndex, node.Text!, quoted: true, At(node));
            switch (field.Type)
            {
                case FieldType.String:
                    // A field of an unsupported type read as text keeps any JSON value exactly as written.
                    if (node.Kind != JsonKind.String && field.FallbackFrom is not null) return CellValue.Scalar(_text.Substring(node.Start, node.Length));
                    if (node.Kind != JsonKind.String) return WrongType(field, node, "a string");
                    _constraints.CheckString(fieldIndex, At(node), node.Text!);
                    return CellValue.Scalar(node.Text!);
                case FieldType.Integer:
                    return ReadInteger(fieldIndex, field, node);
                case FieldType.Year:
                    return ReadYear(fieldIndex, field, node);
                case FieldType.Number:
                    return ReadNumber(fieldIndex, field, node);
                case FieldType.Boolean:
                    if (node.Kind == JsonKind.True) return CellValue.Scalar("true");
                    if (node.Kind == JsonKind.False) return CellValue.Scalar("false");
                    return WrongType(field, node, "true or false");
                case FieldType.Date:
                    return ReadDate(fieldIndex, field, node);
                case FieldType.StringArray:
                    return ReadStringArray(fieldIndex, field, node);
                case FieldType.Json:
                case FieldType.GeoJson:
                    // Kept exactly as written in the file.
                    if (!TextForms.IsObjectOfType(field.Type, node)) return WrongType(field, node, field.Type == FieldType.Json ? "a JSON object" : "a GeoJSON object (with a \"type\")");
                    return CellValue.Scalar(_text.Substring(node.Start, node.Length));
                case FieldType.Any:
                    return CellValue.Scalar(node.Kind == JsonKind.String ? node.Text! : _text.Substring(node.Start, node.Length));
                case FieldType.GeoPoint when node.Kind == JsonKind.Array || node.Kind == JsonKind.Object:
                    return ReadGeoPoint(field, node);
                default:
                    {
                        if (node.Kind != JsonKind.String) return WrongType(field, node, "a string");
                        string? canonical = TextForms.Read(field.Type, node.Text!, out string expected);
                        if (canonical is null) _row.Field(DiagnosticDescriptors.NotOfType, node, field.Name, node.Text!, expected);
                        return canonical is null ? CellValue.Null : CellValue.Scalar(canonical);
                    }
            }
        }

        private CellValue ReadInteger(int fieldIndex, FieldSpec field, JsonNode node)
        {
            if (node.Kind != JsonKind.Number) return WrongType(field, node, "an integer");
            if (node.Text!.IndexOfAny(FractionOrExponent) >= 0) return WrongType(field, node, "an integer (a whole number written without a fraction or exponent)");
            if (!field.BigInteger && !ValueFormats.TryParseInteger(node.Text!, out _))
            {
                _row.Field(DiagnosticDescriptors.InvalidInteger, node, field.Name, node.Text!);
                return CellValue.Null;
            }
            // JSON integers are already canonical, except "-0".
            string text = node.Text == "-0" ? "0" : node.Text!;
            _constraints.CheckNumber(fieldIndex, At(node), node.Text!, text);
            return CellValue.Scalar(text);
        }

        private CellValue ReadYear(int fieldIndex, FieldSpec field, JsonNode node)
        {
            if (node.Kind != JsonKind.Number || !int.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int year) || year < 1 || year > 9999)
            {
                _row.Field(DiagnosticDescriptors.InvalidYear, node, field.Name, node.Kind == JsonKind.Number ? node.Text! : node.Describe());
                return CellValue.Null;
            }
            _constraints.CheckNumber(fieldIndex, At(node), node.Text!, node.Text!);
            return CellValue.Scalar(node.Text!);
        }

        private CellValue ReadNumber(int fieldIndex, FieldSpec field, JsonNode node)
        {
            if (node.Kind != JsonKind.Number)
            {
                if (node.Kind == JsonKind.String && (node.Text == "NaN" || node.Text!.IndexOf("Infinity", StringComparison.Ordinal) >= 0 || node.Text!.IndexOf("INF", StringComparison.Ordinal) >= 0))
                {
                    _row.Field(DiagnosticDescriptors.InexactNumber, node, field.Name, node.Text!);
                    return CellValue.Null;
                }
                return WrongType(field, node, "a number" + (node.Kind == JsonKind.String && node.Text!.IndexOf(',') >= 0 ? " (a JSON number with a decimal point: 29.56, not \"29,56\")" : string.Empty));
            }
            if (!ValueFormats.TryParseDecimal(node.Text!, out string canonical))
            {
                _row.Field(DiagnosticDescriptors.InexactNumber, node, field.Name, node.Text!);
                return CellValue.Null;
            }
            _constraints.CheckNumber(fieldIndex, At(node), node.Text!, canonical);
            return CellValue.Scalar(canonical);
        }

        private CellValue ReadDate(int fieldIndex, FieldSpec field, JsonNode node)
        {
            if (node.Kind != JsonKind.String) return WrongType(field, node, "a date string (YYYY-MM-DD)");
            if (!ValueFormats.TryParseDate(node.Text!, out string date))
            {
                _row.Field(DiagnosticDescriptors.InvalidDate, node, field.Name, node.Text!);
                return CellValue.Null;
            }
            _constraints.CheckDate(fieldIndex, At(node), date);
            return CellValue.Scalar(date);
        }

        /// <summary>A geopoint in its array form [lon, lat] or object form {"lon": ..., "lat": ...}.</summary>
        private CellValue ReadGeoPoint(FieldSpec field, JsonNode node)
        {
            JsonNode? lon = node.Kind == JsonKind.Array ? (node.Items!.Count == 2 ? node.Items[0] : null) : node.Find("lon")?.Value;
            JsonNode? lat = node.Kind == JsonKind.Array ? (node.Items!.Count == 2 ? node.Items[1] : null) : node.Find("lat")?.Value;
            if (lon is { Kind: JsonKind.Number } && lat is { Kind: JsonKind.Number } && ValueFormats.TryMakeGeoPoint(lon.Text!, lat.Text!, out string canonical)) return CellValue.Scalar(canonical);
            return WrongType(field, node, "a geopoint: \"lon, lat\", [lon, lat] or {\"lon\": ..., \"lat\": ...}, in range");
        }

        private CellValue ReadStringArray(int fieldIndex, FieldSpec field, JsonNode node)
        {
            if (node.Kind != JsonKind.Array) return WrongType(field, node, field.ItemType == FieldType.String ? "an array of strings" : "an array");
            var items = new List<string>();
            foreach (JsonNode item in node.Items!)
            {
                if (field.ItemJson is FieldType itemJson)
                {
                    if (ItemForms.ReadJsonItem(itemJson, item, _text, out string expectedJson) is string json) items.Add(json);
                    else _row.Field(DiagnosticDescriptors.WrongJsonType, item, field.Name, expectedJson, item.Describe());
                    continue;
                }
                if (ItemForms.Read(field.ItemType, item, out string expected) is not string canonical)
                {
                    _row.Field(DiagnosticDescriptors.WrongJsonType, item, field.Name, field.ItemType == FieldType.String ? "a string array item" : expected, item.Describe());
                    continue;
                }
                items.Add(canonical);
                _constraints.CheckItem(fieldIndex, At(item), canonical, items.Count);
            }
            _constraints.CheckLength(fieldIndex, At(node), items.Count);
            return CellValue.Array(items.ToEquatableArray());
        }

        private LocationInfo At(JsonNode node) => _row.File.Locator.At(node);

        private CellValue WrongType(FieldSpec field, JsonNode node, string expected)
        {
            _row.Field(DiagnosticDescriptors.WrongJsonType, node, field.Name, expected, node.Describe());
            return CellValue.Null;
        }
    }
}
