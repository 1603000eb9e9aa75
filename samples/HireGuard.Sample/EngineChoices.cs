namespace HireGuard.Sample;

/// <summary>What the command line chose for the engine: reference data, model, store.</summary>
internal sealed record EngineChoices
{
    public TimeProvider? TimeProvider { get; init; }
}
