using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Abstractions;

namespace LabourDataset.Generator.Tests;

/// <summary>
/// Every long loop observes the CancellationToken (row parsing every 1,024 rows, JSON and CSV; emitting inline and
/// compact rows), so an IDE keystroke stops a run over a large package at once instead of after it finishes.
/// </summary>
/// <remarks>
/// The cancel points are fractions of an uncancelled run of the same package measured on this machine, not fixed
/// milliseconds: a fixed 1,200 ms point let a fast machine finish the whole run first (CI, 2026-12-03), which proved
/// nothing about cancellation. A run that still outpaces its timer, or is cancelled after its last check (its final
/// steps have no loop to observe the token), is tried again at half the point, so the test ends by seeing a real
/// cancellation, and fails only when six points in a row see none.
/// </remarks>
public class CancellationTests(ITestOutputHelper output)
{
    private static double UncancelledRunMs(Dictionary<string, string> files)
    {
        // Two fresh drivers: the first pays for JIT, the second is the figure the cancel points are taken from.
        double last = 0;
        for (int run = 0; run < 2; run++)
        {
            GeneratorDriver driver = GeneratorHarness.NewDriver(GeneratorHarness.Files(files));
            var clock = Stopwatch.StartNew();
            driver.RunGenerators(GeneratorHarness.NewCompilation());
            last = clock.Elapsed.TotalMilliseconds;
        }
        return last;
    }

    /// <returns>true when the token was cancelled while the run was still going and the run then threw.</returns>
    private static bool TryStopAfterCancel(Dictionary<string, string> files, int cancelAfterMs, out double latencyMs)
    {
        GeneratorDriver driver = GeneratorHarness.NewDriver(GeneratorHarness.Files(files));
        CSharpCompilation compilation = GeneratorHarness.NewCompilation();
        using var cancellation = new CancellationTokenSource();
        using var finished = new ManualResetEventSlim();
        var clock = Stopwatch.StartNew();
        long cancelledAt = 0;
        // A thread of its own, not a System.Threading.Timer: a timer's callback waits for a thread-pool thread, and
        // under a full parallel test run the pool can be busy until after the generator has finished.
        var canceller = new Thread(() =>
        {
            if (finished.Wait(cancelAfterMs)) return;
            Interlocked.Exchange(ref cancelledAt, clock.ElapsedTicks);
            cancellation.Cancel();
        }) { IsBackground = true, Priority = ThreadPriority.AboveNormal };
        canceller.Start();
        bool threw = false;
        try
        {
            driver.RunGenerators(compilation, cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            threw = true;
        }
        long end = clock.ElapsedTicks;
        finished.Set();
        canceller.Join();
        long at = Interlocked.Read(ref cancelledAt);
        latencyMs = (end - at) * 1000.0 / Stopwatch.Frequency;
        if (at == 0)
        {
            threw.ShouldBeFalse("the run threw OperationCanceledException although nobody cancelled it");
            return false; // finished before the timer fired: try an earlier point
        }
        // Cancelled, yet returned normally: the token came after the run's last check (its final steps have no loop to
        // observe it). Inconclusive, so an earlier point is tried; a run that ignores the token fails at every point.
        return threw;
    }

    private static void StopsSoonAfterCancel(Dictionary<string, string> files, double fraction, ITestOutputHelper output, string label)
    {
        double fullMs = UncancelledRunMs(files);
        int cancelAfterMs = Math.Max(1, (int)(fullMs * fraction));
        for (int attempt = 0; attempt < 6; attempt++)
        {
            if (TryStopAfterCancel(files, cancelAfterMs, out double latencyMs))
            {
                output.WriteLine($"{label}: uncancelled run {fullMs:F0} ms; cancelled at {cancelAfterMs} ms; stopped {latencyMs:F1} ms later");
                return;
            }
            output.WriteLine($"{label}: the run finished without stopping (cancel point {cancelAfterMs} ms); trying an earlier point");
            cancelAfterMs = Math.Max(1, cancelAfterMs / 2);
        }
        throw new Xunit.Sdk.XunitException($"{label}: six runs, cancelled earlier each time, all finished without OperationCanceledException: the token is not observed (or the package is too small to test cancellation)");
    }

    // Cancelled at several points of the run, so the check is met in each stage: parsing, key checks, emitting.
    [Theory]
    [InlineData(0.1)]
    [InlineData(0.4)]
    [InlineData(0.7)]
    public void A_run_over_a_large_json_table_stops_when_cancelled(double fractionOfRun)
        => StopsSoonAfterCancel(ScaleTests.Package(400_000), fractionOfRun, output, "json, 400,000 rows");

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
        StopsSoonAfterCancel(files, 0.2, output, "csv, 600,000 rows");
    }
}
