using System.Globalization;
using System.Text;

namespace HireGuard.IpIntelligence;

/// <summary>A parsed field path: alternatives (<c>|</c>) of segment lists (<c>/</c>).</summary>
internal sealed class MmdbFieldPath
{
    private const int MaxSegments = 32;

    private MmdbFieldPath(IReadOnlyList<MmdbPathSegment[]> alternatives)
    {
        Alternatives = alternatives;
    }

    public IReadOnlyList<MmdbPathSegment[]> Alternatives { get; }

    /// <summary>Parses a path such as <c>subdivisions/0/iso_code|region_code</c>.</summary>
    public static bool TryParse(string spec, out MmdbFieldPath? path, out string error)
    {
        path = null;
        if (string.IsNullOrWhiteSpace(spec))
        {
            error = "a field path is empty";
            return false;
        }

        var alternatives = new List<MmdbPathSegment[]>();
        foreach (var alternative in spec.Split('|'))
        {
            var parts = alternative.Split('/');
            if (parts.Length > MaxSegments)
            {
                error = $"'{alternative}' has more than {MaxSegments} segments";
                return false;
            }

            var segments = new MmdbPathSegment[parts.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                var part = parts[i];
                if (part.Length == 0)
                {
                    error = $"'{spec}' has an empty segment";
                    return false;
                }

                var looksNumeric = part[0] == '-' || char.IsAsciiDigit(part[0]);
                if (looksNumeric && int.TryParse(part, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index))
                {
                    segments[i] = new MmdbPathSegment(null, index);
                }
                else
                {
                    segments[i] = new MmdbPathSegment(Encoding.UTF8.GetBytes(part), 0);
                }
            }

            alternatives.Add(segments);
        }

        path = new MmdbFieldPath(alternatives);
        error = string.Empty;
        return true;
    }
}
