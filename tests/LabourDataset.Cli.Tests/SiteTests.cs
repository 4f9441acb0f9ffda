using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using LabourDataset.Cli.Data;
using LabourDataset.Cli.Site;

namespace LabourDataset.Cli.Tests;

/// <summary>The real package's site, built once in memory for the tests that only read pages.</summary>
public sealed class SiteFixture
{
    public SiteFixture() => Pages = SiteWriter.Build(Catalog.Dataset, out _);

    internal IReadOnlyDictionary<string, string> Pages { get; }
}

/// <summary>
/// In-process tests of 'labour site': page counts per kind against the library, known values with qualifier, source and
/// caveat on the right page, escaping of hostile data, byte-identical reruns and the accessibility basics.
/// </summary>
public sealed partial class SiteTests : IClassFixture<SiteFixture>
{
    private readonly IReadOnlyDictionary<string, string> _pages;

    public SiteTests(SiteFixture fixture) => _pages = fixture.Pages;

    [Fact]
    public void Site_writes_one_page_per_table_country_instrument_indicator_and_source_as_the_library_counts_them()
    {
        using var dir = new TempDir();
        CliResult result = Cli.Run("site", "--out", dir["site"], "--json").ShouldSucceed();

        string[] files = Directory.GetFiles(dir["site"]).Select(f => Path.GetFileName(f)!).ToArray();
        int Count(string prefix) => files.Count(f => f.StartsWith(prefix, StringComparison.Ordinal));
        int countries = Areas.All.Count(a => a.Kind == AreaKind.Country);
        Count("table-").ShouldBe(DatasetInfo.Tables.Count);
        Count("country-").ShouldBe(countries);
        Count("instrument-").ShouldBe(Instruments.Count);
        Count("indicator-").ShouldBe(Indicators.Count);
        Count("source-").ShouldBe(Sources.Count);
        files.ShouldContain("index.html");
        files.Length.ShouldBe(1 + DatasetInfo.Tables.Count + countries + Instruments.Count + Indicators.Count + Sources.Count);
        files.ShouldAllBe(f => f.EndsWith(".html", StringComparison.Ordinal));
        Directory.GetDirectories(dir["site"]).ShouldBeEmpty();
        dir.Entries().ShouldAllBe(e => !e.Contains(".tmp-", StringComparison.Ordinal), "the temporary sibling is moved into place");

        JsonElement kinds = result.Json().RootElement.GetProperty("pagesByKind");
        kinds.GetProperty("countries").GetInt32().ShouldBe(countries);
        kinds.GetProperty("indicators").GetInt32().ShouldBe(Indicators.Count);
        result.Json().RootElement.GetProperty("pages").GetInt32().ShouldBe(files.Length);

        // The plain-text summary names the same counts.
        Cli.Run("site", "--out", dir["again"]).ShouldSucceed().Out
            .ShouldContain($"{files.Length.ToString(CultureInfo.InvariantCulture)} pages", Case.Sensitive);
    }

    [Fact]
    public void Every_table_page_lists_every_row_with_an_anchor()
    {
        foreach (DataPackageTable table in DatasetInfo.Tables)
        {
            string html = _pages["table-" + table.Name + ".html"];
            int rows = table.Rows.Count();
            Regex.Count(html, "<tr id=\"r-").ShouldBe(rows, table.Name);
            html.ShouldContain($"({rows.ToString(CultureInfo.InvariantCulture)} rows; select a column header to sort)");
        }
    }

    [Fact]
    public void A_lower_bound_shows_its_qualifier_source_title_and_locator_on_its_country_and_indicator_pages()
    {
        // UZB: "more than 260" companies joined the cotton boycott.
        Observation o = Observations.Get("ref-uzb-cotton-boycott-companies");
        o.Qualifier.ShouldBe(ObservationQualifier.LowerBound);
        o.Value.ShouldBe(260m);
        foreach (string name in new[] { "country-uzb.html", "indicator-" + o.IndicatorCode + ".html", "source-" + o.SourceId + ".html" })
        {
            string html = _pages[name];
            string cell = ValueCell(html, o.Id);
            cell.ShouldContain("<summary>&gt; 260 ", Case.Sensitive, name);
            cell.ShouldContain(Html.Text(o.Source.Title), Case.Sensitive, name);
            cell.ShouldContain(Html.Text(o.Locator), Case.Sensitive, name);
            cell.ShouldContain("<dt>Caveat</dt><dd>" + Html.Text(o.Caveat), Case.Sensitive, name);
            cell.ShouldContain("href=\"source-" + SiteMap.Slug(o.SourceId) + ".html\"", Case.Sensitive, name);
        }
    }

