namespace LabourDataset.Cli.Queries;

/// <summary>The orders the series view offers (--sort value|area|period), and the order of periods.</summary>
internal static class ObservationOrder
{
    public const string ByValue = "value";
    public const string ByArea = "area";
    public const string ByPeriod = "period";

    /// <summary>Sorts by <paramref name="order"/>; every order ends in the id, so equal rows keep one order.</summary>
    public static List<Observation> Sort(IEnumerable<Observation> rows, string order) => order switch
    {
        ByValue => rows
            .OrderBy(o => o.Value is null ? 1 : 0)
            .ThenByDescending(o => o.Value)
            .ThenBy(o => o.Area.Name, StringComparer.Ordinal)
            .ThenBy(o => o.Breakdown ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(o => o.Id, StringComparer.Ordinal)
            .ToList(),
        ByArea => rows
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

    /// <summary>The distinct periods as printed, earliest end first (then earliest start).</summary>
    public static List<string> Periods(IEnumerable<Observation> rows) => rows
        .GroupBy(o => o.Period, StringComparer.Ordinal)
        .OrderBy(g => g.Max(o => o.PeriodEnd))
        .ThenBy(g => g.Min(o => o.PeriodStart))
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key)
        .ToList();
}
