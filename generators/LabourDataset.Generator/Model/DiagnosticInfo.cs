namespace LabourDataset.Generator.Model
{
    /// <summary>A diagnostic as plain values, so it can travel through the incremental pipeline and be compared.</summary>
    internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(string id, LocationInfo? location, params string[] arguments)
            => new DiagnosticInfo(id, location, new EquatableArray<string>(arguments));
    }
}
