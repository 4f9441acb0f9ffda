using System.Text.Json;
using LabourDataset.Cli.Data;
using LabourDataset.Cli.Queries;

namespace LabourDataset.Cli.Json;

/// <summary>One row with what it references and what references it, as 'get --json' prints it.</summary>
internal static class RecordJson
{
    public static void Write(Utf8JsonWriter w, CatalogTable table, IReadOnlyList<object?> row, RowReferences links)
    {
        w.WriteStartObject();
        w.WriteString("table", table.Name);
        w.WriteString("key", table.KeyOf(row));
        w.WriteStringOrNull("label", table.LabelOf(row));
        w.WritePropertyName("values");
        CatalogJson.WriteRow(w, table, row);
        w.WriteStartArray("references");
        foreach (Reference reference in links.References)
        {
            w.WriteStartObject();
            w.WriteString("field", table.Fields[reference.Field].Name);
            w.WriteString("table", reference.Table);
            w.WriteString("key", reference.Key);
            w.WriteBoolean("found", reference.Label is not null);
            w.WriteStringOrNull("label", reference.Label);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (links.Source is not { } source)
        {
            w.WriteNull("source");
        }
        else
        {
            w.WriteStartObject("source");
            w.WriteString("id", source.Key);
            w.WriteStringOrNull("title", source.Label);
            w.WriteStringOrNull("locator", links.Locator);
            w.WriteEndObject();
        }

        w.WriteStartArray("referencedBy");
        foreach (ReferencingField referencing in links.ReferencedBy)
        {
            w.WriteStartObject();
            w.WriteString("table", referencing.Table);
            w.WriteString("field", referencing.Field);
            w.WriteNumber("rows", referencing.Count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
