using Aeo.Abstractions.Clients;

namespace Aeo.Api.Web.Forms;

/// <summary>
/// The "start an audit" form: its fields read into the API's <see cref="CreateAuditRequest"/> and checked by the same
/// validators, so a field at fault gets the message the API would give (under the API's field names). Text lists are
/// one entry per line; a number that is not one is refused here, before the API's rules see it.
/// </summary>
public sealed class AuditForm
{
    public const string FormName = "start-audit";

    public IReadOnlyList<string> Platforms { get; private init; } = [];

    public IReadOnlyList<string> Categories { get; private init; } = [];

    public string MaxQuestions { get; private init; } = "";

    public string SamplesPerQuestion { get; private init; } = "";

    public string Personas { get; private init; } = "";

    public string CustomQuestions { get; private init; } = "";

    public string Locale { get; private init; } = "";

    public string MaxCostUsd { get; private init; } = "";

    public bool WebSearch { get; private init; }

    public static AuditForm Empty(AuditOptions options) =>
        new() { MaxQuestions = options.DefaultMaxQuestions.ToString(CultureInfo.InvariantCulture), SamplesPerQuestion = "1" };

    public static AuditForm Read(IFormCollection form) => new()
    {
        Platforms = form["platforms"].OfType<string>().ToList(),
        Categories = form["categories"].OfType<string>().ToList(),
        MaxQuestions = form["maxQuestions"].ToString().Trim(),
        SamplesPerQuestion = form["samplesPerQuestion"].ToString().Trim(),
        Personas = form["personas"].ToString(),
        CustomQuestions = form["customQuestions"].ToString(),
        Locale = form["locale"].ToString().Trim(),
        MaxCostUsd = form["maxCostUsd"].ToString().Trim(),
        WebSearch = form["webSearch"] == "true",
    };

    /// <summary>The request and every error in it, with the API's messages and field names.</summary>
    public async Task<(CreateAuditRequest Request, ValidationErrors Errors)> ValidateAsync(
        ClaimsPrincipal user, Guid clientId, IAnswerEngineRegistry platforms, AuditOptions options, ClientRepository clients, CancellationToken ct)
    {
        var errors = new ValidationErrors();
        var request = new CreateAuditRequest(
            user.IsOperator() ? clientId : null,
            Platforms.Count == 0 ? null : Platforms.Cast<string?>().ToList(),
            Categories.Count == 0 ? null : Categories.Cast<string?>().ToList(),
            FormFields.WholeNumber("maxQuestions", MaxQuestions, errors),
            FormFields.WholeNumber("samplesPerQuestion", SamplesPerQuestion, errors),
            FormFields.Lines(CustomQuestions),
            null,
            FormFields.Lines(Personas),
            Locale.Length == 0 ? null : Locale,
            null,
            FormFields.Money("maxCostUsd", MaxCostUsd, errors),
            WebSearch);
        var rules = AuditRequestValidator.Validate(request, platforms, options);
        foreach (var (field, messages) in rules.Fields)
        {
            messages.ForEach(message => errors.Add(field, message));
        }
        await RequestedClient.ResolveAsync(user, request.ClientId, clients, errors, "audit", "starts audits", ct);
        return (request, errors);
    }

    /// <summary>What to tell a person whose audit could not start for a reason that is no field's fault.</summary>
    public static string Refusal(Exception refused) => refused switch
    {
        RunLimitReachedException limit => $"Too many audits are running for this client ({limit.ActiveRuns} of {limit.Limit}); wait for one to end.",
        _ => refused.Message,
    };
}
