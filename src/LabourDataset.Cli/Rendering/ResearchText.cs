using System.Globalization;
using LabourDataset.Cli.Data;

namespace LabourDataset.Cli.Rendering;

/// <summary>How the research views (country, instrument, series) print observations and ratifications as text.</summary>
internal static class ResearchText
{
    public const string AsStated = "as-stated";

    /// <summary>The value with its qualifier: "> 180" for a lower bound, "< 5" for an upper one, "~ 40" for an approximation.</summary>
    public static string Value(Observation o)
    {
        string? value = o.Value?.ToString(CultureInfo.InvariantCulture);
        if (value is null) return o.ValueAsPrinted ?? "-";
        return o.Qualifier switch
        {
            "lower-bound" => "> " + value,
            "upper-bound" => "< " + value,
            "approximate" => "~ " + value,
            // The value is the lower end; the printed form gives both ends.
            "range" => value + " (range: " + o.ValueAsPrinted + ")",
            _ => value,
        };
    }

    /// <summary>The unit with the printed scale word applied as a factor ("persons x1000000" for "juta").</summary>
    public static string Unit(Observation o) =>
        o.Scale is null ? o.Unit : o.Unit + " x" + o.Scale.Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The status when it is not "as-stated" (approximate, doubtful, conflicting, ...), else null.</summary>
    public static string? Flag(Observation o) => o.Status == AsStated ? null : o.Status;

    /// <summary>Why a value is missing, the caveats, and a multiplier the document states but which is never applied.</summary>
    public static string Note(Observation o) => JoinNotes(o.MissingReason, o.CellCaveat, o.Caveat,
        o.StatedMultiplier is null ? null : "the document says each number stands for " + o.StatedMultiplier.Value.ToString(CultureInfo.InvariantCulture) + " (not applied)");

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
