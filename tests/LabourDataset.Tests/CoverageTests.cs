using System.Text.RegularExpressions;

namespace LabourDataset.Tests;

/// <summary>
/// The coverage pass of issue 14 (item 7): the entities, statements, cited works and ratifications added from the
/// five documents keep the structure that makes them usable.
/// </summary>
public class CoverageTests
{
    [Fact]
    public void Every_government_is_tied_to_its_area()
    {
        var governments = Organisations.All.Where(o => o.Kind == OrganisationKind.Government).ToList();
        foreach (string code in new[] { "UZB-GOVERNMENT", "KHM-GOVERNMENT", "IDN-GOVERNMENT", "NTT-PROVINCIAL-GOVERNMENT" })
        {
            governments.Select(o => o.Code).ShouldContain(code);
        }
        foreach (Organisation o in governments)
        {
            o.AreaCode.ShouldNotBeNull(o.Code);
            new[] { AreaKind.Country, AreaKind.Province }.ShouldContain(o.Area!.Kind, o.Code);
        }
    }

    private static readonly Regex SeedSection = new(@"^(Abstrak|Abstract|Pendahuluan|Pembahasan|Kesimpulan|BAB [IV]+\b)");

    [Fact]
    public void Every_claim_locator_names_the_section_of_the_document()
    {
        foreach (Claim c in Claims.All)
        {
            SeedSection.IsMatch(c.Locator).ShouldBeTrue($"{c.Id}: '{c.Locator}' does not start with a section of the document");
        }
    }

    [Theory]
    [InlineData("s004-claim-regions-most-labour-trafficking-victims", "Amerika Latin")]
    [InlineData("s004-claim-ntt-migrant-workers-jobs", "pekerja perkebunan")]
    [InlineData("s004-claim-ipec-largest-operational-programme", "program operasional ILO terbesar")]
    [InlineData("s004-claim-c029-obligations", "Konvensi Kerja Paksa (No. 29)")]
    [InlineData("s004-claim-c105-obligations", "Konvensi Penghapusan Kerja Paksa (No. 105)")]
    [InlineData("s004-claim-p029-obligations", "Protokol Konvensi Kerja Paksa (P029)")]
    [InlineData("s003-conventions-against-trafficking", "konsultasi tripartite")]
    public void Facts_the_coverage_audit_named_are_claims_of_the_document_that_prints_them(string id, string printed)
    {
        Claim claim = Claims.Get(id);
        claim.SourceId.ShouldStartWith("seed-");
        Repo.SeedText(claim.SourceId).ShouldContain(printed);
    }

    [Fact]
    public void Every_cited_work_of_a_seed_has_its_own_source_row()
    {
        // Works a seed cites in its text (and, for seed-004, lists in its Daftar Pustaka): each one source row.
        string[] cited =
        [
            "s004-creswell-2018", "s004-rohmadi-2015", "s004-sugiono-2004", "s004-japian-2021", "s004-thomas-wells",
            "s004-ilo-2005-trafficking-forced-labour",
        ];
        foreach (string id in cited)
        {
            Source s = Sources.Get(id);
            s.CitedIn.ShouldNotBeNull(id);
            s.CitedInLocator.ShouldNotBeNullOrWhiteSpace(id);
        }
        // One document, one row: the ILO 2005 guideline cited by seed-003 and seed-004 is a single source.
        Sources.TryGet("s003-ilo-2005", out _).ShouldBeFalse();
        Concepts.All.Where(c => c.Code.StartsWith("s003-principle-", StringComparison.Ordinal))
            .ShouldAllBe(c => c.CitedSourceId == "s004-ilo-2005-trafficking-forced-labour");
    }

    [Fact]
    public void Ratifications_outside_the_reference_notes_cite_a_public_page_that_prints_them()
    {
        foreach (Ratification r in Ratifications.All.Where(r => r.SourceId.StartsWith("web-", StringComparison.Ordinal)))
        {
            r.Source.Url.ShouldNotBeNull(r.Id);
            r.Source.Url!.ShouldStartWith("http");
            r.Source.Note.ShouldNotBeNull(r.Id);
            r.Source.Note!.ShouldContain("search tool", Case.Sensitive, r.Id);
            foreach (string other in r.OtherSourceIds ?? []) Sources.Get(other).Url.ShouldNotBeNull(r.Id);
            if (r.Status == RatificationStatus.NotRatified)
            {
                // A non-ratification is as of a stated time, and the cited words say it.
                r.StatusAsOf.ShouldNotBeNull(r.Id);
                r.RatificationYear.ShouldBeNull(r.Id);
                r.Locator.ShouldContain("not ratified", Case.Sensitive, r.Id);
                continue;
            }
            if (r.RatificationYear is null)
            {
                // A ratification whose year no page prints (or whose pages disagree) says so rather than guessing one.
                r.Caveat.ShouldNotBeNull(r.Id);
                r.Caveat!.ShouldContain("year", Case.Insensitive, r.Id);
                r.RatificationDate.ShouldBeNull(r.Id);
                continue;
            }
            string year = r.RatificationYear!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            (r.Source.Note + " " + r.Locator).ShouldContain(year, Case.Sensitive, r.Id);
            if (r.RatificationDate is { } date) date.Year.ShouldBe(r.RatificationYear.Value, r.Id);
        }
        // Every country with a ratification row is named in the data as a country.
        Ratifications.All.ShouldAllBe(r => r.Country.Kind == AreaKind.Country);
    }
}
