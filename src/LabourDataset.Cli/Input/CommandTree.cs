using System.CommandLine;
using System.CommandLine.Help;
using LabourDataset.Cli.Commands;

namespace LabourDataset.Cli.Input;

/// <summary>Builds the command tree for one run.</summary>
internal static class CommandTree
{
    public static (Command Root, Option<bool> Json) Build(CliContext context)
    {
        var json = new Option<bool>("--json")
        {
            Description = "Print machine-readable JSON instead of tables",
            Recursive = true,
        };
        var version = new Option<bool>("--version")
        {
            Description = "Show the tool version, the dataset version and the content hash",
        };

        // A plain Command named "labour" rather than RootCommand, whose name would be the host's executable
        // (e.g. "testhost" under tests); it gets the help option but not the built-in --version.
        var root = new Command("labour", "labour: browse, search and export the LabourDataset data package (forced labour, child labour, trafficking).");
        var help = new HelpOption();
        if (help.Action is HelpAction helpAction)
        {
            helpAction.MaxWidth = context.Width;
        }

        root.Options.Add(help);
        root.Options.Add(json);
        root.Options.Add(version);
        root.Subcommands.Add(OverviewCommand.Create(context));
        root.Subcommands.Add(TablesCommand.Create(context));
        root.Subcommands.Add(ShowCommand.Create(context));
        root.Subcommands.Add(GetCommand.Create(context));
        root.Subcommands.Add(CountryCommand.Create(context));
        root.Subcommands.Add(InstrumentCommand.Create(context));
        root.Subcommands.Add(SeriesCommand.Create(context));
        root.Subcommands.Add(ConflictsCommand.Create(context));
        root.Subcommands.Add(ConflictCommand.Create(context));
        root.Subcommands.Add(SearchCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(SiteCommand.Create(context));
        root.SetAction(parse => parse.GetValue(version) ? VersionCommand.Run(context) : OverviewCommand.Run(context));
        return (root, json);
    }
}
