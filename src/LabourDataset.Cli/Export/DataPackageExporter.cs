using System.Text.Json;
using LabourDataset.Cli.Data;
using LabourDataset.Cli.Json;

namespace LabourDataset.Cli.Export;

/// <summary>
/// A CSV-based Frictionless data package: <c>datapackage.json</c> plus one RFC 4180 CSV per table (the same files as
/// <see cref="CsvExporter"/> writes: header row, CRLF, UTF-8 without BOM, invariant numbers and dates, a JSON array
/// text for an array cell, which is how Table Schema v1 and v2 read an <c>array</c> field from CSV).
/// The descriptor carries the package's name, version, title, description, licences and sources, and for each
/// resource its CSV <c>path</c>, <c>format</c>, <c>mediatype</c>, <c>encoding</c> and the Table Schema as the library
/// knows it (<see cref="DatasetInfo.Tables"/>): field types and descriptions, <c>required</c> constraints, the
/// primary key and the foreign keys (to the referenced table's primary key; only to tables in the export).
/// A null is an empty cell, declared by <c>missingValues: [""]</c>; a CSV cannot tell an empty string from a null
/// under that rule, so a reader gets null for both (the data holds no empty strings).
/// </summary>
/// <remarks>
/// <c>$schema</c> declares Data Package v2 (v2 reads v1's CSV resources unchanged); <c>profile</c> keeps v1 readers
/// (datapackage-js, datapackage-r, frictionless-py) treating every resource as tabular. Array fields carry
/// <c>arrayItem: {"type": "string"}</c> (v2; v1 ignores it), since the library types them as lists of strings.
/// </remarks>
internal static class DataPackageExporter
{
    public const string DescriptorFile = "datapackage.json";
    public const string SchemaV2 = "https://datapackage.org/profiles/2.0/datapackage.json";

    public static void Write(Catalog catalog, IReadOnlyList<CatalogTable> tables, string directory)
    {
        foreach (CatalogTable table in tables)
        {
            CsvExporter.Write(table, Path.Combine(directory, table.Name + CsvExporter.Extension));
        }

        using var stream = new FileStream(Path.Combine(directory, DescriptorFile), FileMode.CreateNew, FileAccess.Write);
        using (var writer = new Utf8JsonWriter(stream, JsonOutput.Options))
        {
            WriteDescriptor(catalog, tables, writer);
        }

        stream.WriteByte((byte)'\n');
    }

    public static void WriteDescriptor(Catalog catalog, IReadOnlyList<CatalogTable> tables, Utf8JsonWriter w)
    {
        var exported = new HashSet<string>(tables.Select(t => t.Name), StringComparer.Ordinal);
        w.WriteStartObject();
        w.WriteString("$schema", SchemaV2);
        w.WriteString("profile", "tabular-data-package");
        w.WriteString("name", catalog.Name);
        WriteIfPresent(w, "title", catalog.Title);
        WriteIfPresent(w, "description", catalog.Description);
        w.WriteString("version", catalog.Version);
        w.WriteStartArray("licenses");
        foreach (DataPackageLicense licence in catalog.Licenses)
        {
            w.WriteStartObject();
            w.WriteString("name", licence.Name);
            WriteIfPresent(w, "path", licence.Path);
            WriteIfPresent(w, "title", licence.Title);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("sources");
        foreach (DataPackageSource source in catalog.Sources)
        {
            w.WriteStartObject();
            WriteIfPresent(w, "title", source.Title);
            WriteIfPresent(w, "path", source.Path);
            WriteIfPresent(w, "version", source.Version);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("resources");
        foreach (CatalogTable table in tables)
        {
            WriteResource(w, table, catalog, exported);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteResource(Utf8JsonWriter w, CatalogTable table, Catalog catalog, HashSet<string> exported)
    {
        w.WriteStartObject();
        w.WriteString("name", table.Name);
        w.WriteString("path", table.Name + CsvExporter.Extension);
        w.WriteString("profile", "tabular-data-resource");
        WriteIfPresent(w, "title", table.Title);
        WriteIfPresent(w, "description", table.Description);
        w.WriteString("format", "csv");
        w.WriteString("mediatype", "text/csv");
        w.WriteString("encoding", "utf-8");
        w.WriteStartObject("schema");
        w.WriteStartArray("fields");
        foreach (DataPackageField field in table.Fields)
        {
            w.WriteStartObject();
            w.WriteString("name", field.Name);
            w.WriteString("type", field.Type);
            if (field.Type == "array")
            {
                w.WriteStartObject("arrayItem");
                w.WriteString("type", "string");
                w.WriteEndObject();
            }

            WriteIfPresent(w, "description", field.Description);
            if (field.Required)
            {
                w.WriteStartObject("constraints");
                w.WriteBoolean("required", true);
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("missingValues");
        w.WriteStringValue(string.Empty);
        w.WriteEndArray();
        if (table.PrimaryKey.Count > 0)
        {
            w.WriteStringArray("primaryKey", table.PrimaryKey);
        }

        var foreignKeys = table.Fields
            .Where(f => f.ForeignKeyResource is { } target && exported.Contains(target))
            .Select(f => (Field: f.Name, Target: catalog.Find(f.ForeignKeyResource!)))
            .Where(fk => fk.Target is { PrimaryKey.Count: 1 })
            .ToList();
        if (foreignKeys.Count > 0)
        {
            w.WriteStartArray("foreignKeys");
            foreach ((string field, CatalogTable? target) in foreignKeys)
            {
                w.WriteStartObject();
                w.WriteStringArray("fields", [field]);
                w.WriteStartObject("reference");
                w.WriteString("resource", target!.Name);
                w.WriteStringArray("fields", target.PrimaryKey);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteIfPresent(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
