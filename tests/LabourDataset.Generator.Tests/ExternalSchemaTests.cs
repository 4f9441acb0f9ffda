using System.Collections;
using Microsoft.CodeAnalysis;

namespace LabourDataset.Generator.Tests;

/// <summary>A resource's schema and dialect may be JSON files named by path (Data Package v1 and v2 allow both).</summary>
public class ExternalSchemaTests
{
    private const string Descriptor = """
        { "resources": [ { "name": "countries", "path": "countries.csv", "schema": "schemas/countries.schema.json", "dialect": "dialect.json" } ] }
        """;

    private const string Schema = """
        { "fields": [ { "name": "code", "constraints": { "pattern": "[A-Z]{3}" } }, { "name": "members", "type": "integer" } ], "primaryKey": "code" }
        """;

    private static Dictionary<string, string> Files(string schema = Schema, string dialect = """{ "delimiter": ";" }""", string csv = "code;members\nUZB;187\nKHM;\n") => new()
    {
        ["datapackage.json"] = Descriptor,
        ["schemas/countries.schema.json"] = schema,
        ["dialect.json"] = dialect,
        ["countries.csv"] = csv,
    };

    [Fact]
    public void A_schema_and_a_dialect_by_path_are_read()
    {
        GenerationResult result = GeneratorHarness.Run(Files());
        result.LdsDiagnostics.ShouldBeEmpty();
        result.CompileErrors.ShouldBeEmpty();
        var rows = (IList)result.Load().GetType("TestData.Countries")!.GetProperty("All")!.GetValue(null)!;
        rows.Count.ShouldBe(2);
        rows[0]!.GetType().GetProperty("Members")!.GetValue(rows[0]).ShouldBe(187L);
    }

    [Fact]
    public void Problems_in_a_schema_file_are_located_in_that_file()
    {
        string bad = Schema.Replace("\"type\": \"integer\"", "\"type\": \"integr\"", StringComparison.Ordinal);
        Diagnostic d = GeneratorHarness.Run(Files(schema: bad)).LdsDiagnostics.Single();
        d.Id.ShouldBe("LDS0116");
        d.Location.GetLineSpan().Path.ShouldEndWith("schemas/countries.schema.json");
        d.Location.SourceSpan.Start.ShouldBe(bad.IndexOf("\"integr\"", StringComparison.Ordinal));
        d.GetMessage().ShouldStartWith("countries.schema.json:");
    }

    [Fact]
    public void A_missing_or_malformed_schema_or_dialect_file_is_an_error()
    {
        var files = Files();
        files.Remove("schemas/countries.schema.json");
        Diagnostic missing = GeneratorHarness.Run(files).LdsDiagnostics.Single();
        missing.Id.ShouldBe("LDS0114");
        missing.GetMessage().ShouldContain("(schema)");

        GeneratorHarness.Run(Files(dialect: "[1]")).LdsDiagnostics.Single().Id.ShouldBe("LDS0101");
        GeneratorHarness.Run(Files(schema: "{ \"fields\": ")).LdsDiagnostics.Single().Id.ShouldBe("LDS0100");
        GeneratorHarness.Run(Files(dialect: """{ "delimiter": ";;" }""")).LdsDiagnostics.Single().Id.ShouldBe("LDS0127");
    }

    [Fact]
    public void A_schema_path_that_leaves_the_package_is_refused()
    {
        var files = Files();
        files["datapackage.json"] = Descriptor.Replace("schemas/countries.schema.json", "../outside.json", StringComparison.Ordinal);
        GeneratorHarness.Run(files).LdsDiagnostics.Single().Id.ShouldBe("LDS0115");
    }
}
