using System.Text.Json;
using LabourDataset.Cli.Data;
using LabourDataset.Cli.Queries;
using LabourDataset.Cli.Rendering;

namespace LabourDataset.Cli.Tests;

public sealed class ErrorAndFormatTests
{
    /// <summary>Command lines that should work on any data: fixed ones plus rows found at test time.</summary>
    public static TheoryData<string[]> CommandLines()
    {
        var lines = new TheoryData<string[]>
        {
            Array.Empty<string>(),
            new[] { "overview" },
            new[] { "tables" },
            new[] { "tables", "observations" },
            new[] { "show", "sources" },
            new[] { "show", "areas", "--where", "kind=country", "--limit", "0" },
            new[] { "search", "labour" },
            new[] { "search", "kerja" },
            new[] { "conflicts" },
        };
        foreach (DataPackageTable table in DatasetInfo.Tables)
        {
            lines.Add(["show", table.Name, "--limit", "0"]);
            if (table.Rows.FirstOrDefault() is { } row)
            {
                lines.Add(["get", table.Name, Expected.Key(table, table.GetValues(row))]);
            }
        }

        foreach (Area area in Areas.All.OrderByDescending(a => a.Ratifications.Count + a.Observations.Count).Take(3))
        {
            lines.Add(["country", area.Code]);
        }

        foreach (Instrument instrument in Instruments.All.OrderByDescending(i => i.Ratifications.Count).Take(2))
        {
            lines.Add(["instrument", instrument.Code]);
        }

        foreach (Conflict conflict in Conflicts.All)
        {
            lines.Add(["conflict", conflict.Id]);
        }

        foreach (Observation restating in Observations.All.Where(o => o.RestatesId is not null))
        {
            lines.Add(["get", "observations", restating.Id]);
        }

        foreach (Indicator indicator in Indicators.All.OrderByDescending(i => i.Observations.Count).Take(3))
        {
            lines.Add(["series", indicator.Code]);
            lines.Add(["series", indicator.Code, "--sort", "area"]);
        }

        return lines;
    }

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void Every_command_prints_json_that_parses_with_json_document(string[] args)
    {
        CliResult result = Cli.Run([.. args, "--json"]).ShouldSucceed();

        using JsonDocument json = result.Json();
        json.RootElement.ValueKind.ShouldBeOneOf(JsonValueKind.Object, JsonValueKind.Array);
        result.Out.ShouldNotContain("┌");
    }

    [Theory]
    [MemberData(nameof(CommandLines))]
    public void Every_command_fits_80_columns_without_colour_codes(string[] args)
    {
        CliResult result = Cli.Run(args).ShouldSucceed();

        result.ShouldFitWidth(80);
        result.Out.ShouldNotContain("\u001b[");
        result.Lines.ShouldAllBe(l => !l.EndsWith(' '), "no padding at line ends");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("show --help")]
    [InlineData("series --help")]
    [InlineData("conflict --help")]
    [InlineData("export --help")]
    public void Help_fits_80_columns(string args)
    {
        Cli.Run(args.Split(' ')).ShouldSucceed().ShouldFitWidth(80);
    }

    [Theory]
    [InlineData("show nosuchtable", "unknown table 'nosuchtable'; did you mean")]
    [InlineData("show Obsrevations", "unknown table 'Obsrevations'; did you mean 'observations'")]
    [InlineData("get areass X", "unknown table 'areass'; did you mean 'areas'")]
    [InlineData("tables claim", "did you mean 'claims'")]
    [InlineData("show areas --where nosuchfield=1", "unknown field 'nosuchfield' in table 'areas'; did you mean")]
    [InlineData("frobnicate", "unknown command 'frobnicate'; did you mean")]
    [InlineData("shwo areas", "unknown command 'shwo'; did you mean 'show'")]
    [InlineData("export --format xlsx --out x", "unknown format 'xlsx'; did you mean")]
    [InlineData("get areas", "Required argument missing")]
    [InlineData("show areas --limit many", "many")]
    public void Errors_print_one_line_exit_2_and_write_nothing_to_stdout(string args, string message)
    {
        Cli.Run(args.Split(' ')).ShouldFailWithUsageError(message);
    }

