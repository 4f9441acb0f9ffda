namespace LabourDataset.Generator.Model
{
    /// <summary>An AdditionalFile's path and text, read once; equal when the content is equal.</summary>
    internal sealed record DataFile(string Path, string Text);

    internal sealed record PackageParseResult(PackageSpec? Package, EquatableArray<DiagnosticInfo> Diagnostics);

    /// <summary>
    /// A foreign-key value in a row, kept with its location so a dangling reference can be reported precisely. A struct,
    /// and the row label is only built for a reported problem: large tables have one of these per row and key.
    /// </summary>
    internal readonly record struct ForeignKeyValue(string ResourceName, string FieldName, string TargetResource, string TargetField, string Value, int RowIndex, string? RowKeyField, string? RowKey, LocationInfo Location)
    {
        public string RowLabel => RowLabels.Label(RowIndex, RowKeyField, RowKey);
    }

    /// <summary>Primary-key values of a table (a composite key's values joined by RowCollector.CompositeKeySeparator), for foreign-key checks in other tables.</summary>
    internal sealed record TableKeys(string ResourceName, EquatableArray<string> Keys);

    internal sealed record TableParseResult(
        TableData Data,
        TableKeys Keys,
        EquatableArray<ForeignKeyValue> ForeignKeyValues,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
