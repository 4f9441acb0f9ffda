using System.Globalization;
using System.Text.Json;
using LabourDataset.Cli.Data;
using LabourDataset.Cli.Rendering;

namespace LabourDataset.Cli.Commands;

/// <summary>Shared lookups and formatting for the research views (country, instrument, series) on the typed API.</summary>
internal static class Research
{
    public const string AsStated = "as-stated";

    public static Area ResolveArea(string code, string what)
    {
        if (Areas.TryGet(code, out Area? area))
        {
            return area;
        }

        area = Lookup.Single(Areas.All, a => string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase))
            ?? Lookup.Single(Areas.All, a => string.Equals(a.Name, code, StringComparison.OrdinalIgnoreCase)
                || string.Equals(a.NameOriginal, code, StringComparison.OrdinalIgnoreCase));
        return area ?? throw new CliException(Suggestions.Unknown(what, code, Areas.All.Select(a => a.Code)));
    }

    public static Instrument ResolveInstrument(string code)
    {
        if (Instruments.TryGet(code, out Instrument? instrument))
        {
            return instrument;
        }

        instrument = Lookup.Single(Instruments.All, i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));
        return instrument ?? throw new CliException(Suggestions.Unknown("instrument code", code, Instruments.All.Select(i => i.Code)));
    }

    public static Indicator ResolveIndicator(string code)
    {
        if (Indicators.TryGet(code, out Indicator? indicator))
        {
            return indicator;
        }

        indicator = Lookup.Single(Indicators.All, i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));
        return indicator ?? throw new CliException(Suggestions.Unknown("indicator", code, Indicators.All.Select(i => i.Code)));
    }

    /// <summary>The area and every area below it.</summary>
    public static IReadOnlyList<Area> WithDescendants(Area area)
    {
        var result = new List<Area>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<Area>();
        stack.Push(area);
        while (stack.Count > 0)
        {
            Area next = stack.Pop();
            if (!seen.Add(next.Code))
            {
                continue;
            }

            result.Add(next);
            for (int i = next.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(next.Children[i]);
            }
        }

        return result;
    }

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

    /// <summary>Sort key: the date, else 1 July of the year, else last.</summary>
    public static DateOnly SortDate(Ratification r) =>
        r.RatificationDate ?? (r.RatificationYear is int year ? new DateOnly(year, 7, 1) : DateOnly.MaxValue);

    public static string JoinNotes(params string?[] parts) =>
        string.Join("; ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => Values.OneLine(p!)));

    public static string DateOrYear(DateOnly? date, int? year) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? year?.ToString(CultureInfo.InvariantCulture) ?? "-";

    public static string AreaLabel(Area area) => $"{area.Name} ({area.Code})";

    public static void WriteObservation(Utf8JsonWriter w, Observation o)
    {
        w.WriteStartObject();
        w.WriteString("id", o.Id);
        w.WriteString("indicatorCode", o.IndicatorCode);
        w.WriteString("areaCode", o.AreaCode);
        w.WriteString("areaName", o.Area.Name);
        w.WriteString("period", o.Period);
        w.WriteNumber("periodStart", o.PeriodStart);
        w.WriteNumber("periodEnd", o.PeriodEnd);
        w.WriteStringOrNull("breakdown", o.Breakdown);
        Values.WriteJson(w, "value", o.Value);
        w.WriteStringOrNull("valueAsPrinted", o.ValueAsPrinted);
        w.WriteStringOrNull("missingReason", o.MissingReason);
        w.WriteString("unit", o.Unit);
        Values.WriteJson(w, "multiplier", o.Multiplier);
        w.WriteString("status", o.Status);
        w.WriteStringOrNull("caveat", o.Caveat);
        w.WriteString("sourceId", o.SourceId);
        w.WriteString("sourceTitle", o.Source.Title);
        w.WriteStringOrNull("citedSourceId", o.CitedSourceId);
        w.WriteString("locator", o.Locator);
        w.WriteEndObject();
    }

    public static void WriteRatification(Utf8JsonWriter w, Ratification r)
    {
        w.WriteStartObject();
        w.WriteString("id", r.Id);
        w.WriteString("countryCode", r.CountryCode);
        w.WriteString("countryName", r.Country.Name);
        w.WriteString("instrumentCode", r.InstrumentCode);
        w.WriteString("instrumentTitle", r.Instrument.Title);
        w.WriteString("status", r.Status);
        Values.WriteJson(w, "ratificationYear", r.RatificationYear);
        Values.WriteJson(w, "ratificationDate", r.RatificationDate);
        Values.WriteJson(w, "inForceFrom", r.InForceFrom);
        w.WriteStringOrNull("statusAsOf", r.StatusAsOf);
        w.WriteStringOrNull("detail", r.Detail);
        w.WriteStringOrNull("caveat", r.Caveat);
        w.WriteString("sourceId", r.SourceId);
        w.WriteString("sourceTitle", r.Source.Title);
        w.WriteString("locator", r.Locator);
        w.WriteEndObject();
    }
}
