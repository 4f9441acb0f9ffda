namespace LabourDataset.Tests;

/// <summary>The research questions the README answers, kept compiling and true against the real data.</summary>
public class ResearchQuestionsTests
{
    [Fact]
    public void Which_southeast_asian_countries_ratified_P029_and_when()
    {
        var answer = Ratifications.All
            .Where(r => r.InstrumentCode == "P029" && r.Country.Parent?.Code == "SOUTHEAST-ASIA" && r.Status != RatificationStatus.NotRatified)
            .OrderBy(r => r.RatificationYear)
            .Select(r => (r.Country.Name, r.RatificationYear, r.Status))
            .ToList();
        answer.Select(a => a.Name).ShouldContain("Thailand");
        answer.ShouldContain(a => a.Name == "Malaysia" && a.RatificationYear == 2022);
        answer.ShouldNotContain(a => a.Name == "Indonesia");
    }

    [Fact]
    public void All_sources_of_the_figure_for_ILO_membership()
    {
        var answer = Indicators.Get("ilo-member-states-count").Observations
            .OrderBy(o => o.PeriodStart)
            .Select(o => (o.Value, o.Qualifier, o.Period, o.Source.Title, o.Locator, o.Status))
            .ToList();
        answer.Select(a => a.Value).ShouldContain(187m);
        answer.ShouldContain(a => a.Value == 180m && a.Qualifier == ObservationQualifier.LowerBound);
        answer.Select(a => a.Value).ShouldContain(100m);
        answer.Select(a => a.Title).Distinct().Count().ShouldBeGreaterThan(3);
    }

    [Fact]
    public void NTT_regencies_by_poverty_in_2015_with_caveats()
    {
        var answer = Observations.All
            .Where(o => o.IndicatorCode == "poor-population-percent" && o.Area.Parent?.Code == "ID-NTT" && o.PeriodStart == 2015)
            .OrderByDescending(o => o.Value)
            .Select(o => (o.Area.Name, o.Value, o.Caveat, o.CellCaveat))
            .ToList();
        answer.Count.ShouldBe(22);
        answer.Count(a => a.CellCaveat != null).ShouldBe(21); // the 2014 -> 2015 jump; Malaka has no 2014 value
        answer[0].Name.ShouldBe("Sumba Tengah");
        answer[0].Value.ShouldBe(36.22m);
        answer.ShouldAllBe(a => a.Caveat != null);
    }

    [Fact]
    public void Every_fact_from_document_004_about_NTT_with_its_caveats()
    {
        var answer = Observations.All.Where(o => o.SourceId == "seed-004" && (o.AreaCode == "ID-NTT" || o.Area.Parent?.Code == "ID-NTT")).ToList();
        answer.Count.ShouldBeGreaterThan(300);
        answer.Count(o => o.Status == ObservationStatus.Doubtful).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void One_disagreement_side_by_side()
    {
        var conflict = Conflicts.Get("ntt-trafficking-rise-2012-2014");
        var sides = conflict.Claims.Select(c => (Said: c.ClaimValue, c.Source.Title, c.Locator))
            .Concat(conflict.Observations.OrderBy(o => o.PeriodStart)
                .Select(o => (Said: $"{o.Period}: {o.Value} {o.Unit}", o.Source.Title, o.Locator)))
            .ToList();
        sides.Count.ShouldBe(4);
        sides[0].Said.ShouldContain("jumping every year");
        sides.Skip(1).Select(s => s.Said).ShouldBe(["2012: 42 cases", "2013: 15 cases", "2014: 12 cases"]);
    }

    [Fact]
    public void Thesis_figures_that_restate_an_ILO_estimate_next_to_the_original()
    {
        var restated = Observations.All.Where(o => o.Restates != null)
            .Select(o => (o.Indicator.Name, Area: o.Area.Name, o.Period, Thesis: o.Value, PublishedIn: o.Source.Year,
                          Original: o.Restates!.Value, OriginalSource: o.Restates.Source.Title))
            .ToList();
        restated.ShouldContain(r => r.Area == "Asia and the Pacific" && r.Period == "2012" && r.Thesis == 11m && r.Original == 11.7m && r.PublishedIn == 2024);
        restated.ShouldContain(r => r.Period == "2021" && r.Thesis == 27.6m && r.Original == 27.6m);
        restated.ShouldContain(r => r.Period == "2016" && r.Thesis == 152m);
        restated.ShouldNotContain(r => r.Period == "2024");
    }
}
