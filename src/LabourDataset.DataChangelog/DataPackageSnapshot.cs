using System.Text.Json;

namespace LabourDataset.DataChangelog;

/// <summary>Thrown when a data package cannot be read: missing folder, file or revision, or invalid JSON.</summary>
public sealed class DataPackageLoadException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>A field of a Table Schema, matched across versions by <see cref="Name"/>.</summary>
public sealed class FieldSnapshot
{
    public FieldSnapshot(string name, string type, string? format, string? itemType, IReadOnlyDictionary<string, JsonElement> metadata)
    {
        Name = name;
        Type = type;
        Format = format;
        ItemType = itemType;
        Metadata = metadata;
    }

    public string Name { get; }

    /// <summary>Table Schema type; "any" when the descriptor gives none.</summary>
    public string Type { get; }

    /// <summary>Format, null when absent or "default".</summary>
    public string? Format { get; }

    /// <summary>Type of the items of an array field (<c>arrayItem.type</c>), if any.</summary>
    public string? ItemType { get; }

    /// <summary>Every other property of the field (description, constraints, arrayItem, ...), compared as metadata.</summary>
    public IReadOnlyDictionary<string, JsonElement> Metadata { get; }

    /// <summary>What a consumer parses the value as: type, format and item type, e.g. <c>array&lt;string&gt;</c> or <c>date:%d/%m/%Y</c>.</summary>
    public string TypeSignature =>
        Type + (Format is null ? "" : ":" + Format) + (ItemType is null ? "" : "<" + ItemType + ">");
}

/// <summary>One resource (table) of a data package: schema plus rows.</summary>
public sealed class ResourceSnapshot
{
    public ResourceSnapshot(string name, string? path, IReadOnlyList<FieldSnapshot> fields, IReadOnlyList<string> primaryKey,
        IReadOnlyList<JsonElement> rows, IReadOnlyDictionary<string, JsonElement> metadata)
    {
        Name = name;
        Path = path;
        Fields = fields;
        PrimaryKey = primaryKey;
        Rows = rows;
        Metadata = metadata;
    }

    public string Name { get; }

    /// <summary>The resource's <c>path</c> (several paths joined with ", "), null for inline data.</summary>
    public string? Path { get; }

    public IReadOnlyList<FieldSnapshot> Fields { get; }

    /// <summary>Primary key field names; empty when the schema declares none (rows are then matched by index).</summary>
    public IReadOnlyList<string> PrimaryKey { get; }

    /// <summary>Rows as JSON objects, in file order.</summary>
    public IReadOnlyList<JsonElement> Rows { get; }

    /// <summary>Resource properties other than name, path, data and schema, plus schema properties other than
    /// fields and primaryKey under the prefix <c>schema.</c>.</summary>
    public IReadOnlyDictionary<string, JsonElement> Metadata { get; }

    public FieldSnapshot? FindField(string name) => Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.Ordinal));
}

/// <summary>A data package at one point in time: descriptor plus every resource's rows, fully loaded.</summary>
public sealed class DataPackageSnapshot
{
    public DataPackageSnapshot(string label, bool isEmpty, IReadOnlyDictionary<string, JsonElement> properties, IReadOnlyList<ResourceSnapshot> resources)
    {
        Label = label;
        IsEmpty = isEmpty;
        Properties = properties;
        Resources = resources;
    }

    /// <summary>Where the snapshot came from, for the changelog ("working tree `data/`", a revision, a folder).</summary>
    public string Label { get; }

    /// <summary>True for the "nothing yet" package used for an initial release (<c>--old-empty</c>).</summary>
    public bool IsEmpty { get; }

    /// <summary>Descriptor properties other than <c>resources</c> (name, version, title, licenses, ...).</summary>
    public IReadOnlyDictionary<string, JsonElement> Properties { get; }

    public IReadOnlyList<ResourceSnapshot> Resources { get; }

    public string? Name => StringProperty("name");

    public string? Version => StringProperty("version");

    public string? Title => StringProperty("title");

    public ResourceSnapshot? FindResource(string name) => Resources.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal));

    private string? StringProperty(string name) =>
        Properties.TryGetValue(name, out JsonElement e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;

    /// <summary>A package with no descriptor and no resources: the "old" side of an initial release.</summary>
    public static DataPackageSnapshot Empty(string label = "an empty package") =>
        new(label, isEmpty: true, new Dictionary<string, JsonElement>(StringComparer.Ordinal), []);

    /// <summary>Loads <c>datapackage.json</c> and its resource files from a folder. A repository root whose
    /// <c>data/</c> folder holds the descriptor is accepted too.</summary>
    public static DataPackageSnapshot FromFolder(string folder, string? label = null)
    {
        if (!Directory.Exists(folder)) throw new DataPackageLoadException($"folder not found: {folder}");
        string dir = folder;
        if (!File.Exists(System.IO.Path.Combine(dir, DataPackageReader.DescriptorFileName))
            && File.Exists(System.IO.Path.Combine(dir, "data", DataPackageReader.DescriptorFileName)))
        {
            dir = System.IO.Path.Combine(dir, "data");
        }

        string full = System.IO.Path.GetFullPath(dir);
        return DataPackageReader.Load(relative =>
        {
            string path = System.IO.Path.GetFullPath(System.IO.Path.Combine(full, relative));
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }, label ?? $"folder `{folder}`");
    }

    /// <summary>Loads a package held in memory: file name (relative to the descriptor, e.g. <c>datapackage.json</c>,
    /// <c>areas.json</c>) to JSON text.</summary>
    public static DataPackageSnapshot FromFiles(IReadOnlyDictionary<string, string> files, string label = "in-memory package")
    {
        ArgumentNullException.ThrowIfNull(files);
        return DataPackageReader.Load(relative => files.TryGetValue(relative, out string? text) ? text : null, label);
    }

    /// <summary>Loads <c>data/</c> as committed at a git revision, by <c>git show REV:data/FILE</c>.</summary>
    public static DataPackageSnapshot FromGitRevision(string repositoryRoot, string revision)
    {
        var git = new GitRepository(repositoryRoot);
        string commit = git.ResolveCommit(revision);
        string shortHash = git.ShortHash(commit);
        string label = commit.StartsWith(revision, StringComparison.OrdinalIgnoreCase)
            ? $"`data/` at `{shortHash}`"
            : $"`data/` at `{revision}` ({shortHash})";
        return DataPackageReader.Load(relative => git.ReadFile(commit, "data/" + relative), label);
    }
}
