using LabourDataset.Cli.Data;

namespace LabourDataset.Cli.Tests;

/// <summary>
/// A small hand-made package with the values that break exporters: commas, quotes, CR/LF, empty strings versus null,
/// decimals with trailing zeros and 28 significant digits, negative numbers, dates, empty and tricky arrays, and
/// foreign keys (one of them to its own table). It lets the tests exercise every path whatever the real data holds.
/// </summary>
internal static class Synthetic
{
    public const decimal Precise = 12345678901234567890.12345678m;
    public const decimal Tiny = -0.0000000000000000000000000001m;

    public static Catalog Create()
    {
        DataPackageField[] placeFields =
        [
            new("code", "Code", "string", "Place code.", true, null),
            new("name", "Name", "string", "Name in English.", true, null),
            new("nameOriginal", "NameOriginal", "string", "Name in Indonesian.", false, null),
            new("parentCode", "ParentCode", "string", "Containing place.", false, "places"),
            new("population", "Population", "integer", "People.", false, null),
            new("founded", "Founded", "year", "Year founded.", false, null),
            new("share", "Share", "number", "A share.", false, null),
            new("active", "Active", "boolean", "Still used.", false, null),
            new("since", "Since", "date", "Since when.", false, null),
            new("tags", "Tags", "array", "Labels.", false, null),
            new("description", "Description", "string", "A long description that will not fit in a narrow table.", false, null),
        ];
        IReadOnlyList<object?>[] placeRows =
        [
            ["A", "Comma, Inc.", "Kutipan \"q\" di sini", null, 12345678901234L, 1999, 0.1000m, true, new DateOnly(2020, 2, 29), new[] { "x, y", "say \"hi\"", "line\nbreak" }, new string('d', 120)],
            ["B", "Line\r\nbreak", string.Empty, "A", null, null, decimal.MaxValue, false, null, Array.Empty<string>(), "Kabupaten Sumba Barat, Nusa Tenggara Timur"],
            ["C", "Ünïcödé – Nusa Tenggara Timur", "Nusa Tenggara Timur", "A", -5L, 2024, Tiny, null, new DateOnly(1, 1, 1), null, null],
            ["D", "  leading and trailing  ", null, "B", 0L, null, Precise, true, new DateOnly(9999, 12, 31), new[] { string.Empty }, "Search target: Kerja Paksa"],
        ];
        DataPackageField[] factFields =
        [
            new("id", "Id", "string", "Fact id.", true, null),
            new("placeCode", "PlaceCode", "string", "The place.", true, "places"),
            new("value", "Value", "number", "The value.", false, null),
            new("note", "Note", "string", "A note.", false, null),
        ];
        IReadOnlyList<object?>[] factRows =
        [
            ["f-1", "A", 1.50m, "has, comma"],
            ["f-2", "B", null, null],
            ["f-3", "D", -42m, "\"quoted\""],
        ];

        return new Catalog(
            "synthetic",
            "9.9.9",
            "Synthetic test package",
            "Tricky values.",
            new string('0', 64),
            [new DataPackageLicense("CC0-1.0", null, "Public domain")],
            [new DataPackageSource("Made up for tests", null, null)],
            [
                new CatalogTable("places", "Places", "Places with tricky values.", placeFields, ["code"], placeRows),
                new CatalogTable("facts", "Facts", "Facts about places.", factFields, ["id"], factRows),
            ]);
    }

    public static TableData Data(CatalogTable table) => new(table.Name, table.Fields, table.PrimaryKey, table.Rows);
}

/// <summary>A table as the round-trip tests compare it: schema and rows in field order.</summary>
internal sealed record TableData(string Name, IReadOnlyList<DataPackageField> Fields, IReadOnlyList<string> PrimaryKey, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    public static IReadOnlyList<TableData> FromDataset() =>
        DatasetInfo.Tables.Select(t => new TableData(t.Name, t.Fields, t.PrimaryKey, t.Rows.Select(t.GetValues).ToList())).ToList();
}
