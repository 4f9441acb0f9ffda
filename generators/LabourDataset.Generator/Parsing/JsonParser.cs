using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace LabourDataset.Generator.Parsing
{
    /// <summary>Thrown only inside <see cref="JsonParser"/>; callers get a <see cref="JsonParseError"/> instead.</summary>
    internal sealed class JsonSyntaxException : Exception
    {
        public JsonSyntaxException(int position, string message) : base(message) => Position = position;

        public int Position { get; }
    }

    internal sealed record JsonParseError(int Position, int Length, string Message);

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

        private JsonParser(string text) => _text = text;

        public static JsonNode? Parse(string text, out JsonParseError? error)
        {
            var parser = new JsonParser(text);
            try
            {
                parser.SkipWhitespace();
                if (parser._pos < text.Length && text[parser._pos] == '\uFEFF') parser._pos++;
                parser.SkipWhitespace();
                JsonNode root = parser.ParseValue(0);
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
                        string s = ParseString();
                        return new JsonNode(JsonKind.String, start, _pos - start) { Text = s };
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
            return new JsonNode(kind, start, word.Length);
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
            return new JsonNode(JsonKind.Number, start, _pos - start) { Text = _text.Substring(start, _pos - start) };
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

        private JsonNode ParseObject(int depth)
        {
            var node = new JsonNode(JsonKind.Object, _pos, 0) { Properties = new List<JsonProperty>() };
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
                string name = ParseString();
                int nameLength = _pos - nameStart;
                SkipWhitespace();
                if (Peek() != ':') throw new JsonSyntaxException(_pos, "expected ':' after property name \"" + name + "\" but found " + DescribeCurrent());
                _pos++;
                SkipWhitespace();
                JsonNode value = ParseValue(depth + 1);
                node.Properties.Add(new JsonProperty(name, nameStart, nameLength, value));
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
                    return node;
                }
                throw new JsonSyntaxException(_pos, _pos >= _text.Length ? "unexpected end of file; the object opened here is not closed with '}'" : "expected ',' or '}' but found " + DescribeCurrent());
            }
        }

        private JsonNode ParseArray(int depth)
        {
            var node = new JsonNode(JsonKind.Array, _pos, 0) { Items = new List<JsonNode>() };
            _pos++;
            SkipWhitespace();
            if (Peek() == ']')
            {
                _pos++;
                node.Length = _pos - node.Start;
                return node;
            }
            while (true)
            {
                SkipWhitespace();
                if (Peek() == ']') throw new JsonSyntaxException(_pos, "trailing comma before ']'; remove the comma");
                node.Items.Add(ParseValue(depth + 1));
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
