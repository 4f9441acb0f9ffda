using System.CommandLine;
using System.Globalization;
using LabourDataset.Cli.Json;
using LabourDataset.Cli.Queries;
using LabourDataset.Cli.Rendering;
using Spectre.Console;

namespace LabourDataset.Cli.Commands;

/// <summary>conflicts: every known disagreement with its kind, how many rows it links, and its explanation.</summary>
internal static class ConflictsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("conflicts", "The known disagreements between rows (see one with 'labour conflict <id>')");
        command.SetAction(_ => Run(context));
        return command;
    }

    public static int Run(CliContext context)
    {
        var conflicts = Conflicts.All.OrderBy(c => c.Id, StringComparer.Ordinal).ToList();

        if (context.Json)
        {
            JsonOutput.Write(context.Output, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("conflicts");
                foreach (Conflict c in conflicts)
                {
                    w.WriteStartObject();
                    w.WriteString("id", c.Id);
                    w.WriteString("kind", c.Kind.ToValue());
                    w.WriteString("description", c.Description);
                    w.WriteString("sourceId", c.SourceId);
                    w.WriteString("sourceTitle", c.Source.Title);
                    w.WriteString("locator", c.Locator);
                    w.WriteStringArray("observationIds", ResearchLookup.ObservationsOf(c).Select(o => o.Id));
                    w.WriteStringArray("claimIds", ResearchLookup.ClaimsOf(c).Select(x => x.Id));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return 0;
        }

        IAnsiConsole console = context.Console;
        console.Heading($"Conflicts ({conflicts.Count.ToString(CultureInfo.InvariantCulture)})");
        if (conflicts.Count == 0)
        {
            console.Line("None recorded.");
            return 0;
        }

        Table table = Ui.NewTable("Conflict", "Rows", "Description");
        table.Columns[1].RightAligned();
        foreach (Conflict c in conflicts)
        {
            int rows = c.Observations.Count + c.Claims.Count;
            table.AddTextRow(c.Id + "\n" + c.Kind.ToValue(), rows.ToString(CultureInfo.InvariantCulture), c.Description);
        }

        console.Write(table);
        console.Line("Side by side: labour conflict <id>");
        return 0;
    }
}
