using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Json;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Descriptor
{
    /// <summary>Reads one field descriptor of a Table Schema: name, type, constraints and missing values.</summary>
    internal sealed class FieldReader
    {
        private static readonly HashSet<string> KnownFieldProperties = new HashSet<string>(StringComparer.Ordinal)
            { "name", "type", "format", "description", "title", "constraints", "example", "rdfType", "arrayItem", "missingValues", "trueValues", "falseValues", "decimalChar", "groupChar", "bareNumber", "delimiter", "itemType", "categories", "categoriesOrdered" };
        private static readonly HashSet<string> KnownConstraints = new HashSet<string>(StringComparer.Ordinal)
            { "required", "unique", "enum", "minimum", "maximum", "minLength", "maxLength", "pattern", "exclusiveMinimum", "exclusiveMaximum" };

        private static readonly Dictionary<string, StringFormat> StringFormats = new Dictionary<string, StringFormat>(StringComparer.Ordinal)
            { ["email"] = StringFormat.Email, ["uri"] = StringFormat.Uri, ["uuid"] = StringFormat.Uuid, ["binary"] = StringFormat.Binary };

        private readonly JsonAccess _json;
        private readonly FileDiagnostics _diagnostics;
        private readonly bool _unsupportedTypesAsString;

        public FieldReader(JsonAccess json, FileDiagnostics diagnostics, bool unsupportedTypesAsString)
        {
            _json = json;
            _diagnostics = diagnostics;
            _unsupportedTypesAsString = unsupportedTypesAsString;
        }

        public DeclaredField? Read(JsonNode node, string where, string resourceName, EquatableArray<string> tableMissing)
        {
            if (!_json.ExpectObject(node, "a field of " + where)) return null;
            string? name = _json.RequiredString(node, "name", "a field of " + where, "the field name as used in the rows");
            if (name is null) return null;
            JsonNode nameNode = node.Find("name")!.Value;
            if (name.Length == 0)
            {
                _diagnostics.Report(DiagnosticDescriptors.InvalidName, nameNode, "field", name, "field names must not be empty");
                return null;
            }
            string fieldWhere = "field '" + name + "' of " + where;
            _json.WarnUnknown(node, KnownFieldProperties, "field property");

            FieldType? type = ReadType(node, name, resourceName, fieldWhere, out string? fallbackFrom, out FieldType itemType, out FieldType? itemJson);
            if (type is null) return null;
            ConstraintsSpec? itemConstraints = type == FieldType.StringArray && node.Find("arrayItem")?.Value is JsonNode { Kind: JsonKind.Object } arrayItemNode
                ? ReadItemConstraints(arrayItemNode, name, resourceName, itemJson ?? itemType, fieldWhere)
                : null;
            string? format = _json.OptionalString(node, "format", fieldWhere);
            StringFormat stringFormat = StringFormat.Default;
            string? datePattern = null;
            bool temporal = type == FieldType.Date || type == FieldType.Time || type == FieldType.DateTime;
            if (type == FieldType.String && format is not null && StringFormats.TryGetValue(format, out StringFormat known)) stringFormat = known;
            else if (temporal && format is not null && format.IndexOf('%') >= 0 && DatePatterns.ForField(format, type.Value) is string pattern) datePattern = pattern;
            else if (temporal && format == "any") datePattern = DatePatterns.Any(type.Value);
            else if (format is not null && format != "default"
                && !(type == FieldType.GeoPoint && (format == "array" || format == "object")))
            {
                // A format changes how values read or what they may be; one the generator does not apply is not ignored.
                _diagnostics.Report(DiagnosticDescriptors.UnsupportedProperty, node.Find("format")!.Value, "format of " + fieldWhere, format);
            }

            string? description = _json.OptionalString(node, "description", fieldWhere) ?? _json.OptionalString(node, "title", fieldWhere);
            ConstraintsSpec constraints = ReadConstraints(node, name, resourceName, type.Value, fieldWhere);
            var labels = new Dictionary<string, string>(StringComparer.Ordinal);
            if (ReadCategories(node, name, resourceName, type.Value, fieldWhere, labels) is EquatableArray<string> categories)
            {
                constraints = WithCategories(constraints, categories, node.Find("categories")!.Value, name, resourceName);
            }
            EquatableArray<string> missing = ReadMissingValues(node, fieldWhere) ?? tableMissing;
            EquatableArray<string> trueValues = ReadStrings(node, "trueValues", fieldWhere, type.Value) ?? FieldSpec.DefaultTrueValues;
            EquatableArray<string> falseValues = ReadStrings(node, "falseValues", fieldWhere, type.Value) ?? FieldSpec.DefaultFalseValues;
            NumberFormat? numberFormat = ReadNumberFormat(node, fieldWhere, type.Value);
            string? listDelimiter = _json.OptionalString(node, "type", fieldWhere) == "list" ? _json.OptionalString(node, "delimiter", fieldWhere) ?? "," : null;
            DeclaredEnum? declaredEnum = type == FieldType.String && fallbackFrom is null && constraints.Enum.Count > 0
                ? new DeclaredEnum(labels, node.Find("categoriesOrdered") is not null && _json.OptionalBool(node, "categoriesOrdered", fieldWhere),
                    _json.OptionalName(node, "csharp:enumName", fieldWhere), node.Find("csharp:enum") is null || _json.OptionalBool(node, "csharp:enum", fieldWhere), _diagnostics.Locator.At(nameNode))
                : null;
            return new DeclaredField(name, _diagnostics.Locator.At(nameNode), type.Value, description, constraints, missing, _json.OptionalName(node, "csharp:name", fieldWhere), fallbackFrom, trueValues, falseValues, stringFormat, numberFormat, datePattern, listDelimiter, declaredEnum, itemType, ReadBigInteger(node, fieldWhere, type.Value), itemConstraints, itemJson);
        }

        /// <summary>
        /// The opt-in "csharp:type": "BigInteger" for an integer field whose values go beyond 64 bits. Types come from the
        /// schema, never from the data, so a field is long unless the descriptor says otherwise.
        /// </summary>
        private bool ReadBigInteger(JsonNode node, string where, FieldType type)
        {
            if (node.Find("csharp:type") is not JsonProperty prop) return false;
            if (type == FieldType.Integer && prop.Value.Kind == JsonKind.String && prop.Value.Text == "BigInteger") return true;
            _diagnostics.Report(DiagnosticDescriptors.PropertyType, prop.Value, "csharp:type", where, "\"BigInteger\" on an integer field", prop.Value.Describe());
            return false;
        }

        /// <summary>
        /// v2 categories: strings or integers, or {value, label} objects; for string and integer fields only. The values
        /// are returned (labels collected into <paramref name="labels"/>); null when absent or not usable (reported).
        /// </summary>
        private EquatableArray<string>? ReadCategories(JsonNode node, string fieldName, string resourceName, FieldType type, string where, Dictionary<string, string> labels)
        {
            if (node.Find("categories") is not JsonProperty prop) return null;
            if (type != FieldType.String && type != FieldType.Integer)
            {
                _diagnostics.Report(DiagnosticDescriptors.PropertyType, prop.Value, "categories", where, "absent (it applies to string and integer fields only)", prop.Value.Describe());
                return null;
            }
            if (prop.Value.Kind != JsonKind.Array || prop.Value.Items!.Count == 0)
            {
                Invalid(prop.Value, "categories", fieldName, resourceName, "it must be a non-empty array of values or {value, label} objects");
                return null;
            }
            JsonKind valueKind = type == FieldType.String ? JsonKind.String : JsonKind.Number;
            var values = new List<string>();
            foreach (JsonNode item in prop.Value.Items!)
            {
                JsonNode? value = item.Kind == JsonKind.Object ? item.Find("value")?.Value : item;
                JsonNode? label = item.Kind == JsonKind.Object ? item.Find("label")?.Value : null;
                if (value is not JsonNode v || v.Kind != valueKind || (label is JsonNode l && l.Kind != JsonKind.String))
                {
                    string found = item.Kind == JsonKind.Object && value is null ? "an object without \"value\""
                        : label is JsonNode badLabel && badLabel.Kind != JsonKind.String ? "a label that is " + badLabel.Describe()
                        : (value ?? item).Describe();
                    Invalid(item, "categories", fieldName, resourceName, "each item must be " + (type == FieldType.String ? "a string" : "an integer")
                        + " or an object {\"value\": " + (type == FieldType.String ? "\"...\"" : "1") + ", \"label\": \"...\"}, not " + found);
                    continue;
                }
                if (values.Contains(v.Text!)) continue;
                values.Add(v.Text!);
                if (label is not null) labels[v.Text!] = label.Text!;
            }
            return values.Count == 0 ? null : values.ToEquatableArray();
        }

        /// <summary>Categories and an enum constraint both restrict the values: a value must be in both.</summary>
        private ConstraintsSpec WithCategories(ConstraintsSpec constraints, EquatableArray<string> categories, JsonNode at, string fieldName, string resourceName)
        {
            if (constraints.Enum.Count == 0) return constraints with { Enum = categories };
            var both = categories.Where(constraints.Enum.Contains).ToEquatableArray();
            if (both.Count > 0) return constraints with { Enum = both };
            Invalid(at, "categories", fieldName, resourceName, "no category is also in constraints.enum, so no value could be valid; make the two lists agree");
            return constraints with { Enum = categories };
        }

        /// <summary>decimalChar, groupChar and bareNumber of a number or integer field; null when all are the defaults.</summary>
        private NumberFormat? ReadNumberFormat(JsonNode node, string where, FieldType type)
        {
            if (node.Find("decimalChar") is null && node.Find("groupChar") is null && node.Find("bareNumber") is null) return null;
            if (type != FieldType.Number && type != FieldType.Integer)
            {
                JsonProperty misplaced = node.Find("decimalChar") ?? node.Find("groupChar") ?? node.Find("bareNumber")!;
                _diagnostics.Report(DiagnosticDescriptors.PropertyType, misplaced.Value, misplaced.Name, where, "absent (it applies to number and integer fields only)", misplaced.Value.Describe());
                return null;
            }
            string decimalChar = _json.OptionalString(node, "decimalChar", where) ?? ".";
            string? groupChar = _json.OptionalString(node, "groupChar", where);
            bool bareNumber = node.Find("bareNumber") is null || _json.OptionalBool(node, "bareNumber", where);
            return decimalChar == "." && groupChar is null && bareNumber ? null : new NumberFormat(decimalChar, groupChar, bareNumber);
        }

        /// <summary>trueValues or falseValues: an array of strings, meaningful for boolean fields only.</summary>
        private EquatableArray<string>? ReadStrings(JsonNode node, string property, string where, FieldType type)
        {
            if (node.Find(property) is not JsonProperty prop) return null;
            if (type != FieldType.Boolean)
            {
                _diagnostics.Report(DiagnosticDescriptors.PropertyType, prop.Value, property, where, "absent (it applies to boolean fields only)", prop.Value.Describe());
                return null;
            }
            if (prop.Value.Kind != JsonKind.Array || prop.Value.Items!.Any(i => i.Kind != JsonKind.String))
            {
                _diagnostics.Report(DiagnosticDescriptors.PropertyType, prop.Value, property, where, "an array of strings", prop.Value.Describe());
                return null;
            }
            return prop.Value.Items!.Select(i => i.Text!).ToEquatableArray();
        }

        /// <param name="itemJson">For an array of objects, GeoJSON or any values: that item type (the items are then kept as JSON text, so <paramref name="itemType"/> is String).</param>
        private FieldType? ReadType(JsonNode node, string name, string resourceName, string fieldWhere, out string? fallbackFrom, out FieldType itemType, out FieldType? itemJson)
        {
            fallbackFrom = null;
            itemType = FieldType.String;
            itemJson = null;
            string typeName = _json.OptionalString(node, "type", fieldWhere) ?? "string";
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
                case "list":
                    // A list is text of delimited items, each of itemType (string by default).
                    string? listItem = _json.OptionalString(node, "itemType", fieldWhere);
                    if (listItem is not null && ItemType(listItem) is not FieldType listItemType)
                    {
                        _diagnostics.Report(DiagnosticDescriptors.UnsupportedType, node.Find("itemType")!.Value, name, resourceName, "list of " + listItem);
                        return null;
                    }
                    itemType = listItem is null ? FieldType.String : ItemType(listItem)!.Value;
                    type = FieldType.StringArray;
                    break;
                case "datetime": type = FieldType.DateTime; break;
                case "time": type = FieldType.Time; break;
                case "yearmonth": type = FieldType.YearMonth; break;
                case "geopoint": type = FieldType.GeoPoint; break;
                case "duration": type = FieldType.Duration; break;
                case "object": type = FieldType.Json; break;
                case "geojson": type = FieldType.GeoJson; break;
                case "any": type = FieldType.Any; break;
                default:
                    if (_unsupportedTypesAsString)
                    {
                        // Opted in: the values are kept as written, as text, and the build says so per field.
                        _diagnostics.Report(DiagnosticDescriptors.TypeReadAsString, node.Find("type")!.Value, name, resourceName, typeName);
                        fallbackFrom = typeName;
                        return FieldType.String;
                    }
                    _diagnostics.Report(DiagnosticDescriptors.UnsupportedType, node.Find("type")!.Value, name, resourceName, typeName);
                    return null;
            }
            if (type == FieldType.StringArray && node.Find("arrayItem") is JsonProperty itemProp)
            {
                string? arrayItem = itemProp.Value.Kind == JsonKind.Object ? itemProp.Value.Find("type")?.Value.Text ?? "string" : null;
                FieldType? jsonItem = arrayItem switch { "object" => FieldType.Json, "geojson" => FieldType.GeoJson, "any" => FieldType.Any, _ => null };
                if (jsonItem is not null)
                {
                    // Objects, GeoJSON and any values: each item is checked, then kept as its JSON text (as an object field is).
                    itemJson = jsonItem;
                    arrayItem = "string";
                }
                if (arrayItem is null || ItemType(arrayItem) is not FieldType arrayItemType)
                {
                    _diagnostics.Report(DiagnosticDescriptors.UnsupportedType, itemProp.Value, name, resourceName, "array of " + (arrayItem ?? "unknown items"));
                    return null;
                }
                itemType = arrayItemType;
                foreach (JsonProperty p in itemProp.Value.Properties!)
                {
                    // Item formats and the rest are not applied; say so rather than ignore them. Constraints are read below.
                    if (p.Name != "type" && p.Name != "name" && p.Name != "description" && p.Name != "title" && p.Name != "constraints") _diagnostics.Report(DiagnosticDescriptors.UnsupportedProperty, p, "arrayItem of " + fieldWhere, p.Name);
                }
            }
            return type;
        }

        /// <summary>The item types a list or array can hold (the scalar types with one canonical text); null for others.</summary>
        private static FieldType? ItemType(string name) => name switch
        {
            "string" => FieldType.String,
            "integer" => FieldType.Integer,
            "number" => FieldType.Number,
            "boolean" => FieldType.Boolean,
            "date" => FieldType.Date,
            "year" => FieldType.Year,
            "datetime" => FieldType.DateTime,
            "time" => FieldType.Time,
            _ => null,
        };

        /// <summary>missingValues of a schema or field: strings, or v2's {value, label} objects.</summary>
        public EquatableArray<string>? ReadMissingValues(JsonNode owner, string where)
        {
            JsonProperty? prop = owner.Find("missingValues");
            if (prop is null) return null;
            if (prop.Value.Kind != JsonKind.Array)
            {
                _diagnostics.Report(DiagnosticDescriptors.PropertyType, prop.Value, "missingValues", where, "an array of strings", prop.Value.Describe());
                return null;
            }
            var values = new List<string>();
            foreach (JsonNode item in prop.Value.Items!)
            {
                if (item.Kind == JsonKind.String) values.Add(item.Text!);
                else if (item.Kind == JsonKind.Object && item.Find("value")?.Value is JsonNode v && v.Kind == JsonKind.String) values.Add(v.Text!);
                else _diagnostics.Report(DiagnosticDescriptors.PropertyType, item, "missingValues item", where, "a string (or {value, label})", item.Describe());
            }
            return values.ToEquatableArray();
        }

        private ConstraintsSpec ReadConstraints(JsonNode fieldNode, string fieldName, string resourceName, FieldType type, string where)
        {
            JsonProperty? prop = fieldNode.Find("constraints");
            if (prop is null) return ConstraintsSpec.None;
            if (prop.Value.Kind != JsonKind.Object)
            {
                _diagnostics.Report(DiagnosticDescriptors.PropertyType, prop.Value, "constraints", where, "an object", prop.Value.Describe());
                return ConstraintsSpec.None;
            }
            JsonNode c = prop.Value;
            foreach (JsonProperty p in c.Properties!)
            {
                if (!KnownConstraints.Contains(p.Name)) _diagnostics.Report(DiagnosticDescriptors.UnsupportedProperty, p, "constraint of " + where, p.Name);
            }
            bool required = _json.OptionalBool(c, "required", where);
            bool unique = _json.OptionalBool(c, "unique", where);
            var enumValues = new List<string>();
            if (c.Find("enum") is JsonProperty enumProp)
            {
                if (enumProp.Value.Kind != JsonKind.Array) Invalid(enumProp.Value, "enum", fieldName, resourceName, "it must be an array of values");
                else
                {
                    foreach (JsonNode item in enumProp.Value.Items!)
                    {
                        if (item.Kind == JsonKind.String || item.Kind == JsonKind.Number) enumValues.Add(item.Text!);
                        else Invalid(item, "enum", fieldName, resourceName, "values must be strings or numbers, not " + item.Describe());
                    }
                }
            }
            string? minimum = Bound(c, "minimum", fieldName, resourceName, type);
            string? maximum = Bound(c, "maximum", fieldName, resourceName, type);
            int? minLength = Length(c, "minLength", fieldName, resourceName);
            int? maxLength = Length(c, "maxLength", fieldName, resourceName);
            string? pattern = Pattern(c, fieldName, resourceName, type);
            string? exclusiveMinimum = Bound(c, "exclusiveMinimum", fieldName, resourceName, type);
            string? exclusiveMaximum = Bound(c, "exclusiveMaximum", fieldName, resourceName, type);
            return new ConstraintsSpec(required, unique, enumValues.ToEquatableArray(), minimum, maximum, minLength, maxLength, pattern, exclusiveMinimum, exclusiveMaximum);
        }

        /// <summary>
        /// arrayItem.constraints: checked on every item of the array. 'required' and 'unique' say nothing about one item
        /// (items are never null; uniqueness across the array is not defined by the spec), so they are reported, not ignored.
        /// </summary>
        private ConstraintsSpec? ReadItemConstraints(JsonNode arrayItem, string fieldName, string resourceName, FieldType itemType, string fieldWhere)
        {
            if (arrayItem.Find("constraints") is not JsonProperty prop) return null;
            string where = "arrayItem of " + fieldWhere;
            if (itemType == FieldType.Json || itemType == FieldType.GeoJson || itemType == FieldType.Any)
            {
                Invalid(prop.Value, "constraints", fieldName + " (items)", resourceName, "constraints on object, GeoJSON or any items are not checked by the generator; remove them or check the items yourself");
                return null;
            }
            if (prop.Value.Kind == JsonKind.Object)
            {
                foreach (JsonProperty p in prop.Value.Properties!)
                {
                    if (p.Name == "required" || p.Name == "unique") Invalid(p.Value, p.Name, fieldName + " (items)", resourceName, "it does not apply to one item of an array; put it in the field's own constraints");
                }
            }
            ConstraintsSpec c = ReadConstraints(arrayItem, fieldName + " (items)", resourceName, itemType, where);
            return c with { Required = false, Unique = false };
        }

        private void Invalid(JsonNode at, string constraint, string fieldName, string resourceName, string reason)
            => _diagnostics.Report(DiagnosticDescriptors.InvalidConstraint, at, constraint, fieldName, resourceName, reason);

        private string? Pattern(JsonNode c, string fieldName, string resourceName, FieldType type)
        {
            if (c.Find("pattern") is not JsonProperty prop) return null;
            if (prop.Value.Kind != JsonKind.String) Invalid(prop.Value, "pattern", fieldName, resourceName, "it must be a string");
            else if (type != FieldType.String) Invalid(prop.Value, "pattern", fieldName, resourceName, "pattern applies to string fields only");
            else
            {
                try
                {
                    _ = new Regex(prop.Value.Text!, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
                    return prop.Value.Text;
                }
                catch (ArgumentException ex)
                {
                    Invalid(prop.Value, "pattern", fieldName, resourceName, "it is not a valid regular expression (" + ex.Message + ")");
                }
            }
            return null;
        }

        private string? Bound(JsonNode c, string name, string fieldName, string resourceName, FieldType type)
        {
            if (c.Find(name) is not JsonProperty prop) return null;
            bool numeric = type == FieldType.Integer || type == FieldType.Number || type == FieldType.Year;
            if (numeric && prop.Value.Kind == JsonKind.Number && decimal.TryParse(prop.Value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) return prop.Value.Text;
            // An integer bound beyond decimal's range is kept for BigInteger fields; CompareNumbers compares it exactly.
            if (type == FieldType.Integer && prop.Value.Kind == JsonKind.Number && System.Numerics.BigInteger.TryParse(prop.Value.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)) return prop.Value.Text;
            if (type == FieldType.Date && prop.Value.Kind == JsonKind.String && ValueFormats.TryParseDate(prop.Value.Text!, out _)) return prop.Value.Text;
            Invalid(prop.Value, name, fieldName, resourceName,
                numeric || type == FieldType.Date ? "it must be a " + (numeric ? "number" : "YYYY-MM-DD date") : "minimum and maximum apply to integer, number, year and date fields");
            return null;
        }

        private int? Length(JsonNode c, string name, string fieldName, string resourceName)
        {
            if (c.Find(name) is not JsonProperty prop) return null;
            if (prop.Value.Kind == JsonKind.Number && int.TryParse(prop.Value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out int value)) return value;
            Invalid(prop.Value, name, fieldName, resourceName, "it must be a non-negative integer");
            return null;
        }
    }
}
