using System;
using System.Collections.Generic;
using System.Linq;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Json;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Descriptor
{
    /// <summary>Typed reads of descriptor properties: a missing or mistyped property is reported where it is and read as absent.</summary>
    internal sealed class JsonAccess
    {
        private readonly FileDiagnostics _diagnostics;

        public JsonAccess(FileDiagnostics diagnostics) => _diagnostics = diagnostics;

        public bool ExpectObject(JsonNode node, string what)
        {
            if (node.Kind == JsonKind.Object) return true;
            _diagnostics.Report(DiagnosticDescriptors.PropertyType, node, "(item)", what, "an object", node.Describe());
            return false;
        }

        public string? RequiredString(JsonNode owner, string name, string where, string hint)
        {
            JsonProperty? prop = owner.Find(name);
            if (prop is null)
            {
                _diagnostics.Report(DiagnosticDescriptors.MissingProperty, _diagnostics.Locator.At(owner.Start, 1), where, name, hint);
                return null;
            }
            if (prop.Value.Kind != JsonKind.String)
            {
                _diagnostics.Report(DiagnosticDescriptors.PropertyType, prop.Value, name, where, "a string", prop.Value.Describe());
                return null;
            }
            return prop.Value.Text;
        }

        public string? OptionalString(JsonNode owner, string name, string where)
        {
            JsonProperty? prop = owner.Find(name);
            if (prop is null || prop.Value.Kind == JsonKind.Null) return null;
            if (prop.Value.Kind != JsonKind.String)
            {
                _diagnostics.Report(DiagnosticDescriptors.PropertyType, prop.Value, name, where, "a string", prop.Value.Describe());
                return null;
            }
            return prop.Value.Text;
        }

        /// <summary>A 'csharp:*' name; whether it is a usable identifier is the naming stage's decision.</summary>
        public NameOverride? OptionalName(JsonNode owner, string name, string where)
        {
            string? value = OptionalString(owner, name, where);
            return value is null ? null : new NameOverride(name, value, _diagnostics.Locator.At(owner.Find(name)!.Value));
        }

        public bool OptionalBool(JsonNode owner, string name, string where)
        {
            JsonProperty? prop = owner.Find(name);
            if (prop is null) return false;
            if (prop.Value.Kind == JsonKind.True) return true;
            if (prop.Value.Kind == JsonKind.False) return false;
            _diagnostics.Report(DiagnosticDescriptors.PropertyType, prop.Value, name, where, "true or false", prop.Value.Describe());
            return false;
        }

        public IEnumerable<JsonNode> OptionalArray(JsonNode owner, string name, string where)
        {
            JsonProperty? prop = owner.Find(name);
            if (prop is null || prop.Value.Kind == JsonKind.Null) return Array.Empty<JsonNode>();
            if (prop.Value.Kind != JsonKind.Array)
            {
                _diagnostics.Report(DiagnosticDescriptors.PropertyType, prop.Value, name, where, "an array", prop.Value.Describe());
                return Array.Empty<JsonNode>();
            }
            return prop.Value.Items!;
        }

        /// <summary>Table Schema allows a single name or an array of names in key declarations.</summary>
        public static List<string>? StringOrStrings(JsonNode? node)
        {
            if (node is null) return null;
            if (node.Kind == JsonKind.String) return new List<string> { node.Text! };
            if (node.Kind == JsonKind.Array && node.Items!.All(i => i.Kind == JsonKind.String)) return node.Items!.Select(i => i.Text!).ToList();
            return null;
        }

        /// <summary>Warns about properties the generator does not check; names with a ':' are extensions and always allowed.</summary>
        public void WarnUnknown(JsonNode owner, ICollection<string> known, string what)
        {
            foreach (JsonProperty p in owner.Properties!)
            {
                if (!known.Contains(p.Name) && p.Name.IndexOf(':') < 0) _diagnostics.Report(DiagnosticDescriptors.UnsupportedProperty, p, what, p.Name);
            }
        }
    }
}
