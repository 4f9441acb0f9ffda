using System.Globalization;
using System.Text;

namespace LabourDataset.Cli.Site;

/// <summary>A point of a chart: its label, value and how the value is bounded ("lower-bound", "approximate", ...).</summary>
internal sealed record ChartPoint(string Label, double Value, string Qualifier, string ValueText);

/// <summary>A ratification on a timeline: who, when, and its status.</summary>
internal sealed record TimelineItem(string Label, DateOnly Date, bool YearOnly, string Status);

/// <summary>
/// SVG charts drawn on the server: role="img" with a title and a description (the data in words), so a screen reader
/// gets the chart and the tables beside it hold every number. Coordinates are rounded invariant numbers, so the same
/// data always gives the same bytes.
/// </summary>
internal static class SvgCharts
{
    private const int Width = 720;
    private const string Bar = "#2f6fb0";
    private const string Bound = "#b35c00";
    private const string Grid = "#d0d7de";
    private const string Muted = "#57606a";

    /// <summary>A line chart of values over periods (x: a year), points marked by qualifier.</summary>
    public static string TimeSeries(string id, string title, string unit, IReadOnlyList<(double X, ChartPoint Point)> points)
    {
        const int height = 280, left = 64, right = 24, top = 16, bottom = 48;
        double minX = points.Min(p => p.X), maxX = points.Max(p => p.X);
        if (maxX - minX < 1)
        {
            minX -= 1;
            maxX += 1;
        }

        (double lo, double hi, double step) = Scale(points.Min(p => p.Point.Value), points.Max(p => p.Point.Value));
        double plotW = Width - left - right, plotH = height - top - bottom;
        double Px(double x) => left + (x - minX) / (maxX - minX) * plotW;
        double Py(double y) => top + plotH - (y - lo) / (hi - lo) * plotH;

        var sb = Open(id, title, Describe(unit, points.Select(p => p.Point)), height);
        YAxis(sb, lo, hi, step, left, Width - right, Py, unit);
        foreach (int year in YearTicks((int)Math.Floor(minX), (int)Math.Ceiling(maxX)))
        {
            if (year < minX || year > maxX)
            {
                continue;
            }

            double x = Px(year);
            sb.Append($"<line x1=\"{Html.Num(x)}\" y1=\"{Html.Num(top + plotH)}\" x2=\"{Html.Num(x)}\" y2=\"{Html.Num(top + plotH + 5)}\" stroke=\"{Muted}\"/>")
                .Append($"<text x=\"{Html.Num(x)}\" y=\"{Html.Num(top + plotH + 20)}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{Muted}\">{Html.Int(year)}</text>\n");
        }

        var path = new StringBuilder();
        foreach ((double x, ChartPoint p) in points)
        {
            path.Append(path.Length == 0 ? "M" : " L").Append(Html.Num(Px(x))).Append(',').Append(Html.Num(Py(p.Value)));
        }

        sb.Append($"<path d=\"{path}\" fill=\"none\" stroke=\"{Bar}\" stroke-width=\"2\"/>\n");
        foreach ((double x, ChartPoint p) in points)
        {
            sb.Append("<g><title>").Append(Html.Text(p.Label + ": " + p.ValueText)).Append("</title>").Append(Marker(Px(x), Py(p.Value), p.Qualifier)).Append("</g>\n");
        }

        Legend(sb, points.Select(p => p.Point), left, height - 10);
        return sb.Append("</svg>\n").ToString();
    }

    /// <summary>Horizontal bars, one per area, in the order given, each labelled with its value.</summary>
    public static string Bars(string id, string title, string unit, IReadOnlyList<ChartPoint> bars)
    {
        const int left = 190, right = 120, top = 28, row = 22;
        int height = top + bars.Count * row + 40;
        (double lo, double hi, double step) = Scale(Math.Min(0, bars.Min(b => b.Value)), bars.Max(b => b.Value));
        double plotW = Width - left - right;
        double Px(double v) => left + (v - lo) / (hi - lo) * plotW;

        var sb = Open(id, title, Describe(unit, bars), height);
        for (double t = lo; t <= hi + step / 2; t += step)
        {
            double x = Px(t);
            sb.Append($"<line x1=\"{Html.Num(x)}\" y1=\"{Html.Int(top - 4)}\" x2=\"{Html.Num(x)}\" y2=\"{Html.Int(top + bars.Count * row)}\" stroke=\"{Grid}\"/>")
                .Append($"<text x=\"{Html.Num(x)}\" y=\"{Html.Int(top - 8)}\" text-anchor=\"middle\" font-size=\"11\" fill=\"{Muted}\">{Html.Text(Tick(t))}</text>\n");
        }

        for (int i = 0; i < bars.Count; i++)
        {
            ChartPoint b = bars[i];
            double y = top + i * row;
            double x0 = Px(Math.Min(0, b.Value)), x1 = Px(Math.Max(0, b.Value));
            string fill = b.Qualifier is "lower-bound" or "upper-bound" or "range" ? Bound : Bar;
            sb.Append($"<g><title>{Html.Text(b.Label + ": " + b.ValueText)}</title>")
                .Append($"<text x=\"{Html.Int(left - 6)}\" y=\"{Html.Num(y + 15)}\" text-anchor=\"end\" font-size=\"12\">{Html.Text(Clip(b.Label, 28))}</text>")
                .Append($"<rect x=\"{Html.Num(x0)}\" y=\"{Html.Num(y + 3)}\" width=\"{Html.Num(Math.Max(x1 - x0, 1))}\" height=\"{Html.Int(row - 6)}\" fill=\"{fill}\"")
                .Append(b.Qualifier == "approximate" ? " fill-opacity=\"0.55\"" : string.Empty).Append("/>")
                .Append($"<text x=\"{Html.Num(x1 + 4)}\" y=\"{Html.Num(y + 15)}\" font-size=\"12\">{Html.Text(b.ValueText)}</text></g>\n");
        }

        sb.Append($"<text x=\"{Html.Int(left)}\" y=\"{Html.Int(height - 22)}\" font-size=\"12\" fill=\"{Muted}\">{Html.Text(unit)}</text>\n");
        Legend(sb, bars, left, height - 6);
        return sb.Append("</svg>\n").ToString();
    }