    [Fact]
    public void Unknown_keys_codes_and_indicators_exit_2_with_nothing_on_stdout()
    {
        Cli.Run("get", "areas", "NO-SUCH-KEY").ShouldFailWithUsageError("unknown key 'NO-SUCH-KEY' in table 'areas'");
        Cli.Run("country", "NO-SUCH-CODE").ShouldFailWithUsageError("unknown country code 'NO-SUCH-CODE'");
        Cli.Run("instrument", "C99999").ShouldFailWithUsageError("unknown instrument code 'C99999'");
        Cli.Run("series", "no-such-indicator").ShouldFailWithUsageError("unknown indicator 'no-such-indicator'");
        Cli.Run("conflict", "no-such-conflict").ShouldFailWithUsageError("unknown conflict 'no-such-conflict'");
        Cli.Run("get", "areas", "NO-SUCH-KEY", "--json").ShouldFailWithUsageError("unknown key");
    }

    [Fact]
    public void Suggestions_are_the_three_closest_names_by_levenshtein_distance()
    {
        Suggestions.Distance("kitten", "sitting").ShouldBe(3);
        Suggestions.Distance("", "abc").ShouldBe(3);
        Suggestions.Distance("same", "same").ShouldBe(0);
        Suggestions.Closest("ratification", ["sources", "areas", "ratifications", "instruments", "claims"]).ShouldBe(["ratifications", "areas", "claims"]);
        Suggestions.Closest("UZb", ["UZB", "KHM", "IDN"], max: 1).ShouldBe(["UZB"]);
        Suggestions.Unknown("table", "x", []).ShouldBe("unknown table 'x'");
        Suggestions.Unknown("table", "areaz", ["areas"]).ShouldBe("unknown table 'areaz'; did you mean 'areas'?");
        Suggestions.Unknown("key", "b", ["a", "c", "d", "e"]).ShouldBe("unknown key 'b'; did you mean 'a', 'c' or 'd'?");
    }

    [Fact]
    public void Values_are_formatted_with_the_invariant_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Values.ToInvariant(1234.5000m).ShouldBe("1234.5000");
            Values.ToInvariant(Synthetic.Precise).ShouldBe("12345678901234567890.12345678");
            Values.ToInvariant(-7L).ShouldBe("-7");
            Values.ToInvariant(new DateOnly(2019, 9, 16)).ShouldBe("2019-09-16");
            Values.ToInvariant(new[] { "a, b", "c\"d" }).ShouldBe("[\"a, b\",\"c\\\"d\"]");
            Values.ToInvariant(null).ShouldBeNull();
            Values.ToDisplay(new[] { "a", "b" }).ShouldBe("a; b");
            Values.Truncate("abcdef", 4).ShouldBe("abc…");
            Values.Truncate("abc", 4).ShouldBe("abc");

            using JsonDocument json = Cli.RunOn(Synthetic.Create(), "show", "facts", "--json").ShouldSucceed().Json();
            json.RootElement.GetProperty("rows")[0].GetProperty("value").GetRawText().ShouldBe("1.50");
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Column_fitting_keeps_the_key_and_stays_within_the_width()
    {
        string[] headers = ["id", "a", "b", "c", "d"];
        var rows = new List<string[]> { new[] { "key-1", new string('a', 50), new string('b', 50), "", "dd" } };

        var columns = ColumnFitter.Fit(headers, rows, 80, keyColumns: 1);

        columns[0].Index.ShouldBe(0);
        (columns.Sum(c => c.Width) + Ui.TableOverhead(columns.Count)).ShouldBeLessThanOrEqualTo(80);
        columns.ShouldNotContain(c => c.Index == 3, "empty columns are left out");
        columns.ShouldContain(c => c.Index == 4, "narrow columns after wide ones still get in");
    }

    [Fact]
    public void Plain_text_output_drops_trailing_padding()
    {
        CliApp.TrimLineEnds("a  \nb\n  \n").ShouldBe("a\nb\n\n");
        CliApp.TrimLineEnds("no padding\n").ShouldBe("no padding\n");
    }
}
