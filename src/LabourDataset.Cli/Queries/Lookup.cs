using LabourDataset.Cli.Data;

namespace LabourDataset.Cli.Queries;

/// <summary>Resolves names typed by the user (tables, keys, fields) or fails with a "did you mean" error.</summary>
internal static class Lookup
{
    public static CatalogTable Table(Catalog catalog, string name)
    {
        CatalogTable? table = catalog.Find(name)
            ?? Single(catalog.Tables, t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase));
        return table ?? throw new CliException(Suggestions.Unknown("table", name, catalog.Tables.Select(t => t.Name)));
    }

    public static IReadOnlyList<object?> Row(CatalogTable table, string key)
    {
        if (table.TryFind(key, out IReadOnlyList<object?> row))
        {
            return row;
        }

        IReadOnlyList<object?>? caseInsensitive = Single(table.Rows, r => string.Equals(table.KeyOf(r), key, StringComparison.OrdinalIgnoreCase));
        return caseInsensitive
            ?? throw new CliException(Suggestions.Unknown("key", key, table.Keys, InTable(table)));
    }

    public static int Field(CatalogTable table, string name)
    {
        int index = table.IndexOf(name);
        if (index >= 0)
        {
            return index;
        }

        var matches = Enumerable.Range(0, table.Fields.Count)
            .Where(i => string.Equals(table.Fields[i].Name, name, StringComparison.OrdinalIgnoreCase))
            .ToArray();
        if (matches.Length == 1)
        {
            return matches[0];
        }

        throw new CliException(Suggestions.Unknown("field", name, table.Fields.Select(f => f.Name), InTable(table)));
    }

    /// <summary>The only item matching, or null when none or several match.</summary>
    public static T? Single<T>(IEnumerable<T> items, Func<T, bool> predicate)
        where T : class
    {
        T? found = null;
        foreach (T item in items)
        {
            if (predicate(item))
            {
                if (found is not null)
                {
                    return null;
                }

                found = item;
            }
        }

        return found;
    }

    private static string InTable(CatalogTable table) => $" in table '{table.Name}'";
}
