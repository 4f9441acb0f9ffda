using LabourDataset.Cli.Data;

namespace LabourDataset.Cli.Queries;

/// <summary>Case-insensitive (ordinal) search over every string field of every table, and the snippet around a match.</summary>
internal static class TextSearch
{
    public static IReadOnlyList<Match> Find(IEnumerable<CatalogTable> tables, string text)
    {
        var matches = new List<Match>();
        foreach (CatalogTable table in tables)
        {
            foreach (IReadOnlyList<object?> row in table.Rows)
            {
                for (int i = 0; i < table.Fields.Count; i++)
                {
                    foreach (string value in Values.Strings(row[i]))
                    {
                        int at = value.IndexOf(text, StringComparison.OrdinalIgnoreCase);
                        if (at >= 0)
                        {
                            matches.Add(new Match(table.Name, table.KeyOf(row), table.Fields[i].Name, value, at));
                            break;
                        }
                    }
                }
            }
        }

        return matches;
    }

    /// <summary>The match with some context either side, on one line, at most <paramref name="width"/> characters.</summary>
    public static string Snippet(Match match, int length, int width)
    {
        string value = Values.OneLine(match.Value);
        if (value.Length <= width)
        {
            return value;
        }

        int context = Math.Max(0, (width - length - 2) / 2);
        int start = Math.Max(0, match.At - context);
        int end = Math.Min(value.Length, start + width - (start > 0 ? 1 : 0));
        if (end < value.Length)
        {
            end--;
        }

        string middle = value[start..end];
        return (start > 0 ? "…" : string.Empty) + middle + (end < value.Length ? "…" : string.Empty);
    }

    internal sealed record Match(string Table, string Key, string Field, string Value, int At);
}
