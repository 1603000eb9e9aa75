using System.Security.Cryptography;
using System.Text;

namespace HireGuard.Sanctions;

/// <summary>
/// Reads a list file as text: UTF-8 (with or without BOM), UTF-16 with a BOM, otherwise Latin-1
/// (OFAC's files are ASCII with the odd Latin-1 byte). Rejects files that are too large or that
/// are not text (NUL bytes, e.g. UTF-16 without a BOM).
/// </summary>
internal static class ListFileReader
{
    /// <summary>The largest list file accepted (OFAC's biggest CSV is about 6 MB).</summary>
    public const long MaxFileBytes = 256L * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a file.</summary>
    /// <exception cref="SanctionsListException">The file cannot be read or is not text.</exception>
    public static ListFileContent Read(string path)
    {
        byte[] bytes;
        FileInfo info;
        try
        {
            info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new SanctionsListException(path, null, "the file does not exist");
            }

            if (info.Length > MaxFileBytes)
            {
                throw new SanctionsListException(path, null, $"the file is {info.Length} bytes; at most {MaxFileBytes} are accepted");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (IOException ex)
        {
            throw new SanctionsListException(path, null, "the file cannot be read: " + ex.Message, ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new SanctionsListException(path, null, "the file cannot be read: " + ex.Message, ex);
        }

        var text = Decode(bytes, path);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new ListFileContent(text, sha, new ListFileStamp(info.FullName, info.Length, info.LastWriteTimeUtc));
    }

    /// <summary>Decodes bytes as described on the type.</summary>
    /// <exception cref="SanctionsListException">The bytes are not text.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string path)
    {
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            text = DecodeUtf8(bytes[3..], path);
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            if (bytes.Length % 2 != 0)
            {
                throw new SanctionsListException(path, null, "the UTF-16 file has an odd number of bytes (truncated?)");
            }

            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            text = encoding.GetString(bytes[2..]);
        }
        else
        {
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                text = Encoding.Latin1.GetString(bytes);
            }
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            throw new SanctionsListException(path, LineOf(text, nul), "the file contains NUL characters; it is not a text file (UTF-16 without a byte-order mark?)");
        }

        return text;
    }

    /// <summary>Returns the 1-based line of a character offset.</summary>
    public static long LineOf(string text, int offset)
    {
        long line = 1;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes, string path)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new SanctionsListException(path, null, "the file starts with a UTF-8 byte-order mark but is not valid UTF-8", ex);
        }
    }
}
