using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LabourDataset.DataChangelog;

/// <summary>Renders a <see cref="DiffResult"/> as one changelog entry in Markdown. Output depends only on the
/// result: ordinal ordering, invariant culture, "\n" line endings.</summary>
public static class MarkdownReport
{
    public const int DefaultMaxDetails = 200;

    /// <summary>Longer values are shown as an excerpt around the first difference.</summary>
    private const int LongValue = 120;

    private const int Context = 40;

    /// <param name="maxDetails">Row lines (added, removed, changed cells) shown per resource; the rest are counted.
    /// Schema lines are always shown.</param>
    public static string Render(DiffResult diff, int maxDetails = DefaultMaxDetails)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentOutOfRangeException.ThrowIfNegative(maxDetails);
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');

        Line($"## {VersionText(diff.Old)} -> {VersionText(diff.New)}");
        Line();
        Line($"Compared {diff.Old.Label} with {diff.New.Label}.");
        Line();
        string package = diff.New.Name ?? diff.Old.Name ?? "(unnamed)";
        Line($"- Package: {Code(package)}" + (diff.New.Title is null ? "" : " (" + diff.New.Title + ")"));
        Line($"- Required bump: **{Names.Of(diff.RequiredBump)}**" + (diff.Reasons.Count == 0
            ? ": nothing but formatting changed"
            : ": " + string.Join("; ", diff.Reasons.Select(r => $"{ChangeKinds.Describe(r.Kind)} ({Num(r.Count)}, {Names.Of(r.Level)})"))));
        VersionCheck check = diff.Check;
        string verdict = check.Satisfied ? "enough" : "NOT ENOUGH" + (check.MinimumVersion is null ? "" : $", needs at least {check.MinimumVersion}");
        Line($"- Actual bump: **{Names.Of(check.Actual)}** ({check.OldVersion ?? "none"} -> {check.NewVersion ?? "none"}): {verdict}");
        Line();

        Line("| Resource | Status | Rows | Added | Removed | Changed |");
        Line("|---|---|---:|---:|---:|---:|");
        foreach (ResourceDiff r in diff.Resources)
        {
            Line($"| {Code(r.Name)} | {Status(r.Status)} | {Num(r.OldRowCount)} -> {Num(r.NewRowCount)} | {Num(r.RowsAdded.Count)} | {Num(r.RowsRemoved.Count)} | {Num(r.RowsChanged.Count)} |");
        }

        Line($"| **Total** | | {Num(diff.Resources.Sum(r => r.OldRowCount))} -> {Num(diff.Resources.Sum(r => r.NewRowCount))} | "
             + $"{Num(diff.Resources.Sum(r => r.RowsAdded.Count))} | {Num(diff.Resources.Sum(r => r.RowsRemoved.Count))} | {Num(diff.Resources.Sum(r => r.RowsChanged.Count))} |");
        Line();

        if (diff.PackageChanges.Count > 0)
        {
            Line("### Package");
            Line();
            foreach (PropertyChange c in diff.PackageChanges) Line("- " + PropertyLine(c));
            Line();
        }

        foreach (ResourceDiff r in diff.Resources.Where(r => r.HasChanges))
        {
            Line($"### {Code(r.Name)}");
            Line();
            foreach (string s in SchemaLines(r)) Line("- " + s);
            foreach (string w in r.Warnings) Line("- Warning: " + w);

            int shown = 0, total = 0;
            void Detail(string text)
            {
                total++;
                if (shown < maxDetails)
                {
                    shown++;
                    Line("- " + text);
                }
            }

            foreach (RowKey k in r.RowsRemoved) Detail($"Row removed: {Code(k.Display)}");
            foreach (RowKey k in r.RowsAdded) Detail($"Row added: {Code(k.Display)}");
            foreach (RowChange c in r.RowsChanged)
            {
                foreach (ValueChange v in c.Changes)
                {
                    (string a, string b) = Values(v.Old, v.New);
                    Detail($"Row changed: {Code(c.Key.Display)}: {Code(v.Field)}: {a} -> {b}");
                }
            }

            if (total > shown)
            {
                Line($"- _{Num(total - shown)} more row line{(total - shown == 1 ? "" : "s")} omitted ({Num(total)} in all; raise `--max-details`, now {Num(maxDetails)})._");
            }

            Line();
        }

