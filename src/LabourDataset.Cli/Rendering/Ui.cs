using LabourDataset.Cli.Data;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace LabourDataset.Cli.Rendering;

/// <summary>Small helpers for plain, width-safe Spectre output (all user text goes in as <see cref="Text"/>, never markup).</summary>
internal static class Ui
{
    /// <summary>Border columns a table adds: one per column plus one, plus one space of padding on each side of a cell.</summary>
    public static int TableOverhead(int columns) => (3 * columns) + 1;

    public static Table NewTable(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Square);
        foreach (string header in headers)
        {
            table.AddColumn(new TableColumn(new Text(header)));
        }

        return table;
    }

    public static void AddTextRow(this Table table, params string[] cells) =>
        table.AddRow(cells.Select(c => (IRenderable)new Text(c)).ToArray());

    public static void Heading(this IAnsiConsole console, string text)
    {
        console.Write(new Text(text, new Style(decoration: Decoration.Bold)));
        console.WriteLine();
    }

    public static void Line(this IAnsiConsole console, string text)
    {
        console.Write(new Text(text));
        console.WriteLine();
    }

    /// <summary>A two-column "label  value" grid; values wrap within the console width.</summary>
    public static Grid KeyValueGrid(IEnumerable<(string Label, string Value)> rows)
    {
        var grid = new Grid();
        grid.AddColumn(new GridColumn().NoWrap().PadRight(2));
        grid.AddColumn(new GridColumn());
        foreach ((string label, string value) in rows)
        {
            grid.AddRow(new Text(label, new Style(decoration: Decoration.Bold)), new Text(value));
        }

        return grid;
    }

    /// <summary>Cell text on one line, cut to <paramref name="width"/>.</summary>
    public static string Cell(object? value, int width) => Values.Truncate(Values.OneLine(Values.ToDisplay(value)), width);
}
