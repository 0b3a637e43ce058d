using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Aeo.Testing;

/// <summary>
/// A throwaway cluster CA and certificates it signs, written as PEM files in the layout the cluster reads
/// (<c>tls.crt</c>, <c>tls.key</c>, <c>ca.crt</c> in one directory), as deploy/make-cluster-certs.sh makes them.
/// </summary>
public sealed class TestCertificates : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("aeo-certs-").FullName;
    private readonly X509Certificate2 ca;

    public TestCertificates(string caName = "Aeo test cluster CA")
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={caName}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        ca = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(2));
    }

    /// <summary>A directory with a certificate for <paramref name="name"/> signed by this CA, its key, and the CA.</summary>
    public string Issue(string name)
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyAgreement, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension(
            [new Oid("1.3.6.1.5.5.7.3.1"), new Oid("1.3.6.1.5.5.7.3.2")], false));
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName(name);
        san.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        using var certificate = request.Create(ca, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddDays(1), RandomNumberGenerator.GetBytes(16));

        var directory = Directory.CreateDirectory(Path.Combine(root, name)).FullName;
        File.WriteAllText(Path.Combine(directory, "tls.crt"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(directory, "tls.key"), key.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(Path.Combine(directory, "ca.crt"), ca.ExportCertificatePem());
        return directory;
    }

    public void Dispose()
    {
        ca.Dispose();
        Directory.Delete(root, recursive: true);
    }
}
