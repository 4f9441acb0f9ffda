using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace LabourDataset.Generator.Tests;

/// <summary>Fields with closed values (constraints.enum, v2 categories) compile to C# enums that keep the data's text.</summary>
public class EnumTests
{
    private const string Schema = """
        "fields": [
          { "name": "id" },
          { "name": "status", "constraints": { "required": true, "enum": ["in-force", "not-ratified", "denounced"] } },
          { "name": "level", "categories": [ { "value": "low", "label": "Low risk" }, { "value": "high", "label": "High risk" } ], "categoriesOrdered": true },
          { "name": "code", "constraints": { "enum": ["A", "B"] } },
          { "name": "score", "type": "integer", "categories": [1, 2, 3] },
          { "name": "note", "constraints": { "enum": ["x", "y"] }, "csharp:enum": false },
          { "name": "phase", "constraints": { "enum": ["open", "closed"] }, "csharp:enumName": "Phase" }
        ], "primaryKey": "id", "foreignKeys": [ { "fields": "code", "reference": { "resource": "groups", "fields": "code" } } ]
        """;

    private const string Rows = """
        [ { "id": "a", "status": "in-force", "level": "high", "code": "A", "score": 2, "note": "x", "phase": "open" },
          { "id": "b", "status": "denounced", "code": "B" },
          { "id": "c", "status": "not-ratified", "level": "low", "score": 3, "phase": "closed" } ]
        """;

    // Reads the compiled data through the typed API, so the test fails to compile the consumer if a type is wrong.
    private const string Consumer = """
        using System.Linq;
        using TestData;
        namespace Consumer
        {
            public static class Probe
            {
                public static string Run()
                {
                    Treaty a = Treaties.Get("a");
                    RatificationState s = a.Status;
                    TreatyLevel? level = a.Level;
                    Phase? phase = a.Phase;
                    string code = a.Code!;
                    long? score = a.Score;
                    string? note = a.Note;
                    var parsed = RatificationStateValues.TryParse("not-ratified", out RatificationState p) ? p.ToValue() : "?";
                    var inForce = Treaties.All.Where(t => t.Status == RatificationState.InForce).Select(t => t.Id);
                    return string.Join("|", s.ToValue(), level?.ToValue(), level?.ToLabel(), phase?.ToValue(), code, score, note, parsed,
                        string.Join(",", inForce), string.Join(",", RatificationStateValues.All), TreatyLevel.Low < TreatyLevel.High,
                        Treaties.Get("b").Level is null, a.ToString());
                }
            }
        }
        """;

    private static Dictionary<string, string> Package(string storage, string? schema = null, string? rows = null) => new()
    {
        ["datapackage.json"] = "{ \"resources\": [ { \"name\": \"treaties\", \"path\": \"treaties.json\", \"csharp:rowStorage\": \"" + storage + "\", \"csharp:typeName\": \"Treaty\", \"schema\": { "
            + (schema ?? Schema).Replace("\"name\": \"status\"", "\"name\": \"status\", \"csharp:enumName\": \"RatificationState\"") + " } },"
            + " { \"name\": \"groups\", \"path\": \"groups.json\", \"schema\": { \"fields\": [ { \"name\": \"code\" } ], \"primaryKey\": \"code\" } } ] }",
        ["treaties.json"] = rows ?? Rows,
        ["groups.json"] = """[ { "code": "A" }, { "code": "B" } ]""",
    };

    [Theory]
    [InlineData("inline")]
    [InlineData("compact")]
    public void Closed_values_become_enums_that_keep_the_text_of_the_data(string storage)
    {
        GenerationResult result = GeneratorHarness.Run(Package(storage), consumerSource: Consumer);
        result.LdsDiagnostics.ShouldBeEmpty();
        result.CompileErrors.ShouldBeEmpty();
        string answer = (string)result.Load().GetType("Consumer.Probe")!.GetMethod("Run")!.Invoke(null, null)!;
        answer.ShouldBe("in-force|high|High risk|open|A|2|x|not-ratified|a|InForce,NotRatified,Denounced|True|True|"
            + "Treaty { Id = a, Status = in-force, Level = high, Code = A, Score = 2, Note = x, Phase = open }");
    }

