using System.Collections.Generic;

namespace LabourDataset.Generator.Json
{
    internal enum JsonKind
    {
        Object,
        Array,
        String,
        Number,
        True,
        False,
        Null,
    }

    /// <summary>
    /// A parsed JSON value with the character span it came from. Numbers keep their raw text so no digit is lost;
    /// strings are decoded exactly (lone surrogates included). Lives only inside a parse step, never in a pipeline model.
    /// </summary>
    internal sealed class JsonNode
    {
        public JsonNode(JsonKind kind, int start, int length)
        {
            Kind = kind;
            Start = start;
            Length = length;
        }

        public JsonKind Kind { get; private set; }

        public int Start { get; private set; }

        public int Length { get; set; }

        /// <summary>Decoded string value, or raw number text.</summary>
        public string? Text { get; set; }

        public List<JsonProperty>? Properties { get; set; }

        public List<JsonNode>? Items { get; set; }

        /// <summary>Makes a pooled node new again (the streaming parser recycles the nodes of each finished row).</summary>
        internal void Reset(JsonKind kind, int start)
        {
            Kind = kind;
            Start = start;
            Length = 0;
            Text = null;
            Properties?.Clear();
            Items?.Clear();
        }

        public JsonProperty? Find(string name)
        {
            if (Properties is null) return null;
            foreach (JsonProperty p in Properties)
            {
                if (p.Name == name) return p;
            }
            return null;
        }

        public string Describe() => Kind switch
        {
            JsonKind.Object => "an object",
            JsonKind.Array => "an array",
            JsonKind.String => "the string \"" + Shorten(Text ?? string.Empty) + "\"",
            JsonKind.Number => "the number " + Text,
            JsonKind.True => "true",
            JsonKind.False => "false",
            _ => "null",
        };

        private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 37) + "...";
    }

    internal sealed class JsonProperty
    {
        public JsonProperty(string name, int nameStart, int nameLength, JsonNode value) => Set(name, nameStart, nameLength, value);

        public string Name { get; private set; } = string.Empty;

        public int NameStart { get; private set; }

        public int NameLength { get; private set; }

        public JsonNode Value { get; private set; } = null!;

        internal JsonProperty Set(string name, int nameStart, int nameLength, JsonNode value)
        {
            Name = name;
            NameStart = nameStart;
            NameLength = nameLength;
            Value = value;
            return this;
        }
    }
}
