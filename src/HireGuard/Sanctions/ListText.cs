namespace HireGuard.Sanctions;

/// <summary>The text of one list file and where it came from (a path or an embedded resource name).</summary>
/// <param name="Path">The file path or resource name, for messages.</param>
/// <param name="Text">The decoded text.</param>
internal sealed record ListText(string Path, string Text);
