using System.Globalization;
using LabourDataset.Cli.Data;

namespace LabourDataset.Cli.Rendering;

/// <summary>How the research views (country, instrument, series) print observations and ratifications as text.</summary>
internal static class ResearchText
{
    /// <summary>The value with its qualifier: "> 180" for a lower bound, "< 5" for an upper one, "~ 40" for an approximation.</summary>
    public static string Value(Observation o)
    {
        string? value = o.Value?.ToString(CultureInfo.InvariantCulture);
        if (value is null) return o.ValueAsPrinted ?? "-";
        return o.Qualifier switch
        {
            ObservationQualifier.LowerBound => "> " + value,
            ObservationQualifier.UpperBound => "< " + value,
            ObservationQualifier.Approximate => "~ " + value,
            // The value is the lower end; the printed form gives both ends.
            ObservationQualifier.Range => value + " (range: " + o.ValueAsPrinted + ")",
            _ => value,
        };
    }

    /// <summary>The unit with the printed scale word applied as a factor ("persons x1000000" for "juta").</summary>
    public static string Unit(Observation o) =>
        o.Scale is null ? o.Unit : o.Unit + " x" + o.Scale.Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The status when it is not "as-stated" (approximate, doubtful, conflicting, ...), else null.</summary>
    public static string? Flag(Observation o) => o.Status == ObservationStatus.AsStated ? null : o.Status.ToValue();

    /// <summary>
    /// The estimate a row restates, then why a value is missing, the caveats, and a multiplier the document states but
    /// which is never applied.
    /// </summary>
    public static string Note(Observation o) => JoinNotes(Restatement(o), o.MissingReason, o.CellCaveat, o.Caveat,
        o.StatedMultiplier is null ? null : "the document says each number stands for " + o.StatedMultiplier.Value.ToString(CultureInfo.InvariantCulture) + " (not applied)");

    /// <summary>
    /// "restates &lt;id&gt; (&lt;value&gt;, &lt;source&gt;)" for a row that repeats an estimate held in another row (the
    /// unit only when it differs, e.g. another scale), "restates an estimate of &lt;source&gt;" when only the original
    /// publication is known; null for an original estimate.
    /// </summary>
    public static string? Restatement(Observation o)
    {
        if (o.Restates is { } original)
        {
            string unit = Unit(original);
            string value = Value(original) + (unit == Unit(o) ? string.Empty : " " + unit);
            return $"restates {original.Id} ({value}, {Values.OneLine(original.Source.Title)})";
        }

        return o.RestatesSource is { } source ? $"restates an estimate of {Values.OneLine(source.Title)}" : null;
    }

    public static string Date(Ratification r) =>
        r.RatificationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        ?? r.RatificationYear?.ToString(CultureInfo.InvariantCulture)
        ?? (r.StatusAsOf is null ? "-" : "as of " + r.StatusAsOf);

    public static string JoinNotes(params string?[] parts) =>
        string.Join("; ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => Values.OneLine(p!)));

    public static string DateOrYear(DateOnly? date, int? year) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? year?.ToString(CultureInfo.InvariantCulture) ?? "-";

    public static string AreaLabel(Area area) => $"{area.Name} ({area.Code})";
}
