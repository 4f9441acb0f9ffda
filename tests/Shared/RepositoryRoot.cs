namespace LabourDataset.Testing;

/// <summary>
/// The repository root (the folder holding LabourDataset.sln), found by walking up from the running assembly.
/// Linked into every test and benchmark project that reads repository files, so there is one way to find them.
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        string dir = AppContext.BaseDirectory;
        while (!File.Exists(System.IO.Path.Combine(dir, "LabourDataset.sln")))
        {
            dir = System.IO.Path.GetDirectoryName(dir)
                ?? throw new InvalidOperationException("repository root (LabourDataset.sln) not found above " + AppContext.BaseDirectory);
        }
        return dir;
    }
}
