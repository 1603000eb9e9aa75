using Microsoft.Extensions.Logging;

namespace HireGuard.Scoring;

/// <summary>Source-generated log messages of the engine. They carry ids, bands and counts, never case data.</summary>
internal static partial class EngineLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Assessment {AssessmentId}: band {Band}, score {Score:0.00}, {Findings} findings, {Warnings} input warnings, {ElapsedMs:0.000} ms")]
    public static partial void Evaluated(ILogger logger, string assessmentId, RiskBand band, double score, int findings, int warnings, double elapsedMs);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Rule {RuleId} threw {ExceptionType}; its indicators were not evaluated")]
    public static partial void RuleFailed(ILogger logger, string ruleId, string exceptionType);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Enrichment source {Source} threw {ExceptionType}; its indicators are reported as missing")]
    public static partial void SourceFailed(ILogger logger, string source, string exceptionType);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "Model {ModelId} threw {ExceptionType} or broke its additivity contract; the score uses expert weights only")]
    public static partial void ModelFailed(ILogger logger, string modelId, string exceptionType);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "HireGuard engine built: {RuleCount} rules, rule set {RuleSetVersion}, model {ModelId}")]
    public static partial void Built(ILogger logger, int ruleCount, string ruleSetVersion, string modelId);
}
