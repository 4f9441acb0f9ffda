using System;
using System.Collections.Generic;
using System.Linq;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Json;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Descriptor
{
    /// <summary>Reads a resource's CSV dialect (Frictionless CSV Dialect, v2 Table Dialect) into a <see cref="CsvDialect"/>.</summary>
    internal sealed class DialectReader
    {
        /// <summary>
        /// Table Dialect properties of other kinds of file, by what they apply to. The spec says a property that does not
        /// apply to a format MUST be ignored; each one ignored is still said (LDS0132, info), never dropped unseen.
        /// </summary>
        private static readonly Dictionary<string, string> OtherFormats = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["property"] = "structured data (JSON)",
            ["itemType"] = "structured data (JSON)",
            ["itemKeys"] = "structured data (JSON)",
            ["sheetNumber"] = "spreadsheets",
            ["sheetName"] = "spreadsheets",
            ["table"] = "databases",
        };

        /// <summary>Properties for delimited text, which do not apply to a JSON table.</summary>
        private static readonly HashSet<string> DelimitedOnly = new HashSet<string>(StringComparer.Ordinal)
        {
            "delimiter", "lineTerminator", "quoteChar", "doubleQuote", "escapeChar", "nullSequence", "skipInitialSpace",
            "headerRows", "headerJoin", "commentRows", "commentChar", "caseSensitiveHeader",
        };

        private readonly JsonAccess _json;
        private readonly FileDiagnostics _diagnostics;
        private readonly ResourceReader _resources;

        /// <param name="resources">Reads a dialect file named by path.</param>
        public DialectReader(JsonAccess json, FileDiagnostics diagnostics, ResourceReader resources)
        {
            _json = json;
            _diagnostics = diagnostics;
            _resources = resources;
        }

        /// <summary>The dialect of a CSV resource (the default when none is given), or null when it cannot be read (reported).</summary>
        public CsvDialect? Read(JsonNode resource, string where, string path)
        {
            CsvDialect dialect = FilePaths.Extension(path) == "tsv" || resource.Find("format")?.Value.Text == "tsv"
                ? CsvDialect.Default with { Delimiter = '\t' }
                : CsvDialect.Default;
            if (!TryFind(resource, where, out DialectObject? found)) return null;
            return found is null ? dialect : ReadObject(found.Node, dialect, found.ResourceName, where, found.Json, found.Diagnostics);
        }

        /// <summary>A resource's dialect object, with where its problems are reported (the descriptor, or the dialect's own file).</summary>
        private sealed record DialectObject(JsonNode Node, string ResourceName, JsonAccess Json, FileDiagnostics Diagnostics);

        /// <summary>
        /// The resource's dialect: written inline, or in a JSON file named by path (read there, and its problems reported
        /// there). <paramref name="found"/> is null when the resource has none; false when it cannot be read (reported).
        /// </summary>
        private bool TryFind(JsonNode resource, string where, out DialectObject? found)
        {
            found = null;
            string resourceName = resource.Find("name")?.Value.Text ?? string.Empty;
            if (resource.Find("dialect") is not JsonProperty prop) return true;
            if (prop.Value.Kind == JsonKind.String)
            {
                if (_resources.External(prop.Value, "dialect", where) is not (JsonNode root, FileDiagnostics diagnostics, JsonAccess json)) return false;
                found = new DialectObject(root, resourceName, json, diagnostics);
                return true;
            }
            if (prop.Value.Kind != JsonKind.Object)
            {
                _diagnostics.Report(DiagnosticDescriptors.PropertyType, prop.Value, "dialect", where, "a dialect object, or the path of a JSON file holding one", prop.Value.Describe());
                return false;
            }
            found = new DialectObject(prop.Value, resourceName, _json, _diagnostics);
            return true;
        }

        /// <summary>
        /// The dialect of a JSON table (v2 Table Dialect, structured formats): header, property, itemType and itemKeys.
        /// Properties for delimited text or spreadsheets do not apply to JSON and are ignored, as the spec says. Null when
        /// the dialect cannot be read (reported).
        /// </summary>
        public JsonDialect? ReadJson(JsonNode resource, string where, IReadOnlyList<string> fieldNames, bool inline)
        {
            if (!TryFind(resource, where, out DialectObject? found)) return null;
            return found is null ? JsonDialect.Default : ReadJsonObject(found.Node, found.ResourceName, where, fieldNames, inline, found.Json, found.Diagnostics);
        }

        private static JsonDialect? ReadJsonObject(JsonNode d, string resourceName, string where, IReadOnlyList<string> fieldNames, bool inline, JsonAccess json, FileDiagnostics diagnostics)
        {
            bool ok = true;
            foreach (JsonProperty p in d.Properties!)
            {
                if (DelimitedOnly.Contains(p.Name)) diagnostics.Report(DiagnosticDescriptors.DialectPropertyDoesNotApply, p, resourceName, p.Name, "delimited text (CSV)", "JSON");
                else if (OtherFormats.TryGetValue(p.Name, out string? appliesTo) && appliesTo != "structured data (JSON)") diagnostics.Report(DiagnosticDescriptors.DialectPropertyDoesNotApply, p, resourceName, p.Name, appliesTo, "JSON");
            }
            bool header = d.Find("header") is null || json.OptionalBool(d, "header", where);
            string? property = null;
            if (d.Find("property")?.Value is JsonNode propertyNode)
            {
                if (inline)
                {
                    // Inline "data" is the rows themselves: there is no document around them to look into.
                    diagnostics.Report(DiagnosticDescriptors.UnsupportedDialect, propertyNode, resourceName, "'property'", "inline 'data' is already the array of rows; remove 'property' or move the rows into a file");
                    ok = false;
                }
                else if (propertyNode.Kind != JsonKind.String || string.IsNullOrEmpty(propertyNode.Text))
                {
                    diagnostics.Report(DiagnosticDescriptors.UnsupportedDialect, propertyNode, resourceName, "'property' set to " + propertyNode.Describe(), "it must name the top-level property that holds the array of rows, such as \"rows\"");
                    ok = false;
                }
                else
                {
                    property = propertyNode.Text;
                }
            }
            JsonItemType itemType = JsonItemType.Any;
            if (d.Find("itemType")?.Value is JsonNode typeNode)
            {
                if (typeNode.Kind == JsonKind.String && typeNode.Text == "array") itemType = JsonItemType.Array;
                else if (typeNode.Kind == JsonKind.String && typeNode.Text == "object") itemType = JsonItemType.Object;
                else
                {
                    diagnostics.Report(DiagnosticDescriptors.UnsupportedDialect, typeNode, resourceName, "'itemType' set to " + typeNode.Describe(), "it must be \"array\" or \"object\"");
                    ok = false;
                }
            }
            var itemKeys = new List<string>();
            if (d.Find("itemKeys")?.Value is JsonNode keysNode)
            {
                List<string>? keys = keysNode.Kind == JsonKind.Array ? JsonAccess.StringOrStrings(keysNode) : null;
                if (keys is null || keys.Count == 0)
                {
                    diagnostics.Report(DiagnosticDescriptors.UnsupportedDialect, keysNode, resourceName, "'itemKeys' set to " + keysNode.Describe(), "it must be a non-empty array of field names");
                    ok = false;
                }
                else if (itemType == JsonItemType.Array)
                {
                    diagnostics.Report(DiagnosticDescriptors.UnsupportedDialect, keysNode, resourceName, "'itemKeys' with itemType \"array\"", "itemKeys choose the keys of object rows; remove one of the two");
                    ok = false;
                }
                else
                {
                    // The keys read from each object row: every field must be among them (or its values would never be
                    // read), and each must be a field; other keys of a row are skipped, as the dialect asks.
                    for (int i = 0; i < keys.Count; i++)
                    {
                        if (!fieldNames.Contains(keys[i]))
                        {
                            diagnostics.Report(DiagnosticDescriptors.UnsupportedDialect, keysNode.Items![i], resourceName, "itemKeys entry '" + keys[i] + "'", "it is not a field of the schema; add the field or remove the entry");
                            ok = false;
                        }
                    }
                    foreach (string field in fieldNames.Where(f => !keys.Contains(f)))
                    {
                        diagnostics.Report(DiagnosticDescriptors.UnsupportedDialect, keysNode, resourceName, "itemKeys without field '" + field + "'", "every field must be listed, or its values would never be read");
                        ok = false;
                    }
                    itemKeys = keys;
                }
            }
            return ok ? new JsonDialect(header, property, itemType, itemKeys.ToEquatableArray()) : null;
        }

        private static CsvDialect? ReadObject(JsonNode d, CsvDialect dialect, string resourceName, string where, JsonAccess json, FileDiagnostics diagnostics)
        {
            bool ok = true;
            foreach (JsonProperty p in d.Properties!)
            {
                if (OtherFormats.TryGetValue(p.Name, out string? appliesTo)) diagnostics.Report(DiagnosticDescriptors.DialectPropertyDoesNotApply, p, resourceName, p.Name, appliesTo, "CSV");
            }
            char? delimiter = Char(d, "delimiter", resourceName, diagnostics, ref ok);
            char? quote = Char(d, "quoteChar", resourceName, diagnostics, ref ok);
            char? escape = Char(d, "escapeChar", resourceName, diagnostics, ref ok);
            char? comment = Char(d, "commentChar", resourceName, diagnostics, ref ok);
            if (d.Find("lineTerminator")?.Value is JsonNode terminator && !(terminator.Kind == JsonKind.String && (terminator.Text == "\r\n" || terminator.Text == "\n" || terminator.Text == "\r")))
            {
                diagnostics.Report(DiagnosticDescriptors.UnsupportedDialect, terminator, resourceName, "lineTerminator " + terminator.Describe(), "lines end with \\r\\n, \\n or \\r");
                ok = false;
            }
            int[]? headerRows = RowNumbers(d, "headerRows", resourceName, diagnostics, ref ok);
            if (headerRows is not null && (headerRows.Length == 0 || headerRows.Where((n, i) => n != headerRows[0] + i).Any()))
            {
                diagnostics.Report(DiagnosticDescriptors.UnsupportedDialect, d.Find("headerRows")!.Value, resourceName, "'headerRows' set to " + d.Find("headerRows")!.Value.Describe(),
                    "the header rows must be one or more consecutive row numbers in ascending order, such as [1] or [2, 3]");
                ok = false;
                headerRows = null;
            }
            int[]? commentRows = RowNumbers(d, "commentRows", resourceName, diagnostics, ref ok);
            string? headerJoin = d.Find("headerJoin") is null ? null : json.OptionalString(d, "headerJoin", where);
            // A quoteChar of null (v2) means no quoting at all.
            bool noQuoting = d.Find("quoteChar")?.Value.Kind == JsonKind.Null;
            dialect = new CsvDialect(
                delimiter ?? dialect.Delimiter,
                noQuoting ? null : quote ?? dialect.QuoteChar,
                d.Find("doubleQuote") is null ? dialect.DoubleQuote : json.OptionalBool(d, "doubleQuote", where),
                escape,
                d.Find("header") is null ? dialect.Header : json.OptionalBool(d, "header", where),
                json.OptionalBool(d, "skipInitialSpace", where),
                comment,
                json.OptionalString(d, "nullSequence", where),
                json.OptionalBool(d, "caseSensitiveHeader", where),
                headerRows?[0] ?? 1,
                headerRows?.Length ?? 1,
                headerJoin ?? " ",
                (commentRows ?? new int[0]).ToEquatableArray());
            if (dialect.QuoteChar is char q && (q == dialect.Delimiter || q == '\r' || q == '\n'))
            {
                diagnostics.Report(DiagnosticDescriptors.UnsupportedDialect, d, resourceName, "quoteChar '" + q + "'", "it must differ from the delimiter and from line breaks");
                ok = false;
            }
            return ok ? dialect : null;
        }

        /// <summary>headerRows or commentRows: an array of row numbers from 1; null when absent or invalid (reported).</summary>
        private static int[]? RowNumbers(JsonNode dialect, string property, string resourceName, FileDiagnostics diagnostics, ref bool ok)
        {
            if (dialect.Find(property)?.Value is not JsonNode value) return null;
            var numbers = new List<int>();
            if (value.Kind == JsonKind.Array)
            {
                foreach (JsonNode item in value.Items!)
                {
                    if (item.Kind != JsonKind.Number || !int.TryParse(item.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n) || n < 1) break;
                    numbers.Add(n);
                }
                if (numbers.Count == value.Items.Count) return numbers.ToArray();
            }
            diagnostics.Report(DiagnosticDescriptors.UnsupportedDialect, value, resourceName, "'" + property + "' set to " + value.Describe(), "it must be an array of row numbers from 1, such as [1]");
            ok = false;
            return null;
        }

        private static char? Char(JsonNode dialect, string property, string resourceName, FileDiagnostics diagnostics, ref bool ok)
        {
            if (dialect.Find(property)?.Value is not JsonNode value || value.Kind == JsonKind.Null) return null;
            if (value.Kind == JsonKind.String && value.Text!.Length == 1 && value.Text[0] != '\r' && value.Text[0] != '\n') return value.Text[0];
            diagnostics.Report(DiagnosticDescriptors.UnsupportedDialect, value, resourceName, property + " " + value.Describe(), "it must be a single character other than a line break");
            ok = false;
            return null;
        }
    }
}
