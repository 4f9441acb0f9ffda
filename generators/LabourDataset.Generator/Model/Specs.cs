using System;

namespace LabourDataset.Generator.Model
{
    /// <summary>Where a JSON token sits in a file: enough to build a Roslyn Location later, without holding one.</summary>
    internal sealed record LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn);

    /// <summary>Field types of the supported Table Schema subset.</summary>
    internal enum FieldType
    {
        String,
        Integer,
        Number,
        Boolean,
        Date,
        Year,
        StringArray,
    }

    /// <summary>Constraints checked on every cell; nulls mean "not set".</summary>
    internal sealed record ConstraintsSpec(
        bool Required,
        bool Unique,
        EquatableArray<string> Enum,
        string? Minimum,
        string? Maximum,
        int? MinLength,
        int? MaxLength,
        string? Pattern);

    internal sealed record FieldSpec(
        string Name,
        string PropertyName,
        FieldType Type,
        string? Description,
        ConstraintsSpec Constraints,
        EquatableArray<string> MissingValues)
    {
        /// <summary>Primary-key fields are implicitly required (Table Schema).</summary>
        public bool IsNullable => !Constraints.Required;
    }

    /// <summary>A single-field foreign key, resolved to C# names on both sides.</summary>
    internal sealed record ForeignKeySpec(
        string FieldName,
        string TargetResource,
        string TargetField,
        string NavigationName,
        string ReverseName,
        string LookupMethodName);

    /// <summary>The schema of one resource, with every generated name decided.</summary>
    internal sealed record TableSpec(
        string Name,
        string Path,
        string ResolvedPath,
        string? Title,
        string? Description,
        string TypeName,
        string CollectionName,
        EquatableArray<FieldSpec> Fields,
        EquatableArray<string> PrimaryKey,
        EquatableArray<ForeignKeySpec> ForeignKeys,
        RowStorage Storage = RowStorage.Automatic);

    /// <summary>How a collection's rows are emitted: object creations per row, or a compact UTF-8 blob decoded on first use.</summary>
    internal enum RowStorage
    {
        Automatic,
        Inline,
        Compact,
    }

    /// <summary>A reverse navigation emitted on a referenced record: child rows pointing at it.</summary>
    internal sealed record ReverseLinkSpec(string PropertyName, string ChildTypeName, string ChildCollectionName, string LookupMethodName, string KeyFieldPropertyName);

    internal sealed record PackageSource(string Title, string? Path, string? Version);

    internal sealed record PackageLicense(string Name, string? Path, string? Title);

    /// <summary>Package-level facts that DatasetInfo exposes.</summary>
    internal sealed record PackageSpec(
        string Namespace,
        string Name,
        string Version,
        string? Title,
        string? Description,
        EquatableArray<PackageSource> Sources,
        EquatableArray<PackageLicense> Licenses,
        EquatableArray<TableSpec> Tables);

    /// <summary>One typed cell. Text holds the canonical invariant form of a scalar; Items the elements of an array.</summary>
    internal sealed record CellValue(bool IsNull, string? Text, EquatableArray<string> Items)
    {
        public static readonly CellValue Null = new CellValue(true, null, EquatableArray<string>.Empty);

        public static CellValue Scalar(string text) => new CellValue(false, text, EquatableArray<string>.Empty);

        public static CellValue Array(EquatableArray<string> items) => new CellValue(false, null, items);
    }

    internal sealed record RowData(EquatableArray<CellValue> Cells);

    /// <summary>The rows of one resource after parsing and validation, plus the hash of the file's canonical content.</summary>
    internal sealed record TableData(string ResourceName, EquatableArray<RowData> Rows, string ContentHash);
}
