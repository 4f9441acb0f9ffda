using System.Globalization;

namespace LabourDataset.DataChangelog;

/// <summary>The <c>labour-datadiff</c> command line. Exit codes: 0 success (or check passed), 1 check failed,
/// 2 usage error, unknown folder or revision, or invalid JSON.</summary>
public static class Cli
{
    public const int Ok = 0;
    public const int CheckFailed = 1;
    public const int Error = 2;

    public const string Usage =
        """
        labour-datadiff: compare two versions of a data package and write a data changelog entry.

        Usage:
          labour-datadiff (--old DIR | --old-rev REV | --old-empty) [--new DIR | --new-rev REV] [options]

        Old side (one of):
          --old DIR          folder holding datapackage.json (or a repository root with data/datapackage.json)
          --old-rev REV      data/ as committed at a git revision (tag, branch, commit)
          --old-empty        nothing: an empty package, for the initial release
        New side (default: the working tree data/ of the repository):
          --new DIR          folder holding datapackage.json
          --new-rev REV      data/ at a git revision
        Options:
          --repo DIR         repository root (default: walk up from the current folder to LabourDataset.sln)
          --json             machine-readable JSON instead of Markdown
          --max-details N    row lines per resource in Markdown (default 200)
          --check            print one line; exit 1 when the new version does not bump enough
          -h, --help         this text

        Bumps: MAJOR when a resource, field or row key is removed or renamed, a field type or a primary key changes;
        MINOR when resources, fields or rows are added; PATCH when values in existing rows or metadata change;
        NONE when nothing but formatting changed. While MAJOR is 0, a MINOR bump is enough for a MAJOR change.
        """;

    private sealed class Options
    {
        public string? Old;
        public string? OldRev;
        public bool OldEmpty;
        public string? New;
        public string? NewRev;
        public string? Repo;
        public bool Json;
        public bool Check;
        public bool Help;
        public int MaxDetails = MarkdownReport.DefaultMaxDetails;
    }

    /// <param name="currentDirectory">Where to start looking for the repository root (default: the process's current directory).</param>
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, string? currentDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        Options o;
        try
        {
            o = Parse(args);
        }
        catch (UsageException e)
        {
            stderr.Write($"labour-datadiff: {e.Message} (see --help)\n");
            return Error;
        }

        if (o.Help)
        {
            stdout.Write(Usage.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n");
            return Ok;
        }

        try
        {
            string? repo = o.Repo;
            string RepoRoot() => repo ??= RepositoryRoot.Find(currentDirectory ?? Directory.GetCurrentDirectory())
                                          ?? throw new DataPackageLoadException("repository root not found (no LabourDataset.sln above the current folder; use --repo)");

            DataPackageSnapshot old = o.OldEmpty ? DataPackageSnapshot.Empty()
                : o.Old is not null ? DataPackageSnapshot.FromFolder(o.Old)
                : DataPackageSnapshot.FromGitRevision(RepoRoot(), o.OldRev!);
            DataPackageSnapshot @new = o.New is not null ? DataPackageSnapshot.FromFolder(o.New)
                : o.NewRev is not null ? DataPackageSnapshot.FromGitRevision(RepoRoot(), o.NewRev)
                : DataPackageSnapshot.FromFolder(Path.Combine(RepoRoot(), "data"), "working tree `data/`");

            DiffResult diff = DataPackageDiff.Compare(old, @new);
            if (o.Check)
            {
                if (diff.Check.Satisfied)
                {
                    stdout.Write(diff.Check.Message + "\n");
                    return Ok;
                }

                stderr.Write(diff.Check.Message + "\n");
                return CheckFailed;
            }

            stdout.Write(o.Json ? JsonReport.Render(diff) : MarkdownReport.Render(diff, o.MaxDetails));
            return Ok;
        }
        catch (DataPackageLoadException e)
        {
            stderr.Write("labour-datadiff: " + OneLine(e.Message) + "\n");
            return Error;
        }
        catch (IOException e)
        {
            stderr.Write("labour-datadiff: " + OneLine(e.Message) + "\n");
            return Error;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.Write("labour-datadiff: " + OneLine(e.Message) + "\n");
            return Error;
        }
    }

    private static string OneLine(string s) => s.Replace("\r", " ", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private sealed class UsageException(string message) : Exception(message);

    private static Options Parse(IReadOnlyList<string> args)
    {
        var o = new Options();
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            string Value()
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal)) throw new UsageException($"{a} needs a value");
                return args[++i];
            }

            switch (a)
            {
                case "--old": o.Old = Value(); break;
                case "--old-rev": o.OldRev = Value(); break;
                case "--old-empty": o.OldEmpty = true; break;
                case "--new": o.New = Value(); break;
                case "--new-rev": o.NewRev = Value(); break;
                case "--repo": o.Repo = Value(); break;
                case "--json": o.Json = true; break;
                case "--check": o.Check = true; break;
                case "-h" or "--help": o.Help = true; break;
                case "--max-details":
                    string n = Value();
                    if (!int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out o.MaxDetails)) throw new UsageException($"--max-details needs a whole number, not '{n}'");
                    break;
                default: throw new UsageException($"unknown argument '{a}'");
            }
        }

        if (o.Help) return o;
        int olds = (o.Old is null ? 0 : 1) + (o.OldRev is null ? 0 : 1) + (o.OldEmpty ? 1 : 0);
        if (olds != 1) throw new UsageException("give exactly one of --old DIR, --old-rev REV, --old-empty");
        if (o.New is not null && o.NewRev is not null) throw new UsageException("give at most one of --new DIR, --new-rev REV");
        return o;
    }
}

/// <summary>Finds the repository root: the nearest folder, walking up, that holds LabourDataset.sln.</summary>
public static class RepositoryRoot
{
    public const string Marker = "LabourDataset.sln";

    public static string? Find(string start)
    {
        string? dir = Path.GetFullPath(start);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir, Marker))) return dir;
            dir = Path.GetDirectoryName(dir);
        }

        return null;
    }
}
