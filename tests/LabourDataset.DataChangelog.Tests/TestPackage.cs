using System.Text.Json;
using System.Text.Json.Nodes;

namespace LabourDataset.DataChangelog.Tests;

/// <summary>A small data package built in memory: a descriptor plus one JSON file per resource, editable as JSON nodes.</summary>
internal sealed class TestPackage
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public JsonObject Descriptor { get; }

    public Dictionary<string, JsonArray> Rows { get; } = new(StringComparer.Ordinal);

    private TestPackage(JsonObject descriptor) => Descriptor = descriptor;

    /// <summary>Two resources: <c>people</c> (key id) and <c>stats</c> (composite key country + year).</summary>
    public static TestPackage Sample(string version = "1.0.0")
    {
        var p = new TestPackage(new JsonObject
        {
            ["name"] = "test-package",
            ["title"] = "Test package",
            ["version"] = version,
            ["resources"] = new JsonArray(),
        });
        p.AddResource("people", ["id"], [("id", "integer"), ("name", "string"), ("age", "integer"), ("tags", "array")],
            """
            [
              { "id": 1, "name": "Ana", "age": 30, "tags": ["a", "b"] },
              { "id": 2, "name": "Bob", "age": 41, "tags": [] },
              { "id": 3, "name": "Cy", "age": null }
            ]
            """);
        p.AddResource("stats", ["country", "year"], [("country", "string"), ("year", "year"), ("value", "number")],
            """
            [
              { "country": "UZB", "year": 2020, "value": 29.56 },
              { "country": "UZB", "year": 2021, "value": 30.1 },
              { "country": "KHM", "year": 2020, "value": 12 }
            ]
            """);
        return p;
    }

    public TestPackage AddResource(string name, string[] primaryKey, (string Name, string Type)[] fields, string rowsJson)
    {
        var fieldArray = new JsonArray();
        foreach ((string n, string t) in fields) fieldArray.Add(new JsonObject { ["name"] = n, ["type"] = t });
        var schema = new JsonObject { ["fields"] = fieldArray };
        if (primaryKey.Length > 0) schema["primaryKey"] = new JsonArray(primaryKey.Select(k => (JsonNode?)JsonValue.Create(k)).ToArray());
        ResourcesArray.Add(new JsonObject { ["name"] = name, ["path"] = name + ".json", ["schema"] = schema });
        Rows[name + ".json"] = JsonNode.Parse(rowsJson)!.AsArray();
        return this;
    }

    public JsonArray ResourcesArray => Descriptor["resources"]!.AsArray();

    public JsonObject Resource(string name) => ResourcesArray.Single(r => (string?)r!["name"] == name)!.AsObject();

    public JsonArray Fields(string resource) => Resource(resource)["schema"]!["fields"]!.AsArray();

    public JsonObject Field(string resource, string field) => Fields(resource).Single(f => (string?)f!["name"] == field)!.AsObject();

    public JsonArray RowsOf(string resource) => Rows[(string)Resource(resource)["path"]!];

    public JsonObject Row(string resource, int index) => RowsOf(resource)[index]!.AsObject();

    public string Version
    {
        set => Descriptor["version"] = value;
    }

    public TestPackage Clone()
    {
        var copy = new TestPackage(Descriptor.DeepClone().AsObject());
        foreach ((string file, JsonArray rows) in Rows) copy.Rows[file] = rows.DeepClone().AsArray();
        return copy;
    }

    /// <summary>The files as text; indented by default, minified with <paramref name="indented"/> false.</summary>
    public Dictionary<string, string> Files(bool indented = true)
    {
        JsonSerializerOptions? options = indented ? Indented : null;
        var files = new Dictionary<string, string>(StringComparer.Ordinal) { ["datapackage.json"] = Descriptor.ToJsonString(options) };
        foreach ((string file, JsonArray rows) in Rows) files[file] = rows.ToJsonString(options);
        return files;
    }

    public DataPackageSnapshot Snapshot(string label = "in-memory package") => DataPackageSnapshot.FromFiles(Files(), label);

    /// <summary>Writes the files to a folder and returns it.</summary>
    public string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach ((string file, string text) in Files()) File.WriteAllText(Path.Combine(folder, file), text);
        return folder;
    }
}

/// <summary>A temporary folder, deleted on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "labour-datadiff-tests", Guid.NewGuid().ToString("N"));

    public string Sub(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}

internal static class Run
{
    public static (int Code, string Stdout, string Stderr) Cli(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = DataChangelog.Cli.Run(args, stdout, stderr, Repo.Root);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public static DiffResult Diff(TestPackage old, TestPackage @new) => DataPackageDiff.Compare(old.Snapshot("old"), @new.Snapshot("new"));
}

internal static class Repo
{
    public static string Root => LabourDataset.Testing.RepositoryRoot.Path;

    public static string Data => Path.Combine(Root, "data");

    /// <summary>data-releases/, one folder per released data version (data-releases/0.1.0/ holds data/ as released in 0.1.0).</summary>
    public static string Releases => Path.Combine(Root, "data-releases");

    /// <summary>The last release: the data-releases/ folder with the highest SemVer name.</summary>
    public static string Baseline => Directory.GetDirectories(Releases)
        .Select(dir => (Dir: dir, Parsed: SemVersion.TryParse(Path.GetFileName(dir), out SemVersion version), Version: version))
        .Where(release => release.Parsed)
        .MaxBy(release => release.Version)
        .Dir ?? throw new InvalidOperationException("no release folder (named by its version) in " + Releases);


    /// <summary>Copies every *.json of a folder into another.</summary>
    public static string CopyJson(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from, "*.json")) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        return to;
    }
}
