namespace HireGuard.IpIntelligence;

/// <summary>
/// A UTF-8 string inside an open database, read without allocating. <see cref="Value"/> materialises
/// it (cached per reader, so repeated values cost nothing after the first); <see cref="Utf8"/> and
/// <see cref="Equals(string?)"/> never allocate.
/// </summary>
/// <remarks>Valid only while the reader that produced it is open.</remarks>
public readonly struct MmdbString : IEquatable<MmdbString>
{
    private readonly MmdbReader? _reader;
    private readonly long _position;
    private readonly int _length;

    internal MmdbString(MmdbReader reader, long position, int length)
    {
        _reader = reader;
        _position = position;
        _length = length;
    }

    /// <summary>Gets whether the record has this field.</summary>
    public bool HasValue => _reader is not null;

    /// <summary>Gets the raw UTF-8 bytes (empty when absent).</summary>
    /// <exception cref="ObjectDisposedException">The reader is disposed.</exception>
    public ReadOnlySpan<byte> Utf8 => _reader is null ? default : _reader.Bytes(_position, _length);

    /// <summary>Gets the string, or null when absent.</summary>
    /// <exception cref="ObjectDisposedException">The reader is disposed.</exception>
    /// <exception cref="InvalidDatabaseException">The bytes are not valid UTF-8.</exception>
    public string? Value => _reader?.String(_position, _length);

    /// <summary>Compares with a .NET string without allocating (ordinal).</summary>
    /// <param name="other">The string to compare with; null equals an absent value.</param>
    /// <returns>Whether both are absent, or both hold the same characters.</returns>
    public bool Equals(string? other)
    {
        if (other is null || _reader is null)
        {
            return other is null && _reader is null;
        }

        var bytes = Utf8;
        if (bytes.Length < other.Length || bytes.Length > other.Length * 3)
        {
            return false;
        }

        Span<char> chars = bytes.Length <= 256 ? stackalloc char[bytes.Length] : new char[bytes.Length];
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out _, out var written, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done && chars[..written].SequenceEqual(other);
    }

    /// <summary>Compares the UTF-8 bytes of two values.</summary>
    /// <param name="other">The other value.</param>
    /// <returns>Whether both are absent, or both have the same bytes.</returns>
    public bool Equals(MmdbString other) =>
        HasValue == other.HasValue && Utf8.SequenceEqual(other.Utf8);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is MmdbString other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        hash.AddBytes(Utf8);
        return hash.ToHashCode();
    }

    /// <summary>Returns <see cref="Value"/>, or an empty string when absent.</summary>
    /// <returns>The string.</returns>
    public override string ToString() => Value ?? string.Empty;

    /// <summary>Compares two values by their bytes.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(MmdbString left, MmdbString right) => left.Equals(right);

    /// <summary>Compares two values by their bytes.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(MmdbString left, MmdbString right) => !left.Equals(right);
}
