namespace HireGuard.Tests.TestUtilities;

public sealed class SharedDataTests
{
    [RequiresFact(Prerequisite.SharedDataName)]
    public void PathOf_SharedData_FindsMaxMindAndOfacFolders()
    {
        Assert.True(Directory.Exists(SharedData.PathOf("maxmind-test", "test-data")));
        Assert.True(Directory.Exists(SharedData.PathOf("ofac")));
    }
}
