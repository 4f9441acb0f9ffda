using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;

namespace LabourDataset.Packaging.Tests;

/// <summary>
/// Packs the packages into a local folder feed, then restores, builds and runs two consumers from that feed only
/// (no project references): this is what catches a file missing from a package.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class PackageTests
{
    private readonly PackedFeed _feed;

    public PackageTests(PackedFeed feed) => _feed = feed;

    [Fact]
    public void Dataset_package_version_is_the_data_version_and_holds_lib_docs_and_readme()
    {
        string nupkg = Path.Combine(_feed.Folder, $"LabourDataset.{_feed.DataVersion}.nupkg");
        File.Exists(nupkg).ShouldBeTrue();
        using ZipArchive zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        entries.ShouldContain("lib/net8.0/LabourDataset.dll");
        // One copy of the compiled data: net9.0 and net10.0 consumers use the net8.0 asset.
        entries.Count(e => e.EndsWith("/LabourDataset.dll", StringComparison.Ordinal)).ShouldBe(1, string.Join("\n", entries));
        entries.ShouldContain("lib/net8.0/LabourDataset.xml");
        entries.ShouldContain("README.md");
        entries.ShouldNotContain(e => e.StartsWith("analyzers/", StringComparison.Ordinal));
        // The raw files ship in LabourDataset.Data: the assembly already carries every value (issue 12, package size).
        entries.ShouldNotContain(e => e.StartsWith("data/", StringComparison.Ordinal));
        string nuspec = PackedFeed.ReadEntry(zip, "LabourDataset.nuspec");
        nuspec.ShouldContain($"<version>{_feed.DataVersion}</version>");
        nuspec.ShouldContain("<license type=\"expression\">MIT AND CC-BY-4.0</license>");
        nuspec.ShouldContain("<repository type=\"git\"");
        nuspec.ShouldNotContain("LabourDataset.Generator");
        File.Exists(Path.Combine(_feed.Folder, $"LabourDataset.{_feed.DataVersion}.snupkg")).ShouldBeTrue();
    }

    [Fact]
    public void Data_package_holds_exactly_the_data_files_at_the_data_version_and_no_code()
    {
        string nupkg = Path.Combine(_feed.Folder, $"LabourDataset.Data.{_feed.DataVersion}.nupkg");
        File.Exists(nupkg).ShouldBeTrue();
        using ZipArchive zip = ZipFile.OpenRead(nupkg);
        string[] expected = Directory.GetFiles(Path.Combine(PackedFeed.RepoRoot, "data"), "*.json")
            .Select(f => "data/" + Path.GetFileName(f)).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        string[] packed = zip.Entries.Select(e => e.FullName).Where(e => e.StartsWith("data/", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal).ToArray();
        packed.ShouldBe(expected);
        foreach (string entry in packed) PackedFeed.ReadEntry(zip, entry).ShouldBe(File.ReadAllText(Path.Combine(PackedFeed.RepoRoot, entry)), entry);
        zip.Entries.ShouldNotContain(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal) || e.FullName.EndsWith(".dll", StringComparison.Ordinal));
        string nuspec = PackedFeed.ReadEntry(zip, "LabourDataset.Data.nuspec");
        nuspec.ShouldContain($"<version>{_feed.DataVersion}</version>");
        nuspec.ShouldContain("<license type=\"expression\">CC-BY-4.0</license>");
        nuspec.ShouldNotContain("<dependency");
    }

    [Fact]
    public void Generator_package_bundles_the_analyzer_and_build_props()
    {
        using ZipArchive zip = ZipFile.OpenRead(Path.Combine(_feed.Folder, $"LabourDataset.Generator.{_feed.GeneratorVersion}.nupkg"));
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        entries.ShouldContain("analyzers/dotnet/cs/LabourDataset.Generator.dll");
        entries.ShouldContain("build/LabourDataset.Generator.props");
        entries.ShouldContain("build/LabourDataset.Generator.targets");
        entries.ShouldNotContain(e => e.StartsWith("lib/", StringComparison.Ordinal));
    }

    [Fact]
    public void A_consumer_of_the_dataset_package_builds_and_runs_from_the_feed()
    {
        string output = _feed.Run("DatasetConsumer");
        output.ShouldContain("title: Forced Labour Convention, 1930 (No. 29)");
        output.ShouldContain("uzb ratifications: ");
        output.ShouldContain("ntt regencies: 22");
        output.ShouldContain("version: " + _feed.DataVersion);
        output.ShouldContain("hash: " + LabourDataset.DatasetInfo.ContentHash);
    }

    [Fact]
    public void A_consumer_with_its_own_data_package_uses_the_generator_package()
    {
        string output = _feed.Run("GeneratorConsumer");
        output.ShouldContain("Garment workers: 2 actions, 1500 workers");
        output.ShouldContain("Harbour workers: 1 actions, 0 workers");
        output.ShouldContain("first action union: Garment workers");
        output.ShouldContain("strikes: 1, first kind: strike, shifts stopped: 7"); // an enum and a list of integers
        output.ShouldContain("package: strikes-example 2.0.1");
        // sites.csv and sites-2.csv (one table in two files, a "path" array) are not listed in the project: the
        // package's build targets add what datapackage.json names.
        output.ShouldContain("site S1: Harbour workers, 1200 workers");
        output.ShouldContain("site S2: no union, unknown workers");
        output.ShouldContain("site S3: Harbour workers, 40 workers");
    }

    [Fact]
    public void The_generated_code_passes_every_analyser_rule_as_an_error_with_nullable_disabled_too()
    {
        // The consumer builds with AnalysisMode All and TreatWarningsAsErrors (A_consumer_with_its_own_data_package...
        // runs it with nullable enabled); here the same project with nullable annotations off must build just as clean.
        (int exitCode, string output) = _feed.Build("GeneratorConsumer", dir =>
        {
            string project = Path.Combine(dir, "GeneratorConsumer.csproj");
            File.WriteAllText(project, File.ReadAllText(project).Replace("<Nullable>enable</Nullable>", "<Nullable>disable</Nullable>", StringComparison.Ordinal));
        });
        exitCode.ShouldBe(0, output);
        output.ShouldContain("0 Warning(s)");
    }

    [Fact]
    public void A_broken_data_file_fails_dotnet_build_with_one_LDS_error_at_its_line()
    {
        (int exitCode, string output) = _feed.Build("GeneratorConsumer", dir =>
            File.WriteAllText(Path.Combine(dir, "data", "actions.json"), "[\n  { \"id\": \"A1\", \"unionCode\": \"U9\" }\n]\n"));
        exitCode.ShouldNotBe(0);
        output.ShouldContain("actions.json(2,30): error LDS0302");
        output.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct().Count().ShouldBe(1, output);
        output.ShouldNotContain("CS8785");
    }
}

