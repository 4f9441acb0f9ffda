using Microsoft.CodeAnalysis;

namespace LabourDataset.Generator.Tests;

/// <summary>Bad data gives the right LDS diagnostic, at the right line and column, and never an exception.</summary>
public class DiagnosticTests
{
    private static Diagnostic Single(GenerationResult result, string id)
    {
        result.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "CS8785");
        var matching = result.LdsDiagnostics.Where(d => d.Id == id).ToList();
        matching.Count.ShouldBe(1, string.Join("\n", result.LdsDiagnostics));
        return matching[0];
    }

    private static void ShouldPointAt(Diagnostic diagnostic, string file, int line, int column)
    {
        FileLinePositionSpan span = diagnostic.Location.GetLineSpan();
        span.Path.ShouldBe(GeneratorHarness.Root + file);
        (span.StartLinePosition.Line + 1).ShouldBe(line, diagnostic.ToString());
        (span.StartLinePosition.Character + 1).ShouldBe(column, diagnostic.ToString());
    }

    [Fact]
    public void Malformed_row_is_an_error_at_its_line_not_a_crash()
    {
        string broken = "[\n  { \"id\": \"UZB-C029\", \"countryCode\": \"UZB\", \"instrumentCode\": \"C029\", \"year\": 1992 },\n  { \"id\": \"KHM-C029\", \"countryCode\": \"KHM\" \"instrumentCode\": \"C029\" }\n]";
        GenerationResult result = GeneratorHarness.Run(Fixtures.Package(ratifications: broken));
        Diagnostic d = Single(result, "LDS0100");
        d.Severity.ShouldBe(DiagnosticSeverity.Error);
        ShouldPointAt(d, "ratifications.json", 3, 44);
        d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("ratifications.json: invalid JSON at line 3, column 44: expected ',' or '}'");
        // The other tables still generate, and the broken one still yields a (empty) collection so nothing else breaks.
        result.CompileErrors.ShouldBeEmpty();
        result.Source("Instruments.g.cs").ShouldContain("C029");
    }

    [Fact]
    public void Dangling_foreign_key_points_at_the_value()
    {
        string rows = Fixtures.Ratifications.Replace("\"countryCode\": \"KHM\"", "\"countryCode\": \"XXX\"");
        Diagnostic d = Single(GeneratorHarness.Run(Fixtures.Package(ratifications: rows)), "LDS0302");
        ShouldPointAt(d, "ratifications.json", 3, 38);
        d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(
            "ratifications.json: row #2 (id 'KHM-C029') of resource 'ratifications', field 'countryCode': 'XXX' matches no row of resource 'countries' (field 'code'); fix the value or add the row");
    }

    [Fact]
    public void Duplicate_primary_key_is_reported_on_the_second_row()
    {
        string rows = Fixtures.Instruments.Replace("\"code\": \"C138\"", "\"code\": \"C029\"");
        Diagnostic d = Single(GeneratorHarness.Run(Fixtures.Package(instruments: rows)), "LDS0300");
        ShouldPointAt(d, "instruments.json", 3, 13);
        d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("repeats primary key 'C029' of row #1");
    }

    [Theory]
    [InlineData("\"year\": 1930,", "\"year\": \"1930\",", "LDS0209")]
    [InlineData("\"year\": 1930,", "\"year\": 1900,", "LDS0205")]
    [InlineData("\"adopted\": \"1930-06-28\"", "\"adopted\": \"1930-02-30\"", "LDS0208")]
    [InlineData("\"category\": \"fundamental\" },\n  { \"code\": \"C138\"", "\"category\": \"core\" },\n  { \"code\": \"C138\"", "LDS0204")]
    [InlineData("\"code\": \"C029\"", "\"code\": \"X29\"", "LDS0206")]
    [InlineData("\"fundamental\": true, \"category\": \"fundamental\" },\n  { \"code\": \"C138\"", "\"fundamental\": \"yes\", \"category\": \"fundamental\" },\n  { \"code\": \"C138\"", "LDS0203")]
    [InlineData("\"title\": \"Forced Labour Convention, 1930 (No. 29)\", ", "", "LDS0201")]
    [InlineData("\"title\": \"Forced Labour Convention, 1930 (No. 29)\"", "\"title\": \"\"", "LDS0212")]
    [InlineData("\"year\": 1930,", "\"year\": 1930, \"yaer\": 1930,", "LDS0202")]
    [InlineData("\"year\": 1930,", "\"year\": 1930, \"year\": 1930,", "LDS0213")]
    public void Row_problems_give_their_own_diagnostic(string from, string to, string id)
    {
        string instruments = Fixtures.Instruments.Replace("\r\n", "\n");
        instruments.ShouldContain(from);
        GenerationResult result = GeneratorHarness.Run(Fixtures.Package(instruments: instruments.Replace(from, to)));
        Diagnostic d = Single(result, id);
        d.Location.GetLineSpan().Path.ShouldBe(GeneratorHarness.Root + "instruments.json");
        d.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(1);
        d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("resource 'instruments'");
    }

    [Theory]
    [InlineData("29.560", "1e400", "LDS0211")]
    [InlineData("29.560", "0.12345678901234567890123456789012", "LDS0211")]
    [InlineData("187", "99999999999999999999", "LDS0210")]
    [InlineData("187", "1.5", "LDS0203")]
    [InlineData("29.560", "\"29,56\"", "LDS0203")]
    public void Numbers_that_cannot_be_stored_exactly_are_errors(string from, string to, string id)
    {
        GenerationResult result = GeneratorHarness.Run(Fixtures.Package(countries: Fixtures.Countries.Replace(from, to)));
        Diagnostic d = Single(result, id);
        d.Location.GetLineSpan().Path.ShouldBe(GeneratorHarness.Root + "countries.json");
    }

    [Fact]
    public void Decimal_comma_as_bare_json_gets_a_targeted_hint()
    {
        Diagnostic d = Single(GeneratorHarness.Run(Fixtures.Package(countries: Fixtures.Countries.Replace("29.560", "29,56"))), "LDS0100");
        d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("write 29.56, not 29,56");
    }

    [Theory]
    [InlineData("\"path\": \"countries.json\"", "\"path\": \"missing.json\"", "LDS0114")]
    [InlineData("\"path\": \"countries.json\"", "\"path\": \"../countries.json\"", "LDS0115")]
    [InlineData("\"path\": \"countries.json\"", "\"path\": \"/etc/countries.json\"", "LDS0115")]
    [InlineData("{ \"name\": \"members\", \"type\": \"integer\" }", "{ \"name\": \"members\", \"type\": \"vector\" }", "LDS0116")]
    [InlineData("{ \"name\": \"members\", \"type\": \"integer\" }", "{ \"name\": \"members\", \"type\": \"integer\", \"constraints\": { \"maxItems\": 3 } }", "LDS0117")]
    [InlineData("\"name\": \"countries\",", "\"name\": \"Countries!\",", "LDS0118")]
    [InlineData("\"primaryKey\": \"code\"", "\"primaryKey\": \"kode\"", "LDS0119")]
    [InlineData("\"resource\": \"countries\"", "\"resource\": \"nations\"", "LDS0120")]
    [InlineData("\"version\": \"1.2.3\"", "\"version\": \"one\"", "LDS0121")]
    [InlineData("\"pattern\": \"^[A-Z][0-9]{3}$\"", "\"pattern\": \"([A-Z\"", "LDS0122")]
    [InlineData("\"name\": \"instruments\",", "\"name\": \"countries\",", "LDS0112")]
    [InlineData("{ \"name\": \"members\", \"type\": \"integer\" }", "{ \"name\": \"name\", \"type\": \"integer\" }", "LDS0113")]
    [InlineData("{ \"name\": \"members\", \"type\": \"integer\" }", "{ \"name\": \"Name\", \"type\": \"integer\" }", "LDS0130")]
    public void Descriptor_problems_give_their_own_diagnostic(string from, string to, string id)
    {
        string descriptor = Fixtures.Descriptor.Replace("\r\n", "\n");
        descriptor.ShouldContain(from);
        GenerationResult result = GeneratorHarness.Run(Fixtures.Package(descriptor: descriptor.Replace(from, to)));
        Diagnostic d = result.LdsDiagnostics.First(x => x.Id == id);
        d.Location.GetLineSpan().Path.ShouldBe(GeneratorHarness.Root + "datapackage.json");
        d.Location.GetLineSpan().StartLinePosition.Line.ShouldBeGreaterThan(0);
        result.GeneratorDiagnostics.ShouldNotContain(x => x.Id == "CS8785");
    }

    [Fact]
    public void Every_descriptor_has_a_help_link_and_a_catalogue_entry()
    {
        string catalogue = File.ReadAllText(Path.Combine(LabourDataset.Testing.RepositoryRoot.Path, "docs", "diagnostics.md"));
        foreach (var descriptor in LabourDataset.Generator.Diagnostics.DiagnosticDescriptors.All)
        {
            descriptor.HelpLinkUri.ShouldEndWith("#" + descriptor.Id.ToLowerInvariant());
            catalogue.ShouldContain("## " + descriptor.Id, customMessage: descriptor.Id + " is not documented");
        }
    }

}

