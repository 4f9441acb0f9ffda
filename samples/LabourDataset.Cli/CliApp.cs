namespace LabourDataset.Cli;
public static class CliApp { public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => 0; }