    [Fact]
    public void An_approximate_value_shows_a_tilde_and_a_cell_caveat_appears_on_the_indicator_page()
    {
        Observation approximate = Observations.All.Where(o => o.Qualifier == ObservationQualifier.Approximate && o.Value is not null).OrderBy(o => o.Id, StringComparer.Ordinal).First();
        ValueCell(_pages["indicator-" + SiteMap.Slug(approximate.IndicatorCode) + ".html"], approximate.Id)
            .ShouldContain("<summary>~ " + approximate.Value!.Value.ToString(CultureInfo.InvariantCulture) + " ");

        // The 2014-2015 jump in the NTT poverty figure, on the regency's row of the indicator page.
        Observation jump = Observations.Get("s004-poor-pct-id-ntt-sumba-barat-2015");
        string html = _pages["indicator-poor-population-percent.html"];
        string cell = ValueCell(html, jump.Id);
        cell.ShouldContain("<summary>30.56 ");
        cell.ShouldContain("<dt>Cell caveat</dt><dd>Jumps from 27,79 (2014) to 30,56 (2015).");
        cell.ShouldContain("<dt>Status</dt><dd>doubtful</dd>");

        // The regional cross-section of the NTT regencies is drawn, with a title a screen reader can read.
        html.ShouldContain("<h3>Areas of East Nusa Tenggara, 2015</h3>");
        Regex.IsMatch(html, "<svg [^>]*role=\"img\" aria-labelledby=\"(c\\d+)-title \\1-desc\"").ShouldBeTrue();
    }

    [Fact]
    public void Instrument_pages_draw_a_ratification_timeline_and_originals_carry_lang_id()
    {
        string c182 = _pages["instrument-c182.html"];
        c182.ShouldContain("<title id=\"c1-title\">Ratifications of C182 over time, by country</title>");
        foreach (Ratification r in Instruments.Get("C182").Ratifications.Where(r => r.RatificationDate is not null))
        {
            c182.ShouldContain(r.RatificationDate!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "</text>");
        }

        Area ntt = Areas.Get("ID-NTT");
        _pages["country-idn.html"].ShouldContain("(<span lang=\"id\">" + ntt.NameOriginal + "</span>)");
        Indicator named = Indicators.All.First(i => i.NameOriginal is not null && i.NameOriginal != i.Name);
        _pages["indicator-" + SiteMap.Slug(named.Code) + ".html"].ShouldContain("<h1>" + Html.Text(named.Name) + " <span class=\"orig\">(<span lang=\"id\">" + Html.Text(named.NameOriginal));
    }

    [Fact]
    public void Every_page_has_lang_en_a_title_one_h1_headings_in_order_scoped_headers_and_labelled_charts()
    {
        _pages.Count.ShouldBeGreaterThan(400);
        foreach ((string name, string html) in _pages)
        {
            html.ShouldStartWith("<!DOCTYPE html>\n<html lang=\"en\">\n", Case.Sensitive, name);
            Regex.IsMatch(html, "<title>[^<]+</title>").ShouldBeTrue(name);
            Regex.Count(html, "<h1[ >]").ShouldBe(1, name);
            int previous = 0;
            foreach (Match m in Regex.Matches(html, "<h([1-6])[ >]"))
            {
                int level = m.Groups[1].Value[0] - '0';
                level.ShouldBeLessThanOrEqualTo(previous + 1, $"{name}: h{level} after h{previous}");
                previous = level;
            }

            Regex.Count(html, "<th[ >]").ShouldBe(Regex.Count(html, "<th scope=\"(col|row)\""), name);
            Regex.Count(html, "<svg ").ShouldBe(Regex.Count(html, "<svg [^>]*role=\"img\" aria-labelledby=\"c\\d+-title c\\d+-desc\""), name);
            Regex.Count(html, "<svg ").ShouldBe(Regex.Count(html, "<title id=\"c\\d+-title\">[^<]+</title>"), name);
            Regex.Count(html, "<script").ShouldBeLessThanOrEqualTo(1, name);
            Regex.IsMatch(html, "<(script|link|img)[^>]+(src|href)=").ShouldBeFalse($"{name} loads nothing from outside");
        }
    }

