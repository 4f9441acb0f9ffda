using LabourDataset.Generator.Descriptor;
using LabourDataset.Generator.Json;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Rows
{
    /// <summary>
    /// The types whose values are written as text in JSON and CSV alike (datetime, time, yearmonth, geopoint's default
    /// form, duration) and the JSON-valued ones as CSV text (object, geojson): one place for both readers.
    /// </summary>
    internal static class TextForms
    {
        /// <summary>The canonical text of a value of <paramref name="type"/> written as <paramref name="text"/>, or null with what was expected.</summary>
        public static string? Read(FieldType type, string text, out string expected)
        {
            string canonical;
            switch (type)
            {
                case FieldType.DateTime:
                    expected = "a datetime in ISO 8601 form, e.g. 2024-01-02T03:04:05Z";
                    return ValueFormats.TryParseDateTime(text, out canonical) ? canonical : null;
                case FieldType.Time:
                    expected = "a time of day in ISO 8601 form, e.g. 13:45:00";
                    return ValueFormats.TryParseTime(text, out canonical) ? canonical : null;
                case FieldType.YearMonth:
                    expected = "a year and month, e.g. 2015-07";
                    return ValueFormats.TryParseYearMonth(text, out canonical) ? canonical : null;
                case FieldType.GeoPoint:
                    expected = "a geopoint \"longitude, latitude\" in range, e.g. \"125.6, -8.6\"";
                    return ValueFormats.TryParseGeoPoint(text, out canonical) ? canonical : null;
                case FieldType.Duration:
                    expected = "an ISO 8601 duration, e.g. P1Y2M or PT36H";
                    return ValueFormats.IsDuration(text) ? text : null;
                case FieldType.Json:
                case FieldType.GeoJson:
                    expected = type == FieldType.Json ? "a JSON object" : "a GeoJSON object (a JSON object with a \"type\")";
                    JsonNode? node = JsonParser.Parse(text, out _);
                    return node is not null && IsObjectOfType(type, node) ? text : null;
                default:
                    expected = "text";
                    return text;
            }
        }

        /// <summary>An object, and for geojson one with a string "type" member.</summary>
        public static bool IsObjectOfType(FieldType type, JsonNode node)
            => node.Kind == JsonKind.Object && (type != FieldType.GeoJson || node.Find("type")?.Value.Kind == JsonKind.String);
    }
}
