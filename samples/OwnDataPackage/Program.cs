using System.Globalization;

namespace OwnDataPackage;

/// <summary>
/// The generator on a data package of your own: data/ holds two invented tables (shops and their orders, linked by a
/// foreign key), compiled into Shop/Shops and Order/Orders at build time. Run it with:
/// dotnet run --project samples/OwnDataPackage
/// </summary>
public static class Program
{
    public static void Main() => Run(Console.Out);

    /// <summary>Writes the report to <paramref name="output"/> (a parameter so the samples test can read it).</summary>
    public static void Run(TextWriter output)
    {
        // Reverse navigation: every shop lists the orders whose shopCode names it.
        foreach (Shop shop in Shops.All)
        {
            // A total the data does not give is null, never 0: Sum skips it, and the count says how many had one.
            decimal paid = shop.Orders.Sum(o => o.Total ?? 0m);
            int priced = shop.Orders.Count(o => o.Total is not null);
            output.WriteLine(Invariant($"{shop.Name} ({shop.Town ?? "no town given"}): orders {shop.Orders.Count}, paid {paid} ({priced} with a total)"));
        }

        // Key lookup in O(1), a static property per key, and forward navigation through the foreign key.
        Order first = Orders.Get("O-1");
        output.WriteLine(Invariant($"O-1 on {first.OrderedOn:yyyy-MM-dd} at {first.Shop.Name}; BOOKS is {Shops.BOOKS.Name}"));
        output.WriteLine($"{DatasetInfo.Name} {DatasetInfo.Version}: {string.Join(", ", DatasetInfo.Tables.Select(t => t.Name))}");
    }

    // Numbers and dates print the same on every machine.
    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
