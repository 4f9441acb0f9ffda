using System.Collections;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace LabourDataset.Generator.Tests;

/// <summary>
/// Composite foreign keys (Table Schema: "fields" and "reference.fields" as arrays, paired in order): checked against
/// the target's composite primary key, navigable both ways as typed properties, inline and compact, with a key that
/// has an empty field referring to nothing.
/// </summary>
public class CompositeForeignKeyTests
{
    private static string Descriptor(string storage = "inline", string estimatesKey = """["country", "year"]""", string reference = """{ "resource": "estimates", "fields": ["year", "country"] }""",
        string yearType = "integer") => $$"""
        { "resources": [
          { "name": "estimates", "path": "estimates.json", "csharp:rowStorage": "{{storage}}",
            "schema": { "primaryKey": {{estimatesKey}}, "fields": [ { "name": "country" }, { "name": "year", "type": "integer" }, { "name": "value", "type": "number" } ] } },
          { "name": "revisions", "path": "revisions.json", "csharp:rowStorage": "{{storage}}",
            "schema": { "primaryKey": "id", "fields": [ { "name": "id" }, { "name": "estimateYear", "type": "{{yearType}}" }, { "name": "estimateCountry" } ],
              "foreignKeys": [ { "fields": ["estimateYear", "estimateCountry"], "reference": {{reference}} } ] } }
        ] }
        """;

    private const string Estimates = """
        [ { "country": "UZB", "year": 2020, "value": 1.5 }, { "country": "UZB", "year": 2021, "value": 2.5 }, { "country": "KHM", "year": 2020, "value": 3.5 } ]
        """;

    private const string Revisions = """
        [ { "id": "r1", "estimateYear": 2021, "estimateCountry": "UZB" },
          { "id": "r2", "estimateYear": 2020, "estimateCountry": "KHM" },
          { "id": "r3", "estimateYear": null, "estimateCountry": "UZB" },
          { "id": "r4", "estimateYear": 2021, "estimateCountry": "UZB" } ]
        """;

    private static Dictionary<string, string> Files(string descriptor, string revisions = Revisions)
        => new() { ["datapackage.json"] = descriptor, ["estimates.json"] = Estimates, ["revisions.json"] = revisions };

    private static object? Value(object row, string property) => row.GetType().GetProperty(property)!.GetValue(row);

