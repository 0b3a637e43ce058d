using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Storage;

namespace Aeo.Storage.Tests.Cluster;

/// <summary>Real silos against our migrations: clustering, grain storage and reminders through the 10.x ADO.NET providers.</summary>
public sealed class OrleansAdoNetProviderTests
{
    private const string ServiceId = "aeo-storage-tests";
    private static readonly TimeSpan ClusterTimeout = TimeSpan.FromSeconds(30);
    private readonly CapturingLoggerProvider logs = new();

    [Fact]
    public async Task Grain_state_survives_a_silo_restart_and_clear_works()
    {
        var cs = await PostgresTestServer.CreateMigratedDatabaseAsync();
        var cluster = "c" + Guid.NewGuid().ToString("N")[..8];

        using (var silo = await StartSiloAsync(cs, cluster))
        {
            var grain = silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IProbeGrain>("g1");
            await grain.Set("hello");
            await grain.Set("hello again");
            await DeactivateAsync(grain);
            Assert.Equal("hello again", await grain.Get());
            await silo.StopAsync();
        }

        using (var silo = await StartSiloAsync(cs, cluster))
        {
            var grain = silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IProbeGrain>("g1");
            Assert.Equal("hello again", await grain.Get());
            Assert.True(await grain.RecordExists());

            await grain.Clear();
            Assert.Null(await grain.Get());
            await DeactivateAsync(grain);
            Assert.Null(await grain.Get());
            Assert.False(await grain.RecordExists());
            await grain.Set("after clear");
            Assert.Equal("after clear", await grain.Get());
            await silo.StopAsync();
        }

        await using var conn = new NpgsqlConnection(cs);
        Assert.Equal(1, await conn.ExecuteScalarAsync<int>("SELECT count(*) FROM orleansstorage"));
        AssertNoProviderErrors();
    }

    [Fact]
    public async Task Stale_etag_writes_fail_as_inconsistent_state()
    {
        var cs = await PostgresTestServer.CreateMigratedDatabaseAsync();
        using var silo = await StartSiloAsync(cs, "c" + Guid.NewGuid().ToString("N")[..8]);
        var storage = silo.Services.GetRequiredKeyedService<IGrainStorage>("x");
        var id = GrainId.Create("probe", "etag-test");

        var first = new GrainState<ProbeState>(new ProbeState { Value = "a" });
        await storage.WriteStateAsync("probe", id, first);
        Assert.Equal("1", first.ETag);

        var stale = new GrainState<ProbeState>(new ProbeState { Value = "b" }) { ETag = first.ETag };
        await storage.WriteStateAsync("probe", id, first); // advances to 2
        Assert.Equal("2", first.ETag);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("probe", id, stale));

