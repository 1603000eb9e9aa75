namespace HireGuard.Synthetic;

/// <summary>A national-origin group (a protected attribute, evaluation only) and the naming culture drawn with it.</summary>
/// <param name="Name">The group name written to <c>eval_national_origin_group</c>.</param>
/// <param name="Share">Its share of every class alike.</param>
/// <param name="Countries">Origin countries (nationality of immigrants, foreign schools and banks).</param>
/// <param name="Language">The heritage language written to <c>eval_primary_language</c>.</param>
/// <param name="MaleGiven">Given names typically given to boys.</param>
/// <param name="FemaleGiven">Given names typically given to girls.</param>
/// <param name="Family">Family names.</param>
internal sealed record OriginGroup(string Name, double Share, string[] Countries, string Language, string[] MaleGiven, string[] FemaleGiven, string[] Family);
