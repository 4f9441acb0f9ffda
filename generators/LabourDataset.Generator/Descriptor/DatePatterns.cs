using System.Text;

namespace LabourDataset.Generator.Descriptor
{
    /// <summary>
    /// Table Schema date, time and datetime format patterns (Python strptime/strftime directives, e.g. "%d/%m/%Y") as
    /// .NET custom format strings, for exact invariant parsing. A pattern with a directive that has no exact .NET
    /// equivalent (week numbers, day of year, locale forms) is refused rather than approximated.
    /// </summary>
    internal static class DatePatterns
    {
        /// <summary>Separates the .NET patterns of format "any" in FieldSpec.DatePattern (a line break occurs in no pattern).</summary>
        public const char AnySeparator = '\n';

        /// <summary>
        /// Format "any" ("any parsable representation", v1): the unambiguous forms the generator reads, as .NET patterns
        /// (invariant culture, English month names). Numeric day/month orders such as 01/02/2024 are deliberately absent:
        /// they are ambiguous, so such a value is an error asking for a pattern instead of a guess.
        /// </summary>
        public static string Any(Model.FieldType type) => string.Join(AnySeparator.ToString(), type switch
        {
            Model.FieldType.DateTime => new[]
            {
                "yyyy-MM-ddTHH:mm:ss.FFFFFFFK", "yyyy-MM-ddTHH:mm:ssK", "yyyy-MM-ddTHH:mmK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ssK", "yyyy-MM-dd HH:mmK",
                "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
                "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd HH:mm", "ddd, d MMM yyyy HH:mm:ss 'GMT'", "ddd, d MMM yyyy HH:mm:ss zzz", "d MMMM yyyy HH:mm", "MMMM d, yyyy HH:mm",
            },
            Model.FieldType.Time => new[] { "HH:mm:ss.FFFFFFF", "HH:mm:ss", "H:mm:ss", "HH:mm", "H:mm", "h:mm:ss tt", "h:mm tt", "h tt", "htt" },
            _ => new[]
            {
                "yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "d MMMM yyyy", "d MMM yyyy", "d-MMM-yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy",
            },
        });

        /// <summary>What format "any" accepts, for messages.</summary>
        public static string AnyExamples(Model.FieldType type) => type switch
        {
            Model.FieldType.DateTime => "ISO 8601 (2024-01-31T13:45:00Z, 2024-01-31 13:45), 2024/01/31 13:45, or RFC 1123 (Wed, 31 Jan 2024 13:45:00 GMT)",
            Model.FieldType.Time => "13:45, 13:45:30, 1:45 PM",
            _ => "2024-01-31, 2024/1/31, 20240131, 31 January 2024, 31-Jan-2024 or January 31, 2024; not 01/02/2024, whose day and month order is ambiguous (give a pattern such as %d/%m/%Y)",
        };

        /// <summary>The .NET custom format, or null when the pattern uses a directive without an exact equivalent.</summary>
        public static string? ToDotNet(string pattern)
        {
            var result = new StringBuilder();
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if (c != '%')
                {
                    // Everything else is literal text: quoted so .NET reads no format letter into it.
                    if (c == '\'' || c == '\\') result.Append('\\').Append(c);
                    else if (char.IsLetter(c)) result.Append('\'').Append(c).Append('\'');
                    else result.Append('\\').Append(c);
                    continue;
                }
                if (++i >= pattern.Length) return null;
                string? part = pattern[i] switch
                {
                    'Y' => "yyyy",
                    'y' => "yy",
                    'm' => "MM",
                    'd' => "dd",
                    'H' => "HH",
                    'I' => "hh",
                    'p' => "tt",
                    'M' => "mm",
                    'S' => "ss",
                    'f' => "ffffff",
                    'b' => "MMM",
                    'B' => "MMMM",
                    'a' => "ddd",
                    'A' => "dddd",
                    'z' => "zzz",
                    '%' => "\\%",
                    _ => null,
                };
                if (part is null) return null;
                result.Append(part);
            }
            return result.ToString();
        }
    }
}
