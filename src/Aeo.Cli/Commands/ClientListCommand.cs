namespace Aeo.Cli.Commands;

/// <summary><c>aeo clients list</c> (operator): every client, newest first, paged.</summary>
public static class ClientListCommand
{
    public static Command Create(CliContext context)
    {
        var paging = new PagingOptions();
        var command = new Command("list", CliContext.Describe(
            "List the clients, newest first: id, name, brand and the day each was created (operator key).",
            "aeo clients list", "aeo clients list --page 2 --page-size 20", "aeo clients list --json | jq -r '.items[].id'"));
        paging.AddTo(command);
        context.OnServer(command, async call =>
        {
            var page = await call.Api.GetAsync(AeoApiClient.WithQuery("api/v1/clients", paging.Query(call.Parse)), call.Ct);
            return call.Show(page, p =>
            {
                // Fits 80 columns with the id whole; clients show has the competitors and keys.
                var table = new Table().Border(TableBorder.Rounded).AddColumns("Client", "Name", "Brand", "Created");
                table.Columns[0].NoWrap();
                table.Columns[3].NoWrap();
                foreach (var client in p.Items())
                {
                    table.AddRow(
                        client.Text("id"),
                        client.Text("name").EscapeMarkup(),
                        client?["brand"].Text("name").EscapeMarkup() ?? "",
                        client.When("createdAt") is { Length: >= 10 } created ? created[..10] : "–");
                }
                call.Host.Console.Write(table);
                PageFooter.Write(call.Host.Console, p);
            });
        });
        return command;
    }
}
