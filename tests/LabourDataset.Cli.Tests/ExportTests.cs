using System.Text.Json;
using LabourDataset.Cli.Data;
using LabourDataset.Cli.Export;
using Microsoft.Data.Sqlite;

namespace LabourDataset.Cli.Tests;

public sealed class ExportTests
{
    [Fact]
    public void Csv_export_of_every_table_round_trips_row_for_row_and_cell_for_cell()
    {
        using var dir = new TempDir();
        Cli.Run("export", "--format", "csv", "--out", dir["csv"]).ShouldSucceed();

        IReadOnlyList<TableData> tables = TableData.FromDataset();
        Directory.GetFiles(dir["csv"]).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(tables.Select(t => t.Name + ".csv").Order(StringComparer.Ordinal));
        foreach (TableData table in tables)
        {
            RoundTrip.CsvMatches(table, Path.Combine(dir["csv"], table.Name + ".csv"));
        }

        dir.Entries().ShouldAllBe(e => e.StartsWith("csv", StringComparison.Ordinal) && !e.Contains(".tmp-", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_export_of_one_table_writes_one_file()
    {
        using var dir = new TempDir();
        DataPackageTable observations = DatasetInfo.FindTable("observations")!;
        Cli.Run("export", "--format", "csv", "--table", "observations", "--out", dir["obs.csv"]).ShouldSucceed();

        dir.Entries().ShouldBe(["obs.csv"]);
        RoundTrip.CsvMatches(TableData.FromDataset().Single(t => t.Name == observations.Name), dir["obs.csv"]);
    }

    [Fact]
    public void Csv_export_quotes_commas_quotes_and_line_breaks_and_keeps_null_apart_from_empty()
    {
        using var dir = new TempDir();
        Catalog catalog = Synthetic.Create();
        Cli.RunOn(catalog, "export", "--format", "csv", "--out", dir["out"]).ShouldSucceed();

        foreach (CatalogTable table in catalog.Tables)
        {
            RoundTrip.CsvMatches(Synthetic.Data(table), Path.Combine(dir["out"], table.Name + ".csv"));
        }

        string places = File.ReadAllText(Path.Combine(dir["out"], "places.csv"));
        places.ShouldContain("\"Comma, Inc.\"");
        places.ShouldContain("\"Kutipan \"\"q\"\" di sini\"");
        places.ShouldContain("\"Line\r\nbreak\"");
        places.ShouldContain(",\"\",");
        places.ShouldContain(",0.1000,");
        places.ShouldContain("," + Synthetic.Precise.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",");
        places.ShouldContain(",2020-02-29,");
    }

    [Fact]
    public void Sqlite_export_round_trips_with_keys_constraints_and_exact_decimals()
    {
        using var dir = new TempDir();
        Cli.Run("export", "--format", "sqlite", "--out", dir["labour.db"]).ShouldSucceed();

        dir.Entries().ShouldBe(["labour.db"]);
        RoundTrip.SqliteMatches(TableData.FromDataset(), dir["labour.db"]);
        using var connection = new SqliteConnection($"Data Source={dir["labour.db"]};Mode=ReadOnly;Pooling=False");
        connection.Open();
        RoundTrip.Query(connection, "SELECT value FROM _datapackage WHERE key = 'contentHash'").Single()[0].ShouldBe(DatasetInfo.ContentHash);
    }

    [Fact]
    public void Sqlite_export_of_tricky_values_keeps_every_digit_and_array()
    {
        using var dir = new TempDir();
        Catalog catalog = Synthetic.Create();
        Cli.RunOn(catalog, "export", "--format", "sqlite", "--out", dir["s.db"]).ShouldSucceed();

        RoundTrip.SqliteMatches(catalog.Tables.Select(Synthetic.Data).ToList(), dir["s.db"]);
    }

    [Fact]
    public void Sqlite_export_of_one_table_declares_no_foreign_key_to_missing_tables()
    {
        using var dir = new TempDir();
        Cli.Run("export", "--format", "sqlite", "--table", "ratifications", "--out", dir["r.db"]).ShouldSucceed();

        TableData ratifications = TableData.FromDataset().Single(t => t.Name == "ratifications");
        RoundTrip.SqliteMatches([ratifications], dir["r.db"]);
        using var connection = new SqliteConnection($"Data Source={dir["r.db"]};Mode=ReadOnly;Pooling=False");
        connection.Open();
        RoundTrip.Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .Select(r => (string)r[0]!).ShouldBe(["_datapackage", "ratifications"]);
    }

    [Fact]
    public void Json_export_round_trips_with_decimals_as_numbers_dates_as_text_and_arrays_as_arrays()
    {
        using var dir = new TempDir();
        Cli.Run("export", "--format", "json", "--out", dir["json"]).ShouldSucceed();

        foreach (TableData table in TableData.FromDataset())
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir["json"], table.Name + ".json")));
            RoundTrip.JsonMatches(table, document.RootElement);
        }
    }

    [Fact]
    public void Json_export_of_tricky_values_round_trips()
    {
        using var dir = new TempDir();
        Catalog catalog = Synthetic.Create();
        Cli.RunOn(catalog, "export", "--format", "json", "--table", "places", "--out", dir["places.json"]).ShouldSucceed();

        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(dir["places.json"]));
        RoundTrip.JsonMatches(Synthetic.Data(catalog.Find("places")!), document.RootElement);
        document.RootElement[3].GetProperty("share").GetRawText().ShouldBe("12345678901234567890.12345678");
        document.RootElement[0].GetProperty("share").GetRawText().ShouldBe("0.1000");
    }

    [Fact]
    public void Export_reports_what_it_wrote_as_json()
    {
        using var dir = new TempDir();
        CliResult result = Cli.Run("export", "--format", "csv", "--out", dir["csv"], "--json").ShouldSucceed();

        using JsonDocument json = result.Json();
        json.RootElement.GetProperty("format").GetString().ShouldBe("csv");
        json.RootElement.GetProperty("tables").EnumerateArray()
            .Select(t => (t.GetProperty("name").GetString(), t.GetProperty("rows").GetInt32()))
            .ShouldBe(DatasetInfo.Tables.Select(t => ((string?)t.Name, t.Rows.Count())));
    }

    [Theory]
    [InlineData("xml", null, "unknown format 'xml'; did you mean")]
    [InlineData("csv", "nosuchtable", "unknown table 'nosuchtable'; did you mean")]
    [InlineData("sqlite", "nosuchtable", "unknown table 'nosuchtable'; did you mean")]
    [InlineData("json", "ratification", "did you mean 'ratifications'")]
    public void Export_with_bad_arguments_fails_and_leaves_no_file(string format, string? table, string error)
    {
        using var dir = new TempDir();
        string[] args = table is null
            ? ["export", "--format", format, "--out", dir["out.x"]]
            : ["export", "--format", format, "--table", table, "--out", dir["out.x"]];

        Cli.Run(args).ShouldFailWithUsageError(error);
        dir.Entries().ShouldBeEmpty();
    }

    [Fact]
    public void Export_into_a_missing_directory_fails_and_creates_nothing()
    {
        using var dir = new TempDir();
        CliResult result = Cli.Run("export", "--format", "csv", "--out", Path.Combine(dir["missing"], "out"));

        result.ExitCode.ShouldBe(1);
        result.Out.ShouldBeEmpty();
        result.Err.ShouldStartWith("error: directory");
        dir.Entries().ShouldBeEmpty();
    }

    [Fact]
    public void Export_into_an_existing_directory_replaces_the_files_and_keeps_others()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir["csv"]);
        File.WriteAllText(Path.Combine(dir["csv"], "areas.csv"), "stale");
        File.WriteAllText(Path.Combine(dir["csv"], "README.txt"), "keep me");

        Cli.Run("export", "--format", "csv", "--out", dir["csv"]).ShouldSucceed();

        File.ReadAllText(Path.Combine(dir["csv"], "README.txt")).ShouldBe("keep me");
        RoundTrip.CsvMatches(TableData.FromDataset().Single(t => t.Name == "areas"), Path.Combine(dir["csv"], "areas.csv"));
        dir.Entries().ShouldNotContain(e => e.Contains(".tmp-", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failing_write_leaves_neither_a_temp_file_nor_a_partial_target_and_keeps_the_old_file()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir["data.csv"], "old");

        Should.Throw<InvalidOperationException>(() => AtomicOutput.WriteFile(dir["data.csv"], temp =>
        {
            File.WriteAllText(temp, "half");
            throw new InvalidOperationException("disk full");
        }));
        Should.Throw<InvalidOperationException>(() => AtomicOutput.WriteDirectory(dir["dir"], temp =>
        {
            File.WriteAllText(Path.Combine(temp, "a.csv"), "half");
            throw new InvalidOperationException("disk full");
        }));

        dir.Entries().ShouldBe(["data.csv"]);
        File.ReadAllText(dir["data.csv"]).ShouldBe("old");
    }

    [Fact]
    public void Sqlite_export_replaces_an_existing_file()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir["s.db"], "not a database");

        Cli.RunOn(Synthetic.Create(), "export", "--format", "sqlite", "--out", dir["s.db"]).ShouldSucceed();

        RoundTrip.SqliteMatches(Synthetic.Create().Tables.Select(Synthetic.Data).ToList(), dir["s.db"]);
        dir.Entries().ShouldBe(["s.db"]);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("", "\"\"")]
    public void Csv_escaping_follows_rfc_4180(string value, string expected) =>
        CsvExporter.Escape(value).ShouldBe(expected);
}