public class MoreDiagnosticTests
{
    private static IEnumerable<string> Ids(Dictionary<string, string> files) => GeneratorHarness.Run(files).LdsDiagnostics.Select(d => d.Id);

    [Fact]
    public void Row_that_is_not_an_object_is_LDS0200()
        => Ids(Fixtures.Package(instruments: "[ { \"code\": \"C029\", \"title\": \"t\", \"year\": 1930 }, [\"C138\", \"Minimum Age\"] ]")).ShouldContain("LDS0200");

    [Fact]
    public void Resource_file_that_is_not_an_array_is_LDS0101()
        => Ids(Fixtures.Package(instruments: "{ \"rows\": [] }")).ShouldContain("LDS0101");

    [Fact]
    public void Descriptor_that_is_not_an_object_is_LDS0101()
        => Ids(Fixtures.Package(descriptor: "[]")).ShouldContain("LDS0101");

    [Fact]
    public void Missing_resources_is_LDS0110_and_wrong_type_is_LDS0111()
    {
        Ids(Fixtures.Package(descriptor: "{ \"name\": \"x\", \"version\": \"1.0.0\" }")).ShouldContain("LDS0110");
        Ids(Fixtures.Package(descriptor: "{ \"name\": \"x\", \"version\": \"1.0.0\", \"resources\": {} }")).ShouldContain("LDS0111");
    }

