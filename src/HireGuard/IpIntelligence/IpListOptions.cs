using System.ComponentModel.DataAnnotations;

namespace HireGuard.IpIntelligence;

/// <summary>One labelled IP list file (part of <see cref="IpIntelligenceOptions"/>); see <see cref="IpList"/> for the format.</summary>
public sealed class IpListOptions
{
    /// <summary>Gets or sets the list file.</summary>
    /// <value>The default value is an empty string (must be set).</value>
    [Required]
    public string Path { get; set; } = string.Empty;

    /// <summary>Gets or sets the label of matches, e.g. <c>astrill</c>, <c>tor-exit</c>, <c>datacenter</c>, <c>corporate-egress</c>.</summary>
    /// <value>The default value is an empty string (must be set).</value>
    [Required]
    [RegularExpression("^[a-z0-9][a-z0-9._-]{0,63}$")]
    public string Label { get; set; } = string.Empty;

    /// <summary>Gets or sets the list's name in results and provenance; null uses the file name.</summary>
    /// <value>The default value is null.</value>
    [StringLength(128)]
    public string? Name { get; set; }

    /// <summary>Gets or sets whether matches suppress findings (corporate egress, known-good partners).</summary>
    /// <value>The default value is false.</value>
    public bool IsAllowList { get; set; }
}
