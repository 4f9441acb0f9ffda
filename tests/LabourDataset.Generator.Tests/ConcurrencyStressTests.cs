using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace LabourDataset.Generator.Tests;

/// <summary>
/// The compiled data under racing first access. A synthetic package (three tables over the 256-row compact threshold,
/// two foreign keys) is compiled twice, once forced inline and once forced compact, each with the same probe class
/// compiled beside it. The compact assembly is loaded afresh many times (a new collectible AssemblyLoadContext each
/// time, so every type initialiser, blob index, key index and reverse index starts cold); in each load many threads,
/// released together by a barrier, touch records, lookups, navigations, reverse lists, DatasetInfo and its tables in
/// a random order. Every record must render exactly as its inline counterpart, and every way of reaching a row, a
/// reverse list or a table must give the same instance on every thread.
/// </summary>
public class ConcurrencyStressTests(ITestOutputHelper output)
{
    private const int InstrumentCount = 300;
    private const int CountryCount = 400;
    private const int RatificationCount = 1600;
    private const int Threads = 8;
    private const int FreshLoads = 100;
    private const int OpsPerThread = 1500;

    private static readonly int[] RowCounts = [InstrumentCount, CountryCount, RatificationCount];
    private static readonly string[] TableNames = ["instruments", "countries", "ratifications"];

    /// <summary>Compiled next to the generated code in both assemblies: direct calls, no reflection on the hot path.</summary>
    private const string ProbeSource = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using TestData;

        namespace Consumer
        {
            public static class Probe
            {
                public static object Row(int t, int i) => t switch
                {
                    0 => Instruments.All[i],
                    1 => Countries.All[i],
                    _ => Ratifications.All[i],
                };

                public static object Get(int t, string key) => t switch
                {
                    0 => Instruments.Get(key),
                    1 => Countries.Get(key),
                    _ => Ratifications.Get(key),
                };

                public static object? TryGet(int t, string key) => t switch
                {
                    0 => Instruments.TryGet(key, out Instrument? a) ? a : null,
                    1 => Countries.TryGet(key, out Country? b) ? b : null,
                    _ => Ratifications.TryGet(key, out Ratification? c) ? c : null,
                };

                public static int Count(int t) => t switch { 0 => Instruments.Count, 1 => Countries.Count, _ => Ratifications.Count };

                /// <summary>Navigation from ratification i: 0 its country, 1 its instrument.</summary>
                public static object Target(int kind, int i) => kind == 0 ? Ratifications.All[i].Country : Ratifications.All[i].Instrument;

                /// <summary>Reverse navigation: the ratifications of instrument i (t = 0) or country i (t = 1).</summary>
                public static IReadOnlyList<object> Reverse(int t, int i) => t == 0 ? Instruments.All[i].Ratifications : Countries.All[i].Ratifications;

                public static object Tables() => DatasetInfo.Tables;

                public static object? FindTable(string name) => DatasetInfo.FindTable(name);

                public static IReadOnlyList<object> TableRows(int t) => (IReadOnlyList<object>)DatasetInfo.Tables[t].Rows;

                public static string Identity() => DatasetInfo.Name + " " + DatasetInfo.Version + " " + DatasetInfo.ContentHash + " " + DatasetInfo.Tables.Count
                    + " " + string.Join(",", DatasetInfo.Tables.Select(t => t.Name + ":" + t.Fields.Count + ":" + t.PrimaryKey[0]));

                public static object[] Walk(int t)
                {
                    var rows = new List<object>();
                    switch (t)
                    {
                        case 0: foreach (Instrument r in Instruments.All) rows.Add(r); break;
                        case 1: foreach (Country r in Countries.All) rows.Add(r); break;
                        default: foreach (Ratification r in Ratifications.All) rows.Add(r); break;
                    }
                    return rows.ToArray();
                }

                /// <summary>Every value through DatasetInfo's generic API, typed, then the record's own ToString.</summary>
                public static string Render(int t, int i)
                {
                    DataPackageTable table = DatasetInfo.Tables[t];
                    object row = Row(t, i);
                    return string.Join("|", table.GetValues(row).Select(Text)) + "#" + row.ToString();
                }

