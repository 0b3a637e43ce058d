namespace Aeo.Cli.Commands;

/// <summary>
/// <c>aeo clients update CLIENT</c>: changes the options given and keeps the rest. The API's <c>PUT</c> replaces the
/// whole client, so the command reads it first and sends it back with the changes; a repeatable option given replaces
/// that whole list (<c>--alias</c>, <c>--competitor</c>), while <c>--add-competitor</c> and <c>--remove-competitor</c>
/// edit the list in place.
/// </summary>
public static class ClientUpdateCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<Guid>("client") { Description = "The client's id." };
        var name = new Option<string>("--name") { Description = "A new name for the client." };
        var industry = new Option<string>("--industry") { Description = "A new industry, as questions should name it (\"CRM\")." };
        var brand = new Option<string>("--brand") { Description = $"The brand's new name and domains: {BrandSpec.Syntax} (its aliases are kept unless --alias or --no-aliases)." };
        var aliases = new Option<string[]>("--alias") { Description = "The brand's other names, replacing the current ones (repeatable)." };
        var noAliases = new Option<bool>("--no-aliases") { Description = "Remove all the brand's aliases." };
        var competitors = new Option<string[]>("--competitor") { Description = $"The competitors, replacing the current ones: {BrandSpec.Syntax} (repeatable)." };
        var add = new Option<string[]>("--add-competitor") { Description = $"Add a competitor, or replace the one of that name: {BrandSpec.Syntax} (repeatable)." };
        var remove = new Option<string[]>("--remove-competitor") { Description = "Remove the competitor of this name (repeatable)." };
        var command = new Command("update", CliContext.Describe(
            "Change a client's name, industry, brand or competitors; what is not given stays as it is. Runs started from now "
            + "on track the new brands; a run already started keeps the ones it started with.",
            "aeo clients update 3f0c… --industry \"CRM software\" --alias Northwind --alias NW",
            "aeo clients update 3f0c… --add-competitor Pipedrive=pipedrive.com --remove-competitor Salesforce",
            "aeo clients update 3f0c… --brand \"Northwind CRM=northwindcrm.com,northwind.io\" --json"))
        {
            id, name, industry, brand, aliases, noAliases, competitors, add, remove,
        };
        context.OnServer(command, async call =>
        {
            var parse = call.Parse;
            var path = $"api/v1/clients/{parse.GetValue(id)}";
            var replacing = parse.GetValue(aliases) is { Length: > 0 };
            if (replacing && parse.GetValue(noAliases))
            {
                throw new CliUsageException("Give --alias or --no-aliases, not both.");
            }
            var current = await call.Api.GetAsync(path, call.Ct) ?? throw new CliUsageException("The server sent no client.");
            var body = new JsonObject
            {
                ["name"] = parse.GetValue(name) ?? current.Text("name"),
                ["industry"] = parse.GetValue(industry) ?? current.Text("industry"),
                ["brand"] = Brand(current["brand"], parse.GetValue(brand), parse.GetValue(aliases), parse.GetValue(noAliases)),
                ["competitors"] = Competitors(current.Items("competitors"), parse.GetValue(competitors), parse.GetValue(add) ?? [], parse.GetValue(remove) ?? []),
            };
            var updated = await call.Api.PutAsync(path, body, call.Ct);
            return call.Show(updated, c => ClientCommands.Render(call.Host.Console, c));
        });
        return command;
    }

    private static JsonObject Brand(JsonNode? current, string? spec, string[]? aliases, bool noAliases)
    {
        var brand = spec is null
            ? new BrandSpec(current.Text("name"), Strings(current.Items("domains")))
            : BrandSpec.Parse(spec);
        return brand.ToJson(AliasesAfter(current, aliases, noAliases));
    }

    private static IEnumerable<string> AliasesAfter(JsonNode? current, string[]? given, bool clear)
    {
        if (clear)
        {
            return [];
        }
        return given is { Length: > 0 } ? given : Strings(current.Items("aliases"));
    }

    private static JsonArray Competitors(JsonArray current, string[]? replacement, string[] additions, string[] removals)
    {
        var list = replacement is { Length: > 0 }
            ? replacement.Select(c => BrandSpec.Parse(c).ToJson()).ToList()
            : current.Select(c => (JsonObject)c!.DeepClone()).ToList();
        foreach (var gone in removals)
        {
            if (list.RemoveAll(c => string.Equals(c.Text("name"), gone.Trim(), StringComparison.OrdinalIgnoreCase)) == 0)
            {
                throw new CliUsageException($"--remove-competitor: the client has no competitor named '{gone}'.");
            }
        }
        foreach (var added in additions.Select(BrandSpec.Parse))
        {
            var index = list.FindIndex(c => string.Equals(c.Text("name"), added.Name, StringComparison.OrdinalIgnoreCase));
            var aliases = index < 0 ? [] : Strings(list[index].Items("aliases"));
            var json = added.ToJson(aliases);
            if (index < 0)
            {
                list.Add(json);
            }
            else
            {
                list[index] = json;
            }
        }
        return new JsonArray([.. list]);
    }

    private static string[] Strings(JsonArray values) => [.. values.Select(v => v?.GetValue<string>() ?? "")];
}
