using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace LabourDataset.DataChangelog;

/// <summary>Reads files at a revision with the git command line (<c>git show REV:path</c>), run in the repository root.</summary>
public sealed class GitRepository
{
    public GitRepository(string root)
    {
        if (!Directory.Exists(root)) throw new DataPackageLoadException($"repository folder not found: {root}");
        Root = root;
    }

    public string Root { get; }

    /// <summary>The full commit hash a revision names; throws when git does not know it.</summary>
    public string ResolveCommit(string revision)
    {
        if (string.IsNullOrWhiteSpace(revision) || revision.StartsWith('-') || revision.Contains(':', StringComparison.Ordinal))
            throw new DataPackageLoadException($"invalid git revision: '{revision}'");
        (int code, string stdout, _) = Run("rev-parse", "--verify", "--quiet", revision + "^{commit}");
        if (code != 0) throw new DataPackageLoadException($"unknown git revision: '{revision}'");
        return stdout.Trim();
    }

    public string ShortHash(string commit) => commit.Length > 7 ? commit[..7] : commit;

    /// <summary>The text of a file at a commit, or null when the file does not exist there.</summary>
    public string? ReadFile(string commit, string path)
    {
        (int code, string stdout, string stderr) = Run("show", commit + ":" + path);
        if (code == 0) return stdout;
        if (stderr.Contains("does not exist", StringComparison.Ordinal) || stderr.Contains("exists on disk, but not in", StringComparison.Ordinal))
            return null;
        throw new DataPackageLoadException($"git show {ShortHash(commit)}:{path} failed: {FirstLine(stderr)}");
    }

    private (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var psi = new ProcessStartInfo("git")
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = false,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("core.quotepath=off");
        foreach (string a in args) psi.ArgumentList.Add(a);
        psi.Environment["GIT_TERMINAL_PROMPT"] = "0";
        psi.Environment["LC_ALL"] = "C";

        try
        {
            using Process process = Process.Start(psi) ?? throw new DataPackageLoadException("could not start git");
            Task<string> stdout = process.StandardOutput.ReadToEndAsync();
            Task<string> stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
        }
        catch (Win32Exception e)
        {
            throw new DataPackageLoadException("git is not installed or not on PATH", e);
        }
    }

    private static string FirstLine(string text)
    {
        string trimmed = text.Trim();
        int nl = trimmed.IndexOf('\n', StringComparison.Ordinal);
        return nl < 0 ? trimmed : trimmed[..nl].TrimEnd();
    }
}
