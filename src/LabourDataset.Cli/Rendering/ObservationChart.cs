using System.Globalization;
using System.Text;
using LabourDataset.Cli.Data;
using Spectre.Console;

namespace LabourDataset.Cli.Rendering;

/// <summary>
/// A bar chart of observations that share one unit, as the series view draws it under its table. Each bar ends in
/// the value as the table prints it ("> 180", "~ 27.6"), and a bound gets a mark at the end of its bar, because a
/// bar is drawn at the stated figure and would otherwise read as exact.
/// </summary>
/// <remarks>
/// Drawn here rather than with Spectre's BarChart, whose value formatter sees only the number, never the row, so it
/// cannot print a qualifier or mark a bound.
/// </remarks>
internal static class ObservationChart
{
    /// <summary>At the end of a lower bound's bar (and a range's, drawn to its lower end): the value is more.</summary>
    public const char MoreThanMark = '▸';

    /// <summary>At the end of an upper bound's bar: the value is less.</summary>
    public const char LessThanMark = '◂';

    public const string BoundLegend = "▸ lower bound: the value is more than the bar shows; ◂ upper bound: less.";

    private const int LabelWidth = 30;
    private const int MinBarWidth = 10;

    // Eighths of a cell, so bars of close values still differ in length.
    private static readonly char[] Eighths = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

    public static void Write(IAnsiConsole console, int width, IReadOnlyList<Observation> rows, Func<Observation, string> label, string title)
    {
        // Only values in one unit (and scale) share an axis: chart the most common one.
        var chartable = rows
            .Where(o => o.Value is not null && o.Value >= 0)
            .GroupBy(o => ResearchText.Unit(o), StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        if (chartable is null)
        {
            return;
        }

        var bars = chartable
            .Select(o => (Label: Values.Truncate(Values.OneLine(label(o)), LabelWidth), Value: o.Value!.Value, Text: ResearchText.Value(o), Mark: BoundMark(o)))
            .ToList();
        int labelWidth = bars.Max(b => b.Label.Length);
        int valueWidth = bars.Max(b => b.Text.Length);
        bool anyBound = bars.Any(b => b.Mark is not null);

        // label, space, bar, [mark], space, value
        int barWidth = Math.Max(MinBarWidth, width - labelWidth - 1 - (anyBound ? 1 : 0) - 1 - valueWidth);
        decimal max = bars.Max(b => b.Value);
        var barStyle = new Style(Color.SteelBlue);

        console.WriteLine();
        console.Line(Values.Truncate($"{title} ({chartable.Key})", width));
        foreach (var bar in bars)
        {
            console.Write(new Text(bar.Label.PadLeft(labelWidth) + " "));
            console.Write(new Text(Bar(bar.Value, max, barWidth), barStyle));
            console.Write(new Text((bar.Mark?.ToString() ?? string.Empty) + " " + bar.Text));
            console.WriteLine();
        }

        if (anyBound)
        {
            console.Line(BoundLegend);
        }

        int left = rows.Count - chartable.Count();
        if (left > 0)
        {
            console.Line($"Not charted: {left.ToString(CultureInfo.InvariantCulture)} rows without a value or in another unit (see the table).");
        }
    }

    /// <summary>The mark for a value the document only bounds; null for exact and approximate values.</summary>
    public static char? BoundMark(Observation o) => o.Qualifier switch
    {
        ObservationQualifier.LowerBound or ObservationQualifier.Range => MoreThanMark,
        ObservationQualifier.UpperBound => LessThanMark,
        _ => null,
    };

    /// <summary>A bar of <paramref name="value"/>/<paramref name="max"/> of <paramref name="width"/> cells, in eighths; a positive value never vanishes.</summary>
    internal static string Bar(decimal value, decimal max, int width)
    {
        if (max <= 0 || value <= 0)
        {
            return string.Empty;
        }

        int eighths = (int)Math.Round(value / max * width * 8, MidpointRounding.AwayFromZero);
        eighths = Math.Max(eighths, 1);
        var bar = new StringBuilder(new string('█', eighths / 8));
        if (eighths % 8 > 0)
        {
            bar.Append(Eighths[eighths % 8]);
        }

        return bar.ToString();
    }
}
