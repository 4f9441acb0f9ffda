using System.Globalization;
using System.Text.RegularExpressions;

namespace LabourDataset.DataChangelog;

/// <summary>The version bump a change needs (Frictionless data-package-version recipe).</summary>
public enum BumpLevel
{
    None = 0,
    Patch = 1,
    Minor = 2,
    Major = 3,
}

/// <summary>How the package <c>version</c> actually moved between the two snapshots.</summary>
public enum ActualBump
{
    /// <summary>Same MAJOR.MINOR.PATCH.</summary>
    None,
    Patch,
    Minor,
    Major,

    /// <summary>The new version is lower than the old one.</summary>
    Downgrade,

    /// <summary>The old side is empty (first release); any valid new version will do.</summary>
    Initial,

    /// <summary>A version is missing or not MAJOR.MINOR.PATCH.</summary>
    Unknown,
}

/// <summary>MAJOR.MINOR.PATCH with optional pre-release and build parts (only the three numbers are compared).</summary>
public readonly record struct SemVersion(int Major, int Minor, int Patch, string? PreRelease) : IComparable<SemVersion>
{
    private static readonly Regex Pattern = new(
        @"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$",
        RegexOptions.CultureInvariant);

    public static bool TryParse(string? text, out SemVersion version)
    {
        version = default;
        if (text is null) return false;
        Match m = Pattern.Match(text);
        if (!m.Success) return false;
        if (!int.TryParse(m.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int major)
            || !int.TryParse(m.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int minor)
            || !int.TryParse(m.Groups[3].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int patch))
        {
            return false;
        }

        version = new SemVersion(major, minor, patch, m.Groups[4].Success ? m.Groups[4].Value : null);
        return true;
    }

    public int CompareTo(SemVersion other)
    {
        int c = Major.CompareTo(other.Major);
        if (c == 0) c = Minor.CompareTo(other.Minor);
        if (c == 0) c = Patch.CompareTo(other.Patch);
        return c;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
}

/// <summary>Whether the new <c>version</c> bumps enough for the required level.</summary>
/// <remarks>
/// Rules: NONE needs nothing (the version may stay); PATCH needs a higher version; MINOR needs a higher MAJOR or,
/// with the same MAJOR, a higher MINOR; MAJOR needs a higher MAJOR, except while MAJOR is 0 (SemVer's "initial
/// development", where anything may change) a higher MINOR is enough (0.1.0 -> 0.2.0). A lower version always
/// fails. When the old side is empty (first release) any valid SemVer passes. When a version is missing or not
/// SemVer, only NONE passes.
/// </remarks>
public sealed record VersionCheck(BumpLevel Required, ActualBump Actual, string? OldVersion, string? NewVersion, bool Satisfied, string? MinimumVersion)
{
    public static VersionCheck Evaluate(BumpLevel required, bool oldIsEmpty, string? oldVersion, string? newVersion)
    {
        bool newOk = SemVersion.TryParse(newVersion, out SemVersion nv);
        if (oldIsEmpty)
        {
            return new VersionCheck(required, newOk ? ActualBump.Initial : ActualBump.Unknown, oldVersion, newVersion,
                newOk || required == BumpLevel.None, null);
        }

        bool oldOk = SemVersion.TryParse(oldVersion, out SemVersion ov);
        if (!oldOk || !newOk)
        {
            return new VersionCheck(required, ActualBump.Unknown, oldVersion, newVersion, required == BumpLevel.None, null);
        }

        ActualBump actual = nv.CompareTo(ov) < 0 ? ActualBump.Downgrade
            : nv.Major != ov.Major ? ActualBump.Major
            : nv.Minor != ov.Minor ? ActualBump.Minor
            : nv.Patch != ov.Patch ? ActualBump.Patch
            : ActualBump.None;

        bool satisfied = actual != ActualBump.Downgrade && required switch
        {
            BumpLevel.None => true,
            BumpLevel.Patch => nv.CompareTo(ov) > 0,
            BumpLevel.Minor => nv.Major > ov.Major || (nv.Major == ov.Major && nv.Minor > ov.Minor),
            BumpLevel.Major => ov.Major == 0 ? nv.Major > 0 || nv.Minor > ov.Minor : nv.Major > ov.Major,
            _ => false,
        };

        string? minimum = required switch
        {
            BumpLevel.Patch => new SemVersion(ov.Major, ov.Minor, ov.Patch + 1, null).ToString(),
            BumpLevel.Minor => new SemVersion(ov.Major, ov.Minor + 1, 0, null).ToString(),
            BumpLevel.Major => ov.Major == 0 ? new SemVersion(0, ov.Minor + 1, 0, null).ToString() : new SemVersion(ov.Major + 1, 0, 0, null).ToString(),
            _ => null,
        };

        return new VersionCheck(required, actual, oldVersion, newVersion, satisfied, minimum);
    }

    /// <summary>One line for <c>--check</c>.</summary>
    public string Message
    {
        get
        {
            string move = $"{OldVersion ?? "(none)"} -> {NewVersion ?? "(none)"}";
            string required = Names.Of(Required);
            if (Satisfied) return $"data version check passed: changes require {required}, version went {move} ({Names.Of(Actual)})";
            string why = Actual switch
            {
                ActualBump.Downgrade => "the version must not go down",
                ActualBump.Unknown => "a version is missing or not MAJOR.MINOR.PATCH",
                _ => MinimumVersion is null ? "not enough" : $"bump `version` in data/datapackage.json to at least {MinimumVersion}",
            };
            return $"data version check failed: changes require {required} but version went {move} ({Names.Of(Actual)}); {why}";
        }
    }
}

/// <summary>Display names used in Markdown and JSON.</summary>
public static class Names
{
    public static string Of(BumpLevel level) => level switch
    {
        BumpLevel.None => "NONE",
        BumpLevel.Patch => "PATCH",
        BumpLevel.Minor => "MINOR",
        BumpLevel.Major => "MAJOR",
        _ => level.ToString(),
    };

    public static string Of(ActualBump bump) => bump switch
    {
        ActualBump.None => "NONE",
        ActualBump.Patch => "PATCH",
        ActualBump.Minor => "MINOR",
        ActualBump.Major => "MAJOR",
        ActualBump.Downgrade => "downgrade",
        ActualBump.Initial => "initial release",
        ActualBump.Unknown => "unknown",
        _ => bump.ToString(),
    };
}
