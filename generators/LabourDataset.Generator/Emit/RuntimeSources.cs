using System;
using System.IO;
using System.Reflection;

namespace LabourDataset.Generator.Emit
{
    /// <summary>
    /// The fixed run-time support code, written as real C# in LabourDataset.Generator.Runtime (so the compiler checks
    /// it) and embedded here as resources. It is emitted with only the namespace and the generator version substituted.
    /// </summary>
    internal static class RuntimeSources
    {
        private const string SourceNamespace = "namespace LabourDataset.Generator.Runtime";
        private const string SourceAttribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"LabourDataset.Generator\", \"0.0.0\")]";

        /// <summary>The compact-row decoder and lazy row list.</summary>
        public static string Blob(string ns) => Emit("DataPackageBlob.cs", ns);

        /// <summary>DataPackageYearMonth and DataPackageGeoPoint, for packages with yearmonth or geopoint fields.</summary>
        public static string Values(string ns) => Emit("DataPackageValues.cs", ns);

        /// <summary>DataPackageTable, DataPackageField, DataPackageSource, DataPackageLicense and the row-number view.</summary>
        public static string Types(string ns) => Emit("DataPackageTypes.cs", ns);

        /// <summary>
        /// The BCL types generated code relies on that netstandard2.0 and .NET Framework lack, declared internal in their
        /// own namespaces (as the compiler expects), only when the consumer's framework does not have them.
        /// </summary>
        public static string Polyfills(bool isExternalInit, bool notNullWhen)
        {
            var text = new System.Text.StringBuilder(GeneratedFile.HeaderText);
            if (isExternalInit)
            {
                text.Append("namespace System.Runtime.CompilerServices\n{\n    /// <summary>Lets init accessors compile on frameworks that lack this marker type.</summary>\n    ")
                    .Append(GeneratedFile.Attribute).Append("\n    internal static class IsExternalInit\n    {\n    }\n}\n");
            }
            if (notNullWhen)
            {
                if (isExternalInit) text.Append('\n');
                text.Append("namespace System.Diagnostics.CodeAnalysis\n{\n    /// <summary>Lets nullable flow analysis understand TryGet on frameworks that lack this attribute.</summary>\n    ")
                    .Append(GeneratedFile.Attribute).Append("\n    [global::System.AttributeUsage(global::System.AttributeTargets.Parameter)]\n    internal sealed class NotNullWhenAttribute : global::System.Attribute\n    {\n")
                    .Append("        public NotNullWhenAttribute(bool returnValue) => ReturnValue = returnValue;\n\n        public bool ReturnValue { get; }\n    }\n}\n");
            }
            return text.ToString();
        }

        private static string Emit(string file, string ns)
        {
            string source = Read(file);
            // The file's own header explains the file to its readers; consumers get the generated-file header instead.
            string code = source.Substring(source.IndexOf(SourceNamespace, StringComparison.Ordinal)).Replace("\r\n", "\n");
            return GeneratedFile.HeaderText + "namespace " + ns + code.Substring(SourceNamespace.Length).Replace(SourceAttribute, GeneratedFile.Attribute);
        }

        private static string Read(string file)
        {
            using Stream? stream = typeof(RuntimeSources).GetTypeInfo().Assembly.GetManifestResourceStream("LabourDataset.Generator.Runtime." + file);
            if (stream is null) throw new InvalidOperationException("the embedded run-time source " + file + " is missing from the generator");
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
    }
}
