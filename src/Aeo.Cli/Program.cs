using Aeo.Cli.Hosting;

return await AeoCli.RunAsync(args, CliHost.FromProcess());
