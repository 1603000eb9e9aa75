namespace HireGuard.Sanctions;

/// <summary>A file a list was read from, as it was when read.</summary>
/// <param name="Path">The full path.</param>
/// <param name="Length">The size in bytes.</param>
/// <param name="LastWriteUtc">The last write time.</param>
internal sealed record ListFileStamp(string Path, long Length, DateTime LastWriteUtc);
