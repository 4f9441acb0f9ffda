using System;

namespace LabourDataset.Generator.Model
{
    /// <summary>Where a token sits in a file: enough to build a Roslyn Location later, without holding one.</summary>
    internal readonly record struct LocationInfo(string FilePath, int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn);

    /// <summary>Field types of Table Schema the generator compiles.</summary>
    internal enum FieldType
    {
        String,
        Integer,
        Number,
        Boolean,
        Date,
        Year,
        /// <summary>array or list: IReadOnlyList of the item type (FieldSpec.ItemType, string unless itemType/arrayItem says otherwise).</summary>
        StringArray,
        /// <summary>datetime: DateTimeOffset (a value without an offset is UTC, the spec's default form ends in Z).</summary>
        DateTime,
        /// <summary>time: TimeOnly (TimeSpan where TimeOnly does not exist).</summary>
        Time,
        /// <summary>yearmonth: the generated DataPackageYearMonth.</summary>
        YearMonth,
        /// <summary>geopoint: the generated DataPackageGeoPoint (longitude, latitude).</summary>
        GeoPoint,
        /// <summary>duration: the ISO 8601 text, checked (months and years have no fixed length, so no TimeSpan).</summary>
        Duration,
        /// <summary>object: the JSON object's text as written, checked to be an object.</summary>
        Json,
        /// <summary>geojson: the JSON object's text as written, checked to be an object with a "type".</summary>
        GeoJson,
        /// <summary>any: the value as written (a JSON value's text, or a CSV cell).</summary>
        Any,
    }

    internal static class FieldTypes
    {
        /// <summary>Types held as a C# string: compared ordinally, null-checked like strings.</summary>
        public static bool IsText(FieldType type) => type == FieldType.String || type == FieldType.Duration || type == FieldType.Json || type == FieldType.GeoJson || type == FieldType.Any;

        /// <summary>Types whose C# form is a reference type (no Nullable&lt;T&gt;, no .Value).</summary>
        public static bool IsReference(FieldType type) => IsText(type) || type == FieldType.StringArray || type == FieldType.YearMonth || type == FieldType.GeoPoint;
    }

    /// <summary>Constraints checked on every cell; nulls mean "not set".</summary>
    internal sealed record ConstraintsSpec(
        bool Required,
        bool Unique,
        EquatableArray<string> Enum,
        string? Minimum,
        string? Maximum,
        int? MinLength,
        int? MaxLength,
        string? Pattern,
        string? ExclusiveMinimum = null,
        string? ExclusiveMaximum = null)
    {
        public static readonly ConstraintsSpec None = new ConstraintsSpec(false, false, EquatableArray<string>.Empty, null, null, null, null, null);
    }

    /// <summary>How a number written as text is punctuated (Table Schema decimalChar, groupChar, bareNumber).</summary>
    internal sealed record NumberFormat(string DecimalChar, string? GroupChar, bool BareNumber);

    /// <summary>String formats of Table Schema that are checked on every value.</summary>
    internal enum StringFormat
    {
        Default,
        Email,
        Uri,
        Uuid,
        Binary,
    }

    /// <param name="FallbackFrom">
    /// The declared type when the generator does not support it and the project opted in to reading it as text
    /// (LabourDatasetUnsupportedTypes=string): the field is then a string holding each value as written.
    /// </param>
    internal sealed record FieldSpec(
        string Name,
        string PropertyName,
        FieldType Type,
        string? Description,
        ConstraintsSpec Constraints,
        EquatableArray<string> MissingValues,
        string? FallbackFrom = null,
        EquatableArray<string> TrueValues = default,
        EquatableArray<string> FalseValues = default,
        StringFormat Format = StringFormat.Default,
        NumberFormat? NumberFormat = null,
        string? DatePattern = null,
        string? ListDelimiter = null,
        EnumSpec? Enum = null,
        FieldType ItemType = FieldType.String,
        bool BigInteger = false,
        ConstraintsSpec? ItemConstraints = null,
        FieldType? ItemJson = null)
    {
        /// <summary>Table Schema's defaults for booleans written as text.</summary>
        public static readonly EquatableArray<string> DefaultTrueValues = new EquatableArray<string>(new[] { "true", "True", "TRUE", "1" });

        public static readonly EquatableArray<string> DefaultFalseValues = new EquatableArray<string>(new[] { "false", "False", "FALSE", "0" });

        /// <summary>Primary-key fields are implicitly required (Table Schema).</summary>
        public bool IsNullable => !Constraints.Required;
    }

