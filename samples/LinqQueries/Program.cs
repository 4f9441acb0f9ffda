using System.Globalization;
using LabourDataset;

namespace LinqQueries;

/// <summary>
/// The README's three research questions, each answered by one LINQ query over the typed records.
/// Run it with: dotnet run --project samples/LinqQueries
/// </summary>
public static class Program
{
    public static void Main() => Run(Console.Out);

    /// <summary>Writes the answers to <paramref name="output"/> (a parameter so the samples test can read them).</summary>
    public static void Run(TextWriter output)
    {
        // 1. Which Southeast Asian countries ratified the 2014 Forced Labour Protocol, and when?
        var p029 = Ratifications.All
            .Where(r => r.InstrumentCode == "P029" && r.Country.Parent?.Code == "SOUTHEAST-ASIA" && r.Status != RatificationStatus.NotRatified)
            .OrderBy(r => r.RatificationYear).Select(r => (r.Country.Name, r.RatificationYear, r.Status));

        output.WriteLine("1. Southeast Asian ratifications of the Forced Labour Protocol (P029)");
        foreach (var (country, year, status) in p029)
        {
            output.WriteLine(Invariant($"   {country}: {year?.ToString(CultureInfo.InvariantCulture) ?? "year unknown"} ({status.ToValue()})"));
        }

        // 2. Every source for "how many member states does the ILO have?", side by side.
        var members = Indicators.Get("ilo-member-states-count").Observations
            .Select(o => (o.Value, o.Period, o.Source.Title, o.Locator, o.Status));

        output.WriteLine("2. ILO member states, as each source states it");
        foreach (var (value, period, source, locator, status) in members)
        {
            output.WriteLine(Invariant($"   {value} in {period} ({status.ToValue()}): {source}, {locator}"));
        }

        // 3. East Nusa Tenggara's regencies ranked by poverty in 2015, with the caveat on the cited source.
        var poverty = Observations.All
            .Where(o => o.IndicatorCode == "poor-population-percent" && o.Area.Parent?.Code == "ID-NTT" && o.PeriodStart == 2015)
            .OrderByDescending(o => o.Value).Select(o => (o.Area.Name, o.Value, o.Caveat));

        output.WriteLine("3. East Nusa Tenggara regencies by share of poor people, 2015 (%)");
        var caveats = new List<string>();
        foreach (var (regency, value, caveat) in poverty)
        {
            // The caveat travels with each value; print each text once, numbered, under the list.
            if (caveat is not null && !caveats.Contains(caveat))
            {
                caveats.Add(caveat);
            }

            string mark = caveat is null ? string.Empty : Invariant($" [{caveats.IndexOf(caveat) + 1}]");
            output.WriteLine(Invariant($"   {regency}: {value}{mark}"));
        }

        for (int i = 0; i < caveats.Count; i++)
        {
            output.WriteLine(Invariant($"   [{i + 1}] {caveats[i]}"));
        }

        output.WriteLine($"{DatasetInfo.Name} {DatasetInfo.Version} {DatasetInfo.ContentHash}");
    }

    // Numbers print the same on every machine.
    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
