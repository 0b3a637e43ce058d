namespace Aeo.Platforms;

public sealed record PlatformDescriptor(string Name, string Kind, bool IsSimulated, int RequestsPerMinute, int MaxConcurrency, string Model);
