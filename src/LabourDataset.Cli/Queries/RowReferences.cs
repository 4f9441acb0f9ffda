using LabourDataset.Cli.Data;

namespace LabourDataset.Cli.Queries;

/// <summary>A key in one field of a row, followed to the row it names (<see cref="Label"/> is null when not found).</summary>
internal sealed record Reference(int Field, string Table, string Key, string? Label);

/// <summary>How many rows of another table name a row through one foreign-key field.</summary>
internal sealed record ReferencingField(string Table, string Field, int Count);

/// <summary>
/// What one row points at and what points at it, read from the schema alone (<see cref="DataPackageField.ForeignKeyResource"/>
/// and field names), so 'get' works on any table of any package.
/// </summary>
/// <param name="References">Every key the row holds, followed: foreign-key fields, and string-array fields of keys.</param>
/// <param name="Source">The reference a locator field locates (the row's source), or null.</param>
/// <param name="Locator">Where in the source, or null.</param>
/// <param name="ReferencedBy">Foreign-key fields of every table that name this row, with how many rows do.</param>
internal sealed record RowReferences(
    IReadOnlyList<Reference> References,
    Reference? Source,
    string? Locator,
    IReadOnlyList<ReferencingField> ReferencedBy)
{
    /// <summary>A locator names a place (section, table, page) in the row a reference points at.</summary>
    private const string LocatorField = "locator";
    private const string LocatorSuffix = "Locator";

    public static RowReferences Of(Catalog catalog, CatalogTable table, IReadOnlyList<object?> row)
    {
        var references = new List<Reference>();
        for (int i = 0; i < table.Fields.Count; i++)
        {
            if (TargetOf(table, i) is not { } target || catalog.Find(target) is not { } referenced)
            {
                continue;
            }

            foreach (string value in Values.Strings(row[i]))
            {
                string? label = referenced.TryFind(value, out IReadOnlyList<object?> referencedRow) ? referenced.LabelOf(referencedRow) ?? value : null;
                references.Add(new Reference(i, referenced.Name, value, label));
            }
        }

        (Reference? source, int locatorIndex) = Citation(catalog, table, references);
        string? locator = locatorIndex >= 0 ? row[locatorIndex] as string : null;
        return new RowReferences(references, source, locator, ReferencedByOf(catalog, table, table.KeyOf(row)));
    }

    /// <summary>
    /// The table a field's values are keys of: its foreign key; or, for a string array, the target of the foreign key
    /// it is the plural of (an array 'otherSourceIds' beside a foreign key 'sourceId' holds more keys of the same table),
    /// because a Table Schema foreign key cannot be declared on an array field.
    /// </summary>
    private static string? TargetOf(CatalogTable table, int index)
    {
        DataPackageField field = table.Fields[index];
        if (field.ForeignKeyResource is not null || field.Type != "array")
        {
            return field.ForeignKeyResource;
        }

        foreach (DataPackageField single in table.Fields)
        {
            if (single.ForeignKeyResource is not null && field.Name.EndsWith(Capitalised(single.Name) + "s", StringComparison.Ordinal))
            {
                return single.ForeignKeyResource;
            }
        }

        return null;
    }

    /// <summary>
    /// The row's source and the index of its locator field (-1 when none). A field 'xLocator' locates the reference in
    /// field 'x' (e.g. 'citedIn' and 'citedInLocator'). A bare 'locator' locates the row's first foreign key into the
    /// package's citation table: the table the most tables refer to, which is what every row citing a source shares.
    /// </summary>
    private static (Reference? Source, int LocatorIndex) Citation(Catalog catalog, CatalogTable table, List<Reference> references)
    {
        foreach (Reference reference in references)
        {
            DataPackageField field = table.Fields[reference.Field];
            int locator = table.IndexOf(field.Name + LocatorSuffix);
            if (field.ForeignKeyResource is not null && locator >= 0)
            {
                return (reference, locator);
            }
        }

        int bareLocator = table.IndexOf(LocatorField);
        if (bareLocator >= 0 && MostReferencedTable(catalog) is { } citations)
        {
            Reference? source = references.FirstOrDefault(r => r.Table == citations && table.Fields[r.Field].ForeignKeyResource is not null);
            if (source is not null)
            {
                return (source, bareLocator);
            }
        }

        return (null, -1);
    }

    /// <summary>The table that foreign keys of the most tables point at (ties: the first in package order).</summary>
    private static string? MostReferencedTable(Catalog catalog) => catalog.Tables
        .Select(target => (target.Name, Tables: catalog.Tables.Count(t => t.Fields.Any(f => f.ForeignKeyResource == target.Name))))
        .Where(t => t.Tables > 0)
        .OrderByDescending(t => t.Tables)
        .Select(t => t.Name)
        .FirstOrDefault();

    private static List<ReferencingField> ReferencedByOf(Catalog catalog, CatalogTable table, string rowKey)
    {
        var referencedBy = new List<ReferencingField>();
        foreach (CatalogTable other in catalog.Tables)
        {
            for (int i = 0; i < other.Fields.Count; i++)
            {
                if (other.Fields[i].ForeignKeyResource == table.Name)
                {
                    int count = other.Rows.Count(r => string.Equals(Values.ToInvariant(r[i]), rowKey, StringComparison.Ordinal));
                    if (count > 0)
                    {
                        referencedBy.Add(new ReferencingField(other.Name, other.Fields[i].Name, count));
                    }
                }
            }
        }

        return referencedBy;
    }

    private static string Capitalised(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];
}
