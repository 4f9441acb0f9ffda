using System.Globalization;
using LabourDataset.Cli.Data;

namespace LabourDataset.Cli.Rendering;

/// <summary>How the research views (country, instrument, series) print observations and ratifications as text.</summary>
internal static class ResearchText
{
    public const string AsStated = "as-stated";

    public static string Value(Observation o) =>
        o.Value?.ToString(CultureInfo.InvariantCulture) ?? o.ValueAsPrinted ?? "-";

    public static string Unit(Observation o) =>
        o.Multiplier is null ? o.Unit : o.Unit + " x" + o.Multiplier.Value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The status when it is not "as-stated" (approximate, doubtful, conflicting, ...), else null.</summary>
    public static string? Flag(Observation o) => o.Status == AsStated ? null : o.Status;

    /// <summary>Why a value is missing, and the caveat.</summary>
    public static string Note(Observation o) => JoinNotes(o.MissingReason, o.Caveat);

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
