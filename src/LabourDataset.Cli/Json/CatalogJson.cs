using System.Globalization;
using System.Text.Json;
using LabourDataset.Cli.Data;

namespace LabourDataset.Cli.Json;

/// <summary>
/// Cell values and rows of the catalog as JSON, the same for every command and for 'export --format json': numbers as
/// JSON numbers with every digit kept, dates as yyyy-MM-dd strings, string arrays as arrays, null as null.
/// </summary>
internal static class CatalogJson
{
    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case int i:
                writer.WriteNumberValue(i);
                break;
            case decimal d:
                // The invariant text of a decimal keeps every digit (and its scale); never an exponent.
                writer.WriteRawValue(d.ToString(CultureInfo.InvariantCulture));
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case DateOnly d:
                writer.WriteStringValue(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                break;
            case IEnumerable<string> items:
                writer.WriteStartArray();
                foreach (string item in items)
                {
                    writer.WriteStringValue(item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Values.ToInvariant(value));
                break;
        }
    }

    public static void WriteValue(Utf8JsonWriter writer, string propertyName, object? value)
    {
        writer.WritePropertyName(propertyName);
        WriteValue(writer, value);
    }

    /// <summary>A row as one object, its fields in schema order.</summary>
    public static void WriteRow(Utf8JsonWriter writer, CatalogTable table, IReadOnlyList<object?> row)
    {
        writer.WriteStartObject();
        for (int i = 0; i < table.Fields.Count; i++)
        {
            WriteValue(writer, table.Fields[i].Name, row[i]);
        }

        writer.WriteEndObject();
    }
}
