namespace Aeo.Cli.Commands;

/// <summary>
/// The fields of an audit request as options, shared by <c>audit start</c> and <c>schedules create</c>. Only the
/// options given are sent, so the server's defaults and checks apply to the rest.
/// </summary>
public sealed class AuditFieldOptions
{
    private readonly Option<string[]> platforms = new("--platform") { Description = "A configured platform to ask (repeatable; default all)." };
    private readonly Option<string[]> categories = new("--category") { Description = "A question category (repeatable): comparison, recommendation, best_of, alternatives, features, pricing, reviews, use_case, how_to, or a --custom-category name." };
    private readonly Option<int?> maxQuestions = new("--max-questions") { Description = "How many questions to ask (server default 50)." };
    private readonly Option<int?> samples = new("--samples") { Description = "Samples per question and platform (default 1)." };
    private readonly Option<string[]> questions = new("--question") { Description = "A question asked verbatim (repeatable)." };
    private readonly Option<string[]> useCases = new("--use-case") { Description = "A use case for the templates' {use_case} slot (repeatable)." };
    private readonly Option<string[]> personas = new("--persona") { Description = "A persona for the {persona} slot, with its article: \"a 10-person agency\" (repeatable)." };
    private readonly Option<string> locale = new("--locale") { Description = "en-US (default), en-GB, en-IE or en-AU." };
    private readonly Option<string[]> customCategories = new("--custom-category") { Description = "A category of your own as SLUG=TEMPLATE, such as \"migration=How do I move from {competitor} to {brand}?\" (repeatable; repeat a slug for more templates)." };
    private readonly Option<decimal?> maxCost = new("--max-cost") { Description = "The run's budget in US dollars: no new question once the known costs reach it." };
    private readonly Option<bool> webSearch = new("--web-search") { Description = "Ask for web-grounded answers where a platform offers them." };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { platforms, categories, maxQuestions, samples, questions, useCases, personas, locale, customCategories, maxCost, webSearch })
        {
            command.Add(option);
        }
    }

    public JsonObject ToJson(ParseResult parse)
    {
        var body = new JsonObject();
        AddList(body, "platforms", parse.GetValue(platforms));
        AddList(body, "categories", parse.GetValue(categories));
        AddList(body, "customQuestions", parse.GetValue(questions));
        AddList(body, "useCases", parse.GetValue(useCases));
        AddList(body, "personas", parse.GetValue(personas));
        if (parse.GetValue(maxQuestions) is { } max)
        {
            body["maxQuestions"] = max;
        }
        if (parse.GetValue(samples) is { } count)
        {
            body["samplesPerQuestion"] = count;
        }
        if (parse.GetValue(locale) is { } name)
        {
            body["locale"] = name;
        }
        if (parse.GetValue(maxCost) is { } budget)
        {
            body["maxCostUsd"] = budget;
        }
        if (parse.GetValue(webSearch))
        {
            body["webSearch"] = true;
        }
        if (parse.GetValue(customCategories) is { Length: > 0 } custom)
        {
            body["customCategories"] = new JsonArray([.. custom.Select(SplitCategory)
                .GroupBy(c => c.Name, StringComparer.Ordinal)
                .Select(g => (JsonNode)new JsonObject
                {
                    ["name"] = g.Key,
                    ["templates"] = new JsonArray([.. g.Select(c => (JsonNode)c.Template)]),
                })]);
        }
        return body;
    }

    private static (string Name, string Template) SplitCategory(string text)
    {
        var equals = text.IndexOf('=');
        return equals <= 0
            ? throw new CliUsageException($"--custom-category '{text}' needs the form SLUG=TEMPLATE.")
            : (text[..equals].Trim(), text[(equals + 1)..].Trim());
    }

    private static void AddList(JsonObject body, string field, string[]? values)
    {
        if (values is { Length: > 0 })
        {
            body[field] = new JsonArray([.. values.Select(v => (JsonNode)v)]);
        }
    }
}
