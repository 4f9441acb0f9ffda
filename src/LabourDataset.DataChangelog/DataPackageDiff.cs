using System.Text.Json;

namespace LabourDataset.DataChangelog;

/// <summary>Compares two data package snapshots and classifies every change by the version bump it needs.</summary>
public static class DataPackageDiff
{
    public static DiffResult Compare(DataPackageSnapshot old, DataPackageSnapshot @new)
    {
        ArgumentNullException.ThrowIfNull(old);
        ArgumentNullException.ThrowIfNull(@new);
        var counts = new Dictionary<ChangeKind, int>();
        void Count(ChangeKind kind, int n = 1)
        {
            if (n > 0) counts[kind] = counts.GetValueOrDefault(kind) + n;
        }

        // Package descriptor properties (the version is the bump itself, not a change).
        var packageChanges = new List<PropertyChange>();
        if (!old.IsEmpty)
        {
            foreach (PropertyChange change in DiffProperties(old.Properties, @new.Properties, exclude: "version"))
            {
                packageChanges.Add(change);
                bool renamed = change.Name == "name" && !JsonValues.IsAbsent(change.Old) && !JsonValues.IsAbsent(change.New);
                Count(renamed ? ChangeKind.PackageRenamed : ChangeKind.PackageMetadataChanged);
            }
        }

        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (ResourceSnapshot r in old.Resources) names.Add(r.Name);
        foreach (ResourceSnapshot r in @new.Resources) names.Add(r.Name);

        var resources = new List<ResourceDiff>();
        foreach (string name in names)
        {
            ResourceSnapshot? o = old.FindResource(name);
            ResourceSnapshot? n = @new.FindResource(name);
            ResourceDiff diff;
            if (o is null)
            {
                diff = WholeResource(n!, ResourceStatus.Added);
                Count(ChangeKind.ResourceAdded);
                Count(ChangeKind.RowAdded, diff.RowsAdded.Count);
            }
            else if (n is null)
            {
                diff = WholeResource(o, ResourceStatus.Removed);
                Count(ChangeKind.ResourceRemoved);
                Count(ChangeKind.RowRemoved, diff.RowsRemoved.Count);
            }
            else
            {
                diff = CompareResource(o, n);
                if (diff.PathChanged) Count(ChangeKind.ResourcePathChanged);
                if (diff.PrimaryKeyChanged) Count(ChangeKind.PrimaryKeyChanged);
                Count(ChangeKind.FieldRemoved, diff.FieldsRemoved.Count);
                Count(ChangeKind.FieldAdded, diff.FieldsAdded.Count);
                Count(ChangeKind.FieldTypeChanged, diff.FieldTypeChanges.Count);
                Count(ChangeKind.FieldMetadataChanged, diff.FieldMetadataChanges.Count);
                if (diff.FieldOrderChange is not null) Count(ChangeKind.FieldsReordered);
                Count(ChangeKind.ResourceMetadataChanged, diff.MetadataChanges.Count);
                Count(ChangeKind.RowRemoved, diff.RowsRemoved.Count);
                Count(ChangeKind.RowAdded, diff.RowsAdded.Count);
                Count(ChangeKind.RowChanged, diff.RowsChanged.Count);
            }

            resources.Add(diff);
        }

        List<BumpReason> reasons = counts
            .Select(kv => new BumpReason(kv.Key, kv.Value))
            .OrderByDescending(r => r.Level)
            .ThenBy(r => r.Kind)
            .ToList();
        BumpLevel required = reasons.Count == 0 ? BumpLevel.None : reasons.Max(r => r.Level);

        return new DiffResult
        {
            Old = Info(old),
            New = Info(@new),
            PackageChanges = packageChanges,
            Resources = resources,
            Reasons = reasons,
            Check = VersionCheck.Evaluate(required, old.IsEmpty, old.Version, @new.Version),
        };
    }

    private static PackageInfo Info(DataPackageSnapshot s) => new(s.Label, s.IsEmpty, s.Name, s.Version, s.Title);

