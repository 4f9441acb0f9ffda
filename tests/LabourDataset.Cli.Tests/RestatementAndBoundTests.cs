using System.Text.Json;
using System.Text.RegularExpressions;
using LabourDataset.Cli.Rendering;

namespace LabourDataset.Cli.Tests;

/// <summary>
/// A restated estimate shown next to its original (series, get), and bounds that the bar chart marks instead of
/// drawing them as exact values; on rows known from data/observations.json.
/// </summary>
public sealed class RestatementAndBoundTests
{
    // The thesis (seed 004) prints 11 million for Asia and the Pacific; the ILO 2012 estimate it repeats is 11.7 million.
    private const string Restating = "s004-asia-pacific-forced-labour";
    private const string Original = "ref-ilo2012-forced-labour-asia-pacific";

    [Fact]
    public void Series_notes_the_original_value_and_source_beside_a_restated_estimate()
    {
        string originalTitle = Observations.Get(Original).Source.Title;
        CliResult result = Cli.Run("series", "forced-labour-persons", "--period", "2012").ShouldSucceed();

        // Both rows stand in the one table of 2012; the restating row's note is the restatement.
        string originalRow = result.Lines.Single(l => l.StartsWith("│ Asia and the Pacific │  11.7 │", StringComparison.Ordinal));
        string restatingRow = result.Lines.Single(l => l.StartsWith("│ Asia and the Pacific │    11 │", StringComparison.Ordinal));
        originalRow.ShouldNotContain("restates");
        string mark = restatingRow.Split('│', StringSplitOptions.TrimEntries)[^2];
        mark.ShouldMatch(@"^\[\d+\]$");
        result.Flat.ShouldContain($"{mark} restates {Original} (11.7, {Flatten(originalTitle)});");

        using JsonDocument json = Cli.Run("series", "forced-labour-persons", "--period", "2012", "--json").ShouldSucceed().Json();
        var section = json.RootElement.GetProperty("section").EnumerateArray().ToList();
        JsonElement restating = section.Single(o => o.GetProperty("id").GetString() == Restating);
        restating.GetProperty("restatesId").GetString().ShouldBe(Original);
        restating.GetProperty("restatesSourceId").GetString().ShouldBe("ref-cited-ilo-2012-estimate");
        JsonElement restates = restating.GetProperty("restates");
        restates.GetProperty("id").GetString().ShouldBe(Original);
        restates.GetProperty("value").GetDecimal().ShouldBe(11.7m);
        restates.GetProperty("period").GetString().ShouldBe("2012");
        restates.GetProperty("sourceTitle").GetString().ShouldBe(originalTitle);
        section.Single(o => o.GetProperty("id").GetString() == Original).GetProperty("restates").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Get_stays_generic_and_follows_the_restatement_key_like_any_foreign_key()
    {
        // get is schema-driven for any package: the restated estimate is a foreign key it follows, not a special case.
        CliResult text = Cli.Run("get", "observations", Restating).ShouldSucceed();
        text.Out.ShouldContain("restatesId");
        text.Flat.ShouldContain(Original + " ->");
        text.Out.ShouldNotContain("This estimate restates");

        using JsonDocument json = Cli.Run("get", "observations", Restating, "--json").ShouldSucceed().Json();
        json.RootElement.TryGetProperty("restates", out _).ShouldBeFalse();
        json.RootElement.GetRawText().ShouldContain(Original);
    }

    [Fact]
    public void Series_chart_prints_bounds_with_their_sign_and_marks_their_bars()
    {
        // Uzbek cotton pickers working voluntarily: "more than 94%" (2019), "more than 96%" (2020), 99% (2021).
        CliResult result = Cli.Run("series", "cotton-pickers-voluntary-percent").ShouldSucceed();
        string[] chart = result.Lines.SkipWhile(l => !l.StartsWith("Share of cotton pickers working voluntarily (percent)", StringComparison.Ordinal)).ToArray();

        chart.Length.ShouldBeGreaterThan(4, result.Out);
        chart[1].ShouldStartWith("2019 █");
        chart[1].ShouldEndWith(ObservationChart.MoreThanMark + " > 94");
        chart[2].ShouldStartWith("2020 █");
        chart[2].ShouldEndWith(ObservationChart.MoreThanMark + " > 96");
        chart[3].ShouldStartWith("2021 █");
        chart[3].ShouldEndWith("█ 99", Case.Sensitive, "an exact value gets no mark");
        chart[4].ShouldBe(ObservationChart.BoundLegend);
    }

    [Fact]
    public void Series_chart_prints_approximations_with_a_tilde_and_no_legend_without_bounds()
    {
        // 2021 holds 27.6 million (exact, the report) and "sekitar 27,6 juta" (about, the thesis).
        CliResult result = Cli.Run("series", "forced-labour-persons", "--period", "2021").ShouldSucceed();
        string[] chart = result.Lines.SkipWhile(l => !l.StartsWith("People in forced labour, 2021 (persons x1000000)", StringComparison.Ordinal)).ToArray();

        chart.ShouldContain(l => Regex.IsMatch(l, "^ *World █+[▏▎▍▌▋▊▉]? 27\\.6$"));
        chart.ShouldContain(l => Regex.IsMatch(l, "^ *World █+[▏▎▍▌▋▊▉]? ~ 27\\.6$"));
        result.Out.ShouldNotContain(ObservationChart.BoundLegend);
        result.Out.ShouldNotContain(ObservationChart.MoreThanMark.ToString());
    }

    [Fact]
    public void Bars_are_drawn_in_eighths_of_a_cell_and_a_positive_value_never_vanishes()
    {
        ObservationChart.Bar(5m, 5m, 10).ShouldBe(new string('█', 10));
        ObservationChart.Bar(1m, 2m, 10).ShouldBe("█████");
        ObservationChart.Bar(3m, 16m, 2).ShouldBe("▍");
        ObservationChart.Bar(1m, 1000m, 10).ShouldBe("▏");
        ObservationChart.Bar(0m, 5m, 10).ShouldBe(string.Empty);
    }

    private static string Flatten(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
