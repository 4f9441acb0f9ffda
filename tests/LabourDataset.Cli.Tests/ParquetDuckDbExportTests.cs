using System.Globalization;
using DuckDB.NET.Data;
using LabourDataset.Cli.Data;

namespace LabourDataset.Cli.Tests;

/// <summary>
/// `labour export --format parquet` and `--format duckdb`, each read back with DuckDB: read_parquet over the Parquet
/// files (written by Parquet.Net) and a read-only connection to the database file. Counts, nulls and sums per column
/// equal the library's, every cell equals the library's value, and a few values are checked by hand.
/// </summary>
public sealed class ParquetDuckDbExportTests
{
    [Fact]
    public void Parquet_export_of_every_table_reads_back_in_duckdb_typed_with_the_library_counts_sums_and_cells()
    {
        using var dir = new TempDir();
        Cli.Run("export", "--format", "parquet", "--out", dir["pq"]).ShouldSucceed();

        IReadOnlyList<TableData> tables = TableData.FromDataset();
        Directory.GetFiles(dir["pq"]).Select(Path.GetFileName).Order(StringComparer.Ordinal)
            .ShouldBe(tables.Select(t => t.Name + ".parquet").Order(StringComparer.Ordinal));
        using DuckDBConnection duck = DuckDbReadBack.OpenMemory();
        foreach (TableData table in tables)
        {
            DuckDbReadBack.Matches(duck, table, DuckDbReadBack.Parquet(Path.Combine(dir["pq"], table.Name + ".parquet")));
        }

        ObservationsMatchTheLibrary(duck, DuckDbReadBack.Parquet(Path.Combine(dir["pq"], "observations.parquet")));
        ArraysAndNullsRoundTrip(duck, DuckDbReadBack.Parquet(Path.Combine(dir["pq"], "sources.parquet")));
        DuckDbReadBack.Scalar(duck, $"SELECT decode(value) FROM parquet_kv_metadata('{Path.Combine(dir["pq"], "observations.parquet")}') WHERE decode(key) = 'datapackage.contentHash'")
            .ShouldBe(DatasetInfo.ContentHash);
        dir.Entries().ShouldNotContain(e => e.Contains(".tmp-", StringComparison.Ordinal));
    }

    [Fact]
    public void Duckdb_export_reads_back_typed_with_keys_and_the_library_counts_sums_and_cells()
    {
        using var dir = new TempDir();
        Cli.Run("export", "--format", "duckdb", "--out", dir["labour.duckdb"]).ShouldSucceed();

        dir.Entries().ShouldBe(["labour.duckdb"]);
        using DuckDBConnection duck = DuckDbReadBack.OpenReadOnly(dir["labour.duckdb"]);
        IReadOnlyList<TableData> tables = TableData.FromDataset();
        DuckDbReadBack.Query(duck, "SELECT table_name FROM duckdb_tables() ORDER BY table_name").Select(r => (string)r[0]!)
            .ShouldBe(tables.Select(t => t.Name).Append("_datapackage").Order(StringComparer.Ordinal));
        foreach (TableData table in tables)
        {
            DuckDbReadBack.Matches(duck, table, DuckDbReadBack.Table(table.Name));
            KeysMatch(duck, table, tables.Select(t => t.Name).ToHashSet(StringComparer.Ordinal));
        }

        ObservationsMatchTheLibrary(duck, "observations");
        ArraysAndNullsRoundTrip(duck, "sources");
        DuckDbReadBack.Scalar(duck, "SELECT value FROM _datapackage WHERE key = 'contentHash'").ShouldBe(DatasetInfo.ContentHash);
    }