/// <summary>Every test that needs the packed feed shares one, so the packages are packed once per run.</summary>
[CollectionDefinition(Name)]
public sealed class PackedFeedCollection : ICollectionFixture<PackedFeed>
{
    public const string Name = "packed feed";
}

/// <summary>Packs the library, the generator and both tools once per test run into a temporary feed; consumers restore with a private package cache.</summary>
public sealed class PackedFeed : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "labour-pack-" + Guid.NewGuid().ToString("N"));

    public PackedFeed()
    {
        Folder = Path.Combine(_root, "feed");
        Directory.CreateDirectory(Folder);
        DataVersion = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoRoot, "data", "datapackage.json"))).RootElement.GetProperty("version").GetString()!;
        // The two .NET tools too (ToolInstallTests installs them from this feed); packing them does not change the
        // library and generator packages.
        string[] projects =
        [
            "generators/LabourDataset.Generator/LabourDataset.Generator.csproj",
            "src/LabourDataset/LabourDataset.csproj",
            "src/LabourDataset.Data/LabourDataset.Data.csproj",
            "src/LabourDataset.Cli/LabourDataset.Cli.csproj",
            "src/LabourDataset.DataChangelog/LabourDataset.DataChangelog.csproj",
        ];
        // Packed from a clone: the working tree's obj/ and bin/ stay as the solution build left them for the other test
        // assemblies, which run at the same time (the pack restores with this fixture's private package cache).
        string clone = RepositoryClone.Create(RepoRoot, RepositoryClone.Head(RepoRoot), Path.Combine(_root, "clone"));
        foreach (string project in projects)
        {
            var (code, output) = Dotnet(clone, "pack", Path.Combine(clone, project), "-c", "Release", "-o", Folder, "-p:ContinuousIntegrationBuild=true");
            code.ShouldBe(0, output);
        }
        GeneratorVersion = PackedVersion("LabourDataset.Generator");
        CliVersion = PackedVersion("LabourDataset.Cli");
        DataChangelogVersion = PackedVersion("LabourDataset.DataChangelog");
    }

    public string Folder { get; }

    public string DataVersion { get; }

    public string GeneratorVersion { get; }

    /// <summary>Version of the packed LabourDataset.Cli tool (the 'labour' command).</summary>
    public string CliVersion { get; }

    /// <summary>Version of the packed LabourDataset.DataChangelog tool (the 'labour-datadiff' command).</summary>
    public string DataChangelogVersion { get; }

    public static string RepoRoot => LabourDataset.Testing.RepositoryRoot.Path;

    /// <summary>The text of one file inside a package; fails with its name when the package lacks it.</summary>
    public static string ReadEntry(ZipArchive zip, string entry)
    {
        using var reader = new StreamReader(zip.GetEntry(entry).ShouldNotBeNull($"{entry} is missing").Open());
        return reader.ReadToEnd();
    }


    /// <summary>Copies a consumer outside the repository (so no repo-wide props apply) and points it at the feed only.</summary>
    private string Prepare(string consumer, Action<string>? edit)
    {
        string dir = Path.Combine(_root, consumer + "-" + Guid.NewGuid().ToString("N")[..8]);
        CopyDirectory(Path.Combine(RepoRoot, "tests", "PackageConsumers", consumer), dir);
        File.WriteAllText(Path.Combine(dir, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="local" value="{Folder}" />
              </packageSources>
            </configuration>
            """);
        edit?.Invoke(dir);
        return dir;
    }

    public (int ExitCode, string Output) Build(string consumer, Action<string>? edit = null)
    {
        string dir = Prepare(consumer, edit);
        return Dotnet(dir, "build", "-c", "Release", $"-p:LabourDatasetVersion={DataVersion}", $"-p:LabourDatasetGeneratorVersion={GeneratorVersion}");
    }

    /// <summary>Packs a consumer library into <paramref name="output"/> with extra MSBuild properties.</summary>
    public (int ExitCode, string Output) Pack(string consumer, string output, Action<string>? edit, params string[] properties)
    {
        string dir = Prepare(consumer, edit);
        return Dotnet(dir, ["pack", "-c", "Release", "-o", output, $"-p:LabourDatasetGeneratorVersion={GeneratorVersion}", .. properties.Select(p => "-p:" + p)]);
    }

    /// <summary>
    /// Installs a tool package from the feed alone (a config with only the feed: nothing can come from nuget.org) into
    /// a new tool path, as 'dotnet tool install --tool-path' does for a user, and returns that folder.
    /// </summary>
    public string InstallTool(string packageId, string version)
    {
        string toolPath = Path.Combine(_root, "tools-" + packageId + "-" + Guid.NewGuid().ToString("N")[..8]);
        string config = Path.Combine(_root, "tools-nuget.config");
        File.WriteAllText(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{Folder}" />
              </packageSources>
            </configuration>
            """);
        var (code, output) = Dotnet(_root, "tool", "install", "--tool-path", toolPath, "--configfile", config, "--add-source", Folder, packageId, "--version", version);
        code.ShouldBe(0, output);
        output.ShouldContain($"(version '{version}') was successfully installed", Case.Insensitive);
        return toolPath;
    }

    public string Run(string consumer)
    {
        string dir = Prepare(consumer, null);
        var (code, output) = Dotnet(dir, "run", "-c", "Release", $"-p:LabourDatasetVersion={DataVersion}", $"-p:LabourDatasetGeneratorVersion={GeneratorVersion}");
        code.ShouldBe(0, output);
        return output;
    }

    private (int, string) Dotnet(string workingDirectory, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args) psi.ArgumentList.Add(arg);
        // A private package cache: a repacked package of the same version is always the fresh one.
        psi.Environment["NUGET_PACKAGES"] = Path.Combine(_root, "packages");
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using Process process = Process.Start(psi)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(5)).ShouldBeTrue("dotnet " + string.Join(' ', args) + " timed out");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    private string PackedVersion(string packageId)
    {
        // "LabourDataset.Cli.0.1.0.nupkg" -> "0.1.0"; the id must be followed by a digit so "LabourDataset" never matches "LabourDataset.Cli".
        string file = Directory.GetFiles(Folder, packageId + ".*.nupkg")
            .Select(Path.GetFileNameWithoutExtension)
            .Single(f => char.IsDigit(f![packageId.Length + 1]))!;
        return file[(packageId.Length + 1)..];
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("bin", StringComparison.Ordinal) || relative.StartsWith("obj", StringComparison.Ordinal)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind does not affect results.
        }
    }
}
