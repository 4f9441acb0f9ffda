using System.Collections.Generic;

namespace LabourDataset.Generator.Json
{
    /// <summary>
    /// Hands out JSON nodes and properties. Until the first <see cref="RecycleAll"/> every node is new (a tree that is
    /// kept); after it, nodes are reused row after row, because a large table would otherwise allocate millions of
    /// short-lived nodes. Callers of the streaming parse must not keep nodes past their callback.
    /// </summary>
    internal sealed class JsonNodePool
    {
        private readonly List<JsonNode> _nodePool = new List<JsonNode>();
        private readonly List<JsonProperty> _propertyPool = new List<JsonProperty>();
        private bool _pooling;
        private int _nodesUsed;
        private int _propertiesUsed;

        /// <summary>Makes every node handed out so far available again (the row they formed is finished).</summary>
        public void RecycleAll()
        {
            _pooling = true;
            _nodesUsed = 0;
            _propertiesUsed = 0;
        }

        public JsonNode Node(JsonKind kind, int start, int length)
        {
            if (!_pooling) return new JsonNode(kind, start, length);
            JsonNode node;
            if (_nodesUsed < _nodePool.Count)
            {
                node = _nodePool[_nodesUsed];
                node.Reset(kind, start);
            }
            else
            {
                node = new JsonNode(kind, start, 0);
                _nodePool.Add(node);
            }
            _nodesUsed++;
            node.Length = length;
            return node;
        }

        public JsonProperty Property(string name, int nameStart, int nameLength, JsonNode value)
        {
            if (!_pooling) return new JsonProperty(name, nameStart, nameLength, value);
            if (_propertiesUsed < _propertyPool.Count) return _propertyPool[_propertiesUsed++].Set(name, nameStart, nameLength, value);
            var property = new JsonProperty(name, nameStart, nameLength, value);
            _propertyPool.Add(property);
            _propertiesUsed++;
            return property;
        }
    }
}
