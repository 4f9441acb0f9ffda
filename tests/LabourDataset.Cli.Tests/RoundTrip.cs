using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace LabourDataset.Cli.Tests;

/// <summary>Compares exported files with the rows they came from, row for row and cell for cell.</summary>
internal static class RoundTrip
{
    public static void CsvMatches(TableData table, string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF).ShouldBeFalse("no BOM");
        List<List<string?>> records = CsvReader.Parse(System.Text.Encoding.UTF8.GetString(bytes));
        records.Count.ShouldBe(table.Rows.Count + 1, $"{table.Name}: header + one record per row");
        records[0].ShouldBe(table.Fields.Select(f => (string?)f.Name).ToList());
        for (int r = 0; r < table.Rows.Count; r++)
        {
            List<string?> record = records[r + 1];
            record.Count.ShouldBe(table.Fields.Count, $"{table.Name} row {r}");
            for (int c = 0; c < table.Fields.Count; c++)
            {
                CellMatches(table, r, c, record[c]);
            }
        }
    }

    public static void JsonMatches(TableData table, JsonElement array)
    {
        array.ValueKind.ShouldBe(JsonValueKind.Array);
        array.GetArrayLength().ShouldBe(table.Rows.Count, table.Name);
        int r = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            item.EnumerateObject().Select(p => p.Name).ShouldBe(table.Fields.Select(f => f.Name), $"{table.Name} row {r}: field names in order");
            for (int c = 0; c < table.Fields.Count; c++)
            {
                object? expected = table.Rows[r][c];
                JsonElement actual = item.GetProperty(table.Fields[c].Name);
                string where = $"{table.Name} row {r} field {table.Fields[c].Name}";
                switch (expected)
                {
                    case null:
                        actual.ValueKind.ShouldBe(JsonValueKind.Null, where);
                        break;
                    case IReadOnlyList<string> items:
                        actual.ValueKind.ShouldBe(JsonValueKind.Array, where);
                        actual.EnumerateArray().Select(e => e.GetString()).ShouldBe(items, where);
                        break;
                    case long or int or decimal:
                        actual.ValueKind.ShouldBe(JsonValueKind.Number, where);
                        actual.GetRawText().ShouldBe(Expected.Text(expected), where);
                        break;
                    case bool b:
                        actual.GetBoolean().ShouldBe(b, where);
                        break;
                    default:
                        actual.ValueKind.ShouldBe(JsonValueKind.String, where);
                        actual.GetString().ShouldBe(Expected.Text(expected), where);
                        break;
                }
            }

            r++;
        }
    }

    public static void SqliteMatches(IReadOnlyList<TableData> tables, string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        var exported = tables.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (TableData table in tables)
        {
            // Schema: columns in order, NOT NULL for required fields, the primary key, and the foreign keys.
            var columns = Query(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table.Name}') ORDER BY cid");
            columns.Select(c => (string)c[0]!).ShouldBe(table.Fields.Select(f => f.Name), table.Name);
            for (int c = 0; c < table.Fields.Count; c++)
            {
                DataPackageField field = table.Fields[c];
                ((long)columns[c][2]! == 1).ShouldBe(field.Required, $"{table.Name}.{field.Name} NOT NULL");
                string expectedType = field.Type is "integer" or "year" or "boolean" ? "INTEGER" : "TEXT";
                ((string)columns[c][1]!).ShouldBe(expectedType, $"{table.Name}.{field.Name} type");
            }

            columns.Where(c => (long)c[3]! > 0).Select(c => (string)c[0]!).ShouldBe(table.PrimaryKey, $"{table.Name} primary key");
            var foreignKeys = Query(connection, $"SELECT \"from\", \"table\" FROM pragma_foreign_key_list('{table.Name}')")
                .Select(r => ((string)r[0]!, (string)r[1]!))
                .OrderBy(x => x.Item1, StringComparer.Ordinal)
                .ToList();
            var expectedForeignKeys = table.Fields
                .Where(f => f.ForeignKeyResource is not null && exported.Contains(f.ForeignKeyResource))
                .Select(f => (f.Name, f.ForeignKeyResource!))
                .OrderBy(x => x.Item1, StringComparer.Ordinal)
                .ToList();
            foreignKeys.ShouldBe(expectedForeignKeys, $"{table.Name} foreign keys");

            // Rows: in file order, cell for cell.
            var rows = Query(connection, $"SELECT * FROM \"{table.Name}\" ORDER BY rowid");
            rows.Count.ShouldBe(table.Rows.Count, table.Name);
            for (int r = 0; r < rows.Count; r++)
            {
                for (int c = 0; c < table.Fields.Count; c++)
                {
                    object? expected = table.Rows[r][c];
                    object? actual = rows[r][c];
                    string where = $"{table.Name} row {r} field {table.Fields[c].Name}";
                    switch (expected)
                    {
                        case null:
                            actual.ShouldBeNull(where);
                            break;
                        case long or int:
                            actual.ShouldBeOfType<long>(where);
                            ((long)actual!).ShouldBe(Convert.ToInt64(expected, System.Globalization.CultureInfo.InvariantCulture), where);
                            break;
                        case bool b:
                            actual.ShouldBe(b ? 1L : 0L, where);
                            break;
                        case decimal:
                            // Stored as TEXT: the exact invariant string, every digit kept.
                            actual.ShouldBeOfType<string>(where);
                            actual.ShouldBe(Expected.Text(expected), where);
                            break;
                        case IReadOnlyList<string> items:
                            actual.ShouldBeOfType<string>(where);
                            JsonSerializer.Deserialize<string[]>((string)actual!).ShouldBe(items, where);
                            break;
                        default:
                            actual.ShouldBe(Expected.Text(expected), where);
                            break;
                    }
                }
            }
        }

        Query(connection, "PRAGMA foreign_key_check").ShouldBeEmpty("every foreign key resolves");
    }

    public static List<object?[]> Query(SqliteConnection connection, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.CommandText = sql;
        using SqliteDataReader reader = command.ExecuteReader();
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

    private static void CellMatches(TableData table, int r, int c, string? actual)
    {
        object? expected = table.Rows[r][c];
        string where = $"{table.Name} row {r} field {table.Fields[c].Name}";
        if (expected is IReadOnlyList<string> items)
        {
            actual.ShouldNotBeNull(where);
            JsonSerializer.Deserialize<string[]>(actual).ShouldBe(items, where);
        }
        else
        {
            actual.ShouldBe(Expected.Text(expected), where);
        }
    }
}
