using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LabourDataset.DataChangelog;

/// <summary>Value semantics for comparing JSON cells: numbers by exact decimal value (29.56 equals 29.560), strings
/// ordinally, arrays element by element, objects property by property, and null the same as absent.</summary>
public static class JsonValues
{
    private static readonly JsonWriterOptions CompactOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>True for a missing value or JSON null.</summary>
    public static bool IsAbsent(JsonElement? value) =>
        value is null || value.Value.ValueKind is JsonValueKind.Null or JsonValueKind.Undefined;

    public static bool AreEqual(JsonElement? a, JsonElement? b)
    {
        bool aAbsent = IsAbsent(a), bAbsent = IsAbsent(b);
        if (aAbsent || bAbsent) return aAbsent && bAbsent;
        return Equal(a!.Value, b!.Value);
    }

    private static bool Equal(JsonElement a, JsonElement b)
    {
        if (a.ValueKind != b.ValueKind) return false;
        switch (a.ValueKind)
        {
            case JsonValueKind.Number:
                return NumbersEqual(a.GetRawText(), b.GetRawText());
            case JsonValueKind.String:
                return string.Equals(a.GetString(), b.GetString(), StringComparison.Ordinal);
            case JsonValueKind.True:
            case JsonValueKind.False:
            case JsonValueKind.Null:
                return true;
            case JsonValueKind.Array:
                if (a.GetArrayLength() != b.GetArrayLength()) return false;
                using (JsonElement.ArrayEnumerator ea = a.EnumerateArray(), eb = b.EnumerateArray())
                {
                    while (ea.MoveNext() && eb.MoveNext())
                    {
                        if (!AreEqual(ea.Current, eb.Current)) return false;
                    }
                }

                return true;
            case JsonValueKind.Object:
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonProperty p in a.EnumerateObject()) names.Add(p.Name);
                foreach (JsonProperty p in b.EnumerateObject()) names.Add(p.Name);
                foreach (string name in names)
                {
                    if (!AreEqual(Get(a, name), Get(b, name))) return false;
                }

                return true;
            default:
                return string.Equals(a.GetRawText(), b.GetRawText(), StringComparison.Ordinal);
        }
    }

    /// <summary>The property of an object, or null when it is absent.</summary>
    public static JsonElement? Get(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out JsonElement v) ? v : null;

    /// <summary>Compares JSON number texts by decimal value (invariant culture); beyond decimal's range by double,
    /// and by text when even that fails.</summary>
    public static bool NumbersEqual(string a, string b)
    {
        // Exactly first: decimal rounds past 28-29 digits and flushes values below 1e-28 to 0 (0 -> 2e-40 would pass
        // as unchanged), and double rounds far sooner.
        if (TryExact(a, out var ea) && TryExact(b, out var eb)) return ea == eb;
        if (TryParseDecimal(a, out decimal da) && TryParseDecimal(b, out decimal db)) return da == db;
        if (double.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out double fa)
            && double.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out double fb)
            && !double.IsInfinity(fa) && !double.IsInfinity(fb))
        {
            return fa.Equals(fb);
        }

        return string.Equals(a, b, StringComparison.Ordinal);
    }

    public static bool TryParseDecimal(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>A number's text without trailing fractional zeros (29.560 -> 29.56, 1.0 -> 1); the raw text when it is not a decimal.</summary>
    public static string CanonicalNumber(string raw)
    {
        if (!TryParseDecimal(raw, out decimal d)) return raw;
        string s = d.ToString(CultureInfo.InvariantCulture);
        if (s.Contains('.', StringComparison.Ordinal)) s = s.TrimEnd('0').TrimEnd('.');
        s = s == "-0" ? "0" : s;
        // When decimal rounded the value, the exact value in scientific form, so two different numbers never share a text (or a row key).
        return TryExact(raw, out var exact) && TryExact(s, out var shown) && exact != shown ? Scientific(exact) : s;
    }

    /// <summary>A JSON number as sign, significant digits and exponent, exactly (trailing zeros folded into the
    /// exponent, zero unsigned); false when the text is not a JSON number.</summary>
    private static bool TryExact(string text, out (bool Negative, string Digits, BigInteger Exponent) value)
    {
        value = default;
        Match m = JsonNumber.Match(text);
        if (!m.Success) return false;
        string digits = (m.Groups[2].Value + m.Groups[3].Value).TrimStart('0');
        BigInteger exponent = (m.Groups[4].Success ? BigInteger.Parse(m.Groups[4].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : BigInteger.Zero) - m.Groups[3].Value.Length;
        if (digits.Length == 0)
        {
            value = (false, "0", BigInteger.Zero);
            return true;
        }

        int trailing = digits.Length - digits.TrimEnd('0').Length;
        value = (m.Groups[1].Value == "-", digits[..^trailing], exponent + trailing);
        return true;
    }

    private static string Scientific((bool Negative, string Digits, BigInteger Exponent) n)
    {
        BigInteger exponent = n.Exponent + n.Digits.Length - 1;
        string mantissa = n.Digits.Length == 1 ? n.Digits : n.Digits[0] + "." + n.Digits[1..];
        return (n.Negative ? "-" : "") + mantissa + "e" + exponent.ToString(CultureInfo.InvariantCulture);
    }

    private static readonly Regex JsonNumber = new(@"^(-?)(0|[1-9][0-9]*)(?:\.([0-9]+))?(?:[eE]([+-]?[0-9]+))?$", RegexOptions.CultureInvariant);

    /// <summary>Compact JSON (no whitespace, Unicode kept readable, numbers as written); "null" for an absent value.</summary>
    public static string ToCompactJson(JsonElement? value)
    {
        if (IsAbsent(value)) return "null";
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, CompactOptions))
        {
            value!.Value.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
