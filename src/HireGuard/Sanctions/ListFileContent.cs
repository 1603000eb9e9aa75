namespace HireGuard.Sanctions;

/// <summary>A list file read as text.</summary>
/// <param name="Text">The decoded text.</param>
/// <param name="Sha256">The SHA-256 of the bytes, lower-case hex.</param>
/// <param name="Stamp">The file's size and write time.</param>
internal sealed record ListFileContent(string Text, string Sha256, ListFileStamp Stamp);
