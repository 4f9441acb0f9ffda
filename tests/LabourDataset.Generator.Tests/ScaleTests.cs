using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;

namespace LabourDataset.Generator.Tests;

/// <summary>
/// Tables of any size compile and run: no generated type comes near the runtime's 65,535 methods per type, whatever the
/// row count, because per-row static properties stop at a limit (all or nothing, with an LDS0150 note).
/// </summary>
public class ScaleTests
{
    private const string Descriptor = """
        { "name": "scale", "version": "1.0.0", "resources": [ { "name": "items", "path": "items.json", "schema": {
          "fields": [ { "name": "code", "type": "string" }, { "name": "value", "type": "integer", "constraints": { "required": true } } ],
          "primaryKey": "code" } } ] }
        """;

    /// <summary>Rows whose keys are all C# identifiers (K0000000, K0000001, ...), the case that used to overflow.</summary>
    internal static Dictionary<string, string> Package(int rows)
    {
        var json = new StringBuilder(rows * 40).Append("[\n");
        for (int i = 0; i < rows; i++)
        {
            json.Append("{\"code\":\"K").Append(i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture)).Append("\",\"value\":").Append(i).Append('}');
            json.Append(i + 1 < rows ? ",\n" : "\n");
        }
        json.Append(']');
        return new() { ["datapackage.json"] = Descriptor, ["items.json"] = json.ToString() };
    }

    private static void BuildsAndAnswers(int rows)
    {
        GenerationResult result = GeneratorHarness.Run(Package(rows));
        result.CompileErrors.ShouldBeEmpty();
        result.LdsDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
        Diagnostic note = result.LdsDiagnostics.Single(d => d.Id == "LDS0150");
        note.GetMessage().ShouldContain(rows.ToString(System.Globalization.CultureInfo.InvariantCulture) + " rows");
        note.Location.GetLineSpan().Path.ShouldEndWith("items.json");

        Assembly assembly = result.Load();
        Type items = assembly.GetType("TestData.Items")!;
        // The type loads (a TypeLoadException here was the original failure) and stays far from the method limit.
        items.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.DeclaredOnly).Length.ShouldBeLessThan(100);
        ((int)items.GetProperty("Count")!.GetValue(null)!).ShouldBe(rows);
        string lastKey = "K" + (rows - 1).ToString("D7", System.Globalization.CultureInfo.InvariantCulture);
        object last = items.GetMethod("Get")!.Invoke(null, [lastKey])!;
        ((long)last.GetType().GetProperty("Value")!.GetValue(last)!).ShouldBe(rows - 1);
    }

    [Fact]
    public void A_table_of_100_000_identifier_keys_builds_and_answers() => BuildsAndAnswers(100_000);

    [Fact]
    public void A_table_of_1_000_000_identifier_keys_builds_and_answers() => BuildsAndAnswers(1_000_000);

    [Fact]
    public void Row_properties_are_generated_up_to_the_limit_and_not_past_it()
    {
        var atLimit = GeneratorHarness.Run(Package(3), buildProperties: new Dictionary<string, string> { ["LabourDatasetRowPropertyLimit"] = "3" });
        atLimit.LdsDiagnostics.ShouldBeEmpty();
        atLimit.Source("Items.g.cs").ShouldContain("public static Item K0000002 =>");

        var pastLimit = GeneratorHarness.Run(Package(4), buildProperties: new Dictionary<string, string> { ["LabourDatasetRowPropertyLimit"] = "3" });
        pastLimit.LdsDiagnostics.Single().Id.ShouldBe("LDS0150");
        pastLimit.Source("Items.g.cs").ShouldNotContain("public static Item K0000000 =>");
        pastLimit.CompileErrors.ShouldBeEmpty();
    }

    [Fact]
    public void Row_properties_can_be_turned_off_without_a_note()
    {
        var off = GeneratorHarness.Run(Package(5), buildProperties: new Dictionary<string, string> { ["LabourDatasetRowPropertyLimit"] = "0" });
        off.LdsDiagnostics.ShouldBeEmpty();
        off.Source("Items.g.cs").ShouldNotContain("public static Item K0000000 =>");
    }

    [Theory]
    [InlineData("many")]
    [InlineData("-1")]
    [InlineData("70000")]
    public void An_invalid_limit_is_a_warning_and_the_default_applies(string value)
    {
        var result = GeneratorHarness.Run(Package(5), buildProperties: new Dictionary<string, string> { ["LabourDatasetRowPropertyLimit"] = value });
        Diagnostic warning = result.LdsDiagnostics.Single();
        warning.Id.ShouldBe("LDS0151");
        warning.GetMessage().ShouldContain("'" + value + "'");
        result.Source("Items.g.cs").ShouldContain("public static Item K0000004 =>");
    }
}
