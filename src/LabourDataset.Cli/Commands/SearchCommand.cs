using System.CommandLine;
using System.Globalization;
using LabourDataset.Cli.Data;
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

    public static IReadOnlyList<Match> Find(IEnumerable<CatalogTable> tables, string text)
    {
        var matches = new List<Match>();
        foreach (CatalogTable table in tables)
        {
            foreach (IReadOnlyList<object?> row in table.Rows)
            {
                for (int i = 0; i < table.Fields.Count; i++)
                {
                    foreach (string value in Values.Strings(row[i]))
                    {
                        int at = value.IndexOf(text, StringComparison.OrdinalIgnoreCase);
                        if (at >= 0)
                        {
                            matches.Add(new Match(table.Name, table.KeyOf(row), table.Fields[i].Name, value, at));
                            break;
                        }
                    }
                }
            }
        }

        return matches;
    }

    public static int Run(CliContext context, string text, string? tableName, int limit)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CliException("search text is empty");
        }

        if (limit < 0)
        {
            throw new CliException($"invalid --limit {limit.ToString(CultureInfo.InvariantCulture)}; expected 0 (all) or more");
        }

        IReadOnlyList<CatalogTable> tables = tableName is null ? context.Catalog.Tables : [Lookup.Table(context.Catalog, tableName)];
        IReadOnlyList<Match> matches = Find(tables, text);
        var shown = limit == 0 ? matches : matches.Take(limit).ToList();

        if (context.Json)
        {
            JsonOutput.Write(context.Output, w =>
            {
                w.WriteStartObject();
                w.WriteString("query", text);
                w.WriteNumber("total", matches.Count);
                w.WriteStartArray("matches");
                foreach (Match m in shown)
                {
                    w.WriteStartObject();
                    w.WriteString("table", m.Table);
                    w.WriteString("key", m.Key);
                    w.WriteString("field", m.Field);
                    w.WriteString("snippet", Snippet(m, text.Length, 60));
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
        foreach (Match m in shown)
        {
            grid.AddTextRow(
                Values.Truncate(m.Table, tableWidth),
                Values.Truncate(m.Key, keyWidth),
                Values.Truncate(m.Field, fieldWidth),
                Snippet(m, text.Length, snippetWidth));
        }

        console.Write(grid);
        if (shown.Count < matches.Count)
        {
            console.Line($"{(matches.Count - shown.Count).ToString(CultureInfo.InvariantCulture)} more matches; use --limit 0 to show all.");
        }

        return 0;
    }

    /// <summary>The match with some context either side, on one line, at most <paramref name="width"/> characters.</summary>
    public static string Snippet(Match match, int length, int width)
    {
        string value = Values.OneLine(match.Value);
        if (value.Length <= width)
        {
            return value;
        }

        int context = Math.Max(0, (width - length - 2) / 2);
        int start = Math.Max(0, match.At - context);
        int end = Math.Min(value.Length, start + width - (start > 0 ? 1 : 0));
        if (end < value.Length)
        {
            end--;
        }

        string middle = value[start..end];
        return (start > 0 ? "…" : string.Empty) + middle + (end < value.Length ? "…" : string.Empty);
    }

    internal sealed record Match(string Table, string Key, string Field, string Value, int At);
}
