using System.Text.Json;

namespace LabourDataset.DataChangelog;

/// <summary>Kinds of change and the bump each one requires.</summary>
public enum ChangeKind
{
    PackageRenamed,
    ResourceRemoved,
    ResourcePathChanged,
    PrimaryKeyChanged,
    FieldRemoved,
    FieldTypeChanged,
    RowRemoved,
    ResourceAdded,
    FieldAdded,
    RowAdded,
    RowChanged,
    PackageMetadataChanged,
    ResourceMetadataChanged,
    FieldMetadataChanged,
    FieldsReordered,
}

public static class ChangeKinds
{
    /// <summary>The bump a change kind requires. MAJOR: removals, renames (seen as removal + addition), type and
    /// primary key changes; MINOR: additions; PATCH: corrected values and metadata. Field order is PATCH, not the
    /// recipe's MAJOR: rows are JSON objects and the generated records read fields by name, so order breaks nobody.</summary>
    public static BumpLevel Level(ChangeKind kind) => kind switch
    {
        ChangeKind.PackageRenamed or ChangeKind.ResourceRemoved or ChangeKind.ResourcePathChanged or ChangeKind.PrimaryKeyChanged
            or ChangeKind.FieldRemoved or ChangeKind.FieldTypeChanged or ChangeKind.RowRemoved => BumpLevel.Major,
        ChangeKind.ResourceAdded or ChangeKind.FieldAdded or ChangeKind.RowAdded => BumpLevel.Minor,
        _ => BumpLevel.Patch,
    };

    public static string Describe(ChangeKind kind) => kind switch
    {
        ChangeKind.PackageRenamed => "package renamed",
        ChangeKind.ResourceRemoved => "resources removed or renamed",
        ChangeKind.ResourcePathChanged => "resource paths changed",
        ChangeKind.PrimaryKeyChanged => "primary keys changed",
        ChangeKind.FieldRemoved => "fields removed or renamed",
        ChangeKind.FieldTypeChanged => "field types changed",
        ChangeKind.RowRemoved => "rows removed (or their keys changed)",
        ChangeKind.ResourceAdded => "resources added",
        ChangeKind.FieldAdded => "fields added",
        ChangeKind.RowAdded => "rows added",
        ChangeKind.RowChanged => "rows with corrected values",
        ChangeKind.PackageMetadataChanged => "package metadata changed",
        ChangeKind.ResourceMetadataChanged => "resource metadata changed",
        ChangeKind.FieldMetadataChanged => "field metadata changed",
        ChangeKind.FieldsReordered => "fields reordered",
        _ => kind.ToString(),
    };

    /// <summary>Machine name for JSON output, e.g. "rowAdded".</summary>
    public static string Id(ChangeKind kind)
    {
        string s = kind.ToString();
        return char.ToLowerInvariant(s[0]) + s[1..];
    }
}

/// <summary>Why a bump is required: how many changes of one kind.</summary>
public sealed record BumpReason(ChangeKind Kind, int Count)
{
    public BumpLevel Level => ChangeKinds.Level(Kind);
}

/// <summary>A descriptor property (package, resource, schema or field) whose value differs.</summary>
public sealed record PropertyChange(string Name, JsonElement? Old, JsonElement? New);

/// <summary>One cell that differs in a row present in both versions.</summary>
public sealed record ValueChange(string Field, JsonElement? Old, JsonElement? New);

/// <summary>A row present in both versions with at least one differing value.</summary>
public sealed record RowChange(RowKey Key, IReadOnlyList<ValueChange> Changes);

public sealed record FieldTypeChange(string Field, string OldType, string NewType);

public sealed record FieldMetadataChange(string Field, IReadOnlyList<PropertyChange> Changes);

public enum ResourceStatus
{
    Unchanged,
    Modified,
    Added,
    Removed,
}

/// <summary>Everything that differs in one resource (matched by name).</summary>
public sealed class ResourceDiff
{
    public required string Name { get; init; }

    public required ResourceStatus Status { get; init; }

    public string? OldPath { get; init; }

    public string? NewPath { get; init; }

    public int OldRowCount { get; init; }

    public int NewRowCount { get; init; }

    public IReadOnlyList<string> OldPrimaryKey { get; init; } = [];

    public IReadOnlyList<string> NewPrimaryKey { get; init; } = [];

    /// <summary>The fields rows were matched by (empty: by row index).</summary>
    public IReadOnlyList<string> MatchedBy { get; init; } = [];

    /// <summary>Fields of the resource as it is now (as it was, for a removed resource).</summary>
    public IReadOnlyList<FieldSnapshot> Fields { get; init; } = [];

    public IReadOnlyList<FieldSnapshot> FieldsAdded { get; init; } = [];

    public IReadOnlyList<FieldSnapshot> FieldsRemoved { get; init; } = [];

    public IReadOnlyList<FieldTypeChange> FieldTypeChanges { get; init; } = [];

    public IReadOnlyList<FieldMetadataChange> FieldMetadataChanges { get; init; } = [];

    /// <summary>Old and new order of the fields present in both versions, when it differs.</summary>
    public (IReadOnlyList<string> Old, IReadOnlyList<string> New)? FieldOrderChange { get; init; }

    /// <summary>Resource and schema properties (description, foreignKeys, ...) that differ.</summary>
    public IReadOnlyList<PropertyChange> MetadataChanges { get; init; } = [];

    public IReadOnlyList<RowKey> RowsAdded { get; init; } = [];

    public IReadOnlyList<RowKey> RowsRemoved { get; init; } = [];

    public IReadOnlyList<RowChange> RowsChanged { get; init; } = [];

    /// <summary>Problems met while matching rows (duplicate keys).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public bool PrimaryKeyChanged => Status == ResourceStatus.Modified && !OldPrimaryKey.SequenceEqual(NewPrimaryKey, StringComparer.Ordinal);

    public bool PathChanged => Status == ResourceStatus.Modified && OldPath is not null && NewPath is not null && !string.Equals(OldPath, NewPath, StringComparison.Ordinal);

    public bool HasSchemaChanges =>
        PrimaryKeyChanged || PathChanged || FieldsAdded.Count > 0 || FieldsRemoved.Count > 0 || FieldTypeChanges.Count > 0
        || FieldMetadataChanges.Count > 0 || FieldOrderChange is not null || MetadataChanges.Count > 0;

    public bool HasChanges => Status != ResourceStatus.Unchanged;
}

/// <summary>Identity of one side of the comparison.</summary>
public sealed record PackageInfo(string Label, bool IsEmpty, string? Name, string? Version, string? Title);

/// <summary>The result of <see cref="DataPackageDiff.Compare"/>.</summary>
public sealed class DiffResult
{
    public required PackageInfo Old { get; init; }

    public required PackageInfo New { get; init; }

    /// <summary>Package descriptor properties that differ, except <c>version</c> and <c>resources</c>.</summary>
    public required IReadOnlyList<PropertyChange> PackageChanges { get; init; }

    /// <summary>One entry per resource in either version, ordered by name (ordinal).</summary>
    public required IReadOnlyList<ResourceDiff> Resources { get; init; }

    /// <summary>Counts per kind of change, highest bump first.</summary>
    public required IReadOnlyList<BumpReason> Reasons { get; init; }

    public BumpLevel RequiredBump => Reasons.Count == 0 ? BumpLevel.None : Reasons.Max(r => r.Level);

    public required VersionCheck Check { get; init; }

    public int Count(ChangeKind kind) => Reasons.FirstOrDefault(r => r.Kind == kind)?.Count ?? 0;
}
