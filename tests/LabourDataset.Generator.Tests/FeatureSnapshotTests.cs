using System.Globalization;
using Microsoft.CodeAnalysis;

namespace LabourDataset.Generator.Tests;

/// <summary>
/// One approved snapshot per generator feature (as Mapperly keeps many small verified outputs): a change to what a
/// feature generates shows up as a reviewed diff of that feature's file only.
/// </summary>
public class FeatureSnapshotTests
{
    private static void Approve(string text, string feature)
        => text.ShouldMatchApproved(c => c.SubFolder("Snapshots/Features").NoDiff().WithDiscriminator(feature).UseCallerLocation());

    /// <summary>A package with one resource "items" (or the given resources) and its files.</summary>
    private static Dictionary<string, string> Package(string resources, params (string Path, string Json)[] files)
    {
        var package = new Dictionary<string, string>
        {
            ["datapackage.json"] = "{ \"name\": \"features\", \"version\": \"1.0.0\", \"resources\": [" + resources + "] }",
        };
        foreach ((string path, string json) in files) package[path] = json;
        return package;
    }

    private static GenerationResult Generate(Dictionary<string, string> package, bool expectClean = true)
    {
        GenerationResult result = GeneratorHarness.Run(package);
        if (expectClean)
        {
            result.LdsDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ShouldBeEmpty();
            result.CompileErrors.ShouldBeEmpty();
        }
        return result;
    }

    private const string AllTypes = """
        { "name": "items", "path": "items.json", "schema": { "primaryKey": "id", "fields": [
          { "name": "id", "type": "string" },
          { "name": "label", "type": "string", "constraints": { "required": true } },
          { "name": "note", "type": "string" },
          { "name": "count", "type": "integer", "constraints": { "required": true } },
          { "name": "maybeCount", "type": "integer" },
          { "name": "share", "type": "number", "constraints": { "required": true } },
          { "name": "maybeShare", "type": "number" },
          { "name": "active", "type": "boolean", "constraints": { "required": true } },
          { "name": "maybeActive", "type": "boolean" },
          { "name": "day", "type": "date", "constraints": { "required": true } },
          { "name": "maybeDay", "type": "date" },
          { "name": "year", "type": "year", "constraints": { "required": true } },
          { "name": "maybeYear", "type": "year" },
          { "name": "tags", "type": "array", "constraints": { "required": true } },
          { "name": "maybeTags", "type": "array" }
        ] } }
        """;

    private const string AllTypesRows = """
        [
          { "id": "a", "label": "A", "note": "n", "count": -3, "maybeCount": 9007199254740993, "share": 29.560, "maybeShare": 1e-3,
            "active": true, "maybeActive": false, "day": "2024-02-29", "maybeDay": "1930-06-28", "year": 2015, "maybeYear": 1919,
            "tags": ["x", "y"], "maybeTags": [] },
          { "id": "b", "label": "B", "count": 0, "share": 0, "active": false, "day": "0001-01-01", "year": 1, "tags": [] }
        ]
        """;

    [Fact]
    public void Every_field_type_required_and_optional_record()
        => Approve(Generate(Package(AllTypes, ("items.json", AllTypesRows))).Source("Item.g.cs"), "record-types");

    [Fact]
    public void Every_field_type_required_and_optional_inline_rows()
        => Approve(Generate(Package(AllTypes, ("items.json", AllTypesRows))).Source("Items.g.cs"), "inline-rows");

    [Fact]
    public void Compact_rows()
        => Approve(Generate(Package(AllTypes.Replace("\"path\": \"items.json\",", "\"path\": \"items.json\", \"csharp:rowStorage\": \"compact\","), ("items.json", AllTypesRows))).Source("Items.g.cs"), "compact-rows");