        // A second "first write" (no ETag) must not overwrite an existing row either.
        var blind = new GrainState<ProbeState>(new ProbeState { Value = "c" });
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync("probe", id, blind));

        // Clear with a stale ETag fails; with the current one it works.
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.ClearStateAsync("probe", id, new GrainState<ProbeState>(new ProbeState()) { ETag = "1", RecordExists = true }));
        await storage.ClearStateAsync("probe", id, first);
        var read = new GrainState<ProbeState>();
        await storage.ReadStateAsync("probe", id, read);
        Assert.False(read.RecordExists);
        Assert.Equal(first.ETag, read.ETag);

        var missing = new GrainState<ProbeState>();
        await storage.ReadStateAsync("probe", GrainId.Create("probe", "never-written"), missing);
        Assert.Null(missing.ETag);
        Assert.False(missing.RecordExists);
        await silo.StopAsync();
        AssertNoProviderErrors();
    }

    [Fact]
    public async Task Reminder_registers_is_listed_fires_and_unregisters()
    {
        var cs = await PostgresTestServer.CreateMigratedDatabaseAsync();
        using var silo = await StartSiloAsync(cs, "c" + Guid.NewGuid().ToString("N")[..8]);
        var key = "r-" + Guid.NewGuid().ToString("N")[..6];
        var grain = silo.Services.GetRequiredService<IGrainFactory>().GetGrain<IProbeGrain>(key);

        await grain.StartReminder(TimeSpan.FromSeconds(1));
        Assert.Equal(["tick"], await grain.ListReminders());
        await using var conn = new NpgsqlConnection(cs);
        Assert.Equal(1, await conn.ExecuteScalarAsync<int>("SELECT count(*) FROM orleansreminderstable WHERE reminderName = 'tick' AND serviceid = @ServiceId", new { ServiceId }));

        await Eventually.ReachedAsync(() => Task.FromResult(ProbeGrain.Ticks.GetValueOrDefault(key + "/tick")), ticks => ticks >= 2, ClusterTimeout, "the reminder firing twice");

        await grain.StopReminder();
        Assert.Empty(await grain.ListReminders());
        Assert.Equal(0, await conn.ExecuteScalarAsync<int>("SELECT count(*) FROM orleansreminderstable"));
        await silo.StopAsync();
        AssertNoProviderErrors();
    }

    [Fact]
    public async Task Two_silos_form_a_cluster_in_the_membership_table()
    {
        var cs = await PostgresTestServer.CreateMigratedDatabaseAsync();
        var cluster = "c" + Guid.NewGuid().ToString("N")[..8];
        using var first = await StartSiloAsync(cs, cluster);
        using var second = await StartSiloAsync(cs, cluster);

        var management = first.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        await Eventually.ReachedAsync(() => management.GetHosts(onlyActive: true), hosts => hosts.Count == 2, ClusterTimeout, "both silos active in the membership");

        await using var conn = new NpgsqlConnection(cs);
        Assert.Equal(2, await conn.ExecuteScalarAsync<int>("SELECT count(*) FROM orleansmembershiptable WHERE deploymentid = @cluster AND status = 3", new { cluster }));
        Assert.True(await conn.ExecuteScalarAsync<int>("SELECT version FROM orleansmembershipversiontable WHERE deploymentid = @cluster", new { cluster }) >= 2);

        // A grain call from either silo reaches the same activation.
        var a = first.Services.GetRequiredService<IGrainFactory>().GetGrain<IProbeGrain>("shared");
        var b = second.Services.GetRequiredService<IGrainFactory>().GetGrain<IProbeGrain>("shared");
        await a.Set("from first");
        Assert.Equal("from first", await b.Get());

        await second.StopAsync();
        Assert.Equal(6, await conn.ExecuteScalarAsync<int>("SELECT status FROM orleansmembershiptable WHERE deploymentid = @cluster AND port = @port", new { cluster, port = second.Services.GetRequiredService<ILocalSiloDetails>().SiloAddress.Endpoint.Port }));
        await first.StopAsync();
        AssertNoProviderErrors();
    }

    /// <summary>Deactivates the grain and waits until a call reaches a new activation, which has read its state from storage.</summary>
    private static async Task DeactivateAsync(IProbeGrain grain)
    {
        var deactivated = await grain.ActivationId();
        await grain.Deactivate();
        await Eventually.ReachedAsync(grain.ActivationId, id => id != deactivated, ClusterTimeout, "a new activation after deactivation");
    }

    private async Task<IHost> StartSiloAsync(string connectionString, string clusterId)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddProvider(logs);
        builder.UseOrleans(silo =>
        {
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = clusterId;
                o.ServiceId = ServiceId;
            });
            silo.ConfigureEndpoints(IPAddress.Loopback, FreeTcpPort(), FreeTcpPort());
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
            silo.AddAdoNetGrainStorage("x", o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = "Npgsql";
                o.ConnectionString = connectionString;
            });
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = TimeSpan.FromSeconds(1));
        });
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private void AssertNoProviderErrors()
    {
        var errors = logs.Entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Category}: {e.Message} {e.Exception}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static int FreeTcpPort()
    {
        using var l = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }
}
