using System.Collections.Generic;
using System.Linq;
using LabourDataset.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LabourDataset.Generator.Diagnostics
{
    /// <summary>
    /// Every diagnostic the generator can report. IDs are never reused; each has an entry in docs/diagnostics.md
    /// that the help link points to. Messages name the file, table, row, field, what was expected and what was found.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "LabourDataset.DataPackage";
        private const string HelpBase = "https://github.com/labourdataset/labourdataset/blob/main/docs/diagnostics.md#";

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = new Dictionary<string, DiagnosticDescriptor>();

        public static readonly DiagnosticDescriptor InternalError = Error("LDS0001", "Internal generator error",
            "The data-package generator failed unexpectedly while processing '{0}': {1}. Please report this with the data file; no code was generated for it.");
        public static readonly DiagnosticDescriptor NoPackage = Warning("LDS0002", "No datapackage.json",
            "The LabourDataset generator is referenced but no AdditionalFiles item is named datapackage.json; add <AdditionalFiles Include=\"data/datapackage.json;data/*.json\" /> to the project");
        public static readonly DiagnosticDescriptor SeveralPackages = Error("LDS0003", "More than one datapackage.json",
            "Found more than one datapackage.json in AdditionalFiles ('{0}' and '{1}'); a project compiles exactly one data package (its assembly version pins that package's data), so move '{1}' into a class library of its own and reference both libraries");

        public static readonly DiagnosticDescriptor CSharpTooOld = Error("LDS0004", "C# version too old for the generated code",
            "The data package is compiled into records with init accessors, which need C# 9 or later, and this project uses an older C# version (the default of netstandard2.0 and .NET Framework is 7.3); set <LangVersion>9.0</LangVersion> or later in the project. No code was generated.");

        public static readonly DiagnosticDescriptor JsonSyntax = Error("LDS0100", "Invalid JSON",
            "{0}: invalid JSON at line {1}, column {2}: {3}");
        public static readonly DiagnosticDescriptor CsvSyntax = Error("LDS0102", "Invalid CSV",
            "{0}: invalid CSV at line {1}, column {2}: {3}");
        public static readonly DiagnosticDescriptor TopLevelShape = Error("LDS0101", "Wrong top-level JSON shape",
            "{0}: expected {1} at the top level but found {2}");

        public static readonly DiagnosticDescriptor MissingProperty = Error("LDS0110", "Missing descriptor property",
            "{0}: {1} has no '{2}' property; add it ({3})");
        public static readonly DiagnosticDescriptor PropertyType = Error("LDS0111", "Descriptor property has the wrong JSON type",
            "{0}: property '{1}' of {2} must be {3} but is {4}");
        public static readonly DiagnosticDescriptor DuplicateResource = Error("LDS0112", "Duplicate resource name",
            "{0}: resource name '{1}' is used more than once; resource names must be unique");
        public static readonly DiagnosticDescriptor DuplicateField = Error("LDS0113", "Duplicate field name",
            "{0}: resource '{1}' declares field '{2}' more than once; field names must be unique");
        public static readonly DiagnosticDescriptor PathNotFound = Error("LDS0114", "Resource path matches no AdditionalFile",
            "{0}: resource '{1}' has path '{2}', but no AdditionalFiles item is '{3}'; add the file to <AdditionalFiles> or fix the path");
        public static readonly DiagnosticDescriptor UnsafePath = Error("LDS0115", "Resource path is absolute or leaves the package",
            "{0}: resource '{1}' has path '{2}'; paths must be relative to datapackage.json and stay inside its folder (no leading '/', drive letter, URL or '..')");
        public static readonly DiagnosticDescriptor UnsupportedType = Error("LDS0116", "Unsupported field type",
            "{0}: field '{1}' of resource '{2}' has type '{3}'; supported types are string, integer, number, boolean, date, time, datetime, year, yearmonth, duration, geopoint, geojson, object, any, array and list (of string, integer, number, boolean, date, year, datetime or time items); to compile it as text instead, set the MSBuild property LabourDatasetUnsupportedTypes to 'string' (or 'csharp:unsupportedTypes': 'string' in the descriptor)");
        public static readonly DiagnosticDescriptor TypeReadAsString = Info("LDS0125", "Unsupported field type read as text",
            "{0}: field '{1}' of resource '{2}' has type '{3}', which the generator does not support; it is compiled as a string holding each value as written, because unsupported types are read as text in this project");
        public static readonly DiagnosticDescriptor UnsupportedProperty = Warning("LDS0117", "Unsupported descriptor property",
            "{0}: {1} '{2}' is not supported by the generator and is not checked; remove it or move it to a custom 'x:' property");
        public static readonly DiagnosticDescriptor InvalidName = Error("LDS0118", "Invalid resource or field name",
            "{0}: {1} name '{2}' is invalid; {3}");
        public static readonly DiagnosticDescriptor UnknownKeyField = Error("LDS0119", "Primary key names an unknown field",
            "{0}: the primaryKey of resource '{1}' names field '{2}', which the schema does not declare");
        public static readonly DiagnosticDescriptor BadForeignKey = Error("LDS0120", "Invalid foreign key",
            "{0}: a foreign key of resource '{1}' is invalid: {2}");
        public static readonly DiagnosticDescriptor InvalidVersion = Info("LDS0121", "Package version is not SemVer",
            "{0}: version '{1}' is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.2.0); it is kept as written in DatasetInfo.Version, but a NuGet package built from this data needs a SemVer version");
        public static readonly DiagnosticDescriptor UnusualPackageName = Info("LDS0123", "Package name outside the recommended pattern",
            "{0}: package name '{1}' is not lower-case letters, digits, '.', '-' and '_' as the Data Package spec recommends; it is kept as written in DatasetInfo.Name");
        public static readonly DiagnosticDescriptor NotTabular = Info("LDS0124", "Resource skipped: not tabular",
            "{0}: resource '{1}' has no Table Schema and is not declared tabular, so it is not compiled into a table (skipped); give it a 'schema' to compile it");
        public static readonly DiagnosticDescriptor DialectPropertyDoesNotApply = Info("LDS0132", "Dialect property does not apply",
            "{0}: the dialect of resource '{1}' has '{2}', which applies to {3}, not to a {4} file; it is ignored, as the Table Dialect spec says");
        public static readonly DiagnosticDescriptor UnsupportedFormat = Error("LDS0126", "Unsupported resource format",
            "{0}: resource '{1}' is a table in format '{2}'; the generator reads JSON (an array of row objects) and CSV or TSV files; convert the file, or set 'format' if the extension misleads");
        public static readonly DiagnosticDescriptor UnsupportedDialect = Error("LDS0127", "Unsupported or invalid dialect",
            "{0}: the dialect of resource '{1}' has {2}; {3}");
        public static readonly DiagnosticDescriptor RemotePath = Error("LDS0128", "Resource path is a URL",
            "{0}: resource '{1}' has the remote path '{2}'; the generator compiles local files only (a build must not depend on the network), so download the file next to datapackage.json and give its relative path");
        public static readonly DiagnosticDescriptor MultipartPath = Error("LDS0129", "Unusable path array",
            "{0}: the 'path' array of resource '{1}' {2}");
        public static readonly DiagnosticDescriptor InvalidConstraint = Error("LDS0122", "Invalid constraint",
            "{0}: constraint '{1}' of field '{2}' in resource '{3}' is invalid: {4}");

        public static readonly DiagnosticDescriptor NameCollision = Error("LDS0130", "Generated C# names collide",
            "{0}: {1} '{2}' and '{3}' both become the C# name '{4}'; rename one, or set 'csharp:name' on one of them");
        public static readonly DiagnosticDescriptor NameAdjusted = Info("LDS0131", "Generated C# name adjusted",
            "{0}: {1} '{2}' is generated as '{3}' because {4}; set 'csharp:name' to choose the name yourself");

        public static readonly DiagnosticDescriptor EnumMemberAdjusted = Info("LDS0135", "Enum member name adjusted",
            "{0}: value '{1}' of field '{2}' in resource '{3}' becomes the enum member '{4}' because {5}; the value itself is kept (ToValue() returns it)");

        public static readonly DiagnosticDescriptor TooManyRowProperties = Info("LDS0150", "Table has too many rows for row properties",
            "{0}: resource '{1}' has {2} rows whose key is a C# identifier, more than the limit of {3}, so '{4}' gets no static property per row; use {4}.Get(key), or raise the MSBuild property LabourDatasetRowPropertyLimit (at most 60000; 0 turns row properties off)");
        public static readonly DiagnosticDescriptor InvalidBuildProperty = Warning("LDS0151", "Invalid build property",
            "The MSBuild property {0} is '{1}', which is not {2}; the default {3} is used instead");

        public static readonly DiagnosticDescriptor RowNotObject = Error("LDS0200", "Row is not an object",
            "{0}: row {1} of resource '{2}' is {3}, which is not a row; write each row as a JSON object (or, after a header row of field names, each as an array)");
        public static readonly DiagnosticDescriptor MissingRequired = Error("LDS0201", "Missing required value",
            "{0}: row {1} of resource '{2}' has no value for required field '{3}'; add it");
        public static readonly DiagnosticDescriptor UnknownField = Error("LDS0202", "Unknown field",
            "{0}: row {1} of resource '{2}' has an undeclared field {3}; fix the name or add the field to the schema");
        public static readonly DiagnosticDescriptor WrongJsonType = Error("LDS0203", "Wrong JSON type",
            "{0}: row {1} of resource '{2}', field '{3}': expected {4} but found {5}");
        public static readonly DiagnosticDescriptor EnumViolation = Error("LDS0204", "Value not in enum",
            "{0}: row {1} of resource '{2}', field '{3}': '{4}' is not one of the allowed values ({5})");
        public static readonly DiagnosticDescriptor RangeViolation = Error("LDS0205", "Value out of range",
            "{0}: row {1} of resource '{2}', field '{3}': {4} is {5} the {6} {7}");
        public static readonly DiagnosticDescriptor PatternViolation = Error("LDS0206", "Value does not match pattern",
            "{0}: row {1} of resource '{2}', field '{3}': '{4}' does not match the pattern {5}");
        public static readonly DiagnosticDescriptor LengthViolation = Error("LDS0207", "Value has the wrong length",
            "{0}: row {1} of resource '{2}', field '{3}': length {4} is {5} the {6} {7}");
        public static readonly DiagnosticDescriptor InvalidDate = Error("LDS0208", "Invalid date",
            "{0}: row {1} of resource '{2}', field '{3}': '{4}' is not a valid date; write it as YYYY-MM-DD");
        public static readonly DiagnosticDescriptor InvalidYear = Error("LDS0209", "Invalid year",
            "{0}: row {1} of resource '{2}', field '{3}': {4} is not a valid year; write a whole number such as 2015");
        public static readonly DiagnosticDescriptor InvalidInteger = Error("LDS0210", "Invalid integer",
            "{0}: row {1} of resource '{2}', field '{3}': {4} is not an integer in the 64-bit range; if the field holds larger integers, set \"csharp:type\": \"BigInteger\" on it");
        public static readonly DiagnosticDescriptor InexactNumber = Error("LDS0211", "Number cannot be stored exactly",
            "{0}: row {1} of resource '{2}', field '{3}': {4} cannot be stored exactly as a decimal (at most 28 significant digits, magnitude below 7.9e28); store it as a string field or round it in the data");
        public static readonly DiagnosticDescriptor EmptyRequired = Error("LDS0212", "Empty value for a required field",
            "{0}: row {1} of resource '{2}', field '{3}' is required but holds the missing-value marker '{4}'; give a value");
        public static readonly DiagnosticDescriptor DuplicateProperty = Error("LDS0213", "Duplicate property in a JSON object",
            "{0}: {1} has property '{2}' twice; JSON object keys must be unique");

        public static readonly DiagnosticDescriptor WrongCellCount = Error("LDS0214", "Row has the wrong number of cells",
            "{0}: row {1} of resource '{2}' has {3} cells but the header has {4}; write one cell per column (an empty cell for a missing value)");
        public static readonly DiagnosticDescriptor BadHeader = Error("LDS0215", "CSV header does not match the schema",
            "{0}: the header of resource '{1}' {2}");
        public static readonly DiagnosticDescriptor NotOfType = Error("LDS0216", "Value is not of the field's type",
            "{0}: row {1} of resource '{2}', field '{3}': '{4}' is not {5}");

        public static readonly DiagnosticDescriptor FormatViolation = Error("LDS0217", "Value does not match the field's format",
            "{0}: row {1} of resource '{2}', field '{3}': '{4}' is not {5}, as the field's format requires");

        public static readonly DiagnosticDescriptor DuplicateKey = Error("LDS0300", "Duplicate primary key",
            "{0}: row {1} of resource '{2}' repeats primary key {3} of row {4}; primary keys must be unique");
        public static readonly DiagnosticDescriptor NotUnique = Error("LDS0301", "Value not unique",
            "{0}: row {1} of resource '{2}', field '{3}': value '{4}' already appears in row {5}, but the field is unique");
        public static readonly DiagnosticDescriptor UniqueKeyViolation = Error("LDS0303", "Unique key repeated",
            "{0}: row {1} of resource '{2}' repeats the values {3} of unique key ({4}) from row {5}; each combination must appear once");
        public static readonly DiagnosticDescriptor DanglingForeignKey = Error("LDS0302", "Foreign key points to nothing",
            "{0}: row {1} of resource '{2}', field '{3}': '{4}' matches no row of resource '{5}' (field '{6}'); fix the value or add the row");

        private static DiagnosticDescriptor Error(string id, string title, string message) => Create(id, title, message, DiagnosticSeverity.Error);

        private static DiagnosticDescriptor Warning(string id, string title, string message) => Create(id, title, message, DiagnosticSeverity.Warning);

        private static DiagnosticDescriptor Info(string id, string title, string message) => Create(id, title, message, DiagnosticSeverity.Info);

        private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
        {
            var descriptor = new DiagnosticDescriptor(id, title, message, Category, severity, isEnabledByDefault: true,
                helpLinkUri: HelpBase + id.ToLowerInvariant());
            ById[id] = descriptor;
            return descriptor;
        }

        public static DiagnosticDescriptor Get(string id) => ById.TryGetValue(id, out var d) ? d : InternalError;

        /// <summary>The Roslyn diagnostic for a plain-value one, located in its data file.</summary>
        public static Diagnostic ToDiagnostic(DiagnosticInfo info)
        {
            Location location = info.Location is LocationInfo l
                ? Location.Create(l.FilePath, new TextSpan(l.Start, l.Length), new LinePositionSpan(new LinePosition(l.StartLine, l.StartColumn), new LinePosition(l.EndLine, l.EndColumn)))
                : Location.None;
            return Diagnostic.Create(Get(info.Id), location, info.Arguments.Cast<object>().ToArray());
        }

        /// <summary>All descriptors, for the docs test that checks every ID is documented.</summary>
        public static IReadOnlyCollection<DiagnosticDescriptor> All => ById.Values;
    }
}
