using Aeo.Abstractions.Schedules;
using Aeo.Api.Schedules;

namespace Aeo.Api.Web.Forms;

/// <summary>
/// The schedule form (create and edit): its fields read into the API's <see cref="ScheduleRequest"/> and checked by
/// <see cref="ScheduleRequestValidator"/>, so a field at fault gets the API's message under the API's field name
/// (<c>cron</c>, <c>audit.maxQuestions</c>). Only the timing fields of the chosen kind are sent. The audit fields the
/// form does not show (categories, use cases, custom categories, sampling) are kept from the schedule being edited, so
/// saving the form never drops them.
/// </summary>
public sealed class ScheduleForm
{
    public const string FormName = "schedule";

    public string Name { get; private init; } = "";

    public string Kind { get; private init; } = "cron";

    public string Cron { get; private init; } = "@daily";

    public string TimeZone { get; private init; } = "UTC";

    /// <summary>An interval schedule's period, in whole minutes.</summary>
    public string IntervalMinutes { get; private init; } = "";

    /// <summary>A one-time schedule's moment, as a <c>datetime-local</c> value read in UTC.</summary>
    public string RunAt { get; private init; } = "";

    public string MissedPolicy { get; private init; } = "catch_up";

    public string MaxFailures { get; private init; } = ScheduleRequestValidator.DefaultMaxFailures.ToString(CultureInfo.InvariantCulture);

    public IReadOnlyList<string> Platforms { get; private init; } = [];

    public string MaxQuestions { get; private init; } = "";

    public string SamplesPerQuestion { get; private init; } = "";

    public string Personas { get; private init; } = "";

    public string CustomQuestions { get; private init; } = "";

    public string Locale { get; private init; } = "";

    public string MaxCostUsd { get; private init; } = "";

    public bool WebSearch { get; private init; }

    public static ScheduleForm Empty(AuditOptions options) => new()
    {
        MaxQuestions = options.DefaultMaxQuestions.ToString(CultureInfo.InvariantCulture),
        SamplesPerQuestion = "1",
    };

    /// <summary>The form filled with what <paramref name="schedule"/> holds.</summary>
    public static ScheduleForm Of(Schedule schedule)
    {
        var d = schedule.Definition;
        var t = d.Template;
        return new ScheduleForm
        {
            Name = d.Name,
            Kind = d.Kind.ToWire(),
            Cron = d.CronExpression ?? "",
            TimeZone = d.TimeZone ?? "UTC",
            IntervalMinutes = d.Interval is { } interval ? ((long)interval.TotalMinutes).ToString(CultureInfo.InvariantCulture) : "",
            RunAt = d.RunAt is { } at ? at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : "",
            MissedPolicy = d.MissedPolicy.ToWire(),
            MaxFailures = d.MaxFailures.ToString(CultureInfo.InvariantCulture),
            Platforms = t.Platforms ?? [],
            MaxQuestions = t.MaxQuestions?.ToString(CultureInfo.InvariantCulture) ?? "",
            SamplesPerQuestion = t.SamplesPerQuestion?.ToString(CultureInfo.InvariantCulture) ?? "",
            Personas = string.Join('\n', t.Personas),
            CustomQuestions = string.Join('\n', t.CustomQuestions),
            Locale = t.Locale ?? "",
            MaxCostUsd = t.MaxCostUsd?.ToString(CultureInfo.InvariantCulture) ?? "",
            WebSearch = t.WebSearch,
        };
    }

    public static ScheduleForm Read(IFormCollection form) => new()
    {
        Name = form["name"].ToString(),
        Kind = form["kind"].ToString().Trim(),
        Cron = form["cron"].ToString().Trim(),
        TimeZone = form["timeZone"].ToString().Trim(),
        IntervalMinutes = form["intervalMinutes"].ToString().Trim(),
        RunAt = form["runAt"].ToString().Trim(),
        MissedPolicy = form["missedPolicy"].ToString().Trim(),
        MaxFailures = form["maxFailures"].ToString().Trim(),
        Platforms = form["platforms"].OfType<string>().ToList(),
        MaxQuestions = form["maxQuestions"].ToString().Trim(),
        SamplesPerQuestion = form["samplesPerQuestion"].ToString().Trim(),
        Personas = form["personas"].ToString(),
        CustomQuestions = form["customQuestions"].ToString(),
        Locale = form["locale"].ToString().Trim(),
        MaxCostUsd = form["maxCostUsd"].ToString().Trim(),
        WebSearch = form["webSearch"] == "true",
    };

    /// <summary>The definition, or null with every error in it under the API's field names.</summary>
    /// <param name="kept">The schedule being edited, whose audit fields the form does not show are kept; null for a new one.</param>
    public ScheduleDefinition? Validate(
        AuditTemplate? kept, IAnswerEngineRegistry platforms, AuditOptions audits, ScheduleOptions bounds, DateTimeOffset now, ValidationErrors errors)
    {
        var formErrors = new ValidationErrors();
        var interval = FormFields.WholeNumber("interval", IntervalMinutes, formErrors) is { } minutes ? TimeSpan.FromMinutes(minutes) : (TimeSpan?)null;
        var runAt = Moment("runAt", RunAt, formErrors);
        var audit = new CreateAuditRequest(
            null,
            Platforms.Count == 0 ? null : Platforms.Cast<string?>().ToList(),
            kept?.Categories.Cast<string?>().ToList(),
            FormFields.WholeNumber("audit.maxQuestions", MaxQuestions, formErrors),
            FormFields.WholeNumber("audit.samplesPerQuestion", SamplesPerQuestion, formErrors),
            FormFields.Lines(CustomQuestions),
            kept?.UseCases.Cast<string?>().ToList(),
            FormFields.Lines(Personas),
            Locale.Length == 0 ? null : Locale,
            kept?.CustomCategories.Select(c => (CategoryInput?)new CategoryInput(c.Name, c.Templates.Cast<string?>().ToList())).ToList(),
            FormFields.Money("audit.maxCostUsd", MaxCostUsd, formErrors),
            WebSearch,
            kept?.Sampling is { } sampling ? new SamplingInput("adaptive", sampling.TargetHalfWidth, sampling.MaxSamplesPerQuestion) : null);
        var request = new ScheduleRequest(
            null,
            Name,
            Kind.Length == 0 ? null : Kind,
            Kind == "cron" ? Cron : null,
            Kind == "cron" && TimeZone.Length > 0 ? TimeZone : null,
            Kind == "interval" ? interval : null,
            Kind == "once" ? runAt : null,
            audit,
            MissedPolicy.Length == 0 ? null : MissedPolicy,
            FormFields.WholeNumber("maxFailures", MaxFailures, formErrors));
        var rules = new ValidationErrors();
        var definition = ScheduleRequestValidator.Validate(request, platforms, audits, bounds, now, rules);
        // A value the form could not read is reported as such, not as the "required" the validator then saw.
        foreach (var (field, messages) in rules.Fields.Where(e => !formErrors.Fields.ContainsKey(e.Key)).Concat(formErrors.Fields))
        {
            messages.ForEach(message => errors.Add(field, message));
        }
        return formErrors.Any ? null : definition;
    }

    private static DateTimeOffset? Moment(string field, string text, ValidationErrors errors)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (DateTime.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment))
        {
            return new DateTimeOffset(moment, TimeSpan.Zero);
        }
        errors.Add(field, "Not a date and time: such as 2030-01-31T09:00 (UTC).");
        return null;
    }
}
