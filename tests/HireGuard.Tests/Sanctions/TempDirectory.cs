namespace HireGuard.Tests.Sanctions;

/// <summary>A scratch directory deleted on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hg-san-" + Environment.ProcessId + "-" + Interlocked.Increment(ref Counter));
        Directory.CreateDirectory(Path);
    }

    private static int Counter;

    public string Path { get; }

    public string Write(string name, string text)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, text);
        return file;
    }

    public string Write(string name, byte[] bytes)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(file, bytes);
        return file;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
