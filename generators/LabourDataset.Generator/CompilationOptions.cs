using System.Linq;
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
                    && compilation.GetTypeByMetadataName("System.ReadOnlySpan`1") is not null);
        }

        private static string SafeNamespace(string? assemblyName)
        {
            if (string.IsNullOrEmpty(assemblyName)) return "Generated";
            string ns = string.Join(".", assemblyName!.Split('.').Select(Identifiers.ToPascalCase));
            return ns.Split('.').All(Identifiers.IsSafeIdentifier) ? ns : "Generated";
        }
    }
}
