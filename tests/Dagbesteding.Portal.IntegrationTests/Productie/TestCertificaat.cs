using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Dagbesteding.Portal.IntegrationTests.Productie;

/// <summary>Test certificates for the key ring, made in the test (no private key is ever committed).</summary>
public static class TestCertificaat
{
    /// <summary>Writes a fresh self-signed RSA certificate with its private key as a password-protected PKCS#12 file.</summary>
    public static string MaakPfx(string map, string wachtwoord)
    {
        using var rsa = RSA.Create(2048);
        var verzoek = new CertificateRequest("CN=Dagbesteding sleutelring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        verzoek.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyEncipherment | X509KeyUsageFlags.DataEncipherment, critical: false));
        using var certificaat = verzoek.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var pad = Path.Combine(map, "sleutelring.pfx");
        File.WriteAllBytes(pad, certificaat.Export(X509ContentType.Pkcs12, wachtwoord));
        return pad;
    }
}