        return md.ToString();
    }

    private static IEnumerable<string> SchemaLines(ResourceDiff r)
    {
        string fields = string.Join(", ", r.Fields.Select(f => $"{Code(f.Name)} ({f.TypeSignature})"));
        switch (r.Status)
        {
            case ResourceStatus.Added:
                yield return $"Resource added: {Code(r.NewPath ?? "inline data")}, {Num(r.NewRowCount)} rows, {KeyText(r.NewPrimaryKey)}";
                yield return "Fields: " + fields;
                yield break;
            case ResourceStatus.Removed:
                yield return $"Resource removed (or renamed): {Code(r.OldPath ?? "inline data")}, {Num(r.OldRowCount)} rows, {KeyText(r.OldPrimaryKey)}";
                yield break;
        }

        if (r.PathChanged) yield return $"Path changed: {Code(r.OldPath!)} -> {Code(r.NewPath!)}";
        if (r.PrimaryKeyChanged)
        {
            yield return $"Primary key changed: {KeyList(r.OldPrimaryKey)} -> {KeyList(r.NewPrimaryKey)}; rows matched by "
                         + (r.MatchedBy.Count == 0 ? "row index" : KeyList(r.MatchedBy));
        }

        foreach (FieldSnapshot f in r.FieldsRemoved) yield return $"Field removed (or renamed): {Code(f.Name)} ({f.TypeSignature})";
        foreach (FieldSnapshot f in r.FieldsAdded) yield return $"Field added: {Code(f.Name)} ({f.TypeSignature})";
        foreach (FieldTypeChange t in r.FieldTypeChanges) yield return $"Field type changed: {Code(t.Field)}: {t.OldType} -> {t.NewType}";
        foreach (FieldMetadataChange m in r.FieldMetadataChanges)
        {
            foreach (PropertyChange c in m.Changes) yield return $"Field {Code(m.Field)}: " + PropertyLine(c);
        }

        if (r.FieldOrderChange is { } order)
        {
            yield return $"Fields reordered: {string.Join(", ", order.Old.Select(Code))} -> {string.Join(", ", order.New.Select(Code))}";
        }

        foreach (PropertyChange c in r.MetadataChanges) yield return PropertyLine(c);
    }

    private static string PropertyLine(PropertyChange c)
    {
        (string a, string b) = Values(c.Old, c.New);
        return $"{Code(c.Name)}: {a} -> {b}";
    }

    private static string KeyText(IReadOnlyList<string> key) => key.Count == 0 ? "no primary key" : "primary key " + KeyList(key);

    private static string KeyList(IReadOnlyList<string> key) => key.Count == 0 ? "(none)" : string.Join(", ", key.Select(Code));

    private static string VersionText(PackageInfo p) => p.IsEmpty ? "(none)" : p.Version ?? "(unversioned)";

    private static string Status(ResourceStatus s) => s switch
    {
        ResourceStatus.Added => "added",
        ResourceStatus.Removed => "removed",
        ResourceStatus.Modified => "modified",
        _ => "unchanged",
    };

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>Both values as compact JSON code spans; long ones as excerpts around the first difference.</summary>
    public static (string Old, string New) Values(JsonElement? oldValue, JsonElement? newValue)
    {
        string a = JsonValues.ToCompactJson(oldValue), b = JsonValues.ToCompactJson(newValue);
        if (a.Length > LongValue || b.Length > LongValue) (a, b) = Excerpts(a, b);
        return (Code(a), Code(b));
    }

    /// <summary>Cuts two texts to the part around their first difference, with <see cref="Context"/> characters either side.</summary>
    public static (string Old, string New) Excerpts(string a, string b)
    {
        int prefix = 0, max = Math.Min(a.Length, b.Length);
        while (prefix < max && a[prefix] == b[prefix]) prefix++;
        int suffix = 0;
        while (suffix < max - prefix && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix]) suffix++;
        int start = SafeIndex(a, Math.Max(0, prefix - Context));
        return (Cut(a, start, a.Length - suffix), Cut(b, start, b.Length - suffix));
    }

    private static string Cut(string s, int start, int diffEnd)
    {
        int end = SafeIndex(s, Math.Min(s.Length, diffEnd + Context));
        var sb = new StringBuilder();
        if (start > 0) sb.Append('…');
        sb.Append(s, start, end - start);
        if (end < s.Length) sb.Append('…');
        return sb.ToString();
    }

    /// <summary>Moves a cut point off the middle of a surrogate pair.</summary>
    private static int SafeIndex(string s, int i) => i > 0 && i < s.Length && char.IsLowSurrogate(s[i]) ? i - 1 : i;

    /// <summary>A Markdown code span that survives backticks in the text.</summary>
    public static string Code(string text)
    {
        int longest = 0, run = 0;
        foreach (char ch in text)
        {
            run = ch == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        string fence = new('`', longest + 1);
        string pad = longest > 0 || text.StartsWith(' ') || text.EndsWith(' ') ? " " : "";
        return fence + pad + text.Replace('\n', ' ') + pad + fence;
    }
}
