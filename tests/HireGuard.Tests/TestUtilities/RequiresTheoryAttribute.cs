namespace HireGuard.Tests.TestUtilities;

/// <summary>The theory counterpart of <see cref="RequiresFactAttribute"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequiresTheoryAttribute : TheoryAttribute
{
    /// <summary>Initializes a new instance of the <see cref="RequiresTheoryAttribute"/> class.</summary>
    /// <param name="prerequisites">Names such as <c>shared-data</c>, <c>tool:mmdblookup</c>, <c>python:sklearn</c>.</param>
    public RequiresTheoryAttribute(params string[] prerequisites)
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
