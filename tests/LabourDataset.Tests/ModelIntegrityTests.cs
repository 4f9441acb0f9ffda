using System.Text.RegularExpressions;

namespace LabourDataset.Tests;

/// <summary>
/// The data model of version 2 (issue 14): one code per measure, one dimension model for breakdowns, one source row
/// per page.
/// </summary>
public class ModelIntegrityTests
{
    private static string Normalize(string text) => Regex.Replace(text.ToLowerInvariant(), @"[^a-z0-9]+", " ").Trim();

    [Fact]
    public void No_two_indicator_codes_share_a_name_or_a_definition()
    {
        Indicators.All.GroupBy(i => Normalize(i.Name)).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
        Indicators.All.GroupBy(i => Normalize(i.Description)).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
    }

    [Fact]
    public void Every_observation_is_in_its_indicators_unit()
    {
        // One code per measure: a value in another unit (cases per year beside cases) is another measure, another code.
        Observations.All.Where(o => o.Unit != o.Indicator.Unit).Select(o => o.Id + ": " + o.Unit + " vs " + o.Indicator.Unit).ShouldBeEmpty();
        Indicators.Get("trafficking-cases-per-year").Observations.Count.ShouldBe(2);
    }

    [Fact]
    public void Aliases_never_collide_with_codes_or_with_each_other()
    {
        var codes = Indicators.All.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var aliases = Indicators.All.SelectMany(i => i.Aliases ?? []).ToList();
        aliases.Where(codes.Contains).ShouldBeEmpty();
        aliases.Distinct(StringComparer.Ordinal).Count().ShouldBe(aliases.Count);
    }

    [Theory]
    [InlineData("forced-labour-per-1000-population", "forced-labour-prevalence-per-1000")]
    [InlineData("uzbek-cotton-pledge-signatories-count", "cotton-pledge-brands-count")]
    [InlineData("children-in-employment-percent", "working-children-percent")]
    public void A_merged_code_resolves_through_its_alias(string old, string current)
    {
        Indicators.TryGet(old, out _).ShouldBeFalse();
        Indicators.All.Single(i => (i.Aliases ?? []).Contains(old)).Code.ShouldBe(current);
    }

    private static readonly string[] Dimensions =
    [
        "sex", "age", "sector", "form", "group", "identification", "documentation", "income-group", "education", "instrument",
        "scope", "vote", "chamber", "stage", "membership", "organisation", "office", "programme", "event", "database",
    ];

    [Fact]
    public void Every_breakdown_uses_the_one_dimension_model()
    {
        string[] forms = ["state-imposed", "private-economy", "commercial-sexual-exploitation", "other-labour-exploitation", "forced-labour"];
        foreach (Observation o in Observations.All.Where(o => o.Breakdown is not null))
        {
            var pairs = o.Breakdown!.Split("; ").Select(p => p.Split('=')).ToList();
            pairs.ShouldAllBe(p => p.Length == 2 && Dimensions.Contains(p[0]), o.Id);
            var order = pairs.Select(p => Array.IndexOf(Dimensions, p[0])).ToList();
            order.ShouldBe(order.Order().ToList(), o.Id + ": dimensions out of order");
            foreach (var p in pairs.Where(p => p[0] == "form")) forms.ShouldContain(p[1], o.Id);
        }
        Observations.All.ShouldNotContain(o => o.Breakdown != null && o.Breakdown.Contains("type="));
        Observations.All.ShouldNotContain(o => o.Breakdown == "sector=state-imposed");
    }

    [Fact]
    public void One_source_row_per_page()
    {
        static string Page(string url) => Regex.Replace(url.ToLowerInvariant(), @"^https?://(www\.)?", "").Replace("ilo.int/", "ilo.org/").TrimEnd('/');
        var pages = Sources.All.Where(s => s.Url is not null)
            .SelectMany(s => s.Url!.Split(" ; ").Select(u => (Page: Page(u), s.Id)))
            .GroupBy(x => x.Page).Where(g => g.Select(x => x.Id).Distinct().Count() > 1).Select(g => g.Key);
        pages.ShouldBeEmpty();
    }

    [Fact]
    public void Linked_initiatives_are_not_linked_to_themselves()
    {
        foreach (Initiative i in Initiatives.All.Where(i => i.SameAsCode is not null))
        {
            i.SameAsCode.ShouldNotBe(i.Code);
            i.Caveat.ShouldNotBeNullOrWhiteSpace(i.Code);
        }
    }

