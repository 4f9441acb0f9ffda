using System.Collections.Generic;
using System.Linq;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Descriptor
{
    // What datapackage.json declares, checked against the spec but not yet named in C#. These live only inside the
    // package step (they hold locations for later diagnostics); the pipeline sees the TableSpecs the naming stage makes.

    /// <summary>A 'csharp:*' name chosen in the descriptor, kept with where it was written.</summary>
    internal sealed record NameOverride(string Property, string Value, LocationInfo Location);

    internal sealed record DeclaredField(
        string Name,
        LocationInfo NameLocation,
        FieldType Type,
        string? Description,
        ConstraintsSpec Constraints,
        EquatableArray<string> MissingValues,
        NameOverride? PropertyName,
        string? FallbackFrom = null,
        EquatableArray<string> TrueValues = default,
        EquatableArray<string> FalseValues = default,
        StringFormat Format = StringFormat.Default,
        NumberFormat? NumberFormat = null,
        string? DatePattern = null,
        string? ListDelimiter = null,
        DeclaredEnum? Enum = null,
        FieldType ItemType = FieldType.String,
        bool BigInteger = false,
        ConstraintsSpec? ItemConstraints = null,
        FieldType? ItemJson = null);

    /// <summary>
    /// How a field with closed values (constraints.enum or v2 categories) wants its C# enum: the labels of v2 categories,
    /// whether they are ordered, a 'csharp:enumName' and the 'csharp:enum': false opt-out.
    /// </summary>
    internal sealed record DeclaredEnum(IReadOnlyDictionary<string, string> Labels, bool Ordered, NameOverride? TypeName, bool Typed, LocationInfo Location);

    /// <summary>
    /// A foreign key as declared: one field, or several (composite) matched pairwise with the referenced fields. After
    /// <see cref="ForeignKeyResolver"/> only keys whose target exists, is that table's primary key and has the same
    /// types remain.
    /// </summary>
    internal sealed record DeclaredForeignKey(
        IReadOnlyList<string> FieldNames,
        string TargetResource,
        IReadOnlyList<string> TargetFields,
        LocationInfo Location,
        NameOverride? NavigationName,
        NameOverride? ReverseName)
    {
        public string FieldName => FieldNames[0];

        public string TargetField => TargetFields[0];

        public bool IsComposite => FieldNames.Count > 1;

        /// <summary>The referencing fields in the order of the target's primary key (the order of its Get parameters).</summary>
        public IReadOnlyList<string> FieldsInKeyOrder(IReadOnlyList<string> targetPrimaryKey)
            => targetPrimaryKey.Select(k => FieldNames[IndexOf(TargetFields, k)]).ToList();

        private static int IndexOf(IReadOnlyList<string> list, string item)
        {
            for (int i = 0; i < list.Count; i++) if (list[i] == item) return i;
            return -1;
        }
    }

    internal sealed record DeclaredResource(
        string Name,
        LocationInfo NameLocation,
        string Path,
        string ResolvedPath,
        string? Title,
        string? Description,
        NameOverride? TypeName,
        NameOverride? CollectionName,
        RowStorage Storage,
        IReadOnlyList<DeclaredField> Fields,
        IReadOnlyList<string> PrimaryKey,
        IReadOnlyList<DeclaredForeignKey> ForeignKeys,
        ResourceFormat Format = ResourceFormat.Json,
        CsvDialect? Dialect = null,
        IReadOnlyList<UniqueKeySpec>? UniqueKeys = null,
        InlineSpan? InlineData = null,
        IReadOnlyList<string>? Parts = null,
        JsonDialect? JsonDialect = null);

    /// <summary>The package; Name or Version is null when it was missing or invalid (already reported).</summary>
    internal sealed record DeclaredPackage(
        string? Name,
        string? Version,
        string? Title,
        string? Description,
        NameOverride? Namespace,
        IReadOnlyList<PackageSource> Sources,
        IReadOnlyList<PackageLicense> Licenses,
        IReadOnlyList<DeclaredResource> Resources);
}
