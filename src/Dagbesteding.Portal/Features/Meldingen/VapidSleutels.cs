using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Features.Meldingen;

/// <summary>
/// The portal's VAPID key pair (RFC 8292): browsers bind a subscription to the public key, push services accept only
/// messages signed with the private one. From configuration; outside Production, when none is configured, generated once
/// and kept in a file, so the embedded default has working push and keeps its devices across restarts. In Production
/// without keys push stays off (logged) rather than using a key nobody chose.
/// </summary>
public sealed class VapidSleutels
{
    public VapidSleutels(IOptions<MeldingenOptions> options, IHostEnvironment environment, ILogger<VapidSleutels> logger)
    {
        var push = options.Value.Push;
        if (!push.Enabled)
        {
            return;
        }
        if (!string.IsNullOrWhiteSpace(push.PublicKey) || !string.IsNullOrWhiteSpace(push.PrivateKey))
        {
            (PublicKey, PrivateKey) = Controleer(push.PublicKey.Trim(), push.PrivateKey.Trim());
            return;
        }
        if (environment.IsProduction())
        {
            logger.LogWarning("Pushmeldingen staan uit: Meldingen:Push:PublicKey en PrivateKey zijn niet ingesteld.");
            return;
        }
        (PublicKey, PrivateKey) = UitBestand(Path.GetFullPath(Path.Combine(environment.ContentRootPath, push.SleutelBestand)));
    }

    /// <summary>Null when push is off on this installation.</summary>
    public string? PublicKey { get; }
    public string? PrivateKey { get; }
    public bool Beschikbaar => PublicKey is not null;

    public static (string PublicKey, string PrivateKey) Maak()
    {
        using var sleutel = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var p = sleutel.ExportParameters(includePrivateParameters: true);
        return (Base64Url.EncodeToString([0x04, .. p.Q.X!, .. p.Q.Y!]), Base64Url.EncodeToString(p.D!));
    }

    private static (string, string) Controleer(string publicKey, string privateKey)
    {
        try
        {
            var q = Base64Url.DecodeFromChars(publicKey);
            var d = Base64Url.DecodeFromChars(privateKey);
            if (q.Length == 65 && q[0] == 0x04 && d.Length == 32)
            {
                // Importing checks that the point is on the curve; the signature check proves the two belong together.
                using var sleutel = ECDsa.Create(new ECParameters
                {
                    Curve = ECCurve.NamedCurves.nistP256,
                    D = d,
                    Q = new ECPoint { X = q[1..33], Y = q[33..] },
                });
                var handtekening = sleutel.SignData("vapid"u8, HashAlgorithmName.SHA256);
                using var publiek = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = q[1..33], Y = q[33..] } });
                if (publiek.VerifyData("vapid"u8, handtekening, HashAlgorithmName.SHA256))
                {
                    return (publicKey, privateKey);
                }
            }
        }
        catch (Exception ex) when (ex is FormatException or CryptographicException)
        {
        }
        throw new PortalStartupException(
            "Meldingen:Push:PublicKey en PrivateKey vormen geen geldig VAPID-sleutelpaar (P-256, base64url: 65 en 32 bytes). Laat beide leeg buiten productie, of zet een nieuw paar.");
    }

    private static (string, string) UitBestand(string pad)
    {
        if (File.Exists(pad))
        {
            var bewaard = JsonSerializer.Deserialize<Bewaard>(File.ReadAllText(pad));
            if (bewaard is { PublicKey: { } publicKey, PrivateKey: { } privateKey })
            {
                return Controleer(publicKey, privateKey);
            }
        }
        var (nieuwPubliek, nieuwPrivaat) = Maak();
        Directory.CreateDirectory(Path.GetDirectoryName(pad)!);
        File.WriteAllText(pad, JsonSerializer.Serialize(new Bewaard(nieuwPubliek, nieuwPrivaat)));
        return (nieuwPubliek, nieuwPrivaat);
    }

    private sealed record Bewaard(string? PublicKey, string? PrivateKey);
}
