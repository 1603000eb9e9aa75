namespace HireGuard.Synthetic;

/// <summary>A facilitator hosting a laptop farm for one cell (§6.3.4), with the services they provide.</summary>
internal sealed record Facilitator
{
    public required string Id { get; init; }

    /// <summary>Gets the index of the cell whose laptops the farm hosts.</summary>
    public required int Cell { get; init; }

    public required string Name { get; init; }

    public required Place Place { get; init; }

    public required string Street { get; init; }

    public required string PostalCode { get; init; }

    public required string EgressIp { get; init; }

    /// <summary>Gets how many devices the farm hosts (heavy-tailed).</summary>
    public required int Capacity { get; init; }

    public required bool ReceivesLaptop { get; init; }

    public required bool InstallsRmm { get; init; }

    public required string RmmTool { get; init; }

    public required bool InstallsKvm { get; init; }

    public required bool Reships { get; init; }

    public required bool OpensAccount { get; init; }

    public required bool StandsIn { get; init; }

    public required string AccountNumber { get; init; }

    public required string RoutingNumber { get; init; }
}
