namespace HireGuard.Tests.IpIntelligence;

/// <summary>A value as <c>mmdblookup</c> prints it: a map, an array, or a scalar with its type tag.</summary>
internal sealed class MmdbToolValue
{
    public string Kind { get; init; } = string.Empty;

    public string Text { get; init; } = string.Empty;

    public List<KeyValuePair<string, MmdbToolValue>> Entries { get; } = [];

    public List<MmdbToolValue> Items { get; } = [];

    /// <summary>Parses the pretty-printed values of one output, in order.</summary>
    public static List<MmdbToolValue> ParseAll(IEnumerable<string> lines)
    {
        var values = new List<MmdbToolValue>();
        var stack = new Stack<MmdbToolValue>();
        string? pendingKey = null;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            MmdbToolValue? value = null;
            switch (line)
            {
                case "{":
                    value = new MmdbToolValue { Kind = "map" };
                    break;
                case "[":
                    value = new MmdbToolValue { Kind = "array" };
                    break;
                case "}":
                case "]":
                    stack.Pop();
                    continue;
                default:
                    if (line.EndsWith(':') && line.StartsWith('"'))
                    {
                        pendingKey = line[1..line.LastIndexOf('"')];
                        continue;
                    }

                    var tagStart = line.LastIndexOf('<');
                    if (tagStart < 0 || !line.EndsWith('>'))
                    {
                        continue;
                    }

                    var tag = line[(tagStart + 1)..^1];
                    var text = line[..tagStart].TrimEnd();
                    if (tag == "utf8_string")
                    {
                        text = text[1..^1];
                    }

                    value = new MmdbToolValue { Kind = tag, Text = text };
                    break;
            }

            if (stack.Count == 0)
            {
                values.Add(value);
            }
            else if (stack.Peek().Kind == "map")
            {
                stack.Peek().Entries.Add(new(pendingKey ?? throw new FormatException("value without key"), value));
                pendingKey = null;
            }
            else
            {
                stack.Peek().Items.Add(value);
            }

            if (value.Kind is "map" or "array")
            {
                stack.Push(value);
            }
        }

        return values;
    }
}
