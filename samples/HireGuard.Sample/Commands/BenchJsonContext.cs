using System.Text.Json.Serialization;

namespace HireGuard.Sample.Commands;

/// <summary>Source-generated JSON for the bench commands' one-line results.</summary>
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(double))]
[JsonSerializable(typeof(string))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
