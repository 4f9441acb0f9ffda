using System.Globalization;
using System.Text.RegularExpressions;
using LabourDataset.Cli.Data;
using LabourDataset.Cli.Site;
using Xunit.Abstractions;

namespace LabourDataset.Cli.Tests;

/// <summary>
/// The site in a real browser: headless Debian chromium opens pages from file://, the DOM after the scripts ran has the
/// row counts, a known value and a caveat, filtering and sorting work from the address, and screenshots are real PNGs.
/// Without chromium the tests return early and say so in their output, unless LABOUR_REQUIRE_BROWSER=1 (set by .ci/run
/// once chromium is installed), which makes a missing browser a failure.
/// </summary>
public sealed class SiteBrowserTests
{
    private readonly ITestOutputHelper _output;

    public SiteBrowserTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Chromium_runs_the_scripts_filters_sorts_and_shows_values_with_their_qualifier_source_and_caveat()
    {
        if (Browser() is not { } chromium)
        {
            return;
        }

        using var dir = new TempDir();
        Cli.Run("site", "--out", dir["site"]).ShouldSucceed();
        string Url(string page) => new Uri(Path.Combine(dir["site"], page)).AbsoluteUri;

        // The index's tables after the script counted their rows: as many as the library has.
        string index = chromium.DumpDom(Url("index.html"));
        int countries = Areas.All.Count(a => a.Kind == AreaKind.Country);
        Outputs(index).ShouldBe(
        [
            $"{N(DatasetInfo.Tables.Count)} of {N(DatasetInfo.Tables.Count)} rows shown",
            $"{N(countries)} of {N(countries)} rows shown",
            $"{N(Instruments.Count)} of {N(Instruments.Count)} rows shown",
            $"{N(Indicators.Count)} of {N(Indicators.Count)} rows shown",
        ]);

        // A known lower bound on its country page, its source title and locator one click away (in the details element).
        Observation bound = Observations.Get("ref-uzb-cotton-boycott-companies");
        string uzbekistan = chromium.DumpDom(Url("country-uzb.html"));
        uzbekistan.ShouldContain("<summary>&gt; 260 ");
        uzbekistan.ShouldContain(DomText(bound.Source.Title));
        uzbekistan.ShouldContain(DomText(bound.Locator));
        uzbekistan.ShouldContain(DomText(bound.Caveat!));

        // A caveat and the regional cross-section chart on the indicator page.
        string poverty = chromium.DumpDom(Url("indicator-poor-population-percent.html"));
        poverty.ShouldContain("Jumps from 27,79 (2014) to 30,56 (2015).");
        poverty.ShouldContain("Areas of East Nusa Tenggara, 2015");
        Regex.Count(poverty, "<svg [^>]*role=\"img\"").ShouldBeGreaterThan(6);

        // Filtering from the address: the rows whose text holds "lower-bound", as the script counts them.
        CatalogTable observations = Catalog.Dataset.Find("observations")!;
        int lowerBounds = observations.Rows.Count(row => row.Any(cell => Values.ToDisplay(cell).Contains("lower-bound", StringComparison.OrdinalIgnoreCase)));
        lowerBounds.ShouldBeGreaterThan(0);
        string filtered = chromium.DumpDom(Url("table-observations.html") + "?q=lower-bound");
        Outputs(filtered)[0].ShouldBe($"{N(lowerBounds)} of {N(observations.Rows.Count)} rows shown");
        Regex.Count(filtered, "<tr id=\"r-[^\"]*\"[^>]* hidden").ShouldBe(observations.Rows.Count - lowerBounds);

        // Sorting from the address: the largest value first.
        decimal max = Observations.All.Max(o => o.Value ?? decimal.MinValue);
        string sorted = chromium.DumpDom(Url("table-observations.html") + "?sort=value&dir=descending");
        string firstId = Regex.Match(sorted, "<tbody>\\s*<tr id=\"r-([^\"]+)\"").Groups[1].Value;
        Observations.All.Where(o => o.Value == max).Select(o => SiteMap.Slug(o.Id)).ShouldContain(firstId);
        sorted.ShouldContain("aria-sort=\"descending\"");
    }

    [Fact]
    public void Chromium_saves_non_trivial_screenshots_of_the_index_an_indicator_and_an_instrument()
    {
        if (Browser() is not { } chromium)
        {
            return;
        }

        using var dir = new TempDir();
        Cli.Run("site", "--out", dir["site"]).ShouldSucceed();
        string shots = Path.Combine(AppContext.BaseDirectory, "site-screenshots");
        Directory.CreateDirectory(shots);
        foreach (string page in new[] { "index.html", "indicator-poor-population-percent.html", "instrument-c182.html" })
        {
            string png = Path.Combine(shots, Path.ChangeExtension(page, ".png"));
            File.Delete(png);
            chromium.Screenshot(new Uri(Path.Combine(dir["site"], page)).AbsoluteUri, png);
            File.Exists(png).ShouldBeTrue(png);
            byte[] bytes = File.ReadAllBytes(png);
            bytes.Take(8).ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "PNG signature");
            bytes.Length.ShouldBeGreaterThan(20_000, $"{page}: a rendered page, not a blank one");
            _output.WriteLine($"{page}: {N(bytes.Length)} bytes, {png}");
        }
    }

    [Fact]
    public void Chromium_runs_no_script_from_hostile_data()
    {
        if (Browser() is not { } chromium)
        {
            return;
        }

        using var dir = new TempDir();
        Cli.RunOn(HostileSite.Create(), "site", "--out", dir["site"]).ShouldSucceed();
        foreach (string file in Directory.GetFiles(dir["site"]).Order(StringComparer.Ordinal))
        {
            string dom = chromium.DumpDom(new Uri(file).AbsoluteUri);
            dom.ShouldNotContain("<img", Case.Insensitive, file);
            dom.ShouldNotContain("<b>", Case.Sensitive, file);
            Regex.Count(dom, "<script").ShouldBe(1, file);
            dom.ShouldContain("rows shown", Case.Sensitive, file);
        }
    }

    private HeadlessChromium? Browser()
    {
        HeadlessChromium? chromium = HeadlessChromium.Find(out string reason);
        if (chromium is not null)
        {
            _output.WriteLine("Browser: " + chromium.Version + " (" + chromium.Path + ")");
            return chromium;
        }

        if (Environment.GetEnvironmentVariable("LABOUR_REQUIRE_BROWSER") == "1")
        {
            throw new InvalidOperationException("LABOUR_REQUIRE_BROWSER=1 but the browser test cannot run: " + reason);
        }

        _output.WriteLine("SKIPPED (not run, not passed): the headless browser test needs chromium: " + reason
            + ". .ci/run installs it with apt-get; set LABOUR_REQUIRE_BROWSER=1 to make its absence a failure.");
        return null;
    }

    private static List<string> Outputs(string dom) =>
        Regex.Matches(dom, "<output [^>]*>([^<]*)</output>").Select(m => m.Groups[1].Value).ToList();

    /// <summary>Text as chromium serializes it in element content: only &amp;, &lt; and &gt; escaped.</summary>
    private static string DomText(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal).Replace("\u00a0", "&nbsp;", StringComparison.Ordinal);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
