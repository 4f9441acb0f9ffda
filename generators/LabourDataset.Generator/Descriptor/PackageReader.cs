using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Json;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Descriptor
{
    /// <summary>Reads datapackage.json: package metadata here, each resource by <see cref="ResourceReader"/>, then cross-resource key checks.</summary>
    internal static class PackageReader
    {
        internal static readonly Regex NamePattern = new Regex("^[a-z0-9._-]+$", RegexOptions.CultureInvariant);
        private static readonly Regex SemVer = new Regex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$", RegexOptions.CultureInvariant);

        /// <summary>The declared package, or null when the descriptor is not a readable package at all.</summary>
        /// <param name="unsupportedTypesAsString">The project's opt-in (MSBuild LabourDatasetUnsupportedTypes=string); the descriptor can also opt in with "csharp:unsupportedTypes": "string".</param>
        /// <param name="externalFiles">Schema and dialect files the descriptor names by path (see <see cref="ExternalReferences"/>).</param>
        /// <param name="externalDiagnostics">Receives the diagnostics reported in those files.</param>
        public static DeclaredPackage? Read(DataFile file, EquatableArray<string> additionalFilePaths, bool unsupportedTypesAsString, IReadOnlyList<DataFile> externalFiles, FileDiagnostics diagnostics, List<FileDiagnostics> externalDiagnostics)
        {
            JsonNode? root = JsonParser.Parse(file.Text, out JsonParseError? error);
            if (root is null)
            {
                diagnostics.ReportSyntax(error!);
                return null;
            }
            if (root.Kind != JsonKind.Object)
            {
                diagnostics.Report(DiagnosticDescriptors.TopLevelShape, root, "an object (the package descriptor)", root.Describe());
                return null;
            }
            var json = new JsonAccess(diagnostics);

            // name and version are optional (Data Package v1 and v2); a name outside the recommended pattern and a
            // version that is not SemVer are kept as written, with a note.
            string? name = json.OptionalString(root, "name", "the package");
            if (name is not null && !NamePattern.IsMatch(name))
            {
                diagnostics.Report(DiagnosticDescriptors.UnusualPackageName, root.Find("name")!.Value, name);
            }
            string? version = json.OptionalString(root, "version", "the package");
            if (version is not null && !SemVer.IsMatch(version))
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidVersion, root.Find("version")!.Value, version);
            }
            string? title = json.OptionalString(root, "title", "the package");
            string? description = json.OptionalString(root, "description", "the package");
            NameOverride? ns = json.OptionalName(root, "csharp:namespace", "the package");
            List<PackageSource> sources = ReadSources(root, json);
            List<PackageLicense> licenses = ReadLicenses(root, json, diagnostics);

            JsonProperty? resourcesProp = root.Find("resources");
            if (resourcesProp is null)
            {
                diagnostics.Report(DiagnosticDescriptors.MissingProperty, diagnostics.Locator.At(root.Start, 1), "the package", "resources", "an array of resources, each with name, path and schema");
                return null;
            }
            if (resourcesProp.Value.Kind != JsonKind.Array)
            {
                diagnostics.Report(DiagnosticDescriptors.PropertyType, resourcesProp.Value, "resources", "the package", "an array", resourcesProp.Value.Describe());
                return null;
            }

            string? unsupportedTypes = json.OptionalString(root, "csharp:unsupportedTypes", "the package");
            if (unsupportedTypes is not null && unsupportedTypes != "string" && unsupportedTypes != "error")
            {
                diagnostics.Report(DiagnosticDescriptors.InvalidName, root.Find("csharp:unsupportedTypes")!.Value, "csharp:unsupportedTypes", unsupportedTypes, "use \"error\" or \"string\"");
            }
            bool asString = unsupportedTypes is null ? unsupportedTypesAsString : unsupportedTypes == "string";
            var reader = new ResourceReader(json, diagnostics, file.Path, new HashSet<string>(additionalFilePaths.Select(FilePaths.Normalize), System.StringComparer.Ordinal), asString,
                externalFiles.GroupBy(f => f.Path, System.StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), System.StringComparer.Ordinal),
                new FieldReader(json, diagnostics, asString).ReadMissingValues(root, "the package") ?? new EquatableArray<string>(new[] { string.Empty }));
            var resources = new List<DeclaredResource>();
            var declaredNames = new HashSet<string>(System.StringComparer.Ordinal);
            var skippedNames = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (JsonNode resourceNode in resourcesProp.Value.Items!)
            {
                DeclaredResource? resource = reader.Read(resourceNode, declaredNames, skippedNames);
                if (resource is not null) resources.Add(resource);
            }
            externalDiagnostics.AddRange(reader.ExternalDiagnostics);
            resources = ForeignKeyResolver.Resolve(resources, declaredNames, skippedNames, diagnostics);
            return new DeclaredPackage(name, version, title, description, ns, sources, licenses, resources);
        }

        private static List<PackageSource> ReadSources(JsonNode root, JsonAccess json)
        {
            var sources = new List<PackageSource>();
            foreach (JsonNode item in json.OptionalArray(root, "sources", "the package"))
            {
                if (!json.ExpectObject(item, "a package source")) continue;
                sources.Add(new PackageSource(json.OptionalString(item, "title", "a package source"), json.OptionalString(item, "path", "a package source"), json.OptionalString(item, "version", "a package source")));
            }
            return sources;
        }

        private static List<PackageLicense> ReadLicenses(JsonNode root, JsonAccess json, FileDiagnostics diagnostics)
        {
            var licenses = new List<PackageLicense>();
            foreach (JsonNode item in json.OptionalArray(root, "licenses", "the package"))
            {
                if (!json.ExpectObject(item, "a package licence")) continue;
                string? licenseName = json.OptionalString(item, "name", "a package licence");
                string? licensePath = json.OptionalString(item, "path", "a package licence");
                if (licenseName is null && licensePath is null)
                {
                    diagnostics.Report(DiagnosticDescriptors.MissingProperty, item, "a licence", "name", "an SPDX identifier such as \"CC-BY-4.0\", or a 'path'");
                    continue;
                }
                licenses.Add(new PackageLicense(licenseName ?? licensePath!, licensePath, json.OptionalString(item, "title", "a package licence")));
            }
            return licenses;
        }
    }
}
