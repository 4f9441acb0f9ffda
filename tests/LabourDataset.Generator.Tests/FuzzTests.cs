using FsCheck;
using FsCheck.Fluent;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace LabourDataset.Generator.Tests;

/// <summary>
/// Property-based robustness: random mutations of a valid package (deleted, duplicated or injected characters,
/// truncation) never make the generator throw, every LDS diagnostic has a location inside its file, and output that
/// the generator does not flag compiles. 600 cases over the JSON package and 400 over the same package with a CSV
/// table run in every CI run; the counts are printed. The long run (docs/reliability.md) is the same tests with
/// LABOUR_FUZZ_CASES set: that many cases in all, split 60/40 between JSON and CSV.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    /// <summary>Cases for one of the two tests: the CI default, or its share of LABOUR_FUZZ_CASES.</summary>
    private static int Cases(int ciDefault)
        => int.TryParse(Environment.GetEnvironmentVariable("LABOUR_FUZZ_CASES"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int total) && total > 0
            ? (int)((long)total * ciDefault / 1000)
            : ciDefault;

    private static readonly string[] FileNames = ["datapackage.json", "instruments.json", "countries.json", "ratifications.json"];
    private static readonly string[] CsvFileNames = ["datapackage.json", "instruments.json", "countries.csv", "ratifications.json"];
    private static readonly string[] Injections = ["{", "}", "[", "]", "\"", ",", ":", "\\", "null", "1e999", "-", "0.", "\n", "\u0000", "\ud800", "\"x\": 1", "true", " ", "'", "//", "\ufeff", "é"];
    private static readonly string[] CsvInjections = ["\"", "\"\"", ",", ";", "\t", "\r\n", "\r", "\n", "\u0000", "\ud800", "#", " ", "NaN", "1,5", "29,56", "\ufeff", "é", ",,,"];

    /// <summary>The fixture package with its countries table as CSV (header, a quoted cell, an array cell, an empty cell).</summary>
    private static Dictionary<string, string> CsvPackage()
    {
        var files = Fixtures.Package(descriptor: Fixtures.Descriptor.Replace("\"path\": \"countries.json\"", "\"path\": \"countries.csv\"", StringComparison.Ordinal));
        files.Remove("countries.json");
        files["countries.csv"] = "code,name,members,share,aliases\r\nUZB,Uzbekistan,187,29.560,\"[\"\"O'zbekiston\"\"]\"\r\nKHM,\"Cambodia, Kingdom of\",,,[]\r\n";
        return files;
    }

    [Fact]
    public void Random_mutations_of_json_never_crash_the_generator()
        => Fuzz(Cases(600), () => Fixtures.Package(), FileNames, Injections, Fixtures.Descriptor, "json");

    [Fact]
    public void Random_mutations_of_csv_never_crash_the_generator()
    {
        GenerationResult clean = GeneratorHarness.Run(CsvPackage());
        clean.LdsDiagnostics.ShouldBeEmpty();
        clean.CompileErrors.ShouldBeEmpty();
        Fuzz(Cases(400), CsvPackage, CsvFileNames, CsvInjections, CsvPackage()["datapackage.json"], "csv");
    }

    private void Fuzz(int cases, Func<Dictionary<string, string>> package, string[] fileNames, string[] injections, string descriptor, string label)
    {
        int ran = 0, withErrors = 0, withWarningsOnly = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Prop.ForAll<int, int, long>((fileSeed, kindSeed, placeSeed) =>
        {
            int positionSeed = (int)(placeSeed >> 8), lengthSeed = (int)(placeSeed & 0xFF);
            ran++;
            var files = package();
            // CSV runs mutate the CSV file half the time: that is the reader under test.
            string name = label == "csv" && Math.Abs(fileSeed % 2) == 0 ? "countries.csv" : fileNames[Math.Abs(fileSeed % fileNames.Length)];
            string text = files[name];
            int position = Math.Abs(positionSeed % (text.Length + 1));
            int length = Math.Min(Math.Abs(lengthSeed % 12) + 1, text.Length - position);
            files[name] = Math.Abs(kindSeed % 4) switch
            {
                0 => text.Remove(position, length),
                1 => text.Insert(position, text.Substring(position, length)),
                2 => text.Insert(position, injections[Math.Abs(lengthSeed % injections.Length)]),
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
            else if (result.LdsDiagnostics.Any()) withWarningsOnly++;
            else result.CompileErrors.ShouldBeEmpty(name + ": unflagged data must compile");
            // Every table whose file was not touched still generates.
            foreach (string untouched in fileNames.Skip(1).Where(f => f != name))
            {
                if (!files["datapackage.json"].Equals(descriptor, StringComparison.Ordinal)) break;
                string collection = char.ToUpperInvariant(untouched[0]) + untouched[1..untouched.LastIndexOf('.')];
                result.RunResult.GeneratedTrees.ShouldContain(t => t.FilePath.EndsWith(collection + ".g.cs", StringComparison.Ordinal));
            }
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(cases));

        // Outcome classes: every case either compiled (with or without LDS notes/warnings) or was flagged with a located
        // LDS error; an exception, CS8785 or an unlocated diagnostic fails the property and is shrunk by FsCheck.
        output.WriteLine($"fuzz ({label}) cases run: {ran}; flagged with located LDS errors: {withErrors}; compiled with LDS warnings or notes only: {withWarningsOnly}; "
            + $"compiled clean: {ran - withErrors - withWarningsOnly}; generator exceptions: 0; peak working set: {System.Diagnostics.Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB; {clock.Elapsed.TotalSeconds:F0} s");
        ran.ShouldBeGreaterThanOrEqualTo(cases);
        withErrors.ShouldBeGreaterThan(0);
    }
}
