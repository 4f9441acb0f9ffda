namespace LabourDataset.DataChangelog.Tests;

public class VersionCheckTests
{
    [Theory]
    // MAJOR: a higher major; while major is 0, a higher minor is enough.
    [InlineData(BumpLevel.Major, "1.2.3", "2.0.0", true)]
    [InlineData(BumpLevel.Major, "1.2.3", "1.3.0", false)]
    [InlineData(BumpLevel.Major, "1.2.3", "1.2.4", false)]
    [InlineData(BumpLevel.Major, "0.1.0", "0.2.0", true)]
    [InlineData(BumpLevel.Major, "0.1.0", "1.0.0", true)]
    [InlineData(BumpLevel.Major, "0.1.0", "0.1.1", false)]
    [InlineData(BumpLevel.Major, "0.1.0", "0.1.0", false)]
    // MINOR: at least a higher minor (or major).
    [InlineData(BumpLevel.Minor, "1.2.3", "1.3.0", true)]
    [InlineData(BumpLevel.Minor, "1.2.3", "2.0.0", true)]
    [InlineData(BumpLevel.Minor, "1.2.3", "1.2.4", false)]
    [InlineData(BumpLevel.Minor, "0.1.0", "0.2.0", true)]
    [InlineData(BumpLevel.Minor, "0.1.0", "0.1.1", false)]
    // PATCH: any higher version.
    [InlineData(BumpLevel.Patch, "1.2.3", "1.2.4", true)]
    [InlineData(BumpLevel.Patch, "1.2.3", "1.3.0", true)]
    [InlineData(BumpLevel.Patch, "1.2.3", "1.2.3", false)]
    [InlineData(BumpLevel.Patch, "1.2.3", "1.2.3-rc.1", false)]
    // NONE: nothing needed, but never downwards.
    [InlineData(BumpLevel.None, "1.2.3", "1.2.3", true)]
    [InlineData(BumpLevel.None, "1.2.3", "1.2.4", true)]
    [InlineData(BumpLevel.None, "1.2.3", "1.2.2", false)]
    [InlineData(BumpLevel.Major, "2.0.0", "1.9.9", false)]
    // Missing or non-SemVer versions only pass when nothing changed.
    [InlineData(BumpLevel.Patch, "1.2", "1.3", false)]
    [InlineData(BumpLevel.None, "v1", "v1", true)]
    [InlineData(BumpLevel.Patch, null, "1.0.0", false)]
    public void Check_follows_the_bump_rules(BumpLevel required, string? oldVersion, string? newVersion, bool satisfied)
    {
        VersionCheck check = VersionCheck.Evaluate(required, oldIsEmpty: false, oldVersion, newVersion);

        check.Satisfied.ShouldBe(satisfied);
        check.Message.ShouldStartWith(satisfied ? "data version check passed" : "data version check failed");
        check.Message.ShouldNotContain("\n");
    }

    [Theory]
    [InlineData("1.2.3", "2.0.0", ActualBump.Major)]
    [InlineData("1.2.3", "1.3.0", ActualBump.Minor)]
    [InlineData("1.2.3", "1.2.4", ActualBump.Patch)]
    [InlineData("1.2.3", "1.2.3", ActualBump.None)]
    [InlineData("1.2.3", "1.2.3+build.5", ActualBump.None)]
    [InlineData("1.2.3", "1.1.9", ActualBump.Downgrade)]
    [InlineData("1.2.3", "one", ActualBump.Unknown)]
    public void Actual_bump_is_read_from_the_versions(string oldVersion, string newVersion, ActualBump expected) =>
        VersionCheck.Evaluate(BumpLevel.None, false, oldVersion, newVersion).Actual.ShouldBe(expected);

    [Theory]
    [InlineData(BumpLevel.Major, "0.3.1", "0.4.0")]
    [InlineData(BumpLevel.Major, "1.3.1", "2.0.0")]
    [InlineData(BumpLevel.Minor, "1.3.1", "1.4.0")]
    [InlineData(BumpLevel.Patch, "1.3.1", "1.3.2")]
    public void Failing_check_names_the_lowest_version_that_passes(BumpLevel required, string oldVersion, string minimum)
    {
        VersionCheck check = VersionCheck.Evaluate(required, false, oldVersion, oldVersion);

        check.MinimumVersion.ShouldBe(minimum);
        check.Message.ShouldContain("to at least " + minimum);
        VersionCheck.Evaluate(required, false, oldVersion, minimum).Satisfied.ShouldBeTrue();
    }

    [Fact]
    public void Initial_release_needs_a_valid_version_only()
    {
        VersionCheck.Evaluate(BumpLevel.Minor, oldIsEmpty: true, null, "0.1.0").ShouldSatisfyAllConditions(
            c => c.Satisfied.ShouldBeTrue(),
            c => c.Actual.ShouldBe(ActualBump.Initial));
        VersionCheck.Evaluate(BumpLevel.Minor, oldIsEmpty: true, null, "first").Satisfied.ShouldBeFalse();
    }
}
