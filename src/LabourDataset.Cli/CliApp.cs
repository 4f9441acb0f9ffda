using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using LabourDataset.Cli.Data;
using LabourDataset.Cli.Input;
using LabourDataset.Cli.Queries;

namespace LabourDataset.Cli;

/// <summary>The 'labour' command line: parse, run one command, write its output or one error line.</summary>
public static class CliApp
{
    private const int RedirectedWidth = 80;

    /// <summary>
    /// Runs the CLI. Output reaches <paramref name="stdout"/> only when the command succeeds; on failure
    /// <paramref name="stderr"/> gets one "error: ..." line and the exit code is 2 (bad input) or 1 (I/O failure).
    /// </summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(stdout);
        bool terminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        bool noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        int width = terminal ? TerminalWidth() : RedirectedWidth;
        return Run(args, stdout, stderr, Catalog.Dataset, ansi: terminal && !noColor, width);
    }

    internal static int Run(string[] args, TextWriter stdout, TextWriter stderr, Catalog catalog, bool ansi = false, int width = RedirectedWidth)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        ArgumentNullException.ThrowIfNull(catalog);

        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        using var errors = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var context = new CliContext(catalog, output, CliContext.CreateConsole(output, ansi, width), width);
        (Command root, Option<bool> json) = CommandTree.Build(context);

        int exitCode;
        try
        {
            ParseResult parse = root.Parse(args);
            context.Json = parse.GetValue(json);
            if (parse.Action is ParseErrorAction)
            {
                throw new CliException(ParseErrorMessage(root, parse));
            }

            exitCode = parse.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = errors,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (CliException e)
        {
            return Fail(stderr, e.Message, e.ExitCode);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            return Fail(stderr, e.Message, CliException.FailureExitCode);
        }

        if (exitCode == 0)
        {
            stdout.Write(ansi ? output.ToString() : TrimLineEnds(output.ToString()));
            stdout.Flush();
        }
        else
        {
            stderr.Write(errors.ToString());
            stderr.Flush();
        }

        return exitCode;
    }

    /// <summary>Drops the spaces Spectre pads lines with, for plain (redirected) output.</summary>
    internal static string TrimLineEnds(string text)
    {
        if (!text.Contains(" \n", StringComparison.Ordinal))
        {
            return text;
        }

        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            lines[i] = lines[i].TrimEnd(' ');
        }

        return string.Join('\n', lines);
    }

    private static int Fail(TextWriter stderr, string message, int exitCode)
    {
        stderr.WriteLine("error: " + Values.OneLine(message));
        stderr.Flush();
        return exitCode;
    }

    private static string ParseErrorMessage(Command root, ParseResult parse)
    {
        if (parse.CommandResult.Command == root && parse.UnmatchedTokens.Count > 0 && !parse.UnmatchedTokens[0].StartsWith('-'))
        {
            return Suggestions.Unknown("command", parse.UnmatchedTokens[0], root.Subcommands.Select(c => c.Name));
        }

        string message = parse.Errors.Count > 0 ? parse.Errors[0].Message : "invalid arguments";
        string path = string.Join(' ', CommandPath(parse.CommandResult.Command, root));
        return $"{message.TrimEnd('.')} (see '{path} --help')";
    }

    private static IEnumerable<string> CommandPath(Command command, Command root)
    {
        yield return "labour";
        if (command != root)
        {
            yield return command.Name;
        }
    }

    private static int TerminalWidth()
    {
        try
        {
            int width = Console.WindowWidth;
            return width >= 40 ? width : RedirectedWidth;
        }
        catch (IOException)
        {
            return RedirectedWidth;
        }
    }
}