    private static IList All(Type collection) => ((IEnumerable)collection.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();

    [Theory]
    [InlineData("inline")]
    [InlineData("compact")]
    public void A_composite_key_navigates_to_its_row_and_back(string storage)
    {
        GenerationResult result = GeneratorHarness.Run(Files(Descriptor(storage)));
        result.LdsDiagnostics.ShouldBeEmpty();
        result.CompileErrors.ShouldBeEmpty();
        var assembly = result.Load();
        IList revisions = All(assembly.GetType("TestData.Revisions")!);
        IList estimates = All(assembly.GetType("TestData.Estimates")!);

        // Paired by position in the descriptor, whatever the order of the target's key: (year, country) -> (country, year).
        object estimate = Value(revisions[0]!, "Estimate")!;
        estimate.ShouldBeSameAs(estimates[1]);
        Value(revisions[1]!, "Estimate").ShouldBeSameAs(estimates[2]);
        Value(revisions[2]!, "Estimate").ShouldBeNull(); // a key with an empty field refers to nothing

        // Back: the rows that refer to an estimate, in file order; the partial key r3 is listed nowhere.
        var back = ((IEnumerable)Value(estimates[1]!, "Revisions")!).Cast<object>().Select(r => (string)Value(r, "Id")!).ToList();
        back.ShouldBe(["r1", "r4"]);
        ((IEnumerable)Value(estimates[0]!, "Revisions")!).Cast<object>().ShouldBeEmpty();
        ((IEnumerable)Value(estimates[2]!, "Revisions")!).Cast<object>().Select(r => (string)Value(r, "Id")!).ShouldBe(["r2"]);
    }

    [Fact]
    public void The_navigation_is_a_typed_property_calling_the_targets_composite_lookup()
    {
        string source = GeneratorHarness.Run(Files(Descriptor())).Source("Revision.g.cs");
        source.ShouldContain("public Estimate? Estimate => EstimateCountry is null || EstimateYear is null ? null : global::TestData.Estimates.Get(EstimateCountry, EstimateYear.Value);");
        GeneratorHarness.Run(Files(Descriptor())).Source("Estimate.g.cs").ShouldContain("global::TestData.Revisions.__ByEstimateYearEstimateCountry((Country, Year))");
    }

    [Fact]
    public void A_composite_key_that_matches_no_row_is_LDS0302_naming_every_value()
    {
        string revisions = """[ { "id": "r1", "estimateYear": 2019, "estimateCountry": "UZB" } ]""";
        Diagnostic error = GeneratorHarness.Run(Files(Descriptor(), revisions)).LdsDiagnostics.Single();
        error.Id.ShouldBe("LDS0302");
        string message = error.GetMessage(CultureInfo.InvariantCulture);
        message.ShouldContain("'UZB', '2019'");
        message.ShouldContain("estimateCountry, estimateYear");
        error.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(0);
    }

    [Theory]
    [InlineData("""["country", "year"]""", """{ "resource": "estimates", "fields": ["year"] }""", "integer", "lists 2 field(s) but its reference lists 1")]
    [InlineData("""["country", "year"]""", """{ "resource": "estimates", "fields": ["year", "value"] }""", "integer", "not that resource's primary key (country, year)")]
    [InlineData("""["country"]""", """{ "resource": "estimates", "fields": ["year", "country"] }""", "integer", "not that resource's primary key (country)")]
    [InlineData("""["country", "year"]""", """{ "resource": "estimates", "fields": ["year", "country"] }""", "string", "field 'estimateYear' has a different type from 'estimates.year'")]
    [InlineData("""["country", "year"]""", """{ "resource": "estimates", "fields": ["country", "country"] }""", "integer", "names a field twice")]
    public void A_composite_key_that_cannot_work_is_LDS0120_saying_why(string estimatesKey, string reference, string yearType, string says)
    {
        GenerationResult result = GeneratorHarness.Run(Files(Descriptor(estimatesKey: estimatesKey, reference: reference, yearType: yearType)));
        Diagnostic error = result.LdsDiagnostics.Single(d => d.Id == "LDS0120");
        error.GetMessage(CultureInfo.InvariantCulture).ShouldContain(says, customMessage: error.ToString());
    }

    [Fact]
    public void A_composite_key_may_refer_to_its_own_table()
    {
        string descriptor = """
            { "resources": [ { "name": "periods", "path": "periods.json",
              "schema": { "primaryKey": ["country", "year"], "fields": [ { "name": "country" }, { "name": "year", "type": "integer" }, { "name": "previousYear", "type": "integer" } ],
                "foreignKeys": [ { "fields": ["country", "previousYear"], "reference": { "fields": ["country", "year"] } } ] } } ] }
            """;
        string periods = """[ { "country": "UZB", "year": 2020, "previousYear": null }, { "country": "UZB", "year": 2021, "previousYear": 2020 } ]""";
        GenerationResult result = GeneratorHarness.Run(new Dictionary<string, string> { ["datapackage.json"] = descriptor, ["periods.json"] = periods });
        result.LdsDiagnostics.ShouldBeEmpty();
        result.CompileErrors.ShouldBeEmpty();
        IList rows = All(result.Load().GetType("TestData.Periods")!);
        object previous = rows[1]!.GetType().GetProperties().Single(p => p.PropertyType == rows[1]!.GetType()).GetValue(rows[1])!;
        previous.ShouldBeSameAs(rows[0]);
    }
}
