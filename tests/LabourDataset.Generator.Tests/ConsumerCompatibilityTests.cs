using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LabourDataset.Generator.Tests;

/// <summary>
/// Any consumer project the SDK builds: net8.0 and net10.0 applications and netstandard2.0/net472 libraries at their
/// default C# version, nullable on or off, every compiler warning an error. The generated code compiles there, or one
/// LDS error names the C# version needed; there is never an error or warning inside a generated file.
/// </summary>
public class ConsumerCompatibilityTests
{
    public static TheoryData<string, string, bool> Consumers() => new()
    {
        { "net8.0", "12", true },
        { "net8.0", "default", false },
        { "net10.0", "latest", true },
        { "netstandard2.0", "9", true },
        { "netstandard2.0", "9", false },
        { "netstandard2.0", "latest", true },
        { "net472", "9", true },
        { "net472", "10", false },
    };

    private static ImmutableArray<MetadataReference> References(string framework) => framework switch
    {
        "net8.0" => [.. Net80.References.All],
        "net10.0" => [.. Net100.References.All],
        "netstandard2.0" => [.. NetStandard20.References.All],
        _ => [.. Net472.References.All],
    };

    private static LanguageVersion Version(string version)
        => LanguageVersionFacts.TryParse(version, out LanguageVersion parsed) ? parsed : throw new ArgumentException(version);

    internal static (GeneratorDriverRunResult Run, Compilation Output) Generate(string framework, LanguageVersion language, bool nullable, Dictionary<string, string>? files = null)
    {
        var parse = new CSharpParseOptions(language);
        CSharpCompilation compilation = CSharpCompilation.Create("Consumer",
            [CSharpSyntaxTree.ParseText("namespace Consumer { public static class Marker { } }", parse)],
            References(framework),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                generalDiagnosticOption: ReportDiagnostic.Error, warningLevel: 9999));
        GeneratorDriver driver = CSharpGeneratorDriver.Create([new DataPackageGenerator().AsSourceGenerator()],
            GeneratorHarness.Files(files ?? Fixtures.Package()), parse, new TestOptionsProvider("TestData"));
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out _);
        return (driver.GetRunResult(), output);
    }

    [Theory]
    [MemberData(nameof(Consumers))]
    public void Generated_code_compiles_without_warnings(string framework, string language, bool nullable)
    {
        var (run, output) = Generate(framework, Version(language), nullable);
        run.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("netstandard2.0", "7.3")]
    [InlineData("net472", "7.3")]
    [InlineData("net8.0", "8")]
    public void An_older_csharp_version_is_one_LDS_error_and_no_generated_file(string framework, string language)
    {
        var (run, output) = Generate(framework, Version(language), nullable: false);
        Diagnostic error = run.Diagnostics.Single();
        error.Id.ShouldBe("LDS0004");
        error.GetMessage().ShouldContain("<LangVersion>9.0</LangVersion>");
        run.Results.SelectMany(r => r.GeneratedSources).ShouldBeEmpty();
        output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
    }
}
