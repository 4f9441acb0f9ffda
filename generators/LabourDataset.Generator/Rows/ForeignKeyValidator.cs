using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Rows
{
    /// <summary>Cross-table check: every foreign-key value of one table exists among the key values of its target.</summary>
    internal static class ForeignKeyValidator
    {
        public static EquatableArray<DiagnosticInfo> Validate(EquatableArray<ForeignKeyValue> values, ImmutableArray<TableKeys> allKeys)
        {
            if (values.Count == 0) return EquatableArray<DiagnosticInfo>.Empty;
            var keySets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            foreach (TableKeys keys in allKeys) keySets[keys.ResourceName] = new HashSet<string>(keys.Keys, StringComparer.Ordinal);
            var diagnostics = new List<DiagnosticInfo>();
            foreach (ForeignKeyValue value in values)
            {
                // A target without a key set failed to parse; its own diagnostics explain why.
                if (!keySets.TryGetValue(value.TargetResource, out HashSet<string>? targetKeys)) continue;
                if (!targetKeys.Contains(value.Value))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DanglingForeignKey.Id, value.Location,
                        FilePaths.FileName(value.Location.FilePath), value.RowLabel, value.ResourceName, value.FieldName,
                        value.Value.Replace(RowCollector.CompositeKeySeparator, "', '"), value.TargetResource, value.TargetField));
                }
            }
            return diagnostics.ToEquatableArray();
        }
    }
}
