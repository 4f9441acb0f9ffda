using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace LabourDataset.DataChangelog.Tests;

/// <summary>
/// Property: whatever single edit is made to a small package (a cell's value, null to value or back, a row added or
/// removed, a key changed, a field added), the diff reports that very cell, row or field, and requires at least the
/// bump the recipe gives that kind of change. A change is judged by this test's own exact oracle (numbers compared as
/// exact decimals of any size, strings ordinally, null equal to absent), not by the code under test.
/// </summary>
public class EditPropertyTests(ITestOutputHelper output)
{
    private const int Cases = 2000;

    private enum Edit
    {
        Value,
        NullToggle,
        AddRow,
        RemoveRow,
        AddField,
        ChangeKey,
    }

    private static readonly string[] Resources = ["people", "stats", "notes", "levels"];

    private static readonly string[] Integers =
    [
        "0", "1", "-1", "7", "30", "41", "2147483648", "9007199254740993", "-9223372036854775808", "18446744073709551616",
        "79228162514264337593543950336", "123456789012345678901234567890", "123456789012345678901234567891", "1e40",
    ];

    private static readonly string[] Numbers =
    [
        "0", "0.1", "-0.1", "29.56", "29.57", "12", "1e-10", "1.5e3", "-1.5", "0.0000000000000000000000000001",
        "1.0000000000000000000000000001", "1.00000000000000000000000000001", "0.12345678901234567890123456789012",
        "0.12345678901234567890123456789013", "1e30", "1000000000000000000000000000001", "79228162514264337593543950335.5",
        "1e-40", "2e-40",
    ];

    private static readonly string[] Texts =
    [
        "", " ", "Ana", "ana", "Ana ", "\u00e9", "e\u0301", "\ud83d\ude00", "a\nb", "null", "0", "UZB", "KHM", "\"quoted\"",
        "back`tick", new string('x', 300), "tab\there",
    ];

    private static readonly string[][] Arrays = [[], ["a"], ["a", "b"], ["b", "a"], [""], ["null"], ["a", "b", "c"]];

    /// <summary>The package edited: keyed by an integer, by a composite (string, year), by a number, and one matched by row index.</summary>
    private static TestPackage Base()
    {
        TestPackage p = TestPackage.Sample();
        p.AddResource("notes", [], [("text", "string"), ("score", "number")],
            """
            [
              { "text": "first", "score": 1.5 },
              { "text": "second", "score": null },
              { "text": "third" },
              { "text": "", "score": 0 }
            ]
            """);
        p.AddResource("levels", ["level"], [("level", "number"), ("label", "string")],
            """
            [
              { "level": 0.5, "label": "half" },
              { "level": 1, "label": "one" },
              { "level": 0.0000000000000000000000000001, "label": "tiny" }
            ]
            """);
        return p;
    }

