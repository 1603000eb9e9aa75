using System.Text;
using FsCheck;
using FsCheck.Fluent;
using HireGuard.Sanctions;
using HireGuard.Tests.TestUtilities;

namespace HireGuard.Tests.Sanctions;

/// <summary>Hostile and damaged input: the loaders and the screener throw only their documented exceptions.</summary>
public sealed class LoaderFuzzTests
{
    private static readonly Lazy<SanctionsScreener> Excerpt = new(() => SanctionsScreener.Create(new SanctionsOptions { UseEmbeddedExcerpt = true }));

    [Fact]
    public void Build_RandomText_ThrowsOnlySanctionsListException()
    {
        Prop.ForAll<string, string, string>((sdn, alt, comments) => OnlyDocumented(() => OfacListLoader.Build(
            "fuzz",
            new ListText("sdn.csv", sdn ?? string.Empty),
            new ListText("alt.csv", alt ?? string.Empty),
            new ListText("add.csv", alt ?? string.Empty),
            new ListText("sdn_comments.csv", comments ?? string.Empty),
            allowIncomplete: true,
            [],
            null,
            null,
            []))).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Build_RandomOfacShapedRows_ThrowsOnlySanctionsListException()
    {
        var field = Gen.Elements("-0- ", "\"DPRK2\"", "\"individual\"", "\"KIM, Ung Sun\"", "12", "x", string.Empty, "\"a\"\"b\"", "\"DOB 23 Jun 1964; Digital Currency Address - XBT 1Hmqv\"", "\"Linked To: ;;a.k.a. '\"");
        var row = Gen.ArrayOf(field).Select(fields => string.Join(',', fields));
        var text = Gen.ArrayOf(row).Select(rows => string.Join("\r\n", rows));
        Prop.ForAll(text.ToArbitrary(), t => OnlyDocumented(() => OfacListLoader.Build(
            "fuzz", new ListText("sdn.csv", t), new ListText("alt.csv", t), null, new ListText("sdn_comments.csv", t), true, [], null, null, [])))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Watchlists_RandomText_ThrowOnlySanctionsListException()
    {
        Prop.ForAll<string>(text =>
            OnlyDocumented(() => WatchlistLoader.FromCsv(new ListText("w.csv", text ?? string.Empty), "w", null, null, []))
            && OnlyDocumented(() => WatchlistLoader.FromJson(new ListText("w.json", text ?? string.Empty), "w", null, null, [])))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Decode_RandomBytes_ThrowsOnlySanctionsListException()
    {
        Prop.ForAll<byte[]>(bytes => OnlyDocumented(() => CsvParser.Parse(ListFileReader.Decode(bytes ?? [], "f.csv"), "f.csv", 12)))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Screen_RandomQueries_NeverThrow()
    {
        var sut = Excerpt.Value;
        Prop.ForAll<string, string, string>((name, wallet, id) =>
        {
            var result = sut.Screen(new SanctionsQuery
            {
                Name = name,
                WalletAddress = wallet,
                IdentifierNumbers = id is null ? [] : [id],
                RelatedNames = name is null ? [] : [name, name + " LTD"],
                Nationality = id,
                DateOfBirth = new DateOnly(1964, 6, 23),
            });
            return result.Hits.All(h => h.MatchScore is >= 0 and <= 1 && h.NameSimilarity is >= 0 and <= 1);
        }).QuickCheckThrowOnFailure();
    }

    [RequiresTheory(Prerequisite.SharedDataName)]
    [InlineData("dprk-excerpt-2026")]
    [InlineData("watchman-tiny")]
    public void Build_DamagedRealFile_FailsOrLoadsEverything(string folder)
    {
        var path = SharedData.PathOf("ofac", folder, "sdn.csv");
        var original = File.ReadAllBytes(path);
        var text = Encoding.ASCII.GetString(original);
        var expected = OfacListLoader.Build("x", new ListText(path, text), null, null, null, true, [], null, null, []).Entries.Count;
        var random = new Random(4711);
        var failures = 0;
        for (var round = 0; round < 400; round++)
        {
            var (damaged, atLineEnd) = Damage(original, random);
            SanctionsListData? list = null;
            try
            {
                var decoded = ListFileReader.Decode(damaged, path);
                list = OfacListLoader.Build("x", new ListText(path, decoded), null, null, null, true, [], null, null, []);
            }
            catch (SanctionsListException ex)
            {
                Assert.Equal(path, ex.FilePath);
                failures++;
                continue;
            }

            // A file cut exactly at a line end is indistinguishable from a shorter list; everything else loads whole.
            if (!atLineEnd)
            {
                Assert.True(expected == list.Entries.Count, $"round {round}: {list.Entries.Count} of {expected}; diff at {FirstDiff(original, damaged)} len {damaged.Length}/{original.Length}: ...{Encoding.Latin1.GetString(damaged.AsSpan(Math.Max(0, FirstDiff(original, damaged) - 30), Math.Min(60, damaged.Length - Math.Max(0, FirstDiff(original, damaged) - 30))))}...");
            }
        }

        Assert.InRange(failures, 100, 400);
    }

    private static (byte[] Bytes, bool AtLineEnd) Damage(byte[] original, Random random)
    {
        var bytes = original.ToList();
        switch (random.Next(7))
        {
            case 0:
                var cut = random.Next(1, bytes.Count);
                var atLineEnd = bytes[cut - 1] == '\n' || (cut < bytes.Count && bytes[cut] == '\n') || cut >= original.Length - 2;
                return (bytes.Take(cut).ToArray(), atLineEnd);
            case 1:
                bytes[random.Next(bytes.Count)] = (byte)random.Next(256);
                break;
            case 2:
                bytes.Insert(random.Next(bytes.Count), (byte)'"');
                break;
            case 3:
                bytes.RemoveAt(random.Next(bytes.Count));
                break;
            case 4:
                bytes.Insert(random.Next(bytes.Count), 0);
                break;
            case 5:
                return (Encoding.Unicode.GetBytes(Encoding.ASCII.GetString(original)), false);
            default:
                bytes.Insert(random.Next(bytes.Count), (byte)',');
                break;
        }

        return (bytes.ToArray(), true);
    }

    private static int FirstDiff(byte[] a, byte[] b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    private static bool OnlyDocumented(Action action)
    {
        try
        {
            action();
            return true;
        }
        catch (SanctionsListException)
        {
            return true;
        }
    }
}
