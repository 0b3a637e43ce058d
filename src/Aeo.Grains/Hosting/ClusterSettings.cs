using System.ComponentModel.DataAnnotations;
using System.Net;
using Orleans.Configuration;

namespace Aeo.Grains.Hosting;

/// <summary>How a process joins the cluster, bound from <c>Aeo:Cluster</c>.</summary>
public sealed class ClusterSettings
{
    public const string Section = "Aeo:Cluster";

    /// <summary>Silos and clients with the same cluster id find each other in the membership table.</summary>
    [Required]
    public string ClusterId { get; set; } = "aeo";

    /// <summary>Keeps grain state and reminders apart from other deployments sharing the database.</summary>
    [Required]
    public string ServiceId { get; set; } = "aeo";

    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The address other silos reach this one on; unset = the first non-loopback address.</summary>
    public string? AdvertisedAddress { get; set; }

    public static ClusterSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(Section).Get<ClusterSettings>() ?? new ClusterSettings();
        Validator.ValidateObject(settings, new ValidationContext(settings), validateAllProperties: true);
        return settings;
    }

    internal void Apply(ClusterOptions options)
    {
        options.ClusterId = ClusterId;
        options.ServiceId = ServiceId;
    }

    internal IPAddress? ParseAdvertisedAddress() =>
        AdvertisedAddress is null ? null
        : IPAddress.TryParse(AdvertisedAddress, out var address) ? address
        : Dns.GetHostAddresses(AdvertisedAddress).First();
}
