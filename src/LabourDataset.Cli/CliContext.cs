using LabourDataset.Cli.Data;
using Spectre.Console;

namespace LabourDataset.Cli;

/// <summary>What a command needs: the data, where to write, and whether to write JSON.</summary>
internal sealed class CliContext
{
    public CliContext(Catalog catalog, TextWriter output, IAnsiConsole console, int width)
    {
        Catalog = catalog;
        Output = output;
        Console = console;
        Width = width;
    }

    public Catalog Catalog { get; }

    /// <summary>Plain text writer (buffered; reaches stdout only when the command succeeds).</summary>
    public TextWriter Output { get; }

    /// <summary>Spectre console over <see cref="Output"/>.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Console width in columns (80 when the output is redirected).</summary>
    public int Width { get; }

    /// <summary>True when the global --json switch was given.</summary>
    public bool Json { get; set; }

    /// <summary>Creates a Spectre console writing to <paramref name="writer"/>, plain text unless <paramref name="ansi"/>.</summary>
    public static IAnsiConsole CreateConsole(TextWriter writer, bool ansi, int width)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = ansi ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = width;
        console.Profile.Capabilities.Unicode = true;
        return console;
    }
}
