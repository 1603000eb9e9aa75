namespace HireGuard.Model;

/// <summary>One allow-listed feature of the case feature schema.</summary>
/// <param name="Name">The feature name, as it appears in a model's feature manifest.</param>
/// <param name="Code">The indicator code the feature speaks for; the model's contribution for it joins that code's reason.</param>
/// <param name="Source">Where the value comes from.</param>
internal sealed record CaseFeature(string Name, string Code, CaseFeatureSource Source);
