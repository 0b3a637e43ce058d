using Aeo.FakeProviders;
using Aeo.FakeProviders.OpenAI;

namespace Aeo.Api.Tests.Reports;

/// <summary>
/// The API with the usual simulated platforms and one more, <see cref="Injector"/>: a real OpenAI-compatible adapter
/// against a loopback provider whose every answer tries to inject a script into whatever shows it, names the tracked
/// brands and cites a page of the client's.
/// </summary>
public sealed class ReportServer : IAsyncLifetime
{
    public const string Injector = "injector";
    public const string Brand = "Report Probe";
    public const string FormulaBrand = "=HYPERLINK(\"x\")";
    public const string Script = "<script>alert('owned')</script>";

    public static readonly string AnswerText =
        $"For a small agency, **{Brand}** is the strongest pick. {Script} HubSpot is heavier, and <b>bold</b> & co. are not markup here.";

    private FakeProviderServer provider = null!;

    public ApiServer Api { get; } = new();

    public async Task InitializeAsync()
    {
        provider = await FakeProviderServer.StartAsync(_ => OpenAIReplies.ChatCompletion(
            "injector-1", 40, 60, AnswerText, usage: true, OpenAIReplies.ChatCitation("https://reportprobe.com/pricing", "Report Probe <img src=x> pricing")));
        await Api.StartAsync(
        [
            $"--Aeo:Platforms:{Injector}:Kind=openai-compatible",
            $"--Aeo:Platforms:{Injector}:BaseUrl={provider.BaseUrl}",
            $"--Aeo:Platforms:{Injector}:ApiKey=sk-test-injector",
            $"--Aeo:Platforms:{Injector}:Model=injector-1",
            $"--Aeo:Platforms:{Injector}:RequestsPerMinute=6000",
            $"--Aeo:Platforms:{Injector}:TimeoutSeconds=30",
        ]);
    }

    public async Task DisposeAsync()
    {
        await Api.DisposeAsync();
        await provider.DisposeAsync();
    }

    public static object ClientBody(string brand) => new
    {
        name = brand + " Inc",
        industry = "CRM",
        brand = new { name = brand, aliases = Array.Empty<string>(), domains = new[] { "reportprobe.com" } },
        competitors = new[]
        {
            new { name = "HubSpot", aliases = Array.Empty<string>(), domains = new[] { "hubspot.com" } },
            new { name = FormulaBrand, aliases = Array.Empty<string>(), domains = new[] { "hyperlink-x.com" } },
        },
    };
}
