using DuckDB.NET.Data;
using LabourDataset.Cli.Data;

namespace LabourDataset.Cli.Export;

/// <summary>
/// DuckDB (DuckDB.NET): one table per resource with typed columns, NOT NULL, PRIMARY KEY and FOREIGN KEY constraints.
/// Types: string VARCHAR, integer BIGINT, year INTEGER, number DECIMAL(p, s) shaped by <see cref="DecimalShape"/>
/// (exact; a column needing more than 38 digits, DuckDB's widest DECIMAL, would be VARCHAR holding the exact text),
/// boolean BOOLEAN, date DATE, array VARCHAR[] (null stays NULL, an empty array is []).
/// A table "_datapackage" holds the name, version and content hash.
/// </summary>
/// <remarks>
/// DuckDB checks a foreign key when the row goes in and has no deferred constraints, and a FOREIGN KEY clause may only
/// name a table that exists already (there is no ALTER TABLE ... ADD FOREIGN KEY). So the tables are created and
/// filled in dependency order: every table after the tables it refers to (conflicts before observations, whatever
/// the package's order). A foreign key that would need a table created later (a cycle between tables) is left out.
/// A key to the table itself (areas.parentCode, sources.citedIn, observations.restatesId, ...) is left out too:
/// DuckDB accepts the clause but checks each row only against rows inserted before it, and rows here may refer to
/// later rows; inserting them first with the key empty does not help either, since DuckDB cannot UPDATE a row that
/// another row refers to (its documented foreign-key limitation). Every key left out is named in the table's
/// COMMENT (duckdb_tables().comment), so the relation is still on record.
/// </remarks>
internal static class DuckDbExporter
{
    public const string MetadataTable = "_datapackage";

    /// <summary>How a table's COMMENT starts when it lists the foreign keys of the schema that are not declared.</summary>
    public const string OmittedComment = "foreign keys of the schema not declared in DuckDB: ";

    public static void Write(Catalog catalog, IReadOnlyList<CatalogTable> tables, string path)
    {
        using var connection = new DuckDBConnection(new DuckDBConnectionStringBuilder { DataSource = path }.ToString());
        connection.Open();
        Execute(connection, $"CREATE TABLE {Quote(MetadataTable)} (\"key\" VARCHAR PRIMARY KEY, \"value\" VARCHAR NOT NULL)");
        using (DuckDBAppender appender = connection.CreateAppender(MetadataTable))
        {
            foreach ((string key, string value) in new[] { ("name", catalog.Name), ("version", catalog.Version), ("contentHash", catalog.ContentHash) })
            {
                appender.CreateRow().AppendValue(key).AppendValue(value).EndRow();
            }
        }

        var exported = new HashSet<string>(tables.Select(t => t.Name), StringComparer.Ordinal);
        var created = new HashSet<string>(StringComparer.Ordinal);
        foreach (CatalogTable table in LoadOrder(tables))
        {
            IReadOnlyList<TypedColumn> columns = TypedColumn.Of(table);
            Execute(connection, CreateTableSql(table, columns, catalog, exported, created, out IReadOnlyList<string> omitted));
            if (omitted.Count > 0)
            {
                Execute(connection, $"COMMENT ON TABLE {Quote(table.Name)} IS {Literal(OmittedComment + string.Join("; ", omitted))}");
            }

            created.Add(table.Name);
            InsertRows(connection, table, columns);
        }

        Execute(connection, "CHECKPOINT");
    }

