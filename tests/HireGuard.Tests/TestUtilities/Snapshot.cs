using System.Runtime.CompilerServices;
using System.Text;

namespace HireGuard.Tests.TestUtilities;

/// <summary>
/// The in-repo replacement for Verify. The approved text lives in
/// <c>Snapshots/&lt;Class&gt;.&lt;Test&gt;.verified.txt</c> beside the test source and is committed.
/// On a mismatch a <c>.received.txt</c> is written next to it (never under <c>CI=true</c>) and the
/// test fails with the difference; a missing snapshot is created locally but fails under CI.
/// Accepting a change means copying <c>.received.txt</c> over <c>.verified.txt</c> by hand.
/// </summary>
public static class Snapshot
{
    /// <summary>Compares <paramref name="actual"/> with the approved snapshot for the calling test.</summary>
    /// <param name="actual">The text to approve; line endings are normalised to LF.</param>
    /// <param name="name">An optional suffix when one test checks several snapshots.</param>
    /// <param name="testName">Filled by the compiler.</param>
    /// <param name="sourceFile">Filled by the compiler.</param>
    public static void Match(
        string actual,
        string? name = null,
        [CallerMemberName] string testName = "",
        [CallerFilePath] string sourceFile = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        var normalized = Normalize(actual);

        // Deterministic CI builds map source paths to "/_/"; map them back to the repository.
        if (sourceFile.StartsWith("/_/", StringComparison.Ordinal))
        {
            sourceFile = Path.Combine(SharedData.RepositoryRoot, sourceFile[3..]);
        }

        var className = Path.GetFileNameWithoutExtension(sourceFile);
        var directory = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots");
        var stem = Path.Combine(directory, $"{className}.{testName}{(name is null ? string.Empty : "." + name)}");
        var verifiedPath = stem + ".verified.txt";
        var receivedPath = stem + ".received.txt";

        if (!File.Exists(verifiedPath))
        {
            if (Prerequisite.IsCi)
            {
                Assert.Fail($"Missing snapshot {verifiedPath}. Run the test locally, review the file and commit it.");
            }

            Directory.CreateDirectory(directory);
            File.WriteAllText(verifiedPath, normalized, new UTF8Encoding(false));
            return;
        }

        var expected = Normalize(File.ReadAllText(verifiedPath));
        if (string.Equals(expected, normalized, StringComparison.Ordinal))
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        if (!Prerequisite.IsCi)
        {
            File.WriteAllText(receivedPath, normalized, new UTF8Encoding(false));
        }

        Assert.Equal(expected, normalized);
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";
}
