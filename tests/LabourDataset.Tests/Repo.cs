using System.Text.Json;

namespace LabourDataset.Tests;

internal static class Repo
{
    public static string Root => LabourDataset.Testing.RepositoryRoot.Path;

    public static string Data(string file) => Path.Combine(Root, "data", file);

    /// <summary>The shared folder sits beside the repository (CI clones main next to it).</summary>
    public static string Seeds => Path.Combine(Root, "..", "shared", "seeds");

    public static string SeedText(string sourceId)
    {
        string number = sourceId.Substring("seed-".Length);
        string file = Directory.GetFiles(Seeds, number + "_*.txt").Single();
        return File.ReadAllText(file);
    }

    public static JsonElement ReadJson(string file)
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(Data(file)));
        return doc.RootElement.Clone();
    }

}
