using System.Text.Json;
using LabourDataset.Cli.Data;

namespace LabourDataset.Cli.Tests;

/// <summary>
/// 'get' on a package that shares no table or field name with LabourDataset: references, the source and its locator
/// must come from the schema (foreign keys, plural arrays, locator fields) alone.
/// </summary>
public sealed class GenericGetTests
{
    [Fact]
    public void Get_finds_the_source_and_its_locator_from_the_schema_of_any_package()
    {
        string flat = Cli.RunOn(Package(), "get", "shops", "S1").ShouldSucceed().Flat;

        flat.ShouldContain("ledgerRef L1 -> Ledger one");
        flat.ShouldContain("moreLedgerRefs L2 -> Ledger two; L9 -> (not found in ledgers)");
        flat.ShouldContain("Source: Ledger one [L1], page 4");
    }

    [Fact]
    public void Get_json_lists_array_keys_as_references_and_a_self_located_reference_as_the_source()
    {
        using JsonDocument shop = Cli.RunOn(Package(), "get", "shops", "S1", "--json").ShouldSucceed().Json();
        shop.RootElement.GetProperty("references").EnumerateArray()
            .Select(r => (r.GetProperty("field").GetString(), r.GetProperty("table").GetString(), r.GetProperty("key").GetString(), r.GetProperty("found").GetBoolean()))
            .ShouldBe([("ledgerRef", "ledgers", "L1", true), ("moreLedgerRefs", "ledgers", "L2", true), ("moreLedgerRefs", "ledgers", "L9", false)]);

        using JsonDocument ledger = Cli.RunOn(Package(), "get", "ledgers", "L2", "--json").ShouldSucceed().Json();
        JsonElement source = ledger.RootElement.GetProperty("source");
        source.GetProperty("id").GetString().ShouldBe("L1");
        source.GetProperty("locator").GetString().ShouldBe("entry 7");
    }

    [Fact]
    public void Get_prints_no_source_when_no_locator_field_says_where()
    {
        using JsonDocument order = Cli.RunOn(Package(), "get", "orders", "O1", "--json").ShouldSucceed().Json();

        order.RootElement.GetProperty("source").ValueKind.ShouldBe(JsonValueKind.Null);
        order.RootElement.GetProperty("references").GetArrayLength().ShouldBe(2);
    }

    /// <summary>Made-up example data: ledgers (cited by the other tables), shops citing a ledger page, orders with no locator.</summary>
    private static Catalog Package()
    {
        DataPackageField[] ledgerFields =
        [
            new("id", "Id", "string", null, true, null),
            new("title", "Title", "string", null, true, null),
            new("copiedFrom", "CopiedFrom", "string", null, false, "ledgers"),
            new("copiedFromLocator", "CopiedFromLocator", "string", null, false, null),
        ];
        DataPackageField[] shopFields =
        [
            new("code", "Code", "string", null, true, null),
            new("name", "Name", "string", null, true, null),
            new("ledgerRef", "LedgerRef", "string", null, true, "ledgers"),
            new("moreLedgerRefs", "MoreLedgerRefs", "array", null, false, null),
            new("locator", "Locator", "string", null, true, null),
        ];
        DataPackageField[] orderFields =
        [
            new("id", "Id", "string", null, true, null),
            new("shopCode", "ShopCode", "string", null, true, "shops"),
            new("ledgerRef", "LedgerRef", "string", null, true, "ledgers"),
        ];
        return new Catalog(
            "example-shops",
            "1.0.0",
            null,
            null,
            new string('0', 64),
            [],
            [],
            [
                new CatalogTable("ledgers", null, null, ledgerFields, ["id"], [["L1", "Ledger one", null, null], ["L2", "Ledger two", "L1", "entry 7"]]),
                new CatalogTable("shops", null, null, shopFields, ["code"], [["S1", "Corner shop", "L1", new[] { "L2", "L9" }, "page 4"]]),
                new CatalogTable("orders", null, null, orderFields, ["id"], [["O1", "S1", "L2"]]),
            ]);
    }
}
