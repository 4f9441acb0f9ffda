using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace LabourDataset.Benchmarks;

/// <summary>
/// Warm queries on a consumer built with the generator, against the same queries over System.Text.Json-deserialised
/// lists (with the dictionaries a careful user would build). Each pair is its own category with the baseline marked.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkDotNet.Configs.BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class QueryBenchmarks
{
    private Func<string, object> _generatedLookup = null!, _baselineLookup = null!, _baselineLinqLookup = null!;
    private Func<string, string> _generatedNavigation = null!, _baselineNavigation = null!;
    private Func<int> _generatedFilter = null!, _baselineFilter = null!, _generatedSpanFilter = null!, _baselineLoopFilter = null!;
    private Func<string, int> _generatedReverse = null!, _baselineReverse = null!;
    private string _key = string.Empty;

    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        Assembly consumer = Assembly.LoadFrom(Harness.ConsumerDll(Rows));
        Type probe = consumer.GetType("Probe")!;
        probe.GetMethod("Warm")!.Invoke(null, null);
        T Make<T>(string name) where T : Delegate => probe.GetMethod(name)!.CreateDelegate<T>();
        _generatedLookup = Make<Func<string, object>>("GeneratedLookup");
        _baselineLookup = Make<Func<string, object>>("BaselineLookup");
        _baselineLinqLookup = Make<Func<string, object>>("BaselineLinqLookup");
        _generatedNavigation = Make<Func<string, string>>("GeneratedNavigation");
        _baselineNavigation = Make<Func<string, string>>("BaselineNavigation");
        _generatedFilter = Make<Func<int>>("GeneratedFilter");
        _baselineFilter = Make<Func<int>>("BaselineFilter");
        _generatedSpanFilter = Make<Func<int>>("GeneratedSpanFilter");
        _baselineLoopFilter = Make<Func<int>>("BaselineLoopFilter");
        _generatedReverse = Make<Func<string, int>>("GeneratedReverse");
        _baselineReverse = Make<Func<string, int>>("BaselineReverse");
        _key = "obs-" + (Rows / 2);
    }

    [Benchmark(Baseline = true), BenchmarkCategory("Key lookup")]
    public object KeyLookup_StjDictionary() => _baselineLookup(_key);

    [Benchmark, BenchmarkCategory("Key lookup")]
    public object KeyLookup_StjLinqFirst() => _baselineLinqLookup(_key);

    [Benchmark, BenchmarkCategory("Key lookup")]
    public object KeyLookup_Generated() => _generatedLookup(_key);

    [Benchmark(Baseline = true), BenchmarkCategory("FK navigation")]
    public string Navigation_StjDictionaries() => _baselineNavigation(_key);

    [Benchmark, BenchmarkCategory("FK navigation")]
    public string Navigation_Generated() => _generatedNavigation(_key);

    [Benchmark(Baseline = true), BenchmarkCategory("LINQ filter")]
    public int Filter_StjList() => _baselineFilter();

    [Benchmark, BenchmarkCategory("LINQ filter")]
    public int Filter_Generated() => _generatedFilter();

    [Benchmark(Baseline = true), BenchmarkCategory("Loop filter")]
    public int LoopFilter_StjList() => _baselineLoopFilter();

    [Benchmark, BenchmarkCategory("Loop filter")]
    public int LoopFilter_GeneratedAsSpan() => _generatedSpanFilter();

    [Benchmark(Baseline = true), BenchmarkCategory("Reverse navigation")]
    public int Reverse_StjLinqCount() => _baselineReverse("AREA-7");

    [Benchmark, BenchmarkCategory("Reverse navigation")]
    public int Reverse_Generated() => _generatedReverse("AREA-7");
}
