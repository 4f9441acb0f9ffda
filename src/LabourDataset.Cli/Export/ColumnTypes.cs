using System.Globalization;
using LabourDataset.Cli.Data;

namespace LabourDataset.Cli.Export;

/// <summary>What a Table Schema field becomes in a typed store (Parquet, DuckDB).</summary>
internal enum ColumnKind
{
    /// <summary>string: UTF-8 text.</summary>
    Text,

    /// <summary>integer: 64-bit integer (the library's <see cref="long"/>).</summary>
    Int64,

    /// <summary>year: 32-bit integer (the library's <see cref="int"/>).</summary>
    Year,

    /// <summary>number: exact decimal with the precision and scale of <see cref="DecimalShape"/>.</summary>
    Decimal,

    /// <summary>number whose values need more than 38 digits: the exact invariant text (see <see cref="DecimalShape"/>).</summary>
    DecimalAsText,

    /// <summary>boolean.</summary>
    Boolean,

    /// <summary>date: a calendar date without time zone.</summary>
    Date,

    /// <summary>array: a list of strings (the library's <see cref="IReadOnlyList{T}"/> of string).</summary>
    TextList,
}

/// <summary>
/// The precision and scale that hold every value of a number column exactly: the scale is the largest scale of any
/// value (trailing zeros count, so 0.1000 keeps four decimals), the precision the most integer digits plus that scale,
/// at least 18 (the widest decimal that engines store in 64 bits, so a small later value does not change the type).
/// </summary>
internal readonly record struct DecimalShape(int Precision, int Scale)
{
    /// <summary>The widest DECIMAL of DuckDB, Spark and most Parquet readers (128-bit).</summary>
    public const int MaxPrecision = 38;

    private const int MinPrecision = 18;

    public bool Fits => Precision <= MaxPrecision;

    public static DecimalShape Of(IEnumerable<decimal> values)
    {
        int scale = 0;
        int integerDigits = 1;
        foreach (decimal value in values)
        {
            scale = Math.Max(scale, value.Scale);
            integerDigits = Math.Max(integerDigits, IntegerDigits(value));
        }

        return new DecimalShape(Math.Max(MinPrecision, integerDigits + scale), scale);
    }

    public string Sql => $"DECIMAL({Precision.ToString(CultureInfo.InvariantCulture)}, {Scale.ToString(CultureInfo.InvariantCulture)})";

    private static int IntegerDigits(decimal value)
    {
        decimal integer = Math.Abs(decimal.Truncate(value));
        int digits = 0;
        while (integer >= 1m)
        {
            integer = decimal.Truncate(integer / 10m);
            digits++;
        }

        return digits;
    }
}

/// <summary>A field of a table with the kind of column it becomes.</summary>
internal sealed record TypedColumn(DataPackageField Field, int Index, ColumnKind Kind, DecimalShape Shape)
{
    /// <summary>The columns of a table: Table Schema types mapped to typed columns, decimals shaped by their values.</summary>
    public static IReadOnlyList<TypedColumn> Of(CatalogTable table)
    {
        var columns = new TypedColumn[table.Fields.Count];
        for (int i = 0; i < columns.Length; i++)
        {
            DataPackageField field = table.Fields[i];
            ColumnKind kind = field.Type switch
            {
                "integer" => ColumnKind.Int64,
                "year" => ColumnKind.Year,
                "number" => ColumnKind.Decimal,
                "boolean" => ColumnKind.Boolean,
                "date" => ColumnKind.Date,
                "array" => ColumnKind.TextList,
                _ => ColumnKind.Text,
            };
            DecimalShape shape = default;
            if (kind == ColumnKind.Decimal)
            {
                int index = i;
                shape = DecimalShape.Of(table.Rows.Select(r => r[index]).OfType<decimal>());
                if (!shape.Fits)
                {
                    kind = ColumnKind.DecimalAsText;
                }
            }

            columns[i] = new TypedColumn(field, i, kind, shape);
        }

        return columns;
    }

    public string Name => Field.Name;

    public bool Nullable => !Field.Required;

    /// <summary>The cell of a row converted to what the column holds: long, int, decimal, bool, DateOnly, string, or string[].</summary>
    public object? Value(IReadOnlyList<object?> row)
    {
        object? value = row[Index];
        if (value is null)
        {
            return null;
        }

        return Kind switch
        {
            ColumnKind.Int64 => Convert.ToInt64(value, CultureInfo.InvariantCulture),
            ColumnKind.Year => Convert.ToInt32(value, CultureInfo.InvariantCulture),
            ColumnKind.Decimal => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
            ColumnKind.Boolean => (bool)value,
            ColumnKind.Date => value is DateOnly d ? d : DateOnly.Parse(Values.ToInvariant(value)!, CultureInfo.InvariantCulture),
            ColumnKind.TextList => value is IEnumerable<string> items ? items.ToArray() : throw new InvalidOperationException($"field '{Name}' holds a {value.GetType().Name}, not a string array"),
            _ => Values.ToInvariant(value),
        };
    }
}
