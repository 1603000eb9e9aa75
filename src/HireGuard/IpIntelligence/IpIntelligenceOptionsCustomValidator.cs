using Microsoft.Extensions.Options;

namespace HireGuard.IpIntelligence;

/// <summary>Cross-field rules of <see cref="IpIntelligenceOptions"/>: at least one source, unique names, valid field maps and labels.</summary>
internal sealed class IpIntelligenceOptionsCustomValidator : IValidateOptions<IpIntelligenceOptions>
{
    public ValidateOptionsResult Validate(string? name, IpIntelligenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = new ValidateOptionsResultBuilder();
        if (options.Databases.Count == 0 && options.Lists.Count == 0 && !options.IncludeDprkAddressSpace)
        {
            builder.AddError("Configure at least one database or list (or keep IncludeDprkAddressSpace).");
        }

        if (options.ReloadCheckInterval < TimeSpan.Zero || options.ReloadCheckInterval > TimeSpan.FromDays(1))
        {
            builder.AddError($"{options.ReloadCheckInterval} is not between zero (off) and one day", nameof(IpIntelligenceOptions.ReloadCheckInterval));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Databases.Count; i++)
        {
            var database = options.Databases[i];
            if (database is null)
            {
                builder.AddError("is null", $"Databases[{i}]");
                continue;
            }

            if (database.Name is not null && !names.Add(database.Name))
            {
                builder.AddError($"the name '{database.Name}' is used twice", $"Databases[{i}].Name");
            }

            if ((int)database.Roles is < 0 or > 15)
            {
                builder.AddError($"{database.Roles} is not a combination of roles", $"Databases[{i}].Roles");
            }

            if (!Enum.IsDefined(database.Schema))
            {
                builder.AddError($"{database.Schema} is not a schema", $"Databases[{i}].Schema");
            }

            foreach (var (field, path) in database.FieldPaths)
            {
                try
                {
                    MmdbFieldMap.GeoIp2.WithPath(field, string.IsNullOrWhiteSpace(path) ? null : path);
                }
                catch (ArgumentException e)
                {
                    builder.AddError(e.Message, $"Databases[{i}].FieldPaths[{field}]");
                }
            }
        }

        for (var i = 0; i < options.Lists.Count; i++)
        {
            var list = options.Lists[i];
            if (list is null)
            {
                builder.AddError("is null", $"Lists[{i}]");
                continue;
            }

            if (list.Name is not null && !names.Add(list.Name))
            {
                builder.AddError($"the name '{list.Name}' is used twice", $"Lists[{i}].Name");
            }

            if (!IpList.IsValidLabel(list.Label))
            {
                builder.AddError($"'{list.Label}' is not a valid label (1–64 of a-z 0-9 . _ -, starting with a letter or digit)", $"Lists[{i}].Label");
            }
        }

        return builder.Build();
    }
}
