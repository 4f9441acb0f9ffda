using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace LabourDataset.Benchmarks;

/// <summary>
/// Builds the synthetic consumers and measures what BenchmarkDotNet cannot: build time (with vs without the data),
/// cold start from process start to the first answer, memory after load and output sizes. All in one run, as ratios.
/// </summary>
public static class Harness
{
    public static readonly int[] Sizes = [1_000, 10_000, 100_000, 1_000_000];

    /// <summary>At a million rows each build takes minutes: measured once instead of the median of several.</summary>
    private static int RepetitionsAt(int rows, int repetitions) => rows >= 1_000_000 ? 1 : repetitions;

    public static string RepoRoot => LabourDataset.Testing.RepositoryRoot.Path;

    public static string BenchDir => Environment.GetEnvironmentVariable("LABOUR_BENCH_DIR") ?? Path.Combine(RepoRoot, "artifacts", "bench");

    public static string ConsumerDir(int rows) => Path.Combine(BenchDir, "consumer-" + rows.ToString(CultureInfo.InvariantCulture));

    public static string ConsumerDll(int rows) => Path.Combine(ConsumerDir(rows), "bin", "Release", "net10.0", "BenchConsumer.dll");


    public sealed record SizeResult(int Rows, long JsonBytes, long JsonGzipBytes, double BuildWithDataMs, double BuildWithoutDataMs, long AssemblyBytes,
        Measure Generated, Measure Baseline);

    /// <summary>The shipped LabourDataset package against the gzip of the raw data files it is compiled from.</summary>
    public sealed record PackageSize(long NupkgBytes, long DataBytes, long DataGzipBytes);

    /// <summary>Packs src/LabourDataset (what users download) and compares it with the gzip of data/*.json.</summary>
    public static PackageSize MeasurePackage()
    {
        string output = Path.Combine(BenchDir, "pack");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        Run(RepoRoot, "dotnet", "pack", Path.Combine(RepoRoot, "src", "LabourDataset", "LabourDataset.csproj"), "-c", "Release", "-o", output).ShouldSucceed();
        string nupkg = Directory.GetFiles(output, "LabourDataset.*.nupkg").Single(f => !f.EndsWith(".symbols.nupkg", StringComparison.Ordinal));
        string data = Path.Combine(RepoRoot, "data");
        long dataBytes = Directory.GetFiles(data, "*.json").Sum(f => new FileInfo(f).Length);
        return new PackageSize(new FileInfo(nupkg).Length, dataBytes, GzipSize(data));
    }

    public sealed record Measure(double ProcessMs, double FirstAnswerMs, long AllocatedBytes, long LiveHeapBytes, long WorkingSetBytes);

