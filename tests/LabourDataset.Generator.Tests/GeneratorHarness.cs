using System.Collections.Immutable;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using LabourDataset.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace LabourDataset.Generator.Tests;

/// <summary>An AdditionalText held in memory.</summary>
public sealed class InMemoryText(string path, string text) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
}

/// <summary>Options provider that exposes build properties (RootNamespace and others) like MSBuild does.</summary>
public sealed class TestOptionsProvider(string? rootNamespace, IReadOnlyDictionary<string, string>? buildProperties = null) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(Properties(rootNamespace, buildProperties));

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options([]);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => new Options([]);

    private static Dictionary<string, string> Properties(string? rootNamespace, IReadOnlyDictionary<string, string>? buildProperties)
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        if (rootNamespace is not null) all["build_property.RootNamespace"] = rootNamespace;
        foreach (var (name, value) in buildProperties ?? new Dictionary<string, string>()) all["build_property." + name] = value;
        return all;
    }

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

/// <summary>Runs the generator in memory over a set of files and compiles the result.</summary>
public sealed class GeneratorHarness
{
    private static readonly ImmutableArray<MetadataReference> References =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();

    public const string Root = "/pkg/";

    public static CSharpCompilation NewCompilation(string source = "namespace Consumer { public static class Marker { } }", string assemblyName = "Consumer")
        => CSharpCompilation.Create(assemblyName, [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))], References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver NewDriver(IEnumerable<AdditionalText> texts, string? rootNamespace = "TestData", IReadOnlyDictionary<string, string>? buildProperties = null)
        => CSharpGeneratorDriver.Create(
            [new DataPackageGenerator().AsSourceGenerator()],
            additionalTexts: texts,
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest),
            optionsProvider: new TestOptionsProvider(rootNamespace, buildProperties),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static IEnumerable<AdditionalText> Files(IDictionary<string, string> files)
        => files.Select(kv => (AdditionalText)new InMemoryText(Root + kv.Key, kv.Value));

    /// <summary>Runs the generator once and returns what it produced plus the consumer compilation's diagnostics.</summary>
    public static GenerationResult Run(IDictionary<string, string> files, string? rootNamespace = "TestData", string? consumerSource = null, IReadOnlyDictionary<string, string>? buildProperties = null)
    {
        CSharpCompilation compilation = consumerSource is null ? NewCompilation() : NewCompilation(consumerSource);
        GeneratorDriver driver = NewDriver(Files(files), rootNamespace, buildProperties).RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);
        return new GenerationResult(driver.GetRunResult(), output, generatorDiagnostics);
    }
}

public sealed record GenerationResult(GeneratorDriverRunResult RunResult, Compilation Output, ImmutableArray<Diagnostic> GeneratorDiagnostics)
{
    public IEnumerable<Diagnostic> LdsDiagnostics => RunResult.Diagnostics.Where(d => d.Id.StartsWith("LDS", StringComparison.Ordinal));

    public ImmutableArray<Diagnostic> CompileErrors => Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToImmutableArray();

    public string GeneratedText => string.Concat(RunResult.Results.SelectMany(r => r.GeneratedSources)
        .OrderBy(s => s.HintName, StringComparer.Ordinal)
        .Select(s => "//---- " + s.HintName + "\n" + s.SourceText));

    public string Source(string hintName) => RunResult.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName == hintName).SourceText.ToString();

    /// <summary>Emits the compiled assembly and loads it in a collectible context so tests can call the generated API.</summary>
    public Assembly Load()
    {
        using var stream = new MemoryStream();
        var emit = Output.Emit(stream);
        emit.Success.ShouldBeTrue(string.Join("\n", emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        stream.Position = 0;
        return new AssemblyLoadContext("generated-" + Guid.NewGuid().ToString("N"), isCollectible: true).LoadFromStream(stream);
    }
}
