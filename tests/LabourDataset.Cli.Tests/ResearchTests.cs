using System.Globalization;
using System.Text.Json;

namespace LabourDataset.Cli.Tests;

/// <summary>country, instrument and series, checked against the typed API on rows found at test time.</summary>
public sealed class ResearchTests
{
    [Fact]
    public void Country_lists_its_ratifications_and_its_observations_grouped_by_indicator()
    {
        // The areas with the most ratifications and the most observations.
        var areas = new[]
        {
            Areas.All.OrderByDescending(a => a.Ratifications.Count).FirstOrDefault(),
            Areas.All.OrderByDescending(a => a.Observations.Count).FirstOrDefault(),
        }.Where(a => a is not null).Select(a => a!).Distinct().ToList();
        areas.Count.ShouldBe(Areas.Count == 0 ? 0 : areas.Count);

        foreach (Area area in areas)
        {
            using JsonDocument json = Cli.Run("country", area.Code, "--json").ShouldSucceed().Json();
            JsonElement root = json.RootElement;
            root.GetProperty("code").GetString().ShouldBe(area.Code);
            root.GetProperty("ratifications").EnumerateArray().Select(r => r.GetProperty("id").GetString()).Order(StringComparer.Ordinal)
                .ShouldBe(area.Ratifications.Select(r => r.Id).Order(StringComparer.Ordinal));
            root.GetProperty("ratifications").EnumerateArray()
                .ShouldAllBe(r => r.GetProperty("instrumentTitle").GetString() == Instruments.Get(r.GetProperty("instrumentCode").GetString()!).Title);
            var groups = root.GetProperty("observations").EnumerateArray()
                .Select(g => (g.GetProperty("indicatorCode").GetString()!, g.GetProperty("values").GetArrayLength()))
                .ToList();
            groups.ShouldBe(area.Observations.GroupBy(o => o.IndicatorCode).Select(g => (g.Key, g.Count())).OrderBy(g => g.Key, StringComparer.Ordinal).ToList());

            CliResult text = Cli.Run("country", area.Code).ShouldSucceed();
            text.Lines[0].ShouldBe($"{area.Name} ({area.Code})");
            text.Out.ShouldContain($"Ratifications ({area.Ratifications.Count})");
            foreach (Ratification r in area.Ratifications)
            {
                text.Out.ShouldContain("│ " + r.InstrumentCode + " ");
                text.Out.ShouldContain(r.Status.ToValue());
            }

            foreach (string indicator in area.Observations.Select(o => o.IndicatorCode).Distinct())
            {
                text.Out.ShouldContain(indicator + ":");
            }
        }
    }

    [Fact]
    public void Country_accepts_a_code_in_lower_case_and_rejects_unknown_codes()
    {
        Area? area = Areas.All.FirstOrDefault(a => a.Kind == AreaKind.Country);
        if (area is not null)
        {
            Cli.Run("country", area.Code.ToLowerInvariant()).ShouldSucceed().Lines[0].ShouldBe($"{area.Name} ({area.Code})");
        }

        CliResult unknown = Cli.Run("country", "NO-SUCH-PLACE").ShouldFailWithUsageError("unknown country code 'NO-SUCH-PLACE'");
        if (Areas.Count > 0)
        {
            unknown.Err.ShouldContain("did you mean");
        }
    }

    [Fact]
    public void Instrument_lists_who_ratified_it_in_date_order()
    {
        Instrument? instrument = Instruments.All.OrderByDescending(i => i.Ratifications.Count).FirstOrDefault();
        if (instrument is null)
        {
            Cli.Run("instrument", "C029").ShouldFailWithUsageError("unknown instrument code");
            return;
        }

        using JsonDocument json = Cli.Run("instrument", instrument.Code, "--json").ShouldSucceed().Json();
        var listed = json.RootElement.GetProperty("ratifications").EnumerateArray().Select(r => r.GetProperty("id").GetString()!).ToList();
        listed.Order(StringComparer.Ordinal).ShouldBe(instrument.Ratifications.Select(r => r.Id).Order(StringComparer.Ordinal));
        var dates = listed.Select(id => Ratifications.Get(id)).Select(r => r.RatificationDate ?? (r.RatificationYear is int y ? new DateOnly(y, 7, 1) : DateOnly.MaxValue)).ToList();
        dates.ShouldBe(dates.Order().ToList(), "oldest first, undated last");

        CliResult text = Cli.Run("instrument", instrument.Code.ToLowerInvariant()).ShouldSucceed();
        text.Lines[0].ShouldBe($"{instrument.Code} - {instrument.Title}");
        foreach (Ratification r in instrument.Ratifications)
        {
            text.Out.ShouldContain("│ " + r.CountryCode + " ");
        }

        Cli.Run("instrument", instrument.Code + "X").ShouldFailWithUsageError($"did you mean '{instrument.Code}'");
    }

