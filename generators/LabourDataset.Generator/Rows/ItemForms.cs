using System;
using System.Globalization;
using LabourDataset.Generator.Descriptor;
using LabourDataset.Generator.Json;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Rows
{
    /// <summary>
    /// The items of an array or list field whose items are not strings (list itemType, array arrayItem.type): each item
    /// is read to the canonical text of its scalar type, from a JSON value or from the text between list delimiters.
    /// </summary>
    internal static class ItemForms
    {
        /// <summary>Item types a list or array can hold: the scalar types with one exact canonical text.</summary>
        public static bool IsSupported(FieldType type)
            => type == FieldType.String || type == FieldType.Integer || type == FieldType.Number || type == FieldType.Boolean || type == FieldType.Date
               || type == FieldType.Year || type == FieldType.DateTime || type == FieldType.Time;

        /// <summary>
        /// An item of an array of objects, GeoJSON or any values (arrayItem type object, geojson, any): its JSON text as
        /// written in <paramref name="source"/> (an any item that is a string: the string), or null with what was expected.
        /// </summary>
        public static string? ReadJsonItem(FieldType itemJson, JsonNode item, string source, out string expected)
        {
            expected = itemJson == FieldType.Json ? "a JSON object item" : itemJson == FieldType.GeoJson ? "a GeoJSON object item (with a \"type\")" : "a JSON value";
            if (itemJson == FieldType.Any) return item.Kind == JsonKind.String ? item.Text! : source.Substring(item.Start, item.Length);
            return TextForms.IsObjectOfType(itemJson, item) ? source.Substring(item.Start, item.Length) : null;
        }

        /// <summary>The canonical text of one JSON array item, or null with what was expected.</summary>
        public static string? Read(FieldType itemType, JsonNode item, out string expected)
        {
            switch (itemType)
            {
                case FieldType.Integer:
                case FieldType.Number:
                case FieldType.Year:
                    expected = Expected(itemType);
                    return item.Kind == JsonKind.Number ? FromText(itemType, item.Text!, out expected) : null;
                case FieldType.Boolean:
                    expected = Expected(itemType);
                    return item.Kind == JsonKind.True ? "true" : item.Kind == JsonKind.False ? "false" : null;
                default:
                    expected = Expected(itemType);
                    return item.Kind == JsonKind.String ? FromText(itemType, item.Text!, out expected) : null;
            }
        }

        /// <summary>The canonical text of one item written as text (a list part, or a JSON string item), or null.</summary>
        public static string? FromText(FieldType itemType, string text, out string expected)
        {
            expected = Expected(itemType);
            switch (itemType)
            {
                case FieldType.String:
                    return text;
                case FieldType.Integer:
                    {
                        string trimmed = text.StartsWith("+", StringComparison.Ordinal) ? text.Substring(1) : text;
                        return IsInteger(trimmed) && ValueFormats.TryParseInteger(trimmed, out long value) ? value.ToString(CultureInfo.InvariantCulture) : null;
                    }
                case FieldType.Year:
                    return IsInteger(text) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int year) && year >= 1 && year <= 9999
                        ? year.ToString(CultureInfo.InvariantCulture) : null;
                case FieldType.Number:
                    return TextCellReader.IsNumber(text) && ValueFormats.TryParseDecimal(JsonNumber(text), out string number) ? number : null;
                case FieldType.Boolean:
                    return FieldSpec.DefaultTrueValues.Contains(text) ? "true" : FieldSpec.DefaultFalseValues.Contains(text) ? "false" : null;
                case FieldType.Date:
                    return ValueFormats.TryParseDate(text, out string date) ? date : null;
                default:
                    return TextForms.Read(itemType, text, out expected);
            }
        }

        private static string Expected(FieldType itemType) => itemType switch
        {
            FieldType.Integer => "an integer item",
            FieldType.Number => "a number item",
            FieldType.Year => "a year item (1 to 9999)",
            FieldType.Boolean => "a boolean item (true or false)",
            FieldType.Date => "a date item (YYYY-MM-DD)",
            FieldType.DateTime => "a datetime item (ISO 8601)",
            FieldType.Time => "a time item (ISO 8601)",
            _ => "a string item",
        };

        /// <summary>"integers", "dates (YYYY-MM-DD)": what a list or array of the item type holds, for messages.</summary>
        public static string Plural(FieldType itemType) => itemType switch
        {
            FieldType.Integer => "integers",
            FieldType.Number => "numbers",
            FieldType.Year => "years (1 to 9999)",
            FieldType.Boolean => "booleans (true or false)",
            FieldType.Date => "dates (YYYY-MM-DD)",
            FieldType.DateTime => "datetimes (ISO 8601)",
            FieldType.Time => "times (ISO 8601)",
            _ => "strings",
        };

        public static bool IsInteger(string text)
        {
            int start = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
            if (start == text.Length) return false;
            for (int i = start; i < text.Length; i++) if (text[i] < '0' || text[i] > '9') return false;
            return true;
        }

        /// <summary>The JSON spelling of a Table Schema number (no '+', no bare '.5' or '5.'), which the exact decimal parser reads.</summary>
        public static string JsonNumber(string text)
        {
            string s = text.StartsWith("+", StringComparison.Ordinal) ? text.Substring(1) : text;
            bool negative = s.StartsWith("-", StringComparison.Ordinal);
            if (negative) s = s.Substring(1);
            int e = s.IndexOfAny(new[] { 'e', 'E' });
            string mantissa = e >= 0 ? s.Substring(0, e) : s;
            string exponent = e >= 0 ? s.Substring(e) : string.Empty;
            if (mantissa.StartsWith(".", StringComparison.Ordinal)) mantissa = "0" + mantissa;
            if (mantissa.EndsWith(".", StringComparison.Ordinal)) mantissa = mantissa.Substring(0, mantissa.Length - 1);
            mantissa = mantissa.TrimStart('0');
            if (mantissa.Length == 0 || mantissa[0] == '.') mantissa = "0" + mantissa;
            return (negative ? "-" : string.Empty) + mantissa + exponent;
        }
    }
}
