using System.Text.Json;

namespace LabourDataset.DataChangelog;

/// <summary>Parses a data package descriptor and its JSON array-of-objects resource files through a file reader,
/// so the same code serves folders, git revisions and in-memory packages.</summary>
public static class DataPackageReader
{
    public const string DescriptorFileName = "datapackage.json";

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    /// <param name="readFile">Returns the text of a file given its path relative to the descriptor, or null when it does not exist.</param>
    /// <param name="label">Describes the package in messages and in the changelog.</param>
    public static DataPackageSnapshot Load(Func<string, string?> readFile, string label)
    {
        ArgumentNullException.ThrowIfNull(readFile);
        string text = readFile(DescriptorFileName) ?? throw new DataPackageLoadException($"{DescriptorFileName} not found in {label}");
        JsonElement root = Parse(text, DescriptorFileName, label);
        if (root.ValueKind != JsonValueKind.Object) throw new DataPackageLoadException($"{DescriptorFileName} in {label}: the descriptor is not a JSON object");

        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (JsonProperty p in root.EnumerateObject())
        {
            if (p.NameEquals("resources")) continue;
            properties[p.Name] = p.Value;
        }

        var resources = new List<ResourceSnapshot>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        if (root.TryGetProperty("resources", out JsonElement list))
        {
            if (list.ValueKind != JsonValueKind.Array) throw new DataPackageLoadException($"{DescriptorFileName} in {label}: `resources` is not an array");
            int index = 0;
            foreach (JsonElement r in list.EnumerateArray())
            {
                ResourceSnapshot resource = LoadResource(r, index++, readFile, label);
                if (!names.Add(resource.Name)) throw new DataPackageLoadException($"{DescriptorFileName} in {label}: resource `{resource.Name}` is declared twice");
                resources.Add(resource);
            }
        }

        return new DataPackageSnapshot(label, isEmpty: false, properties, resources);
    }

    private static ResourceSnapshot LoadResource(JsonElement r, int index, Func<string, string?> readFile, string label)
    {
        if (r.ValueKind != JsonValueKind.Object) throw new DataPackageLoadException($"{DescriptorFileName} in {label}: resource #{index} is not an object");
        string name = r.TryGetProperty("name", out JsonElement n) && n.ValueKind == JsonValueKind.String
            ? n.GetString()!
            : throw new DataPackageLoadException($"{DescriptorFileName} in {label}: resource #{index} has no name");

        var metadata = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (JsonProperty p in r.EnumerateObject())
        {
            if (p.NameEquals("name") || p.NameEquals("path") || p.NameEquals("data") || p.NameEquals("schema")) continue;
            metadata[p.Name] = p.Value;
        }

        // Schema: inline object, or a path to a schema file.
        var fields = new List<FieldSnapshot>();
        var primaryKey = new List<string>();
        if (r.TryGetProperty("schema", out JsonElement schema))
        {
            if (schema.ValueKind == JsonValueKind.String)
            {
                string schemaPath = schema.GetString()!;
                string schemaText = readFile(schemaPath) ?? throw new DataPackageLoadException($"{schemaPath} (schema of resource `{name}`) not found in {label}");
                schema = Parse(schemaText, schemaPath, label);
            }

            if (schema.ValueKind != JsonValueKind.Object) throw new DataPackageLoadException($"{DescriptorFileName} in {label}: the schema of resource `{name}` is not an object");
            foreach (JsonProperty p in schema.EnumerateObject())
            {
                if (p.NameEquals("fields"))
                {
                    if (p.Value.ValueKind != JsonValueKind.Array) throw new DataPackageLoadException($"{DescriptorFileName} in {label}: schema.fields of resource `{name}` is not an array");
                    foreach (JsonElement f in p.Value.EnumerateArray()) fields.Add(LoadField(f, name, label));
                }
                else if (p.NameEquals("primaryKey"))
                {
                    if (p.Value.ValueKind == JsonValueKind.String) primaryKey.Add(p.Value.GetString()!);
                    else if (p.Value.ValueKind == JsonValueKind.Array)
                    {
                        foreach (JsonElement k in p.Value.EnumerateArray())
                        {
                            if (k.ValueKind != JsonValueKind.String) throw new DataPackageLoadException($"{DescriptorFileName} in {label}: the primary key of resource `{name}` is not a list of field names");
                            primaryKey.Add(k.GetString()!);
                        }
                    }
                    else throw new DataPackageLoadException($"{DescriptorFileName} in {label}: the primary key of resource `{name}` is not a field name or a list of them");
                }
                else
                {
                    metadata["schema." + p.Name] = p.Value;
                }
            }
        }

        // Rows: inline data, or one or more files.
        var rows = new List<JsonElement>();
        string? pathText = null;
        if (r.TryGetProperty("path", out JsonElement path))
        {
            var paths = new List<string>();
            if (path.ValueKind == JsonValueKind.String) paths.Add(path.GetString()!);
            else if (path.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement p in path.EnumerateArray())
                {
                    if (p.ValueKind != JsonValueKind.String) throw new DataPackageLoadException($"{DescriptorFileName} in {label}: the path of resource `{name}` is not a string");
                    paths.Add(p.GetString()!);
                }
            }
            else throw new DataPackageLoadException($"{DescriptorFileName} in {label}: the path of resource `{name}` is not a string");

            foreach (string file in paths)
            {
                string text = readFile(file) ?? throw new DataPackageLoadException($"{file} (resource `{name}`) not found in {label}");
                AddRows(rows, Parse(text, file, label), file, label);
            }

            pathText = string.Join(", ", paths);
        }
        else if (r.TryGetProperty("data", out JsonElement data))
        {
            AddRows(rows, data, $"inline data of resource `{name}`", label);
        }
        else
        {
            throw new DataPackageLoadException($"{DescriptorFileName} in {label}: resource `{name}` has neither path nor data");
        }

