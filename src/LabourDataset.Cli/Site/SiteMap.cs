using System.Globalization;
using System.Text;

namespace LabourDataset.Cli.Site;

/// <summary>
/// The site's file names, one flat folder: index.html, table-&lt;name&gt;.html, country-, instrument-, indicator- and
/// source-&lt;key&gt;.html. Keys become lower-case slugs (other characters as _hhhh); two keys that differ only in case
/// get "__2", "__3" in ordinal key order, so names are stable and safe on case-insensitive file systems.
/// </summary>
internal sealed class SiteMap
{
    public const string Index = "index.html";

    private readonly Dictionary<string, Dictionary<string, string>> _slugs = new(StringComparer.Ordinal);

    /// <summary>Registers the keys of one kind ("table", "country", a table's row ids "row:observations", ...).</summary>
    public void Add(string kind, IEnumerable<string> keys)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (string key in keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            string slug = Slug(key);
            string unique = slug;
            for (int n = 2; !used.Add(unique); n++)
            {
                unique = slug + "__" + n.ToString(CultureInfo.InvariantCulture);
            }

            map[key] = unique;
        }

        _slugs[kind] = map;
    }

    public bool Has(string kind, string key) => _slugs.TryGetValue(kind, out var map) && map.ContainsKey(key);

    /// <summary>The page of a key of one kind ("country-idn.html"), or null when the site has no such page.</summary>
    public string? Page(string kind, string? key) =>
        key is not null && _slugs.TryGetValue(kind, out var map) && map.TryGetValue(key, out string? slug)
            ? kind + "-" + slug + ".html"
            : null;

    public string TablePage(string table) => Page("table", table) ?? throw new KeyNotFoundException(table);

    /// <summary>The anchor of a row on its table page ("table-areas.html#r-idn"), or null for an unknown key.</summary>
    public string? Row(string table, string? key) =>
        key is not null && _slugs.TryGetValue("row:" + table, out var map) && map.TryGetValue(key, out string? slug)
            ? TablePage(table) + "#" + RowId(slug)
            : null;

    public string? RowSlug(string table, string key) =>
        _slugs.TryGetValue("row:" + table, out var map) && map.TryGetValue(key, out string? slug) ? RowId(slug) : null;

    public IEnumerable<string> Pages(string kind) =>
        _slugs.TryGetValue(kind, out var map) ? map.Values.Order(StringComparer.Ordinal).Select(s => kind + "-" + s + ".html") : [];

    public static string Slug(string key)
    {
        if (key.Length == 0)
        {
            return "_";
        }

        var sb = new StringBuilder(key.Length);
        foreach (char c in key)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-')
            {
                sb.Append(c);
            }
            else if (c is >= 'A' and <= 'Z')
            {
                sb.Append((char)(c + ('a' - 'A')));
            }
            else
            {
                sb.Append('_').Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }

    private static string RowId(string slug) => "r-" + slug;
}