    [Fact]
    public void Parquet_and_duckdb_exports_of_tricky_values_keep_every_digit_null_empty_array_and_date()
    {
        using var dir = new TempDir();
        Catalog catalog = Synthetic.Create();
        Cli.RunOn(catalog, "export", "--format", "parquet", "--out", dir["pq"]).ShouldSucceed();
        Cli.RunOn(catalog, "export", "--format", "duckdb", "--out", dir["s.duckdb"]).ShouldSucceed();

        using (DuckDBConnection memory = DuckDbReadBack.OpenMemory())
        {
            foreach (CatalogTable table in catalog.Tables)
            {
                DuckDbReadBack.Matches(memory, Synthetic.Data(table), DuckDbReadBack.Parquet(Path.Combine(dir["pq"], table.Name + ".parquet")));
            }

            TrickyValues(memory, DuckDbReadBack.Parquet(Path.Combine(dir["pq"], "places.parquet")), DuckDbReadBack.Parquet(Path.Combine(dir["pq"], "facts.parquet")));
        }

        using DuckDBConnection file = DuckDbReadBack.OpenReadOnly(dir["s.duckdb"]);
        foreach (CatalogTable table in catalog.Tables)
        {
            DuckDbReadBack.Matches(file, Synthetic.Data(table), DuckDbReadBack.Table(table.Name));
        }

        TrickyValues(file, "places", "facts");
        // facts.placeCode -> places is declared; places.parentCode -> places (same table) is named in the comment.
        DuckDbReadBack.Scalar(file, "SELECT count(*) FROM duckdb_constraints() WHERE table_name = 'facts' AND constraint_type = 'FOREIGN KEY'").ShouldBe(1L);
        ((string)DuckDbReadBack.Scalar(file, "SELECT comment FROM duckdb_tables() WHERE table_name = 'places'")!)
            .ShouldContain("parentCode -> places.code (same table)");
    }

    [Fact]
    public void Parquet_export_of_one_table_writes_one_file_and_duckdb_of_one_table_declares_no_key_to_missing_tables()
    {
        using var dir = new TempDir();
        Cli.Run("export", "--format", "parquet", "--table", "observations", "--out", dir["obs.parquet"]).ShouldSucceed();
        Cli.Run("export", "--format", "duckdb", "--table", "ratifications", "--out", dir["r.duckdb"]).ShouldSucceed();

        dir.Entries().ShouldBe(["obs.parquet", "r.duckdb"]);
        IReadOnlyList<TableData> tables = TableData.FromDataset();
        using (DuckDBConnection memory = DuckDbReadBack.OpenMemory())
        {
            DuckDbReadBack.Matches(memory, tables.Single(t => t.Name == "observations"), DuckDbReadBack.Parquet(dir["obs.parquet"]));
        }

        using DuckDBConnection file = DuckDbReadBack.OpenReadOnly(dir["r.duckdb"]);
        DuckDbReadBack.Query(file, "SELECT table_name FROM duckdb_tables() ORDER BY table_name").Select(r => (string)r[0]!)
            .ShouldBe(["_datapackage", "ratifications"]);
        DuckDbReadBack.Matches(file, tables.Single(t => t.Name == "ratifications"), "ratifications");
        DuckDbReadBack.Scalar(file, "SELECT count(*) FROM duckdb_constraints() WHERE constraint_type = 'FOREIGN KEY'").ShouldBe(0L);
    }

