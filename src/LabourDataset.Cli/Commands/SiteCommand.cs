using System.CommandLine;
using System.Globalization;
using LabourDataset.Cli.Export;
using LabourDataset.Cli.Json;
using LabourDataset.Cli.Site;

namespace LabourDataset.Cli.Commands;

/// <summary>site --out DIR: a static, offline HTML data browser (index, tables, countries, instruments, indicators, sources).</summary>
internal static class SiteCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out", "-o") { Description = "Directory to write the site into (open index.html)", Required = true };
        var command = new Command("site", "Write a static HTML data browser (sortable tables, SVG charts, sources one click away) that works from file://")
        {
            output,
        };
        command.SetAction(parse => Run(context, parse.GetValue(output)!));
        return command;
    }

    public static int Run(CliContext context, string output)
    {
        SiteSummary summary = null!;
        AtomicOutput.WriteDirectory(output, temp => summary = SiteWriter.Write(context.Catalog, temp));
        string target = Path.GetFullPath(output);
        string index = Path.Combine(target, SiteMap.Index);
        if (context.Json)
        {
            JsonOutput.Write(context.Output, w =>
            {
                w.WriteStartObject();
                w.WriteString("out", target);
                w.WriteString("index", index);
                w.WriteNumber("pages", summary.Total);
                w.WriteStartObject("pagesByKind");
                w.WriteNumber("index", summary.Index);
                w.WriteNumber("tables", summary.Tables);
                w.WriteNumber("countries", summary.Countries);
                w.WriteNumber("instruments", summary.Instruments);
                w.WriteNumber("indicators", summary.Indicators);
                w.WriteNumber("sources", summary.Sources);
                w.WriteEndObject();
                w.WriteEndObject();
            });
            return 0;
        }

        static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        context.Output.WriteLine(
            $"Wrote {N(summary.Total)} pages to {target}: {N(summary.Index)} index, {N(summary.Tables)} tables, {N(summary.Countries)} countries, "
            + $"{N(summary.Instruments)} instruments, {N(summary.Indicators)} indicators, {N(summary.Sources)} sources");
        context.Output.WriteLine($"Open {index}");
        return 0;
    }
}
