using System.Globalization;
using System.Text;

namespace LabourDataset.Generator.Emit
{
    /// <summary>
    /// Escapes data for the two places it lands in generated code. String literals are pure ASCII with \uXXXX escapes
    /// for everything else (quotes, backslashes, control and bidi characters, lone surrogates), so no data can end a
    /// literal or hide code. XML doc text escapes markup and drops characters XML cannot carry.
    /// </summary>
    internal static class Literals
    {
        public static string String(string? value)
        {
            if (value is null) return "null";
            var sb = new StringBuilder(value.Length + 2);
            sb.Append('"');
            foreach (char c in value)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (c >= 0x20 && c < 0x7F) sb.Append(c);
                        else sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                        break;
                }
            }
            sb.Append('"');
            return sb.ToString();
        }

        /// <summary>Text for inside a one-line XML doc element: markup escaped, line breaks and unsafe characters as spaces.</summary>
        public static string XmlDoc(string? text)
        {
            if (text is null) return string.Empty;
            var sb = new StringBuilder(text.Length);
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    sb.Append(c).Append(text[i + 1]);
                    i++;
                    continue;
                }
                switch (c)
                {
                    case '&': sb.Append("&amp;"); break;
                    case '<': sb.Append("&lt;"); break;
                    case '>': sb.Append("&gt;"); break;
                    default:
                        // Control, bidi-override and unpaired surrogate characters cannot appear safely in a comment or in XML.
                        if (c < 0x20 || (c >= 0x7F && c < 0xA0) || char.IsSurrogate(c) || IsBidiControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFFFE' || c == '\uFFFF') sb.Append(' ');
                        else sb.Append(c);
                        break;
                }
            }
            return sb.ToString().Trim();
        }

        private static bool IsBidiControl(char c)
            => (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';
    }
}
