using LabourDataset.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LabourDataset.Generator.Tests;

/// <summary>Runs the driver twice and checks which tracked steps re-ran.</summary>
public class IncrementalTests
{
    private static readonly IncrementalStepRunReason[] NotRerun = [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged];

    private static (GeneratorDriver Driver, CSharpCompilation Compilation, List<AdditionalText> Texts) FirstRun()
    {
        List<AdditionalText> texts = GeneratorHarness.Files(Fixtures.Package()).ToList();
        CSharpCompilation compilation = GeneratorHarness.NewCompilation();
        GeneratorDriver driver = GeneratorHarness.NewDriver(texts).RunGenerators(compilation);
        return (driver, compilation, texts);
    }

    private static GeneratorRunResult Only(GeneratorDriver driver) => driver.GetRunResult().Results.Single();

    private static IEnumerable<(string Step, IncrementalStepRunReason Reason, object Value)> Outputs(GeneratorRunResult result, string step)
        => result.TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs.Select(o => (step, o.Reason, o.Value)))
            : [];

    [Fact]
    public void An_unrelated_code_edit_reruns_nothing()
    {
        var (driver, compilation, _) = FirstRun();
        driver = driver.RunGenerators(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("namespace Consumer { class Edited { } }")));
        GeneratorRunResult result = Only(driver);

        result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs).ShouldAllBe(o => NotRerun.Contains(o.Reason));
        foreach (string step in new[] { TrackingNames.Package, TrackingNames.Table, TrackingNames.Records, TrackingNames.Collections, TrackingNames.DatasetInfo, TrackingNames.ForeignKeys, TrackingNames.Runtime, TrackingNames.CollectionSchemas })
        {
            Outputs(result, step).ShouldNotBeEmpty(step);
            Outputs(result, step).ShouldAllBe(o => NotRerun.Contains(o.Reason), step);
        }
    }

    [Fact]
    public void Editing_one_resource_reparses_only_that_resource()
    {
        var (driver, compilation, texts) = FirstRun();
        AdditionalText old = texts.Single(t => t.Path.EndsWith("ratifications.json", StringComparison.Ordinal));
        var edited = new InMemoryText(old.Path, Fixtures.Ratifications.Replace("1969", "1970"));
        driver = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation);
        GeneratorRunResult result = Only(driver);

        var tables = Outputs(result, TrackingNames.Table).ToList();
        tables.Count.ShouldBe(3);
        tables.Single(t => ((TableParseResult)t.Value).Data.ResourceName == "ratifications").Reason.ShouldBe(IncrementalStepRunReason.Modified);
        tables.Where(t => ((TableParseResult)t.Value).Data.ResourceName != "ratifications").ShouldAllBe(t => NotRerun.Contains(t.Reason));

        // Record types come from the schema only, so none is re-emitted for a data edit.
        Outputs(result, TrackingNames.Records).ShouldAllBe(o => NotRerun.Contains(o.Reason));
        var collections = Outputs(result, TrackingNames.Collections).ToList();
        collections.Single(c => ((CollectionInput)c.Value).Table.Name == "ratifications").Reason.ShouldBe(IncrementalStepRunReason.Modified);
        collections.Where(c => ((CollectionInput)c.Value).Table.Name != "ratifications").ShouldAllBe(c => NotRerun.Contains(c.Reason));
        result.GeneratedSources.Single(s => s.HintName == "Ratifications.g.cs").SourceText.ToString().ShouldContain("1970");
    }

    [Fact]
    public void Editing_one_field_description_re_emits_only_that_tables_record()
    {
        var (driver, compilation, texts) = FirstRun();
        Dictionary<string, string> before = Sources(driver);
        AdditionalText old = texts.Single(t => t.Path.EndsWith("datapackage.json", StringComparison.Ordinal));
        var edited = new InMemoryText(old.Path, Fixtures.Descriptor.Replace("\"description\": \"Short title.\"", "\"description\": \"The official short title.\""));
        driver = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation);
        GeneratorRunResult result = Only(driver);

        // No row is re-parsed and no collection re-emitted: they depend on the schema without its documentation.
        Outputs(result, TrackingNames.Schemas).ShouldAllBe(o => NotRerun.Contains(o.Reason));
        Outputs(result, TrackingNames.CollectionSchemas).ShouldAllBe(o => NotRerun.Contains(o.Reason));
        Outputs(result, TrackingNames.Table).ShouldAllBe(o => NotRerun.Contains(o.Reason));
        Outputs(result, TrackingNames.Collections).ShouldAllBe(o => NotRerun.Contains(o.Reason));
        Outputs(result, TrackingNames.Runtime).ShouldAllBe(o => NotRerun.Contains(o.Reason));

        // Exactly one record input changed: the table whose field was edited.
        var records = Outputs(result, TrackingNames.Records).ToList();
        records.Count.ShouldBe(3);
        records.Where(r => r.Reason == IncrementalStepRunReason.Modified).Select(r => ((RecordInput)r.Value).Table.Name).ShouldBe(["instruments"]);
        records.Where(r => ((RecordInput)r.Value).Table.Name != "instruments").ShouldAllBe(r => NotRerun.Contains(r.Reason));

        // Files: the record changes, and DatasetInfo, whose content hash covers datapackage.json; nothing else.
        Dictionary<string, string> after = Sources(driver);
        after.Keys.ShouldBe(before.Keys, ignoreOrder: true);
        after.Where(kv => before[kv.Key] != kv.Value).Select(kv => kv.Key).Order(StringComparer.Ordinal).ShouldBe(["DatasetInfo.g.cs", "Instrument.g.cs"]);
        after["Instrument.g.cs"].ShouldContain("The official short title.");
    }

    [Fact]
    public void Editing_one_data_file_re_emits_only_that_tables_collection()
    {
        var (driver, compilation, texts) = FirstRun();
        Dictionary<string, string> before = Sources(driver);
        AdditionalText old = texts.Single(t => t.Path.EndsWith("countries.json", StringComparison.Ordinal));
        var edited = new InMemoryText(old.Path, Fixtures.Countries.Replace("Uzbekistan", "Republic of Uzbekistan"));
        driver = driver.ReplaceAdditionalText(old, edited).RunGenerators(compilation);
        GeneratorRunResult result = Only(driver);

        Outputs(result, TrackingNames.Records).ShouldAllBe(o => NotRerun.Contains(o.Reason));
        Outputs(result, TrackingNames.Runtime).ShouldAllBe(o => NotRerun.Contains(o.Reason));
        Outputs(result, TrackingNames.Collections).Where(o => o.Reason == IncrementalStepRunReason.Modified)
            .Select(o => ((CollectionInput)o.Value).Table.Name).ShouldBe(["countries"]);

        Dictionary<string, string> after = Sources(driver);
        after.Where(kv => before[kv.Key] != kv.Value).Select(kv => kv.Key).Order(StringComparer.Ordinal).ShouldBe(["Countries.g.cs", "DatasetInfo.g.cs"]);
        after["Countries.g.cs"].ShouldContain("Republic of Uzbekistan");
    }

    private static Dictionary<string, string> Sources(GeneratorDriver driver)
        => Only(driver).GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    [Fact]
    public void Pipeline_models_hold_no_roslyn_objects()
    {
        var (driver, _, _) = FirstRun();
        string[] ours = typeof(TrackingNames).GetFields().Select(f => (string)f.GetValue(null)!).ToArray();
        foreach (var step in Only(driver).TrackedSteps.Where(s => ours.Contains(s.Key)).SelectMany(s => s.Value))
        {
            foreach (var (value, _) in step.Outputs)
            {
                AssertNoRoslynObjects(value, 0);
            }
        }
    }

    private static void AssertNoRoslynObjects(object? value, int depth)
    {
        if (value is null || depth > 6 || value is string || value.GetType().IsPrimitive || value is Enum) return;
        (value is ISymbol or Compilation or SyntaxNode or SyntaxTree or Location or AdditionalText).ShouldBeFalse(value.GetType().FullName);
        if (value is System.Collections.IEnumerable items)
        {
            foreach (object? item in items) AssertNoRoslynObjects(item, depth + 1);
            return;
        }
        foreach (var property in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
        {
            AssertNoRoslynObjects(property.GetValue(value), depth + 1);
        }
    }
}