    private static ResourceDiff WholeResource(ResourceSnapshot r, ResourceStatus status)
    {
        IReadOnlyList<string> keyFields = r.PrimaryKey.Count > 0 && r.PrimaryKey.All(k => r.FindField(k) is not null) ? r.PrimaryKey : [];
        var warnings = new List<string>();
        Dictionary<RowKey, JsonElement> rows = KeyRows(r.Rows, keyFields, warnings, status == ResourceStatus.Added ? "new" : "old");
        List<RowKey> keys = rows.Keys.Order().ToList();
        return new ResourceDiff
        {
            Name = r.Name,
            Status = status,
            OldPath = status == ResourceStatus.Removed ? r.Path : null,
            NewPath = status == ResourceStatus.Added ? r.Path : null,
            OldRowCount = status == ResourceStatus.Removed ? r.Rows.Count : 0,
            NewRowCount = status == ResourceStatus.Added ? r.Rows.Count : 0,
            OldPrimaryKey = status == ResourceStatus.Removed ? r.PrimaryKey : [],
            NewPrimaryKey = status == ResourceStatus.Added ? r.PrimaryKey : [],
            MatchedBy = keyFields,
            Fields = r.Fields,
            RowsAdded = status == ResourceStatus.Added ? keys : [],
            RowsRemoved = status == ResourceStatus.Removed ? keys : [],
            Warnings = warnings,
        };
    }

    private static ResourceDiff CompareResource(ResourceSnapshot o, ResourceSnapshot n)
    {
        // Fields, matched by name. A renamed field is a removal plus an addition.
        var oldFields = o.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var newFields = n.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        List<FieldSnapshot> added = n.Fields.Where(f => !oldFields.Contains(f.Name)).ToList();
        List<FieldSnapshot> removed = o.Fields.Where(f => !newFields.Contains(f.Name)).ToList();
        var typeChanges = new List<FieldTypeChange>();
        var metadataChanges = new List<FieldMetadataChange>();
        foreach (FieldSnapshot nf in n.Fields)
        {
            FieldSnapshot? of = o.FindField(nf.Name);
            if (of is null) continue;
            bool typeChanged = !string.Equals(of.TypeSignature, nf.TypeSignature, StringComparison.Ordinal);
            if (typeChanged) typeChanges.Add(new FieldTypeChange(nf.Name, of.TypeSignature, nf.TypeSignature));

            // arrayItem carries the item type; when that changed, the type change already says so.
            List<PropertyChange> props = DiffProperties(of.Metadata, nf.Metadata, exclude: typeChanged ? "arrayItem" : null);
            if (props.Count > 0) metadataChanges.Add(new FieldMetadataChange(nf.Name, props));
        }

        List<string> oldOrder = o.Fields.Select(f => f.Name).Where(newFields.Contains).ToList();
        List<string> newOrder = n.Fields.Select(f => f.Name).Where(oldFields.Contains).ToList();
        (IReadOnlyList<string>, IReadOnlyList<string>)? orderChange =
            oldOrder.SequenceEqual(newOrder, StringComparer.Ordinal) ? null : (oldOrder, newOrder);

        // Rows are matched by the new primary key when the old rows have those fields too, else by the old one,
        // else by row index.
        IReadOnlyList<string> matchBy = ChooseKey(o, n);
        var warnings = new List<string>();
        Dictionary<RowKey, JsonElement> oldRows = KeyRows(o.Rows, matchBy, warnings, "old");
        Dictionary<RowKey, JsonElement> newRows = KeyRows(n.Rows, matchBy, warnings, "new");

        var skip = added.Select(f => f.Name).Concat(removed.Select(f => f.Name)).ToHashSet(StringComparer.Ordinal);
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (FieldSnapshot f in n.Fields) order.TryAdd(f.Name, order.Count);
        foreach (FieldSnapshot f in o.Fields) order.TryAdd(f.Name, order.Count);

        var rowsAdded = new List<RowKey>();
        var rowsRemoved = new List<RowKey>();
        var rowsChanged = new List<RowChange>();
        foreach ((RowKey key, JsonElement oldRow) in oldRows)
        {
            if (!newRows.TryGetValue(key, out JsonElement newRow))
            {
                rowsRemoved.Add(key);
                continue;
            }

            List<ValueChange> cells = DiffRow(oldRow, newRow, skip, order);
            if (cells.Count > 0) rowsChanged.Add(new RowChange(key, cells));
        }

        foreach (RowKey key in newRows.Keys)
        {
            if (!oldRows.ContainsKey(key)) rowsAdded.Add(key);
        }

        rowsAdded.Sort();
        rowsRemoved.Sort();
        rowsChanged.Sort((a, b) => a.Key.CompareTo(b.Key));

        List<PropertyChange> resourceMetadata = DiffProperties(o.Metadata, n.Metadata, exclude: null);

        var diff = new ResourceDiff
        {
            Name = n.Name,
            Status = ResourceStatus.Modified,
            OldPath = o.Path,
            NewPath = n.Path,
            OldRowCount = o.Rows.Count,
            NewRowCount = n.Rows.Count,
            OldPrimaryKey = o.PrimaryKey,
            NewPrimaryKey = n.PrimaryKey,
            MatchedBy = matchBy,
            Fields = n.Fields,
            FieldsAdded = added,
            FieldsRemoved = removed,
            FieldTypeChanges = typeChanges,
            FieldMetadataChanges = metadataChanges,
            FieldOrderChange = orderChange,
            MetadataChanges = resourceMetadata,
            RowsAdded = rowsAdded,
            RowsRemoved = rowsRemoved,
            RowsChanged = rowsChanged,
            Warnings = warnings,
        };

        bool changed = diff.HasSchemaChanges || rowsAdded.Count > 0 || rowsRemoved.Count > 0 || rowsChanged.Count > 0;
        return changed
            ? diff
            : new ResourceDiff
            {
                Name = diff.Name,
                Status = ResourceStatus.Unchanged,
                OldPath = diff.OldPath,
                NewPath = diff.NewPath,
                OldRowCount = diff.OldRowCount,
                NewRowCount = diff.NewRowCount,
                OldPrimaryKey = diff.OldPrimaryKey,
                NewPrimaryKey = diff.NewPrimaryKey,
                MatchedBy = matchBy,
                Fields = n.Fields,
                Warnings = warnings,
            };
    }

