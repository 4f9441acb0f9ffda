namespace LabourDataset.Cli;

/// <summary>A failure to report as one "error: ..." line on stderr, with its exit code (2: bad input, 1: failure).</summary>
internal sealed class CliException : Exception
{
    public const int UsageExitCode = 2;
    public const int FailureExitCode = 1;

    public CliException(string message, int exitCode = UsageExitCode)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public CliException(string message, int exitCode, Exception inner)
        : base(message, inner)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }
}
