using HireGuard.Sanctions;
using Microsoft.Extensions.Options;

namespace HireGuard.Tests.Sanctions;

public sealed class SanctionsScreenerTests
{
    private static readonly Lazy<SanctionsScreener> Excerpt = new(() => SanctionsScreener.Create(new SanctionsOptions { UseEmbeddedExcerpt = true }));

    [Theory]
    [InlineData("Kim Ung Sun", "55064")]
    [InlineData("Vitaliy Sergeyevich Andreyev", "55065")]
    [InlineData("Korea Sinjin Trading Corporation", "55063")]
    [InlineData("Shenyang Geumpungri Network Technology Co., Ltd", "55062")]
    [InlineData("Chinyong Information Technology Cooperation Company", "43379")]
    public void Screen_ListedName_FindsTheAugust2025Designation(string name, string entryId)
    {
        var result = CreateSut().Screen(new SanctionsQuery { Name = name });

        var hit = result.Hits[0];
        Assert.Equal(entryId, hit.EntryId);
        Assert.Equal("name", hit.MatchedOn);
        Assert.True(hit.NameSimilarity >= 0.99, $"{hit.NameSimilarity}");
        Assert.True(hit.IsDprkProgram);
        Assert.Equal(SanctionsMatchConfidence.Review, hit.Confidence); // a name alone is never definitive
    }

    [Theory]
    [InlineData("Kim Ung-sun", "55064")]
    [InlineData("KIM, U'ng-sun", "55064")]
    [InlineData("Ung Sun Kim", "55064")]
    [InlineData("Kim Ungsun", "55064")]
    [InlineData("Gim Ung-sun", "55064")]
    [InlineData("Kim Eung Sun", "55064")]
    [InlineData("김웅순", "55064")]
    [InlineData("Vitaly Andreev", "55065")]
    [InlineData("Vitalii Andreiev", "55065")]
    [InlineData("Andreyev Vitaliy", "55065")]
    [InlineData("Vitaliy Sergeevich Andreev", "55065")]
    [InlineData("Виталий Сергеевич Андреев", "55065")]
    [InlineData("Sinjin Trading Corp", "55063")]
    [InlineData("Chosun Sinjin Trading Company", "55063")]
    [InlineData("Korea Sinjin Trading Co., Ltd.", "55063")]
    [InlineData("Shenyang Guempungri Network Tech", "55062")]
    [InlineData("Geumpungri", "55062")]
    [InlineData("Shenyang Geum-pungri Network Technology", "55062")]
    [InlineData("Jinyong IT Cooperation Co", "43379")]
    [InlineData("Chin-yong Information Technology Cooperation", "43379")]
    [InlineData("Jo Kyong Hun", "54800")]
    [InlineData("Cho Kyong-hun", "54800")]
    [InlineData("Korea Sobaeksu United Corp", "54764")]
    [InlineData("Yanbian Silver Star Network Technology", "24977")]
    public void Screen_RealisticVariant_FindsTheEntryFirst(string name, string entryId)
    {
        var result = CreateSut().Screen(new SanctionsQuery { Name = name });

        Assert.NotEmpty(result.Hits);
        Assert.Equal(entryId, result.Hits[0].EntryId);
    }

    [Theory]
    [InlineData("Korea Trading Corporation", SanctionsPartyKind.Organization)]
    [InlineData("Korea Trading Corporation", SanctionsPartyKind.Unknown)]
    [InlineData("Shenyang Network Technology Co Ltd", SanctionsPartyKind.Organization)]
    [InlineData("Kim Jong Un", SanctionsPartyKind.Individual)]
    [InlineData("Kim Min-jun", SanctionsPartyKind.Individual)]
    [InlineData("Kim", SanctionsPartyKind.Individual)]
    [InlineData("Kim Sun Ung", SanctionsPartyKind.Individual)]
    public void Screen_GenericOrDifferentName_IsNotAHit(string name, SanctionsPartyKind kind)
    {
        var result = CreateSut().Screen(new SanctionsQuery { Name = name, Kind = kind });

        Assert.Empty(result.Hits);
    }

