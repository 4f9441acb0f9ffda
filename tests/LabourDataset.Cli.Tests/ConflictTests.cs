using System.Text.Json;
using System.Text.RegularExpressions;

namespace LabourDataset.Cli.Tests;

/// <summary>
/// conflicts and conflict &lt;id&gt;, on conflict groups known from data/conflicts.json, cross-checked against the
/// typed API so every row of a group is accounted for.
/// </summary>
public sealed class ConflictTests
{
    // Seed 003 gives the ILO "more than 100" members in one place and "more than 180" in another (two lower bounds).
    private const string MemberCount = "ilo-member-count-seed-003";

    // Seed 004 says victims "rise every year" beside its own counts falling 42 -> 15 -> 12: three rows and one claim.
    private const string RiseClaim = "ntt-trafficking-rise-2012-2014";

    [Fact]
    public void Conflict_shows_the_explanation_then_each_value_with_period_status_source_and_locator()
    {
        Conflict conflict = Conflicts.Get(MemberCount);
        CliResult result = Cli.Run("conflict", MemberCount).ShouldSucceed();

        result.Lines[0].ShouldBe("Conflict ilo-member-count-seed-003 (within-document)");
        result.Flat.ShouldContain("Seed 003 says the ILO has more than 100 members in one place and more than 180 in another.");
        result.Flat.ShouldContain("Seen in " + Flatten(conflict.Source.Title) + ", Pendahuluan, para. 1; Pembahasan, para. 1");
        result.Flat.ShouldContain("Rows 2 observations, 0 claims");

        // Side by side: both bounds, in one table, as bounds.
        int first = Array.FindIndex(result.Lines, l => l.Contains("│ 1 │ 2015   │ > 100 count", StringComparison.Ordinal));
        int second = Array.FindIndex(result.Lines, l => l.Contains("│ 2 │ 2015   │ > 180 count", StringComparison.Ordinal));
        first.ShouldBeGreaterThan(0, result.Out);
        second.ShouldBeGreaterThan(first);
        result.Lines[first].ShouldContain("conflicting [1]");
        result.Lines[second].ShouldContain("conflicting [2]");

        // Where each says it: the source title and that row's own locator.
        result.Flat.ShouldContain("1. observation s003-ilo-members-more-than-100 " + Flatten(conflict.Source.Title) + ", Pendahuluan, para. 1");
        result.Flat.ShouldContain("2. observation s003-ilo-members-more-than-180 " + Flatten(conflict.Source.Title) + ", Pembahasan, para. 1");
        result.Flat.ShouldContain("[1] " + Flatten(Observations.Get("s003-ilo-members-more-than-100").Caveat!));
    }

    [Fact]
    public void Conflict_puts_a_claim_beside_the_values_it_contradicts()
    {
        Claim claim = Claims.All.Single(c => c.ConflictId == RiseClaim);
        CliResult result = Cli.Run("conflict", RiseClaim).ShouldSucceed();

        result.Flat.ShouldContain("Rows 3 observations, 1 claim");
        int[] starts = Enumerable.Range(0, result.Lines.Length).Where(i => RowStart.IsMatch(result.Lines[i])).ToArray();
        string[] rows = starts.Select(i => result.Lines[i]).ToArray();
        rows.Length.ShouldBe(4, result.Out);
        rows[0].ShouldContain("│ 1 │ 2012   │ 42 cases");
        rows[1].ShouldContain("│ 2 │ 2013   │ 15 cases");
        rows[2].ShouldContain("│ 3 │ 2014   │ 12 cases");
        rows[3].ShouldContain("│ 4 │ -      │ ");
        rows[3].ShouldContain("claim: evaluation");
        SaysCell(result.Lines, starts[3]).ShouldBe(claim.ClaimValue);
        result.Flat.ShouldContain($"4. claim {claim.Id} {Flatten(claim.Source.Title)}, {Flatten(claim.Locator)}");
    }

    [Fact]
    public void Conflict_json_holds_every_observation_and_claim_of_the_group()
    {
        Conflict conflict = Conflicts.Get(RiseClaim);
        using JsonDocument json = Cli.Run("conflict", RiseClaim, "--json").ShouldSucceed().Json();
        JsonElement root = json.RootElement;

        root.GetProperty("id").GetString().ShouldBe(RiseClaim);
        root.GetProperty("kind").GetString().ShouldBe("within-document");
        root.GetProperty("description").GetString().ShouldBe(conflict.Description);
        root.GetProperty("sourceId").GetString().ShouldBe("seed-004");
        root.GetProperty("sourceTitle").GetString().ShouldBe(conflict.Source.Title);
        root.GetProperty("locator").GetString().ShouldBe(conflict.Locator);

        var observations = root.GetProperty("observations").EnumerateArray().ToList();
        observations.Select(o => o.GetProperty("id").GetString()).ShouldBe(
            ["s004-ntt-trafficking-cases-2012", "s004-ntt-trafficking-cases-2013", "s004-ntt-trafficking-cases-2014"]);
        observations.Select(o => o.GetProperty("value").GetDecimal()).ShouldBe([42m, 15m, 12m]);
        observations.ShouldAllBe(o => o.GetProperty("conflictId").GetString() == RiseClaim);
        observations.ShouldAllBe(o => o.GetProperty("sourceTitle").GetString() == conflict.Source.Title);
        observations.ShouldAllBe(o => o.GetProperty("status").GetString() == "as-stated");

        JsonElement claim = root.GetProperty("claims").EnumerateArray().Single();
        claim.GetProperty("id").GetString().ShouldBe("s004-claim-ntt-victims-rise-every-year");
        claim.GetProperty("claim").GetString().ShouldBe(Claims.All.Single(c => c.ConflictId == RiseClaim).ClaimValue);
        claim.GetProperty("claimType").GetString().ShouldBe("evaluation");
        claim.GetProperty("sourceTitle").GetString().ShouldBe(conflict.Source.Title);
    }

