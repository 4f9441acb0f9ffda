using System.Collections;
using System.Globalization;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;

namespace LabourDataset.Cli.Tests;

/// <summary>
/// Reads an export back with DuckDB (the other side's reader): a Parquet file through read_parquet, or a table of a
/// DuckDB database, and compares it with the rows it came from: column names and types, row count, the count of nulls
/// of every column, the sum of every numeric column, and every cell (rows matched by primary key).
/// </summary>
internal static partial class DuckDbReadBack
{
    public static DuckDBConnection OpenMemory()
    {
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        return connection;
    }

    public static DuckDBConnection OpenReadOnly(string file)
    {
        var connection = new DuckDBConnection($"Data Source={file};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return connection;
    }

    public static string Parquet(string file) => $"read_parquet('{file.Replace("'", "''", StringComparison.Ordinal)}')";

    public static string Table(string name) => "\"" + name + "\"";

    public static List<object?[]> Query(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using DuckDBDataReader reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static object? Scalar(DuckDBConnection connection, string sql) => Query(connection, sql).Single()[0];

    /// <summary>The DuckDB type a field must have: the Table Schema type mapped, decimals wide enough for their values.</summary>
    public static void TypeMatches(TableData table, int c, string actualType)
    {
        DataPackageField field = table.Fields[c];
        string where = $"{table.Name}.{field.Name}";
        switch (field.Type)
        {
            case "number":
                decimal[] values = table.Rows.Select(r => r[c]).OfType<decimal>().ToArray();
                int scale = values.Length == 0 ? 0 : values.Max(v => v.Scale);
                int digits = values.Length == 0 ? 1 : values.Max(v => v.ToString(CultureInfo.InvariantCulture).TrimStart('-').Split('.')[0].TrimStart('0').Length) + scale;
                if (digits > 38)
                {
                    actualType.ShouldBe("VARCHAR", where + ": more than 38 digits, kept as exact text");
                    break;
                }

                Match m = DecimalType().Match(actualType);
                m.Success.ShouldBeTrue($"{where}: {actualType} is not DECIMAL(p,s)");
                int p = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                int s = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                s.ShouldBe(scale, where + " scale: the most decimals of any value");
                p.ShouldBeGreaterThanOrEqualTo(digits, where + " precision");
                p.ShouldBeLessThanOrEqualTo(38, where + " precision");
                break;
            default:
                actualType.ShouldBe(field.Type switch
                {
                    "integer" => "BIGINT",
                    "year" => "INTEGER",
                    "boolean" => "BOOLEAN",
                    "date" => "DATE",
                    "array" => "VARCHAR[]",
                    _ => "VARCHAR",
                }, where);
                break;
        }
    }

    /// <summary>Types, count, nulls and sums per column, and every cell of <paramref name="source"/> against <paramref name="table"/>.</summary>
    public static void Matches(DuckDBConnection connection, TableData table, string source)
    {
        List<object?[]> described = Query(connection, $"DESCRIBE SELECT * FROM {source}");
        described.Select(d => (string)d[0]!).ShouldBe(table.Fields.Select(f => f.Name), table.Name + " columns");
        for (int c = 0; c < table.Fields.Count; c++)
        {
            TypeMatches(table, c, (string)described[c][1]!);
        }

        Convert.ToInt64(Scalar(connection, $"SELECT count(*) FROM {source}"), CultureInfo.InvariantCulture)
            .ShouldBe(table.Rows.Count, table.Name + " rows");
        for (int c = 0; c < table.Fields.Count; c++)
        {
            DataPackageField field = table.Fields[c];
            string column = "\"" + field.Name + "\"";
            string where = $"{table.Name}.{field.Name}";
            int index = c;
            Convert.ToInt64(Scalar(connection, $"SELECT count(*) FILTER (WHERE {column} IS NULL) FROM {source}"), CultureInfo.InvariantCulture)
                .ShouldBe(table.Rows.Count(r => r[index] is null), where + " nulls");
            if (field.Type is "integer" or "year" or "number" && (string)described[c][1]! != "VARCHAR")
            {
                object? sum = Scalar(connection, $"SELECT CAST(sum({column}) AS VARCHAR) FROM {source}");
                decimal expected = table.Rows.Select(r => r[index]).Where(v => v is not null).Sum(v => Convert.ToDecimal(v, CultureInfo.InvariantCulture));
                (sum is null ? 0m : decimal.Parse((string)sum, CultureInfo.InvariantCulture)).ShouldBe(expected, where + " sum");
            }
        }

        int key = table.Fields.ToList().FindIndex(f => f.Name == table.PrimaryKey.Single());
        Dictionary<string, object?[]> byKey = Query(connection, $"SELECT * FROM {source}").ToDictionary(r => (string)r[key]!, StringComparer.Ordinal);
        foreach (IReadOnlyList<object?> row in table.Rows)
        {
            string id = (string)row[key]!;
            byKey.ShouldContainKey(id, table.Name);
            object?[] actual = byKey[id];
            for (int c = 0; c < table.Fields.Count; c++)
            {
                CellMatches(row[c], actual[c], $"{table.Name} {id} {table.Fields[c].Name}");
            }
        }
    }

    public static void CellMatches(object? expected, object? actual, string where)
    {
        switch (expected)
        {
            case null:
                actual.ShouldBeNull(where);
                break;
            case long l:
                actual.ShouldBeOfType<long>(where).ShouldBe(l, where);
                break;
            case int i:
                actual.ShouldBeOfType<int>(where).ShouldBe(i, where);
                break;
            case decimal d when actual is string text:
                text.ShouldBe(d.ToString(CultureInfo.InvariantCulture), where + " (exact text)");
                break;
            case decimal d:
                decimal read = actual.ShouldBeOfType<decimal>(where);
                read.ShouldBe(d, where);
                read.Scale.ShouldBeGreaterThanOrEqualTo(d.Scale, where + ": no decimal lost");
                break;
            case bool b:
                actual.ShouldBeOfType<bool>(where).ShouldBe(b, where);
                break;
            case DateOnly date:
                (actual switch
                {
                    DateOnly x => x,
                    DateTime x => DateOnly.FromDateTime(x),
                    _ => throw new InvalidOperationException($"{where}: {actual?.GetType()} is not a date"),
                }).ShouldBe(date, where);
                break;
            case IReadOnlyList<string> items:
                actual.ShouldNotBeNull(where);
                ((IEnumerable)actual).Cast<string>().ShouldBe(items, where);
                break;
            default:
                actual.ShouldBeOfType<string>(where).ShouldBe((string)expected, where);
                break;
        }
    }

    [GeneratedRegex(@"^DECIMAL\((\d+),(\d+)\)$")]
    private static partial Regex DecimalType();
}
