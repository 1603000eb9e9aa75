namespace HireGuard.Model;

/// <summary>Identifies a model in provenance.</summary>
/// <param name="Id">The model's id (name and version).</param>
/// <param name="Sha256">The SHA-256 of the model file's canonical content, lower-case hex.</param>
/// <param name="Method">How contributions are computed: <c>linear</c> or <c>tree-shap</c>.</param>
/// <param name="FeatureSchemaVersion">The version of the feature schema the model was trained on.</param>
public sealed record ModelInfo(string Id, string Sha256, string Method, string FeatureSchemaVersion);
