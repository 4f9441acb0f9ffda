using System.Globalization;
using System.Text.RegularExpressions;

namespace LabourDataset.Tests;

/// <summary>Integrity of the real data, checked through the public generic API (DatasetInfo.Tables).</summary>
public class DataIntegrityTests
{
    public static TheoryData<string> TableNames()
    {
        var data = new TheoryData<string>();
        foreach (var table in DatasetInfo.Tables) data.Add(table.Name);
        return data;
    }

    private static DataPackageTable Table(string name) => DatasetInfo.FindTable(name)!;

    private static int FieldIndex(DataPackageTable table, string field) => table.Fields.Select(f => f.Name).ToList().IndexOf(field);

    [Fact]
    public void Every_resource_of_the_descriptor_is_compiled()
    {
        var descriptor = Repo.ReadJson("datapackage.json");
        var names = descriptor.GetProperty("resources").EnumerateArray().Select(r => r.GetProperty("name").GetString()).ToList();
        DatasetInfo.Tables.Select(t => t.Name).ShouldBe(names);
    }

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Primary_keys_are_unique_and_present(string name)
    {
        DataPackageTable table = Table(name);
        int key = FieldIndex(table, table.PrimaryKey.Single());
        var keys = table.Rows.Select(r => table.GetValues(r)[key]).ToList();
        keys.ShouldAllBe(k => k != null);
        keys.Distinct().Count().ShouldBe(keys.Count);
    }

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Foreign_keys_resolve(string name)
    {
        DataPackageTable table = Table(name);
        foreach (DataPackageField field in table.Fields.Where(f => f.ForeignKeyResource is not null))
        {
            DataPackageTable target = Table(field.ForeignKeyResource!);
            int targetKey = FieldIndex(target, target.PrimaryKey.Single());
            var keys = target.Rows.Select(r => target.GetValues(r)[targetKey]).ToHashSet();
            int index = FieldIndex(table, field.Name);
            foreach (object row in table.Rows)
            {
                object? value = table.GetValues(row)[index];
                if (value is not null) keys.ShouldContain(value, $"{name}.{field.Name} = {value}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(TableNames))]
    public void Every_row_cites_a_source_with_a_locator(string name)
    {
        DataPackageTable table = Table(name);
        int source = name == "sources" ? FieldIndex(table, "kind") : FieldIndex(table, "sourceId");
        source.ShouldBeGreaterThanOrEqualTo(0, $"{name} has no sourceId field");
        int locator = FieldIndex(table, "locator");
        foreach (object row in table.Rows)
        {
            IReadOnlyList<object?> values = table.GetValues(row);
            values[source].ShouldNotBeNull();
            if (locator >= 0) ((string?)values[locator]).ShouldNotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void Other_source_ids_resolve()
    {
        foreach (var ids in Instruments.All.Select(i => i.OtherSourceIds).Concat(Ratifications.All.Select(r => r.OtherSourceIds)))
        {
            foreach (string id in ids ?? []) Sources.TryGet(id, out _).ShouldBeTrue(id);
        }
    }

    [Fact]
    public void Observations_are_consistent()
    {
        foreach (Observation o in Observations.All)
        {
            o.PeriodStart.ShouldBeLessThanOrEqualTo(o.PeriodEnd, o.Id);
            if (o.Value is null) o.MissingReason.ShouldNotBeNullOrWhiteSpace(o.Id + " has no value and no reason");
            if (o.StatedMultiplier is long m) m.ShouldBeGreaterThan(0, o.Id);
            if (o.StatedMultiplier is not null) o.Caveat.ShouldNotBeNullOrWhiteSpace(o.Id + " has a stated multiplier without a caveat");
            if (o.Status is ObservationStatus.Doubtful or ObservationStatus.Conflicting) o.Caveat.ShouldNotBeNullOrWhiteSpace(o.Id + " is " + o.Status + " without a caveat");
            o.Period.ShouldStartWith(o.PeriodStart.ToString(CultureInfo.InvariantCulture), Case.Sensitive, o.Id);
        }
    }

    [Fact]
    public void No_decimal_comma_is_kept_as_a_value()
    {
        var decimalComma = new Regex(@"^-?\d+,\d+$");
        foreach (DataPackageTable table in DatasetInfo.Tables)
        {
            foreach (object row in table.Rows)
            {
                IReadOnlyList<object?> values = table.GetValues(row);
                for (int i = 0; i < values.Count; i++)
                {
                    if (table.Fields[i].Name == "valueAsPrinted") continue; // the printed form keeps the comma on purpose
                    if (values[i] is string s) decimalComma.IsMatch(s).ShouldBeFalse($"{table.Name}.{table.Fields[i].Name} = {s}");
                }
            }
        }
    }

    [Fact]
    public void The_five_seed_documents_are_sources()
    {
        foreach (string id in new[] { "seed-000", "seed-001", "seed-002", "seed-003", "seed-004" })
        {
            Sources.TryGet(id, out Source? seed).ShouldBeTrue(id);
            seed!.Kind.ShouldBeOneOf(SourceKind.Thesis, SourceKind.JournalArticle);
        }
    }
}
