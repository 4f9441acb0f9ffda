using System.Collections;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace LabourDataset.Generator.Tests;

/// <summary>
/// The v2 Table Dialect for JSON tables (Table Dialect, "Structured"): header, property, itemType, itemKeys. Each is
/// honoured or refused with a located LDS0127; properties for delimited text do not apply to JSON and are ignored, as
/// the spec says.
/// </summary>
public class JsonDialectTests
{
    private static string Descriptor(string dialect, string data = "\"path\": \"items.json\"") => $$"""
        { "resources": [ { "name": "items", {{data}}, "dialect": {{dialect}},
          "schema": { "primaryKey": "id", "fields": [ { "name": "id", "type": "integer" }, { "name": "name" } ] } } ] }
        """;

    private static List<(long Id, string? Name)> Rows(GenerationResult result)
    {
        result.LdsDiagnostics.ShouldBeEmpty();
        result.CompileErrors.ShouldBeEmpty();
        var all = (IEnumerable)result.Load().GetType("TestData.Items")!.GetProperty("All")!.GetValue(null)!;
        return all.Cast<object>().Select(r => ((long)r.GetType().GetProperty("Id")!.GetValue(r)!, (string?)r.GetType().GetProperty("Name")!.GetValue(r))).ToList();
    }

    private static GenerationResult Run(string descriptor, string items)
        => GeneratorHarness.Run(new Dictionary<string, string> { ["datapackage.json"] = descriptor, ["items.json"] = items });

    [Fact]
    public void Property_reads_the_rows_from_an_array_under_a_top_level_key()
    {
        string items = """{ "meta": { "source": "x", "rows": "not these" }, "rows": [ { "id": 1, "name": "apple" }, { "id": 2, "name": "orange" } ] }""";
        Rows(Run(Descriptor("""{ "property": "rows" }"""), items)).ShouldBe([(1L, "apple"), (2L, "orange")]);
    }

    [Fact]
    public void A_missing_or_wrong_property_is_located_where_the_rows_were_expected()
    {
        Diagnostic missing = Run(Descriptor("""{ "property": "rows" }"""), """{ "data": [] }""").LdsDiagnostics.Single();
        missing.Id.ShouldBe("LDS0101");
        missing.GetMessage(CultureInfo.InvariantCulture).ShouldContain("'rows'");
        Diagnostic notArray = Run(Descriptor("""{ "property": "rows" }"""), "{\n  \"rows\": { \"id\": 1 }\n}").LdsDiagnostics.Single();
        notArray.Id.ShouldBe("LDS0101");
        notArray.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(1);
        Run(Descriptor("""{ "property": "rows" }"""), "[]").LdsDiagnostics.Single().Id.ShouldBe("LDS0101");
    }

    [Fact]
    public void Header_false_reads_array_rows_by_position()
    {
        Rows(Run(Descriptor("""{ "header": false, "itemType": "array" }"""), """[ [1, "apple"], [2, "orange"] ]""")).ShouldBe([(1L, "apple"), (2L, "orange")]);
        // The default still reads the first array as the header row, by name.
        Rows(Run(Descriptor("{}"), """[ ["name", "id"], ["apple", 1] ]""")).ShouldBe([(1L, "apple")]);
    }

    [Fact]
    public void ItemType_refuses_rows_of_the_other_kind_at_the_row()
    {
        var diagnostics = Run(Descriptor("""{ "itemType": "object" }"""), "[\n  { \"id\": 1, \"name\": \"a\" },\n  [\"id\", \"name\"]\n]").LdsDiagnostics.ToList();
        diagnostics.Single().Id.ShouldBe("LDS0200");
        diagnostics.Single().Location.GetLineSpan().StartLinePosition.Line.ShouldBe(2);
        diagnostics.Single().GetMessage(CultureInfo.InvariantCulture).ShouldContain("itemType says each row is an object");
    }

    [Fact]
    public void ItemKeys_read_the_keys_listed_and_skip_the_others()
    {
        string items = """[ { "name": "apple", "id": 1, "count": 2 }, { "id": 2, "name": "orange", "count": 5 } ]""";
        Rows(Run(Descriptor("""{ "itemKeys": ["id", "name"] }"""), items)).ShouldBe([(1L, "apple"), (2L, "orange")]);
        // Without itemKeys the extra key is an error, never dropped silently.
        Run(Descriptor("{}"), items).LdsDiagnostics.Select(d => d.Id).Distinct().ShouldBe(["LDS0202"]);
    }

    [Theory]
    [InlineData("""{ "itemKeys": ["id"] }""", "itemKeys without field 'name'")]
    [InlineData("""{ "itemKeys": ["id", "name", "count"] }""", "itemKeys entry 'count'")]
    [InlineData("""{ "itemKeys": ["id", "name"], "itemType": "array" }""", "'itemKeys' with itemType")]
    [InlineData("""{ "itemType": "table" }""", "'itemType' set to")]
    [InlineData("""{ "property": 3 }""", "'property' set to")]
    public void A_json_dialect_that_cannot_be_honoured_is_LDS0127_in_the_descriptor(string dialect, string says)
    {
        Diagnostic error = Run(Descriptor(dialect), "[]").LdsDiagnostics.Single(d => d.Id == "LDS0127");
        error.GetMessage(CultureInfo.InvariantCulture).ShouldContain(says, customMessage: error.ToString());
        error.Location.GetLineSpan().Path.ShouldEndWith("datapackage.json");
    }

    [Fact]
    public void Inline_data_honours_header_and_item_keys_but_has_no_property_to_look_into()
    {
        GenerationResult positional = GeneratorHarness.Run(new Dictionary<string, string> { ["datapackage.json"] = Descriptor("""{ "header": false }""", """ "data": [ [1, "apple"] ] """) });
        Rows(positional).ShouldBe([(1L, "apple")]);
        GenerationResult property = GeneratorHarness.Run(new Dictionary<string, string> { ["datapackage.json"] = Descriptor("""{ "property": "rows" }""", """ "data": [] """) });
        property.LdsDiagnostics.Single().Id.ShouldBe("LDS0127");
    }

    [Fact]
    public void Delimited_text_properties_do_not_apply_to_json_and_are_ignored_with_a_note()
    {
        GenerationResult result = Run(Descriptor("""{ "delimiter": ";", "headerRows": [1] }"""), """[ { "id": 1, "name": "apple" } ]""");
        result.LdsDiagnostics.Select(d => d.Id + " " + d.Severity).ShouldBe(["LDS0132 Info", "LDS0132 Info"]);
        result.LdsDiagnostics.First().GetMessage(CultureInfo.InvariantCulture).ShouldContain("'delimiter', which applies to delimited text (CSV), not to a JSON file");
        result.CompileErrors.ShouldBeEmpty();
        var all = (IEnumerable)result.Load().GetType("TestData.Items")!.GetProperty("All")!.GetValue(null)!;
        all.Cast<object>().Count().ShouldBe(1);
    }
}
