namespace HireGuard.Tests.TestUtilities;

public sealed class SnapshotTests
{
    [Fact]
    public void Match_SameTextWithCrLf_Passes()
    {
        Snapshot.Match("line one\r\nline two\r\n");
    }

    [Fact]
    public void Match_DifferentText_Fails()
    {
        var ex = Record.Exception(() => Snapshot.Match("something else", name: null, testName: nameof(Match_SameTextWithCrLf_Passes)));

        Assert.NotNull(ex);
        var received = Path.Combine(Path.GetDirectoryName(SourcePath())!, "Snapshots", "SnapshotTests.Match_SameTextWithCrLf_Passes.received.txt");
        if (File.Exists(received))
        {
            File.Delete(received);
        }
    }

    private static string SourcePath([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        path.StartsWith("/_/", StringComparison.Ordinal) ? Path.Combine(SharedData.RepositoryRoot, path[3..]) : path;
}
