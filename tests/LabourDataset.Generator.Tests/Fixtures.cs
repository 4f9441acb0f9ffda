namespace LabourDataset.Generator.Tests;

/// <summary>A small, valid data package shaped like the real one: instruments, countries and ratifications.</summary>
public static class Fixtures
{
    public const string Descriptor = """
        {
          "name": "mini",
          "version": "1.2.3",
          "title": "Mini package",
          "licenses": [ { "name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/" } ],
          "sources": [ { "title": "Test source", "path": "https://example.org" } ],
          "resources": [
            {
              "name": "instruments",
              "path": "instruments.json",
              "description": "Conventions.",
              "schema": {
                "fields": [
                  { "name": "code", "type": "string", "description": "Instrument code.", "constraints": { "required": true, "pattern": "^[A-Z][0-9]{3}$" } },
                  { "name": "title", "type": "string", "description": "Short title.", "constraints": { "required": true } },
                  { "name": "adopted", "type": "date", "description": "Adoption date." },
                  { "name": "year", "type": "year", "description": "Adoption year.", "constraints": { "required": true, "minimum": 1919 } },
                  { "name": "fundamental", "type": "boolean", "description": "Fundamental convention." },
                  { "name": "category", "type": "string", "constraints": { "enum": ["fundamental", "governance", "technical"] } }
                ],
                "primaryKey": ["code"]
              }
            },
            {
              "name": "countries",
              "path": "countries.json",
              "schema": {
                "fields": [
                  { "name": "code", "type": "string", "constraints": { "required": true } },
                  { "name": "name", "type": "string", "constraints": { "required": true } },
                  { "name": "members", "type": "integer" },
                  { "name": "share", "type": "number", "description": "A share in percent." },
                  { "name": "aliases", "type": "array", "arrayItem": { "type": "string" } }
                ],
                "primaryKey": "code"
              }
            },
            {
              "name": "ratifications",
              "path": "ratifications.json",
              "schema": {
                "fields": [
                  { "name": "id", "type": "string", "constraints": { "required": true } },
                  { "name": "countryCode", "type": "string", "constraints": { "required": true } },
                  { "name": "instrumentCode", "type": "string", "constraints": { "required": true } },
                  { "name": "year", "type": "year" }
                ],
                "primaryKey": ["id"],
                "foreignKeys": [
                  { "fields": ["countryCode"], "reference": { "resource": "countries", "fields": ["code"] } },
                  { "fields": "instrumentCode", "reference": { "resource": "instruments", "fields": "code" } }
                ]
              }
            }
          ]
        }
        """;

    public const string Instruments = """
        [
          { "code": "C029", "title": "Forced Labour Convention, 1930 (No. 29)", "adopted": "1930-06-28", "year": 1930, "fundamental": true, "category": "fundamental" },
          { "code": "C138", "title": "Minimum Age Convention, 1973 (No. 138)", "year": 1973, "fundamental": true, "category": "fundamental" }
        ]
        """;

    public const string Countries = """
        [
          { "code": "UZB", "name": "Uzbekistan", "members": 187, "share": 29.560, "aliases": ["O'zbekiston"] },
          { "code": "KHM", "name": "Cambodia", "share": null, "aliases": [] }
        ]
        """;

    public const string Ratifications = """
        [
          { "id": "UZB-C029", "countryCode": "UZB", "instrumentCode": "C029", "year": 1992 },
          { "id": "KHM-C029", "countryCode": "KHM", "instrumentCode": "C029", "year": 1969 },
          { "id": "UZB-C138", "countryCode": "UZB", "instrumentCode": "C138" }
        ]
        """;

    public static Dictionary<string, string> Package(
        string? descriptor = null, string? instruments = null, string? countries = null, string? ratifications = null) => new()
    {
        ["datapackage.json"] = descriptor ?? Descriptor,
        ["instruments.json"] = instruments ?? Instruments,
        ["countries.json"] = countries ?? Countries,
        ["ratifications.json"] = ratifications ?? Ratifications,
    };
}
