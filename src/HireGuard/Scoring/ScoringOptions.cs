using System.ComponentModel.DataAnnotations;

namespace HireGuard.Scoring;

/// <summary>How findings and the model combine into a score, and how the score maps to a band.</summary>
public class ScoringOptions
{
    /// <summary>Gets or sets the prior probability that a case is a DPRK IT-worker case before any evidence: the base rate of your pipeline.</summary>
    /// <value>The default value is 0.003 (about 1 in 343 applicants, the general remote-engineering pipeline of INDICATORS.md §6.2).</value>
    [Range(1e-6, 0.5)]
    public double PriorProbability { get; set; } = 0.003;

    /// <summary>Gets or sets the score (0–100) from which the band is <c>Medium</c>.</summary>
    /// <value>The default value is 2.</value>
    [Range(0.0, 100.0)]
    public double MediumThreshold { get; set; } = 2;

    /// <summary>Gets or sets the score from which the band is <c>High</c>.</summary>
    /// <value>The default value is 15.</value>
    [Range(0.0, 100.0)]
    public double HighThreshold { get; set; } = 15;

    /// <summary>Gets or sets the score from which the band is <c>Critical</c>.</summary>
    /// <value>The default value is 50.</value>
    [Range(0.0, 100.0)]
    public double CriticalThreshold { get; set; } = 50;

    /// <summary>Gets or sets the model's share α in the blend: log-odds = α·model + (1−α)·expert, for indicators the model covers.</summary>
    /// <value>The default value is 1: where a model is configured, it decides for the indicators it covers; expert weights decide the rest.</value>
    [Range(0.0, 1.0)]
    public double ModelWeight { get; set; } = 1.0;
}
