using HireGuard.Signals;

namespace HireGuard.Rules.BuiltIn;

/// <summary>The names a candidate is known by: full name, other names, and the names on their documents.</summary>
internal static class CandidateNames
{
    public static List<string> Of(HiringCase hiringCase)
    {
        var names = new List<string>();
        if (!string.IsNullOrWhiteSpace(hiringCase.Candidate?.FullName))
        {
            names.Add(hiringCase.Candidate.FullName);
        }

        foreach (var other in hiringCase.Candidate?.OtherNames ?? [])
        {
            if (!string.IsNullOrWhiteSpace(other))
            {
                names.Add(other);
            }
        }

        foreach (var document in hiringCase.Documents)
        {
            var name = $"{document.GivenNames} {document.Surname}".Trim();
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        return names;
    }
}
