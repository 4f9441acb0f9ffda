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
}
