using System;
using System.Collections.Generic;
using System.Linq;
using LabourDataset.Generator.Json;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Descriptor
{
    /// <summary>
    /// The local JSON files a descriptor names by path for a resource's schema or dialect. Found before the package is
    /// read, so only those AdditionalFiles are read with it and a data edit never re-reads the descriptor.
    /// </summary>
    internal static class ExternalReferences
    {
        public static EquatableArray<string> Find(DataFile descriptor)
        {
            JsonNode? root = JsonParser.Parse(descriptor.Text, out _);
            if (root?.Find("resources")?.Value is not JsonNode { Kind: JsonKind.Array } resources) return EquatableArray<string>.Empty;
            var paths = new SortedSet<string>(StringComparer.Ordinal);
            foreach (JsonNode resource in resources.Items!)
            {
                foreach (string property in new[] { "schema", "dialect" })
                {
                    if (resource.Find(property)?.Value is JsonNode { Kind: JsonKind.String } reference && Resolve(descriptor.Path, reference.Text!) is string resolved)
                    {
                        paths.Add(resolved);
                    }
                }
            }
            return paths.ToEquatableArray();
        }

        /// <summary>A relative path from the descriptor's folder as an AdditionalFiles path, or null when it is a URL, absolute or leaves the folder.</summary>
        public static string? Resolve(string descriptorPath, string relative)
        {
            string normalized = FilePaths.Normalize(relative);
            if (normalized.Length == 0 || normalized.StartsWith("/", StringComparison.Ordinal) || normalized.Contains(":") || normalized.Split('/').Any(s => s == "..")) return null;
            return FilePaths.Directory(descriptorPath) + (normalized.StartsWith("./", StringComparison.Ordinal) ? normalized.Substring(2) : normalized);
        }
    }
}
