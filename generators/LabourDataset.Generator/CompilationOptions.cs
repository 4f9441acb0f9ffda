using System.Globalization;
using System.Linq;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Model;
using LabourDataset.Generator.Naming;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace LabourDataset.Generator
{
    /// <summary>Reads what the consuming project offers (namespace, DateOnly, JsonIgnore, UTF-8 literals) into plain values.</summary>
    internal static class CompilationOptions
    {
        public static EmitOptions Read(Compilation compilation, AnalyzerConfigOptionsProvider config)
        {
            config.GlobalOptions.TryGetValue("build_property.RootNamespace", out string? rootNamespace);
            string ns = !string.IsNullOrWhiteSpace(rootNamespace) && rootNamespace!.Split('.').All(Identifiers.IsSafeIdentifier)
                ? rootNamespace
                : SafeNamespace(compilation.AssemblyName);
            return new EmitOptions(
                ns,
                compilation.GetTypeByMetadataName("System.DateOnly") is not null,
                compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonIgnoreAttribute") is not null,
                compilation is CSharpCompilation cs && cs.LanguageVersion >= LanguageVersion.CSharp11
                    && compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null,
                RowPropertyLimit(config) ?? RowPropertyNames.DefaultLimit,
                UnsupportedTypes(config) == "string",
                compilation is CSharpCompilation old && old.LanguageVersion < LanguageVersion.CSharp9,
                compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.IsExternalInit") is null,
                compilation.GetTypeByMetadataName("System.Diagnostics.CodeAnalysis.NotNullWhenAttribute") is null);
        }

        private const string UnsupportedTypesProperty = "LabourDatasetUnsupportedTypes";

        /// <summary>"error" (the default) or "string": whether a column type the generator does not support fails the package or is read as text.</summary>
        private static string? UnsupportedTypes(AnalyzerConfigOptionsProvider config)
            => config.GlobalOptions.TryGetValue("build_property." + UnsupportedTypesProperty, out string? text) && !string.IsNullOrWhiteSpace(text)
                ? text.Trim().ToLowerInvariant()
                : null;

        private const string RowPropertyLimitProperty = "LabourDatasetRowPropertyLimit";

        /// <summary>The limit a project set, or null when it set none or an invalid one (see <see cref="Problems"/>).</summary>
        private static int? RowPropertyLimit(AnalyzerConfigOptionsProvider config)
        {
            if (!config.GlobalOptions.TryGetValue("build_property." + RowPropertyLimitProperty, out string? text) || string.IsNullOrWhiteSpace(text)) return null;
            return int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int limit) && limit <= RowPropertyNames.MaxLimit ? limit : null;
        }

        /// <summary>Build properties that were set to values the generator cannot use (each falls back to its default).</summary>
        public static EquatableArray<DiagnosticInfo> Problems(AnalyzerConfigOptionsProvider config)
        {
            var problems = new System.Collections.Generic.List<DiagnosticInfo>();
            if (config.GlobalOptions.TryGetValue("build_property." + RowPropertyLimitProperty, out string? text) && !string.IsNullOrWhiteSpace(text) && RowPropertyLimit(config) is null)
            {
                problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidBuildProperty.Id, null, RowPropertyLimitProperty, text!,
                    "a whole number from 0 to " + RowPropertyNames.MaxLimit.ToString(CultureInfo.InvariantCulture), RowPropertyNames.DefaultLimit.ToString(CultureInfo.InvariantCulture)));
            }
            if (UnsupportedTypes(config) is string mode && mode != "string" && mode != "error")
            {
                config.GlobalOptions.TryGetValue("build_property." + UnsupportedTypesProperty, out string? raw);
                problems.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidBuildProperty.Id, null, UnsupportedTypesProperty, raw ?? mode, "'error' or 'string'", "error"));
            }
            return problems.ToEquatableArray();
        }

        private static string SafeNamespace(string? assemblyName)
        {
            if (string.IsNullOrEmpty(assemblyName)) return "Generated";
            string ns = string.Join(".", assemblyName!.Split('.').Select(Identifiers.ToPascalCase));
            return ns.Split('.').All(Identifiers.IsSafeIdentifier) ? ns : "Generated";
        }
    }
}
