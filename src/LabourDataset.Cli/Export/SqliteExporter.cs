using System.Globalization;
using System.Text;
using LabourDataset.Cli.Data;
using Microsoft.Data.Sqlite;

namespace LabourDataset.Cli.Export;

/// <summary>
/// SQLite: one table per resource with PRIMARY KEY, NOT NULL and FOREIGN KEY constraints from the schema.
/// Types: integer and year INTEGER, boolean INTEGER (0/1), string and date TEXT (dates as YYYY-MM-DD), arrays TEXT
/// (JSON), and numbers TEXT holding the exact invariant decimal string, so no digit is lost (CAST(x AS REAL) to compute).
/// A table "_datapackage" holds the name, version and content hash.
/// </summary>
internal static class SqliteExporter
{
    public const string MetadataTable = "_datapackage";

    public static void Write(Catalog catalog, IReadOnlyList<CatalogTable> tables, string path)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        };
        using var connection = new SqliteConnection(builder.ToString());
        connection.Open();
        using (SqliteTransaction transaction = connection.BeginTransaction())
        {
            Execute(connection, transaction, $"CREATE TABLE {Quote(MetadataTable)} (\"key\" TEXT PRIMARY KEY NOT NULL, \"value\" TEXT NOT NULL)");
            foreach ((string key, string value) in new[] { ("name", catalog.Name), ("version", catalog.Version), ("contentHash", catalog.ContentHash) })
            {
                using SqliteCommand insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = $"INSERT INTO {Quote(MetadataTable)} (\"key\", \"value\") VALUES ($k, $v)";
                insert.Parameters.AddWithValue("$k", key);
                insert.Parameters.AddWithValue("$v", value);
                insert.ExecuteNonQuery();
            }

            var exported = new HashSet<string>(tables.Select(t => t.Name), StringComparer.Ordinal);
            // Every table exists before any row goes in, and foreign keys are checked at commit: a table may refer to
            // one declared after it (observations -> conflicts), so no insertion order satisfies immediate checks.
            foreach (CatalogTable table in tables) Execute(connection, transaction, CreateTableSql(table, catalog, exported));
            foreach (CatalogTable table in tables) InsertRows(connection, transaction, table);

            transaction.Commit();
        }

        connection.Close();
    }

    /// <summary>CREATE TABLE for a resource; foreign keys only to tables in <paramref name="exported"/>.</summary>
    public static string CreateTableSql(CatalogTable table, Catalog catalog, IReadOnlySet<string> exported)
    {
        var sql = new StringBuilder();
        sql.Append("CREATE TABLE ").Append(Quote(table.Name)).Append(" (");
        var parts = new List<string>();
        foreach (DataPackageField field in table.Fields)
        {
            parts.Add($"{Quote(field.Name)} {ColumnType(field.Type)}{(field.Required ? " NOT NULL" : string.Empty)}");
        }

        if (table.PrimaryKey.Count > 0)
        {
            parts.Add($"PRIMARY KEY ({string.Join(", ", table.PrimaryKey.Select(Quote))})");
        }

        foreach (DataPackageField field in table.Fields)
        {
            if (field.ForeignKeyResource is { } target
                && exported.Contains(target)
                && catalog.Find(target) is { PrimaryKey.Count: 1 } referenced)
            {
                parts.Add($"FOREIGN KEY ({Quote(field.Name)}) REFERENCES {Quote(target)} ({Quote(referenced.PrimaryKey[0])}) DEFERRABLE INITIALLY DEFERRED");
            }
        }

        sql.Append(string.Join(", ", parts)).Append(')');
        return sql.ToString();
    }

    public static string ColumnType(string tableSchemaType) => tableSchemaType switch
    {
        "integer" or "year" or "boolean" => "INTEGER",
        _ => "TEXT",
    };

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void InsertRows(SqliteConnection connection, SqliteTransaction transaction, CatalogTable table)
    {
        using SqliteCommand insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", table.Fields.Select(f => Quote(f.Name)))}) "
            + $"VALUES ({string.Join(", ", table.Fields.Select((_, i) => "$p" + i.ToString(CultureInfo.InvariantCulture)))})";
        var parameters = new SqliteParameter[table.Fields.Count];
        for (int i = 0; i < parameters.Length; i++)
        {
            parameters[i] = insert.Parameters.Add("$p" + i.ToString(CultureInfo.InvariantCulture), table.Fields[i].Type == "integer" || table.Fields[i].Type == "year" || table.Fields[i].Type == "boolean" ? SqliteType.Integer : SqliteType.Text);
        }

        insert.Prepare();
        foreach (IReadOnlyList<object?> row in table.Rows)
        {
            for (int i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = ToSqlite(row[i]);
            }

            insert.ExecuteNonQuery();
        }
    }

    private static object ToSqlite(object? value) => value switch
    {
        null => DBNull.Value,
        long l => l,
        int i => (long)i,
        bool b => b ? 1L : 0L,
        _ => Values.ToInvariant(value)!,
    };

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using SqliteCommand command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
