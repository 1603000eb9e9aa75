using HireGuard.Sanctions;
using HireGuard.Tests.TestUtilities;
using Xunit.Abstractions;

namespace HireGuard.Tests.Sanctions;

public sealed class OfacListLoaderTests(ITestOutputHelper output)
{
    [RequiresFact(Prerequisite.SharedDataName)]
    public void LoadDirectory_FullSdn2024_CountsEntriesAliasesIdentifiersAndWallets()
    {
        var list = Assert.Single(OfacListLoader.LoadDirectory(Ofac("sdn-full-2024-05-03"), allowIncomplete: true, listDate: null));
        var s = list.Statistics;
        output.WriteLine(s.ToString());

        Assert.Equal(OfacListLoader.SdnListName, list.Info.Name);
        Assert.Equal(14_965, s.Entries);
        Assert.Equal(6_854, s.Individuals);
        Assert.Equal(3_576, s.WeakAliases);
        Assert.Equal(88, s.StrongAliases); // f.k.a./n.k.a. in remarks: this snapshot has no alt.csv
        Assert.Equal(0, s.Addresses);
        Assert.Equal(288, s.Wallets);
        Assert.Equal(14_661, s.Identifiers);
        Assert.Equal(7_534, s.DatesOfBirth);
        Assert.Equal(6_375, s.Links);
        Assert.Equal(18, s.TruncatedRemarks);
        Assert.Equal(["alt.csv", "add.csv", "sdn_comments.csv"], s.MissingFiles);
        Assert.Equal(14_965, list.Info.Records);
        Assert.Equal(64, list.Info.Sha256!.Length);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void LoadDirectory_SdnWithoutCompanions_FailsUnlessAllowed()
    {
        var ex = Assert.Throws<SanctionsListException>(() => OfacListLoader.LoadDirectory(Ofac("sdn-full-2024-05-03"), allowIncomplete: false, listDate: null));

        Assert.Contains("alt.csv, add.csv, sdn_comments.csv missing", ex.Message, StringComparison.Ordinal);
        Assert.EndsWith("sdn.csv", ex.FilePath, StringComparison.Ordinal);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void LoadDirectory_WatchmanBench2021_JoinsTheFourFiles()
    {
        var list = Assert.Single(OfacListLoader.LoadDirectory(Ofac("watchman-bench-2021-07"), allowIncomplete: false, listDate: null));
        var s = list.Statistics;
        output.WriteLine(s.ToString());

        Assert.Equal(8_976, s.Entries);
        Assert.Equal(4_620, s.Individuals);
        Assert.Equal(11_928, s.StrongAliases);
        Assert.Equal(2_418, s.WeakAliases);
        Assert.Equal(11_440, s.Addresses);
        Assert.Equal(97, s.Wallets);
        Assert.Equal(5, s.SpilloverJoins);
        Assert.Equal(0, s.TruncatedRemarks);
        Assert.Equal(0, s.OrphanRows);
        Assert.Empty(s.MissingFiles);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void LoadDirectory_WatchmanTiny_CountsOrphanAliasRows()
    {
        var list = Assert.Single(OfacListLoader.LoadDirectory(Ofac("watchman-tiny"), allowIncomplete: false, listDate: null));
        var s = list.Statistics;
        output.WriteLine(s.ToString());

        Assert.Equal(17, s.Entries);
        Assert.Equal(13, s.StrongAliases);
        Assert.Equal(16, s.WeakAliases);
        Assert.Equal(19, s.Addresses);
        Assert.Equal(32, s.Wallets);
        Assert.Equal(1, s.SpilloverJoins);
        Assert.Equal(9, s.OrphanRows);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void LoadDirectory_DprkExcerpt2026_ParsesTheAugust2025Designations()
    {
        var list = Assert.Single(OfacListLoader.LoadDirectory(Ofac("dprk-excerpt-2026"), allowIncomplete: true, listDate: null));
        var s = list.Statistics;
        var byId = list.Entries.ToDictionary(e => e.EntryId, StringComparer.Ordinal);

        Assert.Equal((28, 16, 39, 2, 32, 1), (s.Entries, s.Individuals, s.StrongAliases, s.WeakAliases, s.Addresses, s.Wallets));
        Assert.Equal(["sdn_comments.csv"], s.MissingFiles);

        var kim = byId["55064"];
        Assert.Equal("KIM, Ung Sun", kim.PrimaryName);
        Assert.Contains(kim.Names, n => n.Text == "KIM, U'ng-sun" && n.Kind == ListedNameKind.Alias);
        Assert.Equal(new DateOnly(1964, 6, 23), Assert.Single(kim.DatesOfBirth).From);
        Assert.Equal(["KP"], kim.Nationalities);
        Assert.Contains(kim.Identifiers, i => i.Type == "Passport" && i.Key == "754110065" && i.Country == "Korea, North");
        Assert.Equal(["DPRK2"], kim.Programs);
        Assert.True(kim.IsDprkProgram);

        var andreyev = byId["55065"];
        var wallet = Assert.Single(andreyev.Wallets);
        Assert.Equal(("XBT", "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T"), (wallet.Currency, wallet.Address));
        Assert.Equal(["RU"], andreyev.Nationalities);
        Assert.Contains(andreyev.Identifiers, i => i.Type == "Tax ID No." && i.Key == "253908966176");
        Assert.Equal(["CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY"], andreyev.LinkedTo);

        var geumpungri = byId["55062"];
        Assert.Equal(SanctionsPartyKind.Organization, geumpungri.Kind);
        Assert.Equal("entity", geumpungri.EntryType);
        Assert.Contains(geumpungri.Names, n => n.Text == "GUEMPUNGRI" && n.Kind == ListedNameKind.WeakAlias);

        Assert.All(list.Entries, e => Assert.True(e.IsDprkProgram, e.PrimaryName)); // every row cites the North Korea Sanctions Regulations
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Build_CommentsJoinedWithoutSeparator_RecoversAddressesCutAt1000Characters()
    {
        var bench = Assert.Single(OfacListLoader.LoadDirectory(Ofac("watchman-bench-2021-07"), allowIncomplete: false, listDate: null));
        var tiny = Assert.Single(OfacListLoader.LoadDirectory(Ofac("watchman-tiny"), allowIncomplete: false, listDate: null));
        var withoutComments = BuildWithoutComments("watchman-bench-2021-07");

        // Each of these addresses is split between sdn.csv and sdn_comments.csv.
        string[] benchJoined = ["1GqChmWqGtsaLrGbHfgdrV5Nkvahtjjuxr", "0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c"];
        var benchWallets = bench.Entries.SelectMany(e => e.Wallets).Select(w => w.Address).ToHashSet(StringComparer.Ordinal);
        var partialWallets = withoutComments.Entries.SelectMany(e => e.Wallets).Select(w => w.Address).ToHashSet(StringComparer.Ordinal);
        Assert.All(benchJoined, a => Assert.Contains(a, benchWallets));
        Assert.All(benchJoined, a => Assert.DoesNotContain(a, partialWallets));
        Assert.Contains(tiny.Entries.Single(e => e.EntryId == "33151").Wallets, w => w.Address == "1B64QRxfaa35MVkf7sDjuGUYAP5izQt7Qi");

        // Without the comments file the cut entries lose their tail: 97 addresses become fewer.
        Assert.Equal(5, withoutComments.Statistics.TruncatedRemarks);
        output.WriteLine($"wallets with comments {bench.Statistics.Wallets}, without {withoutComments.Statistics.Wallets}");
        Assert.True(withoutComments.Statistics.Wallets < bench.Statistics.Wallets);

        // The joined addresses are genuine: OFAC's advanced XML (0xB10C's extraction) lists them.
        var advanced = AdvancedXmlAddresses();
        Assert.Contains("1GqChmWqGtsaLrGbHfgdrV5Nkvahtjjuxr", advanced);
        Assert.Contains(WalletAddress.Key("0x8576acc5c05d6ce88f4e49bf65bdf0c62f91353c")!, advanced);
        Assert.Contains("1B64QRxfaa35MVkf7sDjuGUYAP5izQt7Qi", advanced);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void LoadDirectory_Sdn2024Wallets_AreListedInOfacAdvancedXml()
    {
        var list = Assert.Single(OfacListLoader.LoadDirectory(Ofac("sdn-full-2024-05-03"), allowIncomplete: true, listDate: null));
        var advanced = AdvancedXmlAddresses();
        var parsed = list.Entries.SelectMany(e => e.Wallets).Select(w => w.Key).Distinct(StringComparer.Ordinal).ToList();
        var missing = parsed.Where(k => !advanced.Contains(k)).ToList();
        output.WriteLine($"{parsed.Count} distinct addresses parsed from sdn.csv; {missing.Count} not in the advanced-XML list: {string.Join(", ", missing)}");

        // sdn.csv alone holds 280 of the 641 distinct addresses; all 280 must be real.
        Assert.Equal(280, parsed.Count);
        Assert.Empty(missing);
    }

    [RequiresTheory(Prerequisite.SharedDataName)]
    [InlineData("add-alt-2026-06/add.csv", 6, 24_776)]
    [InlineData("add-alt-2026-06/alt.csv", 5, 20_260)]
    [InlineData("watchman-tfidf-2025-12/add.csv", 6, 24_244)]
    [InlineData("watchman-tfidf-2025-12/alt.csv", 5, 20_107)]
    [InlineData("watchman-tfidf-2025-12/sdn_comments.csv", 2, 28)]
    public void CsvParser_CompanionFilesWithoutTheirSdn_ReadCompletely(string file, int fields, int rows)
    {
        var path = SharedData.PathOf("ofac", file);

        var records = CsvParser.Parse(ListFileReader.Read(path).Text, path, fields);

        Assert.Equal(rows, records.Count);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void Build_Excerpt2026WithJune2026AliasesAndAddresses_KeepsOnlyRowsOfItsEntries()
    {
        var sdn = Text("dprk-excerpt-2026/sdn.csv");
        var alt = Text("add-alt-2026-06/alt.csv");
        var add = Text("add-alt-2026-06/add.csv");

        var list = OfacListLoader.Build("test", sdn, alt, add, comments: null, allowIncomplete: true, [], null, null, []);

        Assert.Equal(39, list.Statistics.StrongAliases);
        Assert.Equal(32, list.Statistics.Addresses);
        Assert.Equal(20_260 + 24_776 - 39 - 32, list.Statistics.OrphanRows);
    }

    [RequiresFact(Prerequisite.SharedDataName)]
    public void LoadDirectory_NoSdnFile_ThrowsNamingTheDirectory()
    {
        var ex = Assert.Throws<SanctionsListException>(() => OfacListLoader.LoadDirectory(Ofac("add-alt-2026-06"), allowIncomplete: true, listDate: null));

        Assert.Contains("no sdn.csv or cons_prim.csv", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmbeddedExcerpt_HoldsTheDprkItWorkerDesignations()
    {
        var list = EmbeddedExcerpt.Load();
        var s = list.Statistics;

        Assert.Equal(EmbeddedExcerpt.ListName, list.Info.Name);
        Assert.Equal(new DateTimeOffset(2025, 8, 27, 0, 0, 0, TimeSpan.Zero), list.Info.BuildDate);
        Assert.Equal((21, 9, 34, 2, 22, 7), (s.Entries, s.Individuals, s.StrongAliases, s.WeakAliases, s.Addresses, s.Wallets));
        Assert.All(list.Entries, e => Assert.True(e.IsDprkProgram, e.PrimaryName));
        string[] named = ["KIM, Ung Sun", "ANDREYEV, Vitaliy Sergeyevich", "KOREA SINJIN TRADING CORPORATION", "SHENYANG GEUMPUNGRI NETWORK TECHNOLOGY CO., LTD", "CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY"];
        Assert.All(named, n => Assert.Contains(list.Entries, e => e.PrimaryName == n));
    }

    [Fact]
    public void Load_EmbeddedExcerpt_IsInOfacFileFormat()
    {
        using var stream = typeof(EmbeddedExcerpt).Assembly.GetManifestResourceStream("HireGuard.Sanctions.Embedded.dprk-it-workers.sdn-excerpt.csv")!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.ToArray();

        Assert.Equal(0x1A, bytes[^1]);
        Assert.Equal([(byte)'\r', (byte)'\n'], bytes[^3..^1]);
        Assert.Contains("-0- ,", System.Text.Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_MissingDirectory_Throws()
    {
        var ex = Assert.Throws<SanctionsListException>(() => OfacListLoader.LoadDirectory(Path.Combine(Path.GetTempPath(), "hg-no-such-dir-4711"), true, null));

        Assert.Contains("does not exist", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadDirectory_ConsolidatedSet_LoadsAsASecondList()
    {
        using var dir = new TempDirectory();
        dir.Write("sdn.csv", "1,\"DOE, John\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"DOB 01 Jan 1970.\"\r\n");
        dir.Write("cons_prim.csv", "2,\"ACME TRADING LLC\",-0- ,\"SSI\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        foreach (var name in new[] { "alt.csv", "add.csv", "sdn_comments.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv" })
        {
            dir.Write(name, string.Empty);
        }

        var lists = OfacListLoader.LoadDirectory(dir.Path, allowIncomplete: false, listDate: new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal([OfacListLoader.SdnListName, OfacListLoader.ConsolidatedListName], lists.Select(l => l.Info.Name));
        Assert.All(lists, l => Assert.Equal(new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero), l.Info.BuildDate));
        Assert.Equal("ACME TRADING LLC", lists[1].Entries.Single().PrimaryName);
    }

    [Theory]
    [InlineData("1,\"A\",-0- ,\"P\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n1,\"B\",-0- ,\"P\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", 2, "entry 1 appears twice")]
    [InlineData("x,\"A\",-0- ,\"P\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", 1, "'x' is not an entry number")]
    [InlineData("7,-0- ,-0- ,\"P\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", 1, "entry 7 has no name")]
    [InlineData("7,\"A\",-0- ,\"P\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n", 1, "expected 12 fields, found 11")]
    public void Build_MalformedMainFile_ThrowsWithFileAndLine(string text, long line, string problem)
    {
        var ex = Assert.Throws<SanctionsListException>(() => OfacListLoader.Build("t", new ListText("sdn.csv", text), null, null, null, true, [], null, null, []));

        Assert.Equal("sdn.csv", ex.FilePath);
        Assert.Equal(line, ex.LineNumber);
        Assert.Contains(problem, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_RemarksAtTheCutWithoutContinuation_FailsUnlessAllowed()
    {
        var remarks = "DOB 1970; Digital Currency Address - XBT 1" + new string('A', 958);
        Assert.Equal(OfacListLoader.RemarksCut, remarks.Length);
        var text = new ListText("sdn.csv", $"5,\"DOE, Jane\",\"individual\",\"CYBER2\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"{remarks}\"\r\n");

        var ex = Assert.Throws<SanctionsListException>(() => OfacListLoader.Build("t", text, null, null, null, false, [], null, null, []));
        var tolerated = OfacListLoader.Build("t", text, null, null, null, true, [], null, null, []);

        Assert.Contains("1000-character cut", ex.Message, StringComparison.Ordinal);
        Assert.Empty(tolerated.Entries[0].Wallets); // the cut address is dropped, never matched half
        Assert.Single(tolerated.Entries[0].DatesOfBirth);
    }

    private static string Ofac(string folder) => SharedData.PathOf("ofac", folder);

    private static ListText Text(string file)
    {
        var path = SharedData.PathOf("ofac", file);
        return new ListText(path, ListFileReader.Read(path).Text);
    }

    private static SanctionsListData BuildWithoutComments(string folder) => OfacListLoader.Build(
        "no-comments", Text(folder + "/sdn.csv"), Text(folder + "/alt.csv"), Text(folder + "/add.csv"), comments: null, allowIncomplete: true, [], null, null, []);

    private static HashSet<string> AdvancedXmlAddresses() => Directory
        .EnumerateFiles(SharedData.PathOf("ofac", "crypto-addresses-2024-09"), "*.txt")
        .SelectMany(File.ReadAllLines)
        .Select(WalletAddress.Key)
        .OfType<string>()
        .ToHashSet(StringComparer.Ordinal);
}