                private static string Text(object? v) => v switch
                {
                    null => "null",
                    string s => "s:" + s,
                    IReadOnlyList<string> list => "a:[" + string.Join(",", list) + "]",
                    IFormattable f => v.GetType().Name + ":" + f.ToString(null, CultureInfo.InvariantCulture),
                    _ => v.GetType().Name + ":" + v,
                };
            }
        }
        """;

    /// <summary>The synthetic package compiled twice, forced compact and forced inline, each with the probe beside it.</summary>
    private static (Package Package, GenerationResult Compact, GenerationResult Inline) CompileBoth()
    {
        Package package = Package.Create();
        GenerationResult compact = GeneratorHarness.Run(package.Files("compact"), consumerSource: ProbeSource);
        GenerationResult inline = GeneratorHarness.Run(package.Files("inline"), consumerSource: ProbeSource);
        compact.CompileErrors.ShouldBeEmpty();
        inline.CompileErrors.ShouldBeEmpty();
        return (package, compact, inline);
    }

    [Fact]
    public void Racing_cold_first_access_sees_one_instance_per_row_and_the_inline_values()
    {
        (Package package, GenerationResult compact, GenerationResult inline) = CompileBoth();
        foreach (string collection in new[] { "Instruments", "Countries", "Ratifications" })
        {
            compact.Source(collection + ".g.cs").ShouldContain("__DataPackageLazyRows<");
            inline.Source(collection + ".g.cs").ShouldNotContain("u8;");
        }

        byte[] image = Emit(compact);
        // The content hash covers the descriptor, which names the storage; the compact side is read once, warm, alone.
        string compactIdentity = Probe.Of(compact.Load()).Identity();
        Expected expected = Expected.From(Probe.Of(inline.Load()), package, compactIdentity);

        var totals = new Totals();
        var watch = Stopwatch.StartNew();
        for (int load = 0; load < FreshLoads; load++)
        {
            var context = new AssemblyLoadContext("stress-" + load.ToString(CultureInfo.InvariantCulture), isCollectible: true);
            Probe probe = Probe.Of(context.LoadFromStream(new MemoryStream(image)));
            List<string> errors = RaceOnce(probe, expected, package, load, totals);
            errors.Count.ShouldBe(0, $"fresh load {load}: " + string.Join("\n", errors.Take(10)));
            context.Unload();
        }

        output.WriteLine($"{FreshLoads} fresh loads x {Threads} threads x {OpsPerThread} random operations = {totals.Operations} operations "
            + $"({totals.RowChecks} row identity checks, {totals.Renders} renders compared with inline, {totals.ReverseLists} reverse lists, "
            + $"{totals.Navigations} navigations, {totals.Lookups} lookups, {totals.Walks} full walks) in {watch.Elapsed.TotalSeconds:F1} s; "
            + $"threads released together onto a cold load: {totals.ColdStarts}");
        totals.Operations.ShouldBe((long)FreshLoads * Threads * OpsPerThread);
    }

    private const int FreshProcesses = 30;

    /// <summary>
    /// The same race, each time in a new operating-system process (this test assembly started again with
    /// <see cref="ChildProcessEntry"/>): nothing of the runtime is warm, not even the JIT's code for the probe, and the
    /// compact assembly is loaded into the default context as a consumer's would be.
    /// </summary>
    [Fact]
    public void Racing_cold_first_access_in_fresh_processes_sees_one_instance_per_row_and_the_inline_values()
    {
        (Package package, GenerationResult compact, GenerationResult inline) = CompileBoth();
        string compactIdentity = Probe.Of(compact.Load()).Identity();
        Expected expected = Expected.From(Probe.Of(inline.Load()), package, compactIdentity);

        string dir = Directory.CreateTempSubdirectory("labour-stress-").FullName;
        try
        {
            RunFreshProcesses(dir, compact, expected);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private void RunFreshProcesses(string dir, GenerationResult compact, Expected expected)
    {
        File.WriteAllBytes(Path.Combine(dir, "Consumer.dll"), Emit(compact));
        File.WriteAllText(Path.Combine(dir, "expected.json"), System.Text.Json.JsonSerializer.Serialize(expected.Renders));
        File.WriteAllText(Path.Combine(dir, "identity.txt"), expected.Identity);

        string self = typeof(ConcurrencyStressTests).Assembly.Location;
        long operations = 0;
        var watch = Stopwatch.StartNew();
        for (int run = 0; run < FreshProcesses; run++)
        {
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string arg in new[] { "exec", self, ChildProcessEntry.StressCommand, dir, run.ToString(CultureInfo.InvariantCulture) }) start.ArgumentList.Add(arg);
            using Process child = Process.Start(start)!;
            Task<string> stdout = child.StandardOutput.ReadToEndAsync();
            Task<string> stderr = child.StandardError.ReadToEndAsync();
            child.WaitForExit(120_000).ShouldBeTrue($"fresh process {run} did not finish in two minutes");
            child.ExitCode.ShouldBe(0, $"fresh process {run}:\n{stdout.Result}\n{stderr.Result}");
            string last = stdout.Result.Trim().Split('\n')[^1];
            last.ShouldStartWith("operations ", customMessage: stdout.Result);
            operations += long.Parse(last["operations ".Length..], CultureInfo.InvariantCulture);
        }
        output.WriteLine($"{FreshProcesses} fresh processes x {Threads} threads x {OpsPerThread} random operations = {operations} operations in {watch.Elapsed.TotalSeconds:F1} s");
        operations.ShouldBe((long)FreshProcesses * Threads * OpsPerThread);
    }

    /// <summary>The child's side of the fresh-process test: one cold race over the compact assembly in <paramref name="dir"/>.</summary>
    internal static int RunChild(string dir, int seed, TextWriter stdout)
    {
        Package package = Package.Create();
        var expected = new Expected
        {
            Renders = System.Text.Json.JsonSerializer.Deserialize<string[][]>(File.ReadAllText(Path.Combine(dir, "expected.json")))!,
            Identity = File.ReadAllText(Path.Combine(dir, "identity.txt")),
        };
        Probe probe = Probe.Of(Assembly.LoadFrom(Path.Combine(dir, "Consumer.dll")));
        var totals = new Totals();
        List<string> errors = RaceOnce(probe, expected, package, seed, totals);
        foreach (string error in errors.Take(20)) stdout.WriteLine(error);
        stdout.WriteLine("operations " + totals.Operations.ToString(CultureInfo.InvariantCulture));
        return errors.Count == 0 ? 0 : 1;
    }

    private static byte[] Emit(GenerationResult result)
    {
        using var stream = new MemoryStream();
        var emit = result.Output.Emit(stream);
        emit.Success.ShouldBeTrue(string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        return stream.ToArray();
    }

    /// <summary>One fresh load: every thread waits at the barrier, then all start cold in their own random order.</summary>
    private static List<string> RaceOnce(Probe probe, Expected expected, Package package, int load, Totals totals)
    {
        var rows = RowCounts.Select(n => new object?[n]).ToArray();
        var reverse = new[] { new object?[InstrumentCount], new object?[CountryCount] };
        object? tables = null;
        var found = new object?[3];
        var errors = new ConcurrentQueue<string>();
        using var barrier = new Barrier(Threads);

        void Same(ref object? slot, object? value, string what)
        {
            if (value is null)
            {
                errors.Enqueue(what + ": null");
                return;
            }
            object first = Interlocked.CompareExchange(ref slot, value, null) ?? value;
            if (!ReferenceEquals(first, value)) errors.Enqueue(what + ": a second instance");
        }

        void Worker(int thread)
        {
            var random = new Random((load * 7919) + thread);
            var counts = new Totals();
            barrier.SignalAndWait();
            for (int op = 0; op < OpsPerThread; op++)
            {
                try
                {
                    int t = random.Next(3);
                    int i = random.Next(RowCounts[t]);
                    switch (random.Next(11))
                    {
                        case 0:
                            Same(ref rows[t][i], probe.Row(t, i), $"{TableNames[t]}.All[{i}]");
                            counts.RowChecks++;
                            break;
                        case 1:
                            Same(ref rows[t][i], probe.Get(t, package.Keys[t][i]), $"{TableNames[t]}.Get({package.Keys[t][i]})");
                            counts.Lookups++;
                            break;
                        case 2:
                            Same(ref rows[t][i], probe.TryGet(t, package.Keys[t][i]), $"{TableNames[t]}.TryGet({package.Keys[t][i]})");
                            if (probe.TryGet(t, "missing-" + i.ToString(CultureInfo.InvariantCulture)) is not null) errors.Enqueue("TryGet found a missing key");
                            counts.Lookups++;
                            break;
                        case 3:
                        {
                            int r = random.Next(RatificationCount);
                            int kind = random.Next(2);
                            int target = kind == 0 ? package.CountryOf[r] : package.InstrumentOf[r];
                            Same(ref rows[1 - kind][target], probe.Target(kind, r), $"ratification {r} -> {TableNames[1 - kind]}[{target}]");
                            counts.Navigations++;
                            break;
                        }
                        case 4:
                        {
                            int owner = random.Next(2);
                            int k = random.Next(RowCounts[owner]);
                            IReadOnlyList<object> list = probe.Reverse(owner, k);
                            Same(ref reverse[owner][k], list, $"{TableNames[owner]}[{k}].Ratifications");
                            int[] want = (owner == 0 ? package.RatificationsOfInstrument : package.RatificationsOfCountry)[k];
                            if (list.Count != want.Length) errors.Enqueue($"{TableNames[owner]}[{k}].Ratifications has {list.Count} rows, not {want.Length}");
                            for (int j = 0; j < Math.Min(list.Count, want.Length); j++) Same(ref rows[2][want[j]], list[j], $"{TableNames[owner]}[{k}].Ratifications[{j}]");
                            counts.ReverseLists++;
                            break;
                        }
                        case 5:
                        case 6:
                            if (probe.Render(t, i) != expected.Renders[t][i]) errors.Enqueue($"{TableNames[t]}[{i}] differs from inline: {probe.Render(t, i)} vs {expected.Renders[t][i]}");
                            counts.Renders++;
                            break;
                        case 7:
                            Same(ref tables, probe.Tables(), "DatasetInfo.Tables");
                            Same(ref found[t], probe.FindTable(TableNames[t]), $"DatasetInfo.FindTable({TableNames[t]})");
                            Same(ref rows[t][i], probe.TableRows(t)[i], $"DatasetInfo.Tables[{t}].Rows[{i}]");
                            counts.RowChecks++;
                            break;
                        case 8:
                            if (probe.Identity() != expected.Identity) errors.Enqueue("DatasetInfo identity differs: " + probe.Identity());
                            if (probe.Count(t) != RowCounts[t]) errors.Enqueue($"{TableNames[t]}.Count is {probe.Count(t)}");
                            break;
                        case 9:
                            Same(ref rows[t][i], probe.Row(t, i), $"{TableNames[t]}.All[{i}]");
                            counts.RowChecks++;
                            break;
                        default:
                            if (random.Next(8) == 0)
                            {
                                object[] all = probe.Walk(t);
                                if (all.Length != RowCounts[t]) errors.Enqueue($"walking {TableNames[t]} gave {all.Length} rows");
                                for (int j = 0; j < all.Length; j++) Same(ref rows[t][j], all[j], $"walk {TableNames[t]}[{j}]");
                                counts.Walks++;
                            }
                            else
                            {
                                Same(ref rows[t][i], probe.Row(t, i), $"{TableNames[t]}.All[{i}]");
                                counts.RowChecks++;
                            }
                            break;
                    }
                    if (op == 0) counts.ColdStarts++;
                }
                catch (Exception e)
                {
                    errors.Enqueue($"thread {thread} op {op}: {e.GetType().Name}: {e.Message}");
                }
                counts.Operations++;
            }
            totals.Add(counts);
        }

        var threads = Enumerable.Range(0, Threads).Select(n => new Thread(() => Worker(n))).ToArray();
        foreach (Thread thread in threads) thread.Start();
        foreach (Thread thread in threads) thread.Join();

        // After the race: every row (touched or not) is the instance the threads saw, and renders as inline does.
        for (int t = 0; t < 3; t++)
        {
            for (int i = 0; i < RowCounts[t]; i++)
            {
                Same(ref rows[t][i], probe.Row(t, i), $"after the race {TableNames[t]}[{i}]");
                if (probe.Render(t, i) != expected.Renders[t][i]) errors.Enqueue($"after the race {TableNames[t]}[{i}] differs from inline");
            }
        }
        return errors.ToList();
    }

    private sealed class Totals
    {
        public long Operations;
        public long RowChecks;
        public long Renders;
        public long ReverseLists;
        public long Navigations;
        public long Lookups;
        public long Walks;
        public long ColdStarts;

        public void Add(Totals other)
        {
            lock (this)
            {
                Operations += other.Operations;
                RowChecks += other.RowChecks;
                Renders += other.Renders;
                ReverseLists += other.ReverseLists;
                Navigations += other.Navigations;
                Lookups += other.Lookups;
                Walks += other.Walks;
                ColdStarts += other.ColdStarts;
            }
        }
    }

    /// <summary>The probe's methods as delegates (creating them runs no type initialiser of the generated code).</summary>
    private sealed class Probe
    {
        public required Func<int, int, object> Row { get; init; }
        public required Func<int, string, object> Get { get; init; }
        public required Func<int, string, object?> TryGet { get; init; }
        public required Func<int, int> Count { get; init; }
        public required Func<int, int, object> Target { get; init; }
        public required Func<int, int, IReadOnlyList<object>> Reverse { get; init; }
        public required Func<object> Tables { get; init; }
        public required Func<string, object?> FindTable { get; init; }
        public required Func<int, IReadOnlyList<object>> TableRows { get; init; }
        public required Func<string> Identity { get; init; }
        public required Func<int, object[]> Walk { get; init; }
        public required Func<int, int, string> Render { get; init; }

        public static Probe Of(Assembly assembly)
        {
            Type type = assembly.GetType("Consumer.Probe")!;
            T Bind<T>(string name) where T : Delegate => type.GetMethod(name, BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<T>();
            return new Probe
            {
                Row = Bind<Func<int, int, object>>("Row"),
                Get = Bind<Func<int, string, object>>("Get"),
                TryGet = Bind<Func<int, string, object?>>("TryGet"),
                Count = Bind<Func<int, int>>("Count"),
                Target = Bind<Func<int, int, object>>("Target"),
                Reverse = Bind<Func<int, int, IReadOnlyList<object>>>("Reverse"),
                Tables = Bind<Func<object>>("Tables"),
                FindTable = Bind<Func<string, object?>>("FindTable"),
                TableRows = Bind<Func<int, IReadOnlyList<object>>>("TableRows"),
                Identity = Bind<Func<string>>("Identity"),
                Walk = Bind<Func<int, object[]>>("Walk"),
                Render = Bind<Func<int, int, string>>("Render"),
            };
        }
    }

    /// <summary>What the inline assembly says, read single-threaded, after checking it against the package itself.</summary>
    private sealed class Expected
    {
        public required string[][] Renders { get; init; }
        public required string Identity { get; init; }

        public static Expected From(Probe inline, Package package, string compactIdentity)
        {
            string[] a = inline.Identity().Split(' '), b = compactIdentity.Split(' ');
            (a[0], a[1], a[3], a[4]).ShouldBe((b[0], b[1], b[3], b[4]));
            a[2].ShouldNotBe(b[2]);
            for (int r = 0; r < RatificationCount; r++)
            {
                ReferenceEquals(inline.Target(0, r), inline.Row(1, package.CountryOf[r])).ShouldBeTrue();
                ReferenceEquals(inline.Target(1, r), inline.Row(0, package.InstrumentOf[r])).ShouldBeTrue();
            }
            for (int owner = 0; owner < 2; owner++)
            {
                int[][] want = owner == 0 ? package.RatificationsOfInstrument : package.RatificationsOfCountry;
                for (int k = 0; k < RowCounts[owner]; k++)
                {
                    inline.Reverse(owner, k).ShouldBe(want[k].Select(j => inline.Row(2, j)).ToList());
                }
            }
            package.RatificationsOfCountry.Count(list => list.Length == 0).ShouldBeGreaterThan(0);
            return new Expected
            {
                Renders = Enumerable.Range(0, 3).Select(t => Enumerable.Range(0, RowCounts[t]).Select(i => inline.Render(t, i)).ToArray()).ToArray(),
                Identity = compactIdentity,
            };
        }
    }

    /// <summary>The synthetic data: every field type, nulls, repeated strings, and foreign keys that leave some rows unreferenced.</summary>
    private sealed class Package
    {
        public required string Instruments { get; init; }
        public required string Countries { get; init; }
        public required string Ratifications { get; init; }
        public required string[][] Keys { get; init; }
        public required int[] CountryOf { get; init; }
        public required int[] InstrumentOf { get; init; }
        public required int[][] RatificationsOfCountry { get; init; }
        public required int[][] RatificationsOfInstrument { get; init; }

        public Dictionary<string, string> Files(string storage)
            => Fixtures.Package(
                descriptor: Fixtures.Descriptor.Replace("\"path\": \"", "\"csharp:rowStorage\": \"" + storage + "\", \"path\": \"", StringComparison.Ordinal),
                instruments: Instruments, countries: Countries, ratifications: Ratifications);

        public static Package Create()
        {
            string[] categories = ["fundamental", "governance", "technical"];
            var instruments = new StringBuilder("[");
            var instrumentKeys = new string[InstrumentCount];
            for (int i = 0; i < InstrumentCount; i++)
            {
                instrumentKeys[i] = "C" + i.ToString("000", CultureInfo.InvariantCulture);
                string adopted = i % 4 == 0 ? "null" : $"\"{1919 + (i % 100)}-{1 + (i % 12):00}-{1 + (i % 28):00}\"";
                string fundamental = (i % 3) switch { 0 => "true", 1 => "false", _ => "null" };
                string category = i % 5 == 4 ? "null" : "\"" + categories[i % 3] + "\"";
                instruments.Append(i > 0 ? "," : string.Empty).Append(CultureInfo.InvariantCulture,
                    $"{{\"code\": \"{instrumentKeys[i]}\", \"title\": \"Convention {i % 17} \\u00e9\\ud83d\\ude00\", \"adopted\": {adopted}, \"year\": {1919 + (i % 100)}, \"fundamental\": {fundamental}, \"category\": {category}}}");
            }
            instruments.Append(']');

            var countries = new StringBuilder("[");
            var countryKeys = new string[CountryCount];
            for (int i = 0; i < CountryCount; i++)
            {
                countryKeys[i] = "K" + i.ToString(CultureInfo.InvariantCulture);
                string members = i % 6 == 0 ? "null" : (i - 200).ToString(CultureInfo.InvariantCulture);
                string share = i % 5 == 0 ? "null" : $"{i}.{i % 10}0";
                string aliases = (i % 4) switch { 0 => "null", 1 => "[]", 2 => $"[\"a{i % 3}\", \"\\\"q\\\"\"]", _ => $"[\"Name {i % 9}\"]" };
                countries.Append(i > 0 ? "," : string.Empty).Append(CultureInfo.InvariantCulture,
                    $"{{\"code\": \"{countryKeys[i]}\", \"name\": \"Name {i % 9}\", \"members\": {members}, \"share\": {share}, \"aliases\": {aliases}}}");
            }
            countries.Append(']');

            // The last 20 countries and the last 10 instruments are never referenced: their reverse lists are empty.
            var ratifications = new StringBuilder("[");
            var ratificationKeys = new string[RatificationCount];
            var countryOf = new int[RatificationCount];
            var instrumentOf = new int[RatificationCount];
            for (int r = 0; r < RatificationCount; r++)
            {
                ratificationKeys[r] = "R" + r.ToString(CultureInfo.InvariantCulture);
                countryOf[r] = (r * 7) % (CountryCount - 20);
                instrumentOf[r] = (r * 13) % (InstrumentCount - 10);
                string year = r % 3 == 0 ? "null" : (1950 + (r % 70)).ToString(CultureInfo.InvariantCulture);
                ratifications.Append(r > 0 ? "," : string.Empty).Append(CultureInfo.InvariantCulture,
                    $"{{\"id\": \"{ratificationKeys[r]}\", \"countryCode\": \"{countryKeys[countryOf[r]]}\", \"instrumentCode\": \"{instrumentKeys[instrumentOf[r]]}\", \"year\": {year}}}");
            }
            ratifications.Append(']');

            return new Package
            {
                Instruments = instruments.ToString(),
                Countries = countries.ToString(),
                Ratifications = ratifications.ToString(),
                Keys = [instrumentKeys, countryKeys, ratificationKeys],
                CountryOf = countryOf,
                InstrumentOf = instrumentOf,
                RatificationsOfCountry = Enumerable.Range(0, CountryCount).Select(c => Enumerable.Range(0, RatificationCount).Where(r => countryOf[r] == c).ToArray()).ToArray(),
                RatificationsOfInstrument = Enumerable.Range(0, InstrumentCount).Select(c => Enumerable.Range(0, RatificationCount).Where(r => instrumentOf[r] == c).ToArray()).ToArray(),
            };
        }
    }
}
