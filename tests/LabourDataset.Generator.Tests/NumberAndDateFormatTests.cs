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

    private static GenerationResult DateField(string format, string type, string values)
        => GeneratorHarness.Run(new Dictionary<string, string>
        {
            ["datapackage.json"] = "{ \"resources\": [ { \"name\": \"items\", \"path\": \"items.json\", \"schema\": { \"fields\": [ { \"name\": \"day\", \"type\": \"" + type + "\", \"format\": \"" + format + "\" } ] } } ] }",
            ["items.json"] = values,
        });

    [Fact]
    public void A_day_of_year_pattern_reads_the_day_it_names()
    {
        GenerationResult result = DateField("%Y-%j", "date", """[ { "day": "2024-060" }, { "day": "2023-60" }, { "day": "2024-366" }, { "day": "2023-001" } ]""");
        result.LdsDiagnostics.ShouldBeEmpty();
        Rows(result).Select(r => Value(r, "Day")).ShouldBe([new DateOnly(2024, 2, 29), new DateOnly(2023, 3, 1), new DateOnly(2024, 12, 31), new DateOnly(2023, 1, 1)]);
        // Day 366 of a common year and day 0 do not exist: errors, not the next year's first day.
        var problems = DateField("%Y-%j", "date", """[ { "day": "2023-366" }, { "day": "2023-000" }, { "day": "2023-0601" } ]""").LdsDiagnostics.ToList();
        problems.Count.ShouldBe(3);
        problems.ShouldAllBe(d => d.Id == "LDS0216");
    }

    [Fact]
    public void Two_digit_years_pivot_as_strptime_does()
    {
        // strptime: 69-99 are 1969-1999 and 00-68 are 2000-2068 (.NET's own pivot at 2049 would make '55' 1955).
        GenerationResult result = DateField("%d/%m/%y", "date", """[ { "day": "01/02/55" }, { "day": "01/02/68" }, { "day": "01/02/69" } ]""");
        result.LdsDiagnostics.ShouldBeEmpty();
        Rows(result).Select(r => Value(r, "Day")).ShouldBe([new DateOnly(2055, 2, 1), new DateOnly(2068, 2, 1), new DateOnly(1969, 2, 1)]);
        GenerationResult doy = DateField("%y%j", "date", """[ { "day": "55032" }, { "day": "99365" } ]""");
        doy.LdsDiagnostics.ShouldBeEmpty();
        Rows(doy).Select(r => Value(r, "Day")).ShouldBe([new DateOnly(2055, 2, 1), new DateOnly(1999, 12, 31)]);
    }

    [Theory]
    [InlineData("%Y-%j %H:%M", "datetime")] // a day of year with a time: only dates take %j
    [InlineData("%j", "date")] // no year
    [InlineData("%x", "date")] // locale form: 01/02/03 means different days in different locales
    [InlineData("%c", "datetime")]
    [InlineData("%Y-W%W-%w", "date")] // week numbers
    public void Patterns_that_would_need_a_guess_are_refused(string format, string type)
    {
        var diagnostics = DateField(format, type, """[ { "day": "x" } ]""").LdsDiagnostics.ToList();
        diagnostics.ShouldContain(d => d.Id == "LDS0117");
    }

    [Fact]
    public void Format_any_reads_unambiguous_forms_and_refuses_ambiguous_day_month_orders()
    {
        string descriptor = """
            { "resources": [ { "name": "items", "path": "items.csv", "schema": { "fields": [ { "name": "id" },
              { "name": "day", "type": "date", "format": "any" }, { "name": "at", "type": "datetime", "format": "any" }, { "name": "opens", "type": "time", "format": "any" } ] } } ] }
            """;
        string csv = "id,day,at,opens\n"
            + "a,2024-01-31,2024-01-31T13:45:00Z,13:45\n"
            + "b,2024/1/31,2024-01-31 13:45,1:45 PM\n"
            + "c,31 January 2024,\"Wed, 31 Jan 2024 13:45:00 GMT\",13:45:30\n"
            + "d,\"January 31, 2024\",2024/01/31 13:45,\n"
            + "e,31-Jan-2024,2024-01-31T20:45:00+07:00,\n";
        GenerationResult result = GeneratorHarness.Run(new Dictionary<string, string> { ["datapackage.json"] = descriptor, ["items.csv"] = csv });
        result.LdsDiagnostics.ShouldBeEmpty();
        var rows = GeneratedData.ReadAll(result.Load())["items"];
        rows.Select(r => r[1]).ShouldAllBe(d => Equals(d, new DateOnly(2024, 1, 31)));
        rows.Select(r => ((DateTimeOffset)r[2]!).UtcDateTime).ShouldAllBe(t => t == new DateTime(2024, 1, 31, 13, 45, 0, DateTimeKind.Utc));
        rows.Take(3).Select(r => r[3]).ShouldBe(new object?[] { new TimeOnly(13, 45), new TimeOnly(13, 45), new TimeOnly(13, 45, 30) });

        var ambiguous = GeneratorHarness.Run(new Dictionary<string, string> { ["datapackage.json"] = descriptor, ["items.csv"] = "id,day,at,opens\nf,01/02/2024,,\n" });
        ambiguous.LdsDiagnostics.Select(d => d.Id + " " + d.GetMessage()).ShouldHaveSingleItem()
            .ShouldContain("LDS0216 items.csv: row #1 of resource 'items', field 'day': '01/02/2024' is not a date in a form format 'any' reads: 2024-01-31");
    }
}
