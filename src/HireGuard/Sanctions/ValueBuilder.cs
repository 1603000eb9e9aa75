namespace HireGuard.Sanctions;

/// <summary>A minimal growable-in-place character buffer over caller-provided memory (usually the stack).</summary>
internal ref struct ValueBuilder
{
    private readonly Span<char> _buffer;

    /// <summary>Initializes a new instance of the <see cref="ValueBuilder"/> struct.</summary>
    /// <param name="buffer">The memory to write into; it must be large enough for everything appended.</param>
    public ValueBuilder(Span<char> buffer)
    {
        _buffer = buffer;
        Length = 0;
    }

    /// <summary>Gets or sets the number of characters written (setting it truncates).</summary>
    public int Length { get; set; }

    /// <summary>Gets a written character by reference.</summary>
    public readonly ref char this[int index] => ref _buffer[..Length][index];

    /// <summary>Appends one character.</summary>
    public void Append(char c) => _buffer[Length++] = c;

    /// <summary>Appends characters.</summary>
    public void Append(string text)
    {
        text.AsSpan().CopyTo(_buffer[Length..]);
        Length += text.Length;
    }

    /// <summary>Gets the written characters.</summary>
    public readonly ReadOnlySpan<char> AsSpan() => _buffer[..Length];
}
