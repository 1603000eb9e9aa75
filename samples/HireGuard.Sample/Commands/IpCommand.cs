using System.CommandLine;

namespace HireGuard.Sample.Commands;

/// <summary><c>hireguard ip lookup|build</c>: MMDB lookups and compiling CIDR lists into an MMDB.</summary>
internal static class IpCommand
{
    public static Command Create()
    {
        var ip = new Command("ip", "IP intelligence: look addresses up in MMDB files, or compile labelled CIDR lists into one MMDB.");
        ip.Subcommands.Add(IpLookupCommand.Create());
        ip.Subcommands.Add(IpBuildCommand.Create());
        return ip;
    }
}
