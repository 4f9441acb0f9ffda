using System.Diagnostics;
using System.Text.Json.Nodes;
using LabourDataset.Testing;

namespace LabourDataset.Tests;

/// <summary>
/// data/ checked by the Frictionless project's own JavaScript libraries (datapackage, tableschema) and the
/// published Data Package v2 profile (ajv): tests/FrictionlessValidation/validate.mjs. The npm packages are
/// pinned by that folder's package-lock.json; when its node_modules is missing the fixture runs `npm ci`
/// there once, so `dotnet test` alone works on a fresh clone that has node and npm (.ci/run installs them
/// up front as well).
/// </summary>
public sealed class FrictionlessValidatorTests : IClassFixture<FrictionlessValidator>
{
    private readonly FrictionlessValidator _tools;

    public FrictionlessValidatorTests(FrictionlessValidator tools) => _tools = tools;

    [Fact]
    public void Data_folder_is_valid_for_the_official_frictionless_libraries()
    {
        ValidatorRun run = _tools.Validate(Path.Combine(Repo.Root, "data"));

        run.ExitCode.ShouldBe(0, run.Output);
        // Every table and every row the library compiled was checked by the official libraries too.
        int tables = LabourDataset.DatasetInfo.Tables.Count;
        int rows = LabourDataset.DatasetInfo.Tables.Sum(t => t.Rows.Count());
        run.Stdout.ShouldMatch(@"(?m)^frictionless: valid: " + tables + " resources, " + rows + @" rows checked, \d+ foreign keys \(\d+ references\) checked; descriptor valid against Data Package v1( and v2 profiles| profile; v2 profile not checked)");
        run.Stdout.ShouldNotContain("error:");
    }

    [Fact]
    public void Validator_names_a_dangling_foreign_key_a_wrong_type_and_a_duplicate_key()
    {
        string dir = CopyOfData();
        try
        {
            var rows = (JsonArray)JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "ratifications.json")))!;
            rows[0]!["countryCode"] = "XXX";                       // no such area
            rows[1]!["ratificationYear"] = "nineteen ninety-seven"; // not a year
            rows[3]!["id"] = rows[2]!["id"]!.GetValue<string>();    // duplicate primary key
            File.WriteAllText(Path.Combine(dir, "ratifications.json"), rows.ToJsonString());

            ValidatorRun run = _tools.Validate(dir);

            run.ExitCode.ShouldBe(1, run.Output);
            run.Stdout.ShouldContain("error: [resource ratifications] row 1 (id=UZB-C029) field \"countryCode\": Foreign key \"countryCode\" violation: \"XXX\" is not a areas.code");
            run.Stdout.ShouldMatch(@"error: \[resource ratifications\] row 2 \(id=[^)]*\) field ""ratificationYear"": The value ""nineteen ninety-seven"" in column ""ratificationYear"" is not type ""year""");
            run.Stdout.ShouldMatch(@"error: \[resource ratifications\] row 4 \(id=[^)]*\) field ""id"": Row 4 has an unique constraint violation in column ""id""");
            run.Stdout.ShouldContain("frictionless: 3 error(s)");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Validator_rejects_a_descriptor_without_the_v2_schema_and_a_row_property_that_is_no_field()
    {
        string dir = CopyOfData();
        try
        {
            var descriptor = (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "datapackage.json")))!;
            descriptor.Remove("$schema");
            File.WriteAllText(Path.Combine(dir, "datapackage.json"), descriptor.ToJsonString());
            var rows = (JsonArray)JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "areas.json")))!;
            rows[0]!["population"] = 1;
            File.WriteAllText(Path.Combine(dir, "areas.json"), rows.ToJsonString());

            ValidatorRun run = _tools.Validate(dir);

            run.ExitCode.ShouldBe(1, run.Output);
            run.Stdout.ShouldContain("error: [descriptor] at /$schema: \"$schema\" must be \"https://datapackage.org/profiles/2.0/datapackage.json\"");
            run.Stdout.ShouldMatch(@"error: \[resource areas\] row 1 \([^)]*\) field ""population"": is not a field of the schema");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string CopyOfData()
    {
        string dir = Path.Combine(Path.GetTempPath(), "labour-frictionless-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        foreach (string file in Directory.GetFiles(Path.Combine(Repo.Root, "data")))
        {
            File.Copy(file, Path.Combine(dir, Path.GetFileName(file)));
        }
        return dir;
    }
}
