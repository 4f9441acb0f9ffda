namespace LabourDataset.Cli.Data;

/// <summary>The data package as the generic commands see it: identity, licences, sources and tables.</summary>
internal sealed class Catalog
{
    private static readonly Lazy<Catalog> LazyDataset = new(FromDataset, LazyThreadSafetyMode.ExecutionAndPublication);

    public Catalog(
        string name,
        string version,
        string? title,
        string? description,
        string contentHash,
        IReadOnlyList<DataPackageLicense> licenses,
        IReadOnlyList<DataPackageSource> sources,
        IReadOnlyList<CatalogTable> tables)
    {
        Name = name;
        Version = version;
        Title = title;
        Description = description;
        ContentHash = contentHash;
        Licenses = licenses;
        Sources = sources;
        Tables = tables;
    }

    /// <summary>The compiled LabourDataset package.</summary>
    public static Catalog Dataset => LazyDataset.Value;

    public string Name { get; }

    public string Version { get; }

    public string? Title { get; }

    public string? Description { get; }

    public string ContentHash { get; }

    public IReadOnlyList<DataPackageLicense> Licenses { get; }

    public IReadOnlyList<DataPackageSource> Sources { get; }

    public IReadOnlyList<CatalogTable> Tables { get; }

    public CatalogTable? Find(string name)
    {
        foreach (CatalogTable table in Tables)
        {
            if (string.Equals(table.Name, name, StringComparison.Ordinal))
            {
                return table;
            }
        }

        return null;
    }

    private static Catalog FromDataset() => new(
        DatasetInfo.Name,
        DatasetInfo.Version,
        DatasetInfo.Title,
        DatasetInfo.Description,
        DatasetInfo.ContentHash,
        DatasetInfo.Licenses,
        DatasetInfo.Sources,
        DatasetInfo.Tables.Select(CatalogTable.From).ToArray());
}