        return new ResourceSnapshot(name, pathText, fields, primaryKey, rows, metadata);
    }

    private static FieldSnapshot LoadField(JsonElement f, string resource, string label)
    {
        if (f.ValueKind != JsonValueKind.Object || !f.TryGetProperty("name", out JsonElement n) || n.ValueKind != JsonValueKind.String)
            throw new DataPackageLoadException($"{DescriptorFileName} in {label}: a field of resource `{resource}` has no name");

        string type = f.TryGetProperty("type", out JsonElement t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : "any";
        string? format = f.TryGetProperty("format", out JsonElement fm) && fm.ValueKind == JsonValueKind.String && fm.GetString() != "default" ? fm.GetString() : null;
        string? itemType = f.TryGetProperty("arrayItem", out JsonElement ai) && ai.ValueKind == JsonValueKind.Object
                           && ai.TryGetProperty("type", out JsonElement it) && it.ValueKind == JsonValueKind.String
            ? it.GetString()
            : null;

        var metadata = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (JsonProperty p in f.EnumerateObject())
        {
            if (p.NameEquals("name") || p.NameEquals("type") || p.NameEquals("format")) continue;
            metadata[p.Name] = p.Value;
        }

        return new FieldSnapshot(n.GetString()!, type, format, itemType, metadata);
    }

    private static void AddRows(List<JsonElement> rows, JsonElement array, string file, string label)
    {
        if (array.ValueKind != JsonValueKind.Array) throw new DataPackageLoadException($"{file} in {label}: expected a JSON array of objects");
        int i = 0;
        foreach (JsonElement row in array.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Object) throw new DataPackageLoadException($"{file} in {label}: row {i} is not a JSON object");
            rows.Add(row);
            i++;
        }
    }

    private static JsonElement Parse(string text, string file, string label)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        try
        {
            using JsonDocument doc = JsonDocument.Parse(text, Options);
            return doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            string where = e.LineNumber is long line ? $" at line {line + 1}, position {e.BytePositionInLine + 1}" : "";
            throw new DataPackageLoadException($"{file} in {label}: invalid JSON{where}", e);
        }
    }
}
