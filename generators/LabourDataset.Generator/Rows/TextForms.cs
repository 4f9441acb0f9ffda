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

        /// <summary>
        /// A number written with the field's punctuation as plain text ("1.234,5" with decimalChar "," and groupChar "."
        /// is "1234.5"); without bareNumber, leading and trailing non-numeric characters ("€ 95", "12%") are dropped first.
        /// </summary>
        public static string PlainNumber(NumberFormat format, string text)
        {
            string s = text;
            if (!format.BareNumber)
            {
                int start = 0, end = s.Length;
                while (start < end && !IsNumberChar(s[start], format)) start++;
                while (end > start && !IsNumberChar(s[end - 1], format)) end--;
                s = s.Substring(start, end - start);
            }
            if (format.GroupChar is { Length: > 0 } group) s = s.Replace(group, string.Empty);
            if (format.DecimalChar != ".") s = s.Replace(format.DecimalChar, ".");
            return s;
        }

        private static bool IsNumberChar(char c, NumberFormat format)
            => (c >= '0' && c <= '9') || c == '-' || c == '+' || format.DecimalChar.IndexOf(c) >= 0;

        /// <summary>A date, time or datetime read by the field's pattern, as canonical text; null when it does not match.</summary>
        /// <summary>The invariant culture with strptime's two-digit-year rule (<see cref="DatePatterns.TwoDigitYearMax"/>).</summary>
        private static readonly System.Globalization.CultureInfo PatternCulture = CreatePatternCulture();

        private static System.Globalization.CultureInfo CreatePatternCulture()
        {
            var culture = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
            culture.DateTimeFormat.Calendar.TwoDigitYearMax = DatePatterns.TwoDigitYearMax;
            return System.Globalization.CultureInfo.ReadOnly(culture);
        }

        public static string? ByPattern(FieldType type, string pattern, string text)
        {
            if (pattern.Length > 0 && pattern[0] == DatePatterns.DayOfYearMarker) return DatePatterns.ParseDayOfYear(pattern.Substring(1), text);
            var culture = PatternCulture;
            // Format "any" holds several patterns; TryParseExact takes the first that matches the whole text.
            string[] patterns = pattern.Split(DatePatterns.AnySeparator);
            switch (type)
            {
                case FieldType.DateTime:
                    return System.DateTimeOffset.TryParseExact(text, patterns, culture, System.Globalization.DateTimeStyles.AssumeUniversal, out System.DateTimeOffset at)
                        ? at.ToString("yyyy-MM-ddTHH:mm:ss.fffffffzzz", culture) : null;
                case FieldType.Time:
                    return System.DateTime.TryParseExact(text, patterns, culture, System.Globalization.DateTimeStyles.NoCurrentDateDefault, out System.DateTime time)
                        ? time.ToString("HH:mm:ss.fffffff", culture) : null;
                default:
                    return System.DateTime.TryParseExact(text, patterns, culture, System.Globalization.DateTimeStyles.None, out System.DateTime date)
                        ? date.ToString("yyyy-MM-dd", culture) : null;
            }
        }

        /// <summary>An object, and for geojson one with a string "type" member.</summary>
        public static bool IsObjectOfType(FieldType type, JsonNode node)
            => node.Kind == JsonKind.Object && (type != FieldType.GeoJson || node.Find("type")?.Value.Kind == JsonKind.String);
    }
}
