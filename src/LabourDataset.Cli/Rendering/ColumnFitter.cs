namespace LabourDataset.Cli.Rendering;

/// <summary>Chooses which columns of a wide table to show, and how wide, so the table fits the console width.</summary>
internal static class ColumnFitter
{
    public const int MaxColumnWidth = 28;
    public const int MaxKeyColumnWidth = 36;
    public const int MinColumnWidth = 6;

    /// <summary>
    /// Picks columns in order (the first <paramref name="keyColumns"/> always, then any column with a value in the
    /// rows shown) as long as the table, borders included, fits <paramref name="totalWidth"/>.
    /// </summary>
    public static IReadOnlyList<(int Index, int Width)> Fit(IReadOnlyList<string> headers, IReadOnlyList<string[]> rows, int totalWidth, int keyColumns)
    {
        var chosen = new List<(int Index, int Width)>();
        int used = 1;
        for (int i = 0; i < headers.Count; i++)
        {
            bool isKey = i < keyColumns;
            int longestCell = rows.Count == 0 ? 0 : rows.Max(r => r[i].Length);
            if (!isKey && longestCell == 0)
            {
                continue;
            }

            int natural = Math.Max(Math.Max(headers[i].Length, longestCell), 1);
            int desired = Math.Min(natural, isKey ? MaxKeyColumnWidth : MaxColumnWidth);
            int room = totalWidth - used - 3;
            if (desired <= room)
            {
                chosen.Add((i, desired));
                used += desired + 3;
            }
            else if (room >= Math.Min(MinColumnWidth, desired) && room > 0)
            {
                chosen.Add((i, room));
                used += room + 3;
            }
        }

        return chosen;
    }
}
