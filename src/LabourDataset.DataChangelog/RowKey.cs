using System.Text;
using System.Text.Json;

namespace LabourDataset.DataChangelog;

/// <summary>Identifies a row across versions: the values of its primary key fields (numbers by decimal value,
/// strings ordinally), or its index when the schema has no primary key. Sorts nulls first, then numbers by
/// value, then strings ordinally, part by part.</summary>
public sealed class RowKey : IEquatable<RowKey>, IComparable<RowKey>
{
    private enum Kind
    {
        Null = 0,
        Number = 1,
        String = 2,
        Other = 3,
    }

    private readonly record struct Part(Kind Kind, string Text, decimal Number, bool HasNumber);

    private readonly Part[] parts;

    private RowKey(Part[] parts, string display, int occurrence)
    {
        this.parts = parts;
        Occurrence = occurrence;
        Display = occurrence > 1 ? display + " (occurrence " + occurrence + ")" : display;
        var sb = new StringBuilder();
        foreach (Part p in parts) sb.Append((int)p.Kind).Append(p.Text.Length).Append(':').Append(p.Text).Append('|');
        sb.Append('#').Append(occurrence);
        Canonical = sb.ToString();
    }

    /// <summary>Human-readable key: the value for a single key, "(a, b)" for a composite key, "#i" for a row index.</summary>
    public string Display { get; }

    /// <summary>Key parts as text (strings as-is, numbers without trailing zeros, "null").</summary>
    public IReadOnlyList<string> Parts => parts.Select(p => p.Text).ToArray();

    /// <summary>1 for the first row with these key values; 2, 3, ... for duplicates (which a valid package does not have).</summary>
    public int Occurrence { get; }

    /// <summary>Unambiguous text used for equality.</summary>
    public string Canonical { get; }

    /// <summary>The key of a row by the given primary key fields.</summary>
    public static RowKey FromRow(JsonElement row, IReadOnlyList<string> fields, int occurrence = 1)
    {
        var list = new Part[fields.Count];
        for (int i = 0; i < fields.Count; i++) list[i] = ToPart(JsonValues.Get(row, fields[i]));
        string display = list.Length == 1 ? list[0].Text : "(" + string.Join(", ", list.Select(p => p.Text)) + ")";
        return new RowKey(list, display, occurrence);
    }

    /// <summary>The key of the row at an index, for resources without a primary key.</summary>
    public static RowKey FromIndex(int index) =>
        new([new Part(Kind.Number, index.ToString(System.Globalization.CultureInfo.InvariantCulture), index, true)], "#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture), 1);

    /// <summary>The same key values, marked as the n-th occurrence.</summary>
    public RowKey WithOccurrence(int occurrence) => new(parts, DisplayWithoutOccurrence(), occurrence);

    private string DisplayWithoutOccurrence()
    {
        int i = Display.IndexOf(" (occurrence ", StringComparison.Ordinal);
        return Occurrence > 1 && i >= 0 ? Display[..i] : Display;
    }

    private static Part ToPart(JsonElement? value)
    {
        if (JsonValues.IsAbsent(value)) return new Part(Kind.Null, "null", 0, false);
        JsonElement v = value!.Value;
        switch (v.ValueKind)
        {
            case JsonValueKind.String:
                return new Part(Kind.String, v.GetString()!, 0, false);
            case JsonValueKind.Number:
                string raw = v.GetRawText();
                bool ok = JsonValues.TryParseDecimal(raw, out decimal d);
                return new Part(Kind.Number, JsonValues.CanonicalNumber(raw), ok ? d : 0, ok);
            default:
                return new Part(Kind.Other, JsonValues.ToCompactJson(v), 0, false);
        }
    }

    public bool Equals(RowKey? other) => other is not null && string.Equals(Canonical, other.Canonical, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as RowKey);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Canonical);

    public int CompareTo(RowKey? other)
    {
        if (other is null) return 1;
        int n = Math.Min(parts.Length, other.parts.Length);
        for (int i = 0; i < n; i++)
        {
            Part a = parts[i], b = other.parts[i];
            int c = a.Kind.CompareTo(b.Kind);
            if (c != 0) return c;
            if (a.Kind == Kind.Number && a.HasNumber && b.HasNumber)
            {
                c = a.Number.CompareTo(b.Number);
                if (c != 0) return c;
            }

            c = string.CompareOrdinal(a.Text, b.Text);
            if (c != 0) return c;
        }

        int len = parts.Length.CompareTo(other.parts.Length);
        return len != 0 ? len : Occurrence.CompareTo(other.Occurrence);
    }

    public override string ToString() => Display;
}
