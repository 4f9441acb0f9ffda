namespace LabourDataset.Generator.Tests;

/// <summary>
/// The test assembly's entry point (the test SDK's generated one is turned off in the project). The test runner never
/// calls it; <see cref="ConcurrencyStressTests"/> starts this assembly with <c>dotnet exec</c> to race cold first
/// access in a process of its own.
/// </summary>
public static class ChildProcessEntry
{
    public const string StressCommand = "concurrency-stress-child";

    public static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] == StressCommand)
        {
            return ConcurrencyStressTests.RunChild(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture), Console.Out);
        }
        Console.Error.WriteLine($"usage: {StressCommand} <folder> <seed> (started by ConcurrencyStressTests)");
        return 2;
    }
}
