using LabourDataset.Generator.Naming;

namespace LabourDataset.Generator.Tests;

public class NamingTests
{
    [Theory]
    [InlineData("countryCode", "CountryCode")]
    [InlineData("country_code", "CountryCode")]
    [InlineData("country-code", "CountryCode")]
    [InlineData("iso3166", "Iso3166")]
    [InlineData("2020", "_2020")]
    [InlineData("class", "Class")]
    [InlineData("işçi", "Işçi")]
    [InlineData("<>", "_")]
    public void Names_become_pascal_case_identifiers(string name, string expected) => Identifiers.ToPascalCase(name).ShouldBe(expected);

    [Theory]
    [InlineData("instruments", "Instrument")]
    [InlineData("countries", "Country")]
    [InlineData("classes", "Class")]
    [InlineData("status", "Status")]
    [InlineData("data", "Data")]
    public void Types_are_singular(string pascal, string expected) => Identifiers.Singularize(Identifiers.ToPascalCase(pascal)).ShouldBe(expected);

    [Fact]
    public void Awkward_field_names_compile_with_predictable_names()
    {
        string descriptor = """
            { "name": "odd", "version": "0.1.0", "resources": [ { "name": "data", "path": "data.json", "schema": {
              "fields": [
                { "name": "id", "type": "string", "constraints": { "required": true } },
                { "name": "class", "type": "string" },
                { "name": "2020", "type": "number" },
                { "name": "equals", "type": "string" },
                { "name": "data row", "type": "string" },
                { "name": "All", "type": "string" }
              ], "primaryKey": ["id"] } } ] }
            """;
        string rows = """[ { "id": "Get", "class": "a", "2020": 1.5, "equals": "e", "data row": "d", "All": "x" }, { "id": "Valid_Key" }, { "id": "int" } ]""";
        GenerationResult result = GeneratorHarness.Run(new Dictionary<string, string> { ["datapackage.json"] = descriptor, ["data.json"] = rows });
        result.CompileErrors.ShouldBeEmpty();
        string record = result.Source("DataRow.g.cs");
        record.ShouldContain("public string? Class { get; init; }");
        record.ShouldContain("public decimal? _2020 { get; init; }");
        record.ShouldContain("public string? EqualsValue { get; init; }");
        record.ShouldContain("public string? DataRowValue { get; init; }");
        string collection = result.Source("Data.g.cs");
        collection.ShouldContain("public static DataRow Valid_Key =>");
        collection.ShouldNotContain("public static DataRow Get =>");
        collection.ShouldNotContain("public static DataRow int =>");
        result.LdsDiagnostics.ShouldContain(d => d.Id == "LDS0131");
    }
}
