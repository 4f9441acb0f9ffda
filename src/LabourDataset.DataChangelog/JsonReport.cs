using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LabourDataset.DataChangelog;

/// <summary>Renders a <see cref="DiffResult"/> as JSON for machines: every detail, no cap, values as JSON.</summary>
public static class JsonReport
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(DiffResult diff)
    {
        ArgumentNullException.ThrowIfNull(diff);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            Package(w, "old", diff.Old);
            Package(w, "new", diff.New);
            w.WriteString("requiredBump", diff.RequiredBump.ToString().ToLowerInvariant());
            w.WriteString("actualBump", diff.Check.Actual.ToString().ToLowerInvariant());
            w.WriteBoolean("bumpSatisfied", diff.Check.Satisfied);
            if (diff.Check.MinimumVersion is null) w.WriteNull("minimumVersion");
            else w.WriteString("minimumVersion", diff.Check.MinimumVersion);
            w.WriteString("checkMessage", diff.Check.Message);

            w.WriteStartArray("reasons");
            foreach (BumpReason r in diff.Reasons)
            {
                w.WriteStartObject();
                w.WriteString("kind", ChangeKinds.Id(r.Kind));
                w.WriteString("level", r.Level.ToString().ToLowerInvariant());
                w.WriteNumber("count", r.Count);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Properties(w, "packageChanges", diff.PackageChanges);

            w.WriteStartArray("resources");
            foreach (ResourceDiff r in diff.Resources) Resource(w, r);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
    }

    private static void Package(Utf8JsonWriter w, string name, PackageInfo p)
    {
        w.WriteStartObject(name);
        w.WriteString("label", p.Label);
        w.WriteBoolean("empty", p.IsEmpty);
        String(w, "name", p.Name);
        String(w, "version", p.Version);
        String(w, "title", p.Title);
        w.WriteEndObject();
    }

    private static void Resource(Utf8JsonWriter w, ResourceDiff r)
    {
        w.WriteStartObject();
        w.WriteString("name", r.Name);
        w.WriteString("status", r.Status.ToString().ToLowerInvariant());
        String(w, "oldPath", r.OldPath);
        String(w, "newPath", r.NewPath);
        w.WriteNumber("oldRowCount", r.OldRowCount);
        w.WriteNumber("newRowCount", r.NewRowCount);
        Strings(w, "oldPrimaryKey", r.OldPrimaryKey);
        Strings(w, "newPrimaryKey", r.NewPrimaryKey);
        Strings(w, "matchedBy", r.MatchedBy);
        w.WriteNumber("rowsAddedCount", r.RowsAdded.Count);
        w.WriteNumber("rowsRemovedCount", r.RowsRemoved.Count);
        w.WriteNumber("rowsChangedCount", r.RowsChanged.Count);

        Fields(w, "fields", r.Fields);
        Fields(w, "fieldsAdded", r.FieldsAdded);
        Fields(w, "fieldsRemoved", r.FieldsRemoved);
        w.WriteStartArray("fieldTypeChanges");
        foreach (FieldTypeChange t in r.FieldTypeChanges)
        {
            w.WriteStartObject();
            w.WriteString("field", t.Field);
            w.WriteString("old", t.OldType);
            w.WriteString("new", t.NewType);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("fieldMetadataChanges");
        foreach (FieldMetadataChange m in r.FieldMetadataChanges)
        {
            w.WriteStartObject();
            w.WriteString("field", m.Field);
            Properties(w, "changes", m.Changes);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (r.FieldOrderChange is { } order)
        {
            w.WriteStartObject("fieldOrderChange");
            Strings(w, "old", order.Old);
            Strings(w, "new", order.New);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("fieldOrderChange");
        }

        Properties(w, "metadataChanges", r.MetadataChanges);
        Keys(w, "rowsAdded", r.RowsAdded);
        Keys(w, "rowsRemoved", r.RowsRemoved);
        w.WriteStartArray("rowsChanged");
        foreach (RowChange c in r.RowsChanged)
        {
            w.WriteStartObject();
            w.WriteString("key", c.Key.Display);
            w.WriteStartArray("changes");
            foreach (ValueChange v in c.Changes)
            {
                w.WriteStartObject();
                w.WriteString("field", v.Field);
                Value(w, "old", v.Old);
                Value(w, "new", v.New);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Strings(w, "warnings", r.Warnings);
        w.WriteEndObject();
    }

    private static void Fields(Utf8JsonWriter w, string name, IReadOnlyList<FieldSnapshot> fields)
    {
        w.WriteStartArray(name);
        foreach (FieldSnapshot f in fields)
        {
            w.WriteStartObject();
            w.WriteString("name", f.Name);
            w.WriteString("type", f.TypeSignature);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Keys(Utf8JsonWriter w, string name, IReadOnlyList<RowKey> keys)
    {
        w.WriteStartArray(name);
        foreach (RowKey k in keys) w.WriteStringValue(k.Display);
        w.WriteEndArray();
    }

    private static void Properties(Utf8JsonWriter w, string name, IReadOnlyList<PropertyChange> changes)
    {
        w.WriteStartArray(name);
        foreach (PropertyChange c in changes)
        {
            w.WriteStartObject();
            w.WriteString("property", c.Name);
            Value(w, "old", c.Old);
            Value(w, "new", c.New);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Value(Utf8JsonWriter w, string name, JsonElement? value)
    {
        w.WritePropertyName(name);
        if (JsonValues.IsAbsent(value)) w.WriteNullValue();
        else value!.Value.WriteTo(w);
    }

    private static void String(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }

    private static void Strings(Utf8JsonWriter w, string name, IReadOnlyList<string> values)
    {
        w.WriteStartArray(name);
        foreach (string v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
