using System.Globalization;

namespace LabourDataset.Generator.Tests;

/// <summary>Output is byte-identical under any culture and any order of AdditionalFiles.</summary>
public class DeterminismTests
{
    [Fact]
    public void Output_is_identical_under_cultures_and_file_orders()
    {
        string baseline = GeneratorHarness.Run(Fixtures.Package()).GeneratedText;
        CultureInfo original = CultureInfo.CurrentCulture;
        CultureInfo originalUi = CultureInfo.CurrentUICulture;
        try
        {
            foreach (string name in new[] { "en-US", "id-ID", "tr-TR", "ar-SA", "de-DE", "fa-IR" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                GeneratorHarness.Run(Fixtures.Package()).GeneratedText.ShouldBe(baseline, name);
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }
        var reversed = new Dictionary<string, string>(Fixtures.Package().Reverse());
        GeneratorHarness.Run(reversed).GeneratedText.ShouldBe(baseline);
    }

    [Fact]
    public void Crlf_and_bom_do_not_change_the_content_hash()
    {
        string Hash(Dictionary<string, string> files)
        {
            string info = GeneratorHarness.Run(files).Source("DatasetInfo.g.cs");
            int at = info.IndexOf("ContentHash => \"", StringComparison.Ordinal) + "ContentHash => \"".Length;
            return info.Substring(at, 64);
        }
        string lf = Hash(Fixtures.Package());
        var crlf = Fixtures.Package().ToDictionary(kv => kv.Key, kv => "\ufeff" + kv.Value.Replace("\r\n", "\n").Replace("\n", "\r\n"));
        Hash(crlf).ShouldBe(lf);
        Hash(Fixtures.Package(countries: Fixtures.Countries.Replace("187", "188"))).ShouldNotBe(lf);
    }
}
