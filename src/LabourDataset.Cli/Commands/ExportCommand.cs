using System.CommandLine;
using System.Globalization;
using LabourDataset.Cli.Data;
using LabourDataset.Cli.Export;
using LabourDataset.Cli.Json;
using LabourDataset.Cli.Queries;
using LabourDataset.Cli.Rendering;

namespace LabourDataset.Cli.Commands;

/// <summary>export --format csv|json|sqlite|datapackage|parquet|duckdb --out PATH [--table T].</summary>
internal static class ExportCommand
{
    public static readonly string[] Formats = ["csv", "json", "sqlite", "datapackage", "parquet", "duckdb"];

    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format", "-f") { Description = "csv, json, sqlite, datapackage, parquet or duckdb", Required = true };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Target: a directory for datapackage, and for csv/json/parquet of every table; else a file",
            Required = true,
        };
        var table = new Option<string?>("--table", "-t")
        {
            Description = "Export only this table (csv/json/parquet: to one file; datapackage: a package of one resource)",
        };
        var command = new Command("export", "Export the data as CSV (RFC 4180), JSON, SQLite, a CSV Frictionless data package, Parquet or DuckDB")
        {
            format, output, table,
        };
        command.SetAction(parse => Run(context, parse.GetValue(format)!, parse.GetValue(output)!, parse.GetValue(table)));
        return command;
    }

    public static int Run(CliContext context, string format, string output, string? tableName)
    {
        // Check every argument before touching the file system.
        string? resolved = Formats.FirstOrDefault(f => string.Equals(f, format, StringComparison.OrdinalIgnoreCase))
            ?? throw new CliException(Suggestions.Unknown("format", format, Formats));
        Catalog catalog = context.Catalog;
        IReadOnlyList<CatalogTable> tables = tableName is null ? catalog.Tables : [Lookup.Table(catalog, tableName)];
        var written = new List<(CatalogTable Table, string Path)>();
        string target = Path.GetFullPath(output);

        if (resolved is "sqlite" or "duckdb")
        {
            Action<string> write = resolved == "sqlite"
                ? temp => SqliteExporter.Write(catalog, tables, temp)
                : temp => DuckDbExporter.Write(catalog, tables, temp);
            try
            {
                AtomicOutput.WriteFile(output, write);
            }
            catch (DuckDB.NET.Data.DuckDBException e)
            {
                // Like SqliteException: an I/O failure (disk full, no permission), reported as one line with exit 1.
                throw new CliException(e.Message, CliException.FailureExitCode, e);
            }
            written.AddRange(tables.Select(t => (t, target)));
        }
        else if (resolved == "datapackage")
        {
            // Always a directory: datapackage.json beside the CSV files it describes (with --table, one resource).
            AtomicOutput.WriteDirectory(output, temp => DataPackageExporter.Write(catalog, tables, temp));
            written.AddRange(tables.Select(t => (t, Path.Combine(target, t.Name + CsvExporter.Extension))));
        }
        else
        {
            (string extension, Action<CatalogTable, string> writeTable) = resolved switch
            {
                "csv" => (CsvExporter.Extension, CsvExporter.Write),
                "json" => (JsonExporter.Extension, JsonExporter.Write),
                _ => (ParquetExporter.Extension, (Action<CatalogTable, string>)((t, p) => ParquetExporter.Write(catalog, t, p))),
            };
            if (tableName is not null)
            {
                AtomicOutput.WriteFile(output, temp => writeTable(tables[0], temp));
                written.Add((tables[0], target));
            }
            else
            {
                AtomicOutput.WriteDirectory(output, temp =>
                {
                    foreach (CatalogTable table in tables)
                    {
                        writeTable(table, Path.Combine(temp, table.Name + extension));
                    }
                });
                written.AddRange(tables.Select(t => (t, Path.Combine(target, t.Name + extension))));
            }
        }

        if (context.Json)
        {
            JsonOutput.Write(context.Output, w =>
            {
                w.WriteStartObject();
                w.WriteString("format", resolved);
                w.WriteString("out", target);
                w.WriteStartArray("tables");
                foreach ((CatalogTable table, string path) in written)
                {
                    w.WriteStartObject();
                    w.WriteString("name", table.Name);
                    w.WriteNumber("rows", table.Rows.Count);
                    w.WriteString("path", path);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return 0;
        }

        int rows = written.Sum(w => w.Table.Rows.Count);
        context.Output.WriteLine(
            $"Exported {written.Count.ToString(CultureInfo.InvariantCulture)} table(s), {rows.ToString(CultureInfo.InvariantCulture)} rows, as {resolved} to {target}");
        return 0;
    }
}
