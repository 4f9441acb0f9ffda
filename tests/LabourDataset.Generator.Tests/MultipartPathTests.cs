using System.Collections;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LabourDataset.Generator.Tests;

/// <summary>
/// A table in several files ("path": [...], Data Resource spec, "Multiple Files"): read in the order given as one
/// table, with keys and unique constraints checked across files, every problem located in the file where it is, and
/// foreign keys reaching rows of any part.
/// </summary>
public class MultipartPathTests
{
    private static IList Rows(GenerationResult result, string collection)
        => (IList)result.Load().GetType("TestData." + collection)!.GetProperty("All")!.GetValue(null)!;

    private static object? Value(object row, string property) => row.GetType().GetProperty(property)!.GetValue(row);

    /// <summary>The table in two CSV files, and the table whose foreign key reaches into it.</summary>
    private static Dictionary<string, string> CsvParts(string first, string second, string uses) => new()
    {
        ["datapackage.json"] = Descriptor("""["items-1.csv", "items-2.csv"]"""),
        ["items-1.csv"] = first,
        ["items-2.csv"] = second,
        ["uses.json"] = uses,
    };

    private static string Descriptor(string paths, string format = "") => $$"""
        { "resources": [
          { "name": "items", "path": {{paths}}{{format}},
            "schema": { "primaryKey": "code", "fields": [ { "name": "code" }, { "name": "size", "type": "integer" }, { "name": "tag", "constraints": { "unique": true } } ] } },
          { "name": "uses", "path": "uses.json",
            "schema": { "fields": [ { "name": "item" } ], "foreignKeys": [ { "fields": "item", "reference": { "resource": "items", "fields": "code" } } ] } }
        ] }
        """;