    [Fact]
    public void Every_conflict_group_lists_all_its_rows_in_text_and_json()
    {
        Conflicts.Count.ShouldBeGreaterThan(0);
        foreach (Conflict conflict in Conflicts.All)
        {
            using JsonDocument json = Cli.Run("conflict", conflict.Id, "--json").ShouldSucceed().Json();
            json.RootElement.GetProperty("observations").EnumerateArray().Select(o => o.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)
                .ShouldBe(conflict.Observations.Select(o => o.Id).Order(StringComparer.Ordinal), conflict.Id);
            json.RootElement.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)
                .ShouldBe(conflict.Claims.Select(c => c.Id).Order(StringComparer.Ordinal), conflict.Id);

            CliResult text = Cli.Run("conflict", conflict.Id).ShouldSucceed();
            foreach (Observation o in conflict.Observations)
            {
                text.Out.ShouldContain(". observation " + o.Id + "\n");
            }

            foreach (Claim c in conflict.Claims)
            {
                text.Out.ShouldContain(". claim " + c.Id + "\n");
            }
        }
    }

    [Fact]
    public void Conflicts_lists_every_group_with_its_row_count()
    {
        CliResult text = Cli.Run("conflicts").ShouldSucceed();
        text.Lines[0].ShouldBe($"Conflicts ({Conflicts.Count})");
        text.Out.ShouldContain("│ ilo-member-count-seed-004 ");
        text.Lines.ShouldContain(l => l.StartsWith("│ ilo-member-count-seed-004 ", StringComparison.Ordinal) && l.Contains("│    3 │ Seed 004 gives the ILO 181, 100", StringComparison.Ordinal));

        using JsonDocument json = Cli.Run("conflicts", "--json").ShouldSucceed().Json();
        var listed = json.RootElement.GetProperty("conflicts").EnumerateArray().ToList();
        listed.Select(c => c.GetProperty("id").GetString()!).ShouldBe(Conflicts.All.Select(c => c.Id).Order(StringComparer.Ordinal));
        JsonElement dwcp = listed.Single(c => c.GetProperty("id").GetString() == "ilo-dwcp-role");
        dwcp.GetProperty("kind").GetString().ShouldBe("between-documents");
        dwcp.GetProperty("observationIds").GetArrayLength().ShouldBe(0);
        dwcp.GetProperty("claimIds").EnumerateArray().Select(c => c.GetString()).ShouldBe(
            ["s001-ilo-three-roles", "s004-claim-ilo-dwcp-aims-ntt", "s004-claim-liberal-institutionalism-not-borne-out"]);
    }

    [Fact]
    public void Unknown_conflict_ids_fail_with_did_you_mean_and_case_does_not_matter()
    {
        Cli.Run("conflict", "ilo-member-count").ShouldFailWithUsageError(
            "unknown conflict 'ilo-member-count'; did you mean 'ilo-member-count-seed-003', 'ilo-member-count-seed-004' or");
        Cli.Run("conflict", "no-such-conflict", "--json").ShouldFailWithUsageError("unknown conflict 'no-such-conflict'");
        Cli.Run("conflict", MemberCount.ToUpperInvariant()).ShouldSucceed().Lines[0].ShouldStartWith("Conflict " + MemberCount + " ");
    }

    // A table row's first line: its number in the first column.
    private static readonly Regex RowStart = new(@"^│ +\d+ │");

    /// <summary>The "Says" cell (third column) of the table row starting at <paramref name="start"/>, its wrapped lines joined.</summary>
    private static string SaysCell(string[] lines, int start)
    {
        var parts = new List<string>();
        for (int i = start; i < lines.Length && lines[i].StartsWith('│') && (i == start || !RowStart.IsMatch(lines[i])); i++)
        {
            parts.Add(lines[i].Split('│')[3].Trim());
        }

        return string.Join(' ', parts.Where(p => p.Length > 0));
    }

    private static string Flatten(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
