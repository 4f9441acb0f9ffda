using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Emit;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Parsing
{
    /// <summary>Reads datapackage.json into a <see cref="PackageSpec"/>, deciding every generated name, and reports what is wrong.</summary>
    internal sealed class PackageParser
    {
        private static readonly Regex NamePattern = new Regex("^[a-z0-9._-]+$", RegexOptions.CultureInvariant);
        private static readonly Regex SemVer = new Regex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$", RegexOptions.CultureInvariant);
        private static readonly HashSet<string> KnownFieldProperties = new HashSet<string>(StringComparer.Ordinal)
            { "name", "type", "format", "description", "title", "constraints", "example", "rdfType", "arrayItem", "missingValues" };
        private static readonly HashSet<string> KnownConstraints = new HashSet<string>(StringComparer.Ordinal)
            { "required", "unique", "enum", "minimum", "maximum", "minLength", "maxLength", "pattern" };
        private static readonly HashSet<string> KnownResourceProperties = new HashSet<string>(StringComparer.Ordinal)
            { "name", "path", "title", "description", "schema", "profile", "format", "mediatype", "encoding", "bytes", "hash", "sources", "licenses", "type" };
        private static readonly HashSet<string> KnownSchemaProperties = new HashSet<string>(StringComparer.Ordinal)
            { "fields", "primaryKey", "foreignKeys", "missingValues", "$schema" };

        /// <summary>Member names a sealed record already has; a field with one of these names is renamed.</summary>
        private static readonly HashSet<string> ReservedMemberNames = new HashSet<string>(StringComparer.Ordinal)
            { "EqualityContract", "Equals", "GetHashCode", "ToString", "GetType", "PrintMembers", "Deconstruct", "MemberwiseClone", "Finalize" };

        /// <summary>Static members of a generated collection class; a row property may not take these names.</summary>
        internal static readonly HashSet<string> CollectionMemberNames = new HashSet<string>(StringComparer.Ordinal)
            { "All", "Count", "Get", "TryGet", "Equals", "ReferenceEquals", "GetHashCode", "ToString", "GetType", "Create", "Index" };

        private readonly DataFile _file;
        private readonly TextLocator _locator;
        private readonly string _fileName;
        private readonly List<DiagnosticInfo> _diagnostics = new List<DiagnosticInfo>();

        private PackageParser(DataFile file)
        {
            _file = file;
            _locator = new TextLocator(file.Path, file.Text);
            _fileName = FileName(file.Path);
        }

        public static PackageParseResult Parse(DataFile file, string defaultNamespace, EquatableArray<string> additionalFilePaths)
        {
            var parser = new PackageParser(file);
            PackageSpec? spec = parser.ParsePackage(defaultNamespace, additionalFilePaths);
            return new PackageParseResult(spec, parser._diagnostics.ToEquatableArray());
        }

        internal static string FileName(string path)
        {
            int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return slash >= 0 ? path.Substring(slash + 1) : path;
        }

        internal static string NormalizePath(string path) => path.Replace('\\', '/');

        private void Report(string id, LocationInfo? location, params string[] args) => _diagnostics.Add(DiagnosticInfo.Create(id, location, args));

        private PackageSpec? ParsePackage(string defaultNamespace, EquatableArray<string> additionalFilePaths)
        {
            JsonNode? root = JsonParser.Parse(_file.Text, out JsonParseError? error);
            if (root is null)
            {
                LocationInfo at = _locator.At(error!.Position, error.Length);
                Report(Descriptors.JsonSyntax.Id, at, _fileName, (at.StartLine + 1).ToString(CultureInfo.InvariantCulture), (at.StartColumn + 1).ToString(CultureInfo.InvariantCulture), error.Message);
                return null;
            }
            if (root.Kind != JsonKind.Object)
            {
                Report(Descriptors.TopLevelShape.Id, _locator.At(root), _fileName, "an object (the package descriptor)", root.Describe());
                return null;
            }

            string? name = RequiredString(root, "name", "the package", "the package name, e.g. \"my-data\"");
            if (name is not null && !NamePattern.IsMatch(name))
            {
                Report(Descriptors.InvalidName.Id, _locator.At(root.Find("name")!.Value), _fileName, "package", name, "use lower-case letters, digits, '.', '-' and '_' only");
            }
            string? version = RequiredString(root, "version", "the package", "a semantic version such as \"1.0.0\"");
            if (version is not null && !SemVer.IsMatch(version))
            {
                Report(Descriptors.InvalidVersion.Id, _locator.At(root.Find("version")!.Value), _fileName, version);
                version = null;
            }
            string? title = OptionalString(root, "title", "the package");
            string? description = OptionalString(root, "description", "the package");
            string ns = defaultNamespace;
            string? nsOverride = OptionalString(root, "csharp:namespace", "the package");
            if (nsOverride is not null)
            {
                if (nsOverride.Split('.').All(Naming.IsSafeIdentifier)) ns = nsOverride;
                else Report(Descriptors.InvalidName.Id, _locator.At(root.Find("csharp:namespace")!.Value), _fileName, "namespace", nsOverride, "use dotted C# identifiers such as My.Data");
            }

            var sources = new List<PackageSource>();
            foreach (JsonNode item in OptionalArray(root, "sources", "the package"))
            {
                if (!ExpectObject(item, "a package source")) continue;
                string? sourceTitle = RequiredString(item, "title", "a package source", "the source's title");
                if (sourceTitle is null) continue;
                sources.Add(new PackageSource(sourceTitle, OptionalString(item, "path", "a package source"), OptionalString(item, "version", "a package source")));
            }
            var licenses = new List<PackageLicense>();
            foreach (JsonNode item in OptionalArray(root, "licenses", "the package"))
            {
                if (!ExpectObject(item, "a package licence")) continue;
                string? licenseName = OptionalString(item, "name", "a package licence");
                string? licensePath = OptionalString(item, "path", "a package licence");
                if (licenseName is null && licensePath is null)
                {
                    Report(Descriptors.MissingProperty.Id, _locator.At(item), _fileName, "a licence", "name", "an SPDX identifier such as \"CC-BY-4.0\", or a 'path'");
                    continue;
                }
                licenses.Add(new PackageLicense(licenseName ?? licensePath!, licensePath, OptionalString(item, "title", "a package licence")));
            }

            JsonProperty? resourcesProp = root.Find("resources");
            if (resourcesProp is null)
            {
                Report(Descriptors.MissingProperty.Id, _locator.At(root.Start, 1), _fileName, "the package", "resources", "an array of resources, each with name, path and schema");
                return null;
            }
            if (resourcesProp.Value.Kind != JsonKind.Array)
            {
                Report(Descriptors.PropertyType.Id, _locator.At(resourcesProp.Value), _fileName, "resources", "the package", "an array", resourcesProp.Value.Describe());
                return null;
            }

            string baseDir = BaseDirectory(_file.Path);
            var available = new HashSet<string>(additionalFilePaths.Select(NormalizePath), StringComparer.Ordinal);
            var tables = new List<(TableDraft Draft, JsonNode Node)>();
            var resourceNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonNode resourceNode in resourcesProp.Value.Items!)
            {
                TableDraft? draft = ParseResource(resourceNode, baseDir, available, resourceNames);
                if (draft is not null) tables.Add((draft, resourceNode));
            }

            AssignTypeNames(tables.Select(t => t.Draft).ToList());
            var byName = tables.ToDictionary(t => t.Draft.Name, t => t.Draft, StringComparer.Ordinal);
            foreach ((TableDraft draft, JsonNode _) in tables) ResolveForeignKeys(draft, byName, resourceNames);
            AssignReverseNames(tables.Select(t => t.Draft).ToList());

            if (name is null || version is null) return null;
            var specs = tables.Select(t => t.Draft.ToSpec()).ToEquatableArray();
            return new PackageSpec(ns, name, version, title, description, sources.ToEquatableArray(), licenses.ToEquatableArray(), specs);
        }

        private static string BaseDirectory(string path)
        {
            string normalized = NormalizePath(path);
            int slash = normalized.LastIndexOf('/');
            return slash >= 0 ? normalized.Substring(0, slash + 1) : string.Empty;
        }

        private TableDraft? ParseResource(JsonNode node, string baseDir, HashSet<string> available, HashSet<string> resourceNames)
        {
            if (!ExpectObject(node, "a resource")) return null;
            string? name = RequiredString(node, "name", "a resource", "a lower-case name such as \"countries\"");
            if (name is null) return null;
            JsonNode nameNode = node.Find("name")!.Value;
            string where = "resource '" + name + "'";
            if (!NamePattern.IsMatch(name))
            {
                Report(Descriptors.InvalidName.Id, _locator.At(nameNode), _fileName, "resource", name, "use lower-case letters, digits, '.', '-' and '_' only");
                return null;
            }
            if (!resourceNames.Add(name))
            {
                Report(Descriptors.DuplicateResource.Id, _locator.At(nameNode), _fileName, name);
                return null;
            }
            foreach (JsonProperty p in node.Properties!)
            {
                if (!KnownResourceProperties.Contains(p.Name) && p.Name.IndexOf(':') < 0 && p.Name != "data")
                {
                    Report(Descriptors.UnsupportedProperty.Id, _locator.At(p), _fileName, "resource property", p.Name);
                }
            }
            if (node.Find("data") is JsonProperty inline)
            {
                Report(Descriptors.UnsupportedProperty.Id, _locator.At(inline), _fileName, "inline resource data (use a 'path' to a JSON file)", "data");
                return null;
            }

            string? path = RequiredString(node, "path", where, "the JSON file of rows, relative to datapackage.json");
            if (path is null) return null;
            JsonNode pathNode = node.Find("path")!.Value;
            string normalizedPath = NormalizePath(path);
            if (normalizedPath.StartsWith("/", StringComparison.Ordinal) || normalizedPath.Contains(":") || normalizedPath.Split('/').Any(seg => seg == ".."))
            {
                Report(Descriptors.UnsafePath.Id, _locator.At(pathNode), _fileName, name, path);
                return null;
            }
            string resolved = baseDir + (normalizedPath.StartsWith("./", StringComparison.Ordinal) ? normalizedPath.Substring(2) : normalizedPath);
            if (!available.Contains(resolved))
            {
                Report(Descriptors.PathNotFound.Id, _locator.At(pathNode), _fileName, name, path, resolved);
                return null;
            }

            JsonProperty? schemaProp = node.Find("schema");
            if (schemaProp is null)
            {
                Report(Descriptors.MissingProperty.Id, _locator.At(nameNode), _fileName, where, "schema", "an inline Table Schema object with 'fields'");
                return null;
            }
            if (schemaProp.Value.Kind != JsonKind.Object)
            {
                Report(Descriptors.PropertyType.Id, _locator.At(schemaProp.Value), _fileName, "schema", where, "an inline object (schema files by path are not supported)", schemaProp.Value.Describe());
                return null;
            }
            JsonNode schema = schemaProp.Value;
            foreach (JsonProperty p in schema.Properties!)
            {
                if (!KnownSchemaProperties.Contains(p.Name) && p.Name.IndexOf(':') < 0)
                {
                    Report(Descriptors.UnsupportedProperty.Id, _locator.At(p), _fileName, "schema property", p.Name);
                }
            }

            EquatableArray<string> tableMissing = ParseMissingValues(schema, where) ?? new EquatableArray<string>(new[] { string.Empty });
            JsonProperty? fieldsProp = schema.Find("fields");
            if (fieldsProp is null || fieldsProp.Value.Kind != JsonKind.Array)
            {
                if (fieldsProp is null) Report(Descriptors.MissingProperty.Id, _locator.At(schemaProp.NameStart, schemaProp.NameLength), _fileName, "the schema of " + where, "fields", "an array of field descriptors");
                else Report(Descriptors.PropertyType.Id, _locator.At(fieldsProp.Value), _fileName, "fields", where, "an array", fieldsProp.Value.Describe());
                return null;
            }

            var draft = new TableDraft(name, path, resolved, OptionalString(node, "title", where), OptionalString(node, "description", where), nameNode);
            draft.TypeNameOverride = OverrideName(node, "csharp:typeName", where);
            draft.CollectionNameOverride = OverrideName(node, "csharp:collectionName", where);
            string? storage = OptionalString(node, "csharp:rowStorage", where);
            if (storage is not null)
            {
                if (storage == "inline") draft.Storage = RowStorage.Inline;
                else if (storage == "compact") draft.Storage = RowStorage.Compact;
                else Report(Descriptors.InvalidName.Id, _locator.At(node.Find("csharp:rowStorage")!.Value), _fileName, "csharp:rowStorage", storage, "use \"inline\" or \"compact\"");
            }
            bool fieldsOk = true;
            var fieldNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonNode fieldNode in fieldsProp.Value.Items!)
            {
                FieldDraft? field = ParseField(fieldNode, where, name, tableMissing);
                if (field is null)
                {
                    fieldsOk = false;
                    continue;
                }
                if (!fieldNames.Add(field.Name))
                {
                    Report(Descriptors.DuplicateField.Id, _locator.At(field.NameNode), _fileName, name, field.Name);
                    fieldsOk = false;
                    continue;
                }
                draft.Fields.Add(field);
            }
            if (draft.Fields.Count == 0 && fieldsOk)
            {
                Report(Descriptors.MissingProperty.Id, _locator.At(fieldsProp.Value), _fileName, "the schema of " + where, "fields", "at least one field");
                return null;
            }

            ParsePrimaryKey(schema, draft);
            ParseForeignKeyDrafts(schema, draft);
            AssignPropertyNames(draft);
            return fieldsOk ? draft : null;
        }

        private string? OverrideName(JsonNode node, string property, string where)
        {
            string? value = OptionalString(node, property, where);
            if (value is null) return null;
            if (Naming.IsSafeIdentifier(value)) return value;
            Report(Descriptors.InvalidName.Id, _locator.At(node.Find(property)!.Value), _fileName, property, value, "it must be a C# identifier that is not a keyword");
            return null;
        }

        private EquatableArray<string>? ParseMissingValues(JsonNode owner, string where)
        {
            JsonProperty? prop = owner.Find("missingValues");
            if (prop is null) return null;
            if (prop.Value.Kind != JsonKind.Array)
            {
                Report(Descriptors.PropertyType.Id, _locator.At(prop.Value), _fileName, "missingValues", where, "an array of strings", prop.Value.Describe());
                return null;
            }
            var values = new List<string>();
            foreach (JsonNode item in prop.Value.Items!)
            {
                if (item.Kind == JsonKind.String) values.Add(item.Text!);
                else if (item.Kind == JsonKind.Object && item.Find("value")?.Value is JsonNode v && v.Kind == JsonKind.String) values.Add(v.Text!);
                else Report(Descriptors.PropertyType.Id, _locator.At(item), _fileName, "missingValues item", where, "a string (or {value, label})", item.Describe());
            }
            return values.ToEquatableArray();
        }

        private FieldDraft? ParseField(JsonNode node, string where, string resourceName, EquatableArray<string> tableMissing)
        {
            if (!ExpectObject(node, "a field of " + where)) return null;
            string? name = RequiredString(node, "name", "a field of " + where, "the field name as used in the rows");
            if (name is null) return null;
            JsonNode nameNode = node.Find("name")!.Value;
            if (name.Length == 0)
            {
                Report(Descriptors.InvalidName.Id, _locator.At(nameNode), _fileName, "field", name, "field names must not be empty");
                return null;
            }
            string fieldWhere = "field '" + name + "' of " + where;
            foreach (JsonProperty p in node.Properties!)
            {
                if (!KnownFieldProperties.Contains(p.Name) && p.Name.IndexOf(':') < 0)
                {
                    Report(Descriptors.UnsupportedProperty.Id, _locator.At(p), _fileName, "field property", p.Name);
                }
            }

            string typeName = OptionalString(node, "type", fieldWhere) ?? "string";
            FieldType type;
            switch (typeName)
            {
                case "string": type = FieldType.String; break;
                case "integer": type = FieldType.Integer; break;
                case "number": type = FieldType.Number; break;
                case "boolean": type = FieldType.Boolean; break;
                case "date": type = FieldType.Date; break;
                case "year": type = FieldType.Year; break;
                case "array": type = FieldType.StringArray; break;
                default:
                    Report(Descriptors.UnsupportedType.Id, _locator.At(node.Find("type")!.Value), _fileName, name, resourceName, typeName);
                    return null;
            }
            if (type == FieldType.StringArray && node.Find("arrayItem") is JsonProperty itemProp)
            {
                string? itemType = itemProp.Value.Kind == JsonKind.Object ? itemProp.Value.Find("type")?.Value.Text : null;
                if (itemType != "string")
                {
                    Report(Descriptors.UnsupportedType.Id, _locator.At(itemProp.Value), _fileName, name, resourceName, "array of " + (itemType ?? "unknown items"));
                    return null;
                }
            }
            string? format = OptionalString(node, "format", fieldWhere);
            if (format is not null && format != "default" && !(type == FieldType.Date && format == "%Y-%m-%d"))
            {
                Report(Descriptors.UnsupportedProperty.Id, _locator.At(node.Find("format")!.Value), _fileName, "format of " + fieldWhere, format);
            }

            string? description = OptionalString(node, "description", fieldWhere) ?? OptionalString(node, "title", fieldWhere);
            ConstraintsSpec constraints = ParseConstraints(node, name, resourceName, type, fieldWhere);
            EquatableArray<string> missing = ParseMissingValues(node, fieldWhere) ?? tableMissing;
            var field = new FieldDraft(name, type, description, constraints, missing, nameNode);
            field.NameOverride = OverrideName(node, "csharp:name", fieldWhere);
            return field;
        }

        private ConstraintsSpec ParseConstraints(JsonNode fieldNode, string fieldName, string resourceName, FieldType type, string where)
        {
            var empty = new ConstraintsSpec(false, false, EquatableArray<string>.Empty, null, null, null, null, null);
            JsonProperty? prop = fieldNode.Find("constraints");
            if (prop is null) return empty;
            if (prop.Value.Kind != JsonKind.Object)
            {
                Report(Descriptors.PropertyType.Id, _locator.At(prop.Value), _fileName, "constraints", where, "an object", prop.Value.Describe());
                return empty;
            }
            JsonNode c = prop.Value;
            foreach (JsonProperty p in c.Properties!)
            {
                if (!KnownConstraints.Contains(p.Name)) Report(Descriptors.UnsupportedProperty.Id, _locator.At(p), _fileName, "constraint of " + where, p.Name);
            }
            bool required = OptionalBool(c, "required", where);
            bool unique = OptionalBool(c, "unique", where);
            var enumValues = new List<string>();
            if (c.Find("enum") is JsonProperty enumProp)
            {
                if (enumProp.Value.Kind != JsonKind.Array) Report(Descriptors.InvalidConstraint.Id, _locator.At(enumProp.Value), _fileName, "enum", fieldName, resourceName, "it must be an array of values");
                else
                {
                    foreach (JsonNode item in enumProp.Value.Items!)
                    {
                        if (item.Kind == JsonKind.String || item.Kind == JsonKind.Number) enumValues.Add(item.Text!);
                        else Report(Descriptors.InvalidConstraint.Id, _locator.At(item), _fileName, "enum", fieldName, resourceName, "values must be strings or numbers, not " + item.Describe());
                    }
                }
            }
            string? minimum = Bound(c, "minimum", fieldName, resourceName, type);
            string? maximum = Bound(c, "maximum", fieldName, resourceName, type);
            int? minLength = Length(c, "minLength", fieldName, resourceName);
            int? maxLength = Length(c, "maxLength", fieldName, resourceName);
            string? pattern = null;
            if (c.Find("pattern") is JsonProperty patternProp)
            {
                if (patternProp.Value.Kind != JsonKind.String) Report(Descriptors.InvalidConstraint.Id, _locator.At(patternProp.Value), _fileName, "pattern", fieldName, resourceName, "it must be a string");
                else if (type != FieldType.String) Report(Descriptors.InvalidConstraint.Id, _locator.At(patternProp.Value), _fileName, "pattern", fieldName, resourceName, "pattern applies to string fields only");
                else
                {
                    try
                    {
                        _ = new Regex(patternProp.Value.Text!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                        pattern = patternProp.Value.Text;
                    }
                    catch (ArgumentException ex)
                    {
                        Report(Descriptors.InvalidConstraint.Id, _locator.At(patternProp.Value), _fileName, "pattern", fieldName, resourceName, "it is not a valid regular expression (" + ex.Message + ")");
                    }
                }
            }
            return new ConstraintsSpec(required, unique, enumValues.ToEquatableArray(), minimum, maximum, minLength, maxLength, pattern);
        }

        private string? Bound(JsonNode c, string name, string fieldName, string resourceName, FieldType type)
        {
            if (c.Find(name) is not JsonProperty prop) return null;
            bool numeric = type == FieldType.Integer || type == FieldType.Number || type == FieldType.Year;
            if (numeric && prop.Value.Kind == JsonKind.Number && decimal.TryParse(prop.Value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return prop.Value.Text;
            if (type == FieldType.Date && prop.Value.Kind == JsonKind.String && CellParser.TryParseDate(prop.Value.Text!, out _)) return prop.Value.Text;
            Report(Descriptors.InvalidConstraint.Id, _locator.At(prop.Value), _fileName, name, fieldName, resourceName,
                numeric || type == FieldType.Date ? "it must be a " + (numeric ? "number" : "YYYY-MM-DD date") : "minimum and maximum apply to integer, number, year and date fields");
            return null;
        }

        private int? Length(JsonNode c, string name, string fieldName, string resourceName)
        {
            if (c.Find(name) is not JsonProperty prop) return null;
            if (prop.Value.Kind == JsonKind.Number && int.TryParse(prop.Value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out int value)) return value;
            Report(Descriptors.InvalidConstraint.Id, _locator.At(prop.Value), _fileName, name, fieldName, resourceName, "it must be a non-negative integer");
            return null;
        }

        private void ParsePrimaryKey(JsonNode schema, TableDraft draft)
        {
            if (schema.Find("primaryKey") is not JsonProperty prop) return;
            var names = new List<(string Name, JsonNode Node)>();
            if (prop.Value.Kind == JsonKind.String) names.Add((prop.Value.Text!, prop.Value));
            else if (prop.Value.Kind == JsonKind.Array && prop.Value.Items!.All(i => i.Kind == JsonKind.String)) names.AddRange(prop.Value.Items!.Select(i => (i.Text!, i)));
            else
            {
                Report(Descriptors.PropertyType.Id, _locator.At(prop.Value), _fileName, "primaryKey", "resource '" + draft.Name + "'", "a field name or an array of field names", prop.Value.Describe());
                return;
            }
            foreach ((string name, JsonNode node) in names)
            {
                FieldDraft? field = draft.Fields.FirstOrDefault(f => f.Name == name);
                if (field is null)
                {
                    Report(Descriptors.UnknownKeyField.Id, _locator.At(node), _fileName, draft.Name, name);
                    draft.PrimaryKey.Clear();
                    return;
                }
                // Table Schema: primary-key fields are implicitly required.
                field.Constraints = field.Constraints with { Required = true };
                draft.PrimaryKey.Add(name);
            }
        }

        private void ParseForeignKeyDrafts(JsonNode schema, TableDraft draft)
        {
            if (schema.Find("foreignKeys") is not JsonProperty prop) return;
            if (prop.Value.Kind != JsonKind.Array)
            {
                Report(Descriptors.PropertyType.Id, _locator.At(prop.Value), _fileName, "foreignKeys", "resource '" + draft.Name + "'", "an array", prop.Value.Describe());
                return;
            }
            foreach (JsonNode fk in prop.Value.Items!)
            {
                if (!ExpectObject(fk, "a foreign key of resource '" + draft.Name + "'")) continue;
                List<string>? fields = StringOrStrings(fk.Find("fields")?.Value);
                JsonNode? reference = fk.Find("reference")?.Value;
                List<string>? targetFields = StringOrStrings(reference?.Find("fields")?.Value);
                string? targetResource = reference?.Find("resource")?.Value is JsonNode r && r.Kind == JsonKind.String ? r.Text : null;
                if (fields is null || reference is null || targetFields is null || targetResource is null)
                {
                    Report(Descriptors.BadForeignKey.Id, _locator.At(fk), _fileName, draft.Name, "it needs 'fields' and a 'reference' with 'resource' and 'fields'");
                    continue;
                }
                if (fields.Count != 1 || targetFields.Count != 1)
                {
                    Report(Descriptors.BadForeignKey.Id, _locator.At(fk), _fileName, draft.Name, "composite foreign keys are not supported yet; use one field on each side");
                    continue;
                }
                FieldDraft? field = draft.Fields.FirstOrDefault(f => f.Name == fields[0]);
                if (field is null)
                {
                    Report(Descriptors.BadForeignKey.Id, _locator.At(fk.Find("fields")!.Value), _fileName, draft.Name, "field '" + fields[0] + "' is not declared in its schema");
                    continue;
                }
                draft.ForeignKeyDrafts.Add(new ForeignKeyDraft(field, targetResource.Length == 0 ? draft.Name : targetResource, targetFields[0], fk)
                {
                    NavigationOverride = OverrideName(fk, "csharp:navigationName", "a foreign key of resource '" + draft.Name + "'"),
                    ReverseOverride = OverrideName(fk, "csharp:reverseName", "a foreign key of resource '" + draft.Name + "'"),
                });
            }
        }

        private static List<string>? StringOrStrings(JsonNode? node)
        {
            if (node is null) return null;
            if (node.Kind == JsonKind.String) return new List<string> { node.Text! };
            if (node.Kind == JsonKind.Array && node.Items!.All(i => i.Kind == JsonKind.String)) return node.Items!.Select(i => i.Text!).ToList();
            return null;
        }

        private void AssignPropertyNames(TableDraft draft)
        {
            var taken = new Dictionary<string, FieldDraft>(StringComparer.Ordinal);
            foreach (FieldDraft field in draft.Fields)
            {
                string candidate = field.NameOverride ?? Naming.ToPascalCase(field.Name);
                if (field.NameOverride is null && candidate != field.Name && !Naming.IsSafeIdentifier(field.Name) && !char.IsLetter(field.Name[0]))
                {
                    Report(Descriptors.NameAdjusted.Id, _locator.At(field.NameNode), _fileName, "field", field.Name, candidate, "it is not a valid C# identifier");
                }
                if (ReservedMemberNames.Contains(candidate))
                {
                    string renamed = candidate + "Value";
                    Report(Descriptors.NameAdjusted.Id, _locator.At(field.NameNode), _fileName, "field", field.Name, renamed, "'" + candidate + "' is a member every record already has");
                    candidate = renamed;
                }
                if (taken.TryGetValue(candidate, out FieldDraft? other))
                {
                    Report(Descriptors.NameCollision.Id, _locator.At(field.NameNode), _fileName, "fields", other.Name, field.Name, candidate);
                    candidate = candidate + "_" + draft.Fields.IndexOf(field).ToString(CultureInfo.InvariantCulture);
                }
                taken[candidate] = field;
                field.PropertyName = candidate;
            }
        }

        private void AssignTypeNames(List<TableDraft> drafts)
        {
            var taken = new Dictionary<string, string>(StringComparer.Ordinal) { ["DatasetInfo"] = "the DatasetInfo class" };
            foreach (string helper in new[] { "DataPackageTable", "DataPackageField", "DataPackageSource", "DataPackageLicense" }) taken[helper] = "a generated helper type";
            foreach (TableDraft draft in drafts)
            {
                string collection = draft.CollectionNameOverride ?? Naming.ToPascalCase(draft.Name);
                string type = draft.TypeNameOverride ?? Naming.Singularize(collection);
                if (type == collection) type += "Row";
                draft.CollectionName = Claim(taken, collection, "the collection of resource '" + draft.Name + "'", draft);
                draft.TypeName = Claim(taken, type, "the record of resource '" + draft.Name + "'", draft);
                foreach (FieldDraft field in draft.Fields)
                {
                    if (field.PropertyName == draft.TypeName)
                    {
                        // A member cannot share its enclosing type's name (CS0542).
                        string renamed = field.PropertyName + "Value";
                        Report(Descriptors.NameAdjusted.Id, _locator.At(field.NameNode), _fileName, "field", field.Name, renamed, "it would have the same name as its record type");
                        field.PropertyName = renamed;
                    }
                }
            }
        }

        private string Claim(Dictionary<string, string> taken, string name, string what, TableDraft draft)
        {
            if (taken.TryGetValue(name, out string? owner))
            {
                Report(Descriptors.NameCollision.Id, _locator.At(draft.NameNode), _fileName, "names", owner, what, name);
                string unique = name + "_" + draft.Name.Length.ToString(CultureInfo.InvariantCulture) + "_" + taken.Count.ToString(CultureInfo.InvariantCulture);
                taken[unique] = what;
                return unique;
            }
            taken[name] = what;
            return name;
        }

        private void ResolveForeignKeys(TableDraft draft, Dictionary<string, TableDraft> byName, HashSet<string> declaredNames)
        {
            foreach (ForeignKeyDraft fk in draft.ForeignKeyDrafts)
            {
                if (!byName.TryGetValue(fk.TargetResource, out TableDraft? target))
                {
                    // A target that was declared but is itself invalid already has its own error; do not pile on.
                    if (!declaredNames.Contains(fk.TargetResource))
                    {
                        Report(Descriptors.BadForeignKey.Id, _locator.At(fk.Node), _fileName, draft.Name, "it references resource '" + fk.TargetResource + "', which the package does not declare");
                    }
                    continue;
                }
                if (target.PrimaryKey.Count != 1 || target.PrimaryKey[0] != fk.TargetField)
                {
                    Report(Descriptors.BadForeignKey.Id, _locator.At(fk.Node), _fileName, draft.Name, "it references field '" + fk.TargetField + "' of resource '" + target.Name + "', which is not that resource's single-field primary key");
                    continue;
                }
                FieldDraft targetField = target.Fields.First(f => f.Name == fk.TargetField);
                if (targetField.Type != fk.Field.Type || fk.Field.Type == FieldType.StringArray)
                {
                    Report(Descriptors.BadForeignKey.Id, _locator.At(fk.Node), _fileName, draft.Name, "field '" + fk.Field.Name + "' has a different type from '" + target.Name + "." + fk.TargetField + "'");
                    continue;
                }
                string nav = fk.NavigationOverride ?? Naming.NavigationName(fk.Field.PropertyName, target.TypeName);
                if (draft.Fields.Any(f => f.PropertyName == nav) || draft.ResolvedKeys.Any(k => k.NavigationName == nav) || nav == draft.TypeName)
                {
                    string alternative = fk.Field.PropertyName + target.TypeName;
                    if (fk.NavigationOverride is null && !draft.Fields.Any(f => f.PropertyName == alternative) && !draft.ResolvedKeys.Any(k => k.NavigationName == alternative) && alternative != draft.TypeName) nav = alternative;
                    else
                    {
                        Report(Descriptors.NameCollision.Id, _locator.At(fk.Node), _fileName, "members of " + draft.TypeName, "navigation of " + fk.Field.Name, "another member", nav);
                        continue;
                    }
                }
                draft.ResolvedKeys.Add(new ResolvedKey(fk, target, nav, targetField));
            }
        }

        private void AssignReverseNames(List<TableDraft> drafts)
        {
            foreach (TableDraft target in drafts)
            {
                var incoming = drafts.SelectMany(d => d.ResolvedKeys.Select(k => (Child: d, Key: k))).Where(x => x.Key.Target == target).ToList();
                var taken = new HashSet<string>(target.Fields.Select(f => f.PropertyName).Concat(target.ResolvedKeys.Select(k => k.NavigationName)), StringComparer.Ordinal) { target.TypeName };
                foreach (var (child, key) in incoming)
                {
                    bool several = incoming.Count(x => x.Child == child) > 1;
                    string name = key.Draft.ReverseOverride ?? (several || taken.Contains(child.CollectionName) ? child.CollectionName + "By" + key.NavigationName : child.CollectionName);
                    if (!taken.Add(name))
                    {
                        Report(Descriptors.NameCollision.Id, _locator.At(key.Draft.Node), _fileName, "members of " + target.TypeName, "reverse navigation from " + child.Name, "another member", name);
                        key.ReverseName = null;
                        continue;
                    }
                    key.ReverseName = name;
                }
            }
        }

        private bool ExpectObject(JsonNode node, string what)
        {
            if (node.Kind == JsonKind.Object) return true;
            Report(Descriptors.PropertyType.Id, _locator.At(node), _fileName, "(item)", what, "an object", node.Describe());
            return false;
        }

        private string? RequiredString(JsonNode owner, string name, string where, string hint)
        {
            JsonProperty? prop = owner.Find(name);
            if (prop is null)
            {
                Report(Descriptors.MissingProperty.Id, _locator.At(owner.Start, 1), _fileName, where, name, hint);
                return null;
            }
            if (prop.Value.Kind != JsonKind.String)
            {
                Report(Descriptors.PropertyType.Id, _locator.At(prop.Value), _fileName, name, where, "a string", prop.Value.Describe());
                return null;
            }
            return prop.Value.Text;
        }

        private string? OptionalString(JsonNode owner, string name, string where)
        {
            JsonProperty? prop = owner.Find(name);
            if (prop is null || prop.Value.Kind == JsonKind.Null) return null;
            if (prop.Value.Kind != JsonKind.String)
            {
                Report(Descriptors.PropertyType.Id, _locator.At(prop.Value), _fileName, name, where, "a string", prop.Value.Describe());
                return null;
            }
            return prop.Value.Text;
        }

        private bool OptionalBool(JsonNode owner, string name, string where)
        {
            JsonProperty? prop = owner.Find(name);
            if (prop is null) return false;
            if (prop.Value.Kind == JsonKind.True) return true;
            if (prop.Value.Kind == JsonKind.False) return false;
            Report(Descriptors.PropertyType.Id, _locator.At(prop.Value), _fileName, name, where, "true or false", prop.Value.Describe());
            return false;
        }

        private IEnumerable<JsonNode> OptionalArray(JsonNode owner, string name, string where)
        {
            JsonProperty? prop = owner.Find(name);
            if (prop is null || prop.Value.Kind == JsonKind.Null) return Array.Empty<JsonNode>();
            if (prop.Value.Kind != JsonKind.Array)
            {
                Report(Descriptors.PropertyType.Id, _locator.At(prop.Value), _fileName, name, where, "an array", prop.Value.Describe());
                return Array.Empty<JsonNode>();
            }
            return prop.Value.Items!;
        }

        // Mutable drafts exist only while one descriptor is parsed; the pipeline sees the immutable specs they become.
        private sealed class TableDraft
        {
            public TableDraft(string name, string path, string resolvedPath, string? title, string? description, JsonNode nameNode)
            {
                Name = name;
                Path = path;
                ResolvedPath = resolvedPath;
                Title = title;
                Description = description;
                NameNode = nameNode;
            }

            public string Name { get; }
            public string Path { get; }
            public string ResolvedPath { get; }
            public string? Title { get; }
            public string? Description { get; }
            public JsonNode NameNode { get; }
            public string? TypeNameOverride { get; set; }
            public string? CollectionNameOverride { get; set; }
            public RowStorage Storage { get; set; }
            public string TypeName { get; set; } = string.Empty;
            public string CollectionName { get; set; } = string.Empty;
            public List<FieldDraft> Fields { get; } = new List<FieldDraft>();
            public List<string> PrimaryKey { get; } = new List<string>();
            public List<ForeignKeyDraft> ForeignKeyDrafts { get; } = new List<ForeignKeyDraft>();
            public List<ResolvedKey> ResolvedKeys { get; } = new List<ResolvedKey>();

            public TableSpec ToSpec() => new TableSpec(
                Name, Path, ResolvedPath, Title, Description, TypeName, CollectionName,
                Fields.Select(f => new FieldSpec(f.Name, f.PropertyName, f.Type, f.Description, f.Constraints, f.MissingValues)).ToEquatableArray(),
                PrimaryKey.ToEquatableArray(),
                ResolvedKeys.Select(k => new ForeignKeySpec(
                    k.Draft.Field.Name, k.Target.Name, k.TargetField.Name, k.NavigationName, k.ReverseName ?? string.Empty,
                    "__By" + k.Draft.Field.PropertyName)).ToEquatableArray(),
                Storage);
        }

        private sealed class FieldDraft
        {
            public FieldDraft(string name, FieldType type, string? description, ConstraintsSpec constraints, EquatableArray<string> missingValues, JsonNode nameNode)
            {
                Name = name;
                Type = type;
                Description = description;
                Constraints = constraints;
                MissingValues = missingValues;
                NameNode = nameNode;
                PropertyName = name;
            }

            public string Name { get; }
            public FieldType Type { get; }
            public string? Description { get; }
            public ConstraintsSpec Constraints { get; set; }
            public EquatableArray<string> MissingValues { get; }
            public JsonNode NameNode { get; }
            public string? NameOverride { get; set; }
            public string PropertyName { get; set; }
        }

        private sealed class ForeignKeyDraft
        {
            public ForeignKeyDraft(FieldDraft field, string targetResource, string targetField, JsonNode node)
            {
                Field = field;
                TargetResource = targetResource;
                TargetField = targetField;
                Node = node;
            }

            public FieldDraft Field { get; }
            public string TargetResource { get; }
            public string TargetField { get; }
            public JsonNode Node { get; }
            public string? NavigationOverride { get; set; }
            public string? ReverseOverride { get; set; }
        }

        private sealed class ResolvedKey
        {
            public ResolvedKey(ForeignKeyDraft draft, TableDraft target, string navigationName, FieldDraft targetField)
            {
                Draft = draft;
                Target = target;
                NavigationName = navigationName;
                TargetField = targetField;
            }

            public ForeignKeyDraft Draft { get; }
            public TableDraft Target { get; }
            public string NavigationName { get; }
            public FieldDraft TargetField { get; }
            public string? ReverseName { get; set; }
        }
    }
}