    /// <summary>The tables ordered so that each comes after every other table it refers to (package order otherwise).</summary>
    public static IReadOnlyList<CatalogTable> LoadOrder(IReadOnlyList<CatalogTable> tables)
    {
        var names = new HashSet<string>(tables.Select(t => t.Name), StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var visiting = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<CatalogTable>(tables.Count);

        void Visit(CatalogTable table)
        {
            if (done.Contains(table.Name) || !visiting.Add(table.Name))
            {
                return; // done, or a cycle: the foreign key that closes it is left out by CreateTableSql
            }

            foreach (DataPackageField field in table.Fields)
            {
                if (field.ForeignKeyResource is { } target && target != table.Name && names.Contains(target))
                {
                    Visit(tables.First(t => t.Name == target));
                }
            }

            visiting.Remove(table.Name);
            done.Add(table.Name);
            order.Add(table);
        }

        foreach (CatalogTable table in tables)
        {
            Visit(table);
        }

        return order;
    }

    /// <summary>
    /// CREATE TABLE for a resource, with foreign keys to the tables in <paramref name="created"/>; the schema's other
    /// foreign keys to tables in <paramref name="exported"/> are listed in <paramref name="omitted"/> with the reason.
    /// </summary>
    public static string CreateTableSql(
        CatalogTable table,
        IReadOnlyList<TypedColumn> columns,
        Catalog catalog,
        IReadOnlySet<string> exported,
        IReadOnlySet<string> created,
        out IReadOnlyList<string> omitted)
    {
        var parts = new List<string>();
        foreach (TypedColumn column in columns)
        {
            parts.Add($"{Quote(column.Name)} {ColumnType(column)}{(column.Nullable ? string.Empty : " NOT NULL")}");
        }

        if (table.PrimaryKey.Count > 0)
        {
            parts.Add($"PRIMARY KEY ({string.Join(", ", table.PrimaryKey.Select(Quote))})");
        }

        var left = new List<string>();
        foreach (DataPackageField field in table.Fields)
        {
            if (field.ForeignKeyResource is not { } target
                || !exported.Contains(target)
                || catalog.Find(target) is not { PrimaryKey.Count: 1 } referenced)
            {
                continue;
            }

            string relation = $"{field.Name} -> {target}.{referenced.PrimaryKey[0]}";
            if (target == table.Name)
            {
                left.Add(relation + " (same table)");
            }
            else if (created.Contains(target))
            {
                parts.Add($"FOREIGN KEY ({Quote(field.Name)}) REFERENCES {Quote(target)} ({Quote(referenced.PrimaryKey[0])})");
            }
            else
            {
                left.Add(relation + " (the tables refer to each other)");
            }
        }

        omitted = left;
        return $"CREATE TABLE {Quote(table.Name)} ({string.Join(", ", parts)})";
    }

    public static string ColumnType(TypedColumn column) => column.Kind switch
    {
        ColumnKind.Int64 => "BIGINT",
        ColumnKind.Year => "INTEGER",
        ColumnKind.Decimal => column.Shape.Sql,
        ColumnKind.Boolean => "BOOLEAN",
        ColumnKind.Date => "DATE",
        ColumnKind.TextList => "VARCHAR[]",
        _ => "VARCHAR",
    };

    public static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static void InsertRows(DuckDBConnection connection, CatalogTable table, IReadOnlyList<TypedColumn> columns)
    {
        using DuckDBAppender appender = connection.CreateAppender(table.Name);
        foreach (IReadOnlyList<object?> row in table.Rows)
        {
            IDuckDBAppenderRow target = appender.CreateRow();
            foreach (TypedColumn column in columns)
            {
                target = column.Value(row) switch
                {
                    null => target.AppendNullValue(),
                    long l => target.AppendValue(l),
                    int i => target.AppendValue(i),
                    decimal d => target.AppendValue(d),
                    bool b => target.AppendValue(b),
                    DateOnly d => target.AppendValue(d),
                    string[] items => target.AppendValue<string>(items),
                    string s => target.AppendValue(s),
                    object other => throw new InvalidOperationException($"{table.Name}.{column.Name}: cannot store a {other.GetType().Name}"),
                };
            }

            target.EndRow();
        }
    }

    private static void Execute(DuckDBConnection connection, string sql)
    {
        using DuckDBCommand command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
