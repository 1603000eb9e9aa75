using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace HireGuard.Signals;

/// <summary>
/// Walks a parsed JSON document against the source-generated metadata of the target type and writes
/// a copy that deserializes strictly: unknown properties, values of the wrong type, unparsable
/// values, over-long strings and excess array items are left out, each with an
/// <see cref="InputWarning"/> that points at it. Nothing is dropped silently.
/// </summary>
internal sealed class JsonInputSanitizer
{
    private const int MaxWarnings = 500;

    private static readonly ConcurrentDictionary<Type, FrozenDictionary<string, JsonPropertyInfo>> PropertyMaps = new();

    private readonly HireGuardJsonContext _context;
    private readonly InputOptions _options;
    private readonly List<InputWarning> _warnings = [];
    private readonly List<string> _path = [];
    private int _suppressedWarnings;

    public JsonInputSanitizer(HireGuardJsonContext context, InputOptions options)
    {
        _context = context;
        _options = options;
    }

    public IReadOnlyList<InputWarning> Warnings
    {
        get
        {
            if (_suppressedWarnings > 0)
            {
                return [.. _warnings, new InputWarning(
                    InputWarningCodes.TooManyWarnings,
                    string.Empty,
                    string.Create(CultureInfo.InvariantCulture, $"{_suppressedWarnings} further warnings were not reported."))];
            }

            return _warnings;
        }
    }

    /// <summary>Writes the sanitized copy of <paramref name="element"/> (an object of <paramref name="typeInfo"/>'s type).</summary>
    public void WriteObject(Utf8JsonWriter writer, JsonElement element, JsonTypeInfo typeInfo)
    {
        writer.WriteStartObject();
        var properties = PropertyMapOf(typeInfo);
        HashSet<string>? seen = null;
        foreach (var property in element.EnumerateObject())
        {
            _path.Add(property.Name);
            try
            {
                seen ??= new HashSet<string>(StringComparer.Ordinal);
                if (!seen.Add(property.Name))
                {
                    Warn(InputWarningCodes.DuplicateProperty, "The property appears more than once; the first value was kept.");
                    continue;
                }

                if (!properties.TryGetValue(property.Name, out var info))
                {
                    Warn(InputWarningCodes.UnknownProperty, "Unknown property; it was ignored.");
                    continue;
                }

                var propertyTypeInfo = _context.GetTypeInfo(info.PropertyType)
                    ?? throw new InvalidOperationException("No JSON metadata for " + info.PropertyType);
                if (IsAcceptable(property.Value, propertyTypeInfo, out var canonical))
                {
                    writer.WritePropertyName(property.Name);
                    WriteValue(writer, property.Value, propertyTypeInfo, canonical);
                }
            }
            finally
            {
                _path.RemoveAt(_path.Count - 1);
            }
        }

        writer.WriteEndObject();
    }

