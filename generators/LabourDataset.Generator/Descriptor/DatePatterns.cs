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

        /// <summary>
        /// strptime's rule for %y: 69-99 are 1969-1999 and 00-68 are 2000-2068 (Python's documented pivot). .NET's own
        /// default pivots at 2049, which would read '55' as 1955, not 2055.
        /// </summary>
        public const int TwoDigitYearMax = 2068;

        /// <summary>A two-digit year (%y) as the full year, by <see cref="TwoDigitYearMax"/>.</summary>
        public static int FourDigitYear(int twoDigits)
        {
            int century = TwoDigitYearMax - (TwoDigitYearMax % 100);
            return twoDigits <= TwoDigitYearMax % 100 ? century + twoDigits : century - 100 + twoDigits;
        }

        /// <summary>Starts FieldSpec.DatePattern when it holds a day-of-year strptime pattern (read by <see cref="ParseDayOfYear"/>), not a .NET format.</summary>
        public const char DayOfYearMarker = '\u0001';

        /// <summary>
        /// The pattern a field of this type reads its values with: a .NET custom format, or a day-of-year pattern (%j with
        /// %Y or %y, dates only) behind <see cref="DayOfYearMarker"/>; null when a directive has no exact equivalent.
        /// Refused on purpose: week numbers (%U, %W name no day without a weekday, and strptime then silently takes 1
        /// January) and locale forms (%c, %x, %X mean different orders in different locales, so 01/02/03 would be guessed).
        /// </summary>
        public static string? ForField(string pattern, Model.FieldType type)
        {
            if (pattern.IndexOf("%j", System.StringComparison.Ordinal) >= 0)
            {
                return type == Model.FieldType.Date && IsDayOfYearPattern(pattern) ? DayOfYearMarker + pattern : null;
            }
            return ToDotNet(pattern);
        }

        /// <summary>%j once, %Y or %y once, %% and literal text: nothing else, so every value names exactly one day.</summary>
        private static bool IsDayOfYearPattern(string pattern)
        {
            int days = 0, years = 0;
            for (int i = 0; i < pattern.Length; i++)
            {
                if (pattern[i] != '%') continue;
                if (++i >= pattern.Length) return false;
                switch (pattern[i])
                {
                    case 'j': days++; break;
                    case 'Y':
                    case 'y': years++; break;
                    case '%': break;
                    default: return false;
                }
            }
            return days == 1 && years == 1;
        }

        /// <summary>
        /// A date written as a day-of-year pattern ("%Y-%j": 2024-060), as yyyy-MM-dd; null when the text does not follow
        /// the pattern or the day does not exist in that year. %j takes one to three digits (strptime accepts 60 and 060),
        /// %y pivots as strptime does (<see cref="TwoDigitYearMax"/>).
        /// </summary>
        public static string? ParseDayOfYear(string pattern, string text)
        {
            int year = -1, day = -1, t = 0;
            for (int i = 0; i < pattern.Length; i++)
            {
                char c = pattern[i];
                if (c == '%' && i + 1 < pattern.Length && pattern[i + 1] != '%')
                {
                    char directive = pattern[++i];
                    int max = directive == 'Y' ? 4 : directive == 'y' ? 2 : 3;
                    int min = directive == 'j' ? 1 : max;
                    int start = t;
                    while (t < text.Length && t - start < max && text[t] >= '0' && text[t] <= '9') t++;
                    if (t - start < min) return null;
                    int value = int.Parse(text.Substring(start, t - start), System.Globalization.CultureInfo.InvariantCulture);
                    if (directive == 'j') day = value;
                    else year = directive == 'Y' ? value : FourDigitYear(value);
                    continue;
                }
                if (c == '%') i++; // "%%" is a literal '%'
                if (t >= text.Length || text[t] != pattern[i]) return null;
                t++;
            }
            if (t != text.Length || year < 1 || year > 9999 || day < 1 || day > (System.DateTime.IsLeapYear(year) ? 366 : 365)) return null;
            return new System.DateTime(year, 1, 1).AddDays(day - 1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

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
