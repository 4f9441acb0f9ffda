using System.CommandLine;
using System.Globalization;
using LabourDataset.Cli.Json;
using LabourDataset.Cli.Queries;
using LabourDataset.Cli.Rendering;
using Spectre.Console;

namespace LabourDataset.Cli.Commands;

/// <summary>instrument &lt;code&gt;: who ratified it and when.</summary>
internal static class InstrumentCommand
{
    public static Command Create(CliContext context)
    {
        var code = new Argument<string>("code") { Description = "Instrument code (C029, P029, C182, UNTIP, ...)" };
        var command = new Command("instrument", "Who ratified an instrument, and when") { code };
        command.SetAction(parse => Run(context, parse.GetValue(code)!));
        return command;
    }

    public static int Run(CliContext context, string code)
    {
        Instrument instrument = ResearchLookup.ResolveInstrument(code);
        var ratifications = instrument.Ratifications
            .OrderBy(ResearchLookup.SortDate)
            .ThenBy(r => r.CountryCode, StringComparer.Ordinal)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();

        if (context.Json)
        {
            JsonOutput.Write(context.Output, w =>
            {
                w.WriteStartObject();
                w.WriteString("code", instrument.Code);
                w.WriteString("title", instrument.Title);
                w.WriteString("organisation", instrument.Organisation.ToValue());
                w.WriteString("kind", instrument.Kind.ToValue());
                w.WriteNumber("adoptionYear", instrument.AdoptionYear);
                CatalogJson.WriteValue(w, "adoptionDate", instrument.AdoptionDate);
                w.WriteString("category", instrument.Category.ToValue());
                w.WriteStartArray("ratifications");
                foreach (Ratification r in ratifications)
                {
                    ResearchJson.WriteRatification(w, r);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return 0;
        }

        IAnsiConsole console = context.Console;
        console.Heading($"{instrument.Code} - {instrument.Title}");
        var facts = new List<(string, string)>
        {
            ("Adopted", ResearchText.DateOrYear(instrument.AdoptionDate, instrument.AdoptionYear) + (instrument.AdoptionSession is null ? string.Empty : ", " + instrument.AdoptionSession)),
            ("Kind", $"{instrument.Organisation.ToValue()} {instrument.Kind.ToValue()}, {instrument.Category.ToValue()}"),
        };
        if (instrument.EntryIntoForceDate is not null || instrument.EntryIntoForceYear is not null)
        {
            facts.Add(("In force", ResearchText.DateOrYear(instrument.EntryIntoForceDate, instrument.EntryIntoForceYear)));
        }

        if (instrument.Caveat is not null)
        {
            facts.Add(("Caveat", instrument.Caveat));
        }

        facts.Add(("Source", $"{instrument.Source.Title}, {instrument.Locator}"));
        console.Write(Ui.KeyValueGrid(facts));
        console.WriteLine();

        console.Heading($"Ratifications ({ratifications.Count.ToString(CultureInfo.InvariantCulture)})");
        if (ratifications.Count == 0)
        {
            console.Line("None recorded.");
            return 0;
        }

        bool notes = ratifications.Any(r => r.Caveat is not null || r.InForceFrom is not null);
        Table table = notes
            ? Ui.NewTable("Code", "Country", "Year/date", "Status", "Note")
            : Ui.NewTable("Code", "Country", "Year/date", "Status");
        table.Columns[0].NoWrap();
        table.Columns[3].NoWrap();
        var footnotes = new Footnotes();
        foreach (Ratification r in ratifications)
        {
            string[] cells = [r.CountryCode, r.Country.Name, ResearchText.Date(r), r.Status.ToValue()];
            string? inForce = r.InForceFrom is { } from ? "in force from " + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            table.AddTextRow(notes ? [.. cells, footnotes.Cell(inForce, r.Caveat)] : cells);
        }

        console.Write(table);
        footnotes.Write(console);
        return 0;
    }
}
