using System.Collections;
using System.Numerics;
using Microsoft.CodeAnalysis;

namespace LabourDataset.Generator.Tests;

/// <summary>Integers beyond 64 bits: an error that says how to opt in, and with "csharp:type": "BigInteger", exact values.</summary>
public class BigIntegerTests
{
    private const string Huge = "123456789012345678901234567890";

    private static readonly string Minimum = "-1" + new string('0', 40);

    private static Dictionary<string, string> Package(string storage, bool optIn, string path = "items.json") => new()
    {
        ["datapackage.json"] = "{ \"resources\": [ { \"name\": \"items\", \"path\": \"" + path + "\", \"csharp:rowStorage\": \"" + storage + "\", \"schema\": { \"fields\": [ "
            + "{ \"name\": \"id\", \"type\": \"integer\"" + (optIn ? ", \"csharp:type\": \"BigInteger\"" : string.Empty) + " }, "
            + "{ \"name\": \"size\", \"type\": \"integer\"" + (optIn ? ", \"csharp:type\": \"BigInteger\"" : string.Empty) + ", \"constraints\": { \"minimum\": " + Minimum + ", \"maximum\": 1" + new string('0', 40) + " } } ], \"primaryKey\": \"id\" } } ] }",
        ["items.json"] = "[ { \"id\": " + Huge + ", \"size\": -" + Huge + " }, { \"id\": 2, \"size\": 7 } ]",
        ["items.csv"] = "id,size\n" + Huge + ",+" + Huge + "\n2,\n",
    };

    [Fact]
    public void Without_the_opt_in_a_value_beyond_long_says_how_to_opt_in()
    {
        var errors = GeneratorHarness.Run(Package("inline", optIn: false)).LdsDiagnostics.Where(d => d.Id == "LDS0210").Select(d => d.GetMessage()).ToList();
        errors.Count.ShouldBe(2);
        errors.ShouldAllBe(m => m.Contains("set \"csharp:type\": \"BigInteger\" on it"));
    }

    [Theory]
    [InlineData("inline", "items.json")]
    [InlineData("compact", "items.json")]
    [InlineData("inline", "items.csv")]
    public void With_the_opt_in_values_keys_and_bounds_are_exact(string storage, string path)
    {
        const string consumer = """
            namespace Consumer
            {
                public static class Probe
                {
                    public static string Run() => TestData.Items.Get(System.Numerics.BigInteger.Parse("123456789012345678901234567890")).Size + "|" + TestData.Items.Get(2).ToString();
                }
            }
            """;
        GenerationResult result = GeneratorHarness.Run(Package(storage, optIn: true, path), consumerSource: consumer);
        // Both bounds (±10^40) are beyond decimal's range and every value lies between them.
        result.LdsDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        result.CompileErrors.ShouldBeEmpty();
        string answer = (string)result.Load().GetType("Consumer.Probe")!.GetMethod("Run")!.Invoke(null, null)!;
        string sign = path.EndsWith(".csv", StringComparison.Ordinal) ? string.Empty : "-";
        answer.ShouldStartWith(sign + Huge + "|Item { Id = 2, Size = ");
        result.Source("Item.g.cs").ShouldContain("public global::System.Numerics.BigInteger Id { get; init; }");
    }

    [Fact]
    public void A_bound_beyond_decimal_is_compared_exactly_and_a_huge_value_below_the_minimum_is_named()
    {
        var files = Package("inline", optIn: true);
        files["items.json"] = "[ { \"id\": 1, \"size\": -" + Huge + " } ]";
        files["datapackage.json"] = files["datapackage.json"].Replace("\"minimum\": " + Minimum, "\"minimum\": -5" + new string('0', 35), StringComparison.Ordinal);
        GenerationResult result = GeneratorHarness.Run(files);
        result.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "LDS0001" || d.Id == "CS8785");
        result.LdsDiagnostics.ShouldBeEmpty(); // -1.2e29 is above -5e35
        files["items.json"] = "[ { \"id\": 1, \"size\": -9" + new string('0', 36) + " } ]";
        GeneratorHarness.Run(files).LdsDiagnostics.Single().Id.ShouldBe("LDS0205");
    }

    [Fact]
    public void The_opt_in_is_for_integer_fields_only_and_keys_must_agree()
    {
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = """
                { "resources": [
                  { "name": "a", "path": "a.json", "schema": { "fields": [ { "name": "id", "type": "integer", "csharp:type": "BigInteger" }, { "name": "n", "type": "number", "csharp:type": "BigInteger" } ], "primaryKey": "id" } },
                  { "name": "b", "path": "b.json", "schema": { "fields": [ { "name": "aId", "type": "integer" } ], "foreignKeys": [ { "fields": "aId", "reference": { "resource": "a", "fields": "id" } } ] } } ] }
                """,
            ["a.json"] = """[ { "id": 1, "n": 1.5 } ]""",
            ["b.json"] = """[ { "aId": 1 } ]""",
        };
        var messages = GeneratorHarness.Run(files).LdsDiagnostics.Select(d => d.Id + " " + d.GetMessage()).ToList();
        messages.ShouldContain(m => m.StartsWith("LDS0111", StringComparison.Ordinal) && m.Contains("\"BigInteger\" on an integer field"));
        messages.ShouldContain(m => m.StartsWith("LDS0120", StringComparison.Ordinal) && m.Contains("different type"));
    }

    [Fact]
    public void BigInteger_fields_compile_without_warnings_on_netstandard()
    {
        var (run, output) = ConsumerCompatibilityTests.Generate("netstandard2.0", Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp9, nullable: true, Package("compact", optIn: true));
        run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ShouldBeEmpty();
    }
}