    [Fact]
    public void Unique_and_length_constraints_are_checked()
    {
        string descriptor = Fixtures.Descriptor.Replace("{ \"name\": \"name\", \"type\": \"string\", \"constraints\": { \"required\": true } }",
            "{ \"name\": \"name\", \"type\": \"string\", \"constraints\": { \"required\": true, \"unique\": true, \"maxLength\": 9 } }");
        descriptor.ShouldNotBe(Fixtures.Descriptor);
        var ids = Ids(Fixtures.Package(descriptor: descriptor, countries: Fixtures.Countries.Replace("\"Cambodia\"", "\"Uzbekistan\""))).ToList();
        ids.ShouldContain("LDS0301");
        ids.ShouldContain("LDS0207");
    }

    [Fact]
    public void Two_descriptors_are_LDS0003_and_json_without_descriptor_is_LDS0002()
    {
        var files = Fixtures.Package();
        files["other/datapackage.json"] = Fixtures.Descriptor;
        Ids(files).ShouldContain("LDS0003");
        Ids(new Dictionary<string, string> { ["rows.json"] = "[]" }).ShouldContain("LDS0002");
    }

    [Fact]
    public void A_missing_value_marker_becomes_null_for_optional_fields()
    {
        string descriptor = Fixtures.Descriptor.Replace("\"primaryKey\": \"code\"", "\"primaryKey\": \"code\", \"missingValues\": [\"\", \"-\"]");
        string countries = Fixtures.Countries.Replace("\"aliases\": [] }", "\"aliases\": [], \"members\": null }").Replace("\"share\": null", "\"share\": \"-\"");
        GenerationResult result = GeneratorHarness.Run(Fixtures.Package(descriptor: descriptor, countries: countries));
        result.LdsDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        result.Source("Countries.g.cs").ShouldContain("new Country(\"KHM\", \"Cambodia\", null, null,");
    }
}
