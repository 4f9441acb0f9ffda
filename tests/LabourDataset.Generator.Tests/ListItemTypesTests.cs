using System.Collections;
using Microsoft.CodeAnalysis;

namespace LabourDataset.Generator.Tests;

/// <summary>Lists (itemType) and arrays (arrayItem) of integers, numbers, booleans, dates, years, datetimes and times.</summary>
public class ListItemTypesTests
{
    private const string Fields = """
        "fields": [ { "name": "id" },
          { "name": "counts", "type": "list", "itemType": "integer", "delimiter": ";" },
          { "name": "shares", "type": "array", "arrayItem": { "type": "number" } },
          { "name": "flags", "type": "list", "itemType": "boolean" },
          { "name": "days", "type": "array", "arrayItem": { "type": "date" } },
          { "name": "years", "type": "list", "itemType": "year" },
          { "name": "moments", "type": "array", "arrayItem": { "type": "datetime" } },
          { "name": "times", "type": "list", "itemType": "time" } ], "primaryKey": "id"
        """;

    private static object? Value(object row, string property) => row.GetType().GetProperty(property)!.GetValue(row);

    private static void AssertFirstRow(object a)
    {
        ((IEnumerable<long>)Value(a, "Counts")!).ShouldBe([42L, -15L, 12L]);
        ((IEnumerable<decimal>)Value(a, "Shares")!).ShouldBe([29.56m, 0.10m]);
        ((IEnumerable<decimal>)Value(a, "Shares")!).Last().ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe("0.10"); // digits kept
        ((IEnumerable<bool>)Value(a, "Flags")!).ShouldBe([true, false]);
        ((IEnumerable<DateOnly>)Value(a, "Days")!).ShouldBe([new DateOnly(2012, 1, 31)]);
        ((IEnumerable<int>)Value(a, "Years")!).ShouldBe([2012, 2013]);
        ((IEnumerable<DateTimeOffset>)Value(a, "Moments")!).ShouldBe([new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero)]);
        ((IEnumerable<TimeOnly>)Value(a, "Times")!).ShouldBe([new TimeOnly(8, 30), new TimeOnly(17, 0)]);
        a.ToString()!.ShouldContain("Counts = [42, -15, 12], Shares = [29.56, 0.10], Flags = [true, false], Days = [2012-01-31], Years = [2012, 2013]");
    }

    [Theory]
    [InlineData("inline")]
    [InlineData("compact")]
    public void Json_arrays_and_lists_of_every_scalar_type_read_back_exactly(string storage)
    {
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = "{ \"resources\": [ { \"name\": \"things\", \"path\": \"things.json\", \"csharp:rowStorage\": \"" + storage + "\", \"schema\": { " + Fields + " } } ] }",
            ["things.json"] = """
                [ { "id": "a", "counts": "42;-15;+12", "shares": [29.56, 0.10], "flags": "true,false", "days": ["2012-01-31"], "years": "2012,2013",
                    "moments": ["2024-01-02T03:04:05Z"], "times": "08:30:00,17:00:00" },
                  { "id": "b", "shares": [], "counts": "" } ]
                """,
        };
        GenerationResult result = GeneratorHarness.Run(files);
        result.LdsDiagnostics.ShouldBeEmpty();
        result.CompileErrors.ShouldBeEmpty();
        var rows = ((IEnumerable)result.Load().GetType("TestData.Things")!.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
        AssertFirstRow(rows[0]);
        ((IEnumerable<decimal>)Value(rows[1], "Shares")!).ShouldBeEmpty();
        Value(rows[1], "Days").ShouldBeNull();
        result.Source("Thing.g.cs").ShouldContain("public global::System.Collections.Generic.IReadOnlyList<long>? Counts { get; init; }");
    }

    [Fact]
    public void Csv_cells_read_as_lists_and_as_json_arrays()
    {
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = "{ \"resources\": [ { \"name\": \"things\", \"path\": \"things.csv\", \"schema\": { " + Fields + " } } ] }",
            ["things.csv"] = "id,counts,shares,flags,days,years,moments,times\n"
                + "a,42;-15;+12,\"[29.56, 0.10]\",\"true,false\",\"[\"\"2012-01-31\"\"]\",\"2012,2013\",\"[\"\"2024-01-02T03:04:05Z\"\"]\",\"08:30:00,17:00:00\"\n",
        };
        GenerationResult result = GeneratorHarness.Run(files);
        result.LdsDiagnostics.ShouldBeEmpty();
        AssertFirstRow(((IList)result.Load().GetType("TestData.Things")!.GetProperty("All")!.GetValue(null)!)[0]!);
    }

    [Fact]
    public void An_item_of_the_wrong_type_is_named_and_located()
    {
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = "{ \"resources\": [ { \"name\": \"things\", \"path\": \"things.json\", \"schema\": { " + Fields + " } },"
                + " { \"name\": \"more\", \"path\": \"more.csv\", \"schema\": { " + Fields + " } } ] }",
            ["things.json"] = """[ { "id": "a", "shares": [1.5, "2,5"], "counts": "1;x" } ]""",
            ["more.csv"] = "id,counts,shares,flags,days,years,moments,times\nb,,,yes,,,,\n",
        };
        var messages = GeneratorHarness.Run(files).LdsDiagnostics.Select(d => d.Id + " " + d.GetMessage() + " @" + d.Location.GetLineSpan().StartLinePosition).ToList();
        messages.ShouldContain("LDS0203 things.json: row #1 (id 'a') of resource 'things', field 'shares': expected a number item but found the string \"2,5\" @0,31");
        messages.ShouldContain(m => m.StartsWith("LDS0216 things.json: row #1 (id 'a') of resource 'things', field 'counts': '1;x' is not a list of integers separated by ';' (item 2 is 'x')", StringComparison.Ordinal));
        messages.ShouldContain(m => m.StartsWith("LDS0216 more.csv: row #1 (id 'b') of resource 'more', field 'flags': 'yes' is not a list of booleans (true or false) separated by ','", StringComparison.Ordinal) && m.EndsWith("@1,4", StringComparison.Ordinal));
    }

    [Fact]
    public void Item_types_without_a_canonical_text_and_keys_in_typed_lists_are_refused()
    {
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = """
                { "resources": [
                  { "name": "a", "path": "a.json", "schema": { "fields": [ { "name": "id", "type": "integer" } ], "primaryKey": "id" } },
                  { "name": "b", "path": "b.json", "schema": { "fields": [
                      { "name": "points", "type": "array", "arrayItem": { "type": "geopoint" } } ] } },
                  { "name": "c", "path": "c.json", "schema": { "fields": [ { "name": "refs", "type": "list", "itemType": "integer" } ],
                    "foreignKeys": [ { "fields": "refs", "reference": { "resource": "a", "fields": "id" } } ] } } ] }
                """,
            ["a.json"] = """[ { "id": 1 } ]""",
            ["b.json"] = "[]",
            ["c.json"] = """[ { "refs": "1" } ]""",
        };
        var diagnostics = GeneratorHarness.Run(files).LdsDiagnostics.Select(d => d.Id + " " + d.GetMessage()).ToList();
        diagnostics.ShouldContain(m => m.StartsWith("LDS0116", StringComparison.Ordinal) && m.Contains("array of geopoint"));
        diagnostics.ShouldContain(m => m.StartsWith("LDS0120", StringComparison.Ordinal) && m.Contains("field 'refs' has a different type"), string.Join("\n", diagnostics));
    }

    [Fact]
    public void Array_item_constraints_are_checked_on_every_item_at_its_location()
    {
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = """
                { "resources": [
                  { "name": "j", "path": "j.json", "schema": { "fields": [
                      { "name": "small", "type": "array", "arrayItem": { "type": "integer", "constraints": { "minimum": 1, "maximum": 5 } } },
                      { "name": "codes", "type": "array", "arrayItem": { "type": "string", "constraints": { "pattern": "[A-Z]{3}", "enum": ["UZB", "KHM", "IDN"] } } },
                      { "name": "days", "type": "array", "arrayItem": { "type": "date", "constraints": { "minimum": "2000-01-01" } } } ] } },
                  { "name": "c", "path": "c.csv", "schema": { "fields": [
                      { "name": "shares", "type": "array", "arrayItem": { "type": "number", "constraints": { "exclusiveMaximum": 100 } } } ] } } ] }
                """,
            ["j.json"] = "[\n  { \"small\": [1, 5, 6], \"codes\": [\"UZB\", \"uzb\", \"THA\"], \"days\": [\"2001-02-03\", \"1999-12-31\"] },\n  { \"small\": [], \"codes\": [], \"days\": null }\n]",
            ["c.csv"] = "shares\n\"[1.5, 100]\"\n\"[99.9]\"\n",
        };
        var diagnostics = GeneratorHarness.Run(files).LdsDiagnostics.ToList();
        string Line(Diagnostic d) => d.Id + " " + d.Location.GetLineSpan().StartLinePosition + " " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        var lines = diagnostics.Select(Line).ToList();
        lines.Count.ShouldBe(6, string.Join("\n", lines));
        // Each located at its item in JSON (line 2 of j.json, 0-based line 1), at the cell in CSV.
        lines.ShouldContain(l => l.StartsWith("LDS0205 1,", StringComparison.Ordinal) && l.Contains("small (item 3)") && l.Contains("maximum"));
        lines.ShouldContain(l => l.StartsWith("LDS0204 1,", StringComparison.Ordinal) && l.Contains("codes (item 2)") && l.Contains("'uzb'"));
        lines.ShouldContain(l => l.StartsWith("LDS0206 1,", StringComparison.Ordinal) && l.Contains("codes (item 2)"));
        lines.ShouldContain(l => l.StartsWith("LDS0204 1,", StringComparison.Ordinal) && l.Contains("codes (item 3)") && l.Contains("'THA'"));
        lines.ShouldContain(l => l.StartsWith("LDS0205 1,", StringComparison.Ordinal) && l.Contains("days (item 2)") && l.Contains("1999-12-31"));
        lines.ShouldContain(l => l.StartsWith("LDS0205 1,", StringComparison.Ordinal) && l.Contains("shares (item 2)") && l.Contains("exclusiveMaximum"));
    }

    [Fact]
    public void Arrays_of_objects_geojson_and_any_values_keep_each_item_as_its_json_text()
    {
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = """
                { "resources": [
                  { "name": "j", "path": "j.json", "schema": { "fields": [
                      { "name": "parts", "type": "array", "arrayItem": { "type": "object" } },
                      { "name": "shapes", "type": "array", "arrayItem": { "type": "geojson" } },
                      { "name": "anything", "type": "array", "arrayItem": { "type": "any" } } ] } },
                  { "name": "c", "path": "c.csv", "schema": { "fields": [ { "name": "parts", "type": "array", "arrayItem": { "type": "object" } } ] } } ] }
                """,
            ["j.json"] = """[ { "parts": [ { "a": 1 }, {"b": [2, 3]} ], "shapes": [ { "type": "Point", "coordinates": [1, 2] } ], "anything": [ "text", 4, { "x": null } ] } ]""",
            ["c.csv"] = "parts\n\"[{\"\"a\"\": 1}, {}]\"\n",
        };
        GenerationResult result = GeneratorHarness.Run(files);
        result.LdsDiagnostics.ShouldBeEmpty();
        result.CompileErrors.ShouldBeEmpty();
        var data = GeneratedData.ReadAll(result.Load());
        IReadOnlyList<object?> j = data["j"].Single();
        ((IReadOnlyList<string>)j[0]!).ShouldBe(["{ \"a\": 1 }", "{\"b\": [2, 3]}"]);
        ((IReadOnlyList<string>)j[1]!).ShouldBe(["{ \"type\": \"Point\", \"coordinates\": [1, 2] }"]);
        ((IReadOnlyList<string>)j[2]!).ShouldBe(["text", "4", "{ \"x\": null }"]);
        ((IReadOnlyList<string>)data["c"].Single()[0]!).ShouldBe(["{\"a\": 1}", "{}"]);
    }

    [Fact]
    public void An_item_that_is_not_an_object_is_located_and_object_items_take_no_constraints()
    {
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = """{ "resources": [ { "name": "j", "path": "j.json", "schema": { "fields": [ { "name": "parts", "type": "array", "arrayItem": { "type": "object" } }, { "name": "shapes", "type": "array", "arrayItem": { "type": "geojson" } } ] } } ] }""",
            ["j.json"] = "[\n  { \"parts\": [ {}, 5 ], \"shapes\": [ { \"coordinates\": [] } ] }\n]",
        };
        var diagnostics = GeneratorHarness.Run(files).LdsDiagnostics.ToList();
        diagnostics.Count.ShouldBe(2, string.Join("\n", diagnostics));
        diagnostics.ShouldAllBe(d => d.Id == "LDS0203" && d.Location.GetLineSpan().StartLinePosition.Line == 1);
        diagnostics.ShouldContain(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("a JSON object item"));
        diagnostics.ShouldContain(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("a GeoJSON object item"));
        var constrained = new Dictionary<string, string>
        {
            ["datapackage.json"] = """{ "resources": [ { "name": "j", "path": "j.json", "schema": { "fields": [ { "name": "parts", "type": "array", "arrayItem": { "type": "object", "constraints": { "minLength": 1 } } } ] } } ] }""",
            ["j.json"] = "[]",
        };
        GeneratorHarness.Run(constrained).LdsDiagnostics.Single().Id.ShouldBe("LDS0122");
    }

    [Fact]
    public void Required_and_unique_do_not_apply_to_one_item_and_are_reported()
    {
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = """{ "resources": [ { "name": "j", "path": "j.json", "schema": { "fields": [ { "name": "small", "type": "array", "arrayItem": { "type": "integer", "constraints": { "unique": true } } } ] } } ] }""",
            ["j.json"] = "[]",
        };
        Diagnostic error = GeneratorHarness.Run(files).LdsDiagnostics.Single();
        error.Id.ShouldBe("LDS0122");
        error.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("does not apply to one item");
    }

    [Theory]
    [InlineData("netstandard2.0")]
    [InlineData("net8.0")]
    public void Typed_lists_compile_without_warnings_on_netstandard_and_net8(string framework)
    {
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = "{ \"resources\": [ { \"name\": \"things\", \"path\": \"things.json\", \"csharp:rowStorage\": \"compact\", \"schema\": { " + Fields + " } } ] }",
            ["things.json"] = """[ { "id": "a", "counts": "1;2", "shares": [1.5], "days": ["2012-01-31"], "times": "08:30:00" }, { "id": "b" } ]""",
        };
        var (run, output) = ConsumerCompatibilityTests.Generate(framework, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp9, nullable: true, files);
        run.Diagnostics.ShouldBeEmpty();
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ShouldBeEmpty();
    }
}
