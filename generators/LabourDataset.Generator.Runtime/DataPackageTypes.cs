// Run-time support types of DatasetInfo, emitted into the consuming assembly by DatasetInfoEmitter with this namespace
// replaced by the package's and the GeneratedCode version by the generator's. Only code from "namespace" on is emitted.
#nullable enable

namespace LabourDataset.Generator.Runtime
{
    /// <summary>A read-only view of some rows of a table, by row number; used by reverse navigation.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("LabourDataset.Generator", "0.0.0")]
    internal sealed class __DataPackageRowsAt<T> : global::System.Collections.Generic.IReadOnlyList<T>
    {
        private readonly global::System.Collections.Generic.IReadOnlyList<T> _rows;
        private readonly int[] _indices;

        internal __DataPackageRowsAt(global::System.Collections.Generic.IReadOnlyList<T> rows, int[] indices)
        {
            _rows = rows;
            _indices = indices;
        }

        public int Count => _indices.Length;

        public T this[int index] => _rows[_indices[index]];

        public global::System.Collections.Generic.IEnumerator<T> GetEnumerator()
        {
            foreach (int index in _indices) yield return _rows[index];
        }

        global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>A source declared in datapackage.json.</summary>
    /// <param name="Title">Title of the source, if given (the spec makes it optional).</param>
    /// <param name="Path">URL or path of the source, if given.</param>
    /// <param name="Version">Version of the source, if given.</param>
    [global::System.CodeDom.Compiler.GeneratedCode("LabourDataset.Generator", "0.0.0")]
    public sealed record DataPackageSource(string? Title, string? Path, string? Version);

    /// <summary>A licence declared in datapackage.json.</summary>
    /// <param name="Name">SPDX identifier or name of the licence.</param>
    /// <param name="Path">URL of the licence text, if given.</param>
    /// <param name="Title">Human title, if given.</param>
    [global::System.CodeDom.Compiler.GeneratedCode("LabourDataset.Generator", "0.0.0")]
    public sealed record DataPackageLicense(string Name, string? Path, string? Title);

    /// <summary>A field of a table schema.</summary>
    /// <param name="Name">Field name in the data.</param>
    /// <param name="PropertyName">Name of the generated C# property.</param>
    /// <param name="Type">Table Schema type (string, integer, number, boolean, date, year, array).</param>
    /// <param name="Description">Field description, if given.</param>
    /// <param name="Required">Whether every row must have a value.</param>
    /// <param name="ForeignKeyResource">The resource this field refers to, if it is a foreign key.</param>
    [global::System.CodeDom.Compiler.GeneratedCode("LabourDataset.Generator", "0.0.0")]
    public sealed record DataPackageField(string Name, string PropertyName, string Type, string? Description, bool Required, string? ForeignKeyResource);

    /// <summary>A table of the package: schema and rows, for tools that work on any table.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("LabourDataset.Generator", "0.0.0")]
    public sealed class DataPackageTable
    {
        private readonly global::System.Func<global::System.Collections.Generic.IEnumerable<object>> _rows;
        private readonly global::System.Func<object, object?[]> _values;

        internal DataPackageTable(string name, string path, string? title, string? description, string rowTypeName, DataPackageField[] fields, string[] primaryKey, global::System.Func<global::System.Collections.Generic.IEnumerable<object>> rows, global::System.Func<object, object?[]> values)
        {
            Name = name;
            Path = path;
            Title = title;
            Description = description;
            RowTypeName = rowTypeName;
            Fields = new global::System.Collections.ObjectModel.ReadOnlyCollection<DataPackageField>(fields);
            PrimaryKey = new global::System.Collections.ObjectModel.ReadOnlyCollection<string>(primaryKey);
            _rows = rows;
            _values = values;
        }

        /// <summary>Resource name.</summary>
        public string Name { get; }

        /// <summary>Path of the data file, relative to datapackage.json; for a table in several files, their paths in order, joined by ", ".</summary>
        public string Path { get; }

        /// <summary>Resource title, if given.</summary>
        public string? Title { get; }

        /// <summary>Resource description, if given.</summary>
        public string? Description { get; }

        /// <summary>Name of the generated record type.</summary>
        public string RowTypeName { get; }

        /// <summary>Fields in schema order.</summary>
        public global::System.Collections.Generic.IReadOnlyList<DataPackageField> Fields { get; }

        /// <summary>Names of the primary-key fields.</summary>
        public global::System.Collections.Generic.IReadOnlyList<string> PrimaryKey { get; }

        /// <summary>The typed rows (records), in file order.</summary>
        public global::System.Collections.Generic.IEnumerable<object> Rows => _rows();

        /// <summary>The values of a row of this table, in the order of <see cref="Fields"/>.</summary>
        public global::System.Collections.Generic.IReadOnlyList<object?> GetValues(object row) => _values(row);
    }
}
