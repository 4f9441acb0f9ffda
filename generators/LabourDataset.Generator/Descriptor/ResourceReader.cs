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
            { "name", "path", "title", "description", "schema", "profile", "format", "mediatype", "encoding", "bytes", "hash", "sources", "licenses", "type", "data", "dialect", "missingValues" };
        private readonly JsonAccess _json;
        private readonly FileDiagnostics _diagnostics;
        private readonly FieldReader _fields;
        private readonly DialectReader _dialects;
        private readonly string _baseDirectory;
        private readonly string _descriptorPath;
        private readonly bool _unsupportedTypesAsString;
        private readonly IReadOnlyDictionary<string, DataFile> _externalFiles;
        private readonly List<FileDiagnostics> _externalDiagnostics = new List<FileDiagnostics>();
        private readonly EquatableArray<string> _packageMissing;
        private readonly HashSet<string> _availableFiles;

        /// <param name="externalFiles">Schema and dialect files the descriptor names by path, by normalised path.</param>
        public ResourceReader(JsonAccess json, FileDiagnostics diagnostics, string descriptorPath, HashSet<string> availableFiles, bool unsupportedTypesAsString, IReadOnlyDictionary<string, DataFile> externalFiles, EquatableArray<string> packageMissing)
        {
            _unsupportedTypesAsString = unsupportedTypesAsString;
            _packageMissing = packageMissing;
            _externalFiles = externalFiles;
            _descriptorPath = FilePaths.Normalize(descriptorPath);
            string baseDirectory = FilePaths.Directory(descriptorPath);
            _json = json;
            _diagnostics = diagnostics;
            _fields = new FieldReader(json, diagnostics, unsupportedTypesAsString);
            _dialects = new DialectReader(json, diagnostics, this);
            _baseDirectory = baseDirectory;
            _availableFiles = availableFiles;
        }

        /// <summary>Diagnostics reported in schema and dialect files named by path.</summary>
        public IReadOnlyList<FileDiagnostics> ExternalDiagnostics => _externalDiagnostics;

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
            List<string>? parts = null;
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
                if (node.Find("path")?.Value is JsonNode { Kind: JsonKind.Array } partsNode)
                {
                    // One table in several files, read in the order given as if concatenated.
                    parts = ResolveParts(name, partsNode);
                    if (parts is null) return null;
                    path = string.Join(", ", partsNode.Items!.Select(p => p.Text));
                    resolved = parts[0];
                }
                else
                {
                    string? declaredPath = _json.RequiredString(node, "path", where, "the JSON or CSV file of rows, relative to datapackage.json, or inline 'data'");
                    if (declaredPath is null) return null;
                    string? resolvedPath = ResolvePath(name, declaredPath, node.Find("path")!.Value);
                    if (resolvedPath is null) return null;
                    path = declaredPath;
                    resolved = resolvedPath;
                }
            }

            JsonProperty? schemaProp = node.Find("schema");
            if (schemaProp is null)
            {
                _diagnostics.Report(DiagnosticDescriptors.MissingProperty, nameNode, where, "schema", "a Table Schema: an object with 'fields', or the path of a JSON file holding one");
                return null;
            }
            SchemaReader? schemaReader = SchemaFor(schemaProp, where);
            if (schemaReader is null) return null;

            // The format of a multi-file table comes from its first part (the spec says all parts are alike).
            string formatPath = parts is null ? path : node.Find("path")!.Value.Items![0].Text!;
            ResourceFormat? format = inlineData is null ? ReadFormat(node, name, formatPath, where) : ResourceFormat.Json;
            if (format is null) return null;
            CsvDialect? dialect = format == ResourceFormat.Csv ? _dialects.Read(node, where, formatPath) : null;
            if (format == ResourceFormat.Csv && dialect is null) return null;
            string? title = _json.OptionalString(node, "title", where);
            string? description = _json.OptionalString(node, "description", where);
            NameOverride? typeName = _json.OptionalName(node, "csharp:typeName", where);
            NameOverride? collectionName = _json.OptionalName(node, "csharp:collectionName", where);
            RowStorage storage = ReadStorage(node, where);

            // missingValues inherit field <- schema <- resource <- package, and default to [""] (the spec's default).
            EquatableArray<string> inheritedMissing = _fields.ReadMissingValues(node, where) ?? _packageMissing;
            DeclaredSchema? schema = schemaReader.Read(name, where, inheritedMissing);
            if (schema is null) return null;
            // A JSON table's dialect is read after its schema: itemKeys must name its fields.
            JsonDialect? jsonDialect = format == ResourceFormat.Json ? _dialects.ReadJson(node, where, schema.Fields.Select(f => f.Name).ToList(), inlineData is not null) : null;
            if (format == ResourceFormat.Json && jsonDialect is null) return null;
            return schema.FieldsOk
                ? new DeclaredResource(name, _diagnostics.Locator.At(nameNode), path, resolved, title, description, typeName, collectionName, storage,
                    schema.Fields, schema.PrimaryKey, schema.ForeignKeys, format.Value, dialect, schema.UniqueKeys, inlineData, parts, jsonDialect)
                : null;
        }

        /// <summary>
        /// The reader for a resource's schema: inline in the descriptor, or in a JSON file named by path (an
        /// AdditionalFile), whose problems are then reported in that file.
        /// </summary>
        private SchemaReader? SchemaFor(JsonProperty schemaProp, string where)
        {
            if (schemaProp.Value.Kind == JsonKind.Object) return new SchemaReader(schemaProp.Value, _diagnostics.Locator.At(schemaProp), _json, _diagnostics, _fields);
            if (schemaProp.Value.Kind == JsonKind.String && External(schemaProp.Value, "schema", where) is (JsonNode root, FileDiagnostics diagnostics, JsonAccess json))
            {
                return new SchemaReader(root, diagnostics.Locator.At(root.Start, 1), json, diagnostics, new FieldReader(json, diagnostics, _unsupportedTypesAsString));
            }
            if (schemaProp.Value.Kind != JsonKind.String)
            {
                _diagnostics.Report(DiagnosticDescriptors.PropertyType, schemaProp.Value, "schema", where, "an object, or the path of a JSON file holding one", schemaProp.Value.Describe());
            }
            return null;
        }

        /// <summary>
        /// A JSON object in another local file the descriptor names by path (a schema or a dialect): parsed, with its own
        /// diagnostics. Null when the path is unsafe, not among the AdditionalFiles, or not a JSON object (all reported).
        /// </summary>
        internal (JsonNode Root, FileDiagnostics Diagnostics, JsonAccess Json)? External(JsonNode pathNode, string property, string where)
        {
            string? resolved = ExternalReferences.Resolve(_descriptorPath, pathNode.Text!);
            if (resolved is null)
            {
                _diagnostics.Report(DiagnosticDescriptors.UnsafePath, pathNode, where + " (" + property + ")", pathNode.Text!);
                return null;
            }
            if (!_externalFiles.TryGetValue(resolved, out DataFile? file))
            {
                _diagnostics.Report(DiagnosticDescriptors.PathNotFound, pathNode, where + " (" + property + ")", pathNode.Text!, resolved);
                return null;
            }
            var diagnostics = new FileDiagnostics(file.Path, file.Text);
            _externalDiagnostics.Add(diagnostics);
            JsonNode? root = JsonParser.Parse(file.Text, out JsonParseError? error);
            if (root is null)
            {
                diagnostics.ReportSyntax(error!);
                return null;
            }
            if (root.Kind != JsonKind.Object)
            {
                diagnostics.Report(DiagnosticDescriptors.TopLevelShape, root, "an object (a " + (property == "schema" ? "Table Schema" : "CSV dialect") + ")", root.Describe());
                return null;
            }
            return (root, diagnostics, new JsonAccess(diagnostics));
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

        /// <summary>
        /// The files of a 'path' array, resolved in order; null when any is unusable (each problem reported at its item):
        /// the array must hold at least one string, all local (the spec forbids mixing URLs and paths, and we read no
        /// URLs), and no file twice (its rows would be read twice).
        /// </summary>
        private List<string>? ResolveParts(string name, JsonNode partsNode)
        {
            List<JsonNode> items = partsNode.Items ?? new List<JsonNode>();
            if (items.Count == 0)
            {
                _diagnostics.Report(DiagnosticDescriptors.MultipartPath, partsNode, name, "is empty; list the table's files in order, or give one path as a string");
                return null;
            }
            var resolved = new List<string>(items.Count);
            bool ok = true;
            foreach (JsonNode item in items)
            {
                if (item.Kind != JsonKind.String || string.IsNullOrEmpty(item.Text))
                {
                    _diagnostics.Report(DiagnosticDescriptors.MultipartPath, item, name, "holds " + item.Describe() + "; each item must be the relative path of one file of the table");
                    ok = false;
                    continue;
                }
                string? part = ResolvePath(name, item.Text!, item);
                if (part is null)
                {
                    ok = false;
                }
                else if (resolved.Contains(part))
                {
                    _diagnostics.Report(DiagnosticDescriptors.MultipartPath, item, name, "names '" + item.Text + "' twice, so its rows would be read twice; list each file once");
                    ok = false;
                }
                else
                {
                    resolved.Add(part);
                }
            }
            return ok ? resolved : null;
        }

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
    }
}
