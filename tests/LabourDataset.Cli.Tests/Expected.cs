using System.Globalization;

namespace LabourDataset.Cli.Tests;

/// <summary>
/// What the tests expect a value to look like, written independently of the CLI's own formatting code:
/// invariant numbers (decimals with every digit), dates as yyyy-MM-dd, booleans as true/false.
/// </summary>
internal static class Expected
{
    public static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        long l => l.ToString(CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException($"no scalar text for {value.GetType()}"),
    };

    public static bool IsArray(object? value) => value is IReadOnlyList<string>;

    /// <summary>Every table of the compiled dataset with its rows as value lists (through the public generic API).</summary>
    public static IEnumerable<(DataPackageTable Table, List<IReadOnlyList<object?>> Rows)> Tables() =>
        DatasetInfo.Tables.Select(t => (t, t.Rows.Select(t.GetValues).ToList()));

    public static string Key(DataPackageTable table, IReadOnlyList<object?> row)
    {
        int index = table.Fields.ToList().FindIndex(f => f.Name == table.PrimaryKey[0]);
        return Text(row[index])!;
    }
}
