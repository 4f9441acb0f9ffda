using System.Text.Json;
using System.Text.Json.Nodes;

namespace LabourDataset.DataChangelog.Tests;

/// <summary>The command line over folders written to a temporary directory.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempDir temp = new();

    public void Dispose() => temp.Dispose();

    private (string Old, string New) Folders(Action<TestPackage> change, string newVersion)
    {
        TestPackage old = TestPackage.Sample("1.4.2");
        TestPackage @new = old.Clone();
        change(@new);
        @new.Version = newVersion;
        return (old.WriteTo(temp.Sub("old")), @new.WriteTo(temp.Sub("new")));
    }

    [Fact]
    public void Check_fails_when_a_removed_row_comes_with_only_a_minor_bump()
    {
        (string old, string @new) = Folders(p => p.RowsOf("people").RemoveAt(0), "1.5.0");

        (int code, string stdout, string stderr) = Run.Cli("--old", old, "--new", @new, "--check");

        code.ShouldBe(Cli.CheckFailed);
        stdout.ShouldBeEmpty();
        stderr.ShouldBe("data version check failed: changes require MAJOR but version went 1.4.2 -> 1.5.0 (MINOR); bump `version` in data/datapackage.json to at least 2.0.0\n");
    }

    [Fact]
    public void Check_passes_when_the_bump_is_enough()
    {
        (string old, string @new) = Folders(p => p.RowsOf("people").RemoveAt(0), "2.0.0");

        (int code, string stdout, string stderr) = Run.Cli("--old", old, "--new", @new, "--check");

        code.ShouldBe(Cli.Ok);
        stdout.ShouldBe("data version check passed: changes require MAJOR, version went 1.4.2 -> 2.0.0 (MAJOR)\n");
        stderr.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("1.4.2", Cli.CheckFailed)]
    [InlineData("1.4.3", Cli.Ok)]
    [InlineData("1.5.0", Cli.Ok)]
    [InlineData("1.4.1", Cli.CheckFailed)]
    public void Check_on_a_corrected_value_needs_a_patch_bump(string newVersion, int expected)
    {
        (string old, string @new) = Folders(p => p.Row("people", 0)["age"] = 31, newVersion);

        Run.Cli("--old", old, "--new", @new, "--check").Code.ShouldBe(expected);
    }

    [Fact]
    public void Check_passes_without_a_bump_when_only_formatting_changed()
    {
        (string old, string @new) = Folders(_ => { }, "1.4.2");
        string people = Path.Combine(@new, "people.json");
        File.WriteAllText(people, JsonNode.Parse(File.ReadAllText(people))!.ToJsonString());

        Run.Cli("--old", old, "--new", @new, "--check").Code.ShouldBe(Cli.Ok);
    }

    [Fact]
    public void Markdown_is_the_default_output()
    {
        (string old, string @new) = Folders(p => p.Row("people", 1)["name"] = "Robert", "1.4.3");

        (int code, string stdout, _) = Run.Cli("--old", old, "--new", @new);

        code.ShouldBe(Cli.Ok);
        stdout.ShouldStartWith("## 1.4.2 -> 1.4.3\n\nCompared folder `" + old + "` with folder `" + @new + "`.\n");
        stdout.ShouldContain("- Required bump: **PATCH**");
        stdout.ShouldContain("- Actual bump: **PATCH** (1.4.2 -> 1.4.3): enough");
        stdout.ShouldContain("- Row changed: `2`: `name`: `\"Bob\"` -> `\"Robert\"`");
    }

    [Fact]
    public void Json_output_carries_the_same_facts()
    {
        (string old, string @new) = Folders(p => p.Row("people", 1)["name"] = "Robert", "1.4.2");

        (int code, string stdout, _) = Run.Cli("--old", old, "--new", @new, "--json");

        code.ShouldBe(Cli.Ok);
        using JsonDocument doc = JsonDocument.Parse(stdout);
        JsonElement root = doc.RootElement;
        root.GetProperty("requiredBump").GetString().ShouldBe("patch");
        root.GetProperty("actualBump").GetString().ShouldBe("none");
        root.GetProperty("bumpSatisfied").GetBoolean().ShouldBeFalse();
        root.GetProperty("minimumVersion").GetString().ShouldBe("1.4.3");
        JsonElement people = root.GetProperty("resources").EnumerateArray().Single(r => r.GetProperty("name").GetString() == "people");
        JsonElement change = people.GetProperty("rowsChanged")[0];
        change.GetProperty("key").GetString().ShouldBe("2");
        change.GetProperty("changes")[0].GetProperty("old").GetString().ShouldBe("Bob");
        change.GetProperty("changes")[0].GetProperty("new").GetString().ShouldBe("Robert");
    }

    [Fact]
    public void Max_details_caps_row_lines_per_resource_and_counts_the_rest()
    {
        (string old, string @new) = Folders(p =>
        {
            for (int i = 10; i < 15; i++) p.RowsOf("people").Add(new JsonObject { ["id"] = i, ["name"] = "n" + i });
            p.Fields("people").Add(new JsonObject { ["name"] = "email", ["type"] = "string" });
        }, "1.5.0");

        (int code, string stdout, _) = Run.Cli("--old", old, "--new", @new, "--max-details", "2");

        code.ShouldBe(Cli.Ok);
        stdout.Split('\n').Count(l => l.StartsWith("- Row added:", StringComparison.Ordinal)).ShouldBe(2);
        stdout.ShouldContain("- Row added: `10`\n- Row added: `11`\n- _3 more row lines omitted (5 in all; raise `--max-details`, now 2)._");
        stdout.ShouldContain("- Field added: `email` (string)"); // schema lines are never capped
    }

    [Fact]
    public void Old_empty_describes_an_initial_release()
    {
        string folder = TestPackage.Sample("0.1.0").WriteTo(temp.Sub("new"));

        (int code, string stdout, _) = Run.Cli("--old-empty", "--new", folder);

        code.ShouldBe(Cli.Ok);
        stdout.ShouldStartWith("## (none) -> 0.1.0\n\nCompared an empty package with folder `");
        stdout.ShouldContain("- Required bump: **MINOR**: resources added (2, MINOR); rows added (6, MINOR)");
        stdout.ShouldContain("- Actual bump: **initial release** (none -> 0.1.0): enough");
        Run.Cli("--old-empty", "--new", folder, "--check").Code.ShouldBe(Cli.Ok);
    }

    [Fact]
    public void Invalid_json_is_a_one_line_error_with_exit_code_2()
    {
        (string old, string @new) = Folders(_ => { }, "1.4.2");
        File.WriteAllText(Path.Combine(@new, "stats.json"), "[{\"country\": \"UZB\",\n \"year\": }]");

        (int code, string stdout, string stderr) = Run.Cli("--old", old, "--new", @new);

        code.ShouldBe(Cli.Error);
        stdout.ShouldBeEmpty();
        stderr.ShouldStartWith("labour-datadiff: stats.json in folder `");
        stderr.ShouldContain("invalid JSON at line 2");
        stderr.TrimEnd('\n').ShouldNotContain("\n");
    }

    [Fact]
    public void Unknown_folder_is_exit_code_2()
    {
        (int code, _, string stderr) = Run.Cli("--old", temp.Sub("missing"), "--new", temp.Path);

        code.ShouldBe(Cli.Error);
        stderr.ShouldBe($"labour-datadiff: folder not found: {temp.Sub("missing")}\n");
    }

    [Fact]
    public void Missing_resource_file_is_exit_code_2()
    {
        (string old, string @new) = Folders(_ => { }, "1.4.2");
        File.Delete(Path.Combine(@new, "people.json"));

        (int code, _, string stderr) = Run.Cli("--old", old, "--new", @new, "--check");

        code.ShouldBe(Cli.Error);
        stderr.ShouldContain("people.json (resource `people`) not found");
    }

    [Fact]
    public void Unknown_revision_is_exit_code_2()
    {
        (int code, string stdout, string stderr) = Run.Cli("--old-rev", "no-such-revision-xyz", "--repo", Repo.Root);

        code.ShouldBe(Cli.Error);
        stdout.ShouldBeEmpty();
        stderr.ShouldBe("labour-datadiff: unknown git revision: 'no-such-revision-xyz'\n");
    }

    [Theory]
    [InlineData("")]
    [InlineData("--old-empty --old x")]
    [InlineData("--old-empty --new a --new-rev b")]
    [InlineData("--old-empty --max-details many")]
    [InlineData("--old-empty --max-details -1")]
    [InlineData("--old-empty --bogus")]
    [InlineData("--old")]
    public void Bad_arguments_are_exit_code_2(string commandLine)
    {
        (int code, string stdout, string stderr) = Run.Cli(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        code.ShouldBe(Cli.Error);
        stdout.ShouldBeEmpty();
        stderr.ShouldEndWith("(see --help)\n");
    }

    [Fact]
    public void Help_prints_usage()
    {
        (int code, string stdout, _) = Run.Cli("--help");

        code.ShouldBe(Cli.Ok);
        stdout.ShouldContain("--old-rev REV");
        stdout.ShouldContain("--max-details N");
    }
}
