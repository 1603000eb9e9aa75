namespace HireGuard.Signals;

/// <summary>
/// Everything known about one candidate or new hire at one point in the hiring pipeline: the input
/// of <see cref="Scoring.RiskEngine"/>. Every section but <see cref="CaseId"/> is optional; a section
/// or field that is absent is <em>missing</em> (reported in the assessment's missing signals and
/// scored as nothing), never <em>fine</em>.
/// </summary>
/// <remarks>
/// The JSON form is camelCase (see <see cref="HiringCaseJson"/> and the shipped JSON Schema). Values
/// are used only as they bear on misrepresentation, remote control, payment routing, linkage and
/// sanctions. Protected attributes (nationality, place of birth, name ethnicity, language) never
/// reach a rule weight or the classifier: a document's nationality is read only to corroborate a
/// sanctions match for compliance.
/// </remarks>
public sealed record HiringCase
{
    /// <summary>Gets the caller's identifier of the case. Required; echoed in the assessment.</summary>
    public required string CaseId { get; init; }

    /// <summary>Gets the pipeline context (stage, employer profile).</summary>
    public CaseContext? Context { get; init; }

    /// <summary>Gets what the candidate claimed about themselves.</summary>
    public Candidate? Candidate { get; init; }

    /// <summary>Gets the identity documents supplied, with identity-verification results.</summary>
    public IReadOnlyList<IdentityDocument> Documents { get; init => field = value ?? []; } = [];

    /// <summary>Gets the observed sessions (application, interviews, sign-ins).</summary>
    public IReadOnlyList<Session> Sessions { get; init => field = value ?? []; } = [];

    /// <summary>Gets the equipment shipments.</summary>
    public IReadOnlyList<Shipment> Shipments { get; init => field = value ?? []; } = [];

    /// <summary>Gets the payout instructions, current and previous.</summary>
    public IReadOnlyList<PayrollInstruction> Payroll { get; init => field = value ?? []; } = [];

    /// <summary>Gets the interview rounds.</summary>
    public IReadOnlyList<Interview> Interviews { get; init => field = value ?? []; } = [];

    /// <summary>Gets what was observed after the start date.</summary>
    public Employment? Employment { get; init; }
}
