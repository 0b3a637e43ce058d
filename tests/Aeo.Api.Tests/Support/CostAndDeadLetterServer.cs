namespace Aeo.Api.Tests.Support;

/// <summary>
/// An API process of its own with priced platforms: <c>priced</c> (simulated) never fails, <c>broken</c> (simulated)
/// always fails, and <c>flaky</c>, a counting provider on loopback, answers 503 to three calls in four (with two attempts
/// per item, about half its items are dead-lettered) and counts the calls it answered per question. Two questions at
/// most are in flight per run, so a budget has questions left to stop.
/// </summary>
public sealed class CostAndDeadLetterServer : IAsyncLifetime
{
    /// <summary>US dollars per million tokens, in and out: a simulated answer costs a few tenths of a dollar.</summary>
    public const int InputPrice = 1000;
    public const int OutputPrice = 2000;

    public ApiServer Server { get; } = new();

    public CountingChatProvider Flaky { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Flaky = await CountingChatProvider.StartAsync("flaky", ["HubSpot", "Salesforce", "Pipedrive"], failureRate: 0.75, seed: 5);
        await Server.StartAsync(
        [
            "--Aeo:Audit:MaxInFlightQuestions=2",
            // The failing platforms fail on purpose and their dead letters are the subject: keep the breaker out of the way.
            "--Aeo:Audit:BreakerFailureThreshold=1000",
            .. Priced("priced", failureRate: 0),
            .. Flaky.PlatformArgs(
                $"Pricing:{Flaky.Model}:InputPerMillionTokens={InputPrice}", $"Pricing:{Flaky.Model}:OutputPerMillionTokens={OutputPrice}"),
            .. Priced("broken", failureRate: 1),
        ]);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Flaky.DisposeAsync();
    }

    private static string[] Priced(string name, double failureRate) =>
    [
        $"--Aeo:Platforms:{name}:Kind=simulated",
        $"--Aeo:Platforms:{name}:Model={name}-1",
        $"--Aeo:Platforms:{name}:RequestsPerMinute=6000",
        $"--Aeo:Platforms:{name}:Simulated:LatencyMinMs=5",
        $"--Aeo:Platforms:{name}:Simulated:LatencyMedianMs=10",
        $"--Aeo:Platforms:{name}:Simulated:LatencyMaxMs=30",
        $"--Aeo:Platforms:{name}:Simulated:FailureRate={failureRate}",
        $"--Aeo:Platforms:{name}:Pricing:{name}-1:InputPerMillionTokens={InputPrice}",
        $"--Aeo:Platforms:{name}:Pricing:{name}-1:OutputPerMillionTokens={OutputPrice}",
    ];
}

[CollectionDefinition(Name)]
public sealed class CostAndDeadLetterCollection : ICollectionFixture<CostAndDeadLetterServer>
{
    public const string Name = "cost-and-dead-letters";
}
