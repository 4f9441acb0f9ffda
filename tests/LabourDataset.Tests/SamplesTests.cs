using System.Globalization;

namespace LabourDataset.Tests;

/// <summary>Runs each program in samples/ in-process and checks what it prints, so the samples cannot rot.</summary>
public class SamplesTests
{
    [Fact]
    public void LinqQueries_answers_the_three_research_questions()
    {
        string[] lines = Run(LinqQueries.Program.Run);

        lines.ShouldContain("1. Southeast Asian ratifications of the Forced Labour Protocol (P029)");
        lines.ShouldContain(l => l.StartsWith("   Malaysia: 2022 ", StringComparison.Ordinal));
        lines.ShouldNotContain(l => l.StartsWith("   Indonesia:", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("   187 in ", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("   100 in ", StringComparison.Ordinal));
        int ranking = Array.IndexOf(lines, "3. East Nusa Tenggara regencies by share of poor people, 2015 (%)");
        ranking.ShouldBeGreaterThan(0);
        lines[ranking + 1].ShouldStartWith("   Sumba Tengah: 36.22 [1]");
        lines[^1].ShouldBe($"{DatasetInfo.Name} {DatasetInfo.Version} {DatasetInfo.ContentHash}");
    }

    [Fact]
    public void OwnDataPackage_compiles_its_own_tables_with_navigation_both_ways()
    {
        string[] lines = Run(OwnDataPackage.Program.Run);

        lines.ShouldBe(
        [
            "Example Bakery (Sampleton): orders 3, paid 17.25 (2 with a total)",
            "Imaginary Books (Sampleton): orders 1, paid 30.00 (1 with a total)",
            "Made-up Kiosk (no town given): orders 0, paid 0 (0 with a total)",
            "O-1 on 2024-03-01 at Example Bakery; BOOKS is Imaginary Books",
            "example-shops 1.0.0: shops, orders",
        ]);
    }

    [Fact]
    public void FSharpQueries_puts_the_rising_victims_claim_beside_the_falling_counts()
    {
        string[] lines = Run(FSharpQueries.Program.run);
        Claim claim = Claims.Get("s004-claim-ntt-victims-rise-every-year");

        lines[0].ShouldBe("Does seed 004 contradict itself on trafficking in East Nusa Tenggara?");
        lines[1].ShouldBe("Conflict ntt-trafficking-rise-2012-2014 (within-document): " + Conflicts.Get("ntt-trafficking-rise-2012-2014").Description);
        lines[2].ShouldBe("The claim (evaluation, discussion): " + claim.ClaimValue);
        // Source.Year (an int? read through Option.ofNullable) is printed when the source has one.
        lines[3].ShouldBe($"   {claim.Source.Title} (2024), {claim.Locator}");
        lines[4..10].ShouldBe(
        [
            "Its own counts (cases):",
            "   2012: 42 (as-stated) [1]",
            "   2013: 15 (as-stated) [1]",
            "   2014: 12 (as-stated) [1]",
            "   [1] No citation is attached to this paragraph; the next paragraph cites Rumlah (2022).",
            "Counts fall every year: yes (42 -> 15 -> 12)",
        ]);
        lines[^1].ShouldBe($"{DatasetInfo.Name} {DatasetInfo.Version} {DatasetInfo.ContentHash}");
        lines.Length.ShouldBe(11);
    }

    private static string[] Run(Action<TextWriter> sample)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        sample(output);
        return output.ToString().TrimEnd('\n').Split('\n');
    }
}
