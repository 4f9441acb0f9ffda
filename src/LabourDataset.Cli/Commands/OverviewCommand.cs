using System.CommandLine;
using System.Globalization;
using LabourDataset.Cli.Data;
using LabourDataset.Cli.Json;
using LabourDataset.Cli.Rendering;
using Spectre.Console;

namespace LabourDataset.Cli.Commands;

/// <summary>overview (the default): identity, licences, tables with row counts and the package sources.</summary>
internal static class OverviewCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("overview", "Dataset name, version, content hash, licences, tables with row counts and sources (the default)");
        command.SetAction(_ => Run(context));
        return command;
    }

    public static int Run(CliContext context)
    {
        Catalog catalog = context.Catalog;
        if (context.Json)
        {
            JsonOutput.Write(context.Output, w =>
            {
                w.WriteStartObject();
                w.WriteString("name", catalog.Name);
                w.WriteString("version", catalog.Version);
                w.WriteStringOrNull("title", catalog.Title);
                w.WriteStringOrNull("description", catalog.Description);
                w.WriteString("contentHash", catalog.ContentHash);
                w.WriteStartArray("licenses");
                foreach (DataPackageLicense license in catalog.Licenses)
                {
                    w.WriteStartObject();
                    w.WriteString("name", license.Name);
                    w.WriteStringOrNull("path", license.Path);
                    w.WriteStringOrNull("title", license.Title);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("tables");
                foreach (CatalogTable table in catalog.Tables)
                {
                    w.WriteStartObject();
                    w.WriteString("name", table.Name);
                    w.WriteNumber("rows", table.Rows.Count);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteStartArray("sources");
                foreach (DataPackageSource source in catalog.Sources)
                {
                    w.WriteStartObject();
                    w.WriteString("title", source.Title);
                    w.WriteStringOrNull("path", source.Path);
                    w.WriteStringOrNull("version", source.Version);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return 0;
        }

        IAnsiConsole console = context.Console;
        if (catalog.Title is not null)
        {
            console.Heading(catalog.Title);
        }

        console.Write(Ui.KeyValueGrid(
        [
            ("Name", catalog.Name),
            ("Version", catalog.Version),
            ("Content hash", catalog.ContentHash),
            ("Licences", string.Join("; ", catalog.Licenses.Select(FormatLicense))),
        ]));
        console.WriteLine();

        Table tables = Ui.NewTable("Table", "Rows", "Description");
        tables.Columns[1].RightAligned();
        int descriptionWidth = Math.Max(10, context.Width - Ui.TableOverhead(3) - 14 - 7);
        foreach (CatalogTable table in catalog.Tables)
        {
            tables.AddTextRow(table.Name, table.Rows.Count.ToString(CultureInfo.InvariantCulture), Ui.Cell(table.Description, descriptionWidth));
        }

        console.Write(tables);
        console.Line($"{catalog.Tables.Sum(t => t.Rows.Count).ToString(CultureInfo.InvariantCulture)} rows in {catalog.Tables.Count.ToString(CultureInfo.InvariantCulture)} tables.");
        console.WriteLine();
        console.Heading("Sources");
        foreach (DataPackageSource source in catalog.Sources)
        {
            console.Line("- " + source.Title + (source.Path is null ? string.Empty : " <" + source.Path + ">"));
        }

        return 0;
    }

    private static string FormatLicense(DataPackageLicense license)
    {
        string text = license.Name;
        if (license.Title is not null)
        {
            text += " (" + license.Title + ")";
        }

        if (license.Path is not null)
        {
            text += " " + license.Path;
        }

        return text;
    }
}
