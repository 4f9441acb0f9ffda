using System.Globalization;
using System.Text;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using LabourDataset.Benchmarks;

// `all` runs everything and writes docs/benchmarks.md; any other arguments go to BenchmarkDotNet's switcher.
if (args.Length > 0 && args[0] == "all")
{
    bool quick = args.Contains("--quick");
    Environment.SetEnvironmentVariable("LABOUR_BENCH_DIR", Harness.BenchDir);
    List<Harness.SizeResult> sizes = Harness.Prepare(repetitions: quick ? 1 : 3);
    IConfig config = DefaultConfig.Instance.AddJob(quick ? Job.Dry : Job.ShortRun).WithOptions(ConfigOptions.DisableOptimizationsValidator);
    Summary generator = BenchmarkRunner.Run<GeneratorBenchmarks>(config);
    Summary queries = BenchmarkRunner.Run<QueryBenchmarks>(config);
    string report = Report.Write(sizes, generator, queries, quick);
    string path = Path.Combine(Harness.RepoRoot, "docs", "benchmarks.md");
    File.WriteAllText(path, report);
    Console.WriteLine("wrote " + path);
    return 0;
}
BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args);
return 0;

namespace LabourDataset.Benchmarks
{
    internal static class Report
    {
        private static string Ms(double ms) => ms.ToString(ms < 10 ? "F2" : "F0", CultureInfo.InvariantCulture) + " ms";

        private static string Mb(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("F2", CultureInfo.InvariantCulture) + " MB";

        private static string Ratio(double value, double baseline) => baseline <= 0 ? "n/a" : (value / baseline).ToString("F2", CultureInfo.InvariantCulture) + "×";

        private static double MeanNs(Summary summary, string method, int rows)
            => summary.Reports.Where(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method
                    && (int)r.BenchmarkCase.Parameters["Rows"] == rows && r.ResultStatistics is not null)
                .Select(r => r.ResultStatistics!.Mean).DefaultIfEmpty(double.NaN).First();

        private static string Ns(double ns) => double.IsNaN(ns) ? "n/a" : ns < 1_000 ? ns.ToString("F1", CultureInfo.InvariantCulture) + " ns"
            : ns < 1_000_000 ? (ns / 1_000).ToString("F1", CultureInfo.InvariantCulture) + " µs" : (ns / 1_000_000).ToString("F2", CultureInfo.InvariantCulture) + " ms";

        public static string Write(List<Harness.SizeResult> sizes, Summary generator, Summary queries, bool quick)
        {
            var md = new StringBuilder();
            md.AppendLine("# Benchmarks");
            md.AppendLine();
            md.AppendLine("Reproduce everything below, and rewrite this file, with one command (about 15 minutes on 2 cores):");
            md.AppendLine();
            md.AppendLine("```bash");
            md.AppendLine("dotnet run -c Release --project tests/LabourDataset.Benchmarks -- all");
            md.AppendLine("```");
            md.AppendLine();
            md.AppendLine($"Machine: {Harness.MachineDescription()}.");
            md.AppendLine($"Job: BenchmarkDotNet {(quick ? "Dry (a smoke run: numbers are indicative only)" : "ShortRun")}; the harness parts are medians of repeated runs.");
            md.AppendLine("Data: deterministic synthetic packages (`SyntheticPackage.cs`: 50 indicators, 200 areas and N observations with string, integer, decimal, boolean, date and array fields and two foreign keys).");
            md.AppendLine("Every comparison is a ratio against a baseline measured in the same run; no timing is asserted in unit tests.");
            md.AppendLine();

            md.AppendLine("## 1. Generator throughput");
            md.AppendLine();
            md.AppendLine("In-memory `GeneratorDriver` over the package (all steps, all outputs). Baseline: `JsonDocument.Parse` of the same bytes.");
            md.AppendLine();
            md.AppendLine("| Rows | JSON | Full run | MB/s | vs JsonDocument.Parse | Re-run after unrelated edit | Re-run vs full |");
            md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var s in sizes)
            {
                double full = MeanNs(generator, nameof(GeneratorBenchmarks.FullRun), s.Rows);
                double parse = MeanNs(generator, nameof(GeneratorBenchmarks.ParseWithSystemTextJson), s.Rows);
                double rerun = MeanNs(generator, nameof(GeneratorBenchmarks.RerunAfterUnrelatedEdit), s.Rows);
                double mbps = s.JsonBytes / (1024.0 * 1024.0) / (full / 1e9);
                md.AppendLine($"| {s.Rows:N0} | {Mb(s.JsonBytes)} | {Ns(full)} | {mbps.ToString("F1", CultureInfo.InvariantCulture)} | {Ratio(full, parse)} | {Ns(rerun)} | {Ratio(rerun, full)} |");
            }
            md.AppendLine();

            md.AppendLine("## 2. Build time of a consumer");
            md.AppendLine();
            md.AppendLine("`dotnet build --no-incremental -c Release` of the same console project with the data (generator + AdditionalFiles) and without it.");
            md.AppendLine();
            md.AppendLine("| Rows | Without data | With data | Ratio |");
            md.AppendLine("|---:|---:|---:|---:|");
            foreach (var s in sizes) md.AppendLine($"| {s.Rows:N0} | {Ms(s.BuildWithoutDataMs)} | {Ms(s.BuildWithDataMs)} | {Ratio(s.BuildWithDataMs, s.BuildWithoutDataMs)} |");
            md.AppendLine();

            md.AppendLine("## 3. Cold start");
            md.AppendLine();
            md.AppendLine("A fresh process answers one key lookup with foreign-key navigation. Baseline: System.Text.Json with a source-generated `JsonSerializerContext` deserialising the same JSON from embedded resources into records of the same shape (written by hand, because one source generator cannot see the types another one adds), plus the dictionaries needed to answer. *In-process* is from `Main` to the answer; *process* is the wall time of `dotnet BenchConsumer.dll`, runtime start-up included.");
            md.AppendLine();
            md.AppendLine("| Rows | Generated, in-process | STJ baseline, in-process | Speed-up | Generated, process | STJ, process | Speed-up |");
            md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var s in sizes)
            {
                md.AppendLine($"| {s.Rows:N0} | {Ms(s.Generated.FirstAnswerMs)} | {Ms(s.Baseline.FirstAnswerMs)} | {Ratio(s.Baseline.FirstAnswerMs, s.Generated.FirstAnswerMs)} | {Ms(s.Generated.ProcessMs)} | {Ms(s.Baseline.ProcessMs)} | {Ratio(s.Baseline.ProcessMs, s.Generated.ProcessMs)} |");
            }
            md.AppendLine();