    [Fact]
    public void Composite_primary_key_lookup()
    {
        string resource = """
            { "name": "cells", "path": "cells.json", "schema": { "primaryKey": ["area", "year"], "fields": [
              { "name": "area", "type": "string" }, { "name": "year", "type": "year" }, { "name": "value", "type": "number" } ] } }
            """;
        string rows = """[ { "area": "ID-NTT", "year": 2015, "value": 22.58 }, { "area": "ID-NTT", "year": 2016, "value": 22.01 } ]""";
        Approve(Generate(Package(resource, ("cells.json", rows))).Source("Cells.g.cs"), "composite-key");
    }

    [Fact]
    public void Foreign_keys_navigate_both_ways()
    {
        GenerationResult result = Generate(Fixtures.Package());
        Approve("//---- Country.g.cs (reverse list)\n" + result.Source("Country.g.cs") + "//---- Ratification.g.cs (navigation)\n" + result.Source("Ratification.g.cs"), "foreign-keys");
    }

    [Fact]
    public void Self_reference_and_two_keys_to_one_table_get_distinct_names()
    {
        string resource = """
            { "name": "areas", "path": "areas.json", "schema": { "primaryKey": "code", "fields": [
              { "name": "code", "type": "string" }, { "name": "parentCode", "type": "string" }, { "name": "twinCode", "type": "string" } ],
              "foreignKeys": [
                { "fields": "parentCode", "reference": { "resource": "", "fields": "code" } },
                { "fields": "twinCode", "reference": { "resource": "areas", "fields": "code" } } ] } }
            """;
        string rows = """[ { "code": "ID", "parentCode": null }, { "code": "ID-NTT", "parentCode": "ID", "twinCode": "ID" } ]""";
        Approve(Generate(Package(resource, ("areas.json", rows))).Source("Area.g.cs"), "self-reference");
    }

    [Fact]
    public void Keys_become_row_properties_only_when_they_are_safe_identifiers()
    {
        string resource = """
            { "name": "codes", "path": "codes.json", "schema": { "primaryKey": "code", "fields": [ { "name": "code", "type": "string" }, { "name": "title", "type": "string" } ] } }
            """;
        string rows = """
            [ { "code": "C029", "title": "kept" }, { "code": "class", "title": "keyword" }, { "code": "All", "title": "collection member" },
              { "code": "1abc", "title": "starts with a digit" }, { "code": "__x", "title": "reserved prefix" }, { "code": "Codes", "title": "the collection's name" },
              { "code": "with space", "title": "not an identifier" }, { "code": "Çelik", "title": "non-ASCII letter" } ]
            """;
        string source = Generate(Package(resource, ("codes.json", rows))).Source("Codes.g.cs");
        Approve(string.Join("\n", source.Split('\n').Where(l => l.Contains("public static Code ", StringComparison.Ordinal) || l.Contains("/// <summary>The row with", StringComparison.Ordinal))) + "\n", "row-properties");
    }

    [Fact]
    public void Xml_docs_escape_markup_and_drop_unsafe_characters()
    {
        string resource = """
            { "name": "docs", "path": "docs.json", "title": "Docs <b>bold</b> & more", "schema": { "fields": [
              { "name": "text", "type": "string", "description": "Less < greater > amp & quote \" line\nbreak \u202Ebidi" } ] } }
            """;
        Approve(Generate(Package(resource, ("docs.json", """[ { "text": "x" } ]"""))).Source("Doc.g.cs"), "xml-docs");
    }

    [Fact]
    public void DatasetInfo_lists_package_identity_and_every_table()
        => Approve(Generate(Fixtures.Package()).Source("DatasetInfo.g.cs"), "dataset-info");

    [Fact]
    public void Runtime_support_is_emitted_with_the_package_namespace()
    {
        GenerationResult result = Generate(Fixtures.Package());
        Approve(result.Source("DataPackageTypes.g.cs") + "//---- DataPackageBlob.g.cs\n" + result.Source("DataPackageBlob.g.cs"), "runtime");
    }

