namespace Aeo.Cli.Tests.Commands;

/// <summary><c>aeo clients list|update|keys</c> against the real API.</summary>
[Collection(ApiCollection.Name)]
public sealed class ClientManagementCommandTests(ApiServer server)
{
    [Fact]
    public async Task List_pages_the_clients_for_the_operator_and_refuses_a_client_key()
    {
        var (clientId, key) = await TestClients.CreateAsync(server, "Listed Co");

        var all = await JsonOfAsync(ApiServer.OperatorKey, "clients", "list", "--page-size", "200");
        Assert.Contains(all["items"]!.AsArray(), c => c!["id"]!.GetValue<Guid>() == clientId);
        var total = all["total"]!.GetValue<int>();
        var second = await JsonOfAsync(ApiServer.OperatorKey, "clients", "list", "--page", "2", "--page-size", "1");
        Assert.Equal(2, second["page"]!.GetValue<int>());
        Assert.Single(second["items"]!.AsArray());
        Assert.Equal(total, second["total"]!.GetValue<int>());

        using var table = new CliRun();
        Assert.Equal(0, await table.RunAsync(server.Against(ApiServer.OperatorKey, "clients", "list", "--page-size", "1")));
        Assert.Contains($"page 1 of {total} ({total} in all)", table.Output);

        using var refused = new CliRun();
        Assert.Equal(2, await refused.RunAsync(server.Against(key, "clients", "list")));
        Assert.Contains("403", refused.ErrorOutput);
    }

    [Fact]
    public async Task Update_changes_what_is_given_and_keeps_the_rest()
    {
        var (clientId, key) = await TestClients.CreateAsync(server, "Update Co");
        var id = clientId.ToString();

        var updated = await JsonOfAsync(key, "clients", "update", id, "--industry", "Sales software",
            "--add-competitor", "Pipedrive=pipedrive.com", "--add-competitor", "HubSpot=hubspot.com,hubspot.de", "--remove-competitor", "salesforce");

        using var http = server.Client(key);
        var stored = await (await http.GetAsync($"/api/v1/clients/{id}")).ReadAsync();
        Assert.True(JsonNode.DeepEquals(stored, updated));
        Assert.Equal("Update Co Inc", stored["name"]!.GetValue<string>());
        Assert.Equal("Sales software", stored["industry"]!.GetValue<string>());
        Assert.Equal(["Update Co App"], Strings(stored["brand"]!["aliases"]));
        Assert.Equal(["updateco.com"], Strings(stored["brand"]!["domains"]));
        var competitors = stored["competitors"]!.AsArray();
        Assert.Equal(["HubSpot", "Pipedrive"], competitors.Select(c => c!["name"]!.GetValue<string>()));
        Assert.Equal(["Hub Spot"], Strings(competitors[0]!["aliases"]));
        Assert.Equal(["hubspot.com", "hubspot.de"], Strings(competitors[0]!["domains"]));

        var renamed = await JsonOfAsync(key, "clients", "update", id, "--brand", "Update CRM=update.io", "--alias", "UC", "--competitor", "Zoho");
        Assert.Equal("Update CRM", renamed["brand"]!["name"]!.GetValue<string>());
        Assert.Equal(["UC"], Strings(renamed["brand"]!["aliases"]));
        Assert.Equal(["update.io"], Strings(renamed["brand"]!["domains"]));
        Assert.Equal(["Zoho"], renamed["competitors"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()));
        Assert.Empty(Strings((await JsonOfAsync(key, "clients", "update", id, "--no-aliases"))["brand"]!["aliases"]));
    }

    [Fact]
    public async Task Update_refusals_change_nothing()
    {
        var (clientId, key) = await TestClients.CreateAsync(server, "Refused Update");
        var id = clientId.ToString();
        using var http = server.Client(key);
        var before = await (await http.GetAsync($"/api/v1/clients/{id}")).ReadAsync();
        using var cli = new CliRun();

        Assert.Equal(1, await cli.RunAsync(server.Against(key, "clients", "update", id, "--remove-competitor", "Pipedrive")));
        Assert.Contains("no competitor named 'Pipedrive'", cli.ErrorOutput);
        Assert.Equal(2, await cli.RunAsync(server.Against(key, "clients", "update", id, "--industry", " ")));
        Assert.Contains("industry:", cli.ErrorOutput);
        var (_, otherKey) = await TestClients.CreateAsync(server, "Refused Other");
        Assert.Equal(2, await cli.RunAsync(server.Against(otherKey, "clients", "update", id, "--industry", "Stolen")));
        Assert.Contains("404", cli.ErrorOutput);

        Assert.True(JsonNode.DeepEquals(before, await (await http.GetAsync($"/api/v1/clients/{id}")).ReadAsync()));
    }

    [Fact]
    public async Task Keys_add_prints_the_new_key_once_and_revoke_stops_the_old_one()
    {
        var (clientId, oldKey) = await TestClients.CreateAsync(server, "Rotate Co");
        var id = clientId.ToString();
        var oldKeyId = (await JsonOfAsync(oldKey, "clients", "show", id))["keys"]!.AsArray().Single()!["id"]!.GetValue<string>();

        using var add = new CliRun();
        Assert.Equal(0, await add.RunAsync(server.Against(oldKey, "clients", "keys", "add", id)));
        var newKey = add.Output.Split("store it now):")[1].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        Assert.StartsWith("aeo_", newKey);
        Assert.Single(Regex.Matches(add.Output, Regex.Escape(newKey)));

        using var show = new CliRun();
        Assert.Equal(0, await show.RunAsync(server.Against(newKey, "clients", "show", id)));
        Assert.Contains(oldKeyId, show.Output);
        Assert.Equal(2, show.Output.Split('\n').Count(l => l.Contains("│ Key ")));
        Assert.DoesNotContain(newKey, show.Output);

        using var third = new CliRun();
        Assert.Equal(2, await third.RunAsync(server.Against(newKey, "clients", "keys", "add", id)));
        Assert.Contains("409", third.ErrorOutput);

        using var revoke = new CliRun();
        Assert.Equal(0, await revoke.RunAsync(server.Against(newKey, "clients", "keys", "revoke", id, oldKeyId)));
        Assert.Contains($"Revoked key {oldKeyId}", revoke.Output);
        using var old = server.Client(oldKey);
        await Eventually.UntilAsync(async () => (await old.GetAsync($"/api/v1/clients/{id}")).StatusCode, s => s == HttpStatusCode.Unauthorized,
            TimeSpan.FromSeconds(30), s => s.ToString());
        Assert.Equal(2, await revoke.RunAsync(server.Against(newKey, "clients", "keys", "revoke", id, Guid.NewGuid().ToString())));
    }

    private static string[] Strings(JsonNode? array) => [.. array!.AsArray().Select(v => v!.GetValue<string>())];

    private async Task<JsonNode> JsonOfAsync(string key, params string[] args)
    {
        using var run = new CliRun();
        var exit = await run.RunAsync(server.Against(key, [.. args, "--json"]));
        Assert.True(exit == 0, run.ErrorOutput);
        return JsonNode.Parse(run.RawOut.ToString())!;
    }
}
