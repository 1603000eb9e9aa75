using System.Buffers;
using System.IO.MemoryMappedFiles;

namespace HireGuard.IpIntelligence;

/// <summary>
/// The bytes of one database: a read-only memory map of a file (opened with
/// <see cref="FileShare.Read"/> | <see cref="FileShare.Delete"/> so the file can be replaced while
/// it is mapped) or pinned managed memory. Exposes one base pointer and a 64-bit length.
/// </summary>
internal sealed unsafe class MmdbMemory : IDisposable
{
    private readonly MemoryMappedFile? _map;
    private readonly MemoryMappedViewAccessor? _view;
    private MemoryHandle _pin;
    private int _disposed;

    private MmdbMemory(byte* pointer, long length, MemoryMappedFile? map, MemoryMappedViewAccessor? view, MemoryHandle pin)
    {
        Pointer = pointer;
        Length = length;
        _map = map;
        _view = view;
        _pin = pin;
    }

    /// <summary>Gets the first byte.</summary>
    public byte* Pointer { get; }

    /// <summary>Gets the number of bytes.</summary>
    public long Length { get; }

    /// <summary>Maps a file read-only.</summary>
    public static MmdbMemory MapFile(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 1, FileOptions.None);
        MemoryMappedFile? map = null;
        MemoryMappedViewAccessor? view = null;
        try
        {
            var length = stream.Length;
            if (length == 0)
            {
                throw new InvalidDatabaseException("The file is empty, so it is not an MMDB database.");
            }

            map = MemoryMappedFile.CreateFromFile(stream, mapName: null, capacity: 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
            view = map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read);
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            return new MmdbMemory(pointer + view.PointerOffset, length, map, view, default);
        }
        catch
        {
            view?.Dispose();
            map?.Dispose();
            stream.Dispose();
            throw;
        }
    }

    /// <summary>Pins managed memory for the lifetime of the returned object.</summary>
    public static MmdbMemory Pin(ReadOnlyMemory<byte> memory)
    {
        var handle = memory.Pin();
        return new MmdbMemory((byte*)handle.Pointer, memory.Length, null, null, handle);
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_view is not null)
        {
            _view.SafeMemoryMappedViewHandle.ReleasePointer();
            _view.Dispose();
        }

        _map?.Dispose();
        _pin.Dispose();
    }
}
