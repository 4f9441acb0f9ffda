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
        var governments = Organisations.All.Where(o => o.Kind == "government").ToList();
        foreach (string code in new[] { "UZB-GOVERNMENT", "KHM-GOVERNMENT", "IDN-GOVERNMENT", "NTT-PROVINCIAL-GOVERNMENT" })
        {
            governments.Select(o => o.Code).ShouldContain(code);
        }
        foreach (Organisation o in governments)
        {
            o.AreaCode.ShouldNotBeNull(o.Code);
            new[] { "country", "province" }.ShouldContain(o.Area!.Kind, o.Code);
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
}
