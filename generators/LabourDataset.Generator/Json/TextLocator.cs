using System.Collections.Generic;
using LabourDataset.Generator.Model;

namespace LabourDataset.Generator.Json
{
    /// <summary>Maps character offsets of one file to 0-based line/column positions (the Roslyn convention).</summary>
    internal sealed class TextLocator
    {
        private readonly string _path;
        private readonly List<int> _lineStarts = new List<int> { 0 };

        public TextLocator(string path, string text)
        {
            _path = path;
            for (int i = 0; i < text.Length; i++)
            {
                char c = text[i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') continue;
                if (c == '\n' || c == '\r') _lineStarts.Add(i + 1);
            }
        }

        public string Path => _path;

        public LocationInfo At(int start, int length)
        {
            (int line, int column) = Position(start);
            (int endLine, int endColumn) = Position(start + length);
            return new LocationInfo(_path, start, length, line, column, endLine, endColumn);
        }

        public LocationInfo At(JsonNode node) => At(node.Start, node.Length);

        public LocationInfo At(JsonProperty property) => At(property.NameStart, property.NameLength);

        public (int Line, int Column) Position(int offset)
        {
            int lo = 0, hi = _lineStarts.Count - 1;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) / 2;
                if (_lineStarts[mid] <= offset) lo = mid;
                else hi = mid - 1;
            }
            return (lo, offset - _lineStarts[lo]);
        }
    }
}
