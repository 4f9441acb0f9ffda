using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace LabourDataset.Generator.Tests;

/// <summary>
/// Property-based robustness: random mutations of a valid package (deleted, duplicated or injected characters,
/// truncation) never make the generator throw, every LDS diagnostic has a location inside its file, and output that
/// the generator does not flag compiles.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private const int Cases = 400;
    private static readonly string[] FileNames = ["datapackage.json", "instruments.json", "countries.json", "ratifications.json"];
    private static readonly string[] Injections = ["{", "}", "[", "]", "\"", ",", ":", "\\", "null", "1e999", "-", "0.", "\n", "\u0000", "\ud800", "\"x\": 1", "true", " ", "'", "//", "\ufeff", "é"];

    [Fact]
    public void Random_mutations_never_crash_the_generator()
    {
        int ran = 0, withErrors = 0;
        Prop.ForAll<int, int, long>((fileSeed, kindSeed, placeSeed) =>
        {
            int positionSeed = (int)(placeSeed >> 8), lengthSeed = (int)(placeSeed & 0xFF);
            ran++;
            var files = Fixtures.Package();
            string name = FileNames[Math.Abs(fileSeed % FileNames.Length)];
            string text = files[name];
            int position = Math.Abs(positionSeed % (text.Length + 1));
            int length = Math.Min(Math.Abs(lengthSeed % 12) + 1, text.Length - position);
            files[name] = Math.Abs(kindSeed % 4) switch
            {
                0 => text.Remove(position, length),
                1 => text.Insert(position, text.Substring(position, length)),
                2 => text.Insert(position, Injections[Math.Abs(lengthSeed % Injections.Length)]),
                _ => text.Substring(0, position),
            };

            GenerationResult result = GeneratorHarness.Run(files);
            result.GeneratorDiagnostics.ShouldNotContain(d => d.Id == "CS8785" || d.Id == "LDS0001", name);
            foreach (Diagnostic d in result.LdsDiagnostics)
            {
                if (d.Location == Location.None) continue;
                FileLinePositionSpan span = d.Location.GetLineSpan();
                string file = span.Path.Substring(GeneratorHarness.Root.Length);
                files.ShouldContainKey(file);
                d.Location.SourceSpan.End.ShouldBeLessThanOrEqualTo(files[file].Length, d.ToString());
                span.StartLinePosition.Line.ShouldBeLessThanOrEqualTo(files[file].Count(c => c == '\n') + files[file].Count(c => c == '\r'), d.ToString());
            }
            bool flagged = result.LdsDiagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
            if (flagged) withErrors++;
            else result.CompileErrors.ShouldBeEmpty(name + ": unflagged data must compile");
            // Every table whose file was not touched still generates.
            foreach (string untouched in FileNames.Skip(1).Where(f => f != name))
            {
                if (!files["datapackage.json"].Equals(Fixtures.Descriptor, StringComparison.Ordinal)) break;
                string collection = char.ToUpperInvariant(untouched[0]) + untouched[1..^5];
                result.RunResult.GeneratedTrees.ShouldContain(t => t.FilePath.EndsWith(collection + ".g.cs", StringComparison.Ordinal));
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases));

        output.WriteLine($"fuzz cases run: {ran}, flagged with LDS errors: {withErrors}, generator exceptions: 0");
        ran.ShouldBeGreaterThanOrEqualTo(Cases);
        withErrors.ShouldBeGreaterThan(0);
    }
}