    [Fact]
    public void Generic_tools_see_the_text_of_the_data()
    {
        GenerationResult result = GeneratorHarness.Run(Package("compact"));
        result.CompileErrors.ShouldBeEmpty();
        var rows = GeneratedData.ReadAll(result.Load())["treaties"];
        rows[0].ShouldBe(new object?[] { "a", "in-force", "high", "A", 2L, "x", "open" });
        rows[1].ShouldBe(new object?[] { "b", "denounced", null, "B", null, null, null });
    }

    [Fact]
    public void Keys_integer_fields_and_the_opt_out_stay_as_they_were()
    {
        GenerationResult result = GeneratorHarness.Run(Package("inline"));
        string record = result.Source("Treaty.g.cs");
        record.ShouldContain("public RatificationState Status { get; init; }");
        record.ShouldContain("public TreatyLevel? Level { get; init; }");
        record.ShouldContain("public string? Code { get; init; }"); // a foreign key keeps its key type
        record.ShouldContain("public long? Score { get; init; }"); // integer categories are checked, not typed
        record.ShouldContain("public string? Note { get; init; }"); // "csharp:enum": false
        record.ShouldContain("public Phase? Phase { get; init; }"); // "csharp:enumName"
        result.Source("TreatyLevel.g.cs").ShouldContain("/// <summary>'high': High risk</summary>");
        result.Source("TreatyLevel.g.cs").ShouldContain("an ordered scale");
    }

    [Fact]
    public void Values_outside_the_categories_or_the_enum_are_errors_located_at_the_value()
    {
        GenerationResult result = GeneratorHarness.Run(Package("inline", rows: """
            [ { "id": "a", "status": "ratified", "level": "medium", "score": 4 } ]
            """));
        var errors = result.LdsDiagnostics.Where(d => d.Id == "LDS0204").ToList();
        errors.Select(d => d.GetMessage()).ShouldBe(new[]
        {
            "treaties.json: row #1 (id 'a') of resource 'treaties', field 'status': 'ratified' is not one of the allowed values (in-force, not-ratified, denounced)",
            "treaties.json: row #1 (id 'a') of resource 'treaties', field 'level': 'medium' is not one of the allowed values (low, high)",
            "treaties.json: row #1 (id 'a') of resource 'treaties', field 'score': '4' is not one of the allowed values (1, 2, 3)",
        }, ignoreOrder: true);
        errors.ShouldAllBe(d => d.Location.GetLineSpan().StartLinePosition.Line == 0);
    }

    [Fact]
    public void Categories_and_an_enum_together_allow_only_values_in_both()
    {
        string schema = Schema.Replace("""{ "name": "level", "categories": """, """{ "name": "level", "constraints": { "enum": ["high", "extreme"] }, "categories": """);
        GenerationResult result = GeneratorHarness.Run(Package("inline", schema));
        result.LdsDiagnostics.Where(d => d.Id == "LDS0204").Select(d => d.GetMessage()).ShouldHaveSingleItem().ShouldContain("field 'level': 'low' is not one of the allowed values (high)");
        result.Source("TreatyLevel.g.cs").ShouldNotContain("Extreme");
    }

    [Fact]
    public void Malformed_categories_are_named()
    {
        string schema = Schema
            .Replace("""{ "name": "score", "type": "integer", "categories": [1, 2, 3] }""", """{ "name": "score", "type": "integer", "categories": [1, "two", { "label": "no value" }] }""")
            .Replace("""{ "name": "note", """, """{ "name": "note", "type": "boolean", "categories": ["yes"] }, { "name": "note2", """);
        GenerationResult result = GeneratorHarness.Run(Package("inline", schema));
        var messages = result.LdsDiagnostics.Select(d => d.Id + " " + d.GetMessage()).ToList();
        messages.ShouldContain(m => m.StartsWith("LDS0122", StringComparison.Ordinal) && m.Contains("each item must be an integer") && m.Contains("not the string \"two\""));
        messages.ShouldContain(m => m.StartsWith("LDS0122", StringComparison.Ordinal) && m.Contains("not an object without \"value\""));
        messages.ShouldContain(m => m.StartsWith("LDS0111", StringComparison.Ordinal) && m.Contains("categories") && m.Contains("string and integer fields only"));
    }