    private static IReadOnlyList<string> ChooseKey(ResourceSnapshot o, ResourceSnapshot n)
    {
        bool Usable(IReadOnlyList<string> key) =>
            key.Count > 0 && key.All(k => o.FindField(k) is not null && n.FindField(k) is not null);
        if (Usable(n.PrimaryKey)) return n.PrimaryKey;
        if (Usable(o.PrimaryKey)) return o.PrimaryKey;
        return [];
    }

    private static Dictionary<RowKey, JsonElement> KeyRows(IReadOnlyList<JsonElement> rows, IReadOnlyList<string> keyFields, List<string> warnings, string side)
    {
        var result = new Dictionary<RowKey, JsonElement>();
        var duplicates = new SortedSet<RowKey>();
        for (int i = 0; i < rows.Count; i++)
        {
            RowKey key = keyFields.Count == 0 ? RowKey.FromIndex(i) : RowKey.FromRow(rows[i], keyFields);
            int occurrence = 1;
            RowKey unique = key;
            while (result.ContainsKey(unique))
            {
                duplicates.Add(key);
                unique = key.WithOccurrence(++occurrence);
            }

            result.Add(unique, rows[i]);
        }

        foreach (RowKey d in duplicates) warnings.Add($"duplicate key {d.Display} in the {side} rows; duplicates are matched by occurrence");
        return result;
    }

    private static List<ValueChange> DiffRow(JsonElement oldRow, JsonElement newRow, HashSet<string> skip, Dictionary<string, int> order)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty p in oldRow.EnumerateObject()) names.Add(p.Name);
        foreach (JsonProperty p in newRow.EnumerateObject()) names.Add(p.Name);
        var changes = new List<ValueChange>();
        foreach (string name in names
                     .Where(x => !skip.Contains(x))
                     .OrderBy(x => order.TryGetValue(x, out int i) ? i : int.MaxValue)
                     .ThenBy(x => x, StringComparer.Ordinal))
        {
            JsonElement? a = JsonValues.Get(oldRow, name), b = JsonValues.Get(newRow, name);
            if (!JsonValues.AreEqual(a, b)) changes.Add(new ValueChange(name, a, b));
        }

        return changes;
    }

    private static List<PropertyChange> DiffProperties(IReadOnlyDictionary<string, JsonElement> a, IReadOnlyDictionary<string, JsonElement> b, string? exclude)
    {
        var names = new SortedSet<string>(a.Keys, StringComparer.Ordinal);
        names.UnionWith(b.Keys);
        var result = new List<PropertyChange>();
        foreach (string name in names)
        {
            if (string.Equals(name, exclude, StringComparison.Ordinal)) continue;
            JsonElement? x = a.TryGetValue(name, out JsonElement xv) ? xv : null;
            JsonElement? y = b.TryGetValue(name, out JsonElement yv) ? yv : null;
            if (!JsonValues.AreEqual(x, y)) result.Add(new PropertyChange(name, x, y));
        }

        return result;
    }
}
