using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LabourDataset.Generator.Tests;

/// <summary>No text in the data can change the generated code; every value comes back exactly as written.</summary>
public class SafetyTests
{
    public static readonly string[] Adversarial =
    [
        "plain",
        "quote \" and backslash \\ and both \\\"",
        "new\nline\r\nand\ttab",
        "\"\"\" raw string end \"\"\"",
        "{ braces } {{ and }} $\"{interpolation}\"",
        "*/ comment end /* start // line",
        "</summary><script>&amp; & < > '",
        "#line 1 \"evil.cs\"\n#error injected",
        "\u0000 nul \u0001 \u001f \u007f controls",
        "lone high \ud800 and lone low \udc00 surrogates",
        "emoji \ud83d\ude00 and Indonesian décimal 29,56",
        "bidi \u202e override \u2066 isolate \u200f mark \u061c",
        "line sep \u2028 para sep \u2029 bom \ufeff",
        "\"; } } class Evil { static void Main() { System.Environment.Exit(1); } } /*",
        "",
    ];

    private static string Descriptor(string description) => """
        {
          "name": "adversarial",
          "version": "1.0.0",
          "title": 
        """ + JsonSerializer.Serialize(description) + """
        ,
          "resources": [
            {
              "name": "texts",
              "path": "texts.json",
              "description": 
        """ + JsonSerializer.Serialize(description) + """
        ,
              "schema": {
                "fields": [
                  { "name": "id", "type": "integer", "constraints": { "required": true } },
                  { "name": "text", "type": "string", "description": 
        """ + JsonSerializer.Serialize(description) + """
         },
                  { "name": "tags", "type": "array", "description": "tags" }
                ],
                "primaryKey": ["id"],
                "missingValues": []
              }
            }
          ]
        }
        """;

    /// <summary>Writes JSON with \u escapes for every non-ASCII char, so lone surrogates survive in the file.</summary>
    private static string JsonString(string value)
    {
        var sb = new StringBuilder("\"");
        foreach (char c in value)
        {
            if (c == '"' || c == '\\') sb.Append('\\').Append(c);
            else if (c < 0x20 || c > 0x7E) sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.Append('"').ToString();
    }

    [Fact]
    public void Adversarial_strings_round_trip_exactly_and_cannot_inject_code()
    {
        string rows = "[" + string.Join(",", Adversarial.Select((s, i) =>
            "{\"id\": " + i.ToString(CultureInfo.InvariantCulture) + ", \"text\": " + JsonString(s) + ", \"tags\": [" + JsonString(s) + ", \"x\"]}")) + "]";
        string hostile = string.Join(" ", Adversarial.Take(14));
        var files = new Dictionary<string, string> { ["datapackage.json"] = Descriptor(hostile), ["texts.json"] = rows };

        GenerationResult result = GeneratorHarness.Run(files);
        result.LdsDiagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).ShouldBeEmpty();
        result.CompileErrors.ShouldBeEmpty();
        // The only types are the ones the schema asks for: no injected class made it in.
        result.Output.GetSymbolsWithName("Evil").ShouldBeEmpty();
        result.GeneratedText.Split('\n').ShouldNotContain(l => l.TrimStart().StartsWith("#error", StringComparison.Ordinal) || l.TrimStart().StartsWith("#line", StringComparison.Ordinal));
        result.GeneratedText.ShouldNotContain("\u202e");

        var values = GeneratedData.ReadAll(result.Load())["texts"];
        values.Count.ShouldBe(Adversarial.Length);
        for (int i = 0; i < Adversarial.Length; i++)
        {
            values[i][0].ShouldBe((long)i);
            ((string?)values[i][1]).ShouldBe(Adversarial[i], $"row {i}");
            ((IReadOnlyList<string>)values[i][2]!).ShouldBe([Adversarial[i], "x"]);
        }
    }

    [Fact]
    public void Xml_docs_of_hostile_descriptions_stay_well_formed()
    {
        var files = new Dictionary<string, string> { ["datapackage.json"] = Descriptor("</summary><x>&</x> */ \n /// <summary>"), ["texts.json"] = "[]" };
        GenerationResult result = GeneratorHarness.Run(files);
        result.CompileErrors.ShouldBeEmpty();
        // Every doc comment line must parse as XML when wrapped: no raw '<' or '&' from data.
        foreach (string line in result.GeneratedText.Split('\n').Where(l => l.TrimStart().StartsWith("///", StringComparison.Ordinal)))
        {
            string xml = "<doc>" + line.TrimStart().Substring(3) + "</doc>";
            if (line.Contains("<summary>", StringComparison.Ordinal) && line.Contains("</summary>", StringComparison.Ordinal) || !line.Contains('<'))
            {
                Should.NotThrow(() => System.Xml.Linq.XElement.Parse(xml), line);
            }
        }
        result.GeneratedText.ShouldContain("&lt;/summary&gt;&lt;x&gt;&amp;&lt;/x&gt;");
    }
}
