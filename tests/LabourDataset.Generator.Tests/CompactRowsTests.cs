using System.Globalization;
using System.Text;

namespace LabourDataset.Generator.Tests;

/// <summary>The compact row encoding reads back exactly what the inline form does.</summary>
public class CompactRowsTests
{
    private static Dictionary<string, string> ForceStorage(string storage)
        => Fixtures.Package(descriptor: Fixtures.Descriptor.Replace("\"path\": \"", "\"csharp:rowStorage\": \"" + storage + "\", \"path\": \""));

    [Fact]
    public void Compact_and_inline_rows_are_identical_through_the_api()
    {
        GenerationResult compact = GeneratorHarness.Run(ForceStorage("compact"));
        GenerationResult inline = GeneratorHarness.Run(ForceStorage("inline"));
        compact.CompileErrors.ShouldBeEmpty();
        compact.Source("Countries.g.cs").ShouldContain("u8;");
        inline.Source("Countries.g.cs").ShouldNotContain("u8;");

        var a = GeneratedData.ReadAll(compact.Load());
        var b = GeneratedData.ReadAll(inline.Load());
        a.Keys.ShouldBe(b.Keys);
        foreach (string table in a.Keys)
        {
            a[table].Count.ShouldBe(b[table].Count);
            for (int r = 0; r < a[table].Count; r++) Render(a[table][r]).ShouldBe(Render(b[table][r]), $"{table}[{r}]");
        }
    }

    [Theory]
    [InlineData("compact")]
    [InlineData("inline")]
    public void AsSpan_gives_the_rows_of_All_in_order_as_the_same_records_and_builds_each_once(string storage)
    {
        // A span cannot be returned through reflection, so a compiled probe compares it with All and Get.
        const string consumer = """
            namespace Consumer
            {
                public static class Probe
                {
                    public static string Run()
                    {
                        System.ReadOnlySpan<TestData.Country> span = TestData.Countries.AsSpan();
                        if (span.Length != TestData.Countries.All.Count) return "length " + span.Length;
                        for (int i = 0; i < span.Length; i++)
                        {
                            if (!object.ReferenceEquals(span[i], TestData.Countries.All[i])) return "differs at " + i;
                            if (!object.ReferenceEquals(span[i], TestData.Countries.Get(span[i].Code))) return "not the looked-up record at " + i;
                        }
                        if (!object.ReferenceEquals(TestData.Countries.AsSpan()[0], span[0])) return "rebuilt";
                        return "ok " + span.Length + " " + span[span.Length - 1].Code;
                    }
                }
            }
            """;
        GenerationResult result = GeneratorHarness.Run(ForceStorage(storage), consumerSource: consumer);
        result.CompileErrors.ShouldBeEmpty();
        result.Source("Countries.g.cs").ShouldContain("public static global::System.ReadOnlySpan<Country> AsSpan() => ");
        string answer = (string)result.Load().GetType("Consumer.Probe")!.GetMethod("Run")!.Invoke(null, null)!;
        answer.ShouldStartWith("ok ");
    }

    [Theory]
    [InlineData(2000, false)]
    [InlineData(2001, true)]
    public void Only_a_large_table_builds_its_key_index_with_optimised_code_from_the_first_call(int rowCount, bool optimised)
    {
        var rows = new StringBuilder("[");
        for (int i = 0; i < rowCount; i++) rows.Append(i > 0 ? "," : string.Empty).Append(CultureInfo.InvariantCulture, $"{{\"code\": \"K{i}\", \"name\": \"N\"}}");
        rows.Append(']');
        GenerationResult result = GeneratorHarness.Run(Fixtures.Package(countries: rows.ToString(), ratifications: "[]"));
        result.CompileErrors.ShouldBeEmpty();
        result.Source("Countries.g.cs").Contains("MethodImplOptions.AggressiveOptimization)]", StringComparison.Ordinal).ShouldBe(optimised);
        rowCount.ShouldBe(Emit.CollectionEmitter.OptimisedIndexRows + (optimised ? 1 : 0));
    }

