using LabourDataset.Cli.Data;
using Parquet;
using Parquet.Schema;
using Parquet.Serialization;

namespace LabourDataset.Cli.Export;

/// <summary>
/// Parquet (Parquet.Net): one file per table, one typed column per field in schema order, one row group.
/// Types: string UTF8 (STRING), integer INT64, year INT32, number DECIMAL(p, s) shaped by <see cref="DecimalShape"/>
/// (every digit kept; a column needing more than 38 digits would be the exact invariant text instead), boolean
/// BOOLEAN, date DATE, array LIST&lt;STRING&gt;. Required fields are REQUIRED columns; a null is a null (a null
/// array is a null list, an empty array an empty list). The file's key-value metadata names the package, its
/// version and content hash, and the Table Schema type of each column.
/// </summary>
internal static class ParquetExporter
{
    public const string Extension = ".parquet";

    public static void Write(Catalog catalog, CatalogTable table, string path)
    {
        IReadOnlyList<TypedColumn> columns = TypedColumn.Of(table);
        var schema = new ParquetSchema(columns.Select(ToField).ToArray());
        var rows = new List<IDictionary<string, object?>>(table.Rows.Count);
        foreach (IReadOnlyList<object?> row in table.Rows)
        {
            var values = new Dictionary<string, object?>(columns.Count, StringComparer.Ordinal);
            foreach (TypedColumn column in columns)
            {
                object? value = column.Value(row);
                // The untyped serializer takes list items of a string column as character memory.
                values[column.Name] = value is string[] items ? items.Select(item => item.AsMemory()).ToArray() : value;
            }

            rows.Add(values);
        }

        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["datapackage.name"] = catalog.Name,
            ["datapackage.version"] = catalog.Version,
            ["datapackage.contentHash"] = catalog.ContentHash,
            ["datapackage.resource"] = table.Name,
        };
        foreach (TypedColumn column in columns)
        {
            metadata["tableschema.type." + column.Name] = column.Field.Type;
        }

        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite);
        // Parquet.Net writes asynchronously; the CLI is synchronous and has no synchronization context to deadlock.
        ParquetSerializer.SerializeUntypedAsync(rows, schema, stream, new ParquetOptions(), metadata)
            .GetAwaiter().GetResult();
        stream.Flush(flushToDisk: true);
    }

    private static Field ToField(TypedColumn column) => column.Kind switch
    {
        ColumnKind.Int64 => new DataField(column.Name, typeof(long), isNullable: column.Nullable),
        ColumnKind.Year => new DataField(column.Name, typeof(int), isNullable: column.Nullable),
        ColumnKind.Decimal => new DecimalDataField(column.Name, column.Shape.Precision, column.Shape.Scale, isNullable: column.Nullable),
        ColumnKind.Boolean => new DataField(column.Name, typeof(bool), isNullable: column.Nullable),
        ColumnKind.Date => new DataField(column.Name, typeof(DateOnly), isNullable: column.Nullable),
        ColumnKind.TextList => new ListField(column.Name, new DataField(ListField.ElementName, typeof(string), isNullable: false)),
        _ => new DataField(column.Name, typeof(string), isNullable: column.Nullable),
    };
}
