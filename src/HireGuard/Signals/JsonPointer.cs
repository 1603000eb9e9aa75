using System.Text;

namespace HireGuard.Signals;

/// <summary>Formats RFC 6901 JSON Pointers.</summary>
internal static class JsonPointer
{
    public static string Format(IReadOnlyList<string> segments)
    {
        if (segments.Count == 0)
        {
            return string.Empty;
        }

        var builder = new StringBuilder();
        foreach (var segment in segments)
        {
            builder.Append('/');
            AppendEscaped(builder, segment);
        }

        return builder.ToString();
    }

    public static string Append(string pointer, string segment)
    {
        var builder = new StringBuilder(pointer).Append('/');
        AppendEscaped(builder, segment);
        return builder.ToString();
    }

    private static void AppendEscaped(StringBuilder builder, string segment)
    {
        foreach (var c in segment)
        {
            switch (c)
            {
                case '~':
                    builder.Append("~0");
                    break;
                case '/':
                    builder.Append("~1");
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
    }
}
