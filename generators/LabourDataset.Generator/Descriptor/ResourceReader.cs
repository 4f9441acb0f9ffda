using System;
using System.Collections.Generic;
using System.Linq;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Json;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Descriptor
{
    /// <summary>Reads one resource of the descriptor: name, path, schema, primary key and the declared foreign keys.</summary>
    internal sealed class ResourceReader
    {
        private static readonly HashSet<string> KnownResourceProperties = new HashSet<string>(StringComparer.Ordinal)
            { "name", "path", "title", "description", "schema", "profile", "format", "mediatype", "encoding", "bytes", "hash", "sources", "licenses", "type", "data", "dialect" };
        private static readonly HashSet<string> KnownSchemaProperties = new HashSet<string>(StringComparer.Ordinal)
            { "fields", "primaryKey", "foreignKeys", "missingValues", "$schema", "uniqueKeys" };

        private readonly JsonAccess _json;
        private readonly FileDiagnostics _diagnostics;
        private readonly FieldReader _fields;
        private readonly DialectReader _dialects;
        private readonly string _baseDirectory;
        private readonly string _descriptorPath;
        private readonly HashSet<string> _availableFiles;

        public ResourceReader(JsonAccess json, FileDiagnostics diagnostics, string descriptorPath, HashSet<string> availableFiles, bool unsupportedTypesAsString)
        {
            _descriptorPath = FilePaths.Normalize(descriptorPath);
            string baseDirectory = FilePaths.Directory(descriptorPath);
            _json = json;
            _diagnostics = diagnostics;
            _fields = new FieldReader(json, diagnostics, unsupportedTypesAsString);
            _dialects = new DialectReader(json, diagnostics);
            _baseDirectory = baseDirectory;
            _availableFiles = availableFiles;
        }

        /// <summary>The resource, or null when it cannot be compiled (the reason is reported).</summary>
        public DeclaredResource? Read(JsonNode node, HashSet<string> declaredNames, HashSet<string> skippedNames)
        {
            if (!_json.ExpectObject(node, "a resource")) return null;
            string? name = _json.RequiredString(node, "name", "a resource", "a lower-case name such as \"countries\"");
            if (name is null) return null;
            JsonNode nameNode = node.Find("name")!.Value;
            string where = "resource '" + name + "'";
            if (!PackageReader.NamePattern.IsMatch(name))
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidName, nameNode, "resource", name, "use lower-case letters, digits, '.', '-' and '_' only");
                return null;
            }
            if (!declaredNames.Add(name))
            {
                _diagnostics.Report(DiagnosticDescriptors.DuplicateResource, nameNode, name);
                return null;
            }
            _json.WarnUnknown(node, KnownResourceProperties, "resource property");
            if (node.Find("schema") is null && !IsDeclaredTabular(node))
            {
                // A README, a PDF, GeoJSON: the spec allows resources that are not tables. Said, never silently dropped.
                _diagnostics.Report(DiagnosticDescriptors.NotTabular, nameNode, name);
                skippedNames.Add(name);
                return null;
            }
            InlineSpan? inlineData = null;
            string path, resolved;
            if (node.Find("data") is JsonProperty inline)
            {
                // Rows written in the descriptor itself: an array of row objects, or of arrays after a header row.
                if (node.Find("path") is JsonProperty both)
                {
                    _diagnostics.Report(DiagnosticDescriptors.PropertyType, both, "path", where, "absent when the resource has inline 'data' (a resource has one or the other)", both.Value.Describe());
                    return null;
                }
                if (inline.Value.Kind != JsonKind.Array)
                {
                    _diagnostics.Report(DiagnosticDescriptors.PropertyType, inline.Value, "data", where, "an array of rows (objects, or arrays after a header row)", inline.Value.Describe());
                    return null;
                }
                inlineData = new InlineSpan(inline.Value.Start, inline.Value.Length);
                path = string.Empty;
                resolved = _descriptorPath;
            }
            else
            {
                if (node.Find("path")?.Value is JsonNode { Kind: JsonKind.Array } parts)
                {
                    _diagnostics.Report(DiagnosticDescriptors.MultipartPath, parts, name);
                    return null;
                }
                string? declaredPath = _json.RequiredString(node, "path", where, "the JSON or CSV file of rows, relative to datapackage.json, or inline 'data'");
                if (declaredPath is null) return null;
                string? resolvedPath = ResolvePath(name, declaredPath, node.Find("path")!.Value);
                if (resolvedPath is null) return null;
                path = declaredPath;
                resolved = resolvedPath;
            }

            JsonProperty? schemaProp = node.Find("schema");
            if (schemaProp is null)
            {
                _diagnostics.Report(DiagnosticDescriptors.MissingProperty, nameNode, where, "schema", "an inline Table Schema object with 'fields'");
                return null;
            }
            if (schemaProp.Value.Kind != JsonKind.Object)
            {
                _diagnostics.Report(DiagnosticDescriptors.PropertyType, schemaProp.Value, "schema", where, "an inline object (schema files by path are not supported)", schemaProp.Value.Describe());
                return null;
            }
            JsonNode schema = schemaProp.Value;
            _json.WarnUnknown(schema, KnownSchemaProperties, "schema property");

            EquatableArray<string> tableMissing = _fields.ReadMissingValues(schema, where) ?? new EquatableArray<string>(new[] { string.Empty });
            JsonProperty? fieldsProp = schema.Find("fields");
            if (fieldsProp is null)
            {
                _diagnostics.Report(DiagnosticDescriptors.MissingProperty, _diagnostics.Locator.At(schemaProp.NameStart, schemaProp.NameLength), "the schema of " + where, "fields", "an array of field descriptors");
                return null;
            }
            if (fieldsProp.Value.Kind != JsonKind.Array)
            {
                _diagnostics.Report(DiagnosticDescriptors.PropertyType, fieldsProp.Value, "fields", where, "an array", fieldsProp.Value.Describe());
                return null;
            }

            ResourceFormat? format = inlineData is null ? ReadFormat(node, name, path, where) : ResourceFormat.Json;
            if (format is null) return null;
            CsvDialect? dialect = format == ResourceFormat.Csv ? _dialects.Read(node, where, path) : null;
            if (format == ResourceFormat.Csv && dialect is null) return null;
            string? title = _json.OptionalString(node, "title", where);
            string? description = _json.OptionalString(node, "description", where);
            NameOverride? typeName = _json.OptionalName(node, "csharp:typeName", where);
            NameOverride? collectionName = _json.OptionalName(node, "csharp:collectionName", where);
            RowStorage storage = ReadStorage(node, where);

            bool fieldsOk = true;
            var fields = new List<DeclaredField>();
            var fieldNames = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonNode fieldNode in fieldsProp.Value.Items!)
            {
                DeclaredField? field = _fields.Read(fieldNode, where, name, tableMissing);
                if (field is null)
                {
                    fieldsOk = false;
                    continue;
                }
                if (!fieldNames.Add(field.Name))
                {
                    _diagnostics.Report(DiagnosticDescriptors.DuplicateField, field.NameLocation, name, field.Name);
                    fieldsOk = false;
                    continue;
                }
                fields.Add(field);
            }
            if (fields.Count == 0 && fieldsOk)
            {
                _diagnostics.Report(DiagnosticDescriptors.MissingProperty, fieldsProp.Value, "the schema of " + where, "fields", "at least one field");
                return null;
            }

            List<string> primaryKey = ReadPrimaryKey(schema, name, fields);
            // Table Schema: primary-key fields are implicitly required.
            fields = fields.Select(f => primaryKey.Contains(f.Name) ? f with { Constraints = f.Constraints with { Required = true } } : f).ToList();
            List<DeclaredForeignKey> foreignKeys = ReadForeignKeys(schema, name, fields);
            List<UniqueKeySpec> uniqueKeys = ReadUniqueKeys(schema, where, fields);
            return fieldsOk
                ? new DeclaredResource(name, _diagnostics.Locator.At(nameNode), path, resolved, title, description, typeName, collectionName, storage, fields, primaryKey, foreignKeys, format.Value, dialect, uniqueKeys, inlineData)
                : null;
        }

        /// <summary>JSON or CSV, from 'format', then 'mediatype', then the path's extension; anything else is reported.</summary>
        private ResourceFormat? ReadFormat(JsonNode node, string name, string path, string where)
        {
            string? format = _json.OptionalString(node, "format", where)?.ToLowerInvariant();
            string? mediaType = _json.OptionalString(node, "mediatype", where)?.ToLowerInvariant();
            string extension = FilePaths.Extension(path);
            string declared = format ?? (mediaType is null ? extension : mediaType switch
            {
                "text/csv" => "csv",
                "text/tab-separated-values" => "tsv",
                "application/json" => "json",
                _ => mediaType,
            });
            switch (declared)
            {
                case "json": return ResourceFormat.Json;
                case "csv":
                case "tsv": return ResourceFormat.Csv;
            }
            JsonNode at = node.Find("format")?.Value ?? node.Find("mediatype")?.Value ?? node.Find("path")!.Value;
            _diagnostics.Report(DiagnosticDescriptors.UnsupportedFormat, at, name, declared.Length == 0 ? "(none: the path has no extension)" : declared);
            return null;
        }

        /// <summary>v1 marks a table with profile "tabular-data-resource", v2 with type "table".</summary>
        private static bool IsDeclaredTabular(JsonNode node)
            => node.Find("profile")?.Value is JsonNode { Kind: JsonKind.String } profile && profile.Text == "tabular-data-resource"
               || node.Find("type")?.Value is JsonNode { Kind: JsonKind.String } type && type.Text == "table";

        /// <summary>The path relative to the descriptor as an AdditionalFiles path, or null (reported) when unsafe or absent.</summary>
        private string? ResolvePath(string name, string path, JsonNode pathNode)
        {
            string normalizedPath = FilePaths.Normalize(path);
            if (path.IndexOf("://", StringComparison.Ordinal) > 0)
            {
                _diagnostics.Report(DiagnosticDescriptors.RemotePath, pathNode, name, path);
                return null;
            }
            if (normalizedPath.StartsWith("/", StringComparison.Ordinal) || normalizedPath.Contains(":") || normalizedPath.Split('/').Any(seg => seg == ".."))
            {
                _diagnostics.Report(DiagnosticDescriptors.UnsafePath, pathNode, name, path);
                return null;
            }
            string resolved = _baseDirectory + (normalizedPath.StartsWith("./", StringComparison.Ordinal) ? normalizedPath.Substring(2) : normalizedPath);
            if (!_availableFiles.Contains(resolved))
            {
                _diagnostics.Report(DiagnosticDescriptors.PathNotFound, pathNode, name, path, resolved);
                return null;
            }
            return resolved;
        }

        private RowStorage ReadStorage(JsonNode node, string where)
        {
            string? storage = _json.OptionalString(node, "csharp:rowStorage", where);
            if (storage is null) return RowStorage.Automatic;
            if (storage == "inline") return RowStorage.Inline;
            if (storage == "compact") return RowStorage.Compact;
            _diagnostics.Report(DiagnosticDescriptors.InvalidName, node.Find("csharp:rowStorage")!.Value, "csharp:rowStorage", storage, "use \"inline\" or \"compact\"");
            return RowStorage.Automatic;
        }

        private List<string> ReadPrimaryKey(JsonNode schema, string resource, List<DeclaredField> fields)
        {
            var key = new List<string>();
            if (schema.Find("primaryKey") is not JsonProperty prop) return key;
            var names = new List<(string Name, JsonNode Node)>();
            if (prop.Value.Kind == JsonKind.String) names.Add((prop.Value.Text!, prop.Value));
            else if (prop.Value.Kind == JsonKind.Array && prop.Value.Items!.All(i => i.Kind == JsonKind.String)) names.AddRange(prop.Value.Items!.Select(i => (i.Text!, i)));
            else
            {
                _diagnostics.Report(DiagnosticDescriptors.PropertyType, prop.Value, "primaryKey", "resource '" + resource + "'", "a field name or an array of field names", prop.Value.Describe());
                return key;
            }
            foreach ((string name, JsonNode node) in names)
            {
                if (!fields.Any(f => f.Name == name))
                {
                    _diagnostics.Report(DiagnosticDescriptors.UnknownKeyField, node, resource, name);
                    key.Clear();
                    return key;
                }
                key.Add(name);
            }
            return key;
        }

        /// <summary>v2 uniqueKeys: an array of field-name arrays, each a combination that must be unique.</summary>
        private List<UniqueKeySpec> ReadUniqueKeys(JsonNode schema, string where, List<DeclaredField> fields)
        {
            var keys = new List<UniqueKeySpec>();
            if (schema.Find("uniqueKeys") is not JsonProperty prop) return keys;
            IEnumerable<JsonNode> items = prop.Value.Kind == JsonKind.Array ? prop.Value.Items! : new[] { prop.Value };
            foreach (JsonNode item in items)
            {
                List<string>? names = JsonAccess.StringOrStrings(item);
                if (prop.Value.Kind != JsonKind.Array || names is null || names.Count == 0 || names.Any(n => !fields.Any(f => f.Name == n)))
                {
                    _diagnostics.Report(DiagnosticDescriptors.PropertyType, item, "uniqueKeys", where, "an array of arrays of declared field names", item.Describe());
                    continue;
                }
                keys.Add(new UniqueKeySpec(names.ToEquatableArray()));
            }
            return keys;
        }

        private List<DeclaredForeignKey> ReadForeignKeys(JsonNode schema, string resource, List<DeclaredField> fields)
        {
            var keys = new List<DeclaredForeignKey>();
            if (schema.Find("foreignKeys") is not JsonProperty prop) return keys;
            if (prop.Value.Kind != JsonKind.Array)
            {
                _diagnostics.Report(DiagnosticDescriptors.PropertyType, prop.Value, "foreignKeys", "resource '" + resource + "'", "an array", prop.Value.Describe());
                return keys;
            }
            string where = "a foreign key of resource '" + resource + "'";
            foreach (JsonNode fk in prop.Value.Items!)
            {
                if (!_json.ExpectObject(fk, where)) continue;
                List<string>? fieldNames = JsonAccess.StringOrStrings(fk.Find("fields")?.Value);
                JsonNode? reference = fk.Find("reference")?.Value;
                List<string>? targetFields = JsonAccess.StringOrStrings(reference?.Find("fields")?.Value);
                // v1 writes a self-reference as "resource": "", v2 leaves "resource" out.
                JsonNode? resourceNode = reference?.Find("resource")?.Value;
                string? targetResource = resourceNode is null && reference is not null ? string.Empty : resourceNode is JsonNode { Kind: JsonKind.String } r ? r.Text : null;
                if (fieldNames is null || reference is null || targetFields is null || targetResource is null)
                {
                    _diagnostics.Report(DiagnosticDescriptors.BadForeignKey, fk, resource, "it needs 'fields' and a 'reference' with 'fields' (and 'resource', a string, unless the key refers to its own resource)");
                    continue;
                }
                if (fieldNames.Count != 1 || targetFields.Count != 1)
                {
                    _diagnostics.Report(DiagnosticDescriptors.BadForeignKey, fk, resource, "composite foreign keys are not supported yet; use one field on each side");
                    continue;
                }
                if (!fields.Any(f => f.Name == fieldNames[0]))
                {
                    _diagnostics.Report(DiagnosticDescriptors.BadForeignKey, fk.Find("fields")!.Value, resource, "field '" + fieldNames[0] + "' is not declared in its schema");
                    continue;
                }
                keys.Add(new DeclaredForeignKey(fieldNames[0], targetResource.Length == 0 ? resource : targetResource, targetFields[0], _diagnostics.Locator.At(fk),
                    _json.OptionalName(fk, "csharp:navigationName", where), _json.OptionalName(fk, "csharp:reverseName", where)));
            }
            return keys;
        }
    }
}
