namespace Aeo.Cli.Commands;

/// <summary><c>aeo clients list|create|show|update|keys</c>.</summary>
public static class ClientCommands
{
    public static Command Create(CliContext context)
    {
        var clients = new Command("clients", "Clients (tenants): their brand, competitors and API keys.");
        clients.Add(ClientListCommand.Create(context));
        clients.Add(CreateCommand(context));
        clients.Add(ShowCommand(context));
        clients.Add(ClientUpdateCommand.Create(context));
        clients.Add(ClientKeyCommands.Create(context));
        clients.Add(DiscoveredCommands.ForClient(context));
        return clients;
    }

    private static Command CreateCommand(CliContext context)
    {
        var name = new Option<string>("--name") { Description = "The client's name.", Required = true };
        var industry = new Option<string>("--industry") { Description = "Its industry, as questions should name it (\"CRM\").", Required = true };
        var brand = new Option<string>("--brand") { Description = $"Its brand: {BrandSpec.Syntax}.", Required = true };
        var aliases = new Option<string[]>("--alias") { Description = "Another name of the brand (repeatable).", AllowMultipleArgumentsPerToken = false };
        var competitors = new Option<string[]>("--competitor") { Description = $"A competitor: {BrandSpec.Syntax} (repeatable)." };
        var command = new Command("create", CliContext.Describe(
            "Create a client (operator key). Prints its API key, which is shown this once.",
            "aeo clients create --name \"Northwind Demo\" --industry CRM --brand \"Northwind CRM=northwindcrm.com\" --alias Northwind --competitor HubSpot=hubspot.com --competitor Salesforce"))
        {
            name, industry, brand, aliases, competitors,
        };
        context.OnServer(command, async call =>
        {
            var parse = call.Parse;
            var body = new JsonObject
            {
                ["name"] = parse.GetValue(name),
                ["industry"] = parse.GetValue(industry),
                ["brand"] = BrandSpec.Parse(parse.GetValue(brand)!).ToJson(parse.GetValue(aliases)),
                ["competitors"] = new JsonArray([.. (parse.GetValue(competitors) ?? []).Select(c => (JsonNode)BrandSpec.Parse(c).ToJson())]),
            };
            var created = await call.Api.PostAsync("api/v1/clients", body, call.Ct);
            return call.Show(created, client =>
            {
                Render(call.Host.Console, client);
                call.Host.Console.MarkupLine("API key (shown this once, store it now):");
                call.Host.Console.MarkupLineInterpolated($"[bold]{client.Text("apiKey")}[/]");
            });
        });
        return command;
    }

    private static Command ShowCommand(CliContext context)
    {
        var id = new Argument<Guid>("id") { Description = "The client's id." };
        var command = new Command("show", CliContext.Describe("Show a client: its brand, competitors and the ids of its live keys.", "aeo clients show 3f0c…")) { id };
        context.OnServer(command, async call =>
        {
            var client = await call.Api.GetAsync($"api/v1/clients/{call.Parse.GetValue(id)}", call.Ct);
            return call.Show(client, c => Render(call.Host.Console, c));
        });
        return command;
    }

    public static void Render(IAnsiConsole console, JsonNode client)
    {
        var table = new Table().Border(TableBorder.Rounded).HideHeaders().AddColumns("", "");
        table.AddRow("Id", client.Text("id").EscapeMarkup());
        table.AddRow("Name", client.Text("name").EscapeMarkup());
        table.AddRow("Industry", client.Text("industry").EscapeMarkup());
        table.AddRow("Brand", Brand(client["brand"]));
        foreach (var competitor in client.Items("competitors"))
        {
            table.AddRow("Competitor", Brand(competitor));
        }
        foreach (var key in client.Items("keys"))
        {
            table.AddRow("Key", $"{key.Text("id")} [grey]({key.When("createdAt")})[/]");
        }
        table.AddRow("Created", client.When("createdAt"));
        if (client["updatedAt"] is not null)
        {
            table.AddRow("Updated", client.When("updatedAt"));
        }
        console.Write(table);
    }

    private static string Brand(JsonNode? brand)
    {
        var aliases = brand.Items("aliases").Select(a => a?.GetValue<string>()).ToArray();
        var domains = brand.Items("domains").Select(d => d?.GetValue<string>()).ToArray();
        var text = brand.Text("name");
        if (aliases.Length > 0)
        {
            text += $" (also {string.Join(", ", aliases)})";
        }
        if (domains.Length > 0)
        {
            text += $" – {string.Join(", ", domains)}";
        }
        return text.EscapeMarkup();
    }
}