    [Fact]
    public void Two_runs_write_byte_identical_files()
    {
        using var dir = new TempDir();
        Cli.Run("site", "--out", dir["a"]).ShouldSucceed();
        Cli.Run("site", "--out", dir["b"]).ShouldSucceed();

        string[] a = Directory.GetFiles(dir["a"]).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();
        string[] b = Directory.GetFiles(dir["b"]).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray();
        b.ShouldBe(a);
        foreach (string name in a)
        {
            File.ReadAllBytes(Path.Combine(dir["b"], name)).SequenceEqual(File.ReadAllBytes(Path.Combine(dir["a"], name))).ShouldBeTrue(name);
        }

        // Under another culture the bytes do not change either (decimal commas, other digits).
        CultureInfo saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("id-ID");
            var again = SiteWriter.Build(Catalog.Dataset, out _);
            again.Keys.ShouldBe(a);
            again["indicator-poor-population-percent.html"].ShouldBe(File.ReadAllText(Path.Combine(dir["a"], "indicator-poor-population-percent.html")));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Hostile_data_is_escaped_everywhere_and_never_becomes_markup()
    {
        Catalog hostile = HostileSite.Create();
        IReadOnlyDictionary<string, string> pages = SiteWriter.Build(hostile, out SiteSummary summary);
        summary.Tables.ShouldBe(2);
        summary.Countries.ShouldBe(0, "research pages exist for the compiled package only");
        pages.Count.ShouldBe(3);

        foreach ((string name, string html) in pages)
        {
            Regex.Count(html, "<script").ShouldBe(1, $"{name}: only the site's own script");
            html.ShouldNotContain("<img", Case.Insensitive, name);
            html.ShouldNotContain("<b>", Case.Sensitive, name);
            html.ShouldNotContain("href=\"javascript:", Case.Insensitive, name);
            html.ShouldNotContain("' onmouseover='", Case.Sensitive, name);
            html.ShouldNotContain("\" onmouseover=\"", Case.Sensitive, name);
            html.ShouldNotContain("</title><script>", Case.Sensitive, name);
        }

        string evil = pages.Single(p => p.Key.StartsWith("table-", StringComparison.Ordinal) && p.Key != "table-facts.html").Value;
        evil.ShouldContain("<title>Table &lt;b&gt;evil&lt;/b&gt; · &lt;/title&gt;&lt;script&gt;alert(0)&lt;/script&gt; 1.0</title>");
        evil.ShouldContain("&lt;script&gt;alert(4)&lt;/script&gt;");
        evil.ShouldContain("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
        evil.ShouldContain("title=\"&#39; onmouseover=&#39;alert(3)\"");
        evil.ShouldContain("<td lang=\"id\">&lt;/span&gt;&lt;script&gt;alert(6)&lt;/script&gt;</td>");
        evil.ShouldContain(">javascript:alert(5)</td>", Case.Sensitive, "a javascript: address stays text");
        pages["table-facts.html"].ShouldContain("href=\"" + "table-_003cb_003eevil_003c_002fb_003e.html#r-a_0022b_003cc_003e\"");
    }

    /// <summary>The value cell of an observation's row on a research page (from its id link to the end of its details).</summary>
    private static string ValueCell(string html, string id)
    {
        int row = html.IndexOf(">" + Html.Text(id) + "</a></th>", StringComparison.Ordinal);
        row.ShouldBeGreaterThan(0, $"row {id}");
        int end = html.IndexOf("</details>", row, StringComparison.Ordinal);
        end.ShouldBeGreaterThan(row);
        return html[row..end];
    }
}

/// <summary>A package whose every string tries to become markup.</summary>
internal static class HostileSite
{
    public const string Key = "a\"b<c>";

    public static Catalog Create()
    {
        DataPackageField[] evilFields =
        [
            new("id", "Id", "string", "\"><img src=x onerror=alert(1)>", true, null),
            new("label", "Label", "string", "' onmouseover='alert(3)", false, null),
            new("labelOriginal", "LabelOriginal", "string", "Original.", false, null),
            new("url", "Url", "string", "An address.", false, null),
            new("count", "Count", "integer", "A number.", false, null),
        ];
        IReadOnlyList<object?>[] evilRows =
        [
            [Key, "<script>alert(4)</script>", "</span><script>alert(6)</script>", "javascript:alert(5)", 7L],
            ["plain", "<b>bold</b> & \"quoted\" 'single'", null, "https://example.org/?a=1&b=<2>", null],
        ];
        DataPackageField[] factFields =
        [
            new("id", "Id", "string", "Fact id.", true, null),
            new("evilId", "EvilId", "string", "Points at the evil table.", true, "<b>evil</b>"),
        ];
        IReadOnlyList<object?>[] factRows = [["f-1", Key]];
        return new Catalog(
            "hostile",
            "1.0",
            "</title><script>alert(0)</script>",
            "\"><img src=x onerror=alert(2)>",
            "<b>hash</b>",
            [new DataPackageLicense("<b>licence</b>", null, "<img src=x>")],
            [new DataPackageSource("<script>alert(7)</script>", null, null)],
            [
                new CatalogTable("<b>evil</b>", "<img src=x onerror=alert(8)>", "\"><img src=x onerror=alert(2)>", evilFields, ["id"], evilRows),
                new CatalogTable("facts", "Facts", "Facts.", factFields, ["id"], factRows),
            ]);
    }
}
