namespace HireGuard.IpIntelligence;

/// <summary>What a source file looked like when it was loaded, to notice replacements.</summary>
internal readonly record struct IpFileStamp(string Path, long Length, DateTime LastWriteUtc)
{
    public static IpFileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return new IpFileStamp(path, info.Exists ? info.Length : -1, info.Exists ? info.LastWriteTimeUtc : DateTime.MinValue);
    }

    public bool HasChanged() => Of(Path) != this;
}
