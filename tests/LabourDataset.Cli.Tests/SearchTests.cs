using System.Text.Json;
using LabourDataset.Cli.Data;

namespace LabourDataset.Cli.Tests;

public sealed class SearchTests
{
    [Fact]
    public void Search_ignores_case_and_finds_every_field_containing_the_text()
    {
        foreach (string text in SampleTexts())
        {
            int expected = 0;
            foreach ((DataPackageTable table, List<IReadOnlyList<object?>> rows) in Expected.Tables())
            {
                foreach (IReadOnlyList<object?> row in rows)
                {
                    expected += row.Count(v => v is string s ? s.Contains(text, StringComparison.OrdinalIgnoreCase)
                        : v is IReadOnlyList<string> items && items.Any(i => i.Contains(text, StringComparison.OrdinalIgnoreCase)));
                }
            }

            using JsonDocument json = Cli.Run("search", text.ToUpperInvariant(), "--limit", "0", "--json").ShouldSucceed().Json();
            json.RootElement.GetProperty("total").GetInt32().ShouldBe(expected, text);
            json.RootElement.GetProperty("matches").EnumerateArray()
                .ShouldAllBe(m => m.GetProperty("value").GetString()!.Contains(text, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Search_finds_english_and_indonesian_names_and_prints_table_key_field_and_snippet()
    {
        Area? area = Areas.All.FirstOrDefault(a => a.NameOriginal is not null && a.NameOriginal != a.Name);
        if (area is not null)
        {
            using JsonDocument json = Cli.Run("search", area.NameOriginal!.ToLowerInvariant(), "--limit", "0", "--json").ShouldSucceed().Json();
            json.RootElement.GetProperty("matches").EnumerateArray()
                .ShouldContain(m => m.GetProperty("table").GetString() == "areas" && m.GetProperty("key").GetString() == area.Code && m.GetProperty("field").GetString() == "nameOriginal");
        }

        CliResult text = Cli.RunOn(Synthetic.Create(), "search", "kerja paksa").ShouldSucceed();
        text.Lines[0].ShouldBe("1 matches for 'kerja paksa' in 1 rows");
        text.Out.ShouldContain("│ places │ D   │ description │ Search target: Kerja Paksa");
        text.ShouldFitWidth();
    }

    [Fact]
    public void Search_can_be_limited_to_one_table_and_to_n_matches()
    {
        Catalog catalog = Synthetic.Create();
        using JsonDocument all = Cli.RunOn(catalog, "search", "a", "--limit", "0", "--json").ShouldSucceed().Json();
        using JsonDocument facts = Cli.RunOn(catalog, "search", "a", "--table", "facts", "--json").ShouldSucceed().Json();
        using JsonDocument two = Cli.RunOn(catalog, "search", "a", "--limit", "2", "--json").ShouldSucceed().Json();

        all.RootElement.GetProperty("matches").EnumerateArray().Select(m => m.GetProperty("table").GetString()).Distinct().ShouldBe(["places", "facts"]);
        facts.RootElement.GetProperty("matches").EnumerateArray().ShouldAllBe(m => m.GetProperty("table").GetString() == "facts");
        facts.RootElement.GetProperty("total").GetInt32().ShouldBe(2);
        two.RootElement.GetProperty("matches").GetArrayLength().ShouldBe(2);
        two.RootElement.GetProperty("total").GetInt32().ShouldBe(all.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public void Search_snippets_fit_the_width_and_show_the_match()
    {
        string value = new string('x', 100) + "needle" + new string('y', 100);
        var match = new Queries.TextSearch.Match("t", "k", "f", value, 100);

        foreach (int width in new[] { 12, 20, 31, 60 })
        {
            string snippet = Queries.TextSearch.Snippet(match, "needle".Length, width);
            snippet.Length.ShouldBeLessThanOrEqualTo(width);
            snippet.ShouldContain("needle");
            snippet.ShouldStartWith("…");
            snippet.ShouldEndWith("…");
        }
    }

    [Fact]
    public void Search_for_nothing_is_an_error()
    {
        Cli.Run("search", "  ").ShouldFailWithUsageError("search text is empty");
        Cli.Run("search", "x", "--table", "nosuch").ShouldFailWithUsageError("unknown table 'nosuch'");
    }

    private static IEnumerable<string> SampleTexts()
    {
        yield return "labour";
        yield return "ILO";
        if (Areas.All.Count > 0)
        {
            yield return Areas.All[0].Name;
        }
    }
}