    [Fact]
    public void Screen_AndreyevWallet_IsADefinitiveExactMatch()
    {
        var result = CreateSut().Screen(new SanctionsQuery { WalletAddress = "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T", SourcePointer = "/payroll/0/walletAddress" });

        var hit = Assert.Single(result.Hits);
        Assert.Equal(("55065", "wallet", "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T"), (hit.EntryId, hit.MatchedOn, hit.MatchedName));
        Assert.Equal(SanctionsMatchConfidence.Definitive, hit.Confidence);
        Assert.Equal(1.0, hit.MatchScore);
        Assert.Equal(["wallet:XBT"], hit.Corroboration);
        Assert.Equal("/payroll/0/walletAddress", hit.SourcePointer);
    }

    [Theory]
    [InlineData("1hmqvgsxuves1jn4tqpzk9dxo1ne8wim2t")]
    [InlineData("1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2t")]
    [InlineData("1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2")]
    public void Screen_Base58WalletInAnotherCaseOrCut_IsNoMatch(string wallet)
    {
        Assert.Empty(CreateSut().Screen(new SanctionsQuery { WalletAddress = wallet }).Hits);
    }

    [Fact]
    public void Screen_EvmWalletInAnyCase_MatchesOnTheAddressUnderEveryCurrencyLabel()
    {
        var result = CreateSut().Screen(new SanctionsQuery { WalletAddress = "0xB6F5EC1A0A9CD1526536D3F0426C429529471F40" });

        var hit = Assert.Single(result.Hits);
        Assert.Equal("43377", hit.EntryId);
        Assert.Equal(["wallet:ETH", "wallet:USDT", "wallet:USDC"], hit.Corroboration);
    }

    [Fact]
    public void Screen_ListedWalletWithAnotherPayeeName_IsDefinitiveAndFlagsTheName()
    {
        var result = CreateSut().Screen(new SanctionsQuery { Name = "Jane Cooper", WalletAddress = "1HmqvgSXUVES1jn4TQPzk9dxo1NE8wim2T" });

        var hit = Assert.Single(result.Hits);
        Assert.Equal(SanctionsMatchConfidence.Definitive, hit.Confidence);
        Assert.Equal(["name"], hit.Conflicts);
        Assert.True(hit.NameSimilarity < 0.5);
    }

    [Fact]
    public void Screen_NameAndDateOfBirth_IsDefinitive()
    {
        var hit = CreateSut().Screen(new SanctionsQuery { Name = "Kim Ung-sun", DateOfBirth = new DateOnly(1964, 6, 23) }).Hits[0];

        Assert.Equal(SanctionsMatchConfidence.Definitive, hit.Confidence);
        Assert.Equal(["dateOfBirth"], hit.Corroboration);
        Assert.True(hit.MatchScore > hit.NameSimilarity || hit.MatchScore == 1.0);
    }

    [Fact]
    public void Screen_NameWithAnotherBirthYear_StaysReviewWithTheConflict()
    {
        var result = CreateSut().Screen(new SanctionsQuery { Name = "Kim Ung Sun", DateOfBirth = new DateOnly(1964, 7, 2) });

        var hit = Assert.Single(result.Hits);
        Assert.Equal(SanctionsMatchConfidence.Review, hit.Confidence);
        Assert.Equal(["dateOfBirth:day"], hit.Conflicts);
    }

    [Fact]
    public void Screen_ExactNameWithAnotherBirthYear_IsAPenalisedReview_AndAFuzzyOneIsDropped()
    {
        var exact = Assert.Single(CreateSut().Screen(new SanctionsQuery { Name = "Kim Ung Sun", DateOfBirth = new DateOnly(1991, 1, 5) }).Hits);
        var fuzzy = CreateSut().Screen(new SanctionsQuery { Name = "Vitaly Andreev", DateOfBirth = new DateOnly(1991, 1, 5) });

        Assert.Equal((SanctionsMatchConfidence.Review, 0.85), (exact.Confidence, exact.MatchScore));
        Assert.Equal(["dateOfBirth"], exact.Conflicts);
        Assert.Empty(fuzzy.Hits);
    }

