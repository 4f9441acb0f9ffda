using System;
using System.Collections.Generic;
using System.Linq;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Json;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Descriptor
{
    /// <summary>What a Table Schema declares: fields, primary key, foreign keys and unique keys.</summary>
    internal sealed record DeclaredSchema(
        List<DeclaredField> Fields,
        List<string> PrimaryKey,
        List<DeclaredForeignKey> ForeignKeys,
        List<UniqueKeySpec> UniqueKeys,
        bool FieldsOk);

    /// <summary>
    /// Reads one Table Schema, wherever it is written: inline in datapackage.json or in its own JSON file. Problems are
    /// reported in the file the schema is in.
    /// </summary>
    internal sealed class SchemaReader
    {
        private static readonly HashSet<string> KnownSchemaProperties = new HashSet<string>(StringComparer.Ordinal)
            { "fields", "primaryKey", "foreignKeys", "missingValues", "$schema", "uniqueKeys" };

        private readonly JsonNode _schema;
        private readonly LocationInfo _schemaLocation;
        private readonly JsonAccess _json;
        private readonly FileDiagnostics _diagnostics;
        private readonly FieldReader _fields;

        public SchemaReader(JsonNode schema, LocationInfo schemaLocation, JsonAccess json, FileDiagnostics diagnostics, FieldReader fields)
        {
            _schema = schema;
            _schemaLocation = schemaLocation;
            _json = json;
            _diagnostics = diagnostics;
            _fields = fields;
        }

        /// <summary>The schema, or null when it has no usable fields (reported).</summary>
        /// <param name="inheritedMissing">The resource's or package's missingValues, used when the schema declares none.</param>
        public DeclaredSchema? Read(string name, string where, EquatableArray<string> inheritedMissing)
        {
            JsonNode schema = _schema;
            _json.WarnUnknown(schema, KnownSchemaProperties, "schema property");

            EquatableArray<string> tableMissing = _fields.ReadMissingValues(schema, where) ?? inheritedMissing;
            JsonProperty? fieldsProp = schema.Find("fields");
            if (fieldsProp is null)
            {
                _diagnostics.Report(DiagnosticDescriptors.MissingProperty, _schemaLocation, "the schema of " + where, "fields", "an array of field descriptors");
                return null;
            }
            if (fieldsProp.Value.Kind != JsonKind.Array)
            {
                _diagnostics.Report(DiagnosticDescriptors.PropertyType, fieldsProp.Value, "fields", where, "an array", fieldsProp.Value.Describe());
                return null;
            }

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
            return new DeclaredSchema(fields, primaryKey, foreignKeys, uniqueKeys, fieldsOk);
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
                if (fieldNames.Count != targetFields.Count || fieldNames.Count == 0)
                {
                    _diagnostics.Report(DiagnosticDescriptors.BadForeignKey, fk, resource, "it lists " + fieldNames.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)
                        + " field(s) but its reference lists " + targetFields.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + "; a composite key pairs them in order, so list as many on each side");
                    continue;
                }
                string? undeclared = fieldNames.FirstOrDefault(n => !fields.Any(f => f.Name == n));
                if (undeclared is not null)
                {
                    _diagnostics.Report(DiagnosticDescriptors.BadForeignKey, fk.Find("fields")!.Value, resource, "field '" + undeclared + "' is not declared in its schema");
                    continue;
                }
                if (fieldNames.Distinct(StringComparer.Ordinal).Count() != fieldNames.Count || targetFields.Distinct(StringComparer.Ordinal).Count() != targetFields.Count)
                {
                    _diagnostics.Report(DiagnosticDescriptors.BadForeignKey, fk, resource, "it names a field twice; each field of a composite key appears once on each side");
                    continue;
                }
                keys.Add(new DeclaredForeignKey(fieldNames, targetResource.Length == 0 ? resource : targetResource, targetFields, _diagnostics.Locator.At(fk),
                    _json.OptionalName(fk, "csharp:navigationName", where), _json.OptionalName(fk, "csharp:reverseName", where)));
            }
            return keys;
        }
    }
}
