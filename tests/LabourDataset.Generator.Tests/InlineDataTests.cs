using System.Collections;
using Microsoft.CodeAnalysis;

namespace LabourDataset.Generator.Tests;

/// <summary>Rows written in datapackage.json ("data"), and JSON tables written as arrays after a header row.</summary>
public class InlineDataTests
{
    private static IList Rows(GenerationResult result, string collection)
        => (IList)result.Load().GetType("TestData." + collection)!.GetProperty("All")!.GetValue(null)!;

    private static object? Value(object row, string property) => row.GetType().GetProperty(property)!.GetValue(row);

    private const string Descriptor = """
        { "resources": [
          { "name": "kinds", "data": [ { "code": "c", "label": "Convention" }, { "code": "p", "label": "Protocol" } ],
            "schema": { "primaryKey": "code", "fields": [ { "name": "code" }, { "name": "label" } ] } },
          { "name": "units", "data": [ ["id", "size"], ["u1", 10], ["u2", null] ],
            "schema": { "primaryKey": "id", "fields": [ { "name": "id" }, { "name": "size", "type": "integer" } ] } },
          { "name": "items", "path": "items.json",
            "schema": { "fields": [ { "name": "name" }, { "name": "kind" } ], "foreignKeys": [ { "fields": "kind", "reference": { "resource": "kinds", "fields": "code" } } ] } }
        ] }
        """;

    [Fact]
    public void Inline_rows_as_objects_and_as_arrays_after_a_header_compile_and_foreign_keys_reach_them()
    {
        var files = new Dictionary<string, string> { ["datapackage.json"] = Descriptor, ["items.json"] = """[ ["name", "kind"], ["C029", "c"], ["P029", "p"] ]""" };
        GenerationResult result = GeneratorHarness.Run(files);
        result.LdsDiagnostics.ShouldBeEmpty();
        result.CompileErrors.ShouldBeEmpty();
        Rows(result, "Kinds").Count.ShouldBe(2);
        IList units = Rows(result, "Units");
        units.Count.ShouldBe(2);
        Value(units[0]!, "Size").ShouldBe(10L);
        Value(units[1]!, "Size").ShouldBeNull();
        IList items = Rows(result, "Items");
        Value(FindNavigation(items[1]!), "Label").ShouldBe("Protocol");
    }

    private static object FindNavigation(object row)
        => row.GetType().GetProperties().Single(p => p.PropertyType.Name == "Kind").GetValue(row)!;

    [Fact]
    public void Problems_in_inline_rows_are_located_in_the_descriptor()
    {
        string descriptor = Descriptor.Replace("[\"u2\", null]", "[\"u2\", \"big\"]", StringComparison.Ordinal);
        var files = new Dictionary<string, string> { ["datapackage.json"] = descriptor, ["items.json"] = """[ { "name": "X", "kind": "zzz" } ]""" };
        var diagnostics = GeneratorHarness.Run(files).LdsDiagnostics.ToList();
        Diagnostic wrongType = diagnostics.Single(d => d.Id == "LDS0203");
        wrongType.Location.GetLineSpan().Path.ShouldEndWith("datapackage.json");
        wrongType.Location.SourceSpan.Start.ShouldBe(descriptor.IndexOf("\"big\"", StringComparison.Ordinal));
        diagnostics.Single(d => d.Id == "LDS0302").GetMessage().ShouldContain("'zzz' matches no row of resource 'kinds'");
    }

    [Fact]
    public void Array_rows_check_their_header_and_width()
    {
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = Descriptor,
            ["items.json"] = """[ ["name", "colour"], ["C029"], { "name": "P029" } ]""",
        };
        var ids = GeneratorHarness.Run(files).LdsDiagnostics.Select(d => d.Id).Order(StringComparer.Ordinal).ToList();
        ids.ShouldBe(["LDS0200", "LDS0214", "LDS0215", "LDS0215"]);
    }

    [Fact]
    public void A_resource_with_both_path_and_data_is_an_error()
    {
        string both = """{ "resources": [ { "name": "a", "path": "a.json", "data": [], "schema": { "fields": [ { "name": "x" } ] } } ] }""";
        GeneratorHarness.Run(new Dictionary<string, string> { ["datapackage.json"] = both, ["a.json"] = "[]" }).LdsDiagnostics.Single().Id.ShouldBe("LDS0111");
    }
}
