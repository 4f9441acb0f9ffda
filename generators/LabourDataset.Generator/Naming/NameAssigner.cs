using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LabourDataset.Generator.Descriptor;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Naming
{
    /// <summary>
    /// Every C# name the generator emits for a package, decided in one place: namespace, record and collection types,
    /// properties, foreign-key navigations and the reverse lists on the referenced records. Collisions and adjusted names
    /// are reported on the descriptor token that caused them.
    /// </summary>
    internal sealed class NameAssigner
    {
        /// <summary>Member names a sealed record already has; a field with one of these names is renamed.</summary>
        private static readonly HashSet<string> ReservedMemberNames = new HashSet<string>(StringComparer.Ordinal)
            { "EqualityContract", "Equals", "GetHashCode", "ToString", "GetType", "PrintMembers", "Deconstruct", "MemberwiseClone", "Finalize" };

        /// <summary>Types the generator emits besides the package's own, which no table may be named after.</summary>
        private static readonly string[] SupportTypeNames = { "DataPackageTable", "DataPackageField", "DataPackageSource", "DataPackageLicense", "DataPackageYearMonth", "DataPackageGeoPoint" };

        private readonly FileDiagnostics _diagnostics;

        /// <summary>Every type name claimed so far (records, collections, enums, helpers), with what claimed it.</summary>
        private readonly Dictionary<string, string> _typeNames = new Dictionary<string, string>(StringComparer.Ordinal) { ["DatasetInfo"] = "the DatasetInfo class" };

        private NameAssigner(FileDiagnostics diagnostics) => _diagnostics = diagnostics;

        /// <summary>The package with every name decided.</summary>
        public static PackageSpec Assign(DeclaredPackage package, string defaultNamespace, FileDiagnostics diagnostics)
        {
            var assigner = new NameAssigner(diagnostics);
            string ns = assigner.Namespace(package.Namespace, defaultNamespace);
            List<TableNames> tables = package.Resources.Select(assigner.PropertyNames).ToList();
            assigner.TypeNames(tables);
            assigner.Navigations(tables);
            assigner.ReverseNames(tables);
            assigner.EnumTypes(tables);
            return new PackageSpec(ns, package.Name, package.Version, package.Title, package.Description,
                package.Sources.ToEquatableArray(), package.Licenses.ToEquatableArray(), tables.Select(t => t.ToSpec()).ToEquatableArray());
        }

        private string Namespace(NameOverride? chosen, string defaultNamespace)
        {
            if (chosen is null) return defaultNamespace;
            if (chosen.Value.Split('.').All(Identifiers.IsSafeIdentifier)) return chosen.Value;
            _diagnostics.Report(DiagnosticDescriptors.InvalidName, chosen.Location, "namespace", chosen.Value, "use dotted C# identifiers such as My.Data");
            return defaultNamespace;
        }

        /// <summary>A 'csharp:*' choice when it is a usable identifier; otherwise reported and ignored.</summary>
        private string? Chosen(NameOverride? chosen)
        {
            if (chosen is null) return null;
            if (Identifiers.IsSafeIdentifier(chosen.Value)) return chosen.Value;
            _diagnostics.Report(DiagnosticDescriptors.InvalidName, chosen.Location, chosen.Property, chosen.Value, "it must be a C# identifier that is not a keyword");
            return null;
        }

        private TableNames PropertyNames(DeclaredResource resource)
        {
            var table = new TableNames(resource);
            var taken = new Dictionary<string, DeclaredField>(StringComparer.Ordinal);
            for (int i = 0; i < resource.Fields.Count; i++)
            {
                DeclaredField field = resource.Fields[i];
                string? chosen = Chosen(field.PropertyName);
                string candidate = chosen ?? Identifiers.ToPascalCase(field.Name);
                if (chosen is null && candidate != field.Name && !Identifiers.IsSafeIdentifier(field.Name) && !char.IsLetter(field.Name[0]))
                {
                    _diagnostics.Report(DiagnosticDescriptors.NameAdjusted, field.NameLocation, "field", field.Name, candidate, "it is not a valid C# identifier");
                }
                if (ReservedMemberNames.Contains(candidate))
                {
                    string renamed = candidate + "Value";
                    _diagnostics.Report(DiagnosticDescriptors.NameAdjusted, field.NameLocation, "field", field.Name, renamed, "'" + candidate + "' is a member every record already has");
                    candidate = renamed;
                }
                if (taken.TryGetValue(candidate, out DeclaredField? other))
                {
                    _diagnostics.Report(DiagnosticDescriptors.NameCollision, field.NameLocation, "fields", other.Name, field.Name, candidate);
                    candidate = candidate + "_" + i.ToString(CultureInfo.InvariantCulture);
                }
                taken[candidate] = field;
                table.PropertyNames[i] = candidate;
            }
            return table;
        }

        private void TypeNames(List<TableNames> tables)
        {
            var taken = _typeNames;
            foreach (string helper in SupportTypeNames) taken[helper] = "a generated helper type";
            foreach (TableNames table in tables)
            {
                DeclaredResource resource = table.Resource;
                string collection = Chosen(resource.CollectionName) ?? Identifiers.ToPascalCase(resource.Name);
                string type = Chosen(resource.TypeName) ?? Identifiers.Singularize(collection);
                if (type == collection) type += "Row";
                table.CollectionName = Claim(taken, collection, "the collection of resource '" + resource.Name + "'", resource);
                table.TypeName = Claim(taken, type, "the record of resource '" + resource.Name + "'", resource);
                for (int i = 0; i < resource.Fields.Count; i++)
                {
                    if (table.PropertyNames[i] != table.TypeName) continue;
                    // A member cannot share its enclosing type's name (CS0542).
                    string renamed = table.PropertyNames[i] + "Value";
                    _diagnostics.Report(DiagnosticDescriptors.NameAdjusted, resource.Fields[i].NameLocation, "field", resource.Fields[i].Name, renamed, "it would have the same name as its record type");
                    table.PropertyNames[i] = renamed;
                }
            }
        }

        private string Claim(Dictionary<string, string> taken, string name, string what, DeclaredResource resource) => Claim(taken, name, what, resource.Name, resource.NameLocation);

        private string Claim(Dictionary<string, string> taken, string name, string what, string resourceName, LocationInfo at)
        {
            if (taken.TryGetValue(name, out string? owner))
            {
                _diagnostics.Report(DiagnosticDescriptors.NameCollision, at, "names", owner, what, name);
                string unique = name + "_" + resourceName.Length.ToString(CultureInfo.InvariantCulture) + "_" + taken.Count.ToString(CultureInfo.InvariantCulture);
                taken[unique] = what;
                return unique;
            }
            taken[name] = what;
            return name;
        }

        private void Navigations(List<TableNames> tables)
        {
            var byName = tables.ToDictionary(t => t.Resource.Name, t => t, StringComparer.Ordinal);
            foreach (TableNames table in tables)
            {
                foreach (DeclaredForeignKey key in table.Resource.ForeignKeys)
                {
                    TableNames target = byName[key.TargetResource];
                    // A composite key is named after the row it reaches ("Ratification"), its lookup after all its fields.
                    string property = key.IsComposite ? string.Concat(key.FieldNames.Select(table.PropertyOf)) : table.PropertyOf(key.FieldName);
                    string? chosen = Chosen(key.NavigationName);
                    bool isList = !key.IsComposite && table.Resource.Fields.First(f => f.Name == key.FieldName).Type == FieldType.StringArray;
                    string nav = chosen ?? (key.IsComposite ? target.TypeName : isList ? Identifiers.ListNavigationName(property, target.TypeName) : Identifiers.NavigationName(property, target.TypeName));
                    if (!table.IsFree(nav))
                    {
                        string alternative = property + target.TypeName;
                        if (chosen is null && table.IsFree(alternative)) nav = alternative;
                        else
                        {
                            _diagnostics.Report(DiagnosticDescriptors.NameCollision, key.Location, "members of " + table.TypeName, "navigation of " + string.Join(", ", key.FieldNames), "another member", nav);
                            continue;
                        }
                    }
                    table.Links.Add(new LinkNames(key, target, nav, "__By" + property, isList));
                }
            }
        }

        private void ReverseNames(List<TableNames> tables)
        {
            foreach (TableNames target in tables)
            {
                var incoming = tables.SelectMany(t => t.Links.Select(l => (Child: t, Link: l))).Where(x => x.Link.Target == target).ToList();
                var taken = new HashSet<string>(target.PropertyNames.Concat(target.Links.Select(l => l.NavigationName)), StringComparer.Ordinal) { target.TypeName };
                foreach (var (child, link) in incoming)
                {
                    bool several = incoming.Count(x => x.Child == child) > 1;
                    string name = Chosen(link.Key.ReverseName) ?? (several || taken.Contains(child.CollectionName) ? child.CollectionName + "By" + link.NavigationName : child.CollectionName);
                    if (!taken.Add(name))
                    {
                        _diagnostics.Report(DiagnosticDescriptors.NameCollision, link.Key.Location, "members of " + target.TypeName, "reverse navigation from " + child.Resource.Name, "another member", name);
                        continue;
                    }
                    link.ReverseName = name;
                    target.Reverse.Add(new ReverseLinkSpec(name, child.Resource.Name, string.Join(", ", link.Key.FieldsInKeyOrder(target.Resource.PrimaryKey)), child.TypeName, child.CollectionName, link.LookupMethodName));
                }
            }
        }

        /// <summary>
        /// A string field with closed values becomes a C# enum named after its record and property (RatificationStatus),
        /// unless it is part of a key: keys stay strings so lookups and foreign keys keep their string form.
        /// </summary>
        private void EnumTypes(List<TableNames> tables)
        {
            foreach (TableNames table in tables)
            {
                DeclaredResource resource = table.Resource;
                for (int i = 0; i < resource.Fields.Count; i++)
                {
                    DeclaredField field = resource.Fields[i];
                    if (field.Enum is not { Typed: true } declared) continue;
                    if (resource.PrimaryKey.Contains(field.Name) || resource.ForeignKeys.Any(k => k.FieldName == field.Name)) continue;
                    string what = "the enum of field '" + field.Name + "' in resource '" + resource.Name + "'";
                    string name = Claim(_typeNames, Chosen(declared.TypeName) ?? EnumTypeName(table.TypeName, table.PropertyNames[i]), what, resource.Name, declared.Location);
                    Claim(_typeNames, name + "Values", "the helpers of " + what, resource.Name, declared.Location);
                    table.Enums[i] = new EnumSpec(name, EnumNames.Members(name, field, resource.Name, _diagnostics), declared.Ordered, field.Name, resource.Name);
                }
            }
        }

        /// <summary>"Ratification" + "Status" is RatificationStatus; "Claim" + "ClaimType" is ClaimType, not ClaimClaimType.</summary>
        private static string EnumTypeName(string typeName, string propertyName)
            => propertyName.StartsWith(typeName, StringComparison.Ordinal) && propertyName.Length > typeName.Length ? propertyName : typeName + propertyName;

        // Working state while one package is named; only the immutable TableSpecs leave this class.
        private sealed class TableNames
        {
            public TableNames(DeclaredResource resource)
            {
                Resource = resource;
                PropertyNames = new string[resource.Fields.Count];
                Enums = new EnumSpec?[resource.Fields.Count];
            }

            public DeclaredResource Resource { get; }
            public string[] PropertyNames { get; }
            public EnumSpec?[] Enums { get; }
            public string TypeName { get; set; } = string.Empty;
            public string CollectionName { get; set; } = string.Empty;
            public List<LinkNames> Links { get; } = new List<LinkNames>();
            public List<ReverseLinkSpec> Reverse { get; } = new List<ReverseLinkSpec>();

            public string PropertyOf(string fieldName)
            {
                for (int i = 0; i < Resource.Fields.Count; i++) if (Resource.Fields[i].Name == fieldName) return PropertyNames[i];
                throw new InvalidOperationException("unknown field " + fieldName);
            }

            public bool IsFree(string member) => !PropertyNames.Contains(member) && !Links.Any(l => l.NavigationName == member) && member != TypeName;

            public TableSpec ToSpec() => new TableSpec(
                Resource.Name, Resource.Path, Resource.ResolvedPath, Resource.Title, Resource.Description, TypeName, CollectionName,
                Resource.Fields.Select((f, i) => new FieldSpec(f.Name, PropertyNames[i], f.Type, f.Description, f.Constraints, f.MissingValues, f.FallbackFrom, f.TrueValues, f.FalseValues, f.Format, f.NumberFormat, f.DatePattern, f.ListDelimiter, Enums[i], f.ItemType, f.BigInteger, f.ItemConstraints, f.ItemJson)).ToEquatableArray(),
                Resource.PrimaryKey.ToEquatableArray(),
                Links.Select(l => new ForeignKeySpec(l.Key.FieldName, l.Target.Resource.Name, l.Key.TargetField, l.Target.TypeName, l.Target.CollectionName,
                    l.NavigationName, l.ReverseName ?? string.Empty, l.LookupMethodName, l.IsList,
                    l.Key.IsComposite ? l.Key.FieldsInKeyOrder(l.Target.Resource.PrimaryKey).ToEquatableArray() : EquatableArray<string>.Empty,
                    l.Key.IsComposite ? l.Target.Resource.PrimaryKey.ToEquatableArray() : EquatableArray<string>.Empty)).ToEquatableArray(),
                Reverse.ToEquatableArray(),
                Resource.Storage,
                Resource.Format,
                Resource.Dialect,
                (Resource.UniqueKeys ?? new List<UniqueKeySpec>()).ToEquatableArray(),
                Resource.InlineData,
                Resource.Parts is null ? EquatableArray<string>.Empty : Resource.Parts.ToEquatableArray(),
                Resource.JsonDialect);
        }

        private sealed class LinkNames
        {
            public LinkNames(DeclaredForeignKey key, TableNames target, string navigationName, string lookupMethodName, bool isList)
            {
                IsList = isList;
                Key = key;
                Target = target;
                NavigationName = navigationName;
                LookupMethodName = lookupMethodName;
            }

            public DeclaredForeignKey Key { get; }
            public TableNames Target { get; }
            public string NavigationName { get; }
            public string LookupMethodName { get; }
            public bool IsList { get; }
            public string? ReverseName { get; set; }
        }
    }
}