            md.AppendLine("## 4. Warm queries");
            md.AppendLine();
            md.AppendLine("After load. Baselines: a `Dictionary` a careful user builds over the deserialised list (key lookup, navigation), `List.First` (what many write), and LINQ over the list.");
            md.AppendLine();
            md.AppendLine("| Rows | Query | Generated | Baseline | Ratio (generated / baseline) |");
            md.AppendLine("|---:|---|---:|---:|---:|");
            foreach (var s in sizes)
            {
                void Row(string name, string generated, string baseline)
                {
                    double g = MeanNs(queries, generated, s.Rows), b = MeanNs(queries, baseline, s.Rows);
                    md.AppendLine($"| {s.Rows:N0} | {name} | {Ns(g)} | {Ns(b)} | {Ratio(g, b)} |");
                }
                Row("key lookup vs Dictionary", nameof(QueryBenchmarks.KeyLookup_Generated), nameof(QueryBenchmarks.KeyLookup_StjDictionary));
                Row("key lookup vs List.First", nameof(QueryBenchmarks.KeyLookup_Generated), nameof(QueryBenchmarks.KeyLookup_StjLinqFirst));
                Row("FK navigation", nameof(QueryBenchmarks.Navigation_Generated), nameof(QueryBenchmarks.Navigation_StjDictionaries));
                Row("LINQ filter (year and value)", nameof(QueryBenchmarks.Filter_Generated), nameof(QueryBenchmarks.Filter_StjList));
                Row("reverse navigation (rows of an area)", nameof(QueryBenchmarks.Reverse_Generated), nameof(QueryBenchmarks.Reverse_StjLinqCount));
            }
            md.AppendLine();

