using TextClean.Pipeline;

namespace TextClean.ML.Decisions;

/// <summary>One alternative to the base config: a single decision (one normalizer's policy) changed, all else equal.</summary>
/// <param name="Decision">The normalizer whose decision changes.</param>
/// <param name="Setting">The setting that changes (its <c>policy</c>, or its first choice), or <c>off</c> when it is removed.</param>
/// <param name="Value">The new value (<c>off</c>: the normalizer is left out).</param>
/// <param name="Config">The whole pipeline config of this alternative.</param>
public sealed record DecisionVariant(string Decision, string Setting, string Value, PipelineConfig Config)
{
    /// <summary>"numbers: keep", "names: off".</summary>
    public string Label => Value == Off ? $"{Decision}: off" : Setting == "policy" ? $"{Decision}: {Value}" : $"{Decision}.{Setting}: {Value}";

    /// <summary>The value that stands for "leave the normalizer out".</summary>
    public const string Off = "off";

    /// <summary>
    /// Every alternative to <paramref name="baseConfig"/>, decision by decision: each normalizer of the registry (so new ones
    /// appear without changes here), each value of its policy, plus leaving it out when the base has it.
    /// </summary>
    public static IReadOnlyList<DecisionVariant> For(PipelineConfig baseConfig, NormalizerRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(baseConfig);
        registry ??= NormalizerRegistry.Default;
        var resolved = baseConfig.Resolve(registry);
        var variants = new List<DecisionVariant>();
        foreach (var definition in registry.Definitions)
        {
            var present = resolved.Find(definition.Name);
            var setting = definition.FindSetting("policy") ?? definition.Settings.FirstOrDefault(s => s.Kind == SettingKind.Choice);
            if (present is not null)
            {
                variants.Add(new DecisionVariant(definition.Name, Off, Off, resolved.Without(definition.Name)));
            }

            if (setting is null)
            {
                if (present is null)
                {
                    variants.Add(new DecisionVariant(definition.Name, "on", "on", resolved.With(definition.DefaultConfig()).Resolve(registry)));
                }

                continue;
            }

            foreach (string value in setting.AllowedValues)
            {
                if (present is not null && present[setting.Name] == value)
                {
                    continue;
                }

                var changed = present is null ? resolved.With(definition.DefaultConfig()) : resolved;
                variants.Add(new DecisionVariant(definition.Name, setting.Name, value, changed.With(definition.Name, setting.Name, value).Resolve(registry)));
            }
        }

        return variants;
    }
}
