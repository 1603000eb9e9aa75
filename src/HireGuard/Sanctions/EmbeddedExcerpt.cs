using System.Security.Cryptography;

namespace HireGuard.Sanctions;

/// <summary>
/// The small OFAC-format excerpt shipped inside the package: the DPRK IT-worker designations of
/// 2023–2025 (Chinyong, Kim Sang Man, the January, July and August 2025 actions, Yanbian and
/// Volasys Silver Star), written by hand from OFAC's public records. For <c>demo</c>, tests and a
/// first run; real deployments load OFAC's current files.
/// </summary>
internal static class EmbeddedExcerpt
{
    /// <summary>The list name reported for the excerpt.</summary>
    public const string ListName = "OFAC SDN (embedded DPRK IT-worker excerpt)";

    /// <summary>The date of the newest designation in the excerpt (OFAC action of 27 August 2025).</summary>
    public static readonly DateTimeOffset ListDate = new(2025, 8, 27, 0, 0, 0, TimeSpan.Zero);

    private const string Prefix = "HireGuard.Sanctions.Embedded.dprk-it-workers.";

    /// <summary>Loads the excerpt.</summary>
    /// <exception cref="SanctionsListException">The embedded resources are missing or damaged (a packaging bug).</exception>
    public static SanctionsListData Load()
    {
        var main = Read("sdn-excerpt.csv", out var sha256);
        var alt = Read("alt-excerpt.csv", out _);
        var add = Read("add-excerpt.csv", out _);
        return OfacListLoader.Build(ListName, main, alt, add, comments: null, allowIncomplete: true, [], ListDate, sha256, []);
    }

    private static ListText Read(string suffix, out string sha256)
    {
        var name = Prefix + suffix;
        using var stream = typeof(EmbeddedExcerpt).Assembly.GetManifestResourceStream(name)
            ?? throw new SanctionsListException(name, null, "the embedded excerpt is missing from the assembly");
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        var bytes = memory.ToArray();
        sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new ListText("embedded:" + suffix, ListFileReader.Decode(bytes, name));
    }
}