    [Fact]
    public void A_single_random_edit_is_always_reported_with_at_least_its_bump()
    {
        var counts = new Dictionary<Edit, int>();
        int ran = 0;
        Prop.ForAll<int, int>((seed, kindSeed) =>
        {
            var edit = (Edit)Math.Abs(kindSeed % Enum.GetValues<Edit>().Length);
            var random = new Random(seed);
            TestPackage old = Base();
            Scramble(old, random);
            TestPackage @new = old.Clone();
            Check check = Apply(@new, edit, random);
            DiffResult diff = Run.Diff(old, @new);
            string markdown = MarkdownReport.Render(diff, maxDetails: 1000);
            check(diff, markdown);
            counts[edit] = counts.GetValueOrDefault(edit) + 1;
            ran++;
            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(Cases));

        output.WriteLine($"edits run: {ran} ({string.Join(", ", counts.OrderBy(c => c.Key).Select(c => $"{c.Key} {c.Value}"))}); changes reported as unchanged: 0");
        ran.ShouldBeGreaterThanOrEqualTo(Cases);
        counts.Count.ShouldBe(Enum.GetValues<Edit>().Length);
    }

    /// <summary>Gives about half the non-key cells of the old package random values (a fifth of them null), so an
    /// edit starts from any value of the pools, not only from the sample's.</summary>
    private static void Scramble(TestPackage p, Random random)
    {
        foreach (string resource in Resources)
        {
            string[] key = PrimaryKey(p, resource);
            var fields = p.Fields(resource).Select(f => ((string)f!["name"]!, (string)f["type"]!)).Where(f => !key.Contains(f.Item1)).ToArray();
            foreach (JsonNode? row in p.RowsOf(resource))
            {
                foreach ((string field, string type) in fields)
                {
                    if (random.Next(2) == 0) row!.AsObject()[field] = random.Next(5) == 0 ? null : NewValue(type, null, random);
                }
            }
        }
    }

    /// <summary>Checks one diff against the edit that produced it.</summary>
    private delegate void Check(DiffResult diff, string markdown);

    private static Check Apply(TestPackage p, Edit edit, Random random)
    {
        string resource = Resources[random.Next(Resources.Length)];
        JsonArray rows = p.RowsOf(resource);
        string[] key = PrimaryKey(p, resource);
        (string Name, string Type)[] fields = p.Fields(resource).Select(f => ((string)f!["name"]!, (string)f["type"]!)).ToArray();
        int index = random.Next(rows.Count);
        string what = $"{edit} in {resource}";

        switch (edit)
        {
            case Edit.Value:
            case Edit.NullToggle:
            {
                (string field, string type) = fields.Where(f => !key.Contains(f.Name)).ElementAt(random.Next(fields.Length - key.Length));
                JsonObject row = rows[index]!.AsObject();
                JsonNode? before = row[field]?.DeepClone();
                bool present = row.TryGetPropertyValue(field, out JsonNode? current) && current is not null;
                if (edit == Edit.NullToggle && present)
                {
                    if (random.Next(2) == 0) row[field] = null;
                    else row.Remove(field);
                }
                else
                {
                    row[field] = NewValue(type, before, random);
                }
                Exact.Differ(before, row[field]).ShouldBeTrue(what);
                RowKey rowKey = KeyOf(row, key, index);
                what += $" row {rowKey.Display} field {field}: {Show(before)} -> {Show(row[field])}";
                return (diff, md) =>
                {
                    ResourceDiff r = diff.Resources.Single(x => x.Name == resource);
                    r.RowsChanged.SingleOrDefault(c => c.Key.Equals(rowKey))?.Changes.Select(c => c.Field).ShouldContain(field, what);
                    r.RowsChanged.ShouldContain(c => c.Key.Equals(rowKey), what);
                    ((int)diff.RequiredBump).ShouldBeGreaterThanOrEqualTo((int)BumpLevel.Patch, what);
                    md.ShouldContain($"Row changed: {MarkdownReport.Code(rowKey.Display)}: {MarkdownReport.Code(field)}: ", Case.Sensitive, what);
                };
            }

            case Edit.AddRow:
            {
                var row = new JsonObject();
                foreach ((string field, string type) in fields) row[field] = random.Next(4) == 0 ? null : NewValue(type, null, random);
                if (key.Length > 0)
                {
                    do
                    {
                        foreach (string k in key) row[k] = NewValue(fields.Single(f => f.Name == k).Type, null, random);
                    }
                    while (rows.Any(r => KeyOf(r!.AsObject(), key, 0).Equals(KeyOf(row, key, 0))));
                }
                rows.Add(row);
                RowKey rowKey = KeyOf(row, key, rows.Count - 1);
                what += " " + rowKey.Display;
                return (diff, md) =>
                {
                    diff.Resources.Single(x => x.Name == resource).RowsAdded.ShouldContain(rowKey, what);
                    ((int)diff.RequiredBump).ShouldBeGreaterThanOrEqualTo((int)BumpLevel.Minor, what);
                    md.ShouldContain("Row added: " + MarkdownReport.Code(rowKey.Display), Case.Sensitive, what);
                };
            }

            case Edit.RemoveRow:
            {
                RowKey rowKey = KeyOf(rows[index]!.AsObject(), key, index);
                rows.RemoveAt(index);
                // Matched by index, the last index is the one that disappears (later rows shift up as changes).
                RowKey gone = key.Length > 0 ? rowKey : RowKey.FromIndex(rows.Count);
                what += " " + rowKey.Display;
                return (diff, md) =>
                {
                    diff.Resources.Single(x => x.Name == resource).RowsRemoved.ShouldContain(gone, what);
                    diff.RequiredBump.ShouldBe(BumpLevel.Major, what);
                    md.ShouldContain("Row removed: " + MarkdownReport.Code(gone.Display), Case.Sensitive, what);
                };
            }

            case Edit.AddField:
            {
                string type = new[] { "string", "integer", "number", "array" }[random.Next(4)];
                string name = "added" + random.Next(1000).ToString(CultureInfo.InvariantCulture);
                p.Fields(resource).Add(new JsonObject { ["name"] = name, ["type"] = type });
                foreach (JsonNode? row in rows)
                {
                    if (random.Next(3) > 0) row!.AsObject()[name] = NewValue(type, null, random);
                }
                what += " " + name;
                return (diff, md) =>
                {
                    diff.Resources.Single(x => x.Name == resource).FieldsAdded.Select(f => f.Name).ShouldContain(name, what);
                    ((int)diff.RequiredBump).ShouldBeGreaterThanOrEqualTo((int)BumpLevel.Minor, what);
                    md.ShouldContain(MarkdownReport.Code(name), Case.Sensitive, what);
                };
            }

            default:
            {
                if (key.Length == 0) return Apply(p, Edit.Value, random);
                JsonObject row = rows[index]!.AsObject();
                RowKey before = KeyOf(row, key, index);
                string field = key[random.Next(key.Length)];
                string type = fields.Single(f => f.Name == field).Type;
                do
                {
                    row[field] = NewValue(type, row[field]?.DeepClone(), random);
                }
                // A key change must change the key: a new spelling of the same number (2 -> 2.0) is no change at all.
                while (rows.Count(r => KeyOf(r!.AsObject(), key, 0).Equals(KeyOf(row, key, 0))) > 1 || KeyOf(row, key, index).Equals(before));
                RowKey after = KeyOf(row, key, index);
                what += $" {before.Display} -> {after.Display}";
                return (diff, md) =>
                {
                    ResourceDiff r = diff.Resources.Single(x => x.Name == resource);
                    r.RowsRemoved.ShouldContain(before, what);
                    r.RowsAdded.ShouldContain(after, what);
                    diff.RequiredBump.ShouldBe(BumpLevel.Major, what);
                };
            }
        }
    }

    private static string[] PrimaryKey(TestPackage p, string resource)
        => p.Resource(resource)["schema"]!["primaryKey"] is JsonArray pk ? pk.Select(k => (string)k!).ToArray() : [];

    private static RowKey KeyOf(JsonObject row, string[] key, int index)
        => key.Length == 0 ? RowKey.FromIndex(index) : RowKey.FromRow(JsonSerializer.SerializeToElement(row), key);

    private static string Show(JsonNode? node) => node is null ? "null" : node.ToJsonString();

    /// <summary>A value of the field's type that the exact oracle says differs from <paramref name="old"/>.</summary>
    private static JsonNode NewValue(string type, JsonNode? old, Random random)
    {
        // Half the time a near miss: the old number changed in its last place or far beyond it.
        if (old is not null && old.GetValueKind() == JsonValueKind.Number && type is "integer" or "number" && random.Next(2) == 0)
        {
            return JsonNode.Parse(Perturb(old.ToJsonString(), type, random))!;
        }

        for (int attempt = 0; ; attempt++)
        {
            JsonNode candidate = type switch
            {
                "integer" => JsonNode.Parse(random.Next(3) == 0 ? random.Next(-1000, 1000).ToString(CultureInfo.InvariantCulture) : Integers[random.Next(Integers.Length)])!,
                "year" => JsonValue.Create(random.Next(1900, 2100)),
                "number" => JsonNode.Parse(random.Next(3) == 0
                    ? (random.Next(-100000, 100000) / 100m).ToString(CultureInfo.InvariantCulture) + (random.Next(2) == 0 ? "0" : string.Empty)
                    : Numbers[random.Next(Numbers.Length)])!,
                "array" => new JsonArray(Arrays[random.Next(Arrays.Length)].Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
                _ => JsonValue.Create(random.Next(3) == 0 ? "s" + random.Next(1000).ToString(CultureInfo.InvariantCulture) : Texts[random.Next(Texts.Length)])!,
            };
            if (Exact.Differ(old, candidate)) return candidate;
            attempt.ShouldBeLessThan(1000, $"no new {type} value differs from {Show(old)}");
        }
    }

    /// <summary>An integer plus or minus one; a number with a 1 appended 1 to 40 places after its last digit.</summary>
    private static string Perturb(string text, string type, Random random)
    {
        int e = text.IndexOfAny(['e', 'E']);
        if (type == "integer" && e < 0)
        {
            return (BigInteger.Parse(text, CultureInfo.InvariantCulture) + (random.Next(2) == 0 ? 1 : -1)).ToString(CultureInfo.InvariantCulture);
        }
        string mantissa = e < 0 ? text : text[..e];
        string exponent = e < 0 ? string.Empty : text[e..];
        return mantissa + (mantissa.Contains('.', StringComparison.Ordinal) ? string.Empty : ".") + new string('0', random.Next(40)) + "1" + exponent;
    }

    /// <summary>The test's own notion of "changed": JSON values compared exactly, numbers as exact decimals of any size.</summary>
    private static class Exact
    {
        public static bool Differ(JsonNode? a, JsonNode? b)
        {
            bool aNull = a is null || a.GetValueKind() == JsonValueKind.Null, bNull = b is null || b.GetValueKind() == JsonValueKind.Null;
            if (aNull || bNull) return aNull != bNull;
            if (a!.GetValueKind() != b!.GetValueKind()) return true;
            return a.GetValueKind() switch
            {
                JsonValueKind.Number => Number(a.ToJsonString()) != Number(b.ToJsonString()),
                JsonValueKind.String => !string.Equals(a.GetValue<string>(), b.GetValue<string>(), StringComparison.Ordinal),
                JsonValueKind.Array => a.AsArray().Count != b.AsArray().Count || a.AsArray().Zip(b.AsArray()).Any(pair => Differ(pair.First, pair.Second)),
                _ => !JsonNode.DeepEquals(a, b),
            };
        }

        /// <summary>A JSON number as (sign, significant digits, exponent), trailing zeros folded into the exponent.</summary>
        private static (bool Negative, string Digits, BigInteger Exponent) Number(string text)
        {
            bool negative = text.StartsWith('-');
            string body = negative ? text[1..] : text;
            int e = body.IndexOfAny(['e', 'E']);
            BigInteger exponent = e < 0 ? BigInteger.Zero : BigInteger.Parse(body[(e + 1)..].TrimStart('+'), CultureInfo.InvariantCulture);
            string mantissa = e < 0 ? body : body[..e];
            int dot = mantissa.IndexOf('.');
            if (dot >= 0)
            {
                exponent -= mantissa.Length - dot - 1;
                mantissa = mantissa.Remove(dot, 1);
            }
            mantissa = mantissa.TrimStart('0');
            if (mantissa.Length == 0) return (false, "0", BigInteger.Zero);
            int trailing = mantissa.Length - mantissa.TrimEnd('0').Length;
            return (negative, mantissa[..^trailing], exponent + trailing);
        }
    }
}
