using System.Text.RegularExpressions;

namespace LabourDataset.Tests;

/// <summary>
/// Pins transcribed values to the text they came from: every printed value of an observation must occur in the
/// seed document (or reference notes) it cites, so a typo in data/ fails CI.
/// </summary>
public class SeedTranscriptionTests
{
    private static readonly Regex Spaces = new(@"\s+");

    private static string Normalize(string text) => Spaces.Replace(text.Replace("*", string.Empty), " ");

    private static string ReferenceText => File.ReadAllText(Path.Combine(Repo.Root, "..", "shared", "reference", "ilo-reference.md"));

    [Fact]
    public void Printed_values_of_seed_observations_occur_in_their_seed()
    {
        var bySeed = Observations.All.Where(o => o.SourceId.StartsWith("seed-", StringComparison.Ordinal)).GroupBy(o => o.SourceId).ToList();
        foreach (var group in bySeed)
        {
            string text = Normalize(Repo.SeedText(group.Key));
            foreach (Observation o in group)
            {
                o.ValueAsPrinted.ShouldNotBeNullOrWhiteSpace(o.Id);
                text.ShouldContain(Normalize(o.ValueAsPrinted!), Case.Insensitive, $"{o.Id}: '{o.ValueAsPrinted}' not found in {o.SourceId}");
            }
        }
    }

    [Fact]
    public void Printed_values_of_reference_observations_occur_in_the_reference_notes()
    {
        string text = Normalize(ReferenceText);
        foreach (Observation o in Observations.All.Where(o => !o.SourceId.StartsWith("seed-", StringComparison.Ordinal) && o.Source.CitedIn is null))
        {
            o.ValueAsPrinted.ShouldNotBeNullOrWhiteSpace(o.Id);
            text.ShouldContain(Normalize(o.ValueAsPrinted!), Case.Insensitive, $"{o.Id}: '{o.ValueAsPrinted}' not found in the reference notes");
        }
    }

    [Fact]
    public void Decimal_commas_were_converted_and_dashes_stayed_missing()
    {
        // Only Indonesian documents write decimal commas; in English text "102,000" is a thousands separator.
        foreach (Observation o in Observations.All.Where(o => o.ValueAsPrinted is not null))
        {
            bool indonesian = o.Source.Language == "id";
            string printed = o.ValueAsPrinted!.Trim();
            if (printed == "-")
            {
                o.Value.ShouldBeNull(o.Id + ": '-' must stay missing, never 0");
                continue;
            }
            if (indonesian && Regex.IsMatch(printed, @"^-?\d+,\d+%?$") && o.Value is decimal v)
            {
                v.ShouldBe(decimal.Parse(printed.TrimEnd('%').Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture), o.Id);
            }
        }
    }

    [Fact]
    public void Ratification_years_occur_in_the_reference_notes()
    {
        string text = ReferenceText;
        foreach (Ratification r in Ratifications.All.Where(r => r.RatificationYear is not null && r.SourceId.StartsWith("ref-", StringComparison.Ordinal)))
        {
            text.ShouldContain(r.RatificationYear!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), customMessage: r.Id);
        }
    }
}
