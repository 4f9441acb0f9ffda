using System.Text.Json;
using LabourDataset.Cli.Data;
using LabourDataset.Testing;

namespace LabourDataset.Cli.Tests;

/// <summary>
/// `labour export --format datapackage`: a CSV-based Frictionless data package, read back by the official Frictionless
/// libraries (validate.mjs: descriptor against the v1 profile and, where the profile files are present, v2; every row
/// cast against its schema; primary and foreign keys) and by this test's own CSV reader, cell for cell.
/// </summary>
public sealed class DataPackageExportTests : IClassFixture<FrictionlessValidator>
{
    private readonly FrictionlessValidator _validator;

    public DataPackageExportTests(FrictionlessValidator validator) => _validator = validator;

    [Fact]
    public void Datapackage_export_is_valid_for_the_official_frictionless_libraries_with_every_row_checked()
    {
        using var dir = new TempDir();
        Cli.Run("export", "--format", "datapackage", "--out", dir["pkg"]).ShouldSucceed();

        ValidatorRun run = _validator.Validate(dir["pkg"]);

        run.ExitCode.ShouldBe(0, run.Output);
        run.Stdout.ShouldNotContain("error:");
        int rows = DatasetInfo.Tables.Sum(t => t.Rows.Count());
        int foreignKeys = DatasetInfo.Tables.Sum(t => t.Fields.Count(f => f.ForeignKeyResource is not null));
        run.Stdout.ShouldMatch(
            $@"(?m)^frictionless: valid: {DatasetInfo.Tables.Count} resources, {rows} rows checked, {foreignKeys} foreign keys \(\d+ references\) checked; descriptor valid against Data Package v1");
    }

