using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace LabourDataset.Generator.Tests;

/// <summary>CSV resources: the Frictionless CSV dialect, typed cells from text, keys across formats, and located errors.</summary>
public class CsvTests
{
    private const string PeopleSchema = """
        "schema": { "primaryKey": "id", "fields": [
          { "name": "id", "type": "string" }, { "name": "name", "type": "string", "constraints": { "required": true } },
          { "name": "age", "type": "integer" }, { "name": "share", "type": "number" }, { "name": "active", "type": "boolean" },
          { "name": "born", "type": "date" }, { "name": "since", "type": "year" }, { "name": "tags", "type": "array" } ] }
        """;

    private static Dictionary<string, string> Package(string resource, string path, string csv, string? extraResource = null, string? extraPath = null, string? extraText = null)
    {
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = "{ \"name\": \"csv-test\", \"resources\": [ " + resource + (extraResource is null ? string.Empty : ", " + extraResource) + " ] }",
            [path] = csv,
        };
        if (extraPath is not null) files[extraPath] = extraText!;
        return files;
    }

    private static IList Rows(GenerationResult result, string collection)
        => (IList)result.Load().GetType("TestData." + collection)!.GetProperty("All")!.GetValue(null)!;

    private static object? Value(object row, string property) => row.GetType().GetProperty(property)!.GetValue(row);

    [Fact]
    public void A_csv_table_compiles_with_quotes_line_breaks_crlf_bom_and_typed_cells()
    {
        string csv = "\uFEFFid,name,age,share,active,born,since,tags\r\n"
            + "p1,\"Doe, Jane \"\"JD\"\"\",42,29.560,true,1980-02-29,2001,\"[\"\"a\"\", \"\"b\"\"]\"\r\n"
            + "p2,\"two\nlines\",,-0.5e1,0,,,[]\r\n"
            + "p3,Plain,+7,.25,FALSE,2000-01-01,1999,\r\n";
        GenerationResult result = GeneratorHarness.Run(Package("{ \"name\": \"people\", \"path\": \"people.csv\", " + PeopleSchema + " }", "people.csv", csv));
        result.LdsDiagnostics.ShouldBeEmpty();
        result.CompileErrors.ShouldBeEmpty();
        IList rows = Rows(result, "People");
        rows.Count.ShouldBe(3);
        Value(rows[0]!, "Name").ShouldBe("Doe, Jane \"JD\"");
        Value(rows[0]!, "Age").ShouldBe(42L);
        Value(rows[0]!, "Share").ShouldBe(29.560m);
        Value(rows[0]!, "Share")!.ToString().ShouldBe("29.560");
        Value(rows[0]!, "Active").ShouldBe(true);
        Value(rows[0]!, "Born").ShouldBe(new DateOnly(1980, 2, 29));
        Value(rows[0]!, "Since").ShouldBe(2001);
        ((IEnumerable<string>)Value(rows[0]!, "Tags")!).ShouldBe(["a", "b"]);
        Value(rows[1]!, "Name").ShouldBe("two\nlines");
        Value(rows[1]!, "Age").ShouldBeNull();
        Value(rows[1]!, "Share").ShouldBe(-5m);
        Value(rows[1]!, "Active").ShouldBe(false);
        Value(rows[1]!, "Born").ShouldBeNull();
        ((IEnumerable<string>)Value(rows[1]!, "Tags")!).ShouldBeEmpty();
        Value(rows[2]!, "Age").ShouldBe(7L);
        Value(rows[2]!, "Share").ShouldBe(0.25m);
        Value(rows[2]!, "Tags").ShouldBeNull();
    }

    [Fact]
    public void A_dialect_sets_delimiter_quotes_escapes_spaces_comments_nulls_and_headerless_files()
    {
        string resource = """
            { "name": "people", "path": "people.txt", "format": "csv",
              "dialect": { "delimiter": ";", "quoteChar": "'", "escapeChar": "\\", "skipInitialSpace": true, "commentChar": "#", "header": false, "nullSequence": "NA" },
              "schema": { "primaryKey": "id", "fields": [ { "name": "id" }, { "name": "name" }, { "name": "note" } ] } }
            """;
        string csv = "# a comment line\np1; 'Semi; colon';NA\np2;It\\;s;'quoted NA'\n";
        GenerationResult result = GeneratorHarness.Run(Package(resource, "people.txt", csv));
        result.LdsDiagnostics.ShouldBeEmpty();
        IList rows = Rows(result, "People");
        rows.Count.ShouldBe(2);
        Value(rows[0]!, "Name").ShouldBe("Semi; colon");
        Value(rows[0]!, "Note").ShouldBeNull();
        Value(rows[1]!, "Name").ShouldBe("It;s");
        Value(rows[1]!, "Note").ShouldBe("quoted NA");
    }

    [Fact]
    public void Tsv_files_and_true_values_are_read()
    {
        string resource = """
            { "name": "flags", "path": "flags.tsv", "schema": { "fields": [ { "name": "code" }, { "name": "on", "type": "boolean", "trueValues": ["ya"], "falseValues": ["tidak"] } ] } }
            """;
        GenerationResult result = GeneratorHarness.Run(Package(resource, "flags.tsv", "code\ton\nA\tya\nB\ttidak\n"));
        result.LdsDiagnostics.ShouldBeEmpty();
        IList rows = Rows(result, "Flags");
        Value(rows[0]!, "On").ShouldBe(true);
        Value(rows[1]!, "On").ShouldBe(false);
    }

    [Fact]
    public void Foreign_keys_work_between_csv_and_json_tables_both_ways()
    {
        string countries = """{ "name": "countries", "path": "countries.csv", "schema": { "primaryKey": "code", "fields": [ { "name": "code" }, { "name": "name" }, { "name": "capitalId" } ], "foreignKeys": [ { "fields": "capitalId", "reference": { "resource": "cities", "fields": "id" } } ] } }""";
        string cities = """{ "name": "cities", "path": "cities.json", "schema": { "primaryKey": "id", "fields": [ { "name": "id" }, { "name": "countryCode" } ], "foreignKeys": [ { "fields": "countryCode", "reference": { "resource": "countries", "fields": "code" } } ] } }""";
        var files = Package(countries, "countries.csv", "code,name,capitalId\nKHM,Cambodia,PNH\n", cities, "cities.json", """[ { "id": "PNH", "countryCode": "KHM" } ]""");
        GenerationResult ok = GeneratorHarness.Run(files);
        ok.LdsDiagnostics.ShouldBeEmpty();
        object city = Rows(ok, "Cities")[0]!;
        Value(Value(city, "Country")!, "Name").ShouldBe("Cambodia");

        files["countries.csv"] = "code,name,capitalId\nKHM,Cambodia,XXX\n";
        files["cities.json"] = """[ { "id": "PNH", "countryCode": "UZB" } ]""";
        var dangling = GeneratorHarness.Run(files).LdsDiagnostics.Where(d => d.Id == "LDS0302").ToList();
        dangling.Count.ShouldBe(2);
        FileLinePositionSpan inCsv = dangling.Single(d => d.Location.GetLineSpan().Path.EndsWith(".csv", StringComparison.Ordinal)).Location.GetLineSpan();
        (inCsv.StartLinePosition.Line, inCsv.StartLinePosition.Character).ShouldBe((1, 13));
    }

    [Fact]
    public void Two_resources_reading_one_file_both_get_their_rows()
    {
        string a = """{ "name": "a", "path": "shared.csv", "schema": { "fields": [ { "name": "x" }, { "name": "y" } ] } }""";
        string b = """{ "name": "b", "path": "shared.csv", "schema": { "fields": [ { "name": "x" }, { "name": "y", "type": "integer" } ] } }""";
        GenerationResult result = GeneratorHarness.Run(Package(a, "shared.csv", "x,y\n1,2\n3,4\n", b));
        result.LdsDiagnostics.ShouldBeEmpty();
        Rows(result, "A").Count.ShouldBe(2);
        Rows(result, "B").Count.ShouldBe(2);
    }

    private static List<(string Id, int Line, int Column, string Message)> Problems(string resource, string path, string csv)
        => GeneratorHarness.Run(Package(resource, path, csv)).LdsDiagnostics
            .Select(d => (d.Id, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1, d.GetMessage()))
            .OrderBy(p => p.Item2).ThenBy(p => p.Item3).ToList();

    [Fact]
    public void Bad_csv_is_reported_at_its_line_and_column()
    {
        string resource = "{ \"name\": \"people\", \"path\": \"people.csv\", " + PeopleSchema + " }";
        var problems = Problems(resource, "people.csv",
            "id,name,age,share,active,born,since,tags,colour\n"
            + "p1,Ann,abc,29,56,yes,2020-13-01,0,[1]\n"
            + "p2,Bob\n"
            + "p3,\"never closed\n");
        problems.ShouldContain(p => p.Id == "LDS0215" && p.Line == 1 && p.Column == 42 && p.Message.Contains("'colour'"));
        problems.ShouldContain(p => p.Id == "LDS0216" && p.Line == 2 && p.Column == 8 && p.Message.Contains("'abc' is not an integer"));
        problems.ShouldContain(p => p.Id == "LDS0214" && p.Line == 3 && p.Message.Contains("has 2 cells but the header has 9"));
        problems.ShouldContain(p => p.Id == "LDS0102" && p.Line == 4 && p.Column == 4);
    }

    [Fact]
    public void Typed_cells_from_text_name_the_problem()
    {
        string resource = "{ \"name\": \"people\", \"path\": \"people.csv\", " + PeopleSchema + " }";
        var problems = Problems(resource, "people.csv", "id,name,age,share,active,born,since,tags\np1,,1.0,\"29,56\",yes,2020-13-01,0,[1]\n");
        problems.Select(p => p.Id).ShouldBe(["LDS0201", "LDS0216", "LDS0216", "LDS0216", "LDS0208", "LDS0209", "LDS0216"]);
        problems.ShouldContain(p => p.Message.Contains("'29,56' is not a number (a decimal point, not a comma"));
        problems.ShouldContain(p => p.Message.Contains("'yes' is not a boolean"));
    }

    [Fact]
    public void A_header_without_a_field_column_and_an_empty_file_are_errors()
    {
        string resource = "{ \"name\": \"people\", \"path\": \"people.csv\", \"schema\": { \"fields\": [ { \"name\": \"id\" }, { \"name\": \"name\" } ] } }";
        Problems(resource, "people.csv", "id\np1\n").ShouldContain(p => p.Id == "LDS0215" && p.Message.Contains("no column for field 'name'"));
        Problems(resource, "people.csv", "").ShouldContain(p => p.Id == "LDS0215" && p.Message.Contains("the file is empty"));
    }

    [Fact]
    public void Unsupported_formats_and_unusable_dialect_properties_are_refused()
    {
        string xlsx = "{ \"name\": \"sheet\", \"path\": \"sheet.xlsx\", \"schema\": { \"fields\": [ { \"name\": \"id\" } ] } }";
        Problems(xlsx, "sheet.xlsx", "binary").Select(p => p.Id).ShouldBe(["LDS0126"]);
        // A spreadsheet or JSON property does not apply to a CSV file: ignored as the spec says, and said (info).
        string sheet = "{ \"name\": \"t\", \"path\": \"t.csv\", \"dialect\": { \"sheetName\": \"one\", \"itemKeys\": [\"id\"] }, \"schema\": { \"fields\": [ { \"name\": \"id\" } ] } }";
        Problems(sheet, "t.csv", "id\n1\n").Select(p => p.Id + " " + p.Message).ShouldBe([
            "LDS0132 datapackage.json: the dialect of resource 't' has 'sheetName', which applies to spreadsheets, not to a CSV file; it is ignored, as the Table Dialect spec says",
            "LDS0132 datapackage.json: the dialect of resource 't' has 'itemKeys', which applies to structured data (JSON), not to a CSV file; it is ignored, as the Table Dialect spec says"], ignoreOrder: true);
        string gaps = "{ \"name\": \"t\", \"path\": \"t.csv\", \"dialect\": { \"headerRows\": [1, 3], \"commentRows\": [0] }, \"schema\": { \"fields\": [ { \"name\": \"id\" } ] } }";
        Problems(gaps, "t.csv", "id\n1\n").Select(p => p.Id + " " + p.Message).ShouldBe([
            "LDS0127 datapackage.json: the dialect of resource 't' has 'headerRows' set to an array; the header rows must be one or more consecutive row numbers in ascending order, such as [1] or [2, 3]",
            "LDS0127 datapackage.json: the dialect of resource 't' has 'commentRows' set to an array; it must be an array of row numbers from 1, such as [1]"], ignoreOrder: true);
    }

    [Fact]
    public void Header_rows_are_joined_and_comment_rows_skipped_as_the_v2_table_dialect_says()
    {
        // Row 1 is a title above the header (skipped: before the first header row), rows 2-3 the header joined with "/",
        // row 5 a note (commentRows counts records from 1, the header included).
        string resource = "{ \"name\": \"t\", \"path\": \"t.csv\", \"dialect\": { \"headerRows\": [2, 3], \"headerJoin\": \"/\", \"commentRows\": [5] },"
            + " \"schema\": { \"fields\": [ { \"name\": \"site/id\" }, { \"name\": \"count/2015\", \"type\": \"integer\" } ], \"primaryKey\": \"site/id\" } }";
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = "{ \"resources\": [ " + resource + " ] }",
            ["t.csv"] = "Survey of sites,\nsite,count\nid,2015\na,1\nnote: b was estimated,\nb,2\n",
        };
        GenerationResult result = GeneratorHarness.Run(files);
        result.LdsDiagnostics.ShouldBeEmpty();
        GeneratedData.ReadAll(result.Load())["t"].Select(r => r[0] + "=" + r[1]).ShouldBe(["a=1", "b=2"]);
        var wrong = new Dictionary<string, string>(files) { ["t.csv"] = "Survey of sites,\nsite,count\nid,year\na,1\n" };
        GeneratorHarness.Run(wrong).LdsDiagnostics.Select(d => d.GetMessage()).ShouldContain(m => m.Contains("names column 'count/year', which is not a field"));
    }
}
