namespace Aeo.Api.Tests.Support;

/// <summary>Creates clients through the API, as the operator does.</summary>
internal static class TestClients
{
    public static async Task<(Guid Id, string Key)> CreateAsync(ApiServer server, string brand)
    {
        using var http = server.Client(ApiServer.OperatorKey);
        var response = await http.PostJsonAsync("/api/v1/clients", Body(brand));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var json = await response.ReadAsync();
        return (json["id"]!.GetValue<Guid>(), json["apiKey"]!.GetValue<string>());
    }

    public static object Body(string brand) => new
    {
        name = brand + " Inc",
        industry = "CRM",
        brand = new { name = brand, aliases = new[] { brand + " App" }, domains = new[] { brand.ToLowerInvariant().Replace(" ", "") + ".com" } },
        competitors = new[]
        {
            new { name = "HubSpot", aliases = new[] { "Hub Spot" }, domains = new[] { "hubspot.com" } },
            new { name = "Salesforce", aliases = Array.Empty<string>(), domains = new[] { "salesforce.com" } },
        },
    };
}
