using System.Text.Json;
using System.Text.RegularExpressions;

namespace LabourDataset.Cli.Tests;

public sealed class OverviewTests
{
    [Fact]
    public void Overview_lists_every_table_with_its_row_count()
    {
        CliResult result = Cli.Run("overview").ShouldSucceed();

        var listed = result.Lines
            .Select(line => Regex.Match(line, @"^│ (?<name>[a-z][a-z0-9-]*)\s+│\s+(?<rows>\d+) │"))
            .Where(m => m.Success)
            .Select(m => (m.Groups["name"].Value, int.Parse(m.Groups["rows"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        listed.ShouldBe(DatasetInfo.Tables.Select(t => (t.Name, t.Rows.Count())).ToList());
    }

    [Fact]
    public void Overview_shows_name_version_hash_licences_and_sources()
    {
        CliResult result = Cli.Run("overview").ShouldSucceed();

        result.Out.ShouldContain(DatasetInfo.Name);
        result.Out.ShouldContain(DatasetInfo.Version);
        result.Out.ShouldContain(DatasetInfo.ContentHash);
        foreach (DataPackageLicense license in DatasetInfo.Licenses)
        {
            result.Out.ShouldContain(license.Name);
        }

        foreach (DataPackageSource source in DatasetInfo.Sources.Where(s => s.Title is not null))
        {
            result.Flat.ShouldContain(string.Join(' ', source.Title!.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
        }
    }

    [Fact]
    public void Overview_is_the_default_command()
    {
        Cli.Run().ShouldSucceed().Out.ShouldBe(Cli.Run("overview").Out);
    }

    [Fact]
    public void Overview_as_json_has_the_table_counts_of_the_dataset()
    {
        using JsonDocument json = Cli.Run("--json").ShouldSucceed().Json();

        json.RootElement.GetProperty("contentHash").GetString().ShouldBe(DatasetInfo.ContentHash);
        json.RootElement.GetProperty("version").GetString().ShouldBe(DatasetInfo.Version);
        json.RootElement.GetProperty("tables").EnumerateArray()
            .Select(t => (t.GetProperty("name").GetString(), t.GetProperty("rows").GetInt32()))
            .ShouldBe(DatasetInfo.Tables.Select(t => ((string?)t.Name, t.Rows.Count())));
        json.RootElement.GetProperty("licenses").GetArrayLength().ShouldBe(DatasetInfo.Licenses.Count);
        json.RootElement.GetProperty("sources").GetArrayLength().ShouldBe(DatasetInfo.Sources.Count);
    }

    [Fact]
    public void Version_prints_tool_version_dataset_version_and_content_hash()
    {
        CliResult result = Cli.Run("--version").ShouldSucceed();

        result.Lines[0].ShouldMatch(@"^labour \d+\.\d+\.\d+");
        result.Out.ShouldContain($"dataset {DatasetInfo.Name} {DatasetInfo.Version}");
        result.Out.ShouldContain($"content hash {DatasetInfo.ContentHash}");

        using JsonDocument json = Cli.Run("--version", "--json").ShouldSucceed().Json();
        json.RootElement.GetProperty("datasetVersion").GetString().ShouldBe(DatasetInfo.Version);
        json.RootElement.GetProperty("contentHash").GetString().ShouldBe(DatasetInfo.ContentHash);
    }

    [Fact]
    public void Tables_lists_every_table_and_one_table_lists_its_fields()
    {
        CliResult all = Cli.Run("tables").ShouldSucceed();
        foreach (DataPackageTable table in DatasetInfo.Tables)
        {
            all.Out.ShouldContain("│ " + table.Name + " ");
        }

        foreach (DataPackageTable table in DatasetInfo.Tables)
        {
            using JsonDocument json = Cli.Run("tables", table.Name, "--json").ShouldSucceed().Json();
            JsonElement described = json.RootElement.EnumerateArray().Single();
            described.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString())
                .ShouldBe(table.Fields.Select(f => f.Name));
            described.GetProperty("primaryKey").EnumerateArray().Select(k => k.GetString()).ShouldBe(table.PrimaryKey);
        }
    }

    [Fact]
    public void Help_lists_every_command_and_each_command_has_help()
    {
        CliResult help = Cli.Run("--help").ShouldSucceed();
        string[] commands = ["overview", "tables", "show", "get", "country", "instrument", "series", "search", "export"];
        foreach (string command in commands)
        {
            help.Out.ShouldContain(command);
            CliResult commandHelp = Cli.Run(command, "--help").ShouldSucceed();
            commandHelp.Out.ShouldContain("Usage:");
            commandHelp.Out.ShouldContain("labour " + command);
        }

        Cli.Run("show", "--help").Out.ShouldContain("--where");
        Cli.Run("series", "--help").Out.ShouldContain("--period");
        Cli.Run("export", "--help").Out.ShouldContain("--format");
    }
}