    [Fact]
    public void Screen_NameAndPassportNumber_IsDefinitive_AndThePassportAloneToo()
    {
        var withName = CreateSut().Screen(new SanctionsQuery { Name = "Kim Ung Sun", IdentifierNumbers = ["754 110 065"] }).Hits[0];
        var alone = CreateSut().Screen(new SanctionsQuery { IdentifierNumbers = ["754110065"] }).Hits[0];

        Assert.Equal(SanctionsMatchConfidence.Definitive, withName.Confidence);
        Assert.Contains("idNumber:Passport", withName.Corroboration);
        Assert.Equal(("55064", "id-number", SanctionsMatchConfidence.Definitive), (alone.EntryId, alone.MatchedOn, alone.Confidence));
    }

    [Fact]
    public void Screen_NameAndNationalityOnly_StaysReview()
    {
        var hit = CreateSut().Screen(new SanctionsQuery { Name = "Kim Ung Sun", Nationality = "KP" }).Hits[0];

        Assert.Equal(SanctionsMatchConfidence.Review, hit.Confidence);
        Assert.Equal(["nationality"], hit.Corroboration);
    }

    [Fact]
    public void Screen_NameAndLinkedEmployer_IsDefinitiveInBothDirections()
    {
        var person = CreateSut().Screen(new SanctionsQuery { Name = "Vitaly Andreev", RelatedNames = ["Chinyong IT Cooperation Company"] }).Hits[0];
        var company = CreateSut().Screen(new SanctionsQuery
        {
            Name = "Chinyong Information Technology Cooperation Company",
            Kind = SanctionsPartyKind.Organization,
            RelatedNames = ["Vitaliy Andreyev"],
        }).Hits[0];

        Assert.Equal(("55065", SanctionsMatchConfidence.Definitive), (person.EntryId, person.Confidence));
        Assert.Equal(["linkedEntity:CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY"], person.Corroboration);
        Assert.Equal(("43379", SanctionsMatchConfidence.Definitive), (company.EntryId, company.Confidence));
        Assert.Contains("linkedEntity:ANDREYEV, Vitaliy Sergeyevich", company.Corroboration);
    }

    [Fact]
    public void Screen_OrganizationKind_SkipsIndividuals()
    {
        Assert.Empty(CreateSut().Screen(new SanctionsQuery { Name = "Kim Ung Sun", Kind = SanctionsPartyKind.Organization }).Hits);
    }

    [Fact]
    public void Screen_NothingToScreen_ReturnsNoHitsWithProvenance()
    {
        var result = CreateSut().Screen(new SanctionsQuery());

        Assert.Empty(result.Hits);
        Assert.Single(result.Lists);
    }