    /// <summary>One value of a generated C# enum: the text in the data, the member name, and the v2 category label if any.</summary>
    internal sealed record EnumMemberSpec(string Value, string MemberName, string? Label);

    /// <summary>
    /// A string field whose values are closed (constraints.enum, or v2 categories) compiles to a C# enum of this name;
    /// the member values follow the declared order, so comparisons follow it too (v2 categoriesOrdered).
    /// </summary>
    internal sealed record EnumSpec(string TypeName, EquatableArray<EnumMemberSpec> Members, bool Ordered, string FieldName, string ResourceName)
    {
        /// <summary>
        /// The position (and so the numeric value) of the member whose data text is <paramref name="value"/>. Only values
        /// the enum check accepted reach here; anything else has already failed the build (LDS0204), so 0 is a safe default.
        /// </summary>
        public int IndexOf(string value)
        {
            for (int i = 0; i < Members.Count; i++) if (Members[i].Value == value) return i;
            return 0;
        }
    }

    /// <summary>
    /// A foreign key, resolved to C# names on both sides. It carries the target's generated names so the record that
    /// holds it can be emitted from its own table alone. A composite key also lists its fields in the order of the
    /// target's primary key (<see cref="KeyOrderFields"/>, the order of the target's Get parameters); FieldName and
    /// TargetField are then its first pair.
    /// </summary>
    internal sealed record ForeignKeySpec(
        string FieldName,
        string TargetResource,
        string TargetField,
        string TargetTypeName,
        string TargetCollectionName,
        string NavigationName,
        string ReverseName,
        string LookupMethodName,
        bool IsList = false,
        EquatableArray<string> KeyOrderFields = default,
        EquatableArray<string> KeyOrderTargetFields = default)
    {
        public bool IsComposite => KeyOrderFields.Count > 1;

        /// <summary>The referencing fields, one or several, in the target's key order.</summary>
        public EquatableArray<string> Fields => IsComposite ? KeyOrderFields : new EquatableArray<string>(new[] { FieldName });

        /// <summary>"countryCode", or "countryCode, year" for a composite key: how messages and docs name the key.</summary>
        public string FieldsText => string.Join(", ", Fields);

        public string TargetFieldsText => IsComposite ? string.Join(", ", KeyOrderTargetFields) : TargetField;
    }

    /// <summary>
    /// A reverse navigation on a referenced record: the rows of another table whose foreign key points at it. Filled in
    /// when names are assigned, so the referenced record is emitted without looking at the other table.
    /// </summary>
    internal sealed record ReverseLinkSpec(
        string PropertyName,
        string ChildResource,
        string ChildFieldName,
        string ChildTypeName,
        string ChildCollectionName,
        string LookupMethodName);

    /// <summary>The physical format of a resource's data file.</summary>
    internal enum ResourceFormat
    {
        Json,
        Csv,
    }

    /// <summary>
    /// A Frictionless CSV dialect (Table Dialect in v2): how the CSV file is written. Line terminators \r\n, \n and \r are
    /// all read, whatever lineTerminator says, as the spec asks of readers.
    /// </summary>
    /// <param name="HeaderRows">v2: the 1-based record numbers of the header, consecutive; several are joined per column with HeaderJoin. Records before the first are skipped.</param>
    /// <param name="CommentRows">v2: 1-based record numbers skipped as comments.</param>
    internal sealed record CsvDialect(char Delimiter, char? QuoteChar, bool DoubleQuote, char? EscapeChar, bool Header, bool SkipInitialSpace, char? CommentChar, string? NullSequence, bool CaseSensitiveHeader,
        int FirstHeaderRow = 1, int HeaderRowCount = 1, string HeaderJoin = " ", EquatableArray<int> CommentRows = default)
    {
        public static readonly CsvDialect Default = new CsvDialect(',', '"', true, null, true, false, null, null, false);
    }

    /// <summary>What a JSON table's rows must be (v2 Table Dialect itemType); Any accepts objects and, after a header row, arrays.</summary>
    internal enum JsonItemType
    {
        Any,
        Array,
        Object,
    }

    /// <summary>
    /// The v2 Table Dialect of a JSON table ("structured" formats): whether array rows start with a header row, the
    /// top-level property that holds the rows, what the rows are, and which keys of object rows are read.
    /// </summary>
    internal sealed record JsonDialect(bool Header, string? Property, JsonItemType ItemType, EquatableArray<string> ItemKeys)
    {
        public static readonly JsonDialect Default = new JsonDialect(true, null, JsonItemType.Any, EquatableArray<string>.Empty);
    }

