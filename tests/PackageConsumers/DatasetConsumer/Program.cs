using LabourDataset;

/// <summary>Uses the packed LabourDataset the way a user does: LINQ over the typed API.</summary>
internal static class Program
{
    private static int Main()
    {
        Console.WriteLine("title: " + Instruments.C029.Title);
        var uzbekistan = Ratifications.All.Where(r => r.Country.Code == "UZB").OrderBy(r => r.InstrumentCode, StringComparer.Ordinal).ToList();
        Console.WriteLine("uzb ratifications: " + uzbekistan.Count + " (" + string.Join(", ", uzbekistan.Select(r => r.InstrumentCode)) + ")");
        Console.WriteLine("ntt regencies: " + Areas.Get("ID-NTT").Children.Count);
        Console.WriteLine("version: " + DatasetInfo.Version);
        Console.WriteLine("hash: " + DatasetInfo.ContentHash);
        DatasetIntegrity.EnsureContentHash(DatasetInfo.ContentHash);
        return 0;
    }
}