    private void WriteValue(Utf8JsonWriter writer, JsonElement value, JsonTypeInfo typeInfo, string? canonical)
    {
        if (canonical is not null)
        {
            writer.WriteStringValue(canonical);
            return;
        }

        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object when value.ValueKind == JsonValueKind.Object:
                WriteObject(writer, value, typeInfo);
                break;
            case JsonTypeInfoKind.Enumerable when value.ValueKind == JsonValueKind.Array:
                WriteArray(writer, value, typeInfo);
                break;
            default:
                value.WriteTo(writer);
                break;
        }
    }

    private void WriteArray(Utf8JsonWriter writer, JsonElement array, JsonTypeInfo typeInfo)
    {
        var elementTypeInfo = _context.GetTypeInfo(typeInfo.ElementType!)
            ?? throw new InvalidOperationException("No JSON metadata for " + typeInfo.ElementType);
        writer.WriteStartArray();
        var index = 0;
        var length = array.GetArrayLength();
        foreach (var item in array.EnumerateArray())
        {
            _path.Add(index.ToString(CultureInfo.InvariantCulture));
            try
            {
                if (index >= _options.MaxArrayItems)
                {
                    Warn(
                        InputWarningCodes.TooManyItems,
                        string.Create(CultureInfo.InvariantCulture, $"The array has {length} items; only the first {_options.MaxArrayItems} were read."));
                    break;
                }

                if (item.ValueKind == JsonValueKind.Null)
                {
                    Warn(InputWarningCodes.WrongType, "Null array items are not allowed; the item was ignored.");
                }
                else if (IsAcceptable(item, elementTypeInfo, out var canonical))
                {
                    WriteValue(writer, item, elementTypeInfo, canonical);
                }
            }
            finally
            {
                _path.RemoveAt(_path.Count - 1);
            }

            index++;
        }

        writer.WriteEndArray();
    }

    /// <summary>Decides whether a value can be kept, warning when it cannot. Objects and arrays are filtered member by member.</summary>
    private bool IsAcceptable(JsonElement value, JsonTypeInfo typeInfo, out string? canonical)
    {
        canonical = null;
        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object:
                if (value.ValueKind == JsonValueKind.Null)
                {
                    return true;
                }

                if (value.ValueKind != JsonValueKind.Object)
                {
                    Warn(InputWarningCodes.WrongType, $"Expected an object, found {Describe(value.ValueKind)}; the value was treated as missing.");
                    return false;
                }

                return true;
            case JsonTypeInfoKind.Enumerable:
                if (value.ValueKind == JsonValueKind.Null)
                {
                    // An explicit null list means "not supplied": leave the property out.
                    return false;
                }

                if (value.ValueKind != JsonValueKind.Array)
                {
                    Warn(InputWarningCodes.WrongType, $"Expected an array, found {Describe(value.ValueKind)}; the value was treated as missing.");
                    return false;
                }

                return true;
            default:
                return IsAcceptableScalar(value, typeInfo, out canonical);
        }
    }

    private bool IsAcceptableScalar(JsonElement value, JsonTypeInfo typeInfo, out string? canonical)
    {
        canonical = null;
        string? text = null;
        if (value.ValueKind == JsonValueKind.String)
        {
            try
            {
                text = value.GetString();
            }
            catch (InvalidOperationException)
            {
                Warn(InputWarningCodes.InvalidValue, "The string is not valid UTF-8; it was treated as missing.");
                return false;
            }
        }

        if (text is { Length: var length } && length > _options.MaxStringLength)
        {
            Warn(
                InputWarningCodes.TooLong,
                string.Create(CultureInfo.InvariantCulture, $"The string has {length} characters, more than the {_options.MaxStringLength} allowed; it was treated as missing."));
            return false;
        }

        var expected = ExpectedKind(typeInfo.Type);
        if (value.ValueKind != JsonValueKind.Null && expected is { } kind && !Matches(kind, value.ValueKind))
        {
            Warn(InputWarningCodes.WrongType, $"Expected {Describe(kind)}, found {Describe(value.ValueKind)}; the value was treated as missing.");
            return false;
        }

        var enumType = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
        if (enumType.IsEnum && text is not null)
        {
            canonical = CanonicalEnumName(enumType, text);
            if (canonical is not null)
            {
                return true;
            }
        }

        try
        {
            _ = JsonSerializer.Deserialize(value, typeInfo);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException or OverflowException)
        {
            Warn(InputWarningCodes.InvalidValue, $"The value is not a valid {FriendlyName(typeInfo.Type)}; it was treated as missing.");
            return false;
        }
    }

    private void Warn(string code, string message)
    {
        if (_warnings.Count >= MaxWarnings)
        {
            _suppressedWarnings++;
            return;
        }

        _warnings.Add(new InputWarning(code, JsonPointer.Format(_path), message));
    }

    /// <summary>Matches an enum value written in any case, with or without <c>-</c>/<c>_</c> separators, to its camelCase JSON name.</summary>
    private static string? CanonicalEnumName(Type enumType, string text)
    {
        var folded = Fold(text);
        foreach (var name in Enum.GetNames(enumType))
        {
            if (string.Equals(Fold(name), folded, StringComparison.Ordinal))
            {
                return string.Concat(char.ToLowerInvariant(name[0]).ToString(), name.AsSpan(1));
            }
        }

        return null;

        static string Fold(string s) => s.Replace("-", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
    }

    private static FrozenDictionary<string, JsonPropertyInfo> PropertyMapOf(JsonTypeInfo typeInfo) =>
        PropertyMaps.GetOrAdd(typeInfo.Type, static (_, info) => info.Properties.ToFrozenDictionary(p => p.Name, StringComparer.Ordinal), typeInfo);

    private static JsonValueKind? ExpectedKind(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(string) || t == typeof(DateOnly) || t == typeof(DateTimeOffset) || t == typeof(DateTime) || t.IsEnum)
        {
            return JsonValueKind.String;
        }

        if (t == typeof(bool))
        {
            return JsonValueKind.True;
        }

        if (t == typeof(int) || t == typeof(long) || t == typeof(double) || t == typeof(float) || t == typeof(decimal))
        {
            return JsonValueKind.Number;
        }

        return null;
    }

    private static bool Matches(JsonValueKind expected, JsonValueKind actual) =>
        expected == JsonValueKind.True ? actual is JsonValueKind.True or JsonValueKind.False : expected == actual;

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string FriendlyName(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(DateOnly))
        {
            return "date (YYYY-MM-DD)";
        }

        if (t == typeof(DateTimeOffset))
        {
            return "timestamp (ISO 8601 with offset)";
        }

        if (t.IsEnum)
        {
            var names = new StringBuilder();
            foreach (var name in Enum.GetNames(t))
            {
                if (names.Length > 0)
                {
                    names.Append(", ");
                }

                names.Append(char.ToLowerInvariant(name[0])).Append(name.AsSpan(1));
            }

            return "value (one of " + names + ")";
        }

        if (t == typeof(int) || t == typeof(long))
        {
            return "integer in range";
        }

        return t.Name.ToLowerInvariant();
    }
}