    [Fact]
    public void Every_restated_estimate_is_linked_to_its_original_and_dated_by_it()
    {
        foreach (Observation o in Observations.All.Where(o => o.RestatesId is not null || o.RestatesSourceId is not null))
        {
            o.RestatesSourceId.ShouldNotBeNull(o.Id + " links a row but not the original publication");
            o.Source.Year.ShouldNotBeNull(o.Id + ": the citing document's publication year must stay available");
            if (o.RestatesSource!.Year is int published) published.ShouldBeGreaterThanOrEqualTo(o.PeriodEnd, o.Id);
            o.Caveat.ShouldNotBeNullOrWhiteSpace(o.Id);
            if (o.Restates is Observation original)
            {
                original.Id.ShouldNotBe(o.Id);
                original.SourceId.ShouldNotBe(o.SourceId, o.Id);
                (original.IndicatorCode, original.AreaCode, original.Breakdown, original.Period).ShouldBe((o.IndicatorCode, o.AreaCode, o.Breakdown, o.Period), o.Id);
                original.RestatesId.ShouldBeNull(o.Id + " must link the original, not another restatement");
                (original.CitedSourceId ?? original.SourceId).ShouldBe(o.RestatesSourceId, o.Id);
            }
        }
    }

    [Fact]
    public void Thesis_figures_from_global_and_regional_estimates_are_restatements()
    {
        IndicatorTopic[] topics = [IndicatorTopic.ForcedLabour, IndicatorTopic.ModernSlavery, IndicatorTopic.ChildLabour];
        var estimates = Observations.All.Where(o => o.SourceId.StartsWith("seed-", StringComparison.Ordinal)
            && o.Area.Kind is AreaKind.World or AreaKind.Region && topics.Contains(o.Indicator.Topic)).ToList();
        estimates.Count.ShouldBeGreaterThanOrEqualTo(8);
        estimates.ShouldAllBe(o => o.RestatesSourceId != null);
        Observations.All.ShouldNotContain(o => o.Caveat != null && o.Caveat.Contains("meaning \"as stated in"));
    }

    [Fact]
    public void Every_observation_has_a_typed_qualifier_that_matches_its_printed_form()
    {
        // The type makes the qualifier one of the five; the data's text of each is the declared one.
        ObservationQualifierValues.All.Select(q => q.ToValue()).ShouldBe(["exact", "lower-bound", "upper-bound", "approximate", "range"]);
        var lower = new Regex(@"lebih dari|more than|setidaknya|at least", RegexOptions.IgnoreCase);
        var about = new Regex(@"^(sekitar|about|kurang lebih|hampir|almost|roughly)\b", RegexOptions.IgnoreCase);
        foreach (Observation o in Observations.All.Where(o => o.ValueAsPrinted is not null))
        {
            if (lower.IsMatch(o.ValueAsPrinted!)) o.Qualifier.ShouldBe(ObservationQualifier.LowerBound, o.Id);
            else if (about.IsMatch(o.ValueAsPrinted!)) o.Qualifier.ShouldBe(ObservationQualifier.Approximate, o.Id);
        }
        Observation members = Observations.Get("s003-ilo-members-more-than-180");
        (members.Value, members.Qualifier).ShouldBe((180m, ObservationQualifier.LowerBound));
    }

    [Fact]
    public void Scale_comes_from_the_printed_unit_word_and_never_mixes_with_a_stated_multiplier()
    {
        var million = new Regex(@"juta|\bjt\b|million", RegexOptions.IgnoreCase);
        var thousand = new Regex(@"ribu|thousand", RegexOptions.IgnoreCase);
        foreach (Observation o in Observations.All)
        {
            string printed = o.ValueAsPrinted ?? string.Empty;
            long? expected = million.IsMatch(printed) ? 1_000_000 : thousand.IsMatch(printed) ? 1_000 : printed.Contains("billion", StringComparison.OrdinalIgnoreCase) ? 1_000_000_000 : null;
            o.Scale.ShouldBe(expected, o.Id);
            if (o.StatedMultiplier is not null) o.Scale.ShouldBeNull(o.Id);
        }
        Observation lowerBound = Observations.Get("s003-idn-trafficking-cases-forced-labour");
        (lowerBound.Value, lowerBound.Scale, lowerBound.Qualifier).ShouldBe((400m, 1000L, ObservationQualifier.LowerBound));
    }

