namespace LabourDataset.Tests;

/// <summary>The research questions the README answers, kept compiling and true against the real data.</summary>
public class ResearchQuestionsTests
{
    [Fact]
    public void Which_southeast_asian_countries_ratified_P029_and_when()
    {
        var answer = Ratifications.All
            .Where(r => r.InstrumentCode == "P029" && r.Country.Parent?.Code == "SOUTHEAST-ASIA" && r.Status != "not-ratified")
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
            .Select(o => (o.Value, o.Period, o.Source.Title, o.Locator, o.Status))
            .ToList();
        answer.Select(a => a.Value).ShouldContain(187m);
        answer.Select(a => a.Value).ShouldContain(100m);
        answer.Select(a => a.Title).Distinct().Count().ShouldBeGreaterThan(3);
    }

    [Fact]
    public void NTT_regencies_by_poverty_in_2015_with_caveats()
    {
        var answer = Observations.All
            .Where(o => o.IndicatorCode == "poor-population-percent" && o.Area.Parent?.Code == "ID-NTT" && o.PeriodStart == 2015)
            .OrderByDescending(o => o.Value)
            .Select(o => (o.Area.Name, o.Value, o.Caveat))
            .ToList();
        answer.Count.ShouldBe(22);
        answer[0].Name.ShouldBe("Sumba Tengah");
        answer[0].Value.ShouldBe(36.22m);
        answer.ShouldAllBe(a => a.Caveat != null);
    }

    [Fact]
    public void Every_fact_from_document_004_about_NTT_with_its_caveats()
    {
        var answer = Observations.All.Where(o => o.SourceId == "seed-004" && (o.AreaCode == "ID-NTT" || o.Area.Parent?.Code == "ID-NTT")).ToList();
        answer.Count.ShouldBeGreaterThan(300);
        answer.Count(o => o.Status == "doubtful").ShouldBeGreaterThan(0);
    }
}
