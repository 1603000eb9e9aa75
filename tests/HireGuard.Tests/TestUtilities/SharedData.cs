namespace HireGuard.Tests.TestUtilities;

/// <summary>
/// The one way tests find <c>../shared/data</c>: the <c>HIREGUARD_SHARED_DATA</c> environment
/// variable first, then <c>../shared/data</c> beside the repository root. Files there are read in
/// place and never copied into the repository.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string?> Root = new(Locate);

    /// <summary>Gets the shared data directory, or null when it cannot be found.</summary>
    public static string? Directory => Root.Value;

    /// <summary>Gets whether the shared data directory exists.</summary>
    public static bool IsAvailable => Root.Value is not null;

    /// <summary>Returns the full path of a file or folder below the shared data directory.</summary>
    /// <exception cref="InvalidOperationException">The shared data directory cannot be found.</exception>
    public static string PathOf(params string[] parts)
    {
        var root = Root.Value ?? throw new InvalidOperationException(
            "../shared/data was not found. Set HIREGUARD_SHARED_DATA or place the shared folder beside the repository.");
        return Path.Combine([root, .. parts]);
    }

    /// <summary>Gets the repository root (the folder holding HireGuard.sln).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("HIREGUARD_SHARED_DATA");
        if (!string.IsNullOrWhiteSpace(fromEnv) && System.IO.Directory.Exists(fromEnv))
        {
            return Path.GetFullPath(fromEnv);
        }

        var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data"));
        return System.IO.Directory.Exists(candidate) ? candidate : null;
    }

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HireGuard.sln")))
            {
                return dir.FullName;
            }

            dir = dir.Parent;
        }

        throw new InvalidOperationException("HireGuard.sln was not found above " + AppContext.BaseDirectory);
    }
}