    [Fact]
    public void Screen_NullQuery_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => CreateSut().Screen(null!));
    }

    [Fact]
    public void Lists_EmbeddedExcerpt_ReportsTheListDate()
    {
        var info = Assert.Single(CreateSut().Lists);

        Assert.Equal(("sanctions-list", 21L), (info.Kind, info.Records));
        Assert.Equal(new DateTimeOffset(2025, 8, 27, 0, 0, 0, TimeSpan.Zero), info.BuildDate);
    }

    [Fact]
    public void Create_NoList_ThrowsOptionsValidationException()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => SanctionsScreener.Create(new SanctionsOptions()));

        Assert.Contains("No sanctions list configured", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_BadThresholds_ListsEveryFailure()
    {
        var options = new SanctionsOptions { UseEmbeddedExcerpt = true, ReviewThreshold = 0.95, DefinitiveNameThreshold = 0.3, MaxHits = 0 };

        var ex = Assert.Throws<OptionsValidationException>(() => SanctionsScreener.Create(options));

        Assert.Equal(3, ex.Failures.Count());
        Assert.Contains(ex.Failures, f => f.Contains("DefinitiveNameThreshold", StringComparison.Ordinal) && f.Contains("at least", StringComparison.Ordinal));
        Assert.Contains(ex.Failures, f => f.Contains("MaxHits", StringComparison.Ordinal));
    }

    [Fact]
    public void ReloadIfChanged_WatchlistRewritten_SwapsInTheNewEntries()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("internal.json", """{ "name": "Internal", "entries": [ { "id": "1", "name": "ACME FRONT LTD" } ] }""");
        var sut = SanctionsScreener.Create(new SanctionsOptions { WatchlistFiles = { file } });
        var before = sut.Screen(new SanctionsQuery { Name = "Globex Front Ltd" });

        File.WriteAllText(file, """{ "name": "Internal", "entries": [ { "id": "1", "name": "ACME FRONT LTD" }, { "id": "2", "name": "GLOBEX FRONT LTD" } ] }""");
        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddSeconds(5));
        var reloaded = sut.ReloadIfChanged();
        var after = sut.Screen(new SanctionsQuery { Name = "Globex Front Ltd" });

        Assert.Empty(before.Hits);
        Assert.True(reloaded);
        Assert.False(sut.ReloadIfChanged());
        Assert.Equal("2", after.Hits[0].EntryId);
        Assert.Equal(2L, sut.Lists[0].Records);
    }

    [Fact]
    public void Reload_BrokenFile_KeepsTheCurrentLists()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("internal.csv", "id,name\r\n1,ACME FRONT LTD\r\n");
        var sut = SanctionsScreener.Create(new SanctionsOptions { WatchlistFiles = { file } });

        File.WriteAllText(file, "id,name\r\n1,\"ACME FRONT LTD\r\n");
        var ex = Assert.Throws<SanctionsListException>(sut.Reload);

        Assert.Equal(2, ex.LineNumber);
        Assert.Equal("1", sut.Screen(new SanctionsQuery { Name = "Acme Front Ltd" }).Hits[0].EntryId);
    }

    [Fact]
    public void Reload_ListLosingMostEntries_IsRefusedAsATruncatedDownload()
    {
        using var dir = new TempDirectory();
        var rows = string.Concat(Enumerable.Range(1, 20).Select(i => $"{i},FRONT COMPANY {i} LTD\r\n"));
        var file = dir.Write("internal.csv", "id,name\r\n" + rows);
        var sut = SanctionsScreener.Create(new SanctionsOptions { WatchlistFiles = { file } });

        File.WriteAllText(file, "id,name\r\n" + rows[..rows.IndexOf("5,", StringComparison.Ordinal)]);
        var ex = Assert.Throws<SanctionsListException>(sut.Reload);

        Assert.Contains("would shrink from 20 to 4 entries", ex.Message, StringComparison.Ordinal);
        Assert.Equal(20L, sut.Lists[0].Records);
    }

    [Fact]
    public async Task Screen_DuringReloads_AlwaysAnswersFromOneCompleteSnapshot()
    {
        using var dir = new TempDirectory();
        var file = dir.Write("internal.csv", "id,name\r\n1,ACME FRONT LTD\r\n");
        var sut = SanctionsScreener.Create(new SanctionsOptions { WatchlistFiles = { file } });
        using var stop = new CancellationTokenSource();
        var screened = 0;
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var readers = Enumerable.Range(0, 2).Select(_ => new Thread(() =>
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    var result = sut.Screen(new SanctionsQuery { Name = "Acme Front Ltd" });
                    Assert.Equal("1", Assert.Single(result.Hits).EntryId);
                    Assert.Equal(1L, Assert.Single(result.Lists).Records);
                    Interlocked.Increment(ref screened);
                }
            }
            catch (Exception ex)
            {
                failures.Enqueue(ex);
            }
        })).ToArray();
        foreach (var reader in readers)
        {
            reader.Start();
        }

        var reloads = 0;
        while ((reloads < 20 || Volatile.Read(ref screened) < 200) && reloads < 20_000)
        {
            sut.Reload();
            reloads++;
        }

        await stop.CancelAsync();
        foreach (var reader in readers)
        {
            reader.Join();
        }

        Assert.Empty(failures);
        Assert.True(Volatile.Read(ref screened) >= 200);
    }

    private static SanctionsScreener CreateSut() => Excerpt.Value;
}
