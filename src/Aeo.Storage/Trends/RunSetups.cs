using Aeo.Analysis.Trends;

namespace Aeo.Storage.Trends;

/// <summary>A run's <see cref="RunSetup"/> from its configuration snapshot and the models its platforms answered with.</summary>
public static class RunSetups
{
    /// <param name="models">Per platform of the run, the models its answers name (several joined with commas; empty when none answered).</param>
    public static RunSetup For(AuditSpec spec, IReadOnlyDictionary<string, string> models)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(models);
        var questions = RunSetup.Digest(
        [
            spec.Industry,
            spec.Locale ?? "",
            spec.MaxQuestions.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Joined(spec.Categories),
            Joined(spec.CustomQuestions),
            Joined(spec.UseCases),
            Joined(spec.Personas),
            Joined(spec.CustomCategories.Select(c => c.Name + "=" + Joined(c.Templates))),
        ]);
        var brands = RunSetup.Digest(spec.TrackedBrands.Select((b, index) =>
            (index == 0 ? "client:" : "competitor:") + b.Name + "=" + Joined(b.Aliases) + "=" + Joined(b.Domains))
            .Order(StringComparer.Ordinal));
        var platformModels = spec.Platforms.Distinct(StringComparer.Ordinal)
            .ToDictionary(p => p, p => models.GetValueOrDefault(p, ""), StringComparer.Ordinal);
        return new RunSetup(questions, spec.SamplesPerQuestion, brands, spec.WebSearch, platformModels);
    }

    private static string Joined(IEnumerable<string> values) =>
        string.Join('\u001f', values.Select(v => v.Trim().ToLowerInvariant()).Order(StringComparer.Ordinal));
}
