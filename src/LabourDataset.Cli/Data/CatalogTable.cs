namespace LabourDataset.Cli.Data;

/// <summary>
/// A table of the data package as plain values: its schema (the generated <see cref="DataPackageField"/> records) and
/// its rows as value lists in field order. The generic commands (tables, show, get, search, export) work on this view,
/// which is built from <see cref="DatasetInfo.Tables"/> without reflection.
/// </summary>
internal sealed class CatalogTable
{
    private static readonly string[] LabelFieldNames = ["title", "name", "term"];

    private readonly int[] _keyIndexes;
    private Dictionary<string, IReadOnlyList<object?>>? _byKey;

    public CatalogTable(
        string name,
        string? title,
        string? description,
        IReadOnlyList<DataPackageField> fields,
        IReadOnlyList<string> primaryKey,
        IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        Name = name;
        Title = title;
        Description = description;
        Fields = fields;
        PrimaryKey = primaryKey;
        Rows = rows;
        _keyIndexes = new int[primaryKey.Count];
        for (int i = 0; i < primaryKey.Count; i++)
        {
            _keyIndexes[i] = IndexOf(primaryKey[i]);
            if (_keyIndexes[i] < 0)
            {
                throw new ArgumentException($"Primary key field '{primaryKey[i]}' is not a field of '{name}'.", nameof(primaryKey));
            }
        }
    }

    public string Name { get; }

    public string? Title { get; }

    public string? Description { get; }

    public IReadOnlyList<DataPackageField> Fields { get; }

    public IReadOnlyList<string> PrimaryKey { get; }

    public IReadOnlyList<IReadOnlyList<object?>> Rows { get; }

    /// <summary>Builds the view of a generated table.</summary>
    public static CatalogTable From(DataPackageTable table)
    {
        var rows = new List<IReadOnlyList<object?>>();
        foreach (object row in table.Rows)
        {
            rows.Add(table.GetValues(row));
        }

        return new CatalogTable(table.Name, table.Title, table.Description, table.Fields, table.PrimaryKey, rows);
    }

    /// <summary>Index of a field by its exact name, or -1.</summary>
    public int IndexOf(string fieldName)
    {
        for (int i = 0; i < Fields.Count; i++)
        {
            if (string.Equals(Fields[i].Name, fieldName, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The primary key of a row as text (parts joined by ',' for a composite key).</summary>
    public string KeyOf(IReadOnlyList<object?> row)
    {
        if (_keyIndexes.Length == 1)
        {
            return Values.ToInvariant(row[_keyIndexes[0]]) ?? string.Empty;
        }

        return string.Join(",", _keyIndexes.Select(i => Values.ToInvariant(row[i]) ?? string.Empty));
    }

    public IEnumerable<string> Keys => Rows.Select(KeyOf);

    public bool TryFind(string key, out IReadOnlyList<object?> row)
    {
        _byKey ??= BuildIndex();
        if (_byKey.TryGetValue(key, out IReadOnlyList<object?>? found))
        {
            row = found;
            return true;
        }

        row = Array.Empty<object?>();
        return false;
    }

    /// <summary>A human label for a row: its title, name or term when the table has one.</summary>
    public string? LabelOf(IReadOnlyList<object?> row)
    {
        foreach (string name in LabelFieldNames)
        {
            int i = IndexOf(name);
            if (i >= 0 && row[i] is string s && s.Length > 0)
            {
                return s;
            }
        }

        return null;
    }

    private Dictionary<string, IReadOnlyList<object?>> BuildIndex()
    {
        var index = new Dictionary<string, IReadOnlyList<object?>>(Rows.Count, StringComparer.Ordinal);
        foreach (IReadOnlyList<object?> row in Rows)
        {
            index.TryAdd(KeyOf(row), row);
        }

        return index;
    }
}
