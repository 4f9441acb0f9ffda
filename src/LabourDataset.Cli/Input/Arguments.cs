using System.Globalization;
using LabourDataset.Cli.Data;
using LabourDataset.Cli.Queries;

namespace LabourDataset.Cli.Input;

/// <summary>Checks of option values that System.CommandLine cannot express: field=value filters and row limits.</summary>
internal static class Arguments
{
    /// <summary>Parses --where clauses ("field=value", field matched as <see cref="Lookup.Field"/> does) against a table.</summary>
    public static List<(int Field, string Value)> WhereClauses(CatalogTable table, IEnumerable<string> clauses)
    {
        var filters = new List<(int Field, string Value)>();
        foreach (string clause in clauses)
        {
            int eq = clause.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new CliException($"invalid --where '{clause}'; expected field=value");
            }

            filters.Add((Lookup.Field(table, clause[..eq].Trim()), clause[(eq + 1)..].Trim()));
        }

        return filters;
    }

    /// <summary>Rejects a negative --limit (0 means all).</summary>
    public static void CheckLimit(int limit)
    {
        if (limit < 0)
        {
            throw new CliException($"invalid --limit {limit.ToString(CultureInfo.InvariantCulture)}; expected 0 (all) or more");
        }
    }
}
