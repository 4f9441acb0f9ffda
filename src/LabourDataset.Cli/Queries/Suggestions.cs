namespace LabourDataset.Cli.Queries;

/// <summary>"Did you mean" suggestions: the closest candidates by Levenshtein distance (ignoring case).</summary>
internal static class Suggestions
{
    public const int MaxSuggestions = 3;

    /// <summary>Up to three closest distinct candidates, nearest first (ties in ordinal order).</summary>
    public static IReadOnlyList<string> Closest(string input, IEnumerable<string> candidates, int max = MaxSuggestions)
    {
        string upper = input.ToUpperInvariant();
        return candidates
            .Where(c => !string.IsNullOrEmpty(c))
            .Distinct(StringComparer.Ordinal)
            .Select(c => (Candidate: c, Distance: Distance(upper, c.ToUpperInvariant())))
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Candidate, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Candidate)
            .ToArray();
    }

    /// <summary>"unknown {what} '{input}'{context}; did you mean 'a', 'b' or 'c'?" (no question when there is nothing to offer).</summary>
    public static string Unknown(string what, string input, IEnumerable<string> candidates, string context = "")
    {
        IReadOnlyList<string> closest = Closest(input, candidates);
        string message = $"unknown {what} '{input}'{context}";
        return closest.Count == 0 ? message : message + "; did you mean " + JoinQuoted(closest) + "?";
    }

    public static string JoinQuoted(IReadOnlyList<string> items)
    {
        var quoted = items.Select(i => "'" + i + "'").ToArray();
        return quoted.Length switch
        {
            0 => string.Empty,
            1 => quoted[0],
            _ => string.Join(", ", quoted, 0, quoted.Length - 1) + " or " + quoted[^1],
        };
    }

    /// <summary>Levenshtein distance (insert, delete, substitute; each costs 1), ordinal.</summary>
    public static int Distance(string a, string b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
