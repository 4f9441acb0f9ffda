using System.Globalization;
using System.Text;

namespace LabourDataset.Cli.Site;

/// <summary>
/// HTML text: every string from the data goes through <see cref="Text"/> (element content) or <see cref="Attr"/>
/// (attribute values), so no value can open a tag or close an attribute.
/// </summary>
internal static class Html
{
    /// <summary>Escapes &amp; &lt; &gt; " and ', and drops control characters other than tab and line breaks.</summary>
    public static string Text(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        var sb = new StringBuilder(value.Length + 16);
        foreach (char c in value)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\t' or '\n':
                    sb.Append(c);
                    break;
                case '\r':
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>An attribute value (quoted by the caller with double quotes); the same escaping as <see cref="Text"/>.</summary>
    public static string Attr(string? value) => Text(value);

    /// <summary>A number for SVG coordinates: at most two decimals, invariant.</summary>
    public static string Num(double value) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("0.##", CultureInfo.InvariantCulture);

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A link: href built by the site (file names, fragments and query strings it made safe), text escaped.</summary>
    public static string Link(string href, string text) => $"<a href=\"{Attr(href)}\">{Text(text)}</a>";

    /// <summary>Text in Indonesian (or another language), marked with its lang attribute.</summary>
    public static string Lang(string language, string text) => $"<span lang=\"{Attr(language)}\">{Text(text)}</span>";

    /// <summary>An English label followed by its original (Indonesian) form, when the data has one that differs.</summary>
    public static string WithOriginal(string label, string? original, string language = "id") =>
        original is null || original.Length == 0 || string.Equals(original, label, StringComparison.Ordinal)
            ? Text(label)
            : Text(label) + " <span class=\"orig\">(" + Lang(language, original) + ")</span>";

    /// <summary>Only http(s) addresses become links; anything else (javascript:, data:) stays text.</summary>
    public static bool IsWebAddress(string? url) =>
        url is not null
        && (url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase));

    /// <summary>A percent-encoded query value (for links such as table-observations.html?q=ID-NTT).</summary>
    public static string Query(string value) => Uri.EscapeDataString(value);
}
