using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LabourDataset.Cli.Data;

/// <summary>
/// Cell values (string, long, int for years, decimal, bool, DateOnly, IReadOnlyList&lt;string&gt;) as text, always with
/// the invariant culture. Writing them as JSON is <see cref="Json.CatalogJson"/>'s job.
/// </summary>
internal static class Values
{
    private static readonly JsonWriterOptions CompactJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The exact text of a value as stored in exports: numbers invariant, dates yyyy-MM-dd, arrays as JSON; null for null.</summary>
    public static string? ToInvariant(object? value) => value switch
    {
        null => null,
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IEnumerable<string> items => ToJsonArray(items),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Text for people: like <see cref="ToInvariant"/>, but arrays joined with "; " and null as empty.</summary>
    public static string ToDisplay(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        IEnumerable<string> items => string.Join("; ", items),
        _ => ToInvariant(value) ?? string.Empty,
    };

    /// <summary>The strings inside a value (the string itself, or the items of a string array).</summary>
    public static IEnumerable<string> Strings(object? value) => value switch
    {
        string s => [s],
        IEnumerable<string> items => items,
        _ => [],
    };

    /// <summary>Whether a cell equals a filter value (ordinal, ignoring case; any item of an array; empty matches null).</summary>
    public static bool Matches(object? cell, string filter)
    {
        if (cell is null)
        {
            return filter.Length == 0;
        }

        if (cell is IEnumerable<string> items)
        {
            return items.Any(item => string.Equals(item, filter, StringComparison.OrdinalIgnoreCase));
        }

        return string.Equals(ToInvariant(cell), filter, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Collapses line breaks and tabs to spaces, for one-line cells.</summary>
    public static string OneLine(string text)
    {
        if (text.AsSpan().IndexOfAny("\r\n\t") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            sb.Append(c is '\r' or '\n' or '\t' ? ' ' : c);
        }

        return sb.ToString();
    }

    /// <summary>Cuts text to at most <paramref name="width"/> characters, ending with '…' when cut.</summary>
    public static string Truncate(string text, int width)
    {
        if (width <= 0)
        {
            return string.Empty;
        }

        if (text.Length <= width)
        {
            return text;
        }

        return width == 1 ? "…" : string.Concat(text.AsSpan(0, width - 1).TrimEnd(), "…");
    }

    private static string ToJsonArray(IEnumerable<string> items)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, CompactJson))
        {
            writer.WriteStartArray();
            foreach (string item in items)
            {
                writer.WriteStringValue(item);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