    [Fact]
    public void Datapackage_descriptor_carries_the_package_metadata_and_each_table_schema_from_the_library()
    {
        using var dir = new TempDir();
        Cli.Run("export", "--format", "datapackage", "--out", dir["pkg"]).ShouldSucceed();

        dir.Entries().ShouldBe(new[] { "pkg", Path.Combine("pkg", "datapackage.json") }
            .Concat(DatasetInfo.Tables.Select(t => Path.Combine("pkg", t.Name + ".csv")))
            .Order(StringComparer.Ordinal));
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir["pkg"], "datapackage.json")));
        JsonElement root = document.RootElement;
        root.GetProperty("$schema").GetString().ShouldBe("https://datapackage.org/profiles/2.0/datapackage.json");
        root.GetProperty("name").GetString().ShouldBe(DatasetInfo.Name);
        root.GetProperty("version").GetString().ShouldBe(DatasetInfo.Version);
        root.GetProperty("title").GetString().ShouldBe(DatasetInfo.Title);
        root.GetProperty("licenses").EnumerateArray().Select(l => l.GetProperty("name").GetString())
            .ShouldBe(DatasetInfo.Licenses.Select(l => (string?)l.Name));
        root.GetProperty("sources").GetArrayLength().ShouldBe(DatasetInfo.Sources.Count);

        JsonElement[] resources = root.GetProperty("resources").EnumerateArray().ToArray();
        resources.Select(r => r.GetProperty("name").GetString()).ShouldBe(DatasetInfo.Tables.Select(t => (string?)t.Name));
        foreach ((JsonElement resource, DataPackageTable table) in resources.Zip(DatasetInfo.Tables))
        {
            resource.GetProperty("path").GetString().ShouldBe(table.Name + ".csv");
            resource.GetProperty("format").GetString().ShouldBe("csv");
            resource.GetProperty("mediatype").GetString().ShouldBe("text/csv");
            resource.GetProperty("encoding").GetString().ShouldBe("utf-8");
            JsonElement schema = resource.GetProperty("schema");
            schema.GetProperty("missingValues").EnumerateArray().Select(v => v.GetString()).ShouldBe([string.Empty]);
            schema.GetProperty("primaryKey").EnumerateArray().Select(k => k.GetString()).ShouldBe(table.PrimaryKey);

            JsonElement[] fields = schema.GetProperty("fields").EnumerateArray().ToArray();
            fields.Select(f => (f.GetProperty("name").GetString(), f.GetProperty("type").GetString()))
                .ShouldBe(table.Fields.Select(f => ((string?)f.Name, (string?)f.Type)), table.Name);
            foreach ((JsonElement field, DataPackageField expected) in fields.Zip(table.Fields))
            {
                bool required = field.TryGetProperty("constraints", out JsonElement c) && c.GetProperty("required").GetBoolean();
                required.ShouldBe(expected.Required, $"{table.Name}.{expected.Name} required");
                if (expected.Type == "array")
                {
                    field.GetProperty("arrayItem").GetProperty("type").GetString().ShouldBe("string");
                }
            }

            var foreignKeys = schema.TryGetProperty("foreignKeys", out JsonElement fks)
                ? fks.EnumerateArray().Select(fk => (
                    fk.GetProperty("fields").EnumerateArray().Single().GetString(),
                    fk.GetProperty("reference").GetProperty("resource").GetString(),
                    fk.GetProperty("reference").GetProperty("fields").EnumerateArray().Single().GetString())).ToList()
                : [];
            foreignKeys.ShouldBe(table.Fields.Where(f => f.ForeignKeyResource is not null)
                .Select(f => ((string?)f.Name, (string?)f.ForeignKeyResource, (string?)DatasetInfo.FindTable(f.ForeignKeyResource!)!.PrimaryKey.Single())).ToList(), table.Name);
        }

        foreach (TableData table in TableData.FromDataset())
        {
            RoundTrip.CsvMatches(table, Path.Combine(dir["pkg"], table.Name + ".csv"));
        }
    }

    [Fact]
    public void Datapackage_export_of_tricky_values_is_valid_and_writes_arrays_as_json_text_and_nulls_as_empty_cells()
    {
        using var dir = new TempDir();
        Catalog catalog = Synthetic.Create();
        Cli.RunOn(catalog, "export", "--format", "datapackage", "--out", dir["pkg"]).ShouldSucceed();

        ValidatorRun run = _validator.Validate(dir["pkg"]);

        run.ExitCode.ShouldBe(0, run.Output);
        run.Stdout.ShouldContain("frictionless: valid: 2 resources, 7 rows checked, 2 foreign keys");
        string places = File.ReadAllText(Path.Combine(dir["pkg"], "places.csv"));
        places.ShouldContain("\"[\"\"x, y\"\",\"\"say \\\"\"hi\\\"\"\"\",\"\"line\\nbreak\"\"]\"");
        places.ShouldContain(",[],");
        places.ShouldContain("," + Synthetic.Precise.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",");
        foreach (CatalogTable table in catalog.Tables)
        {
            RoundTrip.CsvMatches(Synthetic.Data(table), Path.Combine(dir["pkg"], table.Name + ".csv"));
        }
    }

    [Fact]
    public void Datapackage_export_names_a_broken_csv_cell_through_the_validator()
    {
        using var dir = new TempDir();
        Cli.Run("export", "--format", "datapackage", "--out", dir["pkg"]).ShouldSucceed();
        string path = Path.Combine(dir["pkg"], "ratifications.csv");
        List<List<string?>> records = CsvReader.Parse(File.ReadAllText(path));
        int countryCode = records[0].IndexOf("countryCode");
        string countryBefore = records[1][countryCode]!;
        string text = File.ReadAllText(path);
        int firstRow = text.IndexOf("\r\n", StringComparison.Ordinal) + 2;
        int cell = text.IndexOf("," + countryBefore + ",", firstRow, StringComparison.Ordinal);
        File.WriteAllText(path, text[..cell] + ",XXX," + text[(cell + countryBefore.Length + 2)..]);

        ValidatorRun run = _validator.Validate(dir["pkg"]);

        run.ExitCode.ShouldBe(1, run.Output);
        run.Stdout.ShouldContain("[resource ratifications] row 1");
        run.Stdout.ShouldContain("Foreign key \"countryCode\" violation: \"XXX\" is not a areas.code");
    }

    [Fact]
    public void Datapackage_export_of_one_table_is_a_package_of_one_resource_without_dangling_foreign_keys()
    {
        using var dir = new TempDir();
        Cli.Run("export", "--format", "datapackage", "--table", "areas", "--out", dir["pkg"]).ShouldSucceed();

        dir.Entries().ShouldBe(["pkg", Path.Combine("pkg", "areas.csv"), Path.Combine("pkg", "datapackage.json")]);
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir["pkg"], "datapackage.json")));
        JsonElement resource = document.RootElement.GetProperty("resources").EnumerateArray().Single();
        resource.GetProperty("name").GetString().ShouldBe("areas");
        // areas.parentCode -> areas stays; areas.sourceId -> sources is left out with the sources table.
        resource.GetProperty("schema").GetProperty("foreignKeys").EnumerateArray()
            .Select(fk => fk.GetProperty("reference").GetProperty("resource").GetString()).ShouldBe(["areas"]);
        ValidatorRun run = _validator.Validate(dir["pkg"]);
        run.ExitCode.ShouldBe(0, run.Output);
    }

    [Fact]
    public void Datapackage_export_to_a_file_path_fails_and_keeps_the_file()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir["pkg"], "a file");

        Cli.Run("export", "--format", "datapackage", "--out", dir["pkg"]).ShouldFailWithUsageError("must be a directory");

        dir.Entries().ShouldBe(["pkg"]);
        File.ReadAllText(dir["pkg"]).ShouldBe("a file");
    }
}
