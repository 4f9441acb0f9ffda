using LabourDataset.Cli.Data;

namespace LabourDataset.Cli.Queries;

/// <summary>
/// Lookups for the research views (country, instrument, series, conflict) on the typed API: codes typed by the user
/// resolved to records (or a "did you mean" error), the areas inside an area, and the rows of a conflict group.
/// </summary>
internal static class ResearchLookup
{

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

    public static Conflict ResolveConflict(string id)
    {
        if (Conflicts.TryGet(id, out Conflict? conflict))
        {
            return conflict;
        }

        conflict = Lookup.Single(Conflicts.All, c => string.Equals(c.Id, id, StringComparison.OrdinalIgnoreCase));
        return conflict ?? throw new CliException(Suggestions.Unknown("conflict", id, Conflicts.All.Select(c => c.Id)));
    }

    /// <summary>A conflict group's observations in period order (then area, breakdown, id).</summary>
    public static List<Observation> ObservationsOf(Conflict conflict) =>
        ObservationOrder.Sort(conflict.Observations, ObservationOrder.ByPeriod);

    /// <summary>A conflict group's claims by source, then id.</summary>
    public static List<Claim> ClaimsOf(Conflict conflict) => conflict.Claims
        .OrderBy(c => c.SourceId, StringComparer.Ordinal)
        .ThenBy(c => c.Id, StringComparer.Ordinal)
        .ToList();

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

    /// <summary>Sort key: the date, else 1 July of the year, else last.</summary>
    public static DateOnly SortDate(Ratification r) =>
        r.RatificationDate ?? (r.RatificationYear is int year ? new DateOnly(year, 7, 1) : DateOnly.MaxValue);
}
