using System.CommandLine;
using System.Globalization;
using LabourDataset.Cli.Data;
using LabourDataset.Cli.Json;
using LabourDataset.Cli.Queries;
using LabourDataset.Cli.Rendering;
using Spectre.Console;

namespace LabourDataset.Cli.Commands;

/// <summary>
/// get &lt;table&gt; &lt;key&gt;: one row, every field, foreign keys followed, with its source and locator; for an
/// observation that restates an earlier estimate, that estimate's value and source too.
/// </summary>
internal static class GetCommand
{
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
        CatalogTable table = Lookup.Table(context.Catalog, tableName);
        IReadOnlyList<object?> row = Lookup.Row(table, key);
        RowReferences links = RowReferences.Of(context.Catalog, table, row);

        // Generic on purpose: every table of any package, driven by its schema alone. Views that know this dataset's
        // meaning (a restated estimate beside its original) are the research commands: series, country, conflict.
        if (context.Json)
        {
            JsonOutput.Write(context.Output, w => RecordJson.Write(w, table, row, links));
            return 0;
        }

        IAnsiConsole console = context.Console;
        string? rowLabel = table.LabelOf(row) is { } rowTitle ? Values.OneLine(rowTitle) : null;
        console.Heading($"{table.Name} {table.KeyOf(row)}" + (rowLabel is null ? string.Empty : " - " + rowLabel));
        var lines = new List<(string Label, string Value)>();
        for (int i = 0; i < table.Fields.Count; i++)
        {
            string text = row[i] is null ? "-" : Values.ToDisplay(row[i]);
            var followed = links.References.Where(r => r.Field == i).ToList();
            if (followed.Count > 0)
            {
                text = string.Join("; ", followed.Select(r => r.Key + " -> " + (r.Label is null ? "(not found in " + r.Table + ")" : Values.OneLine(r.Label))));
            }

            lines.Add((table.Fields[i].Name, text));
        }

        console.Write(Ui.KeyValueGrid(lines));
        if (links.Source is { } source)
        {
            console.WriteLine();
            console.Line($"Source: {source.Label ?? source.Key} [{source.Key}]" + (links.Locator is null ? string.Empty : ", " + links.Locator));
        }

        if (links.ReferencedBy.Count > 0)
        {
            console.Line("Referenced by: " + string.Join(", ", links.ReferencedBy.Select(r => $"{r.Table}.{r.Field} ({r.Count.ToString(CultureInfo.InvariantCulture)})")));
        }

        return 0;
    }
}
