using System.ComponentModel.DataAnnotations;

namespace HireGuard.Signals;

/// <summary>Limits applied when reading and validating hiring cases.</summary>
public class InputOptions
{
    /// <summary>Gets or sets the largest document accepted, in bytes.</summary>
    /// <value>The default value is 4 MiB.</value>
    [Range(1024, 256 * 1024 * 1024)]
    public int MaxDocumentBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Gets or sets the deepest JSON nesting accepted.</summary>
    /// <value>The default value is 32; the case model itself needs 5.</value>
    [Range(8, 256)]
    public int MaxDepth { get; set; } = 32;

    /// <summary>Gets or sets the longest string value kept; longer values become a <c>too_long</c> warning and are treated as missing.</summary>
    /// <value>The default value is 4096.</value>
    [Range(16, 1024 * 1024)]
    public int MaxStringLength { get; set; } = 4096;

    /// <summary>Gets or sets the most items kept per array; the excess becomes a <c>too_many_items</c> warning.</summary>
    /// <value>The default value is 1000.</value>
    [Range(1, 1_000_000)]
    public int MaxArrayItems { get; set; } = 1000;
}
