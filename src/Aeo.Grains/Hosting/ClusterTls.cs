using System.Security.Cryptography.X509Certificates;
using Aeo.Storage.Hosting;
using Orleans.Connections.Security;

namespace Aeo.Grains.Hosting;

/// <summary>
/// Mutual TLS on the silo and gateway ports, bound from <c>Aeo:Cluster:Tls</c>. Every silo and every API client presents a
/// certificate signed by the cluster's own CA and accepts only peers whose certificate that CA signed, so a process
/// without such a certificate cannot reach a grain. The certificate, its key and the CA come as PEM files: named one by
/// one, or as a mounted directory in the layout of a Kubernetes TLS secret (<c>tls.crt</c>, <c>tls.key</c>, <c>ca.crt</c>).
/// On by default for silo processes and API clients; the embedded default, which listens on loopback only, has none.
/// </summary>
public sealed class ClusterTls
{
    public const string Section = ClusterSettings.Section + ":Tls";

    /// <summary>False runs the cluster's ports in the clear; only for a network no one else can reach.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>A directory holding <c>tls.crt</c>, <c>tls.key</c> and <c>ca.crt</c>; the paths below override its files one by one.</summary>
    public string? CertificateDirectory { get; set; }

    /// <summary>This process's certificate (PEM), with both server and client authentication usages.</summary>
    public string? CertificatePath { get; set; }

    /// <summary>The private key of <see cref="CertificatePath"/> (PEM, unencrypted; keep the file owner-only).</summary>
    public string? KeyPath { get; set; }

    /// <summary>The cluster CA (PEM) that signs every silo's and client's certificate; the only one trusted.</summary>
    public string? CaPath { get; set; }

    public static ClusterTls From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<ClusterTls>() ?? new ClusterTls();

    /// <summary>The certificate and trusted CA; null when TLS is off.</summary>
    /// <exception cref="StartupConfigurationException">TLS is on but a file is not named or cannot be read.</exception>
    public LoadedClusterTls? Load()
    {
        if (!Enabled)
        {
            return null;
        }
        var certificate = PathOf(CertificatePath, "tls.crt", nameof(CertificatePath));
        var key = PathOf(KeyPath, "tls.key", nameof(KeyPath));
        var ca = PathOf(CaPath, "ca.crt", nameof(CaPath));
        try
        {
            var authorities = new X509Certificate2Collection();
            authorities.ImportFromPemFile(ca);
            if (authorities.Count == 0)
            {
                throw new StartupConfigurationException($"{Section}:{nameof(CaPath)} ({ca}) holds no certificate.");
            }
            return new LoadedClusterTls(X509Certificate2.CreateFromPemFile(certificate, key), authorities);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new StartupConfigurationException($"{Section}: the cluster certificate could not be read ({ex.Message}).");
        }
    }

    private string PathOf(string? configured, string fileInDirectory, string name)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        if (!string.IsNullOrWhiteSpace(CertificateDirectory))
        {
            return Path.Combine(CertificateDirectory, fileInDirectory);
        }
        throw new StartupConfigurationException(
            $"{Section} is on but names no certificate: set {Section}:CertificateDirectory (a directory with tls.crt, tls.key and ca.crt, " +
            $"as deploy/make-cluster-certs.sh makes them) or {Section}:{name}; or set {Section}:Enabled=false on a network no one else reaches.");
    }
}

/// <summary>A process's cluster certificate and the CA its peers' certificates must chain to.</summary>
public sealed record LoadedClusterTls(X509Certificate2 Certificate, X509Certificate2Collection Authorities)
{
    /// <summary>Both ends present a certificate, and each accepts only one the cluster CA signed (host names are not checked: silos are reached by address).</summary>
    public void Apply(TlsOptions options)
    {
        options.LocalCertificate = Certificate;
        options.RemoteCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.ClientCertificateMode = RemoteCertificateMode.RequireCertificate;
        options.RemoteCertificateValidation = (certificate, _, _) => IsSignedByClusterCa(certificate);
    }

    public bool IsSignedByClusterCa(X509Certificate2 certificate)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(Authorities);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        return chain.Build(certificate);
    }
}

public static class ClusterTlsExtensions
{
    public static ISiloBuilder UseAeoClusterTls(this ISiloBuilder silo, LoadedClusterTls? tls) =>
        tls is null ? silo : silo.UseTls(tls.Certificate, tls.Apply);

    public static IClientBuilder UseAeoClusterTls(this IClientBuilder client, LoadedClusterTls? tls) =>
        tls is null ? client : client.UseTls(tls.Certificate, tls.Apply);
}
