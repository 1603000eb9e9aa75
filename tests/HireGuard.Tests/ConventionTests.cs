using System.ComponentModel.DataAnnotations;
using System.Reflection;
using HireGuard.DependencyInjection;
using HireGuard.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HireGuard.Tests;

/// <summary>Architecture rules of the library, checked by reflection (STYLE.md §21).</summary>
public sealed class ConventionTests
{
    private static readonly Assembly Library = typeof(RiskEngine).Assembly;

    /// <summary>Public types deliberately left open for extension.</summary>
    private static readonly HashSet<Type> DesignedForExtension =
    [
        typeof(HireGuardException),
    ];

    /// <summary>Options passed per call rather than bound at start-up; the API that takes them validates them on use.</summary>
    private static readonly HashSet<string> ValidatedOnUse =
    [
        "HireGuard.Model.GradientBoostedTreesOptions",
        "HireGuard.Model.LogisticRegressionOptions",
        "HireGuard.IpIntelligence.MmdbWriterOptions",
    ];

    [Fact]
    public void PublicClasses_AreSealedAbstractStaticOrDesignedForExtension()
    {
        var open = Library.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsAbstract && !t.IsSealed && !typeof(Delegate).IsAssignableFrom(t))
            .Where(t => !DesignedForExtension.Contains(t) && !t.Name.EndsWith("Options", StringComparison.Ordinal))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(open);
    }

    [Fact]
    public void InternalClasses_AreSealedOrAbstractOrStatic()
    {
        var open = Library.GetTypes()
            .Where(t => t.IsClass && !t.IsPublic && !t.IsNestedPublic && !t.IsAbstract && !t.IsSealed)
            .Where(t => !t.Name.Contains('<', StringComparison.Ordinal) && !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(open);
    }

    [Fact]
    public void NothingPublic_LivesInTheInternalNamespace()
    {
        Assert.DoesNotContain(Library.GetExportedTypes(), t => t.Namespace == "HireGuard.Internal");
    }

    [Fact]
    public void PublicExceptions_DeriveFromHireGuardException()
    {
        var exceptions = Library.GetExportedTypes().Where(t => typeof(Exception).IsAssignableFrom(t)).ToList();

        Assert.NotEmpty(exceptions);
        Assert.All(exceptions, t => Assert.True(typeof(HireGuardException).IsAssignableFrom(t), t.FullName));
    }

    [Fact]
    public void EveryOptionsType_IsValidatedAtStartUp()
    {
        var services = new ServiceCollection().AddHireGuard(b => b.AddSanctionsScreening(o => o.UseEmbeddedExcerpt = true).AddIpIntelligence(_ => { }));
        var validatedRoots = services.Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IValidateOptions<>))
            .Select(d => d.ServiceType.GetGenericArguments()[0])
            .ToHashSet();
        var reachable = new HashSet<Type>();
        foreach (var root in validatedRoots)
        {
            Collect(root, reachable);
        }

        var optionsTypes = Library.GetExportedTypes()
            .Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal) && t.IsClass && !ValidatedOnUse.Contains(t.FullName!))
            .ToList();

        Assert.NotEmpty(optionsTypes);
        Assert.All(optionsTypes, t => Assert.True(reachable.Contains(t), $"{t.FullName} is not validated at start-up (register a validator or nest it under a validated options type)."));
    }

    [Fact]
    public void OptionsProperties_ThatAreNumbers_DeclareTheirRange()
    {
        var unconstrained = Library.GetExportedTypes()
            .Where(t => t.Name.EndsWith("Options", StringComparison.Ordinal))
            .SelectMany(t => t.GetProperties())
            .Where(p => p.PropertyType == typeof(int) || p.PropertyType == typeof(double))
            .Where(p => p.GetCustomAttribute<RangeAttribute>() is null)
            .Select(p => p.DeclaringType!.Name + "." + p.Name)
            .ToList();

        Assert.Empty(unconstrained);
    }

    [Fact]
    public void LibrarySource_ChecksNullArgumentsOnlyThroughThrowIfNull()
    {
        var source = Path.Combine(TestUtilities.SharedData.RepositoryRoot, "src");
        var offenders = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => x.line.Contains("throw new ArgumentNullException", StringComparison.Ordinal))
            .Select(x => $"{Path.GetRelativePath(source, x.f)}:{x.i + 1}")
            .ToList();

        Assert.Empty(offenders);
    }

    private static void Collect(Type type, HashSet<Type> seen)
    {
        if (!seen.Add(type))
        {
            return;
        }

        foreach (var p in type.GetProperties())
        {
            var t = p.PropertyType;
            var element = t.IsGenericType && typeof(System.Collections.IEnumerable).IsAssignableFrom(t) ? t.GetGenericArguments()[^1] : t;
            if (element.IsClass && element.Assembly == Library)
            {
                Collect(element, seen);
            }
        }
    }
}
