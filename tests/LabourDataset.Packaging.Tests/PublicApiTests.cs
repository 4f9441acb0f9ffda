using System.Reflection;
using PublicApiGenerator;

namespace LabourDataset.Packaging.Tests;

/// <summary>
/// The public API of both shipped assemblies, written out by PublicApiGenerator and compared with an approved file:
/// removing a row's static member or a field shows up here as a reviewed change.
/// </summary>
public class PublicApiTests
{
    private static readonly ApiGeneratorOptions Options = new()
    {
        // [GeneratedCode] carries the generator version, which is not part of the API.
        ExcludeAttributes = ["System.CodeDom.Compiler.GeneratedCodeAttribute"],
    };

    internal static string PublicApi(Assembly assembly) => assembly.GeneratePublicApi(Options).Replace("\r\n", "\n");

    [Fact]
    public void LabourDataset_public_api_is_approved()
        => PublicApi(typeof(LabourDataset.DatasetInfo).Assembly).ShouldMatchApproved(c => c.SubFolder("Approved").NoDiff().WithDiscriminator("LabourDataset"));

    [Fact]
    public void Generator_public_api_is_approved()
        => PublicApi(typeof(LabourDataset.Generator.DataPackageGenerator).Assembly).ShouldMatchApproved(c => c.SubFolder("Approved").NoDiff().WithDiscriminator("Generator"));

    [Fact]
    public void The_listing_contains_row_members_and_fields_but_no_constructors()
    {
        string api = PublicApi(typeof(LabourDataset.DatasetInfo).Assembly);
        api.ShouldContain("public static LabourDataset.Instrument C029 { get; }");
        api.ShouldContain("public string Title { get; init; }");
        // Record constructors are internal, so a data release that adds a field keeps every public signature.
        api.ShouldNotContain("public Instrument(");
    }
}
