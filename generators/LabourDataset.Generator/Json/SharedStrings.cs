namespace LabourDataset.Generator.Json
{
    /// <summary>
    /// One shared string per short value of a text. Data repeats short values (codes, units, flags) and the model keeps
    /// every cell, so each duplicate string would survive every collection; the JSON parser and the CSV reader both
    /// share them. A hash-indexed table without chaining: a collision only costs a new string.
    /// </summary>
    internal sealed class SharedStrings
    {
        /// <summary>Longer values are rarely repeated and are not shared.</summary>
        public const int MaxLength = 32;

        private readonly string?[] _slots;

        /// <summary>
        /// 4,096 slots for a file; a small text (a JSON array in one CSV cell, parsed once per cell) gets a small table,
        /// since a 32 KB table per cell made a 100,000-row CSV table allocate 3.6 GB (measured 2026-12-04).
        /// </summary>
        public SharedStrings(int textLength)
        {
            int size = 16;
            while (size < 4096 && size * 8 < textLength) size *= 2;
            _slots = new string?[size];
        }

        /// <summary>Start value of the hash that <see cref="Step"/> extends, one character at a time.</summary>
        public const int Seed = 17;

        public static int Step(int hash, char c) => unchecked((hash * 31) + c);

        /// <summary>The string of <paramref name="text"/>[start, start + length), shared with an equal earlier one when its slot holds it.</summary>
        public string Get(string text, int start, int length, int hash)
        {
            int slot = hash & (_slots.Length - 1);
            string? cached = _slots[slot];
            if (cached is null || cached.Length != length || string.CompareOrdinal(text, start, cached, 0, length) != 0)
            {
                cached = text.Substring(start, length);
                _slots[slot] = cached;
            }
            return cached;
        }
    }
}
