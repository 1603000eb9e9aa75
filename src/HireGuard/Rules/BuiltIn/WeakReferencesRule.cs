using System.Collections.Frozen;
using HireGuard.Evidence;

namespace HireGuard.Rules.BuiltIn;

/// <summary>
/// IDD.WEAK_REFERENCES: references that speak for an organisation from a free-mail address, or that
/// could not be reached through independently found contacts. Applied the same way to every mail
/// provider and country.
/// </summary>
internal sealed class WeakReferencesRule() : CatalogRule("identity.weak-references", "1.0", Code)
{
    private const string Code = "IDD.WEAK_REFERENCES";

    private static readonly FrozenSet<string> FreeMailDomains = new[]
    {
        "gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
        "aol.com", "icloud.com", "me.com", "mac.com", "mail.com", "gmx.com", "gmx.net", "gmx.de", "web.de",
        "proton.me", "protonmail.com", "pm.me", "tutanota.com", "tuta.io", "zoho.com", "yandex.com", "yandex.ru",
        "mail.ru", "qq.com", "163.com", "126.com", "naver.com", "daum.net", "rediffmail.com",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public override void Evaluate(CaseEvidence evidence, RuleContext context)
    {
        var references = evidence.Case.Candidate?.References ?? [];
        if (references.Count == 0)
        {
            context.ReportMissing(Code, "/candidate/references", "No references were supplied.");
            return;
        }

        var assessed = 0;
        var items = new List<EvidenceItem>();
        for (var i = 0; i < references.Count; i++)
        {
            var r = references[i];
            var domain = r.Email is { } email && email.LastIndexOf('@') is var at and > 0 ? email[(at + 1)..].Trim() : null;
            var freeMail = domain is not null && !string.IsNullOrWhiteSpace(r.Organization) && FreeMailDomains.Contains(domain);
            if (domain is null && r.ContactVerified is null)
            {
                continue;
            }

            assessed++;
            if (r.ContactVerified == false)
            {
                items.Add(new EvidenceItem(string.Create(Inv, $"/candidate/references/{i}/contactVerified"), "false", null, "reached through independently found contacts"));
            }
            else if (freeMail && r.ContactVerified != true)
            {
                items.Add(new EvidenceItem(string.Create(Inv, $"/candidate/references/{i}/email"), "free-mail domain " + domain, "a domain of " + r.Organization));
            }
        }

        if (assessed == 0)
        {
            context.ReportMissing(Code, "/candidate/references", "No reference e-mail or verification result was supplied.");
            return;
        }

        var share = (double)items.Count / assessed;
        if (items.Count > 0 && share >= 0.5)
        {
            context.Report(Code, share, string.Create(Inv, $"{items.Count} of {assessed} references could not be tied to the organisations they speak for."), [.. items]);
        }
    }
}
