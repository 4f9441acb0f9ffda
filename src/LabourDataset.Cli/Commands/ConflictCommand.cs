using System.CommandLine;
using System.Globalization;
using LabourDataset.Cli.Json;
using LabourDataset.Cli.Queries;
using LabourDataset.Cli.Rendering;
using Spectre.Console;

namespace LabourDataset.Cli.Commands;

/// <summary>
/// conflict &lt;id&gt;: one known disagreement side by side: the explanation, then every observation and claim of the
/// group with what it says, its period and status, and its source and locator.
/// </summary>
internal static class ConflictCommand
{
    /// <summary>What a claim shows in the period column: claims state no reference period.</summary>
    private const string NoPeriod = "-";

    /// <summary>Where a row's source line starts, under its "n. " heading.</summary>
    private const int MemberIndent = 3;

    public static Command Create(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "Conflict id (see 'labour conflicts')" };
        var command = new Command("conflict", "One disagreement between rows, side by side, with its explanation") { id };
        command.SetAction(parse => Run(context, parse.GetValue(id)!));
        return command;
    }

    public static int Run(CliContext context, string id)
    {
        Conflict conflict = ResearchLookup.ResolveConflict(id);
        List<Observation> observations = ResearchLookup.ObservationsOf(conflict);
        List<Claim> claims = ResearchLookup.ClaimsOf(conflict);

        if (context.Json)
        {
            JsonOutput.Write(context.Output, w =>
            {
                w.WriteStartObject();
                w.WriteString("id", conflict.Id);
                w.WriteString("kind", conflict.Kind.ToValue());
                w.WriteString("description", conflict.Description);
                w.WriteString("sourceId", conflict.SourceId);
                w.WriteString("sourceTitle", conflict.Source.Title);
                w.WriteString("locator", conflict.Locator);
                w.WriteStartArray("observations");
                foreach (Observation o in observations)
                {
                    ResearchJson.WriteObservation(w, o);
                }

                w.WriteEndArray();
                w.WriteStartArray("claims");
                foreach (Claim c in claims)
                {
                    ResearchJson.WriteClaim(w, c);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return 0;
        }

        IAnsiConsole console = context.Console;
        console.Heading($"Conflict {conflict.Id} ({conflict.Kind.ToValue()})");
        console.Line(conflict.Description);
        console.WriteLine();
        console.Write(Ui.KeyValueGrid(
        [
            ("Seen in", $"{conflict.Source.Title}, {conflict.Locator}"),
            ("Rows", $"{Count(observations.Count, "observation")}, {Count(claims.Count, "claim")}"),
        ]));
        console.WriteLine();

        // What each row says stands next to the others in one table; where each says it follows, by number, because
        // row ids and source titles are too long for table cells within 80 columns.
        Table table = Ui.NewTable("#", "Period", "Says", "Status");
        table.Columns[0].RightAligned();
        table.Columns[1].NoWrap();
        var footnotes = new Footnotes();
        var members = new List<(string Row, string Where)>();
        foreach (Observation o in observations)
        {
            members.Add(($"observation {o.Id}", $"{o.Source.Title}, {o.Locator}"));
            string about = $"{o.Indicator.Name}, {o.Area.Name}" + (o.Breakdown is null ? string.Empty : ", " + o.Breakdown);
            table.AddTextRow(Number(members.Count), o.Period, $"{ResearchText.Value(o)} {ResearchText.Unit(o)} ({about})", footnotes.Cell(o.Status.ToValue(), ResearchText.Note(o)));
        }

        foreach (Claim c in claims)
        {
            members.Add(($"claim {c.Id}", $"{c.Source.Title}, {c.Locator}"));
            table.AddTextRow(Number(members.Count), NoPeriod, c.ClaimValue, $"claim: {c.ClaimType.ToValue()}\n({c.Kind.ToValue()})");
        }

        console.Write(table);
        for (int i = 0; i < members.Count; i++)
        {
            console.Line($"{Number(i + 1)}. {members[i].Row}");
            console.Write(new Padder(new Text(members[i].Where), new Padding(MemberIndent, 0, 0, 0)));
        }

        footnotes.Write(console);
        return 0;
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
