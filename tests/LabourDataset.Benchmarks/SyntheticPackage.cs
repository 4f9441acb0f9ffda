using System.Globalization;
using System.Text;

namespace LabourDataset.Benchmarks;

/// <summary>
/// Deterministic synthetic data packages shaped like ILOSTAT observations: indicators and areas referenced by a large
/// observations table with strings, integers, decimals, booleans, dates and arrays. Same input, same bytes.
/// </summary>
public static class SyntheticPackage
{
    public const string Descriptor = """
        {
          "name": "synthetic",
          "version": "1.0.0",
          "title": "Synthetic benchmark package",
          "resources": [
            { "name": "indicators", "path": "indicators.json", "schema": { "fields": [
              { "name": "code", "type": "string", "constraints": { "required": true } },
              { "name": "name", "type": "string", "constraints": { "required": true } } ], "primaryKey": ["code"] } },
            { "name": "areas", "path": "areas.json", "schema": { "fields": [
              { "name": "code", "type": "string", "constraints": { "required": true } },
              { "name": "name", "type": "string", "constraints": { "required": true } } ], "primaryKey": ["code"] } },
            { "name": "observations", "path": "observations.json", "schema": { "fields": [
              { "name": "id", "type": "string", "constraints": { "required": true } },
              { "name": "indicatorCode", "type": "string", "constraints": { "required": true } },
              { "name": "areaCode", "type": "string", "constraints": { "required": true } },
              { "name": "year", "type": "year", "constraints": { "required": true } },
              { "name": "value", "type": "number", "description": "The observed value." },
              { "name": "count", "type": "integer" },
              { "name": "unit", "type": "string", "constraints": { "required": true } },
              { "name": "verified", "type": "boolean" },
              { "name": "published", "type": "date" },
              { "name": "note", "type": "string" },
              { "name": "tags", "type": "array" } ],
              "primaryKey": ["id"],
              "foreignKeys": [
                { "fields": ["indicatorCode"], "reference": { "resource": "indicators", "fields": ["code"] } },
                { "fields": ["areaCode"], "reference": { "resource": "areas", "fields": ["code"] } } ] } }
          ]
        }
        """;

    /// <summary>The same package with the observations as CSV (observations.csv) instead of JSON: same rows, same values.</summary>
    public static Dictionary<string, string> BuildCsv(int rows)
    {
        Dictionary<string, string> json = Build(rows);
        json.Remove("observations.json");
        json["datapackage.json"] = Descriptor.Replace("\"observations.json\"", "\"observations.csv\"", StringComparison.Ordinal);
        json["observations.csv"] = ObservationsCsv(rows);
        return json;
    }

    private static string ObservationsCsv(int rows)
    {
        string[] units = ["persons", "percent", "cases", "per-1000-population"];
        string[] notes = ["as stated", "provisional figure from the national survey", "estimate", "break in series"];
        var csv = new StringBuilder("id,indicatorCode,areaCode,year,value,count,unit,verified,published,note,tags\n");
        for (int i = 0; i < rows; i++)
        {
            long x = (i * 2654435761L) % 1000003;
            csv.Append(CultureInfo.InvariantCulture, $"obs-{i},ind-{x % 50},AREA-{x % 200},{2000 + (x % 25)},{x % 10000}.{x % 100:00},{x * 37},{units[x % 4]},{(x % 3 == 0 ? "true" : "false")},");
            if (x % 5 != 0) csv.Append(CultureInfo.InvariantCulture, $"{2001 + (x % 24)}-{1 + (x % 12):00}-{1 + (x % 28):00}");
            csv.Append(',');
            if (x % 4 != 0) csv.Append(notes[x % 4]);
            csv.Append(CultureInfo.InvariantCulture, $",\"[\"\"t{x % 7}\"\", \"\"s{x % 3}\"\"]\"\n");
        }
        return csv.ToString();
    }

    public static Dictionary<string, string> Build(int rows)
    {
        var indicators = new StringBuilder("[\n");
        for (int i = 0; i < 50; i++) indicators.Append(CultureInfo.InvariantCulture, $"  {{ \"code\": \"ind-{i}\", \"name\": \"Indicator number {i}\" }}{(i < 49 ? "," : "")}\n");
        indicators.Append("]\n");
        var areas = new StringBuilder("[\n");
        for (int i = 0; i < 200; i++) areas.Append(CultureInfo.InvariantCulture, $"  {{ \"code\": \"AREA-{i}\", \"name\": \"Area {i}\" }}{(i < 199 ? "," : "")}\n");
        areas.Append("]\n");
        string[] units = ["persons", "percent", "cases", "per-1000-population"];
        string[] notes = ["as stated", "provisional figure from the national survey", "estimate", "break in series"];
        var observations = new StringBuilder("[\n");
        for (int i = 0; i < rows; i++)
        {
            // A fixed linear congruential sequence keeps the data varied but reproducible.
            long x = (i * 2654435761L) % 1000003;
            observations.Append(CultureInfo.InvariantCulture,
                $"  {{ \"id\": \"obs-{i}\", \"indicatorCode\": \"ind-{x % 50}\", \"areaCode\": \"AREA-{x % 200}\", \"year\": {2000 + (x % 25)}, \"value\": {x % 10000}.{x % 100:00}, ");
            observations.Append(CultureInfo.InvariantCulture, $"\"count\": {x * 37}, \"unit\": \"{units[x % 4]}\", \"verified\": {(x % 3 == 0 ? "true" : "false")}, ");
            if (x % 5 != 0) observations.Append(CultureInfo.InvariantCulture, $"\"published\": \"{2001 + (x % 24)}-{1 + (x % 12):00}-{1 + (x % 28):00}\", ");
            if (x % 4 != 0) observations.Append(CultureInfo.InvariantCulture, $"\"note\": \"{notes[x % 4]}\", ");
            observations.Append(CultureInfo.InvariantCulture, $"\"tags\": [\"t{x % 7}\", \"s{x % 3}\"] }}{(i < rows - 1 ? "," : "")}\n");
        }
        observations.Append("]\n");
        return new Dictionary<string, string>
        {
            ["datapackage.json"] = Descriptor,
            ["indicators.json"] = indicators.ToString(),
            ["areas.json"] = areas.ToString(),
            ["observations.json"] = observations.ToString(),
        };
    }

    public static void Write(string directory, int rows)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, text) in Build(rows)) File.WriteAllText(Path.Combine(directory, name), text, new UTF8Encoding(false));
    }
}
