using System.CommandLine;
using System.Globalization;
using LabourDataset.Cli.Data;
using LabourDataset.Cli.Input;
using LabourDataset.Cli.Json;
using LabourDataset.Cli.Queries;
using LabourDataset.Cli.Rendering;
using Spectre.Console;

namespace LabourDataset.Cli.Commands;

/// <summary>search &lt;text&gt;: case-insensitive (ordinal) search over every string field of every table.</summary>
internal static class SearchCommand
{
    public const int DefaultLimit = 50;
    private const int TableWidth = 13;
    private const int KeyWidth = 36;
    private const int FieldWidth = 16;
    private const int MinSnippetWidth = 24;

    public static Command Create(CliContext context)
    {
        var text = new Argument<string>("text") { Description = "Text to find (case-insensitive), in English or Indonesian" };
        var table = new Option<string?>("--table", "-t") { Description = "Search only this table" };
        var limit = new Option<int>("--limit", "-n")
        {
            Description = "Show at most N matches (0: all)",
            DefaultValueFactory = _ => DefaultLimit,
        };
        var command = new Command("search", "Find text in names, titles, acronyms, descriptions and every other text field") { text, table, limit };
        command.SetAction(parse => Run(context, parse.GetValue(text)!, parse.GetValue(table), parse.GetValue(limit)));
        return command;
    }

    public static int Run(CliContext context, string text, string? tableName, int limit)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CliException("search text is empty");
        }

        Arguments.CheckLimit(limit);

        IReadOnlyList<CatalogTable> tables = tableName is null ? context.Catalog.Tables : [Lookup.Table(context.Catalog, tableName)];
        IReadOnlyList<TextSearch.Match> matches = TextSearch.Find(tables, text);
        var shown = limit == 0 ? matches : matches.Take(limit).ToList();

        if (context.Json)
        {
            JsonOutput.Write(context.Output, w =>
            {
                w.WriteStartObject();
                w.WriteString("query", text);
                w.WriteNumber("total", matches.Count);
                w.WriteStartArray("matches");
                foreach (TextSearch.Match m in shown)
                {
                    w.WriteStartObject();
                    w.WriteString("table", m.Table);
                    w.WriteString("key", m.Key);
                    w.WriteString("field", m.Field);
                    w.WriteString("snippet", TextSearch.Snippet(m, text.Length, 60));
                    w.WriteString("value", m.Value);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return 0;
        }

        IAnsiConsole console = context.Console;
        int rows = matches.Select(m => (m.Table, m.Key)).Distinct().Count();
        console.Heading($"{matches.Count.ToString(CultureInfo.InvariantCulture)} matches for '{text}' in {rows.ToString(CultureInfo.InvariantCulture)} rows");
        if (matches.Count == 0)
        {
            return 0;
        }

        int tableWidth = Math.Max("Table".Length, Math.Min(TableWidth, shown.Max(m => m.Table.Length)));
        int fieldWidth = Math.Max("Field".Length, Math.Min(FieldWidth, shown.Max(m => m.Field.Length)));
        int room = Math.Max(2 * MinSnippetWidth, context.Width - Ui.TableOverhead(4) - tableWidth - fieldWidth);
        int keyWidth = Math.Max("Key".Length, Math.Min(Math.Min(KeyWidth, shown.Max(m => m.Key.Length)), room - MinSnippetWidth));
        int snippetWidth = room - keyWidth;
        var grid = new Table().Border(TableBorder.Square);
        grid.AddColumn(new TableColumn("Table").Width(tableWidth).NoWrap());
        grid.AddColumn(new TableColumn("Key").Width(keyWidth).NoWrap());
        grid.AddColumn(new TableColumn("Field").Width(fieldWidth).NoWrap());
        grid.AddColumn(new TableColumn("Snippet").Width(snippetWidth).NoWrap());
        foreach (TextSearch.Match m in shown)
        {
            grid.AddTextRow(
                Values.Truncate(m.Table, tableWidth),
                Values.Truncate(m.Key, keyWidth),
                Values.Truncate(m.Field, fieldWidth),
                TextSearch.Snippet(m, text.Length, snippetWidth));
        }

        console.Write(grid);
        if (shown.Count < matches.Count)
        {
            console.Line($"{(matches.Count - shown.Count).ToString(CultureInfo.InvariantCulture)} more matches; use --limit 0 to show all.");
        }

        return 0;
    }
}