    private static string Describe(IEnumerable<Diagnostic> diagnostics)
        => string.Concat(diagnostics
            .Select(d =>
            {
                FileLinePositionSpan span = d.Location.GetLineSpan();
                string where = d.Location == Location.None ? "(no location)" : Path.GetFileName(span.Path) + "(" + (span.StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture) + "," + (span.StartLinePosition.Character + 1).ToString(CultureInfo.InvariantCulture) + ")";
                return d.Id + " " + d.Severity + " " + where + ": " + d.GetMessage(CultureInfo.InvariantCulture) + "\n";
            })
            .Order(StringComparer.Ordinal));

    [Fact]
    public void Diagnostics_of_the_descriptor_family()
    {
        string descriptor = """
            { "name": "Bad Name", "version": "2026", "resources": [
              { "name": "items", "path": "items.json", "schema": { "fields": [ { "name": "id", "type": "vector" } ] } },
              { "name": "items", "path": "items.json", "schema": { "fields": [ { "name": "id" } ] } },
              { "name": "other", "path": "../outside.json", "schema": { "fields": [ { "name": "id" } ] } },
              { "name": "missing", "path": "missing.json", "schema": { "fields": [ { "name": "id" } ] } },
              { "name": "more", "path": "more.json", "schema": { "fields": [ { "name": "id" }, { "name": "id" } ] } },
              { "name": "keyed", "path": "more.json", "schema": { "fields": [ { "name": "id", "constraints": { "minimum": 3 } } ], "primaryKey": "nope",
                "foreignKeys": [ { "fields": "id", "reference": { "resource": "ghost", "fields": "id" } } ] } }
            ] }
            """;
        Approve(Describe(Generate(new() { ["datapackage.json"] = descriptor, ["items.json"] = "[]", ["more.json"] = "[]" }, expectClean: false).LdsDiagnostics), "diagnostics-descriptor");
    }

    [Fact]
    public void Diagnostics_of_the_naming_family()
    {
        string resource = """
            { "name": "things", "path": "things.json", "csharp:typeName": "class", "schema": { "fields": [
              { "name": "1st" }, { "name": "first" }, { "name": "First" }, { "name": "ToString" } ] } }
            """;
        Approve(Describe(Generate(Package(resource, ("things.json", "[]")), expectClean: false).LdsDiagnostics), "diagnostics-naming");
    }

    [Fact]
    public void Diagnostics_of_the_row_and_key_families()
    {
        string rows = """
            [
              { "code": "C029", "title": "A", "year": 1930, "category": "nope" },
              { "code": "C029", "title": "B", "year": 1800 },
              { "code": "X1", "year": "1999", "extra": 1 },
              { "code": "C100", "title": "C", "year": 1950, "adopted": "1950-02-30", "fundamental": "yes" },
              7
            ]
            """;
        string ratifications = """[ { "id": "R1", "countryCode": "ZZZ", "instrumentCode": "C029" } ]""";
        Approve(Describe(Generate(Fixtures.Package(instruments: rows, ratifications: ratifications), expectClean: false).LdsDiagnostics), "diagnostics-rows");
    }

    [Fact]
    public void Diagnostics_of_the_package_files_family()
    {
        string descriptor = "{ \"name\": \"p\", \"version\": \"1.0.0\", \"resources\": [] }";
        var twoPackages = new Dictionary<string, string> { ["a/datapackage.json"] = descriptor, ["b/datapackage.json"] = descriptor };
        var noPackage = new Dictionary<string, string> { ["rows.json"] = "[]" };
        Approve(Describe(Generate(twoPackages, expectClean: false).LdsDiagnostics) + Describe(Generate(noPackage, expectClean: false).LdsDiagnostics)
            + Describe(Generate(new() { ["datapackage.json"] = "{ \"name\": " }, expectClean: false).LdsDiagnostics), "diagnostics-files");
    }
}