    [Fact]
    public void Series_shows_the_latest_period_across_areas_sorted_by_value_and_a_table_of_all()
    {
        // The indicator with the most areas in one period (e.g. poverty by regency).
        Indicator? indicator = Indicators.All
            .OrderByDescending(i => i.Observations.GroupBy(o => o.Period).Select(g => g.Select(o => o.AreaCode).Distinct().Count()).DefaultIfEmpty(0).Max())
            .FirstOrDefault();
        if (indicator is null || indicator.Observations.Count == 0)
        {
            return;
        }

        string latest = indicator.Observations
            .GroupBy(o => o.Period)
            .OrderBy(g => g.Max(o => o.PeriodEnd)).ThenBy(g => g.Min(o => o.PeriodStart)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Last().Key;
        bool singleArea = indicator.Observations.Select(o => o.AreaCode).Distinct().Count() == 1;

        using JsonDocument json = Cli.Run("series", indicator.Code, "--json").ShouldSucceed().Json();
        JsonElement root = json.RootElement;
        root.GetProperty("observations").GetArrayLength().ShouldBe(indicator.Observations.Count);
        if (!singleArea)
        {
            root.GetProperty("mode").GetString().ShouldBe("cross-section");
            root.GetProperty("period").GetString().ShouldBe(latest);
            var section = root.GetProperty("section").EnumerateArray().ToList();
            section.Count.ShouldBe(indicator.Observations.Count(o => o.Period == latest));
            section.ShouldAllBe(o => o.GetProperty("period").GetString() == latest);
            var values = section.Where(o => o.GetProperty("value").ValueKind == JsonValueKind.Number).Select(o => o.GetProperty("value").GetDecimal()).ToList();
            values.ShouldBe(values.OrderByDescending(v => v).ToList(), "sorted by value, largest first");
        }

        CliResult text = Cli.Run("series", indicator.Code).ShouldSucceed();
        text.Lines[0].ShouldBe($"{indicator.Code}: {indicator.Name} ({indicator.Unit})");
        if (indicator.Observations.Any(o => o.Period == latest && o.Value >= 0))
        {
            text.Out.ShouldContain("█");
        }

        if (indicator.Observations.Select(o => o.Period).Distinct().Count() > 1 && !singleArea)
        {
            text.Out.ShouldContain("All periods (" + indicator.Observations.Count.ToString(CultureInfo.InvariantCulture) + " observations)");
        }

        foreach (Observation o in indicator.Observations.Where(o => o.Period == latest && o.Caveat is not null))
        {
            text.Flat.ShouldContain(string.Join(' ', o.Caveat!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        }
    }

    [Fact]
    public void Series_period_and_sort_options_pick_and_order_the_rows()
    {
        Indicator? indicator = Indicators.All.FirstOrDefault(i => i.Observations.Select(o => o.Period).Distinct().Count() > 1);
        if (indicator is null)
        {
            return;
        }

        foreach (string period in indicator.Observations.Select(o => o.Period).Distinct())
        {
            using JsonDocument json = Cli.Run("series", indicator.Code, "--period", period, "--sort", "area", "--json").ShouldSucceed().Json();
            var section = json.RootElement.GetProperty("section").EnumerateArray().ToList();
            section.Count.ShouldBe(indicator.Observations.Count(o => o.Period == period));
            section.ShouldAllBe(o => o.GetProperty("period").GetString() == period);
            var names = section.Select(o => o.GetProperty("areaName").GetString()!).ToList();
            names.ShouldBe(names.Order(StringComparer.Ordinal).ToList());
        }

        using JsonDocument byPeriod = Cli.Run("series", indicator.Code, "--sort", "period", "--json").ShouldSucceed().Json();
        var ends = byPeriod.RootElement.GetProperty("observations").EnumerateArray().Select(o => o.GetProperty("periodEnd").GetInt32()).ToList();
        ends.ShouldBe(ends.Order().ToList());

        Cli.Run("series", indicator.Code, "--period", "1066").ShouldFailWithUsageError($"unknown period '1066' for indicator '{indicator.Code}'; did you mean");
        Cli.Run("series", indicator.Code, "--sort", "colour").ExitCode.ShouldBe(2);
    }

    [Fact]
    public void Series_area_keeps_the_area_and_the_areas_inside_it()
    {
        Observation? inner = Observations.All.FirstOrDefault(o => o.Area.ParentCode is not null);
        if (inner is null)
        {
            return;
        }

        Area parent = inner.Area.Parent!;
        var inside = new HashSet<string> { parent.Code };
        bool grew = true;
        while (grew)
        {
            grew = false;
            foreach (Area a in Areas.All.Where(a => a.ParentCode is not null && inside.Contains(a.ParentCode) && !inside.Contains(a.Code)))
            {
                inside.Add(a.Code);
                grew = true;
            }
        }

        using JsonDocument json = Cli.Run("series", inner.IndicatorCode, "--area", parent.Code, "--json").ShouldSucceed().Json();
        var codes = json.RootElement.GetProperty("observations").EnumerateArray().Select(o => o.GetProperty("areaCode").GetString()!).ToList();
        codes.Count.ShouldBe(inner.Indicator.Observations.Count(o => inside.Contains(o.AreaCode)));
        codes.ShouldContain(inner.AreaCode);
        codes.ShouldAllBe(c => inside.Contains(c));

        Cli.Run("series", inner.IndicatorCode, "--area", "NO-SUCH-AREA").ShouldFailWithUsageError("unknown area 'NO-SUCH-AREA'; did you mean");
    }

    [Fact]
    public void Series_of_an_unknown_indicator_suggests_close_codes()
    {
        CliResult result = Cli.Run("series", "no-such-indicator").ShouldFailWithUsageError("unknown indicator 'no-such-indicator'");
        if (Indicators.Count > 0)
        {
            result.Err.ShouldContain("did you mean");
            string code = Indicators.All[0].Code;
            Cli.Run("series", code + "s").Err.ShouldContain($"'{code}'");
        }
    }
}
