using System.Collections.Generic;
using System.Linq;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Descriptor
{
    /// <summary>
    /// Cross-resource schema check: a foreign key must reference a declared resource's primary key (all its fields, in
    /// any order, for a composite key), field by field of the same type. Keys that fail are reported and left out, so
    /// nothing later has to handle a broken link.
    /// </summary>
    internal static class ForeignKeyResolver
    {
        public static List<DeclaredResource> Resolve(List<DeclaredResource> resources, HashSet<string> declaredNames, HashSet<string> skippedNames, FileDiagnostics diagnostics)
        {
            var byName = resources.ToDictionary(r => r.Name, r => r, System.StringComparer.Ordinal);
            return resources.Select(r => r with { ForeignKeys = r.ForeignKeys.Where(k => IsValid(r, k, byName, declaredNames, skippedNames, diagnostics)).ToList() }).ToList();
        }

        private static bool IsValid(DeclaredResource resource, DeclaredForeignKey key, Dictionary<string, DeclaredResource> byName, HashSet<string> declaredNames, HashSet<string> skippedNames, FileDiagnostics diagnostics)
        {
            if (skippedNames.Contains(key.TargetResource))
            {
                // The target was skipped with only a note, so this key must not vanish quietly with it.
                diagnostics.Report(DiagnosticDescriptors.BadForeignKey, key.Location, resource.Name, "it references resource '" + key.TargetResource + "', which has no Table Schema and is not compiled; give that resource a schema");
                return false;
            }
            if (!byName.TryGetValue(key.TargetResource, out DeclaredResource? target))
            {
                // A target that was declared but is itself invalid already has its own error; do not pile on.
                if (!declaredNames.Contains(key.TargetResource))
                {
                    diagnostics.Report(DiagnosticDescriptors.BadForeignKey, key.Location, resource.Name, "it references resource '" + key.TargetResource + "', which the package does not declare");
                }
                return false;
            }
            if (key.IsComposite)
            {
                return IsValidComposite(resource, key, target, diagnostics);
            }
            if (target.PrimaryKey.Count != 1 || target.PrimaryKey[0] != key.TargetField)
            {
                diagnostics.Report(DiagnosticDescriptors.BadForeignKey, key.Location, resource.Name, "it references field '" + key.TargetField + "' of resource '" + target.Name + "', which is not that resource's single-field primary key"
                    + (target.PrimaryKey.Count > 1 ? " (its key is " + string.Join(", ", target.PrimaryKey) + ": reference all of them)" : string.Empty));
                return false;
            }
            DeclaredField sourceField = resource.Fields.First(f => f.Name == key.FieldName);
            FieldType sourceType = sourceField.Type;
            DeclaredField targetField = target.Fields.First(f => f.Name == key.TargetField);
            FieldType targetType = targetField.Type;
            // A list of strings may hold several keys of a string primary key: it navigates to a list of rows.
            bool listOfKeys = sourceType == FieldType.StringArray && sourceField.ItemType == FieldType.String && targetType == FieldType.String;
            if (!listOfKeys && (targetType != sourceType || sourceField.BigInteger != targetField.BigInteger || sourceType == FieldType.StringArray || sourceType == FieldType.Json || sourceType == FieldType.GeoPoint))
            {
                diagnostics.Report(DiagnosticDescriptors.BadForeignKey, key.Location, resource.Name, "field '" + key.FieldName + "' has a different type from '" + target.Name + "." + key.TargetField + "'");
                return false;
            }
            return true;
        }

        /// <summary>A composite key: its reference names exactly the target's primary-key fields, and each pair has one scalar type.</summary>
        private static bool IsValidComposite(DeclaredResource resource, DeclaredForeignKey key, DeclaredResource target, FileDiagnostics diagnostics)
        {
            if (key.TargetFields.Count != target.PrimaryKey.Count || key.TargetFields.Any(f => !target.PrimaryKey.Contains(f)))
            {
                diagnostics.Report(DiagnosticDescriptors.BadForeignKey, key.Location, resource.Name, "it references fields " + string.Join(", ", key.TargetFields) + " of resource '" + target.Name
                    + "', which are not that resource's primary key (" + (target.PrimaryKey.Count == 0 ? "it has none" : string.Join(", ", target.PrimaryKey)) + ")");
                return false;
            }
            for (int i = 0; i < key.FieldNames.Count; i++)
            {
                DeclaredField sourceField = resource.Fields.First(f => f.Name == key.FieldNames[i]);
                DeclaredField targetField = target.Fields.First(f => f.Name == key.TargetFields[i]);
                if (sourceField.Type != targetField.Type || sourceField.BigInteger != targetField.BigInteger || sourceField.Type == FieldType.StringArray || sourceField.Type == FieldType.Json || sourceField.Type == FieldType.GeoPoint)
                {
                    diagnostics.Report(DiagnosticDescriptors.BadForeignKey, key.Location, resource.Name, "field '" + key.FieldNames[i] + "' has a different type from '" + target.Name + "." + key.TargetFields[i] + "'"
                        + (sourceField.Type == FieldType.StringArray ? " (a list cannot be part of a composite key)" : string.Empty));
                    return false;
                }
            }
            return true;
        }
    }
}