    [Fact]
    public void Duckdb_export_replaces_an_existing_file_and_leaves_no_temporary_or_wal_file()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir["s.duckdb"], "not a database");

        Cli.RunOn(Synthetic.Create(), "export", "--format", "duckdb", "--out", dir["s.duckdb"]).ShouldSucceed();

        dir.Entries().ShouldBe(["s.duckdb"]);
        using DuckDBConnection file = DuckDbReadBack.OpenReadOnly(dir["s.duckdb"]);
        DuckDbReadBack.Scalar(file, "SELECT count(*) FROM places").ShouldBe(4L);
    }

    [Theory]
    [InlineData("parquet", "nosuchtable", "unknown table 'nosuchtable'; did you mean")]
    [InlineData("duckdb", "observation", "did you mean 'observations'")]
    [InlineData("datapackage", "nosuchtable", "unknown table 'nosuchtable'; did you mean")]
    [InlineData("parqet", null, "unknown format 'parqet'; did you mean 'parquet'")]
    public void New_formats_with_bad_arguments_fail_and_leave_no_file(string format, string? table, string error)
    {
        using var dir = new TempDir();
        string[] args = table is null
            ? ["export", "--format", format, "--out", dir["out.x"]]
            : ["export", "--format", format, "--table", table, "--out", dir["out.x"]];

        Cli.Run(args).ShouldFailWithUsageError(error);
        dir.Entries().ShouldBeEmpty();
    }

    [Fact]
    public void Duckdb_export_to_a_directory_fails_and_writes_nothing()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(dir["db"]);

        Cli.Run("export", "--format", "duckdb", "--out", dir["db"]).ShouldFailWithUsageError("must be a file path");

        dir.Entries().ShouldBe(["db"]);
    }

    /// <summary>observations.value against LabourDataset.Observations.All: sum, nulls, and a decimal that keeps its digits.</summary>
    private static void ObservationsMatchTheLibrary(DuckDBConnection duck, string source)
    {
        decimal sum = Observations.All.Where(o => o.Value is not null).Sum(o => o.Value!.Value);
        decimal.Parse((string)DuckDbReadBack.Scalar(duck, $"SELECT CAST(sum(value) AS VARCHAR) FROM {source}")!, CultureInfo.InvariantCulture).ShouldBe(sum);
        DuckDbReadBack.Scalar(duck, $"SELECT count(*) FILTER (WHERE value IS NULL) FROM {source}")
            .ShouldBe((long)Observations.All.Count(o => o.Value is null));
        DuckDbReadBack.Scalar(duck, $"SELECT count(*) FROM {source}").ShouldBe((long)Observations.All.Count);

        Observation precise = Observations.All.First(o => o.Value == 29.56m);
        object? value = DuckDbReadBack.Scalar(duck, $"SELECT value FROM {source} WHERE id = '{precise.Id}'");
        value.ShouldBeOfType<decimal>().ShouldBe(29.56m);
        ((decimal)value!).ToString(CultureInfo.InvariantCulture).TrimEnd('0').ShouldBe("29.56");

        Observation missing = Observations.All.First(o => o.Value is null);
        DuckDbReadBack.Scalar(duck, $"SELECT value IS NULL FROM {source} WHERE id = '{missing.Id}'").ShouldBe(true);
        DuckDbReadBack.Scalar(duck, $"SELECT periodStart FROM {source} WHERE id = '{missing.Id}'").ShouldBe(missing.PeriodStart);
    }

    /// <summary>sources.authors: a list stays a list of the same strings, a null stays NULL (not an empty list).</summary>
    private static void ArraysAndNullsRoundTrip(DuckDBConnection duck, string source)
    {
        Source withAuthors = Sources.All.First(s => s.Authors is { Count: > 1 });
        DuckDbReadBack.Query(duck, $"SELECT unnest(authors) FROM {source} WHERE id = '{withAuthors.Id}'").Select(r => (string)r[0]!)
            .ShouldBe(withAuthors.Authors!);
        Source withoutAuthors = Sources.All.First(s => s.Authors is null);
        DuckDbReadBack.Scalar(duck, $"SELECT authors IS NULL FROM {source} WHERE id = '{withoutAuthors.Id}'").ShouldBe(true);
        DuckDbReadBack.Scalar(duck, $"SELECT count(*) FILTER (WHERE authors IS NULL) FROM {source}").ShouldBe((long)Sources.All.Count(s => s.Authors is null));
    }

    private static void TrickyValues(DuckDBConnection duck, string places, string facts)
    {
        // A number column needing 57 digits (decimal.MaxValue beside 28 decimals) is kept as the exact text.
        DuckDbReadBack.Scalar(duck, $"SELECT share FROM {places} WHERE code = 'D'").ShouldBe("12345678901234567890.12345678");
        DuckDbReadBack.Scalar(duck, $"SELECT share FROM {places} WHERE code = 'A'").ShouldBe("0.1000");
        // A DECIMAL column: 1.50 keeps its two decimals, NULL stays NULL.
        DuckDbReadBack.Scalar(duck, $"SELECT CAST(value AS VARCHAR) FROM {facts} WHERE id = 'f-1'").ShouldBe("1.50");
        DuckDbReadBack.Scalar(duck, $"SELECT value IS NULL FROM {facts} WHERE id = 'f-2'").ShouldBe(true);
        // Arrays: an empty list is not NULL, a NULL list is not empty, and commas, quotes and line breaks survive.
        DuckDbReadBack.Scalar(duck, $"SELECT len(tags) FROM {places} WHERE code = 'B'").ShouldBe(0L);
        DuckDbReadBack.Scalar(duck, $"SELECT tags IS NULL FROM {places} WHERE code = 'C'").ShouldBe(true);
        DuckDbReadBack.Scalar(duck, $"SELECT tags[3] FROM {places} WHERE code = 'A'").ShouldBe("line\nbreak");
        DuckDbReadBack.Scalar(duck, $"SELECT tags[1] FROM {places} WHERE code = 'D'").ShouldBe(string.Empty);
        // Empty string and NULL stay apart; dates at both ends of the calendar; a 64-bit integer.
        DuckDbReadBack.Scalar(duck, $"SELECT nameOriginal FROM {places} WHERE code = 'B'").ShouldBe(string.Empty);
        DuckDbReadBack.Scalar(duck, $"SELECT nameOriginal IS NULL FROM {places} WHERE code = 'D'").ShouldBe(true);
        DuckDbReadBack.Scalar(duck, $"SELECT CAST(since AS VARCHAR) FROM {places} WHERE code = 'C'").ShouldBe("0001-01-01");
        DuckDbReadBack.Scalar(duck, $"SELECT population FROM {places} WHERE code = 'A'").ShouldBe(12345678901234L);
    }

    /// <summary>The primary key and the foreign keys of a DuckDB table; every declared or omitted key resolves.</summary>
    private static void KeysMatch(DuckDBConnection duck, TableData table, HashSet<string> exported)
    {
        DuckDbReadBack.Query(duck, $"SELECT constraint_column_names FROM duckdb_constraints() WHERE table_name = '{table.Name}' AND constraint_type = 'PRIMARY KEY'")
            .Single()[0].ShouldBeAssignableTo<System.Collections.IEnumerable>()!.Cast<string>().ShouldBe(table.PrimaryKey, table.Name + " primary key");
        var declared = DuckDbReadBack.Query(duck, $"SELECT constraint_column_names[1], referenced_table FROM duckdb_constraints() WHERE table_name = '{table.Name}' AND constraint_type = 'FOREIGN KEY'")
            .Select(r => ((string)r[0]!, (string)r[1]!)).OrderBy(x => x.Item1, StringComparer.Ordinal).ToList();
        var expected = table.Fields.Where(f => f.ForeignKeyResource is { } t && t != table.Name && exported.Contains(t))
            .Select(f => (f.Name, f.ForeignKeyResource!)).OrderBy(x => x.Item1, StringComparer.Ordinal).ToList();
        declared.ShouldBe(expected, table.Name + " foreign keys to other tables");
        string? comment = (string?)DuckDbReadBack.Scalar(duck, $"SELECT comment FROM duckdb_tables() WHERE table_name = '{table.Name}'");
        foreach (DataPackageField self in table.Fields.Where(f => f.ForeignKeyResource == table.Name))
        {
            comment.ShouldNotBeNull(table.Name);
            comment.ShouldContain($"{self.Name} -> {table.Name}.", Case.Sensitive, table.Name + " comment names the self reference");
            // Not declared, but it holds: every value is a key of the same table.
            DuckDbReadBack.Scalar(duck, $"SELECT count(*) FROM \"{table.Name}\" c WHERE c.\"{self.Name}\" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \"{table.Name}\" p WHERE p.\"{table.PrimaryKey[0]}\" = c.\"{self.Name}\")")
                .ShouldBe(0L, $"{table.Name}.{self.Name} resolves");
        }
    }
}
