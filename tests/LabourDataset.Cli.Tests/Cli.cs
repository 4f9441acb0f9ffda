using System.Globalization;
using System.Text.Json;
using LabourDataset.Cli.Data;

namespace LabourDataset.Cli.Tests;

/// <summary>The result of one in-process run of the CLI.</summary>
public sealed record CliResult(int ExitCode, string Out, string Err)
{
    public string[] Lines => Out.Split('\n');

    /// <summary>The output with every run of whitespace (line wraps, padding) collapsed to one space.</summary>
    public string Flat => string.Join(' ', Out.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public JsonDocument Json() => JsonDocument.Parse(Out);

    public CliResult ShouldSucceed()
    {
        ExitCode.ShouldBe(0, $"stderr: {Err}");
        Err.ShouldBeEmpty();
        Out.ShouldNotBeEmpty();
        return this;
    }

    /// <summary>Exit 2, one "error: ..." line on stderr, nothing on stdout.</summary>
    public CliResult ShouldFailWithUsageError(string containing)
    {
        ExitCode.ShouldBe(2, $"stdout: {Out}");
        Out.ShouldBeEmpty();
        Err.ShouldStartWith("error: ");
        Err.TrimEnd('\n', '\r').ShouldNotContain("\n");
        Err.ShouldContain(containing);
        return this;
    }

    public void ShouldFitWidth(int width = 80)
    {
        foreach (string line in Lines)
        {
            line.Length.ShouldBeLessThanOrEqualTo(width, $"line too wide: '{line}'");
        }
    }
}

internal static class Cli
{
    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter(CultureInfo.InvariantCulture);
        var stderr = new StringWriter(CultureInfo.InvariantCulture);
        int code = CliApp.Run(args, stdout, stderr);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    public static CliResult RunOn(Catalog catalog, params string[] args)
    {
        var stdout = new StringWriter(CultureInfo.InvariantCulture);
        var stderr = new StringWriter(CultureInfo.InvariantCulture);
        int code = CliApp.Run(args, stdout, stderr, catalog);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
