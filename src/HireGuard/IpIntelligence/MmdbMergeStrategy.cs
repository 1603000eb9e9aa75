namespace HireGuard.IpIntelligence;

/// <summary>What <see cref="MmdbWriter.Insert(System.Net.IPNetwork, object, MmdbMergeStrategy)"/> does where the new network overlaps data already inserted.</summary>
public enum MmdbMergeStrategy
{
    /// <summary>The new value replaces whatever the network held, including more specific networks inside it.</summary>
    Replace,

    /// <summary>Where both values are maps, keys of the new value replace the old keys and other old keys stay; otherwise the new value replaces.</summary>
    MergeTopLevel,

    /// <summary>
    /// Maps merge key by key, recursively; arrays become the old elements followed by the new ones
    /// not already present (a set union, useful for labels); any other value is replaced.
    /// </summary>
    MergeDeep,
}
