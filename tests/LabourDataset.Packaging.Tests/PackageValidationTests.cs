namespace LabourDataset.Packaging.Tests;

/// <summary>
/// Data releases and binary compatibility, checked by the SDK's package validation (ApiCompat) against a packed
/// baseline: adding a field must not break a consumer compiled against the previous release; removing one must.
/// </summary>
[Collection(PackedFeedCollection.Name)]
public sealed class PackageValidationTests
{
    private readonly PackedFeed _feed;

    public PackageValidationTests(PackedFeed feed) => _feed = feed;

    private static void SetDescriptor(string dir, Func<string, string> edit)
    {
        string path = Path.Combine(dir, "data", "datapackage.json");
        File.WriteAllText(path, edit(File.ReadAllText(path)));
    }

    /// <summary>Packs the unchanged library as 1.0.0 and returns the path of its nupkg.</summary>
    private string PackBaseline(string output)
    {
        var (code, log) = _feed.Pack("FieldsLibrary", output, null, "DataVersion=1.0.0");
        code.ShouldBe(0, log);
        return Path.Combine(output, "FieldsLibrary.1.0.0.nupkg");
    }

    [Fact]
    public void A_release_that_adds_a_field_passes_package_validation_against_the_previous_one()
    {
        string output = Path.Combine(Path.GetTempPath(), "labour-fields-" + Guid.NewGuid().ToString("N"));
        string baseline = PackBaseline(output);
        var (code, log) = _feed.Pack("FieldsLibrary", output, dir =>
        {
            SetDescriptor(dir, d => d.Replace("\"version\": \"1.0.0\"", "\"version\": \"1.1.0\"")
                .Replace("""{ "name": "name", "type": "string", "constraints": { "required": true } }""",
                         """{ "name": "name", "type": "string", "constraints": { "required": true } }, { "name": "note", "type": "string" }"""));
        }, "DataVersion=1.1.0", "BaselinePackage=" + baseline);
        code.ShouldBe(0, log);
        log.ShouldNotContain("CP0");
        File.Exists(Path.Combine(output, "FieldsLibrary.1.1.0.nupkg")).ShouldBeTrue();
    }

    [Fact]
    public void A_release_that_removes_a_field_fails_package_validation()
    {
        string output = Path.Combine(Path.GetTempPath(), "labour-fields-" + Guid.NewGuid().ToString("N"));
        string baseline = PackBaseline(output);
        var (code, log) = _feed.Pack("FieldsLibrary", output, dir =>
        {
            SetDescriptor(dir, d => System.Text.RegularExpressions.Regex.Replace(d.Replace("\"version\": \"1.0.0\"", "\"version\": \"2.0.0\""),
                @",\s*\{ ""name"": ""name""[^\n]*", string.Empty));
            File.WriteAllText(Path.Combine(dir, "data", "people.json"), """[ { "id": "p1" }, { "id": "p2" } ]""");
        }, "DataVersion=2.0.0", "BaselinePackage=" + baseline);
        code.ShouldNotBe(0, log);
        log.ShouldContain("CP0002");
        log.ShouldContain("Fields.PeopleRow.Name");
    }
}