    [Fact]
    public void Values_that_make_no_distinct_member_name_are_renamed_with_a_note_and_kept()
    {
        string schema = """
            "fields": [ { "name": "id" }, { "name": "sign", "constraints": { "enum": ["n/a", "N-A", "", "--", "2020s", "MarkSign"] } } ], "primaryKey": "id"
            """;
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = "{ \"resources\": [ { \"name\": \"marks\", \"path\": \"marks.json\", \"schema\": { " + schema + " } } ] }",
            ["marks.json"] = """[ { "id": "1", "sign": "N-A" }, { "id": "2", "sign": "" }, { "id": "3", "sign": "--" }, { "id": "4", "sign": "2020s" }, { "id": "5", "sign": "MarkSign" } ]""",
        };
        GenerationResult result = GeneratorHarness.Run(files);
        result.CompileErrors.ShouldBeEmpty();
        result.LdsDiagnostics.Where(d => d.Id == "LDS0135").Select(d => d.GetMessage()).ShouldBe(new[]
        {
            "datapackage.json: value 'N-A' of field 'sign' in resource 'marks' becomes the enum member 'NA_2' because an earlier value already became 'NA'; the value itself is kept (ToValue() returns it)",
            "datapackage.json: value '' of field 'sign' in resource 'marks' becomes the enum member 'Empty' because it is empty; the value itself is kept (ToValue() returns it)",
            "datapackage.json: value '--' of field 'sign' in resource 'marks' becomes the enum member 'Value4' because it has no letter or digit; the value itself is kept (ToValue() returns it)",
            "datapackage.json: value 'MarkSign' of field 'sign' in resource 'marks' becomes the enum member 'MarkSignValue' because a member cannot have its enum's name; the value itself is kept (ToValue() returns it)",
        });
        // "" is a missing value by default, so row 2 holds null; the others keep their exact text.
        Assembly assembly = result.Load();
        var marks = ((IEnumerable)assembly.GetType("TestData.Marks")!.GetProperty("All")!.GetValue(null)!).Cast<object>()
            .Select(r => r.GetType().GetProperty("Sign")!.GetValue(r)).ToList();
        Type helpers = assembly.GetType("TestData.MarkSignValues")!;
        string Text(object? member) => member is null ? "null" : (string)helpers.GetMethod("ToValue")!.Invoke(null, [member])!;
        marks.Select(Text).ShouldBe(new[] { "N-A", "null", "--", "2020s", "MarkSign" });
        marks.Select(m => m?.ToString()).ShouldBe(new[] { "NA_2", null, "Value4", "_2020s", "MarkSignValue" });
    }

    [Fact]
    public void Serialised_records_carry_the_text_of_the_data()
    {
        const string consumer = """
            namespace Consumer
            {
                public static class Probe
                {
                    public static string Run()
                    {
                        string json = System.Text.Json.JsonSerializer.Serialize(TestData.Treaties.Get("a"));
                        var back = System.Text.Json.JsonSerializer.Deserialize<TestData.RatificationState>("\"denounced\"");
                        return json + "|" + back;
                    }
                }
            }
            """;
        GenerationResult result = GeneratorHarness.Run(Package("inline"), consumerSource: consumer);
        result.CompileErrors.ShouldBeEmpty();
        string answer = (string)result.Load().GetType("Consumer.Probe")!.GetMethod("Run")!.Invoke(null, null)!;
        answer.ShouldBe("""{"Id":"a","Status":"in-force","Level":"high","Code":"A","Score":2,"Note":"x","Phase":"open"}|Denounced""");
    }

    [Fact]
    public void Csv_tables_get_enums_too()
    {
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = """{ "resources": [ { "name": "things", "path": "things.csv", "schema": { "fields": [ { "name": "id" }, { "name": "state", "constraints": { "enum": ["on", "off"] } } ], "primaryKey": "id" } } ] }""",
            ["things.csv"] = "id,state\na,off\nb,\n",
        };
        GenerationResult result = GeneratorHarness.Run(files);
        result.LdsDiagnostics.ShouldBeEmpty();
        var rows = GeneratedData.ReadAll(result.Load())["things"];
        rows.Select(r => r[1]).ShouldBe(new object?[] { "off", null });
        result.Source("Thing.g.cs").ShouldContain("public ThingState? State { get; init; }");
    }
}
