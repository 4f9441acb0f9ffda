using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace LabourDataset.Tests;

public class PinningTests
{
    [Fact]
    public void Dataset_version_is_the_descriptor_version_and_the_assembly_version()
    {
        string version = Repo.ReadJson("datapackage.json").GetProperty("version").GetString()!;
        DatasetInfo.Version.ShouldBe(version);
        string informational = typeof(DatasetInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        informational.Split('+')[0].ShouldBe(version);
    }

    [Fact]
    public void Content_hash_is_recomputable_from_the_data_files()
    {
        static string Sha(string text)
        {
            string canonical = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Replace('\r', '\n');
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        }
        var manifest = new StringBuilder();
        manifest.Append("datapackage.json:").Append(Sha(File.ReadAllText(Repo.Data("datapackage.json")))).Append('\n');
        foreach (DataPackageTable table in DatasetInfo.Tables)
        {
            manifest.Append(table.Path).Append(':').Append(Sha(File.ReadAllText(Repo.Data(table.Path)))).Append('\n');
        }
        DatasetInfo.ContentHash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(manifest.ToString()))));
    }

    [Fact]
    public void EnsureContentHash_accepts_the_compiled_hash_and_rejects_another()
    {
        Should.NotThrow(() => DatasetIntegrity.EnsureContentHash(DatasetInfo.ContentHash.ToUpperInvariant()));
        Should.Throw<InvalidOperationException>(() => DatasetIntegrity.EnsureContentHash(new string('0', 64))).Message.ShouldContain(DatasetInfo.Version);
    }

    [Fact]
    public void Package_identity_comes_from_the_descriptor()
    {
        var descriptor = Repo.ReadJson("datapackage.json");
        DatasetInfo.Name.ShouldBe(descriptor.GetProperty("name").GetString());
        DatasetInfo.Title.ShouldBe(descriptor.GetProperty("title").GetString());
        DatasetInfo.Licenses.Select(l => l.Name).ShouldBe(descriptor.GetProperty("licenses").EnumerateArray().Select(l => l.GetProperty("name").GetString()!));
        DatasetInfo.Sources.Count.ShouldBe(descriptor.GetProperty("sources").GetArrayLength());
    }
}
