using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace LabourDataset.Generator.Json
{
    /// <summary>
    /// A strict RFC 8259 parser that records the span of every value. Written by hand (rather than using
    /// System.Text.Json) so the generator has no dependency to bundle and every error carries an exact position.
    /// Comments are not JSON and are rejected; a leading byte-order mark has already been removed by SourceText.
    /// </summary>
    internal sealed class JsonParser
    {
        private const int MaxDepth = 128;
        private readonly string _text;
        private int _pos;

        // In streaming mode the nodes of a row are recycled for the next row (see JsonNodePool).
        private readonly JsonNodePool _nodes = new JsonNodePool();

        private JsonParser(string text)
        {
            _text = text;
            _values = new SharedStrings(text.Length);
        }

        public static JsonNode? Parse(string text, out JsonParseError? error) => Run(text, parser => parser.ParseValue(0), out error);

        /// <summary>
        /// Parses a top-level array one item at a time, handing each to <paramref name="onItem"/> and dropping it
        /// afterwards, so a large table never exists as a whole tree. Returns the root; for an array root its Items are
        /// not kept. Returns null on a syntax error (items before the error have been handed over already).
        /// </summary>
        public static JsonNode? ParseArrayItems(string text, Action<JsonNode, int> onItem, out JsonParseError? error)
            => Run(text, parser => parser.Peek() == '[' ? parser.ParseStreamedArray(onItem) : parser.ParseValue(0), out error);

        /// <summary>The frame both entry points share: byte-order mark, whitespace, nothing after the value, errors as values.</summary>
        private static JsonNode? Run(string text, Func<JsonParser, JsonNode> parseRoot, out JsonParseError? error)
        {
            var parser = new JsonParser(text);
            try
            {
                parser.SkipWhitespace();
                if (parser._pos < text.Length && text[parser._pos] == '\uFEFF') parser._pos++;
                parser.SkipWhitespace();
                JsonNode root = parseRoot(parser);
                parser.SkipWhitespace();
                if (parser._pos < text.Length)
                {
                    throw new JsonSyntaxException(parser._pos, "unexpected " + parser.DescribeCurrent() + " after the end of the top-level value");
                }
                error = null;
                return root;
            }
            catch (JsonSyntaxException ex)
            {
                int position = Math.Min(ex.Position, text.Length);
                error = new JsonParseError(position, position < text.Length ? 1 : 0, ex.Message);
                return null;
            }
        }

        private JsonNode ParseStreamedArray(Action<JsonNode, int> onItem)
            => ParseElements(new JsonNode(JsonKind.Array, _pos, 0), 0, onItem);

        private JsonNode ParseValue(int depth)
        {
            if (depth > MaxDepth) throw new JsonSyntaxException(_pos, "values are nested more than " + MaxDepth + " levels deep");
            if (_pos >= _text.Length) throw new JsonSyntaxException(_pos, "unexpected end of file; expected a value");
            char c = _text[_pos];
            switch (c)
            {
                case '{': return ParseObject(depth);
                case '[': return ParseArray(depth);
                case '"':
                    {
                        int start = _pos;
                        string s = ParseShortString() ?? ParseString();
                        JsonNode str = _nodes.Node(JsonKind.String, start, _pos - start);
                        str.Text = s;
                        return str;
                    }
                case 't': return ParseLiteral("true", JsonKind.True);
                case 'f': return ParseLiteral("false", JsonKind.False);
                case 'n': return ParseLiteral("null", JsonKind.Null);
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) return ParseNumber();
                    throw new JsonSyntaxException(_pos, "unexpected " + DescribeCurrent() + "; expected a value (string, number, object, array, true, false or null)" + HintFor(c));
            }
        }

        private static string HintFor(char c) => c switch
        {
            '\'' => " (JSON strings use double quotes)",
            '/' => " (JSON has no comments)",
            _ => string.Empty,
        };

        private JsonNode ParseLiteral(string word, JsonKind kind)
        {
            int start = _pos;
            if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0)
            {
                int end = _pos;
                while (end < _text.Length && char.IsLetterOrDigit(_text[end])) end++;
                throw new JsonSyntaxException(_pos, "unexpected '" + _text.Substring(_pos, Math.Min(end - _pos, 20)) + "'; expected a value (strings need double quotes)");
            }
            _pos += word.Length;
            return _nodes.Node(kind, start, word.Length);
        }

        private JsonNode ParseNumber()
        {
            int start = _pos;
            if (_text[_pos] == '-') _pos++;
            if (_pos >= _text.Length || !IsDigit(_text[_pos])) throw new JsonSyntaxException(_pos, "a number needs digits after '-'");
            if (_text[_pos] == '0')
            {
                _pos++;
                if (_pos < _text.Length && IsDigit(_text[_pos])) throw new JsonSyntaxException(start, "numbers must not have leading zeros");
            }
            else
            {
                while (_pos < _text.Length && IsDigit(_text[_pos])) _pos++;
            }
            if (_pos < _text.Length && _text[_pos] == '.')
            {
                _pos++;
                if (_pos >= _text.Length || !IsDigit(_text[_pos])) throw new JsonSyntaxException(_pos, "a decimal point must be followed by digits");
                while (_pos < _text.Length && IsDigit(_text[_pos])) _pos++;
            }
            if (_pos < _text.Length && (_text[_pos] == 'e' || _text[_pos] == 'E'))
            {
                _pos++;
                if (_pos < _text.Length && (_text[_pos] == '+' || _text[_pos] == '-')) _pos++;
                if (_pos >= _text.Length || !IsDigit(_text[_pos])) throw new JsonSyntaxException(_pos, "an exponent must have digits");
                while (_pos < _text.Length && IsDigit(_text[_pos])) _pos++;
            }
            if (_pos < _text.Length && _text[_pos] == ',' && _pos + 1 < _text.Length && IsDigit(_text[_pos + 1]) && !HasDecimalPoint(start))
            {
                // "29,56" written as a bare number: a decimal comma, the commonest mistake in Indonesian data.
                throw new JsonSyntaxException(_pos, "a decimal comma is not valid JSON; write 29.56, not 29,56");
            }
            JsonNode number = _nodes.Node(JsonKind.Number, start, _pos - start);
            number.Text = _text.Substring(start, _pos - start);
            return number;
        }

        private bool HasDecimalPoint(int start) => _text.IndexOf('.', start, _pos - start) >= 0;

        private static bool IsDigit(char c) => c >= '0' && c <= '9';

        private static bool IsHex(string s)
        {
            foreach (char c in s)
            {
                if (!IsDigit(c) && !(c >= 'a' && c <= 'f') && !(c >= 'A' && c <= 'F')) return false;
            }
            return true;
        }

        private string ParseString()
        {
            int start = _pos;
            _pos++; // opening quote
            StringBuilder? sb = null;
            int runStart = _pos;
            while (true)
            {
                if (_pos >= _text.Length) throw new JsonSyntaxException(start, "unterminated string; add the closing '\"'");
                char c = _text[_pos];
                if (c == '"')
                {
                    string result = sb is null ? _text.Substring(runStart, _pos - runStart) : sb.Append(_text, runStart, _pos - runStart).ToString();
                    _pos++;
                    return result;
                }
                if (c == '\\')
                {
                    sb ??= new StringBuilder();
                    sb.Append(_text, runStart, _pos - runStart);
                    _pos++;
                    if (_pos >= _text.Length) throw new JsonSyntaxException(start, "unterminated string; add the closing '\"'");
                    char e = _text[_pos];
                    switch (e)
                    {
                        case '"': sb.Append('"'); break;
                        case '\\': sb.Append('\\'); break;
                        case '/': sb.Append('/'); break;
                        case 'b': sb.Append('\b'); break;
                        case 'f': sb.Append('\f'); break;
                        case 'n': sb.Append('\n'); break;
                        case 'r': sb.Append('\r'); break;
                        case 't': sb.Append('\t'); break;
                        case 'u':
                            string hex = _pos + 4 < _text.Length ? _text.Substring(_pos + 1, 4) : string.Empty;
                            if (hex.Length != 4 || !IsHex(hex) || !int.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                            {
                                throw new JsonSyntaxException(_pos - 1, "invalid \\u escape; write \\u followed by four hex digits");
                            }
                            // Lone surrogates are kept as they are: the data says exactly this char.
                            sb.Append((char)code);
                            _pos += 4;
                            break;
                        default:
                            throw new JsonSyntaxException(_pos - 1, "invalid escape '\\" + e + "'; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX");
                    }
                    _pos++;
                    runStart = _pos;
                    continue;
                }
                if (c < 0x20)
                {
                    throw new JsonSyntaxException(_pos, c == '\n' || c == '\r'
                        ? "unterminated string: a line break inside a string must be written as \\n"
                        : "control character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + " inside a string must be escaped");
                }
                _pos++;
            }
        }

        // Rows repeat the same property names; sharing one string per name avoids a million small allocations.
        private readonly string?[] _names = new string?[64];
        private int _lastObjectSize = 4;

        private readonly SharedStrings _values;

        /// <summary>A short string without escapes, shared with an earlier equal one when possible; null otherwise.</summary>
        private string? ParseShortString()
        {
            int start = _pos + 1;
            int limit = Math.Min(_text.Length, start + SharedStrings.MaxLength + 1);
            int end = start;
            int hash = SharedStrings.Seed;
            while (end < limit)
            {
                char c = _text[end];
                if (c == '"') break;
                if (c == '\\' || c < 0x20) return null;
                hash = SharedStrings.Step(hash, c);
                end++;
            }
            if (end >= limit) return null;
            string shared = _values.Get(_text, start, end - start, hash);
            _pos = end + 1;
            return shared;
        }

        private string ParseName()
        {
            int start = _pos + 1;
            int end = _text.IndexOf('"', start);
            if (end > start && _text.IndexOf('\\', start, end - start) < 0)
            {
                int length = end - start;
                int slot = (length * 31 + _text[start] + (_text[end - 1] * 7)) & 63;
                string? cached = _names[slot];
                if (cached is not null && cached.Length == length && string.CompareOrdinal(_text, start, cached, 0, length) == 0 && NoControlChars(start, end))
                {
                    _pos = end + 1;
                    return cached;
                }
                string parsed = ParseString();
                _names[slot] = parsed;
                return parsed;
            }
            return ParseString();
        }

        private bool NoControlChars(int start, int end)
        {
            for (int i = start; i < end; i++) if (_text[i] < 0x20) return false;
            return true;
        }

        private JsonNode ParseObject(int depth)
        {
            // Rows of a table have the same number of properties: start each list at the size of the last object.
            JsonNode node = _nodes.Node(JsonKind.Object, _pos, 0);
            node.Properties ??= new List<JsonProperty>(_lastObjectSize);
            _pos++;
            SkipWhitespace();
            if (Peek() == '}')
            {
                _pos++;
                node.Length = _pos - node.Start;
                return node;
            }
            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"')
                {
                    throw new JsonSyntaxException(_pos, Peek() == '}' ? "trailing comma before '}'; remove the comma" : "expected a property name in double quotes but found " + DescribeCurrent());
                }
                int nameStart = _pos;
                string name = ParseName();
                int nameLength = _pos - nameStart;
                SkipWhitespace();
                if (Peek() != ':') throw new JsonSyntaxException(_pos, "expected ':' after property name \"" + name + "\" but found " + DescribeCurrent());
                _pos++;
                SkipWhitespace();
                JsonNode value = ParseValue(depth + 1);
                node.Properties.Add(_nodes.Property(name, nameStart, nameLength, value));
                SkipWhitespace();
                char c = Peek();
                if (c == ',')
                {
                    _pos++;
                    continue;
                }
                if (c == '}')
                {
                    _pos++;
                    node.Length = _pos - node.Start;
                    _lastObjectSize = node.Properties.Count;
                    return node;
                }
                throw new JsonSyntaxException(_pos, _pos >= _text.Length ? "unexpected end of file; the object opened here is not closed with '}'" : "expected ',' or '}' but found " + DescribeCurrent());
            }
        }

        private JsonNode ParseArray(int depth)
        {
            JsonNode node = _nodes.Node(JsonKind.Array, _pos, 0);
            node.Items ??= new List<JsonNode>();
            return ParseElements(node, depth, null);
        }

        /// <summary>
        /// The elements of an array, from its '[' to its ']': kept in <paramref name="node"/>, or, when streaming, handed
        /// one by one to <paramref name="streamTo"/> with the node pool reset for each (the callback must not keep them).
        /// </summary>
        private JsonNode ParseElements(JsonNode node, int depth, Action<JsonNode, int>? streamTo)
        {
            _pos++;
            SkipWhitespace();
            if (Peek() == ']')
            {
                _pos++;
                node.Length = _pos - node.Start;
                return node;
            }
            for (int index = 0; ; index++)
            {
                SkipWhitespace();
                if (Peek() == ']') throw new JsonSyntaxException(_pos, "trailing comma before ']'; remove the comma");
                if (streamTo is null)
                {
                    node.Items!.Add(ParseValue(depth + 1));
                }
                else
                {
                    _nodes.RecycleAll();
                    streamTo(ParseValue(depth + 1), index);
                }
                SkipWhitespace();
                char c = Peek();
                if (c == ',')
                {
                    _pos++;
                    continue;
                }
                if (c == ']')
                {
                    _pos++;
                    node.Length = _pos - node.Start;
                    return node;
                }
                throw new JsonSyntaxException(_pos, _pos >= _text.Length ? "unexpected end of file; the array is not closed with ']'" : "expected ',' or ']' but found " + DescribeCurrent());
            }
        }

        private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

        private string DescribeCurrent()
        {
            if (_pos >= _text.Length) return "the end of the file";
            char c = _text[_pos];
            return c < 0x20 || c > 0x7E ? "character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : "'" + c + "'";
        }

        private void SkipWhitespace()
        {
            while (_pos < _text.Length)
            {
                char c = _text[_pos];
                if (c == ' ' || c == '\t' || c == '\n' || c == '\r') _pos++;
                else break;
            }
        }
    }
}
