namespace Aeo.Cli.Commands;

/// <summary>
/// <c>aeo clients keys add|revoke</c>: key rotation. A client holds at most two live keys, so rotating is: add a key,
/// move everything to it, revoke the old one. The new key is printed once and never again.
/// </summary>
public static class ClientKeyCommands
{
    public static Command Create(CliContext context)
    {
        var keys = new Command("keys", "A client's API keys: add a second one, then revoke the first (rotation).");
        keys.Add(AddCommand(context));
        keys.Add(RevokeCommand(context));
        return keys;
    }

    private static Command AddCommand(CliContext context)
    {
        var id = new Argument<Guid>("client") { Description = "The client's id." };
        var command = new Command("add", CliContext.Describe(
            "Issue a new API key for the client (its own key or the operator's). The key is printed this once: store it now. "
            + "Refused while the client already holds two live keys.",
            "aeo clients keys add 3f0c…"))
        {
            id,
        };
        context.OnServer(command, async call =>
        {
            var issued = await call.Api.PostAsync($"api/v1/clients/{call.Parse.GetValue(id)}/keys", null, call.Ct);
            return call.Show(issued, key =>
            {
                var console = call.Host.Console;
                console.MarkupLineInterpolated($"New key {key.Text("id")} (shown this once, store it now):");
                console.MarkupLineInterpolated($"[bold]{key.Text("apiKey")}[/]");
                console.MarkupLine("Once nothing uses the old key, revoke it (aeo clients show lists key ids):");
                console.MarkupLineInterpolated($"  aeo clients keys revoke {key.Text("clientId")} OLD-KEY-ID");
            });
        });
        return command;
    }

    private static Command RevokeCommand(CliContext context)
    {
        var id = new Argument<Guid>("client") { Description = "The client's id." };
        var keyId = new Argument<Guid>("key") { Description = "The key's id (aeo clients show lists them), not the key itself." };
        var command = new Command("revoke", CliContext.Describe(
            "Revoke one of the client's keys: it stops working at once, on every API process. Revoking it again does nothing.",
            "aeo clients keys revoke 3f0c… 41c0…"))
        {
            id, keyId,
        };
        context.OnServer(command, async call =>
        {
            var (client, key) = (call.Parse.GetValue(id), call.Parse.GetValue(keyId));
            await call.Api.DeleteAsync($"api/v1/clients/{client}/keys/{key}", call.Ct);
            if (call.Json)
            {
                call.Context.WriteJson(new JsonObject { ["clientId"] = client.ToString(), ["keyId"] = key.ToString(), ["revoked"] = true });
            }
            else
            {
                call.Host.Console.MarkupLineInterpolated($"Revoked key {key}; it no longer works.");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}
