namespace LabourDataset.Generator.Tests;

public class SnapshotTests
{
    [Fact]
    public void Small_package_generates_the_approved_code()
    {
        GenerationResult result = GeneratorHarness.Run(Fixtures.Package());

        result.LdsDiagnostics.ShouldBeEmpty();
        result.CompileErrors.ShouldBeEmpty();
        result.GeneratedText.ShouldMatchApproved(c => c.SubFolder("Snapshots").NoDiff().WithDiscriminator("mini"));
    }

    [Fact]
    public void Generated_code_uses_the_root_namespace_unless_the_package_overrides_it()
    {
        GeneratorHarness.Run(Fixtures.Package(), rootNamespace: "My.Company.Data").Source("Instrument.g.cs").ShouldContain("namespace My.Company.Data");
        string overridden = Fixtures.Descriptor.Replace("\"name\": \"mini\",", "\"name\": \"mini\", \"csharp:namespace\": \"Labour.Facts\",");
        GeneratorHarness.Run(Fixtures.Package(descriptor: overridden)).Source("Instrument.g.cs").ShouldContain("namespace Labour.Facts");
    }

    [Fact]
    public void Without_a_root_namespace_the_assembly_name_is_used()
        => GeneratorHarness.Run(Fixtures.Package(), rootNamespace: null).Source("Countries.g.cs").ShouldContain("namespace Consumer");

    [Fact]
    public void Csharp_name_overrides_are_honoured()
    {
        string descriptor = Fixtures.Descriptor
            .Replace("\"name\": \"countries\",", "\"name\": \"countries\", \"csharp:typeName\": \"Nation\", \"csharp:collectionName\": \"Nations\",")
            .Replace("{ \"name\": \"members\", \"type\": \"integer\" }", "{ \"name\": \"members\", \"type\": \"integer\", \"csharp:name\": \"MemberCount\" }");
        GenerationResult result = GeneratorHarness.Run(Fixtures.Package(descriptor: descriptor));
        result.CompileErrors.ShouldBeEmpty();
        result.Source("Nation.g.cs").ShouldContain("public long? MemberCount { get; init; }");
        result.Source("Nations.g.cs").ShouldContain("public static partial class Nations");
        result.Source("Ratification.g.cs").ShouldContain("public Nation Country =>");
    }
}
