using System.Diagnostics;
using System.IO.Compression;

namespace LabourDataset.Packaging.Tests;

/// <summary>
/// The two .NET tools as a user gets them: 'dotnet tool install --tool-path' from the packed feed, then the installed
/// command run as a program (not through the repository's build), so a tool that packs but cannot start fails here.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class ToolInstallTests
{
    private readonly PackedFeed _feed;

    public ToolInstallTests(PackedFeed feed) => _feed = feed;

    [Theory]
    [InlineData("LabourDataset.Cli", "labour", "labour.dll")]
    [InlineData("LabourDataset.DataChangelog", "labour-datadiff", "labour-datadiff.dll")]
    public void Each_tool_package_declares_its_command(string packageId, string command, string entryPoint)
    {
        string version = packageId == "LabourDataset.Cli" ? _feed.CliVersion : _feed.DataChangelogVersion;
        using ZipArchive zip = ZipFile.OpenRead(Path.Combine(_feed.Folder, $"{packageId}.{version}.nupkg"));
        string nuspec = PackedFeed.ReadEntry(zip, packageId + ".nuspec");
        nuspec.ShouldContain("<packageType name=\"DotnetTool\" />");
        PackedFeed.ReadEntry(zip, "tools/net10.0/any/DotnetToolSettings.xml").ShouldContain($"<Command Name=\"{command}\" EntryPoint=\"{entryPoint}\" Runner=\"dotnet\" />");
    }

    [Fact]
    public void Labour_installs_from_the_feed_and_runs()
    {
        string toolPath = _feed.InstallTool("LabourDataset.Cli", _feed.CliVersion);

        (int code, string stdout, string stderr) = RunTool(toolPath, "labour", "--version");
        code.ShouldBe(0, stderr);
        stdout.Split('\n').Take(3).ShouldBe(
        [
            $"labour {_feed.CliVersion}",
            $"dataset {DatasetInfo.Name} {_feed.DataVersion}",
            $"content hash {DatasetInfo.ContentHash}",
        ]);

        (code, stdout, stderr) = RunTool(toolPath, "labour", "overview");
        code.ShouldBe(0, stderr);
        stdout.ShouldContain($"Version       {_feed.DataVersion}");
        stdout.ShouldContain($"Content hash  {DatasetInfo.ContentHash}");
        foreach (DataPackageTable table in DatasetInfo.Tables)
        {
            stdout.ShouldContain("│ " + table.Name + " ");
        }

        // Errors behave as documented from the installed command too: one line on stderr, exit 2, nothing on stdout.
        (code, stdout, stderr) = RunTool(toolPath, "labour", "shwo", "areas");
        code.ShouldBe(2);
        stdout.ShouldBeEmpty();
        stderr.ShouldStartWith("error: unknown command 'shwo'; did you mean 'show'");
        stderr.TrimEnd('\n').ShouldNotContain('\n');
    }

    [Fact]
    public void Labour_datadiff_installs_from_the_feed_and_checks_the_data_against_the_last_release()
    {
        string toolPath = _feed.InstallTool("LabourDataset.DataChangelog", _feed.DataChangelogVersion);
        string data = Path.Combine(PackedFeed.RepoRoot, "data");
        string release = LastRelease();
        string releaseVersion = Path.GetFileName(release);

        (int code, string stdout, string stderr) = RunTool(toolPath, "labour-datadiff", "--help");
        code.ShouldBe(0, stderr);
        stdout.ShouldStartWith("labour-datadiff: compare two versions of a data package and write a data changelog entry.\n");

        (code, stdout, stderr) = RunTool(toolPath, "labour-datadiff", "--old", release, "--new", data, "--check");
        code.ShouldBe(0, stderr);
        stdout.ShouldStartWith("data version check passed: ");
        stdout.ShouldContain($"version went {releaseVersion} -> {_feed.DataVersion}");

        // The same check the other way round is a downgrade: the installed tool really compares the two packages.
        (code, stdout, stderr) = RunTool(toolPath, "labour-datadiff", "--old", data, "--new", release, "--check");
        code.ShouldBe(1, stdout);
        stderr.ShouldStartWith("data version check failed: ");
        stderr.ShouldContain($"version went {_feed.DataVersion} -> {releaseVersion} (downgrade)");
    }

    /// <summary>The newest release kept under data-releases/ (folders named by version).</summary>
    private static string LastRelease()
    {
        string[] releases = Directory.GetDirectories(Path.Combine(PackedFeed.RepoRoot, "data-releases"));
        releases.ShouldNotBeEmpty();
        return releases.OrderBy(r => Version.Parse(Path.GetFileName(r))).Last();
    }

    /// <summary>Runs an installed tool's command shim from a folder outside the repository.</summary>
    private static (int ExitCode, string Stdout, string Stderr) RunTool(string toolPath, string command, params string[] args)
    {
        string shim = Path.Combine(toolPath, OperatingSystem.IsWindows() ? command + ".exe" : command);
        File.Exists(shim).ShouldBeTrue($"{shim} was not installed");
        var psi = new ProcessStartInfo(shim)
        {
            WorkingDirectory = toolPath,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (string arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        // Plain text whatever the caller's environment says.
        psi.Environment["NO_COLOR"] = "1";
        using Process process = Process.Start(psi)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(2)).ShouldBeTrue($"{command} {string.Join(' ', args)} timed out");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
