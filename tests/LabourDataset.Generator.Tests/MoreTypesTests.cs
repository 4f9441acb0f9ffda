using System.Collections;
using Microsoft.CodeAnalysis;

namespace LabourDataset.Generator.Tests;

/// <summary>datetime, time, yearmonth, geopoint, duration, object, geojson and any, from JSON and CSV, inline and compact.</summary>
public class MoreTypesTests
{
    private const string Fields = """
        "fields": [ { "name": "id" }, { "name": "at", "type": "datetime" }, { "name": "opens", "type": "time" }, { "name": "month", "type": "yearmonth" },
          { "name": "where", "type": "geopoint" }, { "name": "lasts", "type": "duration" }, { "name": "extra", "type": "object" },
          { "name": "shape", "type": "geojson" }, { "name": "anything", "type": "any" } ], "primaryKey": "id"
        """;

    private const string JsonRows = """
        [ { "id": "a", "at": "2024-01-02T03:04:05Z", "opens": "08:30:00", "month": "2015-07", "where": "125.6, -8.6", "lasts": "P1Y2M",
            "extra": { "k": [1, 2] }, "shape": { "type": "Point", "coordinates": [125.6, -8.6] }, "anything": 12.50 },
          { "id": "b", "at": "2024-01-02T10:04:05.25+07:00", "opens": "23:59:59.5", "month": "1999-12", "where": [123.6, -10.2], "lasts": "PT36H", "anything": "text" },
          { "id": "c", "where": { "lon": 0, "lat": 0 } } ]
        """;

    private static Dictionary<string, string> Json(string storage) => new()
    {
        ["datapackage.json"] = "{ \"resources\": [ { \"name\": \"things\", \"path\": \"things.json\", \"csharp:rowStorage\": \"" + storage + "\", \"schema\": { " + Fields + " } } ] }",
        ["things.json"] = JsonRows,
    };

    private static object? Value(object row, string property) => row.GetType().GetProperty(property)!.GetValue(row);

    [Theory]
    [InlineData("inline")]
    [InlineData("compact")]
    public void Every_type_reads_back_exactly(string storage)
    {
        GenerationResult result = GeneratorHarness.Run(Json(storage));
        result.LdsDiagnostics.ShouldBeEmpty();
        result.CompileErrors.ShouldBeEmpty();
        var rows = ((IEnumerable)result.Load().GetType("TestData.Things")!.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
        object a = rows[0], b = rows[1], c = rows[2];
        Value(a, "At").ShouldBe(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));
        Value(b, "At").ShouldBe(new DateTimeOffset(2024, 1, 2, 10, 4, 5, 250, TimeSpan.FromHours(7)));
        Value(a, "Opens").ShouldBe(new TimeOnly(8, 30));
        Value(b, "Opens").ShouldBe(new TimeOnly(23, 59, 59, 500));
        Value(a, "Month")!.ToString().ShouldBe("2015-07");
        Value(Value(a, "Month")!, "Month").ShouldBe(7);
        Value(a, "Where")!.ToString().ShouldBe("125.6, -8.6");
        Value(Value(b, "Where")!, "Latitude").ShouldBe(-10.2m);
        Value(c, "Where")!.ToString().ShouldBe("0, 0");
        Value(a, "Lasts").ShouldBe("P1Y2M");
        Value(a, "Extra").ShouldBe("""{ "k": [1, 2] }""");
        Value(a, "Shape").ShouldBe("""{ "type": "Point", "coordinates": [125.6, -8.6] }""");
        Value(a, "Anything").ShouldBe("12.50");
        Value(b, "Anything").ShouldBe("text");
        Value(c, "At").ShouldBeNull();
        result.Source("DatasetInfo.g.cs").ShouldContain("new DataPackageField(\"shape\", \"Shape\", \"geojson\"");
    }

