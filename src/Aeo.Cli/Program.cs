return await AeoCli.RunAsync(args, CliHost.FromProcess());
