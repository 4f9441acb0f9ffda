using System.Reflection;

namespace LabourDataset.Generator.Tests;

/// <summary>Compiles consumer code against the generated API and runs it.</summary>
public class GeneratedApiTests
{
    private static string RunProbe(string body, Dictionary<string, string>? files = null)
    {
        string source = """
            using System;
            using System.Linq;
            using TestData;
            namespace Consumer
            {
                public static class Probe
                {
                    public static string Run()
                    {
            """ + body + """
                    }
                }
            }
            """;
        GenerationResult result = GeneratorHarness.Run(files ?? Fixtures.Package(), consumerSource: source);
        result.CompileErrors.ShouldBeEmpty();
        Assembly assembly = result.Load();
        return (string)assembly.GetType("Consumer.Probe")!.GetMethod("Run")!.Invoke(null, null)!;
    }

    [Fact]
    public void Static_row_properties_and_key_lookups_work()
        => RunProbe("""
            return Instruments.C029.Title + "|" + Instruments.Get("C138").Year + "|" + Instruments.TryGet("C999", out var none) + "|" + (none is null)
                + "|" + Instruments.Count + "|" + Instruments.TryGet(null!, out _);
            """).ShouldBe("Forced Labour Convention, 1930 (No. 29)|1973|False|True|2|False");

    [Fact]
    public void Foreign_keys_navigate_both_ways()
        => RunProbe("""
            var uzb = Ratifications.All.Where(r => r.Country.Code == "UZB").Select(r => r.Instrument.Code);
            return string.Join(",", uzb) + "|" + string.Join(",", Countries.UZB.Ratifications.Select(r => r.Id)) + "|" + Instruments.C029.Ratifications.Count;
            """).ShouldBe("C029,C138|UZB-C029,UZB-C138|2");

    [Fact]
    public void Values_keep_their_types_digits_and_nulls()
        => RunProbe("""
            var uzb = Countries.UZB; var khm = Countries.KHM;
            return uzb.Share!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + uzb.Members + "|" + (khm.Share is null) + "|" + (khm.Members is null)
                + "|" + uzb.Aliases![0] + "|" + khm.Aliases!.Count + "|" + Instruments.C029.Adopted!.Value.ToString("yyyy-MM-dd") + "|" + (Instruments.C138.Adopted is null)
                + "|" + Instruments.C029.Fundamental;
            """).ShouldBe("29.560|187|True|True|O'zbekiston|0|1930-06-28|True|True");

    [Fact]
    public void DatasetInfo_exposes_identity_sources_licences_and_tables()
        => RunProbe("""
            return DatasetInfo.Name + "|" + DatasetInfo.Version + "|" + DatasetInfo.Title + "|" + DatasetInfo.Sources[0].Title + "|" + DatasetInfo.Licenses[0].Name
                + "|" + DatasetInfo.ContentHash.Length + "|" + string.Join(",", DatasetInfo.Tables.Select(t => t.Name + ":" + t.Rows.Count()))
                + "|" + string.Join(",", DatasetInfo.FindTable("countries")!.GetValues(Countries.UZB).Select(v => v is System.Collections.IEnumerable e && v is not string ? "[" + string.Join(";", e.Cast<object>()) + "]" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));
            """).ShouldBe("mini|1.2.3|Mini package|Test source|CC-BY-4.0|64|instruments:2,countries:2,ratifications:3|UZB,Uzbekistan,187,29.560,[O'zbekiston]");

    [Fact]
    public void Records_are_immutable_value_equal_and_print_without_following_navigation()
        => RunProbe("""
            var copy = Countries.UZB with { };
            return (copy == Countries.UZB) + "|" + Ratifications.Get("UZB-C029").ToString();
            """).ShouldBe("True|Ratification { Id = UZB-C029, CountryCode = UZB, InstrumentCode = C029, Year = 1992 }");

    [Fact]
    public void All_cannot_be_mutated_through_a_cast()
        => RunProbe("""
            return (Instruments.All is Instrument[]).ToString() + "|" + (Countries.UZB.Ratifications is Ratification[] arr && arr.Length > 0);
            """).ShouldBe("False|False");

    [Fact]
    public void Get_with_an_unknown_key_throws_KeyNotFoundException_naming_the_key()
        => RunProbe("""
            try { Instruments.Get("C404"); return "no exception"; }
            catch (System.Collections.Generic.KeyNotFoundException ex) { return ex.Message; }
            """).ShouldBe("No row of 'instruments' has code 'C404'.");
}
