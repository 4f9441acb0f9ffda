using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using LabourDataset.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace LabourDataset.Benchmarks;

/// <summary>
/// Generator throughput on synthetic packages, with System.Text.Json's JsonDocument parse of the same bytes as the
/// baseline, and the cost of a re-run after an unrelated code edit.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private sealed class Text(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private ImmutableArray<AdditionalText> _texts;
    private ImmutableArray<AdditionalText> _csvTexts;
    private GeneratorDriver _described = null!;
    private AdditionalText _descriptor = null!;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _warm = null!;
    private byte[][] _json = [];
    private int _edit;

    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int Rows { get; set; }

    /// <summary>Total size of the CSV variant.</summary>
    public long CsvBytes { get; private set; }

    /// <summary>Total JSON size, for MB/s in docs/benchmarks.md.</summary>
    public long JsonBytes => _json.Sum(j => (long)j.Length);

    [GlobalSetup]
    public void Setup()
    {
        var files = SyntheticPackage.Build(Rows);
        _texts = files.Select(kv => (AdditionalText)new Text("/bench/" + kv.Key, kv.Value)).ToImmutableArray();
        _json = files.Values.Select(v => Encoding.UTF8.GetBytes(v)).ToArray();
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal)).Select(p => MetadataReference.CreateFromFile(p));
        _compilation = CSharpCompilation.Create("Bench", [CSharpSyntaxTree.ParseText("class Marker { }")], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _warm = NewDriver().RunGenerators(_compilation);
        var csv = SyntheticPackage.BuildCsv(Rows);
        _csvTexts = csv.Select(kv => (AdditionalText)new Text("/bench/" + kv.Key, kv.Value)).ToImmutableArray();
        CsvBytes = csv.Values.Sum(v => (long)Encoding.UTF8.GetByteCount(v));
        _descriptor = _texts.Single(t => t.Path.EndsWith("datapackage.json", StringComparison.Ordinal));
        _described = NewDriver().RunGenerators(_compilation);
        Console.WriteLine($"// rows={Rows} jsonBytes={JsonBytes}");
    }

    private GeneratorDriver NewDriver() => CSharpGeneratorDriver.Create([new DataPackageGenerator().AsSourceGenerator()], additionalTexts: _texts,
        parseOptions: new CSharpParseOptions(LanguageVersion.Latest));

    [Benchmark(Baseline = true, Description = "STJ JsonDocument.Parse (baseline)")]
    public int ParseWithSystemTextJson()
    {
        int count = 0;
        foreach (byte[] json in _json)
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            count += doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement.GetArrayLength() : 1;
        }
        return count;
    }

    [Benchmark(Description = "Generator full run")]
    public int FullRun() => NewDriver().RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    [Benchmark(Description = "Generator full run, observations as CSV")]
    public int FullRunCsv() => CSharpGeneratorDriver.Create([new DataPackageGenerator().AsSourceGenerator()], additionalTexts: _csvTexts,
        parseOptions: new CSharpParseOptions(LanguageVersion.Latest)).RunGenerators(_compilation).GetRunResult().GeneratedTrees.Length;

    /// <summary>One word of one field description changes, as in an IDE while typing; alternates so every run is an edit.</summary>
    [Benchmark(Description = "Generator re-run after a one-word description edit")]
    public int RerunAfterDescriptionEdit()
    {
        string word = (_edit++ % 2 == 0) ? "measured" : "observed";
        AdditionalText edited = new Text(_descriptor.Path, SyntheticPackage.Descriptor.Replace("The observed value.", "The " + word + " value.", StringComparison.Ordinal));
        _described = _described.ReplaceAdditionalText(_descriptor, edited);
        _descriptor = edited;
        _described = _described.RunGenerators(_compilation);
        return _described.GetRunResult().GeneratedTrees.Length;
    }

    [Benchmark(Description = "Generator re-run after unrelated edit")]
    public int RerunAfterUnrelatedEdit()
    {
        var edited = _compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Edit" + (_edit++) + " { }"));
        return _warm.RunGenerators(edited).GetRunResult().GeneratedTrees.Length;
    }
}
