using System.Diagnostics;
using Xunit;

namespace LabourDataset.Testing;

/// <summary>The outcome of one run of tests/FrictionlessValidation/validate.mjs.</summary>
public sealed record ValidatorRun(int ExitCode, string Stdout, string Stderr)
{
    public string Output => "stdout:\n" + Stdout + "\nstderr:\n" + Stderr;
}

/// <summary>
/// The official Frictionless libraries (datapackage, tableschema) through tests/FrictionlessValidation/validate.mjs,
/// shared by the data tests (data/) and the CLI tests (exported packages): the npm packages are pinned by that folder's package-lock.json,
/// and when its node_modules is missing this fixture runs `npm ci` there once (.ci/run installs them up front too).
/// </summary>
public sealed class FrictionlessValidator
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tests", "FrictionlessValidation");
    private readonly string? _problem;

    public FrictionlessValidator()
    {
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "datapackage"))
            && Directory.Exists(Path.Combine(Folder, "node_modules", "tableschema")))
        {
            return;
        }

        try
        {
            ValidatorRun install = Execute("npm", Folder, "ci", "--no-audit", "--no-fund");
            if (install.ExitCode != 0)
            {
                _problem = $"`npm ci` failed in {Folder} (exit {install.ExitCode}); run it there by hand.\n{install.Output}";
            }
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            _problem = $"npm is not on PATH ({e.Message}); install node and npm, then run `npm ci` in {Folder}";
        }
    }

    public ValidatorRun Validate(string packageDir)
    {
        Assert.True(_problem is null, _problem);
        try
        {
            return Execute("node", RepositoryRoot.Path, Path.Combine(Folder, "validate.mjs"), packageDir);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"node is not on PATH ({e.Message}); install node and npm, then run `npm ci` in {Folder}", e);
        }
    }

    private static ValidatorRun Execute(string program, string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish in 5 minutes");
        }

        process.WaitForExit();
        return new ValidatorRun(process.ExitCode, stdout.Result, stderr.Result);
    }
}
