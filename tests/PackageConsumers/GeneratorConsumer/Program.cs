using Strikes;

internal static class Program
{
    private static int Main()
    {
        foreach (Union union in Unions.All.OrderBy(u => u.Name, StringComparer.Ordinal))
        {
            Console.WriteLine(union.Name + ": " + union.Actions.Count + " actions, " + union.Actions.Sum(a => a.Workers ?? 0) + " workers");
        }
        Console.WriteLine("first action union: " + Actions.A1.Union.Name);
        Console.WriteLine("package: " + DatasetInfo.Name + " " + DatasetInfo.Version);
        foreach (Site site in Sites.All) Console.WriteLine("site " + site.Id + ": " + (site.Union?.Name ?? "no union") + ", " + (site.Workers?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown") + " workers");
        return 0;
    }
}