    [Fact]
    public void Large_tables_are_compact_by_default_and_round_trip()
    {
        var rows = new StringBuilder("[");
        for (int i = 0; i < 1000; i++)
        {
            if (i > 0) rows.Append(',');
            rows.Append(CultureInfo.InvariantCulture, $"{{\"code\": \"K{i}\", \"name\": \"Name {i % 7} \\u00e9\\ud83d\\ude00\", \"members\": {i - 500}, \"share\": {i}.{i % 10}0, \"aliases\": [\"a{i % 3}\", \"\\\"q\\\"\"]}}");
        }
        rows.Append(']');
        GenerationResult result = GeneratorHarness.Run(Fixtures.Package(countries: rows.ToString(), ratifications: "[]"));
        result.CompileErrors.ShouldBeEmpty();
        result.Source("Countries.g.cs").ShouldContain("u8;");
        var values = GeneratedData.ReadAll(result.Load())["countries"];
        values.Count.ShouldBe(1000);
        values[999][0].ShouldBe("K999");
        values[999][1].ShouldBe("Name 5 \u00e9\ud83d\ude00");
        values[0][2].ShouldBe(-500L);
        ((decimal)values[123][3]!).ToString(CultureInfo.InvariantCulture).ShouldBe("123.30");
        ((IReadOnlyList<string>)values[5][4]!).ShouldBe(["a2", "\"q\""]);
        // Repeated strings are shared, not duplicated.
        ReferenceEquals(values[0][1], values[7][1]).ShouldBeTrue();
    }

    [Fact]
    public void Compact_rows_are_built_once_even_under_concurrent_first_access()
    {
        var rows = new StringBuilder("[");
        for (int i = 0; i < 2000; i++) rows.Append(i > 0 ? "," : string.Empty).Append(CultureInfo.InvariantCulture, $"{{\"code\": \"K{i}\", \"name\": \"N{i % 13}\"}}");
        rows.Append(']');
        GenerationResult result = GeneratorHarness.Run(Fixtures.Package(countries: rows.ToString(), ratifications: "[]"));
        result.Source("Countries.g.cs").ShouldContain("__DataPackageLazyRows<Country>");
        System.Reflection.Assembly assembly = result.Load();
        var list = (IReadOnlyList<object>)assembly.GetType("TestData.Countries")!.GetProperty("All")!.GetValue(null)!;
        var seen = new object[8][];
        Parallel.For(0, 8, t => seen[t] = Enumerable.Range(0, list.Count).Select(i => list[(i + (t * 251)) % list.Count]).OrderBy(o => o.ToString(), StringComparer.Ordinal).ToArray());
        for (int t = 1; t < 8; t++)
        {
            for (int i = 0; i < seen[0].Length; i++) ReferenceEquals(seen[0][i], seen[t][i]).ShouldBeTrue();
        }
        list.Count.ShouldBe(2000);
        list[1999].ToString()!.ShouldContain("K1999");
    }

    [Fact]
    public void Lone_surrogates_keep_the_inline_form()
    {
        var rows = new StringBuilder("[");
        for (int i = 0; i < 300; i++) rows.Append(i > 0 ? "," : string.Empty).Append(CultureInfo.InvariantCulture, $"{{\"code\": \"K{i}\", \"name\": \"\\ud800{i}\"}}");
        rows.Append(']');
        GenerationResult result = GeneratorHarness.Run(Fixtures.Package(countries: rows.ToString(), ratifications: "[]"));
        result.CompileErrors.ShouldBeEmpty();
        result.Source("Countries.g.cs").ShouldNotContain("u8;");
        GeneratedData.ReadAll(result.Load())["countries"][3][1].ShouldBe("\ud8003");
    }

    private static string Render(IReadOnlyList<object?> values)
        => string.Join("|", values.Select(v => v switch
        {
            null => "null",
            string s => "s:" + s,
            decimal d => "m:" + d.ToString(CultureInfo.InvariantCulture),
            DateOnly d => "d:" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IReadOnlyList<string> list => "a:" + string.Join(",", list),
            IFormattable f => v.GetType().Name + ":" + f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.GetType().Name + ":" + v,
        }));
}
