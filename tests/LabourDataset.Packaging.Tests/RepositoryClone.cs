using System.Diagnostics;

namespace LabourDataset.Packaging.Tests;

/// <summary>
/// A clone of the repository at HEAD with the working tree's uncommitted changes copied over it: what is tested is what
/// is checked out, and packing it never touches the working tree's obj/ and bin/, which other test assemblies build
/// from at the same time (a pack there with its own package cache once broke a concurrent CLI build).
/// </summary>
internal static class RepositoryClone
{
    public static string Create(string repo, string head, string clone)
    {
        Run(Path.GetDirectoryName(clone)!, "git", "clone", "--quiet", "--no-checkout", repo, clone).ExitCode.ShouldBe(0);
        Run(clone, "git", "checkout", "--quiet", "--detach", head).ExitCode.ShouldBe(0);
        foreach (string file in GitFiles(repo, "--modified", "--others", "--exclude-standard"))
        {
            string from = Path.Combine(repo, file);
            if (!File.Exists(from)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(clone, file))!);
            File.Copy(from, Path.Combine(clone, file), overwrite: true);
        }
        foreach (string file in GitFiles(repo, "--deleted")) File.Delete(Path.Combine(clone, file));
        return clone;
    }

    public static string Head(string repo)
    {
        (int code, string head) = Run(repo, "git", "rev-parse", "HEAD");
        code.ShouldBe(0, "packing needs a git checkout: " + head);
        return head.Trim();
    }

    private static IEnumerable<string> GitFiles(string repo, params string[] options)
    {
        (int code, string text) = Run(repo, "git", ["ls-files", "-z", .. options]);
        code.ShouldBe(0, text);
        return text.Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal);
    }

    internal static (int ExitCode, string Output) Run(string workingDirectory, string fileName, params string[] args)
    {
        Directory.CreateDirectory(workingDirectory);
        var psi = new ProcessStartInfo(fileName) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args) psi.ArgumentList.Add(arg);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        // The build's own normalisation is under test, not a timestamp handed in from outside.
        psi.Environment.Remove("SOURCE_DATE_EPOCH");
        using Process process = Process.Start(psi)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(TimeSpan.FromMinutes(10)).ShouldBeTrue(fileName + " " + string.Join(' ', args) + " timed out");
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
