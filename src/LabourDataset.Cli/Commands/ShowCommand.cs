using System.CommandLine;
using System.Globalization;
using LabourDataset.Cli.Data;
using LabourDataset.Cli.Input;
using LabourDataset.Cli.Json;
using LabourDataset.Cli.Queries;
using LabourDataset.Cli.Rendering;
using Spectre.Console;

namespace LabourDataset.Cli.Commands;

/// <summary>show &lt;table&gt; [--where field=value ...] [--limit N]: rows as a table trimmed to the console width.</summary>
internal static class ShowCommand
{
    public const int DefaultLimit = 20;

    public static Command Create(CliContext context)
    {
        var table = new Argument<string>("table") { Description = "Table name (see 'labour tables')" };
        var where = new Option<string[]>("--where", "-w")
        {
            Description = "Keep rows whose field equals the value (ignoring case; repeatable): --where kind=country",
            AllowMultipleArgumentsPerToken = false,
        };
        var limit = new Option<int>("--limit", "-n")
        {
            Description = "Show at most N rows (0: all)",
            DefaultValueFactory = _ => DefaultLimit,
        };
        var command = new Command("show", "Show the rows of a table") { table, where, limit };
        command.SetAction(parse => Run(context, parse.GetValue(table)!, parse.GetValue(where) ?? [], parse.GetValue(limit)));
        return command;
    }

    public static int Run(CliContext context, string tableName, IReadOnlyList<string> where, int limit)
    {
        CatalogTable table = Lookup.Table(context.Catalog, tableName);
        List<(int Field, string Value)> filters = Arguments.WhereClauses(table, where);
        Arguments.CheckLimit(limit);

        var matching = table.Rows.Where(row => filters.All(f => Values.Matches(row[f.Field], f.Value))).ToList();
        var shown = limit == 0 ? matching : matching.Take(limit).ToList();

        if (context.Json)
        {
            JsonOutput.Write(context.Output, w =>
            {
                w.WriteStartObject();
                w.WriteString("table", table.Name);
                w.WriteStartObject("where");
                foreach ((int field, string value) in filters)
                {
                    w.WriteString(table.Fields[field].Name, value);
                }

                w.WriteEndObject();
                w.WriteNumber("total", matching.Count);
                w.WriteNumber("shown", shown.Count);
                w.WriteStartArray("rows");
                foreach (IReadOnlyList<object?> row in shown)
                {
                    CatalogJson.WriteRow(w, table, row);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return 0;
        }

        IAnsiConsole console = context.Console;
        string filterText = filters.Count == 0
            ? string.Empty
            : " where " + string.Join(" and ", filters.Select(f => table.Fields[f.Field].Name + "=" + f.Value));
        console.Heading($"{table.Name}: {shown.Count.ToString(CultureInfo.InvariantCulture)} of {matching.Count.ToString(CultureInfo.InvariantCulture)} rows{filterText}");
        if (shown.Count == 0)
        {
            console.Line("No rows.");
            return 0;
        }

        // Key fields first, then the others in schema order.
        int[] order = table.PrimaryKey.Select(table.IndexOf)
            .Concat(Enumerable.Range(0, table.Fields.Count).Where(i => !table.PrimaryKey.Contains(table.Fields[i].Name, StringComparer.Ordinal)))
            .ToArray();
        string[] headers = order.Select(i => table.Fields[i].Name).ToArray();
        var cells = shown.Select(row => order.Select(i => Values.OneLine(Values.ToDisplay(row[i]))).ToArray()).ToList();
        IReadOnlyList<(int Index, int Width)> columns = ColumnFitter.Fit(headers, cells, context.Width, table.PrimaryKey.Count);

        var grid = new Table().Border(TableBorder.Square);
        foreach ((int index, int width) in columns)
        {
            grid.AddColumn(new TableColumn(new Text(Values.Truncate(headers[index], width))).Width(width).NoWrap());
        }

        foreach (string[] row in cells)
        {
            grid.AddTextRow(columns.Select(c => Values.Truncate(row[c.Index], c.Width)).ToArray());
        }

        console.Write(grid);
        var hidden = Enumerable.Range(0, headers.Length)
            .Where(i => columns.All(c => c.Index != i) && cells.Any(r => r[i].Length > 0))
            .Select(i => headers[i])
            .ToArray();
        if (hidden.Length > 0)
        {
            console.Line($"Not shown: {string.Join(", ", hidden)}. Use 'labour get {table.Name} <key>' or --json for every field.");
        }

        if (shown.Count < matching.Count)
        {
            console.Line($"{(matching.Count - shown.Count).ToString(CultureInfo.InvariantCulture)} more rows; use --limit 0 to show all.");
        }

        return 0;
    }
}
