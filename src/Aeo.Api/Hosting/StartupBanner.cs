using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Spectre.Console;

namespace Aeo.Api.Hosting;

/// <summary>Tells the person who started the process where the API, the dashboard, the operator key and the web app are.</summary>
public static class StartupBanner
{
    public static string BaseAddress(WebApplication app) =>
        app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
        ?? "http://127.0.0.1:5080";

    public static void Print(WebApplication app)
    {
        var address = BaseAddress(app);
        var notice = app.Services.GetRequiredService<OperatorKeyNotice>();
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("[bold]API[/]", Markup.Escape($"{address}/api/v1  (reference: {address}/api/docs)"));
        grid.AddRow("[bold]Dashboard[/]", Markup.Escape($"{address}/dashboard  (any user name, the operator key as password)"));
        grid.AddRow("[bold]Health[/]", Markup.Escape($"{address}/health/ready; {address}/metrics and /openapi/v1.json take the operator key"));
        if (notice.KeyToPrint is not null)
        {
            grid.AddRow("[bold]Operator key[/]", Markup.Escape($"{notice.KeyToPrint}  (shown this once; kept in {notice.FilePath}, readable only by you)"));
        }
        else if (notice.FilePath is not null)
        {
            grid.AddRow("[bold]Operator key[/]", Markup.Escape($"in {notice.FilePath} (readable only by you)"));
        }
        else
        {
            grid.AddRow("[bold]Operator key[/]", "from configuration (Aeo:Auth:AdminApiKey)");
        }
        grid.AddRow("[bold]Web app[/]", Markup.Escape($"{address}/  (sign in with a client's key or the operator key)"));
        AnsiConsole.Write(new Panel(grid).Header("Aeo.Orleans is running").Border(BoxBorder.Rounded));
    }
}
