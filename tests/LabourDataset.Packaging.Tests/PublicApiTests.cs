using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace LabourDataset.Packaging.Tests;

/// <summary>
/// The public API of both shipped assemblies, listed with Roslyn's symbol API and compared with an approved file:
/// removing a row's static member or a field shows up here as a reviewed change.
/// </summary>
public class PublicApiTests
{
    private static readonly SymbolDisplayFormat Format = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypesAndNamespaces,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters | SymbolDisplayGenericsOptions.IncludeTypeConstraints,
        memberOptions: SymbolDisplayMemberOptions.IncludeAccessibility | SymbolDisplayMemberOptions.IncludeModifiers | SymbolDisplayMemberOptions.IncludeType
            | SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeContainingType | SymbolDisplayMemberOptions.IncludeConstantValue,
        propertyStyle: SymbolDisplayPropertyStyle.ShowReadWriteDescriptor,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName | SymbolDisplayParameterOptions.IncludeParamsRefOut
            | SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeExtensionThis,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    internal static string ListPublicApi(string assemblyPath)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(p => p.EndsWith(".dll", StringComparison.Ordinal)).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
        foreach (string dll in Directory.GetFiles(AppContext.BaseDirectory, "Microsoft.CodeAnalysis*.dll")) references.Add(MetadataReference.CreateFromFile(dll));
        MetadataReference target = MetadataReference.CreateFromFile(assemblyPath);
        var compilation = CSharpCompilation.Create("ApiProbe", references: references.Append(target));
        var assembly = (IAssemblySymbol)compilation.GetAssemblyOrModuleSymbol(target)!;
        var lines = new List<string>();
        foreach (INamedTypeSymbol type in AllTypes(assembly.GlobalNamespace).Where(IsVisible))
        {
            string bases = type.BaseType is { SpecialType: not SpecialType.System_Object and not SpecialType.System_ValueType } b ? " : " + b.ToDisplayString(Format) : string.Empty;
            var typeLines = new List<string> { (type.IsRecord ? "record " : type.TypeKind.ToString().ToLowerInvariant() + " ") + type.ToDisplayString(Format) + bases };
            var members = type.GetMembers().Where(m => IsVisible(m) && (m.CanBeReferencedByName || m is IMethodSymbol { MethodKind: MethodKind.Constructor or MethodKind.UserDefinedOperator })
                    && m is not INamedTypeSymbol && m is not IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.PropertySet })
                .Select(m => "  " + m.ToDisplayString(Format))
                .OrderBy(s => s, StringComparer.Ordinal);
            typeLines.AddRange(members);
            lines.Add(string.Join("\n", typeLines));
        }
        lines.Sort(StringComparer.Ordinal);
        return string.Join("\n", lines) + "\n";
    }

    private static bool IsVisible(ISymbol symbol)
        => symbol.DeclaredAccessibility is Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal
           && (symbol.ContainingType is null || IsVisible(symbol.ContainingType));

    private static IEnumerable<INamedTypeSymbol> AllTypes(INamespaceSymbol ns)
    {
        foreach (INamedTypeSymbol type in ns.GetTypeMembers())
        {
            yield return type;
            foreach (INamedTypeSymbol nested in type.GetTypeMembers()) yield return nested;
        }
        foreach (INamespaceSymbol child in ns.GetNamespaceMembers())
        {
            foreach (INamedTypeSymbol type in AllTypes(child)) yield return type;
        }
    }

    [Fact]
    public void LabourDataset_public_api_is_approved()
        => ListPublicApi(typeof(LabourDataset.DatasetInfo).Assembly.Location).ShouldMatchApproved(c => c.SubFolder("Approved").NoDiff().WithDiscriminator("LabourDataset"));

    [Fact]
    public void Generator_public_api_is_approved()
        => ListPublicApi(typeof(LabourDataset.Generator.DataPackageGenerator).Assembly.Location).ShouldMatchApproved(c => c.SubFolder("Approved").NoDiff().WithDiscriminator("Generator"));

    [Fact]
    public void The_listing_contains_row_members_and_fields()
    {
        string api = ListPublicApi(typeof(LabourDataset.DatasetInfo).Assembly.Location);
        api.ShouldContain("public static LabourDataset.Instrument LabourDataset.Instruments.C029 { get; }");
        api.ShouldContain("public string LabourDataset.Instrument.Title { get; init; }");
    }
}
