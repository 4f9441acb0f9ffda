using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace LabourDataset.Cli.Tests;

/// <summary>
/// Debian's chromium run headless: --dump-dom prints the DOM after the page's scripts ran, --screenshot saves a PNG.
/// Found as $LABOUR_CHROMIUM, else chromium, chromium-browser or google-chrome on PATH.
/// </summary>
internal sealed class HeadlessChromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    private HeadlessChromium(string path, string version)
    {
        Path = path;
        Version = version;
    }

    public string Path { get; }

    public string Version { get; }

    /// <summary>The browser, or null (with the reason) when none is installed or it does not start.</summary>
    public static HeadlessChromium? Find(out string reason)
    {
        string? configured = Environment.GetEnvironmentVariable("LABOUR_CHROMIUM");
        IEnumerable<string> candidates = string.IsNullOrEmpty(configured)
            ? new[] { "chromium", "chromium-browser", "google-chrome" }.SelectMany(OnPath)
            : [configured];
        foreach (string candidate in candidates)
        {
            try
            {
                (int code, string output, _) = Run(candidate, ["--version"]);
                if (code == 0 && output.Trim().Length > 0)
                {
                    reason = string.Empty;
                    return new HeadlessChromium(candidate, output.Trim());
                }
            }
            catch (Win32Exception)
            {
                // Not runnable; try the next one.
            }
        }

        reason = string.IsNullOrEmpty(configured)
            ? "no chromium, chromium-browser or google-chrome on PATH (Debian: apt-get install chromium)"
            : $"LABOUR_CHROMIUM='{configured}' does not run";
        return null;
    }

    /// <summary>The serialized DOM of <paramref name="url"/> after its scripts ran.</summary>
    public string DumpDom(string url)
    {
        (int code, string output, string error) = Headless(["--dump-dom", url]);
        code.ShouldBe(0, $"chromium --dump-dom {url} failed: {error}");
        return output;
    }

    /// <summary>Saves a screenshot of <paramref name="url"/> at 1280x900.</summary>
    public void Screenshot(string url, string png)
    {
        (int code, _, string error) = Headless(["--screenshot=" + png, "--window-size=1280,900", "--hide-scrollbars", url]);
        code.ShouldBe(0, $"chromium --screenshot {url} failed: {error}");
    }

    private (int Code, string Out, string Err) Headless(IEnumerable<string> args)
    {
        string profile = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "labour-chromium-" + Guid.NewGuid().ToString("N"));
        try
        {
            return Run(Path,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, .. args,
            ]);
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static (int Code, string Out, string Err) Run(string file, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', start.ArgumentList)} did not finish within {Timeout.TotalSeconds} s");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static IEnumerable<string> OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => System.IO.Path.Combine(dir, name))
            .Where(File.Exists);
}
