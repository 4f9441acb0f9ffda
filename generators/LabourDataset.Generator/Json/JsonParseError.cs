using System;

namespace LabourDataset.Generator.Json
{
    /// <summary>Thrown only inside <see cref="JsonParser"/>; callers get a <see cref="JsonParseError"/> instead.</summary>
    internal sealed class JsonSyntaxException : Exception
    {
        public JsonSyntaxException(int position, string message) : base(message) => Position = position;

        public int Position { get; }
    }

    internal sealed record JsonParseError(int Position, int Length, string Message);
}