    [Fact]
    public void Json_parts_are_one_table_in_the_order_given_and_foreign_keys_reach_every_part()
    {
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = Descriptor("""["items-1.json", "more/items-2.json", "items-3.json"]"""),
            ["items-1.json"] = """[ { "code": "a", "size": 1, "tag": "x" }, { "code": "b", "size": 2, "tag": "y" } ]""",
            // An array-of-arrays part starts with its own header row, like the first file of such a table.
            ["more/items-2.json"] = """[ ["tag", "code", "size"], ["z", "c", 3] ]""",
            ["items-3.json"] = "[]",
            ["uses.json"] = """[ { "item": "c" }, { "item": "a" } ]""",
        };
        GenerationResult result = GeneratorHarness.Run(files);
        result.LdsDiagnostics.ShouldBeEmpty();
        result.CompileErrors.ShouldBeEmpty();
        IList items = Rows(result, "Items");
        items.Cast<object>().Select(r => (string)Value(r, "Code")!).ShouldBe(["a", "b", "c"]);
        Value(items[2]!, "Size").ShouldBe(3L);
        IList uses = Rows(result, "Uses");
        object target = uses[0]!.GetType().GetProperties().Single(p => p.PropertyType.Name == "Item").GetValue(uses[0])!;
        Value(target, "Tag").ShouldBe("z");
        result.Source("DatasetInfo.g.cs").ShouldContain("\"items-1.json, more/items-2.json, items-3.json\"");
    }

    [Fact]
    public void Csv_parts_each_start_with_the_header_and_rows_are_checked_across_parts()
    {
        // Columns may come in another order: each part's header maps them by name.
        var files = CsvParts("code,size,tag\na,1,x\nb,2,y\n", "tag,code,size\r\nz,c,3\r\n", """[ { "item": "b" } ]""");
        GenerationResult result = GeneratorHarness.Run(files);
        result.LdsDiagnostics.ShouldBeEmpty();
        result.CompileErrors.ShouldBeEmpty();
        IList items = Rows(result, "Items");
        items.Cast<object>().Select(r => (string)Value(r, "Tag")!).ShouldBe(["x", "y", "z"]);
    }

    [Fact]
    public void Tsv_parts_take_the_tab_delimiter_from_the_first_parts_extension()
    {
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = Descriptor("""["items-1.tsv", "items-2.tsv"]"""),
            ["items-1.tsv"] = "code\tsize\ttag\na\t1\tx\n",
            ["items-2.tsv"] = "code\tsize\ttag\nb\t2\ty\n",
            ["uses.json"] = "[]",
        };
        GenerationResult result = GeneratorHarness.Run(files);
        result.LdsDiagnostics.ShouldBeEmpty();
        GeneratedData.ReadAll(result.Load())["items"].Select(r => (string)r[0]! + r[1] + r[2]).ShouldBe(["a1x", "b2y"]);
    }

    [Fact]
    public void A_key_repeated_in_a_later_part_is_reported_there_with_its_line_and_the_first_row()
    {
        var files = CsvParts("code,size,tag\na,1,x\nb,2,y\n", "code,size,tag\nc,3,z\nb,4,y\n", "[]");
        var diagnostics = GeneratorHarness.Run(files).LdsDiagnostics.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        diagnostics.Select(d => d.Id).ShouldBe(["LDS0300", "LDS0301"], string.Join("\n", diagnostics));
        foreach (Diagnostic d in diagnostics)
        {
            d.Location.GetLineSpan().Path.ShouldEndWith("/items-2.csv");
            d.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(2); // the third line of the second file
        }
        diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("#2"); // the first 'b' is the table's second row
        diagnostics[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain("#4"); // row numbers run on across files
    }

    [Fact]
    public void A_later_csv_part_without_its_header_row_is_reported_not_misread()
    {
        var files = CsvParts("code,size,tag\na,1,x\n", "c,3,z\n", "[]");
        var diagnostics = GeneratorHarness.Run(files).LdsDiagnostics.ToList();
        diagnostics.ShouldNotBeEmpty();
        diagnostics.ShouldAllBe(d => d.Id == "LDS0215" && d.Location.GetLineSpan().Path.EndsWith("/items-2.csv"));
    }

    [Theory]
    [InlineData("[]", "is empty")]
    [InlineData("""["items-1.json", 7]""", "holds the number 7")]
    [InlineData("""["items-1.json", "items-1.json"]""", "names 'items-1.json' twice")]
    public void An_unusable_path_array_is_LDS0129_at_its_item(string paths, string says)
    {
        var files = new Dictionary<string, string> { ["datapackage.json"] = Descriptor(paths), ["items-1.json"] = "[]", ["uses.json"] = "[]" };
        GenerationResult result = GeneratorHarness.Run(files);
        Diagnostic error = result.LdsDiagnostics.Single(d => d.Id == "LDS0129");
        error.GetMessage(System.Globalization.CultureInfo.InvariantCulture).ShouldContain(says, customMessage: error.ToString());
        error.Location.GetLineSpan().Path.ShouldEndWith("/datapackage.json");
    }

    [Fact]
    public void A_missing_or_remote_part_is_located_at_its_item()
    {
        var missing = new Dictionary<string, string> { ["datapackage.json"] = Descriptor("""["items-1.json", "items-9.json"]"""), ["items-1.json"] = "[]", ["uses.json"] = "[]" };
        GeneratorHarness.Run(missing).LdsDiagnostics.Select(d => d.Id).ShouldContain("LDS0114");
        var remote = new Dictionary<string, string> { ["datapackage.json"] = Descriptor("""["items-1.json", "https://example.org/items-2.json"]"""), ["items-1.json"] = "[]", ["uses.json"] = "[]" };
        GeneratorHarness.Run(remote).LdsDiagnostics.Select(d => d.Id).ShouldContain("LDS0128");
    }

    [Fact]
    public void Editing_one_part_re_reads_that_table_only()
    {
        var files = CsvParts("code,size,tag\na,1,x\n", "code,size,tag\nb,2,y\n", """[ { "item": "b" } ]""");
        List<AdditionalText> texts = GeneratorHarness.Files(files).ToList();
        GeneratorDriver driver = GeneratorHarness.NewDriver(texts);
        CSharpCompilation compilation = GeneratorHarness.NewCompilation();
        driver = driver.RunGenerators(compilation);
        AdditionalText old = texts.Single(t => t.Path.EndsWith("items-2.csv", StringComparison.Ordinal));
        driver = driver.ReplaceAdditionalText(old, new InMemoryText(old.Path, "code,size,tag\nb,20,y\n")).RunGenerators(compilation);
        GeneratorRunResult result = driver.GetRunResult().Results.Single();

        result.TrackedSteps[TrackingNames.MultipartTable].SelectMany(s => s.Outputs).Single().Reason.ShouldBe(IncrementalStepRunReason.Modified);
        result.TrackedSteps[TrackingNames.Table].SelectMany(s => s.Outputs).ShouldAllBe(o => o.Reason == IncrementalStepRunReason.Cached || o.Reason == IncrementalStepRunReason.Unchanged);
        result.TrackedSteps[TrackingNames.Collections].SelectMany(s => s.Outputs).Where(o => o.Reason == IncrementalStepRunReason.Modified)
            .Select(o => ((LabourDataset.Generator.Model.CollectionInput)o.Value).Table.Name).ShouldBe(["items"]);
        result.GeneratedSources.Single(s => s.HintName == "Items.g.cs").SourceText.ToString().ShouldContain("20");
    }
}
