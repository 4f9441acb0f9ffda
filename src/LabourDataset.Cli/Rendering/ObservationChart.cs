using System.Globalization;
using LabourDataset.Cli.Data;
using Spectre.Console;

namespace LabourDataset.Cli.Rendering;

/// <summary>A bar chart of observations that share one unit, as the series view draws it under its table.</summary>
internal static class ObservationChart
{
    private const int LabelWidth = 30;

    public static void Write(IAnsiConsole console, int width, IReadOnlyList<Observation> rows, Func<Observation, string> label, string title)
    {
        // Only values in one unit (and multiplier) share a scale: chart the most common one.
        var chartable = rows
            .Where(o => o.Value is not null && o.Value >= 0)
            .GroupBy(o => ResearchText.Unit(o), StringComparer.Ordinal)
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
            chart.AddItem(Markup.Escape(Values.Truncate(label(o), LabelWidth)), (double)o.Value!.Value, Color.SteelBlue);
        }

        console.WriteLine();
        console.Write(chart);
        int left = rows.Count - chartable.Count();
        if (left > 0)
        {
            console.Line($"Not charted: {left.ToString(CultureInfo.InvariantCulture)} rows without a value or in another unit (see the table).");
        }
    }
}