    /// <summary>A timeline: one row per ratification, a dot at its date (a hollow dot when only the year is known).</summary>
    public static string Timeline(string id, string title, IReadOnlyList<TimelineItem> items)
    {
        const int left = 190, right = 110, top = 16, row = 20;
        int height = top + items.Count * row + 36;
        int first = items.Min(i => i.Date.Year), last = items.Max(i => i.Date.Year) + 1;
        first -= first % 10 == 0 ? 0 : first % 10;
        last += last % 10 == 0 ? 0 : 10 - last % 10;
        double plotW = Width - left - right;
        double Px(DateOnly d) => left + (d.DayNumber - new DateOnly(first, 1, 1).DayNumber) / (double)(new DateOnly(last, 1, 1).DayNumber - new DateOnly(first, 1, 1).DayNumber) * plotW;

        string desc = string.Join("; ", items.Select(i => i.Label + " " + DateText(i) + " (" + i.Status + ")"));
        var sb = Open(id, title, desc, height);
        int step = last - first > 60 ? 20 : 10;
        for (int year = first; year <= last; year += step)
        {
            double x = Px(new DateOnly(year, 1, 1));
            sb.Append($"<line x1=\"{Html.Num(x)}\" y1=\"{Html.Int(top)}\" x2=\"{Html.Num(x)}\" y2=\"{Html.Int(top + items.Count * row)}\" stroke=\"{Grid}\"/>")
                .Append($"<text x=\"{Html.Num(x)}\" y=\"{Html.Int(top + items.Count * row + 16)}\" text-anchor=\"middle\" font-size=\"12\" fill=\"{Muted}\">{Html.Int(year)}</text>\n");
        }

        for (int i = 0; i < items.Count; i++)
        {
            TimelineItem item = items[i];
            double y = top + i * row + row / 2.0;
            double x = Px(item.Date);
            string color = item.Status is "not-ratified" or "denounced" ? Bound : Bar;
            sb.Append($"<g><title>{Html.Text(item.Label + ": " + DateText(item) + " (" + item.Status + ")")}</title>")
                .Append($"<text x=\"{Html.Int(left - 6)}\" y=\"{Html.Num(y + 4)}\" text-anchor=\"end\" font-size=\"12\">{Html.Text(Clip(item.Label, 28))}</text>")
                .Append($"<line x1=\"{Html.Int(left)}\" y1=\"{Html.Num(y)}\" x2=\"{Html.Num(x)}\" y2=\"{Html.Num(y)}\" stroke=\"{Grid}\"/>")
                .Append($"<circle cx=\"{Html.Num(x)}\" cy=\"{Html.Num(y)}\" r=\"5\" ")
                .Append(item.YearOnly ? $"fill=\"#fff\" stroke=\"{color}\" stroke-width=\"2\"/>" : $"fill=\"{color}\"/>")
                .Append($"<text x=\"{Html.Num(x + 9)}\" y=\"{Html.Num(y + 4)}\" font-size=\"11\" fill=\"{Muted}\">{Html.Text(DateText(item))}</text></g>\n");
        }

        sb.Append($"<text x=\"{Html.Int(left)}\" y=\"{Html.Int(height - 4)}\" font-size=\"11\" fill=\"{Muted}\">Filled dot: exact date; hollow dot: year only (drawn at 1 July).</text>\n");
        return sb.Append("</svg>\n").ToString();
    }

