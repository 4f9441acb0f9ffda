using System.CommandLine;
using System.Globalization;
using LabourDataset.Cli.Json;
using LabourDataset.Cli.Queries;
using LabourDataset.Cli.Rendering;
using Spectre.Console;

namespace LabourDataset.Cli.Commands;

/// <summary>country &lt;code&gt;: a country's (or any area's) ratifications and its observations grouped by indicator.</summary>
internal static class CountryCommand
{
    public static Command Create(CliContext context)
    {
        var code = new Argument<string>("code") { Description = "Area code (UZB, KHM, IDN, NTT, ...) or exact name" };
        var command = new Command("country", "Ratifications and observations of a country (or any area)") { code };
        command.SetAction(parse => Run(context, parse.GetValue(code)!));
        return command;
    }

    public static int Run(CliContext context, string code)
    {
        Area area = ResearchLookup.ResolveArea(code, "country code");
        var ratifications = area.Ratifications
            .OrderBy(r => r.InstrumentCode, StringComparer.Ordinal)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        var groups = area.Observations
            .GroupBy(o => o.IndicatorCode, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Indicator: g.First().Indicator, Rows: g
                .OrderBy(o => o.PeriodStart)
                .ThenBy(o => o.PeriodEnd)
                .ThenBy(o => o.Period, StringComparer.Ordinal)
                .ThenBy(o => o.Breakdown ?? string.Empty, StringComparer.Ordinal)
                .ThenBy(o => o.Id, StringComparer.Ordinal)
                .ToList()))
            .ToList();

        if (context.Json)
        {
            JsonOutput.Write(context.Output, w =>
            {
                w.WriteStartObject();
                w.WriteString("code", area.Code);
                w.WriteString("name", area.Name);
                w.WriteStringOrNull("nameOriginal", area.NameOriginal);
                w.WriteString("kind", area.Kind.ToValue());
                w.WriteStringOrNull("parentCode", area.ParentCode);
                w.WriteStartArray("ratifications");
                foreach (Ratification r in ratifications)
                {
                    ResearchJson.WriteRatification(w, r);
                }

                w.WriteEndArray();
                w.WriteStartArray("observations");
                foreach ((Indicator indicator, List<Observation> rows) in groups)
                {
                    w.WriteStartObject();
                    w.WriteString("indicatorCode", indicator.Code);
                    w.WriteString("indicatorName", indicator.Name);
                    w.WriteString("unit", indicator.Unit);
                    w.WriteStartArray("values");
                    foreach (Observation o in rows)
                    {
                        ResearchJson.WriteObservation(w, o);
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            });
            return 0;
        }

        IAnsiConsole console = context.Console;
        console.Heading(ResearchText.AreaLabel(area));
        var facts = new List<(string, string)> { ("Kind", area.Kind.ToValue()) };
        if (area.NameOriginal is not null)
        {
            facts.Add(("Original name", area.NameOriginal));
        }

        if (area.Parent is { } parent)
        {
            facts.Add(("Part of", ResearchText.AreaLabel(parent)));
        }

        if (area.Children.Count > 0)
        {
            facts.Add(("Contains", string.Join(", ", area.Children.Select(c => c.Code))));
        }

        facts.Add(("Source", $"{area.Source.Title}, {area.Locator}"));
        console.Write(Ui.KeyValueGrid(facts));
        console.WriteLine();

        console.Heading($"Ratifications ({ratifications.Count.ToString(CultureInfo.InvariantCulture)})");
        if (ratifications.Count == 0)
        {
            console.Line("None recorded.");
        }
        else
        {
            bool notes = ratifications.Any(r => r.Caveat is not null || r.Detail is not null);
            // Year/date and status share a column (two lines) so the title keeps room within 80 columns.
            Table table = notes
                ? Ui.NewTable("Code", "Instrument", "Year/date, status", "Note")
                : Ui.NewTable("Code", "Instrument", "Year/date, status");
            table.Columns[0].NoWrap();
            var footnotes = new Footnotes();
            foreach (Ratification r in ratifications)
            {
                string[] cells = [r.InstrumentCode, r.Instrument.Title, ResearchText.Date(r) + "\n" + r.Status.ToValue()];
                table.AddTextRow(notes ? [.. cells, footnotes.Mark(ResearchText.JoinNotes(r.Detail, r.Caveat))] : cells);
            }

            console.Write(table);
            footnotes.Write(console);
        }

        console.WriteLine();
        console.Heading($"Observations ({area.Observations.Count.ToString(CultureInfo.InvariantCulture)}) by indicator");
        if (groups.Count == 0)
        {
            console.Line("None recorded.");
        }

        foreach ((Indicator indicator, List<Observation> rows) in groups)
        {
            console.Line($"{indicator.Code}: {indicator.Name} ({indicator.Unit})");
            ObservationTable.Write(console, rows, showArea: false, showPeriod: true);
        }

        return 0;
    }
}
