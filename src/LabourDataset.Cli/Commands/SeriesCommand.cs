using System.CommandLine;
using System.Globalization;
using LabourDataset.Cli.Json;
using LabourDataset.Cli.Queries;
using LabourDataset.Cli.Rendering;
using Spectre.Console;

namespace LabourDataset.Cli.Commands;

/// <summary>
/// series &lt;indicator&gt; [--area X] [--period P] [--sort value|area|period]: the observations of an indicator as a
/// table and a bar chart. Across areas it shows one period's cross-section (the latest unless --period is given) plus a
/// table of all periods; for a single area it charts the periods.
/// </summary>
internal static class SeriesCommand
{
    public static Command Create(CliContext context)
    {
        var indicator = new Argument<string>("indicator") { Description = "Indicator code (see 'labour show indicators')" };
        var area = new Option<string?>("--area", "-a") { Description = "Only this area and the areas inside it" };
        var period = new Option<string?>("--period", "-p") { Description = "Only this period (as printed: 2019, 2012-2017, ...)" };
        var sort = new Option<string?>("--sort", "-s") { Description = "Row order: value (largest first), area or period" };
        sort.AcceptOnlyFromAmong(ObservationOrder.ByValue, ObservationOrder.ByArea, ObservationOrder.ByPeriod);
        var command = new Command("series", "Observations of an indicator as a table and a bar chart") { indicator, area, period, sort };
        command.SetAction(parse => Run(context, parse.GetValue(indicator)!, parse.GetValue(area), parse.GetValue(period), parse.GetValue(sort)));
        return command;
    }

    public static int Run(CliContext context, string indicatorCode, string? areaCode, string? period, string? sort)
    {
        Indicator indicator = ResearchLookup.ResolveIndicator(indicatorCode);
        Area? area = areaCode is null ? null : ResearchLookup.ResolveArea(areaCode, "area");
        IReadOnlyList<Observation> observations = indicator.Observations;
        if (area is not null)
        {
            var inside = new HashSet<string>(ResearchLookup.WithDescendants(area).Select(a => a.Code), StringComparer.Ordinal);
            observations = observations.Where(o => inside.Contains(o.AreaCode)).ToList();
        }

        List<string> periods = ObservationOrder.Periods(observations);

        string? selected = null;
        if (period is not null)
        {
            selected = periods.FirstOrDefault(p => string.Equals(p, period, StringComparison.Ordinal))
                ?? Lookup.Single(periods, p => string.Equals(p, period, StringComparison.OrdinalIgnoreCase))
                ?? throw new CliException(Suggestions.Unknown(
                    "period",
                    period,
                    periods.Count > 0 ? periods : indicator.Observations.Select(o => o.Period),
                    $" for indicator '{indicator.Code}'" + (area is null ? string.Empty : $" in area '{area.Code}'")));
        }

        // One area and one breakdown over several periods: chart the periods. Otherwise chart one period across areas.
        bool timeSeries = period is null
            && periods.Count > 1
            && observations.Select(o => o.AreaCode).Distinct(StringComparer.Ordinal).Count() == 1
            && observations.Select(o => o.Breakdown ?? string.Empty).Distinct(StringComparer.Ordinal).Count() == 1;
        selected ??= periods.Count > 0 ? periods[^1] : null;
        List<Observation> section = timeSeries
            ? ObservationOrder.Sort(observations, sort ?? ObservationOrder.ByPeriod)
            : ObservationOrder.Sort(observations.Where(o => o.Period == selected), sort ?? ObservationOrder.ByValue);
        bool showAll = period is null && periods.Count > 1 && !timeSeries;
        List<Observation> all = ObservationOrder.Sort(observations, sort ?? ObservationOrder.ByPeriod);

        if (context.Json)
        {
            JsonOutput.Write(context.Output, w =>
            {
                w.WriteStartObject();
                w.WriteStartObject("indicator");
                w.WriteString("code", indicator.Code);
                w.WriteString("name", indicator.Name);
                w.WriteStringOrNull("nameOriginal", indicator.NameOriginal);
                w.WriteString("unit", indicator.Unit);
                w.WriteString("topic", indicator.Topic.ToValue());
                w.WriteEndObject();
                w.WriteStringOrNull("area", area?.Code);
                w.WriteStringArray("periods", periods);
                w.WriteString("mode", timeSeries ? "time-series" : "cross-section");
                w.WriteStringOrNull("period", timeSeries ? null : selected);
                w.WriteString("sort", sort ?? (timeSeries ? ObservationOrder.ByPeriod : ObservationOrder.ByValue));
                w.WriteStartArray("section");
                foreach (Observation o in section)
                {
                    ResearchJson.WriteObservation(w, o);
                }

                w.WriteEndArray();
                w.WriteStartArray("observations");
                foreach (Observation o in all)
                {
                    ResearchJson.WriteObservation(w, o);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return 0;
        }

        IAnsiConsole console = context.Console;
        console.Heading($"{indicator.Code}: {indicator.Name} ({indicator.Unit})");
        var facts = new List<(string, string)>();
        if (indicator.NameOriginal is not null)
        {
            facts.Add(("Original name", indicator.NameOriginal));
        }

        if (area is not null)
        {
            facts.Add(("Area", ResearchText.AreaLabel(area) + (area.Children.Count > 0 ? " and the areas inside it" : string.Empty)));
        }

        facts.Add(("Periods", periods.Count == 0 ? "-" : string.Join(", ", periods)));
        console.Write(Ui.KeyValueGrid(facts));
        if (observations.Count == 0)
        {
            console.Line("No observations.");
            return 0;
        }

        console.WriteLine();
        if (timeSeries)
        {
            console.Heading($"{observations[0].Area.Name}: {periods.Count.ToString(CultureInfo.InvariantCulture)} periods");
            ObservationTable.Write(console, section, showArea: false, showPeriod: true);
            ObservationChart.Write(console, context.Width, section, o => o.Period + Suffix(o.Breakdown), indicator.Name);
            return 0;
        }

        string which = period is not null || periods.Count == 1
            ? $"Period {selected}"
            : $"Period {selected} (latest of {periods.Count.ToString(CultureInfo.InvariantCulture)}; use --period to pick another)";
        console.Heading(which);
        ObservationTable.Write(console, section, showArea: true, showPeriod: false);
        ObservationChart.Write(console, context.Width, section, o => o.Area.Name + Suffix(o.Breakdown), $"{indicator.Name}, {selected}");

        if (showAll)
        {
            console.WriteLine();
            console.Heading($"All periods ({all.Count.ToString(CultureInfo.InvariantCulture)} observations)");
            ObservationTable.Write(console, all, showArea: true, showPeriod: true);
        }

        return 0;
    }

    private static string Suffix(string? breakdown) => breakdown is null ? string.Empty : " [" + breakdown + "]";
}
