using System.CommandLine;
using System.Globalization;
using LabourDataset.Cli.Data;
using LabourDataset.Cli.Json;
using LabourDataset.Cli.Queries;
using LabourDataset.Cli.Rendering;
using Spectre.Console;

namespace LabourDataset.Cli.Commands;

/// <summary>tables [table]: the tables with row counts, or the fields of one table.</summary>
internal static class TablesCommand
{
    public static Command Create(CliContext context)
    {
        var table = new Argument<string?>("table")
        {
            Description = "Show the fields of this table",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("tables", "List the tables (or the fields of one table)") { table };
        command.SetAction(parse => Run(context, parse.GetValue(table)));
        return command;
    }

    public static int Run(CliContext context, string? tableName)
    {
        IReadOnlyList<CatalogTable> tables = tableName is null
            ? context.Catalog.Tables
            : [Lookup.Table(context.Catalog, tableName)];

        if (context.Json)
        {
            JsonOutput.Write(context.Output, w =>
            {
                w.WriteStartArray();
                foreach (CatalogTable table in tables)
                {
                    WriteTableJson(w, table);
                }

                w.WriteEndArray();
            });
            return 0;
        }

        if (tableName is null)
        {
            Table list = Ui.NewTable("Table", "Rows", "Key", "Description");
            list.Columns[1].RightAligned();
            int descriptionWidth = Math.Max(10, context.Width - Ui.TableOverhead(4) - 14 - 6 - 14);
            foreach (CatalogTable table in tables)
            {
                list.AddTextRow(
                    table.Name,
                    table.Rows.Count.ToString(CultureInfo.InvariantCulture),
                    string.Join(",", table.PrimaryKey),
                    Ui.Cell(table.Description, descriptionWidth));
            }

            context.Console.Write(list);
            return 0;
        }

        CatalogTable one = tables[0];
        context.Console.Heading($"{one.Name} ({one.Rows.Count.ToString(CultureInfo.InvariantCulture)} rows, key {string.Join(",", one.PrimaryKey)})");
        if (one.Description is not null)
        {
            context.Console.Line(one.Description);
        }

        Table fields = Ui.NewTable("Field", "Type", "Req", "Description");
        foreach (DataPackageField field in one.Fields)
        {
            string description = field.Description ?? string.Empty;
            if (field.ForeignKeyResource is not null)
            {
                description = $"-> {field.ForeignKeyResource}. {description}";
            }

            fields.AddTextRow(field.Name, field.Type, field.Required ? "yes" : string.Empty, description);
        }

        context.Console.Write(fields);
        return 0;
    }

    public static void WriteTableJson(System.Text.Json.Utf8JsonWriter w, CatalogTable table)
    {
        w.WriteStartObject();
        w.WriteString("name", table.Name);
        w.WriteStringOrNull("title", table.Title);
        w.WriteStringOrNull("description", table.Description);
        w.WriteNumber("rows", table.Rows.Count);
        w.WriteStringArray("primaryKey", table.PrimaryKey);
        w.WriteStartArray("fields");
        foreach (DataPackageField field in table.Fields)
        {
            w.WriteStartObject();
            w.WriteString("name", field.Name);
            w.WriteString("type", field.Type);
            w.WriteBoolean("required", field.Required);
            w.WriteStringOrNull("description", field.Description);
            w.WriteStringOrNull("foreignKey", field.ForeignKeyResource);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
