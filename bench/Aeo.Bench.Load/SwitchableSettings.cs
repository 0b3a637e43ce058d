using Microsoft.Extensions.Configuration;

namespace Aeo.Bench.Load;

/// <summary>A configuration source the bench changes while the host runs, so one host measures a setting on and off.</summary>
internal sealed class SwitchableSettings : ConfigurationProvider, IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => this;

    public void Change(string key, string value)
    {
        Data[key] = value;
        OnReload();
    }
}
