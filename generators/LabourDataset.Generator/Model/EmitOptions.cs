namespace LabourDataset.Generator.Model
{
    /// <summary>What the consuming compilation offers; read once per compilation and compared by value.</summary>
    internal sealed record EmitOptions(string DefaultNamespace, bool HasDateOnly, bool HasJsonIgnore, bool HasUtf8Literals = true);

    /// <summary>One resource's schema together with the whole package, which emitting its record needs for navigation.</summary>
    internal sealed record RecordInput(TableSpec Table, PackageSpec Package, EmitOptions Options);

    /// <summary>One resource's rows together with its schema and the package names.</summary>
    internal sealed record CollectionInput(TableData Data, TableSpec Table, PackageSpec Package, EmitOptions Options);

    /// <summary>DatasetInfo needs the package and the content hash of every file, in package order.</summary>
    internal sealed record DatasetInfoInput(PackageSpec Package, string DescriptorHash, EquatableArray<FileHash> FileHashes, EmitOptions Options);

    internal sealed record FileHash(string ResourceName, string Hash);
}
