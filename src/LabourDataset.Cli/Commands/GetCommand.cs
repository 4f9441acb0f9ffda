using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LabourDataset.Cli.Data;
using LabourDataset.Cli.Rendering;
using Spectre.Console;

namespace LabourDataset.Cli.Commands;

/// <summary>get &lt;table&gt; &lt;key&gt;: one row, every field, foreign keys followed, with its source and locator.</summary>
internal static class GetCommand
{
    private const string SourcesTable = "sources";

    public static Command Create(CliContext context)
    {
        var table = new Argument<string>("table") { Description = "Table name (see 'labour tables')" };
        var key = new Argument<string>("key") { Description = "Primary key of the row" };
        var command = new Command("get", "Show one row with every field, foreign keys followed") { table, key };
        command.SetAction(parse => Run(context, parse.GetValue(table)!, parse.GetValue(key)!));
        return command;
    }

    public static int Run(CliContext context, string tableName, string key)
    {
        Catalog catalog = context.Catalog;
        CatalogTable table = Lookup.Table(catalog, tableName);
        IReadOnlyList<object?> row = Lookup.Row(table, key);
        string rowKey = table.KeyOf(row);

        var references = new List<Reference>();
        for (int i = 0; i < table.Fields.Count; i++)
        {
            DataPackageField field = table.Fields[i];
            string? target = field.ForeignKeyResource
                ?? (field.Type == "array" && field.Name.EndsWith("SourceIds", StringComparison.Ordinal) ? SourcesTable : null);
            if (target is null || catalog.Find(target) is not { } referenced)
            {
                continue;
            }

            foreach (string value in Values.Strings(row[i]))
            {
                string? label = referenced.TryFind(value, out IReadOnlyList<object?> referencedRow) ? referenced.LabelOf(referencedRow) ?? value : null;
                references.Add(new Reference(i, referenced.Name, value, label));
            }
        }

        Reference? source = references.FirstOrDefault(r => r.Table == SourcesTable && table.Fields[r.Field].Name == "sourceId")
            ?? references.FirstOrDefault(r => r.Table == SourcesTable && table.Fields[r.Field].ForeignKeyResource is not null);
        int locatorIndex = table.IndexOf(source is not null && table.Fields[source.Field].Name == "citedIn" ? "citedInLocator" : "locator");
        string? locator = locatorIndex >= 0 ? row[locatorIndex] as string : null;

        var referencedBy = new List<(string Table, string Field, int Count)>();
        foreach (CatalogTable other in catalog.Tables)
        {
            for (int i = 0; i < other.Fields.Count; i++)
            {
                if (other.Fields[i].ForeignKeyResource == table.Name)
                {
                    int count = other.Rows.Count(r => string.Equals(Values.ToInvariant(r[i]), rowKey, StringComparison.Ordinal));
                    if (count > 0)
                    {
                        referencedBy.Add((other.Name, other.Fields[i].Name, count));
                    }
                }
            }
        }

        if (context.Json)
        {
            JsonOutput.Write(context.Output, w => WriteJson(w, table, row, rowKey, references, source, locator, referencedBy));
            return 0;
        }

        IAnsiConsole console = context.Console;
        string? rowLabel = table.LabelOf(row) is { } rowTitle ? Values.OneLine(rowTitle) : null;
        console.Heading($"{table.Name} {rowKey}" + (rowLabel is null ? string.Empty : " - " + rowLabel));
        var lines = new List<(string Label, string Value)>();
        for (int i = 0; i < table.Fields.Count; i++)
        {
            string text = row[i] is null ? "-" : Values.ToDisplay(row[i]);
            var followed = references.Where(r => r.Field == i).ToList();
            if (followed.Count > 0)
            {
                text = string.Join("; ", followed.Select(r => r.Key + " -> " + (r.Label is null ? "(not found in " + r.Table + ")" : Values.OneLine(r.Label))));
            }

            lines.Add((table.Fields[i].Name, text));
        }

        console.Write(Ui.KeyValueGrid(lines));
        if (source is not null)
        {
            console.WriteLine();
            console.Line($"Source: {source.Label ?? source.Key} [{source.Key}]" + (locator is null ? string.Empty : ", " + locator));
        }

        if (referencedBy.Count > 0)
        {
            console.Line("Referenced by: " + string.Join(", ", referencedBy.Select(r => $"{r.Table}.{r.Field} ({r.Count.ToString(CultureInfo.InvariantCulture)})")));
        }

        return 0;
    }

    private static void WriteJson(
        Utf8JsonWriter w,
        CatalogTable table,
        IReadOnlyList<object?> row,
        string rowKey,
        List<Reference> references,
        Reference? source,
        string? locator,
        List<(string Table, string Field, int Count)> referencedBy)
    {
        w.WriteStartObject();
        w.WriteString("table", table.Name);
        w.WriteString("key", rowKey);
        w.WriteStringOrNull("label", table.LabelOf(row));
        w.WritePropertyName("values");
        ShowCommand.WriteRowJson(w, table, row);
        w.WriteStartArray("references");
        foreach (Reference reference in references)
        {
            w.WriteStartObject();
            w.WriteString("field", table.Fields[reference.Field].Name);
            w.WriteString("table", reference.Table);
            w.WriteString("key", reference.Key);
            w.WriteBoolean("found", reference.Label is not null);
            w.WriteStringOrNull("label", reference.Label);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (source is null)
        {
            w.WriteNull("source");
        }
        else
        {
            w.WriteStartObject("source");
            w.WriteString("id", source.Key);
            w.WriteStringOrNull("title", source.Label);
            w.WriteStringOrNull("locator", locator);
            w.WriteEndObject();
        }

        w.WriteStartArray("referencedBy");
        foreach ((string otherTable, string field, int count) in referencedBy)
        {
            w.WriteStartObject();
            w.WriteString("table", otherTable);
            w.WriteString("field", field);
            w.WriteNumber("rows", count);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private sealed record Reference(int Field, string Table, string Key, string? Label);
}
