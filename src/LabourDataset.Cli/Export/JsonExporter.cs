using System.Text.Json;
using LabourDataset.Cli.Data;
using LabourDataset.Cli.Json;

namespace LabourDataset.Cli.Export;

/// <summary>
/// JSON: an array of objects per table, one property per field (field names as in the data, null when empty),
/// decimals as JSON numbers with every digit, dates as YYYY-MM-DD, arrays as arrays.
/// </summary>
internal static class JsonExporter
{
    public const string Extension = ".json";

    public static void Write(CatalogTable table, string path)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var writer = new Utf8JsonWriter(stream, JsonOutput.Options);
        Write(table, writer);
        writer.Flush();
        stream.WriteByte((byte)'\n');
    }

    public static void Write(CatalogTable table, Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (IReadOnlyList<object?> row in table.Rows)
        {
            writer.WriteStartObject();
            for (int i = 0; i < table.Fields.Count; i++)
            {
                CatalogJson.WriteValue(writer, table.Fields[i].Name, row[i]);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
