using HireGuard.Sanctions;

namespace HireGuard.Tests.Sanctions;

public sealed class WatchlistLoaderTests
{
    [Fact]
    public void FromCsv_AllColumns_BuildsTheEntry()
    {
        const string csv = "id,name,type,aliases,weak_aliases,programs,dates_of_birth,nationalities,identifiers,wallets,linked_to\r\n"
            + "X-1,\"DOE, Jane\",individual,Jane Roe|J. Doe,JD,INTERNAL,1990-05-04|1991,US|Korea North,P1234567,XBT:1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T,ACME FRONT LTD\r\n";

        var list = WatchlistLoader.FromCsv(new ListText("w.csv", csv), "Internal", null, null, []);

        var entry = Assert.Single(list.Entries);
        Assert.Equal(("X-1", SanctionsPartyKind.Individual, "Internal"), (entry.EntryId, entry.Kind, entry.ListName));
        Assert.Equal(4, entry.Names.Count);
        Assert.Equal(2, entry.DatesOfBirth.Count);
        Assert.Equal(["US", "KP"], entry.Nationalities);
        Assert.Equal("XBT", entry.Wallets[0].Currency);
        Assert.Equal(["ACME FRONT LTD"], entry.LinkedTo);
    }

    [Fact]
    public void FromJson_Document_BuildsEntriesAndTheListDate()
    {
        const string json = """
            {
              // comments and trailing commas are accepted
              "name": "Vendor blocklist",
              "published": "2026-03-01",
              "entries": [
                { "id": "1", "name": "GLOBEX FRONT LTD", "type": "entity", "wallets": [ { "address": "0xB6F5EC1A0A9CD1526536D3F0426C429529471F40" } ], },
              ],
            }
            """;

        var list = WatchlistLoader.FromJson(new ListText("w.json", json), "fallback", null, null, []);

        Assert.Equal("Vendor blocklist", list.Info.Name);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero), list.Info.BuildDate);
        Assert.Equal("0xb6f5ec1a0a9cd1526536d3f0426c429529471f40", list.Entries[0].Wallets[0].Key);
    }

    [Theory]
    [InlineData("id,name,alias\r\n1,A,B\r\n", 1L, "unknown column 'alias'")]
    [InlineData("id,alias\r\n", 1L, "unknown column 'alias'")]
    [InlineData("id,type\r\n1,individual\r\n", 1L, "'id' and 'name'")]
    [InlineData("id,name\r\n1,A\r\n1,B\r\n", 3L, "entry '1' appears twice")]
    [InlineData("id,name,type\r\n1,A,robot\r\n", 2L, "unknown type 'robot'")]
    [InlineData("id,name,dates_of_birth\r\n1,A,yesterday\r\n", 2L, "is not a date of birth")]
    [InlineData("id,name,nationalities\r\n1,A,Atlantis\r\n", 2L, "unknown country 'Atlantis'")]
    [InlineData("id,name,wallets\r\n1,A,XBT:not an address\r\n", 2L, "is not a wallet address")]
    [InlineData("id,name\r\n,A\r\n", 2L, "has no id")]
    public void FromCsv_Invalid_ThrowsWithLine(string csv, long line, string problem)
    {
        var ex = Assert.Throws<SanctionsListException>(() => WatchlistLoader.FromCsv(new ListText("w.csv", csv), "x", null, null, []));

        Assert.Equal(line, ex.LineNumber);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "entries": [ { "id": "1", "name": "A", "alias": "B" } ] }""", "invalid watchlist JSON")]
    [InlineData("""{ "name": "x" }""", "'entries' array")]
    [InlineData("""{ "entries": [ null ] }""", "entries[0] is null")]
    [InlineData("""{ "entries": [ { "id": "1" } ] }""", "has no name")]
    [InlineData("""{ "published": "soon", "entries": [] }""", "is not a date")]
    [InlineData("[1, 2", "invalid watchlist JSON")]
    public void FromJson_Invalid_Throws(string json, string problem)
    {
        var ex = Assert.Throws<SanctionsListException>(() => WatchlistLoader.FromJson(new ListText("w.json", json), "x", null, null, []));

        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownExtension_Throws()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("list.xml", "<list/>");

        var ex = Assert.Throws<SanctionsListException>(() => WatchlistLoader.Load(file, null));

        Assert.Contains(".csv or .json", ex.Message, StringComparison.Ordinal);
    }
}
