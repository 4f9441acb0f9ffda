namespace LabourDataset;

/// <summary>Helpers for pinning the exact data an application was built and tested against.</summary>
public static class DatasetIntegrity
{
    /// <summary>
    /// Throws when the compiled data is not the expected one, so an application can refuse to start on data it was not
    /// validated with (for example after an unintended package upgrade).
    /// </summary>
    /// <param name="expectedContentHash">The <see cref="DatasetInfo.ContentHash"/> the application was tested with.</param>
    /// <exception cref="InvalidOperationException">The compiled data has a different content hash.</exception>
    public static void EnsureContentHash(string expectedContentHash)
    {
        ArgumentNullException.ThrowIfNull(expectedContentHash);
        if (!string.Equals(DatasetInfo.ContentHash, expectedContentHash.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException(
                $"LabourDataset data mismatch: expected content hash {expectedContentHash}, but version {DatasetInfo.Version} has {DatasetInfo.ContentHash}.");
        }
    }
}
