using Microsoft.Extensions.Logging;

namespace HireGuard.IpIntelligence;

/// <summary>Log messages of <see cref="IpIntelligenceService"/> (no addresses or other personal data).</summary>
internal static partial class IpIntelligenceLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "IP intelligence loaded {Databases} database(s) and {Lists} list(s)")]
    public static partial void Loaded(ILogger logger, int databases, int lists);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "IP intelligence reload failed; the previous data keeps answering")]
    public static partial void ReloadFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "IP list warning: {Warning}")]
    public static partial void ListWarning(ILogger logger, string warning);
}
