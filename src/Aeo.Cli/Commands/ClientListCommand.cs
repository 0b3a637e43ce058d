namespace Aeo.Cli.Commands;

/// <summary><c>aeo clients list</c> (operator): every client, newest first, paged.</summary>
public static class ClientListCommand
{
    public static Command Create(CliContext context)
    {
        var paging = new PagingOptions();
        var command = new Command("list", CliContext.Describe(
            "List the clients, newest first, with their brand, competitors and live keys (operator key).",
            "aeo clients list", "aeo clients list --page 2 --page-size 20", "aeo clients list --json | jq -r '.items[].id'"));
        paging.AddTo(command);
        context.OnServer(command, async call =>
        {
            var page = await call.Api.GetAsync(AeoApiClient.WithQuery("api/v1/clients", paging.Query(call.Parse)), call.Ct);
            return call.Show(page, p =>
            {
                var table = new Table().Border(TableBorder.Rounded).AddColumns("Client", "Name", "Brand", "Competitors", "Keys", "Created");
                table.Columns[3].RightAligned();
                table.Columns[4].RightAligned();
                foreach (var client in p.Items())
                {
                    table.AddRow(
                        client.Text("id"),
                        client.Text("name").EscapeMarkup(),
                        client?["brand"].Text("name").EscapeMarkup() ?? "",
                        client.Items("competitors").Count.ToString(CultureInfo.InvariantCulture),
                        client.Items("keys").Count.ToString(CultureInfo.InvariantCulture),
                        client.When("createdAt"));
                }
                call.Host.Console.Write(table);
                PageFooter.Write(call.Host.Console, p);
            });
        });
        return command;
    }
}
