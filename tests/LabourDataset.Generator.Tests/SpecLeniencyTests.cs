using System.Reflection;
using Microsoft.CodeAnalysis;

namespace LabourDataset.Generator.Tests;

/// <summary>
/// Metadata as lenient as the Data Package spec: what the spec makes optional is optional here, resources that are not
/// tables are skipped with a note (never silently), and an unsupported column type can be read as text by opt-in.
/// </summary>
public class SpecLeniencyTests
{
    private const string Items = """
        { "name": "items", "path": "items.json", "schema": { "fields": [ { "name": "code", "type": "string" } ], "primaryKey": "code" } }
        """;

    private static Dictionary<string, string> Package(string descriptor, string items = """[ { "code": "a" } ]""")
        => new() { ["datapackage.json"] = descriptor, ["items.json"] = items };

    private static object? DatasetInfo(GenerationResult result, string property)
        => result.Load().GetType("TestData.DatasetInfo")!.GetProperty(property)!.GetValue(null);

    [Fact]
    public void A_package_without_name_or_version_compiles_and_says_null()
    {
        GenerationResult result = GeneratorHarness.Run(Package("{ \"resources\": [" + Items + "] }"));
        result.LdsDiagnostics.ShouldBeEmpty();
        result.CompileErrors.ShouldBeEmpty();
        result.Source("DatasetInfo.g.cs").ShouldContain("public static string? Name => null;");
        DatasetInfo(result, "Name").ShouldBeNull();
        DatasetInfo(result, "Version").ShouldBeNull();
    }

    [Fact]
    public void A_version_that_is_not_semver_is_kept_with_a_note()
    {
        GenerationResult result = GeneratorHarness.Run(Package("{ \"name\": \"gdp\", \"version\": \"2026\", \"resources\": [" + Items + "] }"));
        result.LdsDiagnostics.Select(d => (d.Id, d.Severity)).ShouldBe([("LDS0121", DiagnosticSeverity.Info)]);
        result.CompileErrors.ShouldBeEmpty();
        DatasetInfo(result, "Version").ShouldBe("2026");
    }

    [Fact]
    public void A_package_name_outside_the_pattern_is_kept_with_a_note()
    {
        GenerationResult result = GeneratorHarness.Run(Package("{ \"name\": \"My Data\", \"resources\": [" + Items + "] }"));
        result.LdsDiagnostics.Select(d => (d.Id, d.Severity)).ShouldBe([("LDS0123", DiagnosticSeverity.Info)]);
        DatasetInfo(result, "Name").ShouldBe("My Data");
    }

    [Fact]
    public void A_source_without_a_title_is_kept()
    {
        GenerationResult result = GeneratorHarness.Run(Package("{ \"sources\": [ { \"path\": \"https://example.org/data\" } ], \"resources\": [" + Items + "] }"));
        result.LdsDiagnostics.ShouldBeEmpty();
        var sources = (System.Collections.IEnumerable)DatasetInfo(result, "Sources")!;
        object source = sources.Cast<object>().Single();
        source.GetType().GetProperty("Title")!.GetValue(source).ShouldBeNull();
        source.GetType().GetProperty("Path")!.GetValue(source).ShouldBe("https://example.org/data");
    }

    [Fact]
    public void A_resource_that_is_not_a_table_is_skipped_with_a_located_note()
    {
        string descriptor = "{ \"resources\": [" + Items + ", { \"name\": \"readme\", \"path\": \"README.md\", \"format\": \"md\" } ] }";
        GenerationResult result = GeneratorHarness.Run(Package(descriptor));
        Diagnostic note = result.LdsDiagnostics.Single();
        note.Id.ShouldBe("LDS0124");
        note.Severity.ShouldBe(DiagnosticSeverity.Info);
        note.GetMessage().ShouldContain("'readme'");
        note.Location.SourceSpan.Start.ShouldBe(descriptor.IndexOf("\"readme\"", StringComparison.Ordinal));
        result.CompileErrors.ShouldBeEmpty();
        result.RunResult.Results.SelectMany(r => r.GeneratedSources).ShouldNotContain(s => s.HintName.StartsWith("Readme", StringComparison.Ordinal));
    }

    [Fact]
    public void A_resource_declared_tabular_without_a_schema_is_an_error()
    {
        string descriptor = "{ \"resources\": [" + Items + ", { \"name\": \"rows\", \"path\": \"items.json\", \"type\": \"table\" } ] }";
        GeneratorHarness.Run(Package(descriptor)).LdsDiagnostics.Single().Id.ShouldBe("LDS0110");
    }

