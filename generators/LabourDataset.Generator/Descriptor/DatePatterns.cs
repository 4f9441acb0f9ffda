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
