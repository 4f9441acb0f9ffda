using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace LabourDataset.Generator.Tests;

/// <summary>
/// Every long loop observes the CancellationToken (row parsing every 1,024 rows, JSON and CSV; emitting inline and
/// compact rows), so an IDE keystroke stops a run over a large package at once instead of after it finishes.
/// </summary>
public class CancellationTests(ITestOutputHelper output)
{
    private static void StopsSoonAfterCancel(Dictionary<string, string> files, int cancelAfterMs, ITestOutputHelper output, string label)
    {
        GeneratorDriver driver = GeneratorHarness.NewDriver(GeneratorHarness.Files(files));
        CSharpCompilation compilation = GeneratorHarness.NewCompilation();
        using var cancellation = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        long cancelledAt = 0;
        using Timer timer = new(_ =>
        {
            cancelledAt = clock.ElapsedTicks;
            cancellation.Cancel();
        }, null, cancelAfterMs, Timeout.Infinite);
        Should.Throw<OperationCanceledException>(() => driver.RunGenerators(compilation, cancellation.Token));
        double latencyMs = (clock.ElapsedTicks - cancelledAt) * 1000.0 / Stopwatch.Frequency;
        cancelledAt.ShouldBeGreaterThan(0, "the run finished before the token was cancelled; use a larger package");
        output.WriteLine($"{label}: stopped {latencyMs:F1} ms after cancellation (cancelled at {cancelAfterMs} ms)");
    }

    // Cancelled at several points, so the check is met in each stage: parsing, key checks, emitting.
    [Theory]
    [InlineData(100)]
    [InlineData(600)]
    [InlineData(1200)]
    public void A_run_over_a_large_json_table_stops_when_cancelled(int cancelAfterMs)
        => StopsSoonAfterCancel(ScaleTests.Package(400_000), cancelAfterMs, output, "json, 400,000 rows");

    [Fact]
    public void A_run_over_a_large_csv_table_stops_when_cancelled()
    {
        var csv = new System.Text.StringBuilder("code,value\n");
        for (int i = 0; i < 600_000; i++) csv.Append('K').Append(i.ToString("D7", System.Globalization.CultureInfo.InvariantCulture)).Append(',').Append(i).Append('\n');
        var files = new Dictionary<string, string>
        {
            ["datapackage.json"] = """{ "resources": [ { "name": "items", "path": "items.csv", "schema": { "fields": [ { "name": "code" }, { "name": "value", "type": "integer" } ], "primaryKey": "code" } } ] }""",
            ["items.csv"] = csv.ToString(),
        };
        StopsSoonAfterCancel(files, 150, output, "csv, 600,000 rows");
    }
}