    [Fact]
    public void Every_conflict_group_has_at_least_two_rows_from_different_sources_or_places()
    {
        Conflicts.Count.ShouldBeGreaterThanOrEqualTo(10);
        foreach (Conflict c in Conflicts.All)
        {
            c.Description.ShouldNotContain('\n');
            var members = c.Observations.Select(o => (Source: o.SourceId, Cited: o.CitedSourceId, o.Locator))
                .Concat(c.Claims.Select(k => (Source: k.SourceId, Cited: (string?)null, k.Locator))).ToList();
            members.Count.ShouldBeGreaterThanOrEqualTo(2, c.Id);
            // A within-document conflict is a document contradicting itself: its rows come from different places
            // (or different cited works) of that document; a between-documents conflict needs two documents.
            members.Distinct().Count().ShouldBeGreaterThanOrEqualTo(2, c.Id);
            if (c.Kind == ConflictKind.BetweenDocuments) members.Select(m => m.Source).Distinct().Count().ShouldBeGreaterThanOrEqualTo(2, c.Id);
            else members.ShouldAllBe(m => m.Source == c.SourceId, c.Id);
        }
    }

    [Fact]
    public void Conflicting_seed_values_belong_to_a_conflict_group()
    {
        Observations.All.Where(o => o.Status == ObservationStatus.Conflicting && o.SourceId.StartsWith("seed-", StringComparison.Ordinal) && o.ConflictId is null)
            .Select(o => o.Id).ShouldBeEmpty();
        Conflicts.Get("ilo-dwcp-role").Claims.Select(k => k.SourceId).Distinct().Count().ShouldBe(2);
        Conflicts.Get("ntt-trafficking-rise-2012-2014").Observations.Select(o => o.Value).ShouldBe([42m, 15m, 12m], ignoreOrder: true);
    }

    [Fact]
    public void Suspicious_NTT_cells_carry_their_own_caveat_beside_the_figure_wide_one()
    {
        var poverty = Observations.All.Where(o => o.IndicatorCode == "poor-population-percent").ToList();
        poverty.Where(o => o.AreaCode == "ID-NTT" && o.PeriodStart is 2012 or 2013).ShouldAllBe(o => o.CellCaveat != null && o.Value == 20.41m);
        var jumps = poverty.Where(o => o.PeriodStart == 2015 && poverty.Any(p => p.AreaCode == o.AreaCode && p.PeriodStart == 2014 && p.Value != null)).ToList();
        jumps.Count.ShouldBe(22); // 20 regencies and the city with a 2014 value (Malaka has none), and the province
        jumps.ShouldAllBe(o => o.CellCaveat != null && o.Caveat != null);
        Observation juniorSecondary = Observations.All.Single(o => o.Breakdown == "education=junior-secondary" && o.PeriodStart == 2016);
        (juniorSecondary.Value, juniorSecondary.CellCaveat is null).ShouldBe((9.06m, false));
        Observations.All.Where(o => o.CellCaveat != null).ShouldAllBe(o => o.Status == ObservationStatus.Doubtful);
    }

    [Fact]
    public void Claim_kind_is_the_section_the_claim_comes_from()
    {
        foreach (Claim c in Claims.All)
        {
            string first = c.Locator.Split(';')[0];
            if (first.StartsWith("Abstrak", StringComparison.Ordinal)) c.Kind.ShouldBe(ClaimKind.Abstract, c.Id);
            if (first.StartsWith("Pendahuluan", StringComparison.Ordinal) || first.StartsWith("BAB I,", StringComparison.Ordinal)) c.Kind.ShouldBe(ClaimKind.Introduction, c.Id);
            if (first.StartsWith("Pembahasan", StringComparison.Ordinal) || first.StartsWith("BAB IV", StringComparison.Ordinal)) c.Kind.ShouldBe(ClaimKind.Discussion, c.Id);
            if (c.Kind == ClaimKind.Conclusion) first.ShouldContain("Kesimpulan", Case.Sensitive, c.Id);
        }
        Claims.All.Select(c => c.ClaimType.ToValue()).Distinct().ShouldBeSubsetOf(["finding", "evaluation", "recommendation", "hypothesis"]);
    }
}