    [Fact]
    public void Every_type_reads_from_csv_too()
    {
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = "{ \"resources\": [ { \"name\": \"things\", \"path\": \"things.csv\", \"schema\": { " + Fields + " } } ] }",
            ["things.csv"] = "id,at,opens,month,where,lasts,extra,shape,anything\na,2024-01-02T03:04:05Z,08:30:00,2015-07,\"125.6, -8.6\",P3W,{},\"{\"\"type\"\":\"\"Point\"\"}\",x\n",
        };
        GenerationResult result = GeneratorHarness.Run(files);
        result.LdsDiagnostics.ShouldBeEmpty();
        object a = ((IList)result.Load().GetType("TestData.Things")!.GetProperty("All")!.GetValue(null)!)[0]!;
        Value(a, "At").ShouldBe(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero));
        Value(a, "Where")!.ToString().ShouldBe("125.6, -8.6");
        Value(a, "Shape").ShouldBe("""{"type":"Point"}""");
    }

    [Fact]
    public void Values_that_are_not_of_their_type_are_named()
    {
        var files = Json("inline");
        files["things.json"] = """
            [ { "id": "a", "at": "yesterday", "opens": "25:00:00", "month": "2015-13", "where": "200, 0", "lasts": "1 year",
                "extra": [1], "shape": { "coordinates": [] } } ]
            """;
        var problems = GeneratorHarness.Run(files).LdsDiagnostics.Select(d => (d.Id, d.GetMessage())).ToList();
        problems.Count.ShouldBe(7);
        problems.ShouldContain(p => p.Id == "LDS0216" && p.Item2.Contains("'yesterday' is not a datetime"));
        problems.ShouldContain(p => p.Id == "LDS0216" && p.Item2.Contains("'25:00:00' is not a time of day"));
        problems.ShouldContain(p => p.Id == "LDS0216" && p.Item2.Contains("'2015-13' is not a year and month"));
        problems.ShouldContain(p => p.Id == "LDS0216" && p.Item2.Contains("'200, 0' is not a geopoint"));
        problems.ShouldContain(p => p.Id == "LDS0216" && p.Item2.Contains("'1 year' is not an ISO 8601 duration"));
        problems.ShouldContain(p => p.Id == "LDS0203" && p.Item2.Contains("expected a JSON object but found an array"));
        problems.ShouldContain(p => p.Id == "LDS0203" && p.Item2.Contains("a GeoJSON object"));
    }

    [Theory]
    [InlineData("netstandard2.0", "TimeSpan")]
    [InlineData("net8.0", "TimeOnly")]
    public void The_new_types_compile_without_warnings_on_netstandard_and_net8(string framework, string timeType)
    {
        // netstandard2.0 has no TimeOnly (or DateOnly): a time of day is a TimeSpan there.
        var (run, output) = ConsumerCompatibilityTests.Generate(framework, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp9, nullable: true, Json("inline"));
        run.Diagnostics.ShouldBeEmpty();
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ShouldBeEmpty();
        run.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName == "Thing.g.cs").SourceText.ToString().ShouldContain("global::System." + timeType + "? Opens");
    }

    [Fact]
    public void A_list_of_strings_reads_delimited_text_from_csv_and_json()
    {
        string descriptor = """{ "resources": [ { "name": "tags", "path": "tags.csv", "schema": { "fields": [ { "name": "id" }, { "name": "words", "type": "list", "delimiter": ";" } ] } } ] }""";
        GenerationResult result = GeneratorHarness.Run(new Dictionary<string, string> { ["datapackage.json"] = descriptor, ["tags.csv"] = "id,words\na,forced;child;bonded\nb,\n" });
        result.LdsDiagnostics.ShouldBeEmpty();
        var rows = ((IEnumerable)result.Load().GetType("TestData.Tags")!.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
        ((IEnumerable<string>)Value(rows[0], "Words")!).ShouldBe(["forced", "child", "bonded"]);
        Value(rows[1], "Words").ShouldBeNull();
        result.Source("DatasetInfo.g.cs").ShouldContain("new DataPackageField(\"words\", \"Words\", \"list\"");

        // Item types without one canonical text (geopoint, object, ...) are refused, not read as strings.
        string points = """{ "resources": [ { "name": "tags", "path": "tags.csv", "schema": { "fields": [ { "name": "at", "type": "list", "itemType": "geopoint" } ] } } ] }""";
        GeneratorHarness.Run(new Dictionary<string, string> { ["datapackage.json"] = points, ["tags.csv"] = "at\n\"1 2\"\n" }).LdsDiagnostics.Single().Id.ShouldBe("LDS0116");
    }

    [Theory]
    [InlineData("inline")]
    [InlineData("compact")]
    public void A_list_of_keys_navigates_to_rows_and_back(string storage)
    {
        string descriptor = """
            { "resources": [
              { "name": "sources", "path": "sources.json", "schema": { "fields": [ { "name": "id" }, { "name": "title" } ], "primaryKey": "id" } },
              { "name": "facts", "path": "facts.json", "csharp:rowStorage": "STORAGE", "schema": { "fields": [ { "name": "id" }, { "name": "otherSourceIds", "type": "array" } ], "primaryKey": "id",
                "foreignKeys": [ { "fields": "otherSourceIds", "reference": { "resource": "sources", "fields": "id" } } ] } } ] }
            """.Replace("STORAGE", storage, StringComparison.Ordinal);
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = descriptor,
            ["sources.json"] = """[ { "id": "s1", "title": "One" }, { "id": "s2", "title": "Two" } ]""",
            ["facts.json"] = """[ { "id": "f1", "otherSourceIds": ["s2", "s1"] }, { "id": "f2", "otherSourceIds": [] }, { "id": "f3" }, { "id": "f4", "otherSourceIds": ["s2", "s2"] } ]""",
        };
        GenerationResult result = GeneratorHarness.Run(files);
        result.LdsDiagnostics.ShouldBeEmpty();
        result.CompileErrors.ShouldBeEmpty();
        var assembly = result.Load();
        object f1 = assembly.GetType("TestData.Facts")!.GetMethod("Get")!.Invoke(null, ["f1"])!;
        ((IEnumerable)Value(f1, "OtherSources")!).Cast<object>().Select(s => Value(s, "Title")).ShouldBe(["Two", "One"]);
        object f3 = assembly.GetType("TestData.Facts")!.GetMethod("Get")!.Invoke(null, ["f3"])!;
        ((IEnumerable)Value(f3, "OtherSources")!).Cast<object>().ShouldBeEmpty();
        object s2 = assembly.GetType("TestData.Sources")!.GetMethod("Get")!.Invoke(null, ["s2"])!;
        ((IEnumerable)Value(s2, "Facts")!).Cast<object>().Select(f => Value(f, "Id")).ShouldBe(["f1", "f4"]);

        files["facts.json"] = """[ { "id": "f1", "otherSourceIds": ["s2", "s9"] } ]""";
        Diagnostic dangling = GeneratorHarness.Run(files).LdsDiagnostics.Single();
        dangling.Id.ShouldBe("LDS0302");
        dangling.GetMessage().ShouldContain("'s9' matches no row of resource 'sources'");
    }
}
