using HireGuard.Synthetic;
using Microsoft.Extensions.Options;

namespace HireGuard.Tests.Synthetic;

/// <summary>House-style rules (STYLE.md §9) checked on the HireGuard.Synthetic assembly.</summary>
public sealed class SyntheticConventionTests
{
    private static readonly System.Reflection.Assembly Library = typeof(SyntheticPopulation).Assembly;

    [Fact]
    public void PublicClasses_AreSealedOrStatic_ExceptOptions()
    {
        var open = Library.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed && !t.Name.EndsWith("Options", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(open);
    }

    [Fact]
    public void InternalClasses_AreSealedOrStatic()
    {
        var open = Library.GetTypes()
            .Where(t => t.IsClass && !t.IsPublic && !t.IsNestedPublic && !t.IsAbstract && !t.IsSealed)
            .Where(t => !t.Name.Contains('<', StringComparison.Ordinal) && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(open);
    }

    [Fact]
    public void Options_HaveBothValidators_AndTheDefaultsAreValid()
    {
        var options = new SyntheticPopulationOptions();

        var generated = new SyntheticPopulationOptionsValidator().Validate(Options.DefaultName, options);
        var custom = new SyntheticPopulationOptionsCustomValidator().Validate(Options.DefaultName, options);

        Assert.True(generated.Succeeded);
        Assert.True(custom.Succeeded);
        Assert.True(new SyntheticPopulationOptionsValidator().Validate(Options.DefaultName, new SyntheticPopulationOptions { Count = 0 }).Failed);
        Assert.True(new SyntheticPopulationOptionsCustomValidator().Validate(Options.DefaultName, new SyntheticPopulationOptions { DprkShareOverride = 0.9, Scenario = SyntheticScenario.Adversarial }).Failed);
    }
}
