using System.Text.Json;
using System.Text.Json.Nodes;

namespace LabourDataset.DataChangelog.Tests;

/// <summary>The tool against the repository's own data/ folder, its git history and the 0.1.0 release baseline.</summary>
public sealed class RealDataTests : IDisposable
{
    private readonly TempDir temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Real_data_against_itself_needs_no_bump()
    {
        DataPackageSnapshot a = DataPackageSnapshot.FromFolder(Repo.Data);
        DataPackageSnapshot b = DataPackageSnapshot.FromFolder(Repo.Data);

        DiffResult diff = DataPackageDiff.Compare(a, b);

        a.Resources.Count.ShouldBeGreaterThan(0);
        a.Resources.Sum(r => r.Rows.Count).ShouldBeGreaterThan(0);
        diff.RequiredBump.ShouldBe(BumpLevel.None);
        diff.Resources.ShouldAllBe(r => r.Status == ResourceStatus.Unchanged);
        Run.Cli("--old", Repo.Data, "--new", Repo.Data, "--check").Code.ShouldBe(Cli.Ok);
    }

    [Fact]
    public void Real_data_reformatted_needs_no_bump()
    {
        string copy = Repo.CopyJson(Repo.Data, temp.Sub("data"));
        foreach (string file in Directory.GetFiles(copy, "*.json"))
        {
            File.WriteAllText(file, JsonNode.Parse(File.ReadAllText(file))!.ToJsonString()); // minified
        }

        DiffResult diff = DataPackageDiff.Compare(DataPackageSnapshot.FromFolder(Repo.Data), DataPackageSnapshot.FromFolder(copy));

        File.ReadAllText(Path.Combine(copy, "datapackage.json")).ShouldNotBe(File.ReadAllText(Path.Combine(Repo.Data, "datapackage.json")));
        diff.RequiredBump.ShouldBe(BumpLevel.None);
    }

    [Fact]
    public void Real_data_with_one_value_changed_needs_a_patch()
    {
        string copy = Repo.CopyJson(Repo.Data, temp.Sub("data"));
        DataPackageSnapshot original = DataPackageSnapshot.FromFolder(Repo.Data);
        ResourceSnapshot resource = original.Resources.First(r => r.PrimaryKey.Count > 0 && r.Rows.Count > 0);
        string keyField = resource.PrimaryKey[0];
        string field = resource.Fields.First(f => f.Type == "string" && !resource.PrimaryKey.Contains(f.Name)
                                                  && resource.Rows[0].TryGetProperty(f.Name, out JsonElement v) && v.ValueKind == JsonValueKind.String).Name;

        string path = Path.Combine(copy, resource.Path!);
        JsonArray rows = JsonNode.Parse(File.ReadAllText(path))!.AsArray();
        string key = (string)rows[0]![keyField]!;
        string oldValue = (string)rows[0]![field]!;
        rows[0]![field] = oldValue + " (corrected)";
        File.WriteAllText(path, rows.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));

        DiffResult diff = DataPackageDiff.Compare(original, DataPackageSnapshot.FromFolder(copy));
        string md = MarkdownReport.Render(diff);

        diff.RequiredBump.ShouldBe(BumpLevel.Patch);
        RowChange change = diff.Resources.Single(r => r.Name == resource.Name).RowsChanged.ShouldHaveSingleItem();
        change.Key.Display.ShouldBe(key);
        change.Changes.ShouldHaveSingleItem().Field.ShouldBe(field);
        diff.Resources.Where(r => r.Name != resource.Name).ShouldAllBe(r => r.Status == ResourceStatus.Unchanged);
        (string shownOld, string shownNew) = MarkdownReport.Values(JsonSerializer.SerializeToElement(oldValue), JsonSerializer.SerializeToElement(oldValue + " (corrected)"));
        md.ShouldContain($"- Row changed: {MarkdownReport.Code(key)}: {MarkdownReport.Code(field)}: {shownOld} -> {shownNew}");

