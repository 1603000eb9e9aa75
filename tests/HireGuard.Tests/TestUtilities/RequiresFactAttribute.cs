namespace HireGuard.Tests.TestUtilities;

/// <summary>
/// A fact that needs external prerequisites (see <see cref="Prerequisite"/>): skipped with the
/// reason when one is missing locally, run (and so failing) under <c>CI=true</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresFactAttribute : FactAttribute
{
    /// <summary>Initializes a new instance of the <see cref="RequiresFactAttribute"/> class.</summary>
    /// <param name="prerequisites">Names such as <c>shared-data</c>, <c>tool:mmdblookup</c>, <c>python:sklearn</c>.</param>
    public RequiresFactAttribute(params string[] prerequisites)
    {
        Prerequisites = prerequisites;
        if (!Prerequisite.IsCi)
        {
            var reasons = prerequisites.Select(Prerequisite.SkipReason).OfType<string>().ToArray();
            if (reasons.Length > 0)
            {
                Skip = string.Join("; ", reasons);
            }
        }
    }

    /// <summary>Gets the prerequisites named by the test.</summary>
    public IReadOnlyList<string> Prerequisites { get; }
}
