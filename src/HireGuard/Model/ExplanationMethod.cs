namespace HireGuard.Model;

/// <summary>How a model's contributions were computed. Both are exact: they add up to the score.</summary>
public enum ExplanationMethod
{
    /// <summary>
    /// Linear Shapley values of a logistic model: <c>w·(x − mean)</c> (plus the missing-value term),
    /// relative to the training mean; exact Shapley values for an additive model.
    /// </summary>
    Linear = 0,

    /// <summary>Path-dependent TreeSHAP (Lundberg et al.), exact Shapley values of the tree ensemble's conditional expectations.</summary>
    TreeShap = 1,
}