        // The version in the copy was not bumped, so --check fails with exit code 1.
        (int code, _, string stderr) = Run.Cli("--old", Repo.Data, "--new", copy, "--check");
        code.ShouldBe(Cli.CheckFailed);
        stderr.ShouldContain("changes require PATCH");
    }

    [Fact]
    public void In_memory_files_load_like_the_folder()
    {
        var files = Directory.GetFiles(Repo.Data, "*.json").ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);

        DiffResult diff = DataPackageDiff.Compare(DataPackageSnapshot.FromFolder(Repo.Data), DataPackageSnapshot.FromFiles(files));

        diff.RequiredBump.ShouldBe(BumpLevel.None);
        diff.Resources.Count.ShouldBe(files.Count - 1);
    }

    [Fact]
    public void Head_against_itself_from_git_needs_no_bump()
    {
        (int code, string stdout, string stderr) = Run.Cli("--old-rev", "HEAD", "--new-rev", "HEAD", "--repo", Repo.Root);

        stderr.ShouldBeEmpty();
        code.ShouldBe(Cli.Ok);
        stdout.ShouldContain("- Required bump: **NONE**");
        stdout.ShouldContain("Compared `data/` at `HEAD` (");
    }

    [Fact]
    public void Head_against_the_working_tree_runs()
    {
        (int code, string stdout, string stderr) = Run.Cli("--old-rev", "HEAD", "--repo", Repo.Root);

        stderr.ShouldBeEmpty();
        code.ShouldBe(Cli.Ok);
        stdout.ShouldStartWith("## ");
        stdout.ShouldContain(" with working tree `data/`.");
    }

    /// <summary>Release gate. data-releases/&lt;version&gt;/ holds data/ as released in that version; the highest is the
    /// baseline. When data/ changes, `version` in data/datapackage.json must bump as the rules require (see
    /// DATA-CHANGELOG.md); at the next release, copy data/*.json into data-releases/&lt;new version&gt;/ and append the
    /// changelog entry.</summary>
    [Fact]
    public void Data_changes_since_the_last_release_are_matched_by_a_version_bump()
    {
        (int code, string stdout, string stderr) = Run.Cli("--old", Repo.Baseline, "--new", Repo.Data, "--check");

        code.ShouldBe(Cli.Ok, $"data/ changed since the release in {Path.GetRelativePath(Repo.Root, Repo.Baseline)}/ without a large enough version bump: {stderr.Trim()}");
        stdout.ShouldStartWith("data version check passed");
    }

    [Fact]
    public void Baseline_is_the_released_package()
    {
        DataPackageSnapshot baseline = DataPackageSnapshot.FromFolder(Repo.Baseline);
        DataPackageSnapshot current = DataPackageSnapshot.FromFolder(Repo.Data);

        SemVersion.TryParse(baseline.Version, out SemVersion released).ShouldBeTrue();
        baseline.Version.ShouldBe(Path.GetFileName(Repo.Baseline), "a release folder is named after the version it holds");
        SemVersion.TryParse(current.Version, out SemVersion now).ShouldBeTrue();
        now.CompareTo(released).ShouldBeGreaterThanOrEqualTo(0);
        baseline.Resources.Sum(r => r.Rows.Count).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Changelog_holds_the_initial_release_entry_of_the_baseline()
    {
        string changelog = File.ReadAllText(Path.Combine(Repo.Root, "DATA-CHANGELOG.md")).Replace("\r\n", "\n", StringComparison.Ordinal);
        DataPackageSnapshot baseline = DataPackageSnapshot.FromFolder(Repo.Baseline, "working tree `data/`");
        string entry = MarkdownReport.Render(DataPackageDiff.Compare(DataPackageSnapshot.Empty(), baseline), maxDetails: 10);

        changelog.ShouldContain(entry);
        changelog.ShouldContain("dotnet run --project src/LabourDataset.DataChangelog -- --old-rev");
    }
}
