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
        Console.WriteLine("strikes: " + Actions.All.Count(a => a.Kind == ActionKind.Strike) + ", first kind: " + Actions.A1.Kind?.ToValue() + ", shifts stopped: " + Actions.A1.Shifts?.Sum());
        Console.WriteLine("package: " + DatasetInfo.Name + " " + DatasetInfo.Version);
        foreach (Site site in Sites.All) Console.WriteLine("site " + site.Id + ": " + (site.Union?.Name ?? "no union") + ", " + (site.Workers?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown") + " workers");
        return 0;
    }
}
