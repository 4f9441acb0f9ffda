// Benchmark consumer: the generated collections against what a user would otherwise write, System.Text.Json with a
// source-generated context deserialising the same JSON from embedded resources into the same records.
using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;

#if WITH_DATA
using Synthetic;

// The baseline's records have the same shape as the generated ones, written by hand: a source generator (here
// System.Text.Json's) cannot see types that another generator (ours) adds to the same compilation.
public sealed record BaselineObservation(string Id, string IndicatorCode, string AreaCode, int Year, decimal? Value, long? Count, string Unit,
    bool? Verified, DateOnly? Published, string? Note, IReadOnlyList<string>? Tags);

public sealed record BaselineArea(string Code, string Name);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(List<BaselineObservation>))]
[JsonSerializable(typeof(List<BaselineArea>))]
internal sealed partial class BaselineContext : JsonSerializerContext
{
}

/// <summary>The baseline: deserialised lists plus the dictionaries a careful user would build for lookups.</summary>
public sealed class Baseline
{
    public Baseline()
    {
        Observations = Load("observations.json", BaselineContext.Default.ListBaselineObservation);
        Areas = Load("areas.json", BaselineContext.Default.ListBaselineArea);
        ObservationsById = Observations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        AreasByCode = Areas.ToDictionary(a => a.Code, StringComparer.Ordinal);
    }

    public List<BaselineObservation> Observations { get; }

    public List<BaselineArea> Areas { get; }

    public Dictionary<string, BaselineObservation> ObservationsById { get; }

    public Dictionary<string, BaselineArea> AreasByCode { get; }

    private static List<T> Load<T>(string name, System.Text.Json.Serialization.Metadata.JsonTypeInfo<List<T>> info)
    {
        using Stream stream = typeof(Baseline).Assembly.GetManifestResourceStream(name)!;
        return JsonSerializer.Deserialize(stream, info)!;
    }
}

/// <summary>Warm queries, called by the benchmark process through delegates.</summary>
public static class Probe
{
    public static Baseline? Base;

    public static void Warm()
    {
        Base ??= new Baseline();
        _ = Observations.All.Count;
        _ = Areas.Get("AREA-1").Observations.Count;
    }

    public static object GeneratedLookup(string id) => Observations.Get(id);

    public static object BaselineLookup(string id) => Base!.ObservationsById[id];

    public static object BaselineLinqLookup(string id) => Base!.Observations.First(o => o.Id == id);

    public static string GeneratedNavigation(string id) => Observations.Get(id).Area.Name;

    public static string BaselineNavigation(string id) => Base!.AreasByCode[Base.ObservationsById[id].AreaCode].Name;

    public static int GeneratedFilter() => Observations.All.Count(o => o.Year == 2010 && o.Value > 5000m);

    public static int BaselineFilter() => Base!.Observations.Count(o => o.Year == 2010 && o.Value > 5000m);

    public static int GeneratedSpanFilter()
    {
        int count = 0;
        foreach (Observation o in Observations.AsSpan())
        {
            if (o.Year == 2010 && o.Value > 5000m) count++;
        }
        return count;
    }

    public static int BaselineLoopFilter()
    {
        int count = 0;
        foreach (BaselineObservation o in Base!.Observations)
        {
            if (o.Year == 2010 && o.Value > 5000m) count++;
        }
        return count;
    }

    public static int GeneratedReverse(string area) => Areas.Get(area).Observations.Count;

    public static int BaselineReverse(string area) => Base!.Observations.Count(o => o.AreaCode == area);
}
#endif

public static class Program
{
    public static int Main(string[] args)
    {
        var clock = Stopwatch.StartNew();
        string mode = args.Length > 0 ? args[0] : "generated";
        string key = args.Length > 1 ? args[1] : "obs-0";
        string answer;
#if WITH_DATA
        if (mode == "baseline")
        {
            var baseline = new Baseline();
            answer = baseline.ObservationsById[key].Unit + " " + baseline.AreasByCode[baseline.ObservationsById[key].AreaCode].Name;
        }
        else
        {
            Observation o = Observations.Get(key);
            answer = o.Unit + " " + o.Area.Name;
        }
#else
        answer = mode + " " + key;
#endif
        double firstAnswerMs = clock.Elapsed.TotalMilliseconds;
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long heap = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine($"answer={answer}");
        Console.WriteLine($"firstAnswerMs={firstAnswerMs.ToString("F3", System.Globalization.CultureInfo.InvariantCulture)}");
        Console.WriteLine($"allocatedBytes={allocated}");
        Console.WriteLine($"liveHeapBytes={heap}");
        Console.WriteLine($"workingSetBytes={Environment.WorkingSet}");
        return 0;
    }
}
