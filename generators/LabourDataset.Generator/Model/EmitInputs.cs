namespace LabourDataset.Generator.Model
{
    /// <summary>What the consuming compilation offers; read once per compilation and compared by value.</summary>
    /// <param name="CSharpTooOld">The consumer's C# version has no records (before 9): nothing is generated, one LDS0004 says why.</param>
    /// <param name="NeedsIsExternalInit">The framework lacks the marker type init accessors need (netstandard2.0, .NET Framework).</param>
    /// <param name="NeedsNotNullWhen">The framework lacks [NotNullWhen], which TryGet's flow analysis uses.</param>
    internal sealed record EmitOptions(string DefaultNamespace, bool HasDateOnly, bool HasJsonIgnore, bool HasUtf8Literals = true, int RowPropertyLimit = 1000,
        bool UnsupportedTypesAsString = false, bool CSharpTooOld = false, bool NeedsIsExternalInit = false, bool NeedsNotNullWhen = false)
    {
        /// <summary>The part of the options that reading the descriptor depends on.</summary>
        public DescriptorOptions ForDescriptor => new DescriptorOptions(DefaultNamespace, UnsupportedTypesAsString);
    }

    /// <summary>What the descriptor stage needs from the project: the default namespace and the unsupported-type opt-in.</summary>
    internal sealed record DescriptorOptions(string DefaultNamespace, bool UnsupportedTypesAsString);

    // Each emit input holds only what its one output needs, so an edit re-emits only the files it really changes
    // (the System.Text.Json generator's spec records work the same way).

    /// <summary>One resource's record: its own table (links to other tables already resolved to names) and the namespace.</summary>
    internal sealed record RecordInput(TableSpec Table, string Namespace, EmitOptions Options);

    /// <summary>One resource's rows with its schema (without field documentation, which collections do not show).</summary>
    internal sealed record CollectionInput(TableData Data, TableSpec Table, string Namespace, EmitOptions Options);

    /// <summary>DatasetInfo needs the package and the content hash of every file, in package order.</summary>
    internal sealed record DatasetInfoInput(PackageSpec Package, string DescriptorHash, EquatableArray<FileHash> FileHashes, EmitOptions Options);

    internal sealed record FileHash(string ResourceName, string Hash);

    /// <summary>The fixed run-time support code: the same for every package apart from the namespace.</summary>
    internal sealed record RuntimeInput(string Namespace, bool HasUtf8Literals, bool NeedsIsExternalInit, bool NeedsNotNullWhen, bool NeedsValueTypes);
}
