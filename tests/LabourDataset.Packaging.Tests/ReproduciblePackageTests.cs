using System.IO.Compression;
using System.Security.Cryptography;
using Xunit.Abstractions;

namespace LabourDataset.Packaging.Tests;

/// <summary>
/// Two clean packs of one commit are byte-identical. The repository is cloned twice into fresh folders (the working
/// tree's uncommitted changes copied over both, so what is tested is what is checked out), and each clone packs
/// LabourDataset.Generator and LabourDataset (with its symbol package) as CI does. The tool packages (LabourDataset.Cli,
/// about 150 MB of DuckDB natives, and labour-datadiff) are left out to keep the run short; they go through the same
/// pack targets. Shares the packed-feed collection only so that the two packing tests do not fight over the CPUs.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class ReproduciblePackageTests(ITestOutputHelper output) : IDisposable
{
    private static readonly string[] Projects = ["generators/LabourDataset.Generator/LabourDataset.Generator.csproj", "src/LabourDataset/LabourDataset.csproj"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "labour-repro-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Two_clean_packs_of_one_commit_are_byte_identical_with_the_commit_time_on_every_entry()
    {
        string repo = PackedFeed.RepoRoot;
        string head = RepositoryClone.Head(repo);
        long commitTime = long.Parse(Run(repo, "git", "log", "-1", "--format=%ct", head).Output.Trim(), System.Globalization.CultureInfo.InvariantCulture);

        string[] feeds = new[] { "a", "b" }.Select(name => PackClone(repo, head, name)).ToArray();

        string[] names = Directory.GetFiles(feeds[0]).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;
        names.ShouldBe(Directory.GetFiles(feeds[1]).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray());
        names.ShouldContain(n => n.StartsWith("LabourDataset.Generator.", StringComparison.Ordinal) && n.EndsWith(".nupkg", StringComparison.Ordinal));
        names.ShouldContain(n => n.StartsWith("LabourDataset.0", StringComparison.Ordinal) && n.EndsWith(".nupkg", StringComparison.Ordinal));
        names.ShouldContain(n => n.EndsWith(".snupkg", StringComparison.Ordinal));

        var commit = DateTimeOffset.FromUnixTimeSeconds(commitTime);
        foreach (string name in names)
        {
            byte[] a = File.ReadAllBytes(Path.Combine(feeds[0], name));
            byte[] b = File.ReadAllBytes(Path.Combine(feeds[1], name));
            a.SequenceEqual(b).ShouldBeTrue($"{name} differs between the two packs:\n{Differences(Path.Combine(feeds[0], name), Path.Combine(feeds[1], name))}");

            // Normalised, not merely equal by luck: every entry carries the commit's time (zip times have 2 s steps).
            using ZipArchive zip = ZipFile.OpenRead(Path.Combine(feeds[0], name));
            foreach (ZipArchiveEntry entry in zip.Entries)
            {
                DateTime stamped = entry.LastWriteTime.DateTime;
                bool atCommit = Math.Abs((stamped - commit.UtcDateTime).TotalSeconds) <= 2 || Math.Abs((stamped - commit.LocalDateTime).TotalSeconds) <= 2;
                atCommit.ShouldBeTrue($"{name}!{entry.FullName} is stamped {stamped:s}, not the commit time {commit:O}");
            }
            output.WriteLine($"{name}: {a.Length} bytes, {zip.Entries.Count} entries, SHA-256 {Convert.ToHexStringLower(SHA256.HashData(a))} in both packs");
        }
        output.WriteLine($"{names.Length} packages compared byte for byte from two clones of {head[..12]}");
    }

    /// <summary>Clones the repository at <paramref name="head"/> (uncommitted changes copied over) and packs it.</summary>
    private string PackClone(string repo, string head, string name)
    {
        string clone = RepositoryClone.Create(repo, head, Path.Combine(_root, "clone-" + name));
        string feed = Path.Combine(_root, "feed-" + name);
        foreach (string project in Projects)
        {
            (int code, string log) = Run(clone, "dotnet", "pack", project, "-c", "Release", "-o", feed, "-p:ContinuousIntegrationBuild=true", "--disable-build-servers");
            code.ShouldBe(0, log);
        }
        return feed;
    }

    /// <summary>Which entries differ, by content or by time, to say why two packages are not the same bytes.</summary>
    private static string Differences(string a, string b)
    {
        using ZipArchive za = ZipFile.OpenRead(a), zb = ZipFile.OpenRead(b);
        var lines = new List<string>();
        var entriesB = zb.Entries.ToDictionary(e => e.FullName, StringComparer.Ordinal);
        foreach (ZipArchiveEntry ea in za.Entries)
        {
            if (!entriesB.TryGetValue(ea.FullName, out ZipArchiveEntry? eb))
            {
                lines.Add($"only in the first: {ea.FullName}");
                continue;
            }
            if (ea.LastWriteTime != eb.LastWriteTime) lines.Add($"{ea.FullName}: time {ea.LastWriteTime:O} vs {eb.LastWriteTime:O}");
            if (!Hash(ea).SequenceEqual(Hash(eb))) lines.Add($"{ea.FullName}: content differs");
        }
        lines.AddRange(zb.Entries.Where(e => za.GetEntry(e.FullName) is null).Select(e => $"only in the second: {e.FullName}"));
        return lines.Count == 0 ? "(same entries, times and contents: the zip layout itself differs)" : string.Join("\n", lines);
    }

    private static byte[] Hash(ZipArchiveEntry entry)
    {
        using Stream stream = entry.Open();
        return SHA256.HashData(stream);
    }

    private static (int ExitCode, string Output) Run(string workingDirectory, string fileName, params string[] args)
        => RepositoryClone.Run(workingDirectory, fileName, args);

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
