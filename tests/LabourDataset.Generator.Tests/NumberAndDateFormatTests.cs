using System.Collections;

namespace LabourDataset.Generator.Tests;

/// <summary>Numbers with decimalChar, groupChar and bareNumber, and dates, times and datetimes with format patterns.</summary>
public class NumberAndDateFormatTests
{
    private const string Fields = """
        "fields": [ { "name": "id" },
          { "name": "amount", "type": "number", "decimalChar": ",", "groupChar": "." },
          { "name": "share", "type": "number", "bareNumber": false },
          { "name": "people", "type": "integer", "groupChar": " " },
          { "name": "day", "type": "date", "format": "%d/%m/%Y" },
          { "name": "at", "type": "datetime", "format": "%d.%m.%Y %H:%M" },
          { "name": "opens", "type": "time", "format": "%H.%M" } ]
        """;

    private static object? Value(object row, string property) => row.GetType().GetProperty(property)!.GetValue(row);

    private static List<object> Rows(GenerationResult result)
        => ((IEnumerable)result.Load().GetType("TestData.Items")!.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();

    [Fact]
    public void Csv_cells_are_read_with_the_fields_punctuation_and_patterns()
    {
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = "{ \"resources\": [ { \"name\": \"items\", \"path\": \"items.csv\", \"schema\": { " + Fields + " } } ] }",
            ["items.csv"] = "id,amount,share,people,day,at,opens\na,\"1.234,50\",95%,1 000 000,02/01/2024,31.12.2023 23:59,08.30\nb,\"29,56\",€ 12.5,7,,,\n",
        };
        GenerationResult result = GeneratorHarness.Run(files);
        result.LdsDiagnostics.ShouldBeEmpty();
        List<object> rows = Rows(result);
        Value(rows[0], "Amount").ShouldBe(1234.50m);
        Value(rows[0], "Amount")!.ToString().ShouldBe("1234.50");
        Value(rows[0], "Share").ShouldBe(95m);
        Value(rows[0], "People").ShouldBe(1000000L);
        Value(rows[0], "Day").ShouldBe(new DateOnly(2024, 1, 2));
        Value(rows[0], "At").ShouldBe(new DateTimeOffset(2023, 12, 31, 23, 59, 0, TimeSpan.Zero));
        Value(rows[0], "Opens").ShouldBe(new TimeOnly(8, 30));
        Value(rows[1], "Amount").ShouldBe(29.56m);
        Value(rows[1], "Share").ShouldBe(12.5m);
    }

    [Fact]
    public void Json_strings_are_read_the_same_way_and_mismatches_are_named()
    {
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = "{ \"resources\": [ { \"name\": \"items\", \"path\": \"items.json\", \"schema\": { " + Fields + " } } ] }",
            ["items.json"] = """[ { "id": "a", "amount": "29,56", "day": "02/01/2024" }, { "id": "b", "amount": "29,5,6", "day": "2024-01-02" } ]""",
        };
        GenerationResult result = GeneratorHarness.Run(files);
        var problems = result.LdsDiagnostics.Select(d => d.GetMessage()).ToList();
        problems.Count.ShouldBe(2);
        problems.ShouldContain(m => m.Contains("'2024-01-02' is not a date in the field's format"));
        problems.ShouldContain(m => m.Contains("field 'amount'"));
    }

    [Fact]
    public void A_pattern_without_an_exact_equivalent_is_not_ignored()
    {
        string descriptor = """{ "resources": [ { "name": "items", "path": "items.json", "schema": { "fields": [ { "name": "week", "type": "date", "format": "%Y-W%U" } ] } } ] }""";
        var diagnostics = GeneratorHarness.Run(new Dictionary<string, string> { ["datapackage.json"] = descriptor, ["items.json"] = """[ { "week": "2024-W05" } ]""" }).LdsDiagnostics.ToList();
        diagnostics.ShouldContain(d => d.Id == "LDS0117");
        diagnostics.ShouldContain(d => d.Id == "LDS0208");
    }
}
