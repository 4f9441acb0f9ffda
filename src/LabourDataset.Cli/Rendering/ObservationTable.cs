using Spectre.Console;

namespace LabourDataset.Cli.Rendering;

/// <summary>Observations as a text table with numbered notes, as the country and series views print them.</summary>
internal static class ObservationTable
{
    /// <summary>
    /// Writes a table of observations: [period] [area] [breakdown] value unit [note], where the note is the status (when
    /// not as stated) and a footnote number; the footnotes (missing reason, caveat) follow the table, each text once.
    /// </summary>
    public static void Write(IAnsiConsole console, IReadOnlyList<Observation> rows, bool showArea, bool showPeriod)
    {
        bool breakdown = rows.Any(o => o.Breakdown is not null);
        bool notes = rows.Any(o => ResearchText.Flag(o) is not null || ResearchText.Note(o).Length > 0);
        var headers = new List<string>();
        if (showPeriod)
        {
            headers.Add("Period");
        }

        if (showArea)
        {
            headers.Add("Area");
        }

        if (breakdown)
        {
            headers.Add("Breakdown");
        }

        headers.Add("Value");
        headers.Add("Unit");
        if (notes)
        {
            headers.Add("Note");
        }

        Table table = Ui.NewTable([.. headers]);
        table.Columns[headers.IndexOf("Value")].RightAligned();
        var footnotes = new Footnotes();
        foreach (Observation o in rows)
        {
            var cells = new List<string>();
            if (showPeriod)
            {
                cells.Add(o.Period);
            }

            if (showArea)
            {
                cells.Add(o.Area.Name);
            }

            if (breakdown)
            {
                cells.Add(o.Breakdown ?? string.Empty);
            }

            cells.Add(ResearchText.Value(o));
            cells.Add(ResearchText.Unit(o));
            if (notes)
            {
                cells.Add(footnotes.Cell(ResearchText.Flag(o), ResearchText.Note(o)));
            }

            table.AddTextRow([.. cells]);
        }

        console.Write(table);
        footnotes.Write(console);
    }
}
