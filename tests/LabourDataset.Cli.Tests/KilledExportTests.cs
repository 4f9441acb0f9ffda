using System.Diagnostics;
using System.Security.Cryptography;
using Xunit.Abstractions;

namespace LabourDataset.Cli.Tests;

/// <summary>
/// Nothing lost on the way out: a real <c>labour export</c> process is killed (SIGKILL, no chance to clean up) while
/// it writes, at a spread of points (as soon as its temporary file appears, then when that file holds 1% ... 100% of
/// the complete export). The file already at --out must come through byte-identical; the only other outcome allowed
/// is the complete new export (when the process got to its move first). A partial file at --out, or anything else beside it but the hidden temporary, fails.
/// </summary>
public sealed class KilledExportTests(ITestOutputHelper output)
{
    /// <summary>Where to kill, one attempt each: milliseconds after the temporary file appears, or (negative) the share
    /// of the complete export already in it. Writes are buffered, so a temporary file often stays empty until the
    /// end and then fills at once: the timed points land mid-write, the share points near the move. The JSON export
    /// takes only a few milliseconds after its temporary file appears, so most timed points are early ones.</summary>
    private static readonly double[] KillPoints = [0, 0, 0, 0.5, 1, 1, 1.5, 2, 2, 3, 4, 5, 8, 13, 21, 34, -0.01, -0.25, -0.5, -0.75, -0.99];

    [Theory]
    [InlineData("sqlite", "labour.db", null)]
    [InlineData("json", "observations.json", "observations")]
    [InlineData("csv", "observations.csv", "observations")]
    public void A_killed_export_leaves_the_previous_file_byte_identical(string format, string fileName, string? table)
    {
        using var dir = new TempDir();
        string[] args = ["export", "--format", format, .. table is null ? Array.Empty<string>() : ["--table", table]];

        // The complete export, for the one other outcome allowed.
        string reference = dir["reference-" + fileName];
        using (Process done = Start(args, reference))
        {
            done.WaitForExit(60_000).ShouldBeTrue();
            done.ExitCode.ShouldBe(0, done.StandardError.ReadToEnd());
        }
        byte[] complete = File.ReadAllBytes(reference);

        byte[] previous = new byte[64 * 1024];
        new Random(fileName.Length).NextBytes(previous);
        "previous export, must survive\n"u8.CopyTo(previous);

        int intact = 0, replaced = 0;
        var writtenAtKill = new List<long>();
        for (int attempt = 0; attempt < KillPoints.Length; attempt++)
        {
            string folder = Path.Combine(dir.Path, "attempt-" + attempt);
            Directory.CreateDirectory(folder);
            string target = Path.Combine(folder, fileName);
            File.WriteAllBytes(target, previous);

            double point = KillPoints[attempt];
            long threshold = point < 0 ? (long)(-point * complete.Length) : long.MaxValue;
            var sinceTemp = new Stopwatch();
            using Process process = Start(args, target);
            string? temp = null;
            long written = -1;
            while (!process.HasExited)
            {
                if (temp is null)
                {
                    temp = Directory.EnumerateFiles(folder, "." + fileName + ".tmp-*").FirstOrDefault();
                    if (temp is null) continue;
                    sinceTemp.Start();
                }
                try
                {
                    written = new FileInfo(temp).Length;
                }
                catch (IOException)
                {
                    break; // moved into place already
                }
                if (written >= threshold || (point >= 0 && sinceTemp.Elapsed.TotalMilliseconds >= point))
                {
                    try
                    {
                        process.Kill(entireProcessTree: true);
                    }
                    catch (InvalidOperationException)
                    {
                        // It had already exited: judged by what it left, like any other attempt.
                    }
                    break;
                }
            }
            process.WaitForExit(60_000).ShouldBeTrue();

            byte[] now = File.ReadAllBytes(target);
            string where = point >= 0 ? $"{point} ms after the temporary file appeared" : $"{-point:P0} of {complete.Length} bytes written";
            string what = $"{format} attempt {attempt} (kill {where}, exit code {process.ExitCode})";
            if (now.AsSpan().SequenceEqual(previous))
            {
                // Only a killed run may leave the old file: a run that exits 0 must have replaced it.
                process.ExitCode.ShouldNotBe(0, what + ": finished but left the previous file");
                intact++;
                writtenAtKill.Add(temp is not null && File.Exists(temp) ? new FileInfo(temp).Length : 0);
            }
            else
            {
                Hash(now).ShouldBe(Hash(complete), what + ": --out holds neither the previous file nor the complete export");
                replaced++;
            }

            // Beside --out there is at most the hidden temporary file (and SQLite's journal of it) of a killed run.
            foreach (string entry in Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName)!)
            {
                (entry == fileName || entry!.StartsWith("." + fileName + ".tmp-", StringComparison.Ordinal)).ShouldBeTrue(what + ": unexpected " + entry);
            }
        }

        output.WriteLine($"{format}: {KillPoints.Length} kills, {intact} mid-write with the previous file intact, {replaced} after the move (the complete export in place); "
            + $"bytes in the temporary file at each mid-write kill: {string.Join(", ", writtenAtKill.Order())} of {complete.Length}");
        intact.ShouldBeGreaterThanOrEqualTo(KillPoints.Length / 3, "too few attempts were killed mid-write to show anything");
    }

    private static Process Start(string[] args, string target)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(target)!,
        };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "labour.dll"));
        foreach (string arg in args) psi.ArgumentList.Add(arg);
        psi.ArgumentList.Add("--out");
        psi.ArgumentList.Add(target);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return Process.Start(psi)!;
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
