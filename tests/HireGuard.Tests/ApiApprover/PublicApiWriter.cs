using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace HireGuard.Tests.ApiApprover;

/// <summary>
/// Writes the public surface of an assembly as sorted, C#-like declarations (the in-repo
/// replacement for PublicApiGenerator). Nullability of reference types is shown with <c>?</c>.
/// </summary>
internal static class PublicApiWriter
{
    private static readonly NullabilityInfoContext Nullability = new();

    public static string Write(Assembly assembly)
    {
        var text = new StringBuilder();
        foreach (var group in assembly.GetExportedTypes().OrderBy(t => t.Namespace, StringComparer.Ordinal).ThenBy(t => t.FullName, StringComparer.Ordinal).GroupBy(t => t.Namespace))
        {
            text.Append("namespace ").Append(group.Key).Append('\n');
            foreach (var type in group)
            {
                text.Append("  ").Append(Declaration(type)).Append('\n');
                foreach (var member in Members(type).Order(StringComparer.Ordinal))
                {
                    text.Append("    ").Append(member).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    private static string Declaration(Type t)
    {
        if (t.IsEnum)
        {
            return "public enum " + Name(t) + (Enum.GetUnderlyingType(t) == typeof(int) ? string.Empty : " : " + Name(Enum.GetUnderlyingType(t)));
        }

        if (typeof(Delegate).IsAssignableFrom(t))
        {
            var invoke = t.GetMethod("Invoke")!;
            return $"public delegate {Name(invoke.ReturnType, invoke.ReturnParameter)} {Name(t)}({Parameters(invoke)})";
        }

        var kind = t.IsInterface ? "interface" : t.IsValueType ? "struct" : IsRecord(t) ? "record" : "class";
        var modifiers = t.IsInterface || t.IsValueType ? string.Empty
            : t.IsAbstract && t.IsSealed ? "static "
            : t.IsAbstract ? "abstract "
            : t.IsSealed ? "sealed " : string.Empty;
        var bases = new List<string>();
        if (t.BaseType is { } b && b != typeof(object) && b != typeof(ValueType))
        {
            bases.Add(Name(b));
        }

        bases.AddRange(t.GetInterfaces().Where(i => i.IsPublic && !(IsRecord(t) && i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>))).Select(i => Name(i)).Order(StringComparer.Ordinal));
        return $"public {modifiers}{kind} {Name(t)}" + (bases.Count > 0 ? " : " + string.Join(", ", bases) : string.Empty);
    }

    private static IEnumerable<string> Members(Type t)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        if (t.IsEnum)
        {
            foreach (var f in t.GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                yield return $"{f.Name} = {Convert.ToInt64(f.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
            }

            yield break;
        }

        if (typeof(Delegate).IsAssignableFrom(t))
        {
            yield break;
        }

        foreach (var c in t.GetConstructors(flags).Where(Visible))
        {
            if (IsRecord(t) && c.GetParameters() is [var only] && only.ParameterType == t)
            {
                continue;
            }

            yield return $"{Access(c)}{t.Name.Split('`')[0]}({Parameters(c)})";
        }

        foreach (var p in t.GetProperties(flags))
        {
            var getter = p.GetMethod is { } g && Visible(g) ? g : null;
            var setter = p.SetMethod is { } s && Visible(s) ? s : null;
            if ((getter ?? setter) is not { } accessor || (IsRecord(t) && p.Name == "EqualityContract"))
            {
                continue;
            }

            var init = setter?.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) == true;
            var required = p.GetCustomAttributes().Any(a => a.GetType().Name == "RequiredMemberAttribute") ? "required " : string.Empty;
            yield return $"{Access(accessor)}{Static(accessor)}{required}{Name(p.PropertyType, p)} {p.Name} {{ {(getter is null ? string.Empty : "get; ")}{(setter is null ? string.Empty : init ? "init; " : "set; ")}}}";
        }

        foreach (var f in t.GetFields(flags).Where(f => f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly))
        {
            var value = f.IsLiteral ? " = " + Literal(f.GetRawConstantValue()) : string.Empty;
            yield return $"{(f.IsFamily ? "protected " : "public ")}{(f.IsLiteral ? "const " : f.IsStatic ? "static " : string.Empty)}{(f.IsInitOnly ? "readonly " : string.Empty)}{Name(f.FieldType)} {f.Name}{value}";
        }

        foreach (var e in t.GetEvents(flags).Where(e => e.AddMethod is { } a && Visible(a)))
        {
            yield return $"{Access(e.AddMethod!)}event {Name(e.EventHandlerType!)} {e.Name}";
        }

        foreach (var m in t.GetMethods(flags).Where(m => Visible(m) && !m.IsSpecialName))
        {
            if (IsRecord(t) && m.Name is "<Clone>$" or "PrintMembers" or "Deconstruct")
            {
                continue;
            }

            if (IsRecord(t) && m.Name is "Equals" or "GetHashCode" or "ToString" && m.GetBaseDefinition().DeclaringType == typeof(object))
            {
                continue;
            }

            if (IsRecord(t) && m.Name == "Equals" && m.GetParameters() is [var eq] && eq.ParameterType == t)
            {
                continue;
            }

            var generic = m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : string.Empty;
            var modifiers = m.IsStatic ? "static " : m.IsAbstract && !t.IsInterface ? "abstract " : m.IsVirtual && !m.IsFinal && !t.IsInterface ? (m.GetBaseDefinition() == m ? "virtual " : "override ") : string.Empty;
            var extension = m.IsDefined(typeof(ExtensionAttribute), false) ? "this " : string.Empty;
            yield return $"{Access(m)}{modifiers}{Name(m.ReturnType, m.ReturnParameter)} {m.Name}{generic}({extension}{Parameters(m)})";
        }

        foreach (var nested in t.GetNestedTypes(BindingFlags.Public))
        {
            yield return "nested " + Declaration(nested);
        }
    }

    private static bool IsRecord(Type t) => t.GetMethod("<Clone>$") is not null || (t.IsValueType && t.GetMethod("PrintMembers", BindingFlags.NonPublic | BindingFlags.Instance) is not null);

    private static bool Visible(MethodBase m) => m.IsPublic || m.IsFamily || m.IsFamilyOrAssembly;

    private static string Access(MethodBase m) => m.IsPublic ? "public " : "protected ";

    private static string Static(MethodBase m) => m.IsStatic ? "static " : string.Empty;

    private static string Parameters(MethodBase m) => string.Join(", ", m.GetParameters().Select(p =>
        (p.IsDefined(typeof(ParamArrayAttribute)) || p.GetCustomAttributes().Any(a => a.GetType().Name == "ParamCollectionAttribute") ? "params " : string.Empty)
        + (p.IsOut ? "out " : p.ParameterType.IsByRef ? "ref " : string.Empty)
        + Name(p.ParameterType, p) + " " + p.Name + (p.HasDefaultValue ? " = " + Literal(p.DefaultValue) : string.Empty)));

    private static string Literal(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    private static string Name(Type type, ParameterInfo parameter) => Name(type, Safe(() => Nullability.Create(parameter)));

    private static string Name(Type type, PropertyInfo property) => Name(type, Safe(() => Nullability.Create(property)));

    private static NullabilityInfo? Safe(Func<NullabilityInfo> create)
    {
        try
        {
            return create();
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    private static string Name(Type type, NullabilityInfo? info = null)
    {
        if (type.IsByRef)
        {
            return Name(type.GetElementType()!, info?.ElementType);
        }

        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Name(underlying) + "?";
        }

        var nullable = !type.IsValueType && info?.ReadState == NullabilityState.Nullable ? "?" : string.Empty;
        if (type.IsArray)
        {
            return Name(type.GetElementType()!, info?.ElementType) + "[]" + nullable;
        }

        var simple = type.FullName switch
        {
            "System.String" => "string",
            "System.Int32" => "int",
            "System.Int64" => "long",
            "System.Double" => "double",
            "System.Boolean" => "bool",
            "System.Object" => "object",
            "System.Void" => "void",
            "System.Byte" => "byte",
            _ => null,
        };
        if (simple is not null)
        {
            return simple + nullable;
        }

        if (type.IsGenericParameter)
        {
            return type.Name + nullable;
        }

        var name = (type.IsNested ? Name(type.DeclaringType!) + "." : string.Empty) + type.Name.Split('`')[0];
        if (type.IsGenericType)
        {
            var args = type.GetGenericArguments();
            name += "<" + string.Join(", ", args.Select((a, i) => Name(a, info?.GenericTypeArguments.ElementAtOrDefault(i)))) + ">";
        }

        return name + nullable;
    }
}
