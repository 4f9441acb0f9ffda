namespace LabourDataset.Cli.Export;

/// <summary>
/// Writes a file or a directory through a temporary sibling, then moves it into place, so a failed export never leaves
/// a half-written target behind.
/// </summary>
internal static class AtomicOutput
{
    /// <summary>Writes <paramref name="target"/> by calling <paramref name="write"/> with a temporary path in the same directory.</summary>
    public static void WriteFile(string target, Action<string> write)
    {
        string full = FullPath(target);
        if (Directory.Exists(full))
        {
            throw new CliException($"'{target}' is a directory; --out must be a file path when exporting one table, SQLite or DuckDB");
        }

        string temp = TempSibling(full);
        try
        {
            write(temp);
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// Fills a temporary directory next to <paramref name="target"/>, then moves it into place (or, when the target
    /// directory exists, moves each finished file into it, replacing files of the same name).
    /// </summary>
    public static void WriteDirectory(string target, Action<string> write)
    {
        string full = FullPath(target);
        if (File.Exists(full))
        {
            throw new CliException($"'{target}' is a file; --out must be a directory when exporting every table or a data package");
        }

        string temp = TempSibling(full);
        Directory.CreateDirectory(temp);
        try
        {
            write(temp);
            if (!Directory.Exists(full))
            {
                Directory.Move(temp, full);
                return;
            }

            foreach (string file in Directory.GetFiles(temp))
            {
                File.Move(file, Path.Combine(full, Path.GetFileName(file)), overwrite: true);
            }

            Directory.Delete(temp, recursive: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    private static string FullPath(string target)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            throw new CliException("--out is empty");
        }

        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        string? parent = Path.GetDirectoryName(full);
        if (parent is null || Path.GetFileName(full).Length == 0)
        {
            throw new CliException($"cannot write to '{target}'");
        }

        if (!Directory.Exists(parent))
        {
            throw new CliException($"directory '{parent}' does not exist", CliException.FailureExitCode);
        }

        return full;
    }

    private static string TempSibling(string full) =>
        Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".tmp-" + Guid.NewGuid().ToString("N"));

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else if (File.Exists(path))
            {
                File.Delete(path);
            }

            foreach (string suffix in new[] { "-journal", "-wal", "-shm", ".wal" })
            {
                if (File.Exists(path + suffix))
                {
                    File.Delete(path + suffix);
                }
            }
        }
        catch (IOException)
        {
            // Best effort: the original error matters more.
        }
        catch (UnauthorizedAccessException)
        {
            // Best effort.
        }
    }
}
