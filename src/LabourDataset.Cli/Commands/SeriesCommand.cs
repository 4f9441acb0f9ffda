using System.CommandLine;
using System.Globalization;
using LabourDataset.Cli.Data;
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
    public const string SortValue = "value";
    public const string SortArea = "area";
    public const string SortPeriod = "period";
    private const int ChartLabelWidth = 30;

    public static Command Create(CliContext context)
    {
        var indicator = new Argument<string>("indicator") { Description = "Indicator code (see 'labour show indicators')" };
        var area = new Option<string?>("--area", "-a") { Description = "Only this area and the areas inside it" };
        var period = new Option<string?>("--period", "-p") { Description = "Only this period (as printed: 2019, 2012-2017, ...)" };
        var sort = new Option<string?>("--sort", "-s") { Description = "Row order: value (largest first), area or period" };
        sort.AcceptOnlyFromAmong(SortValue, SortArea, SortPeriod);
        var command = new Command("series", "Observations of an indicator as a table and a bar chart") { indicator, area, period, sort };
        command.SetAction(parse => Run(context, parse.GetValue(indicator)!, parse.GetValue(area), parse.GetValue(period), parse.GetValue(sort)));
        return command;
    }

    public static int Run(CliContext context, string indicatorCode, string? areaCode, string? period, string? sort)
    {
        Indicator indicator = Research.ResolveIndicator(indicatorCode);
        Area? area = areaCode is null ? null : Research.ResolveArea(areaCode, "area");
        IReadOnlyList<Observation> observations = indicator.Observations;
        if (area is not null)
        {
            var inside = new HashSet<string>(Research.WithDescendants(area).Select(a => a.Code), StringComparer.Ordinal);
            observations = observations.Where(o => inside.Contains(o.AreaCode)).ToList();
        }

        List<string> periods = observations
            .GroupBy(o => o.Period, StringComparer.Ordinal)
            .OrderBy(g => g.Max(o => o.PeriodEnd))
            .ThenBy(g => g.Min(o => o.PeriodStart))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();

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
            ? Sort(observations, sort ?? SortPeriod)
            : Sort(observations.Where(o => o.Period == selected), sort ?? SortValue);
        bool showAll = period is null && periods.Count > 1 && !timeSeries;
        List<Observation> all = Sort(observations, sort ?? SortPeriod);

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
                w.WriteString("topic", indicator.Topic);
                w.WriteEndObject();
                w.WriteStringOrNull("area", area?.Code);
                w.WriteStringArray("periods", periods);
                w.WriteString("mode", timeSeries ? "time-series" : "cross-section");
                w.WriteStringOrNull("period", timeSeries ? null : selected);
                w.WriteString("sort", sort ?? (timeSeries ? SortPeriod : SortValue));
                w.WriteStartArray("section");
                foreach (Observation o in section)
                {
                    Research.WriteObservation(w, o);
                }

                w.WriteEndArray();
                w.WriteStartArray("observations");
                foreach (Observation o in all)
                {
                    Research.WriteObservation(w, o);
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
            facts.Add(("Area", Research.AreaLabel(area) + (area.Children.Count > 0 ? " and the areas inside it" : string.Empty)));
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
            WriteObservations(console, section, showArea: false, showPeriod: true);
            WriteChart(console, context.Width, section, o => o.Period + Suffix(o.Breakdown), indicator.Name);
            return 0;
        }

        string which = period is not null || periods.Count == 1
            ? $"Period {selected}"
            : $"Period {selected} (latest of {periods.Count.ToString(CultureInfo.InvariantCulture)}; use --period to pick another)";
        console.Heading(which);
        WriteObservations(console, section, showArea: true, showPeriod: false);
        WriteChart(console, context.Width, section, o => o.Area.Name + Suffix(o.Breakdown), $"{indicator.Name}, {selected}");

        if (showAll)
        {
            console.WriteLine();
            console.Heading($"All periods ({all.Count.ToString(CultureInfo.InvariantCulture)} observations)");
            WriteObservations(console, all, showArea: true, showPeriod: true);
        }

        return 0;
    }

    /// <summary>
    /// Writes a table of observations: [period] [area] [breakdown] value unit [note], where the note is the status (when
    /// not as stated) and a footnote number; the footnotes (missing reason, caveat) follow the table, each text once.
    /// </summary>
    public static void WriteObservations(IAnsiConsole console, IReadOnlyList<Observation> rows, bool showArea, bool showPeriod)
    {
        bool breakdown = rows.Any(o => o.Breakdown is not null);
        bool notes = rows.Any(o => Research.Flag(o) is not null || Research.Note(o).Length > 0);
        var headers = new List<string>();
        if (showPeriod)
        {
            headers.Add("Period");
        }

        if (showArea)
        {
            headers.Add("Area");
        }

        if (breakdown)
        {
            headers.Add("Breakdown");
        }

        headers.Add("Value");
        headers.Add("Unit");
        if (notes)
        {
            headers.Add("Note");
        }

        Table table = Ui.NewTable([.. headers]);
        table.Columns[headers.IndexOf("Value")].RightAligned();
        var footnotes = new Footnotes();
        foreach (Observation o in rows)
        {
            var cells = new List<string>();
            if (showPeriod)
            {
                cells.Add(o.Period);
            }

            if (showArea)
            {
                cells.Add(o.Area.Name);
            }

            if (breakdown)
            {
                cells.Add(o.Breakdown ?? string.Empty);
            }

            cells.Add(Research.Value(o));
            cells.Add(Research.Unit(o));
            if (notes)
            {
                cells.Add(footnotes.Cell(Research.Flag(o), Research.Note(o)));
            }

            table.AddTextRow([.. cells]);
        }

        console.Write(table);
        footnotes.Write(console);
    }

    private static void WriteChart(IAnsiConsole console, int width, IReadOnlyList<Observation> rows, Func<Observation, string> label, string title)
    {
        // Only values in one unit (and multiplier) share a scale: chart the most common one.
        var chartable = rows
            .Where(o => o.Value is not null && o.Value >= 0)
            .GroupBy(o => Research.Unit(o), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        if (chartable is null)
        {
            return;
        }

        var chart = new BarChart()
            .Width(width)
            .Label(Markup.Escape($"{title} ({chartable.Key})"))
            .LeftAlignLabel()
            .UseValueFormatter((value, _) => value.ToString("G15", CultureInfo.InvariantCulture));
        chart.Culture = CultureInfo.InvariantCulture;
        foreach (Observation o in chartable)
        {
            chart.AddItem(Markup.Escape(Values.Truncate(label(o), ChartLabelWidth)), (double)o.Value!.Value, Color.SteelBlue);
        }

        console.WriteLine();
        console.Write(chart);
        int left = rows.Count - chartable.Count();
        if (left > 0)
        {
            console.Line($"Not charted: {left.ToString(CultureInfo.InvariantCulture)} rows without a value or in another unit (see the table).");
        }
    }

    private static List<Observation> Sort(IEnumerable<Observation> rows, string sort) => sort switch
    {
        SortValue => rows
            .OrderBy(o => o.Value is null ? 1 : 0)
            .ThenByDescending(o => o.Value)
            .ThenBy(o => o.Area.Name, StringComparer.Ordinal)
            .ThenBy(o => o.Breakdown ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(o => o.Id, StringComparer.Ordinal)
            .ToList(),
        SortArea => rows
            .OrderBy(o => o.Area.Name, StringComparer.Ordinal)
            .ThenBy(o => o.PeriodEnd)
            .ThenBy(o => o.PeriodStart)
            .ThenBy(o => o.Period, StringComparer.Ordinal)
            .ThenBy(o => o.Breakdown ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(o => o.Id, StringComparer.Ordinal)
            .ToList(),
        _ => rows
            .OrderBy(o => o.PeriodEnd)
            .ThenBy(o => o.PeriodStart)
            .ThenBy(o => o.Period, StringComparer.Ordinal)
            .ThenBy(o => o.Area.Name, StringComparer.Ordinal)
            .ThenBy(o => o.Breakdown ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(o => o.Id, StringComparer.Ordinal)
            .ToList(),
    };

    private static string Suffix(string? breakdown) => breakdown is null ? string.Empty : " [" + breakdown + "]";
}
