using Aeo.Api.Demo;
using Aeo.Api.Hosting;

return await StartupFailure.ReportAsync(async () =>
{
    var demo = args.Contains(DemoAudit.Flag);
    await using var app = await AeoApplication.BuildAsync(args.Where(a => a != DemoAudit.Flag).ToArray());
    await app.StartAsync();
    StartupBanner.Print(app);
    if (demo)
    {
        await DemoAudit.RunAsync(app, app.Lifetime.ApplicationStopping);
    }
    await app.WaitForShutdownAsync();
});