    [Fact]
    public void A_foreign_key_into_a_skipped_resource_is_an_error()
    {
        string descriptor = """
            { "resources": [
              { "name": "items", "path": "items.json", "schema": { "fields": [ { "name": "code" }, { "name": "doc" } ],
                "foreignKeys": [ { "fields": "doc", "reference": { "resource": "docs", "fields": "id" } } ] } },
              { "name": "docs", "path": "docs.pdf" } ] }
            """;
        var diagnostics = GeneratorHarness.Run(Package(descriptor)).LdsDiagnostics.ToList();
        diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ShouldBe(["LDS0120", "LDS0124"]);
        diagnostics.Single(d => d.Id == "LDS0120").GetMessage().ShouldContain("'docs', which has no Table Schema and is not compiled");
        diagnostics.Single(d => d.Id == "LDS0120").Severity.ShouldBe(DiagnosticSeverity.Error);
    }

    private const string Places = """
        { "name": "places", "path": "places.json", "schema": { "fields": [
          { "name": "name", "type": "string" }, { "name": "at", "type": "vector" }, { "name": "seen", "type": "timestamp" }, { "name": "extra", "type": "record" } ] } }
        """;

    private const string PlacesRows = """
        [ { "name": "Kupang", "at": [123.6, -10.2], "seen": "2024-01-02T03:04:05Z", "extra": { "a": 1 } }, { "name": "Dili", "at": "125.6, -8.6" } ]
        """;

    [Fact]
    public void An_unsupported_type_fails_unless_the_project_opts_in()
    {
        var files = new Dictionary<string, string> { ["datapackage.json"] = "{ \"resources\": [" + Places + "] }", ["places.json"] = PlacesRows };
        GeneratorHarness.Run(files).LdsDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).Distinct().ShouldBe(["LDS0116"]);

        GenerationResult optedIn = GeneratorHarness.Run(files, buildProperties: new Dictionary<string, string> { ["LabourDatasetUnsupportedTypes"] = "string" });
        optedIn.LdsDiagnostics.Select(d => d.Id).ShouldBe(["LDS0125", "LDS0125", "LDS0125"], ignoreOrder: true);
        optedIn.CompileErrors.ShouldBeEmpty();
        Assembly assembly = optedIn.Load();
        var all = (System.Collections.IList)assembly.GetType("TestData.Places")!.GetProperty("All")!.GetValue(null)!;
        object kupang = all[0]!;
        kupang.GetType().GetProperty("At")!.GetValue(kupang).ShouldBe("[123.6, -10.2]");
        kupang.GetType().GetProperty("Seen")!.GetValue(kupang).ShouldBe("2024-01-02T03:04:05Z");
        kupang.GetType().GetProperty("Extra")!.GetValue(kupang).ShouldBe("{ \"a\": 1 }");
        all[1]!.GetType().GetProperty("At")!.GetValue(all[1]).ShouldBe("125.6, -8.6");
        optedIn.Source("DatasetInfo.g.cs").ShouldContain("new DataPackageField(\"at\", \"At\", \"vector\"");
    }

    [Fact]
    public void The_descriptor_can_opt_in_too_and_a_bad_setting_is_reported()
    {
        var files = new Dictionary<string, string> { ["datapackage.json"] = "{ \"csharp:unsupportedTypes\": \"string\", \"resources\": [" + Places + "] }", ["places.json"] = PlacesRows };
        GeneratorHarness.Run(files).LdsDiagnostics.ShouldAllBe(d => d.Id == "LDS0125");

        var badProperty = GeneratorHarness.Run(Package("{ \"resources\": [" + Items + "] }"), buildProperties: new Dictionary<string, string> { ["LabourDatasetUnsupportedTypes"] = "text" });
        badProperty.LdsDiagnostics.Single().Id.ShouldBe("LDS0151");
    }

    [Fact]
    public void Missing_values_inherit_from_schema_resource_and_package()
    {
        string descriptor = """
            { "missingValues": ["-"], "resources": [
              { "name": "a", "path": "a.json", "schema": { "fields": [ { "name": "x", "type": "integer" } ] } },
              { "name": "b", "path": "b.json", "missingValues": ["n/a"], "schema": { "fields": [ { "name": "x", "type": "integer" } ] } },
              { "name": "c", "path": "c.json", "schema": { "missingValues": ["?"], "fields": [ { "name": "x", "type": "integer", "missingValues": ["NA"] }, { "name": "y", "type": "integer" } ] } } ] }
            """;
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = descriptor,
            ["a.json"] = """[ { "x": "-" } ]""",
            ["b.json"] = """[ { "x": "n/a" } ]""",
            ["c.json"] = """[ { "x": "NA", "y": "?" } ]""",
        };
        GeneratorHarness.Run(files).LdsDiagnostics.ShouldBeEmpty();
        files["b.json"] = """[ { "x": "-" } ]""";
        GeneratorHarness.Run(files).LdsDiagnostics.Single().Id.ShouldBe("LDS0203");
    }
}
