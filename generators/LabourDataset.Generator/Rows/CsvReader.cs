using System.Collections.Generic;
using System.Text;
using LabourDataset.Generator.Json;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Rows
{
    /// <summary>One cell of a CSV record: its text (quotes and escapes resolved) and where it was written.</summary>
    internal readonly struct CsvCell
    {
        public CsvCell(string text, int start, int length, bool quoted)
        {
            Text = text;
            Start = start;
            Length = length;
            Quoted = quoted;
        }

        public string Text { get; }

        public int Start { get; }

        public int Length { get; }

        public bool Quoted { get; }
    }

    /// <summary>
    /// An RFC 4180 reader that follows a Frictionless CSV dialect: delimiter, quote character (or none), doubled quotes,
    /// an escape character, initial spaces, comment lines, and any of \r\n, \n or \r between records (also inside
    /// quotes). Written by hand, as the JSON parser is, so the analyzer bundles nothing and every cell keeps its offset
    /// for exact diagnostics; a byte-order mark has already been removed by SourceText, and one left in is skipped.
    /// </summary>
    internal sealed class CsvReader
    {
        private readonly string _text;
        private readonly CsvDialect _dialect;
        private readonly StringBuilder _buffer = new StringBuilder();
        private readonly SharedStrings _values;
        private int _pos;

        public CsvReader(string text, CsvDialect dialect)
        {
            _text = text;
            _dialect = dialect;
            _values = new SharedStrings(text.Length);
            if (_text.Length > 0 && _text[0] == '\uFEFF') _pos = 1;
        }

        /// <summary>Offset where the record last read begins.</summary>
        public int RecordStart { get; private set; }

        /// <summary>
        /// Reads the next record into <paramref name="cells"/>. False at the end of the text, or on malformed CSV
        /// (then <paramref name="error"/> says what and where, and reading stops).
        /// </summary>
        public bool Next(List<CsvCell> cells, out (int Position, string Message)? error)
        {
            cells.Clear();
            error = null;
            SkipComments();
            if (_pos >= _text.Length) return false;
            RecordStart = _pos;
            while (true)
            {
                if (_dialect.SkipInitialSpace) while (_pos < _text.Length && _text[_pos] == ' ') _pos++;
                int start = _pos;
                bool quoted = _dialect.QuoteChar is char q && _pos < _text.Length && _text[_pos] == q;
                string? text = quoted ? ReadQuoted(out error) : ReadPlain();
                if (text is null) return false;
                cells.Add(new CsvCell(text, start, _pos - start, quoted));
                if (_pos >= _text.Length) return true;
                char c = _text[_pos];
                if (c == _dialect.Delimiter)
                {
                    _pos++;
                    continue;
                }
                if (c == '\r' || c == '\n')
                {
                    _pos += c == '\r' && _pos + 1 < _text.Length && _text[_pos + 1] == '\n' ? 2 : 1;
                    return true;
                }
                error = (_pos, "unexpected " + Describe(c) + " after the closing quote of a cell; put the whole cell in quotes, or double the quote inside it");
                return false;
            }
        }

        private void SkipComments()
        {
            if (_dialect.CommentChar is not char comment) return;
            while (_pos < _text.Length && _text[_pos] == comment)
            {
                while (_pos < _text.Length && _text[_pos] != '\r' && _text[_pos] != '\n') _pos++;
                if (_pos < _text.Length) _pos += _text[_pos] == '\r' && _pos + 1 < _text.Length && _text[_pos + 1] == '\n' ? 2 : 1;
            }
        }

        private string ReadPlain()
        {
            int start = _pos;
            bool escaped = false;
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (c == _dialect.Delimiter || c == '\r' || c == '\n') break;
                if (_dialect.EscapeChar is char e && c == e && _pos + 1 < _text.Length)
                {
                    escaped = true;
                    _pos += 2;
                    continue;
                }
                _pos++;
            }
            return escaped ? Unescape(start, _pos) : Shared(start, _pos - start);
        }

        private string Shared(int start, int length)
        {
            if (length == 0) return string.Empty;
            if (length > SharedStrings.MaxLength) return _text.Substring(start, length);
            int hash = SharedStrings.Seed;
            for (int i = start; i < start + length; i++) hash = SharedStrings.Step(hash, _text[i]);
            return _values.Get(_text, start, length, hash);
        }

        private string Unescape(int start, int end)
        {
            _buffer.Clear();
            for (int i = start; i < end; i++)
            {
                if (_dialect.EscapeChar is char e && _text[i] == e && i + 1 < end) i++;
                _buffer.Append(_text[i]);
            }
            return _buffer.ToString();
        }

        private string? ReadQuoted(out (int Position, string Message)? error)
        {
            char quote = _dialect.QuoteChar!.Value;
            int open = _pos;
            _pos++;
            _buffer.Clear();
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (_dialect.EscapeChar is char e && c == e && e != quote && _pos + 1 < _text.Length)
                {
                    _buffer.Append(_text[_pos + 1]);
                    _pos += 2;
                    continue;
                }
                if (c == quote)
                {
                    if (_dialect.DoubleQuote && _pos + 1 < _text.Length && _text[_pos + 1] == quote)
                    {
                        _buffer.Append(quote);
                        _pos += 2;
                        continue;
                    }
                    if (_dialect.EscapeChar == quote && _pos + 1 < _text.Length && _text[_pos + 1] == quote)
                    {
                        _buffer.Append(quote);
                        _pos += 2;
                        continue;
                    }
                    _pos++;
                    error = null;
                    return _buffer.ToString();
                }
                _buffer.Append(c);
                _pos++;
            }
            error = (open, "a quoted cell is never closed; add the closing " + Describe(quote));
            return null;
        }

        private static string Describe(char c) => c switch
        {
            '"' => "double quote",
            '\'' => "single quote",
            '\t' => "tab",
            ' ' => "space",
            _ => "'" + c + "'",
        };
    }
}
