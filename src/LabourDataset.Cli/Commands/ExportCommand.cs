using System.CommandLine;
using System.Globalization;
using LabourDataset.Cli.Data;
using LabourDataset.Cli.Export;
using LabourDataset.Cli.Json;
using LabourDataset.Cli.Queries;
using LabourDataset.Cli.Rendering;

namespace LabourDataset.Cli.Commands;

/// <summary>export --format csv|json|sqlite --out PATH [--table T].</summary>
internal static class ExportCommand
{
    public static readonly string[] Formats = ["csv", "json", "sqlite"];

    public static Command Create(CliContext context)
    {
        var format = new Option<string>("--format", "-f") { Description = "csv, json or sqlite", Required = true };
        var output = new Option<string>("--out", "-o")
        {
            Description = "Target: a directory for csv/json of every table, else a file",
            Required = true,
        };
        var table = new Option<string?>("--table", "-t") { Description = "Export only this table (to one file)" };
        var command = new Command("export", "Export the data as CSV (RFC 4180), JSON or SQLite") { format, output, table };
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

        if (resolved == "sqlite")
        {
            AtomicOutput.WriteFile(output, temp => SqliteExporter.Write(catalog, tables, temp));
            written.AddRange(tables.Select(t => (t, target)));
        }
        else
        {
            string extension = resolved == "csv" ? CsvExporter.Extension : JsonExporter.Extension;
            Action<CatalogTable, string> writeTable = resolved == "csv" ? CsvExporter.Write : JsonExporter.Write;
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