    public static List<SizeResult> Prepare(int repetitions)
    {
        string generator = BuildGenerator();
        var results = new List<SizeResult>();
        foreach (int rows in Sizes)
        {
            string dir = ConsumerDir(rows);
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
            SyntheticPackage.Write(Path.Combine(dir, "data"), rows);
            string template = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Consumer", "Consumer.csproj.template"));
            File.WriteAllText(Path.Combine(dir, "BenchConsumer.csproj"), template.Replace("@GENERATOR@", generator, StringComparison.Ordinal));
            File.Copy(Path.Combine(AppContext.BaseDirectory, "Consumer", "Program.cs"), Path.Combine(dir, "Program.cs"));
            // Stop the repository's build props from applying: the consumer stands alone, as a user's project would.
            File.WriteAllText(Path.Combine(dir, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(dir, "Directory.Packages.props"), "<Project />");
            Run(dir, "dotnet", "restore").ShouldSucceed();

            var withData = new List<double>();
            var withoutData = new List<double>();
            for (int i = 0; i < RepetitionsAt(rows, repetitions); i++)
            {
                withoutData.Add(Time(() => Run(dir, "dotnet", "build", "--no-restore", "--no-incremental", "-c", "Release", "-p:WithData=false").ShouldSucceed()));
                withData.Add(Time(() => Run(dir, "dotnet", "build", "--no-restore", "--no-incremental", "-c", "Release", "-p:WithData=true").ShouldSucceed()));
            }
            // The compiler server and MSBuild nodes keep working (and collecting garbage) after a large build; measured
            // right after the 100,000-row builds, the first answer took 98 ms instead of 73 ms. Stop them before timing start-up.
            Run(dir, "dotnet", "build-server", "shutdown").ShouldSucceed();
            long jsonBytes = Directory.GetFiles(Path.Combine(dir, "data")).Sum(f => new FileInfo(f).Length);
            results.Add(new SizeResult(rows, jsonBytes, GzipSize(Path.Combine(dir, "data")), Median(withData), Median(withoutData),
                new FileInfo(ConsumerDll(rows)).Length, ColdStart(rows, "generated", RepetitionsAt(rows, repetitions) * 3), ColdStart(rows, "baseline", RepetitionsAt(rows, repetitions) * 3)));
            Console.WriteLine($"// prepared {rows} rows");
        }
        return results;
    }

    private static string BuildGenerator()
    {
        string project = Path.Combine(RepoRoot, "generators", "LabourDataset.Generator", "LabourDataset.Generator.csproj");
        Run(RepoRoot, "dotnet", "build", project, "-c", "Release").ShouldSucceed();
        return Path.Combine(RepoRoot, "generators", "LabourDataset.Generator", "bin", "Release", "netstandard2.0", "LabourDataset.Generator.dll");
    }

    private static Measure ColdStart(int rows, string mode, int runs)
    {
        var samples = new List<(double Process, Dictionary<string, string> Values)>();
        for (int i = 0; i < runs + 1; i++)
        {
            var clock = Stopwatch.StartNew();
            var (code, output) = Run(ConsumerDir(rows), "dotnet", ConsumerDll(rows), mode, "obs-" + (rows / 2).ToString(CultureInfo.InvariantCulture));
            double elapsed = clock.Elapsed.TotalMilliseconds;
            if (code != 0) throw new InvalidOperationException(output);
            if (i == 0) continue; // the first run warms the disk cache
            var values = output.Split('\n').Where(l => l.Contains('=')).ToDictionary(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..].Trim());
            samples.Add((elapsed, values));
        }
        double Med(Func<(double Process, Dictionary<string, string> Values), double> pick) => Median(samples.Select(pick).ToList());
        return new Measure(
            Med(s => s.Process),
            Med(s => double.Parse(s.Values["firstAnswerMs"], CultureInfo.InvariantCulture)),
            (long)Med(s => double.Parse(s.Values["allocatedBytes"], CultureInfo.InvariantCulture)),
            (long)Med(s => double.Parse(s.Values["liveHeapBytes"], CultureInfo.InvariantCulture)),
            (long)Med(s => double.Parse(s.Values["workingSetBytes"], CultureInfo.InvariantCulture)));
    }

    private static long GzipSize(string folder)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            foreach (string file in Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal))
            {
                byte[] bytes = File.ReadAllBytes(file);
                gzip.Write(bytes, 0, bytes.Length);
            }
        }
        return buffer.Length;
    }

    public static double Median(List<double> values)
    {
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[values.Count / 2 - 1] + values[values.Count / 2]) / 2;
    }

    private static double Time(Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        return clock.Elapsed.TotalMilliseconds;
    }

    public static (int Code, string Output) Run(string directory, string file, params string[] args)
    {
        var psi = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args) psi.ArgumentList.Add(arg);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using Process process = Process.Start(psi)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private static void ShouldSucceed(this (int Code, string Output) result)
    {
        if (result.Code != 0) throw new InvalidOperationException(result.Output);
    }

    public static string MachineDescription()
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} logical cores, ");
        sb.Append(CultureInfo.InvariantCulture, $"{GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024 * 1024.0):F0} GiB, ");
        sb.Append(System.Runtime.InteropServices.RuntimeInformation.OSDescription).Append(", ");
        sb.Append(System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription);
        try
        {
            string? model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (model is not null) sb.Append(", ").Append(model[(model.IndexOf(':') + 1)..].Trim());
        }
        catch (IOException)
        {
            // Not Linux: the CPU model is optional detail.
        }
        return sb.ToString();
    }
}