    /// <summary>How a collection's rows are emitted: object creations per row, or a compact UTF-8 blob decoded on first use.</summary>
    internal enum RowStorage
    {
        Automatic,
        Inline,
        Compact,
    }

    /// <summary>The schema of one resource, with every generated name decided and both directions of every link.</summary>
    internal sealed record TableSpec(
        string Name,
        string Path,
        string ResolvedPath,
        string? Title,
        string? Description,
        string TypeName,
        string CollectionName,
        EquatableArray<FieldSpec> Fields,
        EquatableArray<string> PrimaryKey,
        EquatableArray<ForeignKeySpec> ForeignKeys,
        EquatableArray<ReverseLinkSpec> ReverseLinks,
        RowStorage Storage = RowStorage.Automatic,
        ResourceFormat Format = ResourceFormat.Json,
        CsvDialect? Dialect = null,
        EquatableArray<UniqueKeySpec> UniqueKeys = default,
        InlineSpan? InlineData = null,
        EquatableArray<string> Parts = default,
        JsonDialect? JsonDialect = null)
    {
        /// <summary>True when the rows are written inside datapackage.json ("data") rather than in a file.</summary>
        public bool IsInline => InlineData is not null;

        /// <summary>True when "path" is an array: the rows are the files in <see cref="Parts"/>, read in order.</summary>
        public bool IsMultipart => Parts.Count > 0;

        /// <summary>Position of a field in the schema (the order of cells in a row), or -1.</summary>
        public int FieldIndex(string fieldName)
        {
            for (int i = 0; i < Fields.Count; i++) if (Fields[i].Name == fieldName) return i;
            return -1;
        }

        public FieldSpec Field(string fieldName) => Fields[FieldIndex(fieldName)];

        /// <summary>The table without field descriptions: what the rows and the collection depend on.</summary>
        public TableSpec WithoutFieldDocs()
        {
            var fields = new FieldSpec[Fields.Count];
            for (int i = 0; i < fields.Length; i++) fields[i] = Fields[i] with { Description = null };
            return this with { Fields = new EquatableArray<FieldSpec>(fields) };
        }
    }

    /// <summary>Where a resource's inline "data" array sits in datapackage.json.</summary>
    internal sealed record InlineSpan(int Start, int Length);

    /// <summary>A v2 uniqueKeys entry: the combination of these fields is unique across rows (rows with a null in it are not compared).</summary>
    internal sealed record UniqueKeySpec(EquatableArray<string> Fields);

    internal sealed record PackageSource(string? Title, string? Path, string? Version);

    internal sealed record PackageLicense(string Name, string? Path, string? Title);

    /// <summary>Package-level facts that DatasetInfo exposes, and every table. Name and version are optional in the spec.</summary>
    internal sealed record PackageSpec(
        string Namespace,
        string? Name,
        string? Version,
        string? Title,
        string? Description,
        EquatableArray<PackageSource> Sources,
        EquatableArray<PackageLicense> Licenses,
        EquatableArray<TableSpec> Tables);

    /// <summary>Turns a row number and its key into the label diagnostics use: "#3 (id 'UZB-C029')".</summary>
    internal static class RowLabels
    {
        public static string Label(int rowIndex, string? keyField, string? key)
            => "#" + (rowIndex + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + (key is null ? string.Empty : " (" + keyField + " '" + key + "')");
    }

    /// <summary>Path helpers shared by every stage: AdditionalFiles paths are compared with '/' separators.</summary>
    internal static class FilePaths
    {
        public static string FileName(string path)
        {
            int slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
            return slash >= 0 ? path.Substring(slash + 1) : path;
        }

        public static string Normalize(string path) => path.Replace('\\', '/');

        /// <summary>The folder of a file, with its trailing '/', or empty.</summary>
        public static string Directory(string path)
        {
            string normalized = Normalize(path);
            int slash = normalized.LastIndexOf('/');
            return slash >= 0 ? normalized.Substring(0, slash + 1) : string.Empty;
        }

        /// <summary>The extension without its dot, lower-case ("csv"), or empty.</summary>
        public static string Extension(string path)
        {
            string name = FileName(path);
            int dot = name.LastIndexOf('.');
            return dot > 0 ? name.Substring(dot + 1).ToLowerInvariant() : string.Empty;
        }

        public static bool IsDescriptor(string path) => FileName(path).Equals("datapackage.json", StringComparison.OrdinalIgnoreCase);
    }
}
