using Microsoft.CodeAnalysis;

namespace LabourDataset.Generator.Tests;

/// <summary>Table Schema rules read the way the spec writes them, with messages that name the real problem.</summary>
public class SpecCorrectnessTests
{
    [Fact]
    public void A_pattern_must_match_the_whole_value_including_a_final_line_break()
    {
        string instruments = """[ { "code": "C029\n", "title": "t", "year": 1930 } ]""";
        var diagnostics = GeneratorHarness.Run(Fixtures.Package(instruments: instruments, ratifications: "[]")).LdsDiagnostics.ToList();
        diagnostics.Single().Id.ShouldBe("LDS0206");
    }

    [Fact]
    public void A_fraction_in_an_integer_field_is_named_as_such()
    {
        string countries = """[ { "code": "UZB", "name": "Uzbekistan", "members": 1.0 } ]""";
        Diagnostic d = GeneratorHarness.Run(Fixtures.Package(countries: countries, ratifications: "[]")).LdsDiagnostics.Single();
        d.Id.ShouldBe("LDS0203");
        d.GetMessage().ShouldContain("a whole number written without a fraction or exponent");
        d.GetMessage().ShouldNotContain("64-bit");
    }

    [Fact]
    public void A_v2_self_reference_leaves_out_the_resource()
    {
        string descriptor = """
            { "resources": [ { "name": "areas", "path": "areas.json", "schema": { "primaryKey": "code",
              "fields": [ { "name": "code" }, { "name": "parentCode" } ],
              "foreignKeys": [ { "fields": "parentCode", "reference": { "fields": "code" } } ] } } ] }
            """;
        var files = new Dictionary<string, string> { ["datapackage.json"] = descriptor, ["areas.json"] = """[ { "code": "ID" }, { "code": "ID-NTT", "parentCode": "ID" }, { "code": "X", "parentCode": "NOPE" } ]""" };
        GenerationResult result = GeneratorHarness.Run(files);
        result.LdsDiagnostics.Single().Id.ShouldBe("LDS0302");
        result.Source("Area.g.cs").ShouldContain("public Area? Parent =>");
    }

    [Fact]
    public void A_remote_path_is_a_clear_error()
    {
        string descriptor = """{ "resources": [ { "name": "gdp", "path": "https://datahub.io/core/gdp/r/gdp.csv", "schema": { "fields": [ { "name": "year" } ] } } ] }""";
        Diagnostic d = GeneratorHarness.Run(new Dictionary<string, string> { ["datapackage.json"] = descriptor }).LdsDiagnostics.Single();
        d.Id.ShouldBe("LDS0128");
        d.GetMessage().ShouldContain("download the file");
    }

    [Fact]
    public void A_missing_required_value_is_one_LDS_error_and_no_error_or_warning_inside_generated_code()
    {
        string countries = """[ { "code": "UZB", "name": null, "members": 1 } ]""";
        string descriptor = Fixtures.Descriptor.Replace("""{ "name": "members", "type": "integer" }""", """{ "name": "members", "type": "integer", "constraints": { "required": true } }""");
        string countriesMissingMembers = """[ { "code": "UZB", "name": "Uzbekistan" } ]""";
        foreach (var (desc, rows) in new[] { (Fixtures.Descriptor, countries), (descriptor, countriesMissingMembers) })
        {
            GenerationResult result = GeneratorHarness.Run(Fixtures.Package(descriptor: desc, countries: rows, ratifications: "[]"));
            result.LdsDiagnostics.Single().Id.ShouldBe("LDS0201");
            result.Output.GetDiagnostics().Where(d => d.Location.SourceTree?.FilePath.EndsWith(".g.cs", StringComparison.Ordinal) == true && d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
        }
    }

    private static List<(string Id, string Message)> Problems(string fields, string rows, string extraSchema = "")
    {
        string descriptor = "{ \"resources\": [ { \"name\": \"items\", \"path\": \"items.json\", \"schema\": { \"fields\": [" + fields + "]" + extraSchema + " } } ] }";
        return GeneratorHarness.Run(new Dictionary<string, string> { ["datapackage.json"] = descriptor, ["items.json"] = rows }).LdsDiagnostics
            .Select(d => (d.Id, d.GetMessage())).ToList();
    }

    [Fact]
    public void Exclusive_bounds_exclude_the_bound_itself()
    {
        var problems = Problems("""{ "name": "n", "type": "number", "constraints": { "exclusiveMinimum": 0, "exclusiveMaximum": 100 } }, { "name": "d", "type": "date", "constraints": { "exclusiveMaximum": "2000-01-01" } }""",
            """[ { "n": 0, "d": "1999-12-31" }, { "n": 50, "d": "2000-01-01" }, { "n": 100 }, { "n": 0.001 } ]""");
        problems.Select(p => p.Id).ShouldBe(["LDS0205", "LDS0205", "LDS0205"]);
        problems[0].Message.ShouldContain("0 is not above the exclusiveMinimum 0");
        problems.ShouldContain(p => p.Message.Contains("2000-01-01 is not before the exclusiveMaximum 2000-01-01"));
        problems.ShouldContain(p => p.Message.Contains("100 is not below the exclusiveMaximum 100"));
    }

    [Fact]
    public void Unique_keys_compare_the_combination_and_skip_rows_with_a_null()
    {
        var problems = Problems("""{ "name": "area" }, { "name": "year", "type": "year" }""",
            """[ { "area": "A", "year": 2015 }, { "area": "A", "year": 2016 }, { "area": "A", "year": 2015 }, { "area": "A" }, { "area": "A" } ]""",
            """, "uniqueKeys": [ ["area", "year"] ]""");
        problems.Select(p => p.Id).ShouldBe(["LDS0303"]);
        problems[0].Message.ShouldContain("repeats the values 'A', '2015' of unique key (area, year) from row #1");
        Problems("""{ "name": "area" }""", "[]", """, "uniqueKeys": [ ["nope"] ]""").Select(p => p.Id).ShouldBe(["LDS0111"]);
    }

    [Theory]
    [InlineData("email", "someone@example.org", "not an address")]
    [InlineData("uri", "https://www.ilo.org/", "www.ilo.org")]
    [InlineData("uuid", "0f8fad5b-d9cb-469f-a165-70867728950e", "0f8fad5b")]
    [InlineData("binary", "aGVsbG8=", "not base64!")]
    public void String_formats_are_checked(string format, string good, string bad)
    {
        var problems = Problems("""{ "name": "s", "format": "FORMAT" }""".Replace("FORMAT", format, StringComparison.Ordinal),
            "[ { \"s\": \"" + good + "\" }, { \"s\": \"" + bad + "\" } ]");
        problems.Select(p => p.Id).ShouldBe(["LDS0217"]);
        problems[0].Message.ShouldContain("'" + bad + "' is not");
    }
}
