// Run-time support for compact tables, emitted into the consuming assembly by CompactRowsEmitter with this namespace
// replaced by the package's and the GeneratedCode version by the generator's. Only code from "namespace" on is emitted.
#nullable enable

namespace LabourDataset.Generator.Runtime
{
    /// <summary>Index over one compact row blob: where each string and each row starts. Strings are decoded once, on first use.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("LabourDataset.Generator", "0.0.0")]
    internal sealed class __DataPackageBlob
    {
        private readonly int[] _stringStart;
        private readonly int[] _stringLength;
        private readonly string?[] _strings;
        private readonly int[] _rowStart;

        private __DataPackageBlob(int[] stringStart, int[] stringLength, int[] rowStart)
        {
            _stringStart = stringStart;
            _stringLength = stringLength;
            _strings = new string?[stringStart.Length];
            _rowStart = rowStart;
        }

        internal static __DataPackageBlob Open(global::System.ReadOnlySpan<byte> data, int rowCount)
        {
            int pos = 0;
            int count = Number(data, ref pos, (byte)'\n');
            var start = new int[count];
            var length = new int[count];
            for (int i = 0; i < count; i++)
            {
                length[i] = Number(data, ref pos, (byte)':');
                start[i] = pos;
                pos += length[i];
            }
            var rows = new int[rowCount];
            for (int r = 0; r < rowCount; r++)
            {
                rows[r] = pos;
                pos += global::System.MemoryExtensions.IndexOf(data.Slice(pos), (byte)'\n') + 1;
            }
            return new __DataPackageBlob(start, length, rows);
        }

        internal int RowStart(int row) => _rowStart[row];

        internal string String(global::System.ReadOnlySpan<byte> data, int index)
        {
            string? value = global::System.Threading.Volatile.Read(ref _strings[index]);
            if (value is null)
            {
                value = global::System.Text.Encoding.UTF8.GetString(data.Slice(_stringStart[index], _stringLength[index]));
                // One shared instance per distinct string, whichever thread decoded it first.
                value = global::System.Threading.Interlocked.CompareExchange(ref _strings[index], value, null) ?? value;
            }
            return value;
        }

        /// <summary>The text of one scalar cell of a row, or null; used to index keys without building records.</summary>
        internal string? Text(global::System.ReadOnlySpan<byte> data, int row, int field)
        {
            int pos = _rowStart[row];
            for (int f = 0; f < field; f++)
            {
                byte b;
                while ((b = data[pos++]) != (byte)',' && b != (byte)'\n') { }
            }
            int index = Cell(data, ref pos);
            return index < 0 ? null : String(data, index);
        }

        /// <summary>Reads one scalar cell: its string index, or -1 for null; skips the ',' or '\n' after it.</summary>
        internal static int Cell(global::System.ReadOnlySpan<byte> data, ref int pos)
        {
            byte b = data[pos];
            if (b == (byte)',' || b == (byte)'\n')
            {
                pos++;
                return -1;
            }
            int value = 0;
            while ((b = data[pos]) != (byte)',' && b != (byte)'\n') { value = (value * 10) + (b - (byte)'0'); pos++; }
            pos++;
            return value;
        }

        /// <summary>Reads one array cell ("[i.j]"), or null for an empty cell.</summary>
        internal string[]? Array(global::System.ReadOnlySpan<byte> data, ref int pos)
        {
            byte b = data[pos];
            if (b == (byte)',' || b == (byte)'\n')
            {
                pos++;
                return null;
            }
            pos++;
            var items = new global::System.Collections.Generic.List<string>();
            while (data[pos] != (byte)']')
            {
                int value = 0;
                while ((b = data[pos]) != (byte)'.' && b != (byte)']') { value = (value * 10) + (b - (byte)'0'); pos++; }
                items.Add(String(data, value));
                if (b == (byte)'.') pos++;
            }
            pos += 2;
            return items.Count == 0 ? global::System.Array.Empty<string>() : items.ToArray();
        }

        private static int Number(global::System.ReadOnlySpan<byte> data, ref int pos, byte terminator)
        {
            int value = 0;
            byte b;
            while ((b = data[pos++]) != terminator) value = (value * 10) + (b - (byte)'0');
            return value;
        }
    }

    /// <summary>Rows of a compact table: each record is decoded on first access and then kept; safe across threads.</summary>
    [global::System.CodeDom.Compiler.GeneratedCode("LabourDataset.Generator", "0.0.0")]
    internal sealed class __DataPackageLazyRows<T> : global::System.Collections.Generic.IReadOnlyList<T>
        where T : class
    {
        private readonly T?[] _rows;
        private readonly global::System.Func<int, T> _decode;
        private int _complete;

        internal __DataPackageLazyRows(int count, global::System.Func<int, T> decode)
        {
            _rows = new T?[count];
            _decode = decode;
        }

        public int Count => _rows.Length;

        public T this[int index]
        {
            get
            {
                T? row = global::System.Threading.Volatile.Read(ref _rows[index]);
                if (row is null)
                {
                    row = _decode(index);
                    // Every caller sees the same record for a row.
                    row = global::System.Threading.Interlocked.CompareExchange(ref _rows[index], row, null) ?? row;
                }
                return row;
            }
        }

        /// <summary>
        /// Every row, each built once, as a read-only span over the same store the lookups use: nothing is copied and
        /// nothing writable is handed out. (System.Linq takes its span path only for a writable array or List, which
        /// <c>All</c> will not expose; a loop over this span runs at array speed instead.)
        /// </summary>
        internal global::System.ReadOnlySpan<T> AsSpan()
        {
            if (global::System.Threading.Volatile.Read(ref _complete) == 0)
            {
                for (int i = 0; i < _rows.Length; i++) _ = this[i];
                global::System.Threading.Volatile.Write(ref _complete, 1);
            }
            return new global::System.ReadOnlySpan<T>(_rows!);
        }

        public global::System.Collections.Generic.IEnumerator<T> GetEnumerator() => new Enumerator(this);

        global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        // A plain class rather than an iterator: LINQ over All walks every row, and rows already built are read directly.
        private sealed class Enumerator : global::System.Collections.Generic.IEnumerator<T>
        {
            private readonly __DataPackageLazyRows<T> _owner;
            private readonly T?[] _rows;
            private int _index = -1;
            private T? _current;

            internal Enumerator(__DataPackageLazyRows<T> owner)
            {
                _owner = owner;
                _rows = owner._rows;
            }

            public T Current => _current!;

            object global::System.Collections.IEnumerator.Current => _current!;

            public bool MoveNext()
            {
                int next = _index + 1;
                if ((uint)next >= (uint)_rows.Length) return false;
                _index = next;
                _current = _rows[next] ?? _owner[next];
                return true;
            }

            public void Reset()
            {
                _index = -1;
                _current = null;
            }

            public void Dispose()
            {
            }
        }
    }
}
