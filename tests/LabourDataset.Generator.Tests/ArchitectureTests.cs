using LabourDataset.Testing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LabourDataset.Generator.Tests;

/// <summary>
/// The generator's rooms are its pipeline, and imports run one way: a room may use the rooms below it, never one above.
/// Checked on the compiled source with Roslyn's semantic model, so a fully qualified name is caught as well as a using.
/// </summary>
public class ArchitectureTests
{
    /// <summary>Lowest first. The root namespace (the wiring) stands on all of them.</summary>
    private static readonly string[] Rooms = ["Model", "Json", "Diagnostics", "Descriptor", "Naming", "Rows", "Emit"];

    private const string RootNamespace = "LabourDataset.Generator";

    private static string GeneratorFolder => Path.Combine(RepositoryRoot.Path, "generators", "LabourDataset.Generator");

    private static IEnumerable<string> SourceFiles()
        => Directory.GetFiles(GeneratorFolder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>Rank of a namespace: 0..6 for the rooms, 7 for the root (wiring), -1 for anything outside the generator.</summary>
    private static int Rank(string? ns)
    {
        if (ns is null || !(ns == RootNamespace || ns.StartsWith(RootNamespace + ".", StringComparison.Ordinal))) return -1;
        if (ns == RootNamespace) return Rooms.Length;
        string room = ns.Substring(RootNamespace.Length + 1).Split('.')[0];
        int rank = Array.IndexOf(Rooms, room);
        return rank >= 0 ? rank : Rooms.Length;
    }

    private static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .Append(MetadataReference.CreateFromFile(typeof(Compilation).Assembly.Location))
            .Append(MetadataReference.CreateFromFile(typeof(CSharpCompilation).Assembly.Location));
        return CSharpCompilation.Create("GeneratorRooms", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>"file: Room -> HigherRoom (Name)" for every reference from a room to a room above it.</summary>
    private static List<string> UpwardReferences(CSharpCompilation compilation)
    {
        var violations = new List<string>();
        foreach (SyntaxTree tree in compilation.SyntaxTrees)
        {
            SemanticModel model = compilation.GetSemanticModel(tree);
            SyntaxNode root = tree.GetRoot();
            string? own = root.DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString();
            int ownRank = Rank(own);
            foreach (SimpleNameSyntax name in root.DescendantNodes().OfType<SimpleNameSyntax>())
            {
                ISymbol? symbol = model.GetSymbolInfo(name).Symbol ?? model.GetSymbolInfo(name).CandidateSymbols.FirstOrDefault();
                string? used = symbol switch
                {
                    null => null,
                    INamespaceSymbol n => n.ToDisplayString(),
                    _ => symbol.ContainingNamespace?.ToDisplayString(),
                };
                int usedRank = Rank(used);
                if (usedRank > ownRank && symbol is not INamespaceSymbol)
                {
                    violations.Add($"{Path.GetFileName(tree.FilePath)}: {own} -> {used} ({name.Identifier.Text})");
                }
            }
        }
        return violations.Distinct().ToList();
    }

    [Fact]
    public void Lower_stages_never_reference_higher_ones()
    {
        CSharpCompilation compilation = Compile(SourceFiles().Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f)));
        // The analysis is only meaningful on source that binds; the generator must compile on its own.
        compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        compilation.SyntaxTrees.Count().ShouldBeGreaterThan(30);
        UpwardReferences(compilation).ShouldBeEmpty();
    }

    [Fact]
    public void The_check_finds_an_upward_reference()
    {
        var trees = SourceFiles().Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f)).ToList();
        trees.Add(CSharpSyntaxTree.ParseText(
            "namespace LabourDataset.Generator.Rows { internal static class Bad { public static string Text() => new LabourDataset.Generator.Emit.SourceWriter().ToString(); } }",
            path: "Bad.cs"));
        UpwardReferences(Compile(trees)).ShouldContain("Bad.cs: LabourDataset.Generator.Rows -> LabourDataset.Generator.Emit (SourceWriter)");
    }

    [Fact]
    public void Every_file_sits_in_the_room_its_namespace_names()
    {
        foreach (string file in SourceFiles())
        {
            string relative = Path.GetRelativePath(GeneratorFolder, file);
            string folder = Path.GetDirectoryName(relative) ?? string.Empty;
            string? ns = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot().DescendantNodes().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString();
            string expected = folder.Length == 0 ? RootNamespace : RootNamespace + "." + folder.Replace(Path.DirectorySeparatorChar, '.');
            if (ns == "System.Runtime.CompilerServices") continue; // the IsExternalInit polyfill must live in the BCL's namespace
            ns.ShouldBe(expected, relative);
            if (folder.Length > 0) Rooms.ShouldContain(folder.Split(Path.DirectorySeparatorChar)[0], relative);
        }
    }

    [Fact]
    public void No_generator_file_is_over_400_lines()
    {
        foreach (string file in SourceFiles())
        {
            File.ReadAllLines(file).Length.ShouldBeLessThanOrEqualTo(400, Path.GetRelativePath(GeneratorFolder, file));
        }
    }
}