    private static StringBuilder Open(string id, string title, string description, int height)
    {
        var sb = new StringBuilder();
        sb.Append($"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {Html.Int(Width)} {Html.Int(height)}\" width=\"{Html.Int(Width)}\" height=\"{Html.Int(height)}\">\n")
            .Append($"<title id=\"{id}-title\">{Html.Text(title)}</title>\n")
            .Append($"<desc id=\"{id}-desc\">{Html.Text(description)}</desc>\n");
        return sb;
    }

    private static string Describe(string unit, IEnumerable<ChartPoint> points) =>
        "Values in " + unit + ": " + string.Join("; ", points.Select(p => p.Label + " " + p.ValueText)) + ".";

    private static void YAxis(StringBuilder sb, double lo, double hi, double step, int left, int right, Func<double, double> py, string unit)
    {
        for (double t = lo; t <= hi + step / 2; t += step)
        {
            double y = py(t);
            sb.Append($"<line x1=\"{Html.Int(left)}\" y1=\"{Html.Num(y)}\" x2=\"{Html.Int(right)}\" y2=\"{Html.Num(y)}\" stroke=\"{Grid}\"/>")
                .Append($"<text x=\"{Html.Int(left - 6)}\" y=\"{Html.Num(y + 4)}\" text-anchor=\"end\" font-size=\"11\" fill=\"{Muted}\">{Html.Text(Tick(t))}</text>\n");
        }

        sb.Append($"<text x=\"{Html.Int(left)}\" y=\"12\" font-size=\"12\" fill=\"{Muted}\">{Html.Text(unit)}</text>\n");
    }

    /// <summary>A marker: filled circle (exact), hollow circle (approximate), triangle up/down (lower/upper bound). </summary>
    private static string Marker(double x, double y, string qualifier) => qualifier switch
    {
        "lower-bound" or "range" => $"<path d=\"M{Html.Num(x)},{Html.Num(y - 6)} L{Html.Num(x + 6)},{Html.Num(y + 4)} L{Html.Num(x - 6)},{Html.Num(y + 4)} Z\" fill=\"{Bound}\"/>",
        "upper-bound" => $"<path d=\"M{Html.Num(x)},{Html.Num(y + 6)} L{Html.Num(x + 6)},{Html.Num(y - 4)} L{Html.Num(x - 6)},{Html.Num(y - 4)} Z\" fill=\"{Bound}\"/>",
        "approximate" => $"<circle cx=\"{Html.Num(x)}\" cy=\"{Html.Num(y)}\" r=\"4.5\" fill=\"#fff\" stroke=\"{Bar}\" stroke-width=\"2\"/>",
        _ => $"<circle cx=\"{Html.Num(x)}\" cy=\"{Html.Num(y)}\" r=\"4\" fill=\"{Bar}\"/>",
    };

    private static void Legend(StringBuilder sb, IEnumerable<ChartPoint> points, int x, int y)
    {
        var kinds = points.Select(p => p.Qualifier).Where(q => q is not "exact").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (kinds.Count == 0)
        {
            return;
        }

        string text = string.Join("; ", kinds.Select(k => k switch
        {
            "lower-bound" => "orange: lower bound (more than the value)",
            "upper-bound" => "orange: upper bound (less than the value)",
            "range" => "orange: lower end of a range",
            "approximate" => "pale or hollow: approximate",
            _ => k,
        }));
        sb.Append($"<text x=\"{Html.Int(x)}\" y=\"{Html.Int(y)}\" font-size=\"11\" fill=\"{Muted}\">{Html.Text(text)}</text>\n");
    }

    /// <summary>A scale from 0 (or below, for negative values) to a round maximum with about five steps.</summary>
    private static (double Lo, double Hi, double Step) Scale(double min, double max)
    {
        double lo = Math.Min(0, min);
        double span = Math.Max(max - lo, 1e-9);
        double raw = span / 5;
        double magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        double step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        lo = Math.Floor(lo / step) * step;
        double hi = Math.Ceiling(max / step) * step;
        if (hi <= lo)
        {
            hi = lo + step;
        }

        return (lo, hi, step);
    }

    private static IEnumerable<int> YearTicks(int first, int last)
    {
        int span = last - first;
        int step = span <= 12 ? 1 : span <= 30 ? 5 : span <= 60 ? 10 : 20;
        int start = first % step == 0 ? first : first + (step - ((first % step) + step) % step);
        for (int year = start; year <= last; year += step)
        {
            yield return year;
        }
    }

    private static string Tick(double value)
    {
        double abs = Math.Abs(value);
        return abs >= 1_000_000_000 ? Html.Num(value / 1_000_000_000) + "G"
            : abs >= 1_000_000 ? Html.Num(value / 1_000_000) + "M"
            : abs >= 10_000 ? Html.Num(value / 1_000) + "k"
            : Html.Num(value);
    }

    private static string Clip(string text, int width) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1), "…");

    private static string DateText(TimelineItem item) =>
        item.YearOnly ? item.Date.Year.ToString(CultureInfo.InvariantCulture) : item.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
