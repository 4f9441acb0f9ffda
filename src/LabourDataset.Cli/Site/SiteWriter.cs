using System.Globalization;
using System.Text;
using LabourDataset.Cli.Data;

namespace LabourDataset.Cli.Site;

/// <summary>How many pages of each kind a site has.</summary>
internal sealed record SiteSummary(int Index, int Tables, int Countries, int Instruments, int Indicators, int Sources)
{
    public int Total => Index + Tables + Countries + Instruments + Indicators + Sources;
}

/// <summary>
/// Writes the static site into a folder: index.html and a page per table from the catalog (any package), and for the
/// compiled package also a page per country, instrument, indicator and source from the typed API. Pages are built in
/// memory, in ordinal key order, with no clock or random input, so two runs give the same bytes.
/// </summary>
internal static class SiteWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Which research page a table's key opens, when the site has one.</summary>
    private static readonly (string Table, string Kind)[] KeyPages =
        [("areas", "country"), ("instruments", "instrument"), ("indicators", "indicator"), ("sources", "source")];

    public static SiteSummary Write(Catalog catalog, string directory)
    {
        IReadOnlyDictionary<string, string> pages = Build(catalog, out SiteSummary summary);
        foreach ((string name, string html) in pages)
        {
            File.WriteAllText(Path.Combine(directory, name), html, Utf8);
        }

        return summary;
    }

    /// <summary>Every page by file name (ordinal order).</summary>
    public static IReadOnlyDictionary<string, string> Build(Catalog catalog, out SiteSummary summary)
    {
        bool research = ReferenceEquals(catalog, Catalog.Dataset);
        var map = new SiteMap();
        map.Add("table", catalog.Tables.Select(t => t.Name));
        foreach (CatalogTable table in catalog.Tables)
        {
            map.Add("row:" + table.Name, table.Keys);
        }

        if (research)
        {
            ResearchPages.Register(map);
        }

        string siteName = (catalog.Title ?? catalog.Name) + " " + catalog.Version;
        var nav = new StringBuilder(Html.Link(SiteMap.Index, siteName));
        nav.Append(Html.Link(SiteMap.Index + "#tables", "Tables"));
        if (research)
        {
            nav.Append(Html.Link(SiteMap.Index + "#countries", "Countries"))
                .Append(Html.Link(SiteMap.Index + "#instruments", "Instruments"))
                .Append(Html.Link(SiteMap.Index + "#indicators", "Indicators"))
                .Append(Html.Link(map.TablePage("sources"), "Sources"));
        }

        string footer = Html.Text(catalog.Name) + " " + Html.Text(catalog.Version) + " · content hash <code>"
            + Html.Text(catalog.ContentHash) + "</code> · licences: "
            + Html.Text(string.Join(", ", catalog.Licenses.Select(l => l.Title ?? l.Name))) + " · written by <code>labour site</code>";
        var context = new SiteContext(catalog, map, siteName, nav.ToString(), footer);

        var pages = new SortedDictionary<string, string>(StringComparer.Ordinal);
        pages[SiteMap.Index] = Index(context, research);
        foreach (CatalogTable table in catalog.Tables)
        {
            pages[map.TablePage(table.Name)] = TablePage(context, table);
        }

        int countries = 0, instruments = 0, indicators = 0, sources = 0;
        if (research)
        {
            var research_ = new ResearchPages(context);
            countries = research_.WriteCountries(pages);
            instruments = research_.WriteInstruments(pages);
            indicators = research_.WriteIndicators(pages);
            sources = research_.WriteSources(pages);
        }

        summary = new SiteSummary(1, catalog.Tables.Count, countries, instruments, indicators, sources);
        return pages;
    }

    private static string Index(SiteContext context, bool research)
    {
        Catalog catalog = context.Catalog;
        var page = context.NewPage("Data browser");
        page.H1(Html.Text(catalog.Title ?? catalog.Name));
        if (catalog.Description is not null)
        {
            page.P(Html.Text(catalog.Description), "lead");
        }

        page.Facts(
        [
            ("Version", Html.Text(catalog.Version)),
            ("Content hash", "<code>" + Html.Text(catalog.ContentHash) + "</code>"),
            ("Licences", Html.Text(string.Join("; ", catalog.Licenses.Select(l => l.Title is null ? l.Name : l.Title + " (" + l.Name + ")")))),
            ("Package sources", Html.Text(string.Join("; ", catalog.Sources.Select(s => s.Title ?? s.Path ?? string.Empty)))),
        ]);
        page.P("A static, offline browser: every table can be sorted (select a column header) and filtered; a value's source, "
            + "locator and caveats open from the value itself. Values keep their qualifier: “&gt; 180” is a lower bound, “~ 40” an approximation.");

        page.H(2, "Tables", "tables");
        page.Table(new DataTable(
            "Tables of the package",
            [new("name", "Table"), new("title", "Title"), new("rows", "Rows"), new("description", "Description")],
            catalog.Tables.Select(t => new DataRow(null,
            [
                new DataCell(Html.Link(context.Map.TablePage(t.Name), t.Name)),
                DataCell.Text(t.Title ?? t.Name),
                new DataCell(Html.Int(t.Rows.Count), Html.Int(t.Rows.Count), Numeric: true),
                DataCell.Text(t.Description),
            ])).ToList()));

        if (research)
        {
            ResearchPages.IndexSections(context, page);
        }

        return page.Render(context.Footer);
    }

    private static string TablePage(SiteContext context, CatalogTable table)
    {
        var page = context.NewPage("Table " + table.Name);
        page.H1(Html.Text(table.Title ?? table.Name) + " <span class=\"orig\">(<code>" + Html.Text(table.Name) + "</code>)</span>");
        if (table.Description is not null)
        {
            page.P(Html.Text(table.Description), "lead");
        }

        page.Facts(
        [
            ("Rows", Html.Int(table.Rows.Count)),
            ("Primary key", Html.Text(string.Join(", ", table.PrimaryKey))),
        ]);

        page.H(2, "Rows");
        var columns = table.Fields.Select(f => new DataColumn(f.Name, f.Name, f.Description)).ToList();
        var rows = new List<DataRow>(table.Rows.Count);
        string? keyKind = KeyPages.FirstOrDefault(k => k.Table == table.Name).Kind;
        int languageField = table.IndexOf("language");
        foreach (IReadOnlyList<object?> row in table.Rows)
        {
            string key = table.KeyOf(row);
            // An original is Indonesian unless the row names its language (sources.language: "fr", "ja", ...).
            string originalLang = languageField >= 0 && row[languageField] is string language ? Provenance.LanguageTag(language) : "id";
            var cells = new List<DataCell>(table.Fields.Count);
            for (int i = 0; i < table.Fields.Count; i++)
            {
                cells.Add(Cell(context, table.Fields[i], row[i], i == 0 && keyKind is not null ? context.Map.Page(keyKind, key) : null, originalLang));
            }

            rows.Add(new DataRow(context.Map.RowSlug(table.Name, key), cells));
        }

        page.Table(new DataTable(table.Title ?? table.Name, columns, rows));

        page.H(2, "Fields");
        var fields = new StringBuilder("<div class=\"scroll\"><table>\n<caption>Table Schema of ")
            .Append(Html.Text(table.Name)).Append("</caption>\n<thead><tr><th scope=\"col\">Field</th><th scope=\"col\">Type</th>")
            .Append("<th scope=\"col\">Required</th><th scope=\"col\">References</th><th scope=\"col\">Description</th></tr></thead>\n<tbody>\n");
        foreach (DataPackageField field in table.Fields)
        {
            string reference = field.ForeignKeyResource is null || !context.Map.Has("table", field.ForeignKeyResource)
                ? Html.Text(field.ForeignKeyResource)
                : Html.Link(context.Map.TablePage(field.ForeignKeyResource), field.ForeignKeyResource);
            fields.Append("<tr><th scope=\"row\"><code>").Append(Html.Text(field.Name)).Append("</code></th><td>").Append(Html.Text(field.Type))
                .Append("</td><td>").Append(field.Required ? "yes" : "no").Append("</td><td>").Append(reference).Append("</td><td>")
                .Append(Html.Text(field.Description)).Append("</td></tr>\n");
        }

        page.Raw(fields.Append("</tbody>\n</table></div>\n").ToString());
        return page.Render(context.Footer);
    }

    /// <summary>A cell of the generic table view: foreign keys link to the referenced row, originals carry their lang ("id" unless the row says).</summary>
    private static DataCell Cell(SiteContext context, DataPackageField field, object? value, string? keyPage, string originalLang)
    {
        string? lang = field.Name.EndsWith("Original", StringComparison.Ordinal) && value is not null ? originalLang : null;
        switch (value)
        {
            case null:
                return new DataCell(string.Empty, string.Empty);
            case decimal or long or int or double:
                string number = Values.ToInvariant(value)!;
                return new DataCell(Html.Text(number), number, Numeric: true);
            case string s when keyPage is not null:
                return new DataCell(Html.Link(keyPage, s), s.ToLowerInvariant());
            case string s when field.ForeignKeyResource is not null && context.Map.Row(field.ForeignKeyResource, s) is { } href:
                return new DataCell(Html.Link(href, s), s.ToLowerInvariant());
            case string s when field.Name == "url" && Html.IsWebAddress(s):
                return new DataCell($"<a href=\"{Html.Attr(s)}\" rel=\"noopener noreferrer\">{Html.Text(s)}</a>", s.ToLowerInvariant());
            default:
                return new DataCell(Html.Text(Values.ToDisplay(value)), Lang: lang);
        }
    }
}

/// <summary>What every page builder needs: the data, the file names, the shared navigation and footer.</summary>
internal sealed record SiteContext(Catalog Catalog, SiteMap Map, string SiteName, string Nav, string Footer)
{
    public Page NewPage(string title) => new(title, SiteName, Nav);

    public Provenance Provenance { get; } = new(Map);
}