            md.AppendLine("## 5. Memory and size");
            md.AppendLine();
            md.AppendLine("Allocated bytes (process total up to the first answer), live managed heap after a full GC, and working set, each against the STJ baseline; assembly size against the gzip size of the raw JSON.");
            md.AppendLine();
            md.AppendLine("| Rows | Allocated: gen / STJ | Live heap: gen / STJ | Working set: gen / STJ | Assembly | JSON | JSON gzip | Assembly / gzip |");
            md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
            foreach (var s in sizes)
            {
                md.AppendLine($"| {s.Rows:N0} | {Mb(s.Generated.AllocatedBytes)} / {Mb(s.Baseline.AllocatedBytes)} ({Ratio(s.Generated.AllocatedBytes, s.Baseline.AllocatedBytes)}) | {Mb(s.Generated.LiveHeapBytes)} / {Mb(s.Baseline.LiveHeapBytes)} ({Ratio(s.Generated.LiveHeapBytes, s.Baseline.LiveHeapBytes)}) | {Mb(s.Generated.WorkingSetBytes)} / {Mb(s.Baseline.WorkingSetBytes)} ({Ratio(s.Generated.WorkingSetBytes, s.Baseline.WorkingSetBytes)}) | {Mb(s.AssemblyBytes)} | {Mb(s.JsonBytes)} | {Mb(s.JsonGzipBytes)} | {Ratio(s.AssemblyBytes, s.JsonGzipBytes)} |");
            }
            md.AppendLine();
            md.AppendLine("The consumer assembly embeds the JSON too (as the baseline's resources), so its size is an upper bound for the generated data alone.");
            md.AppendLine();
            md.AppendLine("## Targets");
            md.AppendLine();
            var largest = sizes[^1];
            double full100k = MeanNs(generator, nameof(GeneratorBenchmarks.FullRun), largest.Rows) / 1e6;
            double rerun100k = MeanNs(generator, nameof(GeneratorBenchmarks.RerunAfterUnrelatedEdit), largest.Rows) / 1e6;
            double lookup = MeanNs(queries, nameof(QueryBenchmarks.KeyLookup_Generated), largest.Rows);
            double coldRatio = largest.Baseline.FirstAnswerMs / largest.Generated.FirstAnswerMs;
            string Verdict(bool met) => met ? "met" : "**not met**";
            md.AppendLine("| Target | Measured | Verdict |");
            md.AppendLine("|---|---|---|");
            md.AppendLine($"| Full generation of 100k rows well under a second | {full100k.ToString("F0", CultureInfo.InvariantCulture)} ms | {Verdict(full100k < 700)} |");
            md.AppendLine($"| An unrelated edit costs effectively nothing | {rerun100k.ToString("F2", CultureInfo.InvariantCulture)} ms at 100k rows | {Verdict(rerun100k < 5)} |");
            md.AppendLine($"| A 100k-row consumer builds in seconds | {Ms(largest.BuildWithDataMs)} ({Ratio(largest.BuildWithDataMs, largest.BuildWithoutDataMs)} the data-less build) | {Verdict(largest.BuildWithDataMs < 30_000)} |");
            md.AppendLine($"| Cold start at least 5× faster than the STJ baseline | {coldRatio.ToString("F1", CultureInfo.InvariantCulture)}× in-process at 100k rows | {Verdict(coldRatio >= 5)} |");
            md.AppendLine($"| No more memory than the baseline | live heap {Ratio(largest.Generated.LiveHeapBytes, largest.Baseline.LiveHeapBytes)}, working set {Ratio(largest.Generated.WorkingSetBytes, largest.Baseline.WorkingSetBytes)} | {Verdict(largest.Generated.LiveHeapBytes <= largest.Baseline.LiveHeapBytes)} |");
            md.AppendLine($"| Key lookup in tens of nanoseconds | {Ns(lookup)} | {Verdict(lookup < 100)} |");
            md.AppendLine();
            double filterRatio = MeanNs(queries, nameof(QueryBenchmarks.Filter_Generated), largest.Rows) / MeanNs(queries, nameof(QueryBenchmarks.Filter_StjList), largest.Rows);
            var smallest = sizes[0];
            md.AppendLine("What the numbers say, and why (profiles taken with `dotnet-trace`):");
            md.AppendLine();
            md.AppendLine($"- **Generator time at 100k rows: {full100k.ToString("F0", CultureInfo.InvariantCulture)} ms.** A CPU profile of the table parse (the largest step) showed about two thirds of its time in the garbage collector, not in parsing: the model keeps every cell of the table (it must, for caching and emission), so the cell strings survive every young-generation collection and are promoted. (Collecting cells in small chunks instead allocated 45% less but ran slower, since small chunks are copied on promotion and one large array is not, so it was reverted.) Streaming the rows instead of building a whole JSON tree, recycling JSON nodes per row, sharing repeated strings, a flat cell array and exact-size copies took the full run from about 2.4 s to about 1 s. The next step would be to keep cell text as offsets into one buffer instead of a string per cell, so the model holds almost no references.");
            md.AppendLine($"- **Cold start: {coldRatio.ToString("F1", CultureInfo.InvariantCulture)}× at 100k rows, {(smallest.Baseline.FirstAnswerMs / smallest.Generated.FirstAnswerMs).ToString("F1", CultureInfo.InvariantCulture)}× at {smallest.Rows:N0}.** A compact table is an index of string and row offsets built on first use; a lookup decodes only the key column and the one record it returns. Before that change a profile showed half of the start-up in the garbage collector, because every decoded record and string survived. For small tables fixed costs (type loading and JIT of the decoder and constructors) dominate both sides, so the ratio stays below 5×. Whole-process ratios are smaller because runtime start-up is the same on both sides.");
            md.AppendLine($"- **LINQ over `All` is {filterRatio.ToString("F1", CultureInfo.InvariantCulture)}× the time of LINQ over a `List<T>` at 100k rows.** System.Linq iterates arrays and `List<T>` as spans; `All` is a read-only, lazily filled list (it cannot be cast back to a mutable array), so it goes through an enumerator. Key lookups and navigation, the common queries, are within tens of nanoseconds of a hand-built `Dictionary`.");
            md.AppendLine("- **Build time** grows with the size of the compiled literal and with the generator's own time, both reported above.");
            md.AppendLine();
            md.AppendLine("## Raw BenchmarkDotNet summaries");
            md.AppendLine();
            foreach (Summary summary in new[] { generator, queries })
            {
                md.AppendLine("```");
                var logger = new BenchmarkDotNet.Loggers.AccumulationLogger();
                BenchmarkDotNet.Exporters.MarkdownExporter.Console.ExportToLog(summary, logger);
                md.AppendLine(logger.GetLog().Trim());
                md.AppendLine("```");
                md.AppendLine();
            }
            return md.ToString();
        }
    }
}
