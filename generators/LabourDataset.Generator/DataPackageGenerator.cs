using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using LabourDataset.Generator.Descriptor;
using LabourDataset.Generator.Diagnostics;
using LabourDataset.Generator.Emit;
using LabourDataset.Generator.Model;
using LabourDataset.Generator.Naming;
using LabourDataset.Generator.Rows;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace LabourDataset.Generator
{
    /// <summary>
    /// Compiles the data package given as AdditionalFiles (datapackage.json plus one JSON file per resource) into typed
    /// records and collections. Wiring only — descriptor → specs (Descriptor, Naming) → rows (Rows) → outputs (Emit):
    /// each data file has its own parse step, each output its own self-contained input, and diagnostics are a separate
    /// output so they never force code to be re-emitted.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class DataPackageGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            IncrementalValuesProvider<AdditionalText> texts = context.AdditionalTextsProvider;

            IncrementalValueProvider<EmitOptions> options = context.CompilationProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select((pair, _) => Guard(() => CompilationOptions.Read(pair.Left, pair.Right), new EmitOptions("Generated", true, true)))
                .WithTrackingName(TrackingNames.Options);

            IncrementalValueProvider<ImmutableArray<DataFile>> descriptors = texts
                .Where(t => FilePaths.IsDescriptor(t.Path))
                .Select((t, ct) => new DataFile(FilePaths.Normalize(t.Path), t.GetText(ct)?.ToString() ?? string.Empty))
                .WithTrackingName(TrackingNames.DescriptorFile)
                .Collect();

            IncrementalValueProvider<EquatableArray<string>> filePaths = texts
                .Select((t, _) => FilePaths.Normalize(t.Path))
                .Collect()
                .Select((paths, _) => paths.OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray())
                .WithTrackingName(TrackingNames.FilePaths);

            // Schema and dialect files the descriptor names by path: only these AdditionalFiles are read with it.
            IncrementalValueProvider<EquatableArray<string>> externalPaths = descriptors
                .Select((d, _) => d.Length == 1 ? Guard(() => ExternalReferences.Find(d[0]), EquatableArray<string>.Empty) : EquatableArray<string>.Empty)
                .WithTrackingName(TrackingNames.ExternalPaths);

            IncrementalValueProvider<ImmutableArray<DataFile>> externalFiles = FilesNamedIn(texts, externalPaths)
                .Collect();

            // Descriptor and naming stages: datapackage.json -> PackageSpec, with every C# name decided.
            IncrementalValueProvider<PackageParseResult> packageResult = descriptors
                .Combine(filePaths)
                .Combine(options.Select((o, _) => o.ForDescriptor))
                .Combine(externalFiles)
                .Select((input, _) => Guard(() => ParseDescriptor(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right, input.Right), descriptorPath: input.Left.Left.Left.FirstOrDefault()?.Path))
                .WithTrackingName(TrackingNames.Package);

            IncrementalValueProvider<PackageSpec?> package = packageResult
                .Select((r, _) => r.Package)
                .WithTrackingName(TrackingNames.PackageSpec);

            IncrementalValueProvider<string> descriptorHash = descriptors
                .Select((d, _) => d.Length == 1 ? ContentHash.OfFile(d[0].Text) : string.Empty);

            IncrementalValueProvider<string> ns = package
                .Select((p, _) => p?.Namespace ?? string.Empty);

            // Schemas without any documentation, so editing a description in datapackage.json re-parses no rows.
            IncrementalValueProvider<EquatableArray<TableSpec>> schemas = package
                .Select((p, _) => p is null ? EquatableArray<TableSpec>.Empty : p.Tables.Select(t => t.WithoutFieldDocs() with { Title = null, Description = null }).ToEquatableArray())
                .WithTrackingName(TrackingNames.Schemas);

            // What a collection shows: the table's own description, but no field descriptions (those belong to the record).
            IncrementalValueProvider<EquatableArray<TableSpec>> collectionSchemas = package
                .Select((p, _) => p is null ? EquatableArray<TableSpec>.Empty : p.Tables.Select(t => t.WithoutFieldDocs()).ToEquatableArray())
                .WithTrackingName(TrackingNames.CollectionSchemas);

            // Rows stage: one parse per data file the descriptor names (JSON or CSV), whatever its extension.
            IncrementalValueProvider<EquatableArray<string>> resourcePaths = schemas
                .Select((tables, _) => tables.Where(t => !t.IsMultipart).Select(t => t.ResolvedPath).Distinct().OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray())
                .WithTrackingName(TrackingNames.ResourcePaths);

            // Tables in several files ("path" arrays) are read whole, all their files in order, so keys are checked across files.
            IncrementalValueProvider<EquatableArray<string>> partPaths = schemas
                .Select((tables, _) => tables.Where(t => t.IsMultipart).SelectMany(t => t.Parts).Distinct().OrderBy(p => p, StringComparer.Ordinal).ToEquatableArray())
                .WithTrackingName(TrackingNames.PartPaths);

            // An inline table's "path" is the descriptor itself, so datapackage.json is a data file when it holds rows.
            IncrementalValuesProvider<DataFile> dataFiles = FilesNamedIn(texts, resourcePaths)
                .WithTrackingName(TrackingNames.DataFile);

            // Several resources may read one file (each with its own schema), so a file yields one result per resource.
            IncrementalValuesProvider<TableParseResult> singleFileTables = dataFiles
                .Combine(schemas)
                .SelectMany((pair, ct) => pair.Right
                    .Where(t => !t.IsMultipart && t.ResolvedPath == pair.Left.Path)
                    .Select(t => Guard(() => ParseTable(pair.Left, t, ct), pair.Left.Path, t.Name))
                    .ToImmutableArray())
                .WithTrackingName(TrackingNames.Table);

            IncrementalValuesProvider<TableParseResult> multipartTables = FilesNamedIn(texts, partPaths)
                .Collect()
                .Combine(schemas)
                .SelectMany((pair, ct) => pair.Right
                    .Where(t => t.IsMultipart)
                    .Select(t => PartsOf(t, pair.Left) is DataFile[] parts ? Guard(() => ParseParts(parts, t, ct), t.ResolvedPath, t.Name) : null)
                    .Where(r => r is not null)
                    .Select(r => r!)
                    .ToImmutableArray())
                .WithTrackingName(TrackingNames.MultipartTable);

            // One stream of tables for every later stage. Only the lists are collected: an unchanged table still
            // compares equal, so its collection is not re-emitted.
            IncrementalValuesProvider<TableParseResult> tables = singleFileTables
                .Collect()
                .Combine(multipartTables.Collect())
                .SelectMany((pair, _) => pair.Left.AddRange(pair.Right))
                .WithTrackingName(TrackingNames.AllTables);

            IncrementalValueProvider<ImmutableArray<TableKeys>> allKeys = tables
                .Select((t, _) => t.Keys)
                .Collect()
                .WithTrackingName(TrackingNames.Keys);

            IncrementalValuesProvider<EquatableArray<DiagnosticInfo>> foreignKeyDiagnostics = tables
                .Select((t, _) => t.ForeignKeyValues)
                .Combine(allKeys)
                .Select((pair, _) => Guard(() => ForeignKeyValidator.Validate(pair.Left, pair.Right), EquatableArray<DiagnosticInfo>.Empty))
                .WithTrackingName(TrackingNames.ForeignKeys);

            // Emit inputs: each holds only what its output needs.
            IncrementalValuesProvider<RecordInput> records = package
                .Combine(options)
                .SelectMany((pair, _) => pair.Left is null
                    ? ImmutableArray<RecordInput>.Empty
                    : pair.Left.Tables.Select(t => new RecordInput(t, pair.Left.Namespace, pair.Right)).ToImmutableArray())
                .WithTrackingName(TrackingNames.Records);

            IncrementalValuesProvider<CollectionInput> collections = tables
                .Select((t, _) => t.Data)
                .Combine(collectionSchemas.Combine(ns).Combine(options))
                .Select((pair, _) => MakeCollectionInput(pair.Left, pair.Right.Left.Left, pair.Right.Left.Right, pair.Right.Right))
                .Where(c => c is not null)
                .Select((c, _) => c!)
                .WithTrackingName(TrackingNames.Collections);

            // A resource whose file is missing or unreadable still gets an (empty) collection so other code compiles.
            IncrementalValuesProvider<CollectionInput> emptyCollections = collectionSchemas
                .Combine(ns.Combine(options))
                .Combine(tables.Select((t, _) => t.Data.ResourceName).Collect())
                .SelectMany((input, _) => input.Left.Left
                    .Where(t => !input.Right.Contains(t.Name))
                    .Select(t => new CollectionInput(TableData.Empty(t.Name), t, input.Left.Right.Left, input.Left.Right.Right))
                    .ToImmutableArray());

            IncrementalValueProvider<DatasetInfoInput?> datasetInfo = package
                .Combine(descriptorHash)
                .Combine(tables.Select((t, _) => new FileHash(t.Data.ResourceName, t.Data.ContentHash)).Collect())
                .Combine(options)
                .Select((input, _) => input.Left.Left.Left is null
                    ? null
                    : new DatasetInfoInput(input.Left.Left.Left, input.Left.Left.Right, input.Left.Right.OrderBy(h => h.ResourceName, StringComparer.Ordinal).ToEquatableArray(), input.Right))
                .WithTrackingName(TrackingNames.DatasetInfo);

            // Value types for yearmonth and geopoint only when some field uses them, so other packages' APIs stay as they are.
            IncrementalValueProvider<bool> needsValueTypes = schemas
                .Select((tables, _) => tables.Any(t => t.Fields.Any(f => f.Type == FieldType.YearMonth || f.Type == FieldType.GeoPoint)));

            IncrementalValueProvider<RuntimeInput?> runtime = ns
                .Combine(options)
                .Combine(needsValueTypes)
                .Select((input, _) => input.Left.Left.Length == 0 || input.Left.Right.CSharpTooOld ? null
                    : new RuntimeInput(input.Left.Left, input.Left.Right.HasUtf8Literals, input.Left.Right.NeedsIsExternalInit, input.Left.Right.NeedsNotNullWhen, input.Right))
                .WithTrackingName(TrackingNames.Runtime);

            context.RegisterSourceOutput(runtime, (spc, input) =>
            {
                if (input is null) return;
                AddSource(spc, "DataPackageTypes.g.cs", () => RuntimeSources.Types(input.Namespace), "the data-package metadata types");
                if (input.NeedsValueTypes) AddSource(spc, "DataPackageValues.g.cs", () => RuntimeSources.Values(input.Namespace), "the yearmonth and geopoint types");
                if (input.NeedsIsExternalInit || input.NeedsNotNullWhen) AddSource(spc, "DataPackagePolyfills.g.cs", () => RuntimeSources.Polyfills(input.NeedsIsExternalInit, input.NeedsNotNullWhen), "the polyfills");
                if (input.HasUtf8Literals) AddSource(spc, "DataPackageBlob.g.cs", () => RuntimeSources.Blob(input.Namespace), "the row decoder");
            });
            context.RegisterSourceOutput(records, (spc, input) =>
            {
                if (input.Options.CSharpTooOld) return;
                AddSource(spc, input.Table.TypeName + ".g.cs", () => RecordEmitter.Emit(input), input.Table.Name);
                foreach (FieldSpec field in input.Table.Fields)
                {
                    if (field.Enum is EnumSpec typed) AddSource(spc, typed.TypeName + ".g.cs", () => EnumEmitter.Emit(typed, input.Namespace, input.Options), input.Table.Name + "." + field.Name);
                }
            });
            context.RegisterSourceOutput(collections, EmitCollection);
            context.RegisterSourceOutput(emptyCollections, EmitCollection);
            context.RegisterSourceOutput(datasetInfo, (spc, input) =>
            {
                if (input is not null && !input.Options.CSharpTooOld) AddSource(spc, "DatasetInfo.g.cs", () => DatasetInfoEmitter.Emit(input), "datapackage.json");
            });

            context.RegisterSourceOutput(context.AnalyzerConfigOptionsProvider.Select((config, _) => Guard(() => CompilationOptions.Problems(config), EquatableArray<DiagnosticInfo>.Empty)), ReportAll);
            // Generated code needs C# 9 (records, init): an older version gets one error that says so, and no code.
            context.RegisterSourceOutput(options.Combine(descriptors), (spc, pair) =>
            {
                if (pair.Left.CSharpTooOld && pair.Right.Length > 0) spc.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.CSharpTooOld, Location.None));
            });
            context.RegisterSourceOutput(packageResult.Select((r, _) => r.Diagnostics), ReportAll);
            context.RegisterSourceOutput(tables.Select((t, _) => t.Diagnostics), ReportAll);
            context.RegisterSourceOutput(foreignKeyDiagnostics, ReportAll);
            context.RegisterSourceOutput(descriptors.Combine(filePaths).Select((pair, _) => PackageFileDiagnostics(pair.Left, pair.Right)), ReportAll);
        }

        /// <summary>The AdditionalFiles whose (normalised) paths are in <paramref name="paths"/>, each read once.</summary>
        private static IncrementalValuesProvider<DataFile> FilesNamedIn(IncrementalValuesProvider<AdditionalText> texts, IncrementalValueProvider<EquatableArray<string>> paths)
            => texts
                .Combine(paths)
                .Where(pair => pair.Right.Contains(FilePaths.Normalize(pair.Left.Path)))
                .Select((pair, ct) => new DataFile(FilePaths.Normalize(pair.Left.Path), pair.Left.GetText(ct)?.ToString() ?? string.Empty));

        private static PackageParseResult ParseDescriptor(ImmutableArray<DataFile> descriptors, EquatableArray<string> paths, DescriptorOptions options, ImmutableArray<DataFile> externalFiles)
        {
            if (descriptors.Length != 1) return new PackageParseResult(null, EquatableArray<DiagnosticInfo>.Empty);
            var diagnostics = new FileDiagnostics(descriptors[0].Path, descriptors[0].Text);
            var external = new System.Collections.Generic.List<FileDiagnostics>();
            DeclaredPackage? declared = PackageReader.Read(descriptors[0], paths, options.UnsupportedTypesAsString, externalFiles, diagnostics, external);
            PackageSpec? spec = declared is null ? null : NameAssigner.Assign(declared, options.DefaultNamespace, diagnostics);
            return new PackageParseResult(spec, diagnostics.ToEquatableArray().Concat(external.SelectMany(e => e.ToEquatableArray())).ToEquatableArray());
        }

        private static EquatableArray<DiagnosticInfo> PackageFileDiagnostics(ImmutableArray<DataFile> descriptors, EquatableArray<string> paths)
        {
            if (descriptors.Length == 0)
            {
                // Only worth a warning when the project gave us JSON files but no descriptor.
                return paths.Any(p => p.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
                    ? new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.Create(DiagnosticDescriptors.NoPackage.Id, null) })
                    : EquatableArray<DiagnosticInfo>.Empty;
            }
            if (descriptors.Length > 1)
            {
                // Located at the start of the second descriptor (ordinal order), the one to move to a project of its own.
                var ordered = descriptors.Select(d => d.Path).OrderBy(p => p, StringComparer.Ordinal).ToList();
                var at = new LocationInfo(ordered[1], 0, 0, 0, 0, 0, 0);
                return new EquatableArray<DiagnosticInfo>(new[] { DiagnosticInfo.Create(DiagnosticDescriptors.SeveralPackages.Id, at, ordered[0], ordered[1]) });
            }
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        private static TableParseResult ParseTable(DataFile file, TableSpec table, System.Threading.CancellationToken cancellation)
            => table.IsInline ? TableParser.ParseInline(file, table, cancellation)
                : table.Format == ResourceFormat.Csv ? CsvTableParser.Parse(file, table, cancellation)
                : TableParser.Parse(file, table, cancellation);

        /// <summary>The files of a multi-file table in declared order, or null while one is not among the AdditionalFiles (already reported).</summary>
        private static DataFile[]? PartsOf(TableSpec table, ImmutableArray<DataFile> files)
        {
            var parts = new DataFile[table.Parts.Count];
            for (int i = 0; i < parts.Length; i++)
            {
                DataFile? file = files.FirstOrDefault(f => f.Path == table.Parts[i]);
                if (file is null) return null;
                parts[i] = file;
            }
            return parts;
        }

        private static TableParseResult ParseParts(DataFile[] parts, TableSpec table, System.Threading.CancellationToken cancellation)
            => table.Format == ResourceFormat.Csv ? CsvTableParser.ParseParts(parts, table, cancellation) : TableParser.ParseParts(parts, table, cancellation);

        private static CollectionInput? MakeCollectionInput(TableData data, EquatableArray<TableSpec> tables, string ns, EmitOptions options)
        {
            TableSpec? table = tables.FirstOrDefault(t => t.Name == data.ResourceName);
            return table is null ? null : new CollectionInput(data, table, ns, options);
        }

        private static void EmitCollection(SourceProductionContext context, CollectionInput input)
        {
            if (input.Options.CSharpTooOld) return;
            RowProperties rowProperties = RowPropertyNames.Choose(input.Table, input.Data.Rows, input.Options.RowPropertyLimit);
            if (rowProperties.OverLimit && rowProperties.Limit > 0)
            {
                // Located at the start of the table's data file: the rows there are what went past the limit.
                var at = new LocationInfo(input.Table.ResolvedPath, 0, 0, 0, 0, 0, 0);
                context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(DiagnosticInfo.Create(DiagnosticDescriptors.TooManyRowProperties.Id, at,
                    FilePaths.FileName(input.Table.ResolvedPath), input.Table.Name, rowProperties.Candidates.ToString(CultureInfo.InvariantCulture),
                    rowProperties.Limit.ToString(CultureInfo.InvariantCulture), input.Table.CollectionName)));
            }
            AddSource(context, input.Table.CollectionName + ".g.cs", () => CollectionEmitter.Emit(input, rowProperties, context.CancellationToken), input.Table.Path);
        }

        private static void AddSource(SourceProductionContext context, string hintName, Func<string> emit, string what)
        {
            string text;
            try
            {
                text = emit();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InternalError, Location.None, what, ex.GetType().Name + ": " + ex.Message));
                return;
            }
            context.AddSource(hintName, SourceText.From(text, System.Text.Encoding.UTF8));
        }

        private static void ReportAll(SourceProductionContext context, EquatableArray<DiagnosticInfo> diagnostics)
        {
            foreach (DiagnosticInfo info in diagnostics)
            {
                context.ReportDiagnostic(DiagnosticDescriptors.ToDiagnostic(info));
            }
        }

        private static T Guard<T>(Func<T> work, T fallback)
        {
            try
            {
                return work();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return fallback;
            }
        }

        private static TableParseResult Guard(Func<TableParseResult> work, string path, string resourceName)
        {
            try
            {
                return work();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Last resort: the file is reported, its table stays empty, and the build still shows why.
                var info = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError.Id, null, path, ex.GetType().Name + ": " + ex.Message);
                return new TableParseResult(TableData.Empty(resourceName), new TableKeys(resourceName, EquatableArray<string>.Empty),
                    EquatableArray<ForeignKeyValue>.Empty, new EquatableArray<DiagnosticInfo>(new[] { info }));
            }
        }

        private static PackageParseResult Guard(Func<PackageParseResult> work, string? descriptorPath)
        {
            try
            {
                return work();
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                var info = DiagnosticInfo.Create(DiagnosticDescriptors.InternalError.Id, null, descriptorPath ?? "datapackage.json", ex.GetType().Name + ": " + ex.Message);
                return new PackageParseResult(null, new EquatableArray<DiagnosticInfo>(new[] { info }));
            }
        }
    }

    /// <summary>Step names that tests use to check what re-ran after an edit.</summary>
    internal static class TrackingNames
    {
        public const string Options = nameof(Options);
        public const string DescriptorFile = nameof(DescriptorFile);
        public const string FilePaths = nameof(FilePaths);
        public const string Package = nameof(Package);
        public const string PackageSpec = nameof(PackageSpec);
        public const string Schemas = nameof(Schemas);
        public const string CollectionSchemas = nameof(CollectionSchemas);
        public const string ResourcePaths = nameof(ResourcePaths);
        public const string ExternalPaths = nameof(ExternalPaths);
        public const string DataFile = nameof(DataFile);
        public const string Table = nameof(Table);
        public const string PartPaths = nameof(PartPaths);
        public const string MultipartTable = nameof(MultipartTable);
        public const string AllTables = nameof(AllTables);
        public const string Keys = nameof(Keys);
        public const string ForeignKeys = nameof(ForeignKeys);
        public const string Records = nameof(Records);
        public const string Collections = nameof(Collections);
        public const string DatasetInfo = nameof(DatasetInfo);
        public const string Runtime = nameof(Runtime);
    }
}
