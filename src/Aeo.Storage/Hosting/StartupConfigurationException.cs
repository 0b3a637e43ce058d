namespace Aeo.Storage.Hosting;

/// <summary>A setting that stops the process at start (a key too short, a certificate missing): the message says what to set.</summary>
public sealed class StartupConfigurationException(string message) : Exception(message);
