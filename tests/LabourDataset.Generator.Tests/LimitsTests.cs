using System.Collections;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace LabourDataset.Generator.Tests;

/// <summary>
/// Depth and size limits (issue 13, item 2): each hostile shape either compiles and reads back, or stops with a located
/// LDS error, and the generator never throws or overflows its stack. Figures are printed; none is asserted as a timing.
/// </summary>
public class LimitsTests(ITestOutputHelper output)
{
    private const string Descriptor = """
        { "resources": [ { "name": "items", "path": "items.json", "schema": { "fields": [ { "name": "id" }, { "name": "text" }, { "name": "extra", "type": "any" } ], "primaryKey": "id" } } ] }
        """;

    private static Dictionary<string, string> Package(string rows) => new() { ["datapackage.json"] = Descriptor, ["items.json"] = rows };

    private GenerationResult Timed(string label, Dictionary<string, string> files)
    {
        var clock = Stopwatch.StartNew();
        GenerationResult result = GeneratorHarness.Run(files);
        output.WriteLine($"{label}: {clock.ElapsedMilliseconds} ms, {result.LdsDiagnostics.Count()} LDS diagnostics");
        result.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "CS8785" || d.Id == "LDS0001");
        return result;
    }

    [Theory]
    [InlineData("items.json")]
    [InlineData("datapackage.json")]
    public void Values_nested_100000_deep_are_one_located_error_not_a_stack_overflow(string file)
    {
        string deep = new string('[', 100_000) + new string(']', 100_000);
        var files = Package("""[ { "id": "a", "text": "t", "extra": DEEP } ]""".Replace("DEEP", deep, StringComparison.Ordinal));
        if (file == "datapackage.json") files["datapackage.json"] = Descriptor.Replace("\"resources\"", "\"x:deep\": " + deep + ", \"resources\"", StringComparison.Ordinal);
        Diagnostic error = Timed("100,000-deep array in " + file, files).LdsDiagnostics.Single(d => d.Severity == DiagnosticSeverity.Error);
        error.Id.ShouldBe("LDS0100");
        error.GetMessage().ShouldContain("nested more than 128 levels deep");
        error.Location.GetLineSpan().Path.ShouldEndWith(file);
    }

    [Fact]
    public void Values_nested_up_to_the_limit_compile()
    {
        string deep = new string('[', 120) + new string(']', 120);
        GenerationResult result = Timed("120-deep array", Package("""[ { "id": "a", "text": "t", "extra": DEEP } ]""".Replace("DEEP", deep, StringComparison.Ordinal)));
        result.LdsDiagnostics.ShouldBeEmpty();
        result.CompileErrors.ShouldBeEmpty();
    }

    [Fact]
    public void A_10_MB_string_and_a_50_MB_line_compile_and_read_back_exactly()
    {
        // Three cells of 10 MB on one line of about 50 MB with the rest: a small table, but far more text than the
        // 16 MB of string literals an assembly may hold, so it is stored compact (raw UTF-8 data) rather than inline.
        string big = new string('x', 10_000_000);
        string rows = "[ " + string.Join(", ", Enumerable.Range(0, 5).Select(i => "{ \"id\": \"r" + i + "\", \"text\": \"" + big + "\" }")) + " ]";
        GenerationResult result = Timed("5 x 10 MB strings on one 50 MB line", Package(rows));
        result.LdsDiagnostics.ShouldBeEmpty();
        result.CompileErrors.ShouldBeEmpty();
        result.Source("Items.g.cs").ShouldContain("__DataPackageBlob.Open");
        var items = ((IEnumerable)result.Load().GetType("TestData.Items")!.GetProperty("All")!.GetValue(null)!).Cast<object>().ToList();
        items.Count.ShouldBe(5);
        ((string)items[4].GetType().GetProperty("Text")!.GetValue(items[4])!).ShouldBe(big);
    }

    [Fact]
    public void An_unterminated_10_MB_string_is_one_located_error()
    {
        string rows = "[ { \"id\": \"a\", \"text\": \"" + new string('x', 10_000_000) + " } ]";
        Diagnostic error = Timed("unterminated 10 MB string", Package(rows)).LdsDiagnostics.Single(d => d.Severity == DiagnosticSeverity.Error);
        error.Id.ShouldBe("LDS0100");
        error.Location.GetLineSpan().StartLinePosition.Line.ShouldBe(0);
    }
}
