using System.Buffers.Binary;
using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Infrastructure;

/// <summary>A browser-side subscription, with the strings exactly as <c>PushSubscription.toJSON()</c> gives them.</summary>
public sealed record PushTestAbonnement(string Endpoint, string P256dh, string Auth);

/// <summary>A push message that passed every check: VAPID verified, payload decrypted.</summary>
public sealed record OntvangenPush(
    string Endpoint,
    string Payload,
    string VapidPublicKey,
    string Subject,
    int Ttl,
    string? Urgency,
    string? Topic);

/// <summary>
/// A local push service (RFC 8030) on HTTPS that plays both the push service and the browser: it verifies the VAPID
/// assertion (RFC 8292) and decrypts the payload with the subscription's private key (RFC 8291, aes128gcm per
/// RFC 8188), so a test proves what the sender encrypts and signs instead of assuming it. A real push service cannot
/// decrypt and accepts any ciphertext; this one rejects what a browser would silently drop.
/// </summary>
public sealed class LokalePushDienst : IAsyncDisposable
{
    // RFC 8030 §7.2: a push service need not accept more than 4096 octets of (encrypted) payload; FCM and Mozilla
    // refuse bigger bodies, so the app must learn that here rather than in production.
    public const int MaxBodyOctets = 4096;

    // RFC 8292 §2: "exp" no more than 24 hours from the time of the request.
    private const long MaxExpSeconden = 24 * 60 * 60;

    private static readonly byte[] _keyInfoPrefix = Encoding.ASCII.GetBytes("WebPush: info\0");
    private static readonly byte[] _cekInfo = Encoding.ASCII.GetBytes("Content-Encoding: aes128gcm\0\u0001");
    private static readonly byte[] _nonceInfo = Encoding.ASCII.GetBytes("Content-Encoding: nonce\0\u0001");
    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Abonnement> _abonnementen = new(StringComparer.Ordinal);
    private readonly Lock _slot = new();
    private readonly List<OntvangenPush> _ontvangen = [];
    private readonly List<string> _afgewezen = [];
    private readonly List<Wachter> _wachters = [];
    private readonly Dictionary<string, int> _pogingen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Status, TimeSpan? RetryAfter)> _antwoorden = new(StringComparer.Ordinal);

    private LokalePushDienst(WebApplication app, X509Certificate2 certificaat)
    {
        _app = app;
        Certificaat = certificaat;
    }

    /// <summary>The self-signed server certificate (SAN localhost and 127.0.0.1), made in memory for this instance.</summary>
    public X509Certificate2 Certificaat { get; }

    public int Poort { get; private set; }

    /// <summary>The origin of every endpoint, <c>https://localhost:{port}</c>: what RFC 8292 wants as "aud".</summary>
    public string Origin => $"https://localhost:{Poort}";

    /// <summary>
    /// Lib.Net.Http.WebPush 3.3.1 builds "aud" as scheme + "://" + host and drops the port. Real push services listen
    /// on 443, where both forms are the same origin; on this random port they differ. By default the port-less form of
    /// this same host is accepted too; set this to require the exact origin.
    /// </summary>
    public bool StrikteAudience { get; set; }

    public IReadOnlyList<OntvangenPush> Ontvangen
    {
        get
        {
            lock (_slot)
            {
                return [.. _ontvangen];
            }
        }
    }

    /// <summary>Every rejected request as "{status} {endpoint}: {reason}".</summary>
    public IReadOnlyList<string> Afgewezen
    {
        get
        {
            lock (_slot)
            {
                return [.. _afgewezen];
            }
        }
    }

    public static async Task<LokalePushDienst> StartAsync()
    {
        var certificaat = MaakCertificaat();
        // An empty builder: no appsettings.json of the app under test (copied next to the tests) and no environment
        // variables can add Kestrel endpoints or logging to this server.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificaat)));
        var app = builder.Build();
        var dienst = new LokalePushDienst(app, certificaat);
        app.Run(dienst.VerwerkAsync);
        await app.StartAsync();

        var adres = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        dienst.Poort = new Uri(adres).Port;
        return dienst;
    }

    /// <summary>
    /// A handler that trusts exactly <see cref="Certificaat"/> (pinned by its bytes, so no other self-signed server
    /// passes) and never goes through a proxy from the environment.
    /// </summary>
    public HttpMessageHandler MaakHandler() => new SocketsHttpHandler
    {
        UseProxy = false,
        SslOptions = new SslClientAuthenticationOptions
        {
            RemoteCertificateValidationCallback = (_, certificaat, _, _) => VertrouwCertificaat(certificaat),
        },
    };

    /// <summary>For a handler the test builds itself, e.g. <c>HttpClientHandler.ServerCertificateCustomValidationCallback</c>.</summary>
    public bool VertrouwCertificaat(X509Certificate? aangeboden) =>
        aangeboden is not null && aangeboden.GetRawCertData().AsSpan().SequenceEqual(Certificaat.RawData);

    /// <summary>
    /// What a browser's <c>pushManager.subscribe()</c> creates: a P-256 key pair and a 16-byte auth secret, with a
    /// unique endpoint. With <paramref name="applicationServerKey"/> the subscription is restricted (RFC 8292 §3.2):
    /// only that VAPID key may push to it, as with every browser subscription made with a key.
    /// </summary>
    public PushTestAbonnement NieuwAbonnement(string? applicationServerKey = null)
    {
        var sleutel = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var publiek = PuntBytes(sleutel.ExportParameters(includePrivateParameters: false));
        var auth = RandomNumberGenerator.GetBytes(16);
        var endpoint = $"{Origin}/push/{Guid.NewGuid():N}";
        byte[]? beperkt = applicationServerKey is null ? null : Base64Url.DecodeFromChars(applicationServerKey);
        _abonnementen[endpoint] = new Abonnement(sleutel, publiek, auth, beperkt);
        return new PushTestAbonnement(endpoint, Base64Url.EncodeToString(publiek), Base64Url.EncodeToString(auth));
    }

    /// <summary>
    /// Makes <paramref name="endpoint"/> answer <paramref name="statusCode"/> (410, 404, 429, 500, …) to messages that
    /// pass every check; those count in <see cref="Pogingen"/> but not in <see cref="Ontvangen"/>. A check that fails
    /// still answers 400/401/403.
    /// </summary>
    public void AntwoordVoor(string endpoint, int statusCode, TimeSpan? retryAfter = null)
    {
        lock (_slot)
        {
            _antwoorden[endpoint] = (statusCode, retryAfter);
        }
    }

    /// <summary>How many requests reached <paramref name="endpoint"/>: accepted, rejected or answered by <see cref="AntwoordVoor"/>.</summary>
    public int Pogingen(string endpoint)
    {
        lock (_slot)
        {
            return _pogingen.GetValueOrDefault(endpoint);
        }
    }

    /// <summary>Completes as soon as a matching message is received (or at once if one already was).</summary>
    public async Task<OntvangenPush> WachtOpAsync(Func<OntvangenPush, bool> filter, TimeSpan timeout)
    {
        Wachter wachter;
        lock (_slot)
        {
            if (_ontvangen.FirstOrDefault(filter) is { } al)
            {
                return al;
            }
            wachter = new Wachter(filter);
            _wachters.Add(wachter);
        }
        try
        {
            return await wachter.Bron.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException(
                $"Binnen {timeout.TotalSeconds:0.###} s geen push ontvangen die aan de voorwaarde voldoet. "
                + $"Ontvangen: {Ontvangen.Count}; afgewezen: [{string.Join("; ", Afgewezen)}].");
        }
        finally
        {
            lock (_slot)
            {
                _wachters.Remove(wachter);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var abonnement in _abonnementen.Values)
        {
            abonnement.Sleutel.Dispose();
        }
        Certificaat.Dispose();
    }

    private async Task VerwerkAsync(HttpContext context)
    {
        var request = context.Request;
        var endpoint = Origin + request.Path.Value;
        if (!HttpMethods.IsPost(request.Method))
        {
            await WijsAfAsync(context, endpoint, new Afwijzing(StatusCodes.Status405MethodNotAllowed, $"methode {request.Method}, een push is een POST (RFC 8030 §5)"));
            return;
        }
        if (!_abonnementen.TryGetValue(endpoint, out var abonnement))
        {
            await WijsAfAsync(context, endpoint, new Afwijzing(StatusCodes.Status404NotFound, "onbekend abonnement"));
            return;
        }
        lock (_slot)
        {
            _pogingen[endpoint] = _pogingen.GetValueOrDefault(endpoint) + 1;
        }

        OntvangenPush push;
        try
        {
            var (vapidKey, subject) = ControleerVapid(request.Headers.Authorization.ToString(), abonnement);
            var (ttl, urgency, topic) = ControleerHeaders(request.Headers);
            var body = await LeesBodyAsync(request);
            var payload = Ontsleutel(body, abonnement);
            push = new OntvangenPush(endpoint, payload, vapidKey, subject, ttl, urgency, topic);
        }
        catch (Afwijzing afwijzing)
        {
            await WijsAfAsync(context, endpoint, afwijzing);
            return;
        }

        (int Status, TimeSpan? RetryAfter) antwoord;
        lock (_slot)
        {
            if (!_antwoorden.TryGetValue(endpoint, out antwoord))
            {
                _ontvangen.Add(push);
                foreach (var wachter in _wachters.Where(w => w.Filter(push)))
                {
                    wachter.Bron.TrySetResult(push);
                }
                antwoord = (StatusCodes.Status201Created, null);
            }
        }
        context.Response.StatusCode = antwoord.Status;
        if (antwoord.Status == StatusCodes.Status201Created)
        {
            // RFC 8030 §5: the push service answers with the URI of the push message resource.
            context.Response.Headers.Location = $"{Origin}/message/{Guid.NewGuid():N}";
        }
        if (antwoord.RetryAfter is { } wacht)
        {
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(wacht.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
    }

    private async Task WijsAfAsync(HttpContext context, string endpoint, Afwijzing afwijzing)
    {
        // Recorded before the answer is written, so a test that sees the status can already read the reason.
        lock (_slot)
        {
            _afgewezen.Add($"{afwijzing.Status} {endpoint}: {afwijzing.Message}");
        }
        context.Response.StatusCode = afwijzing.Status;
        await context.Response.WriteAsync(afwijzing.Message);
    }

    /// <summary>RFC 8292: <c>Authorization: vapid t=&lt;JWT&gt;, k=&lt;public key&gt;</c>.</summary>
    private (string VapidKey, string Subject) ControleerVapid(string authorization, Abonnement abonnement)
    {
        if (string.IsNullOrWhiteSpace(authorization))
        {
            throw new Afwijzing(StatusCodes.Status401Unauthorized, "geen Authorization header");
        }
        var spatie = authorization.IndexOf(' ', StringComparison.Ordinal);
        if (spatie < 0 || !authorization[..spatie].Equals("vapid", StringComparison.OrdinalIgnoreCase))
        {
            throw new Afwijzing(StatusCodes.Status401Unauthorized, $"Authorization scheme is geen vapid: '{authorization.Split(' ')[0]}'");
        }
        var parameters = authorization[(spatie + 1)..]
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2, StringSplitOptions.TrimEntries))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0].ToLowerInvariant(), p => p[1]);
        if (!parameters.TryGetValue("t", out var token) || !parameters.TryGetValue("k", out var k))
        {
            throw new Afwijzing(StatusCodes.Status401Unauthorized, "vapid parameter t of k ontbreekt");
        }

        var delen = token.Split('.');
        if (delen.Length != 3)
        {
            throw new Afwijzing(StatusCodes.Status401Unauthorized, "t is geen JWT in compact serialization (drie delen)");
        }
        var kBytes = Base64UrlOf(k, StatusCodes.Status401Unauthorized, "k");
        if (kBytes.Length != 65 || kBytes[0] != 0x04)
        {
            throw new Afwijzing(StatusCodes.Status401Unauthorized, $"k is geen uncompressed P-256 point van 65 bytes ({kBytes.Length} bytes)");
        }
        if (abonnement.ApplicationServerKey is { } beperkt && !beperkt.AsSpan().SequenceEqual(kBytes))
        {
            throw new Afwijzing(StatusCodes.Status403Forbidden, "k is niet de applicationServerKey waarmee het abonnement is gemaakt (RFC 8292 §4.2)");
        }

        using var header = JsonOf(delen[0], "JWT header");
        if (!header.RootElement.TryGetProperty("alg", out var alg) || alg.ValueKind != JsonValueKind.String || alg.GetString() != "ES256")
        {
            throw new Afwijzing(StatusCodes.Status403Forbidden, $"JWT alg is geen ES256: {header.RootElement}");
        }

        var handtekening = Base64UrlOf(delen[2], StatusCodes.Status403Forbidden, "JWT signature");
        if (handtekening.Length != 64)
        {
            throw new Afwijzing(StatusCodes.Status403Forbidden, $"JWT signature is geen ES256 (IEEE P1363, 64 bytes) maar {handtekening.Length} bytes");
        }
        bool klopt;
        try
        {
            using var ecdsa = ECDsa.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = Punt(kBytes) });
            klopt = ecdsa.VerifyData(
                Encoding.ASCII.GetBytes($"{delen[0]}.{delen[1]}"),
                handtekening,
                HashAlgorithmName.SHA256,
                DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
        catch (CryptographicException e)
        {
            throw new Afwijzing(StatusCodes.Status401Unauthorized, $"k is geen geldig P-256 point: {e.Message}");
        }
        if (!klopt)
        {
            throw new Afwijzing(StatusCodes.Status403Forbidden, "JWT signature klopt niet met k");
        }

        using var claims = JsonOf(delen[1], "JWT claims");
        var aud = StringClaim(claims, "aud");
        if (aud != Origin && (StrikteAudience || aud != "https://localhost"))
        {
            throw new Afwijzing(StatusCodes.Status403Forbidden, $"aud '{aud}' is niet de origin van het endpoint '{Origin}'");
        }
        if (!claims.RootElement.TryGetProperty("exp", out var expElement) || !expElement.TryGetInt64(out var exp))
        {
            throw new Afwijzing(StatusCodes.Status403Forbidden, "claim exp ontbreekt of is geen geheel getal");
        }
        var nu = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        if (exp <= nu)
        {
            throw new Afwijzing(StatusCodes.Status403Forbidden, $"JWT is verlopen: exp {exp} ligt {nu - exp} s in het verleden");
        }
        if (exp > nu + MaxExpSeconden)
        {
            throw new Afwijzing(StatusCodes.Status403Forbidden, $"exp ligt {exp - nu} s vooruit, meer dan 24 uur (RFC 8292 §2)");
        }
        var sub = StringClaim(claims, "sub");
        if (!sub.StartsWith("mailto:", StringComparison.Ordinal) && !sub.StartsWith("https:", StringComparison.Ordinal))
        {
            throw new Afwijzing(StatusCodes.Status403Forbidden, $"sub '{sub}' is geen mailto: of https: contact");
        }
        return (k, sub);
    }

    /// <summary>RFC 8030 §5.2–5.4 and RFC 8291 §4.</summary>
    private static (int Ttl, string? Urgency, string? Topic) ControleerHeaders(IHeaderDictionary headers)
    {
        var encoding = headers.ContentEncoding.ToString();
        if (!encoding.Equals("aes128gcm", StringComparison.OrdinalIgnoreCase))
        {
            throw new Afwijzing(StatusCodes.Status400BadRequest, $"Content-Encoding is '{encoding}', niet aes128gcm");
        }
        var ttlTekst = headers["TTL"].ToString();
        if (!int.TryParse(ttlTekst, NumberStyles.None, CultureInfo.InvariantCulture, out var ttl))
        {
            throw new Afwijzing(StatusCodes.Status400BadRequest, $"TTL header ontbreekt of is geen niet-negatief geheel getal: '{ttlTekst}'");
        }
        var urgency = headers.TryGetValue("Urgency", out var u) ? u.ToString() : null;
        if (urgency is not null and not ("very-low" or "low" or "normal" or "high"))
        {
            throw new Afwijzing(StatusCodes.Status400BadRequest, $"Urgency '{urgency}' is niet very-low, low, normal of high");
        }
        var topic = headers.TryGetValue("Topic", out var t) ? t.ToString() : null;
        if (topic is not null && (topic.Length is 0 or > 32 || !topic.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            throw new Afwijzing(StatusCodes.Status400BadRequest, $"Topic '{topic}' is niet 1–32 tekens uit het base64url alfabet (RFC 8030 §5.4)");
        }
        return (ttl, urgency, topic);
    }

    private static async Task<byte[]> LeesBodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        var blok = new byte[1024];
        int gelezen;
        while ((gelezen = await request.Body.ReadAsync(blok)) > 0)
        {
            buffer.Write(blok, 0, gelezen);
            if (buffer.Length > MaxBodyOctets)
            {
                throw new Afwijzing(StatusCodes.Status413PayloadTooLarge, $"body is groter dan {MaxBodyOctets} octets (RFC 8030 §7.2)");
            }
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// RFC 8188 §2 header (salt 16, rs uint32 big-endian, idlen, keyid) and RFC 8291 §3.3–3.4 key derivation, as the
    /// browser does it with its private key.
    /// </summary>
    private static string Ontsleutel(byte[] body, Abonnement abonnement)
    {
        const int VasteHeader = 16 + 4 + 1;
        if (body.Length == 0)
        {
            throw new Afwijzing(StatusCodes.Status400BadRequest, "geen payload: deze dienst verwacht bij elke push een versleutelde payload");
        }
        if (body.Length < VasteHeader)
        {
            throw new Afwijzing(StatusCodes.Status400BadRequest, $"body van {body.Length} bytes is korter dan de aes128gcm header");
        }
        var salt = body.AsSpan(0, 16);
        var rs = BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(16, 4));
        int idlen = body[20];
        // RFC 8291 §4: keyid carries the application server's ephemeral public key, uncompressed (65 octets).
        if (idlen != 65 || body.Length < VasteHeader + idlen || body[VasteHeader] != 0x04)
        {
            throw new Afwijzing(StatusCodes.Status400BadRequest, $"keyid is geen uncompressed P-256 public key van 65 bytes (idlen {idlen})");
        }
        // RFC 8188 §2: rs below 18 leaves no room for a delimiter and the 16-byte tag.
        if (rs < 18)
        {
            throw new Afwijzing(StatusCodes.Status400BadRequest, $"record size rs {rs} is kleiner dan 18");
        }
        var asPublic = body.AsSpan(VasteHeader, idlen).ToArray();
        var record = body.AsSpan(VasteHeader + idlen);
        if (record.Length < 17)
        {
            throw new Afwijzing(StatusCodes.Status400BadRequest, $"record van {record.Length} bytes is te kort voor tag en delimiter");
        }
        // RFC 8291 §4: a push message is a single record.
        if (record.Length > rs)
        {
            throw new Afwijzing(StatusCodes.Status400BadRequest, $"ciphertext van {record.Length} bytes is meer dan één record van rs {rs}");
        }

        byte[] ecdhSecret;
        try
        {
            using var afzender = ECDiffieHellman.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = Punt(asPublic) });
            ecdhSecret = abonnement.Sleutel.DeriveRawSecretAgreement(afzender.PublicKey);
        }
        catch (CryptographicException e)
        {
            throw new Afwijzing(StatusCodes.Status400BadRequest, $"keyid is geen geldig P-256 point: {e.Message}");
        }

        // RFC 8291 §3.4, step by step.
        var prkKey = HMACSHA256.HashData(abonnement.Auth, ecdhSecret);
        byte[] keyInfo = [.. _keyInfoPrefix, .. abonnement.Publiek, .. asPublic, 0x01];
        var ikm = HMACSHA256.HashData(prkKey, keyInfo);
        var prk = HMACSHA256.HashData(salt, ikm);
        var cek = HMACSHA256.HashData(prk, _cekInfo).AsSpan(0, 16);
        // The nonce of record 0 is NONCE XOR 0, so NONCE itself (RFC 8188 §2.3).
        var nonce = HMACSHA256.HashData(prk, _nonceInfo).AsSpan(0, 12);

        var plaintext = new byte[record.Length - 16];
        try
        {
            using var aes = new AesGcm(cek, tagSizeInBytes: 16);
            aes.Decrypt(nonce, record[..^16], record[^16..], plaintext);
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new Afwijzing(StatusCodes.Status400BadRequest, "AES-GCM tag klopt niet: niet versleuteld voor de p256dh en auth van dit abonnement");
        }

        // RFC 8188 §2: the plaintext of the last record ends with delimiter 0x02, then zero or more 0x00 of padding.
        var einde = Array.FindLastIndex(plaintext, b => b != 0);
        if (einde < 0 || plaintext[einde] != 0x02)
        {
            throw new Afwijzing(StatusCodes.Status400BadRequest, einde < 0
                ? "plaintext heeft geen padding delimiter"
                : $"padding delimiter is 0x{plaintext[einde]:x2}, niet 0x02 (laatste record)");
        }
        try
        {
            return _strictUtf8.GetString(plaintext, 0, einde);
        }
        catch (DecoderFallbackException)
        {
            throw new Afwijzing(StatusCodes.Status400BadRequest, "payload is geen geldige UTF-8");
        }
    }

    private static X509Certificate2 MaakCertificaat()
    {
        using var sleutel = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var aanvraag = new CertificateRequest("CN=localhost", sleutel, HashAlgorithmName.SHA256);
        var san = new SubjectAlternativeNameBuilder();
        san.AddDnsName("localhost");
        san.AddIpAddress(IPAddress.Loopback);
        aanvraag.CertificateExtensions.Add(san.Build());
        aanvraag.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        aanvraag.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        aanvraag.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        var nu = DateTimeOffset.UtcNow;
        using var tijdelijk = aanvraag.CreateSelfSigned(nu.AddMinutes(-5), nu.AddDays(1));
        // A round trip through PKCS#12 gives a persisted key handle, which SslStream needs on Windows; harmless elsewhere.
        return X509CertificateLoader.LoadPkcs12(tijdelijk.Export(X509ContentType.Pkcs12), password: null);
    }

    private static byte[] PuntBytes(ECParameters parameters) => [0x04, .. parameters.Q.X!, .. parameters.Q.Y!];

    private static ECPoint Punt(byte[] uncompressed) => new() { X = uncompressed[1..33], Y = uncompressed[33..65] };

    private static byte[] Base64UrlOf(string tekst, int status, string wat)
    {
        try
        {
            return Base64Url.DecodeFromChars(tekst);
        }
        catch (FormatException)
        {
            throw new Afwijzing(status, $"{wat} is geen base64url");
        }
    }

    private static JsonDocument JsonOf(string deel, string wat)
    {
        var bytes = Base64UrlOf(deel, StatusCodes.Status401Unauthorized, wat);
        try
        {
            var document = JsonDocument.Parse(bytes);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }
            document.Dispose();
        }
        catch (JsonException)
        {
        }
        throw new Afwijzing(StatusCodes.Status401Unauthorized, $"{wat} is geen JSON object");
    }

    private static string StringClaim(JsonDocument claims, string naam) =>
        claims.RootElement.TryGetProperty(naam, out var waarde) && waarde.ValueKind == JsonValueKind.String
            ? waarde.GetString()!
            : throw new Afwijzing(StatusCodes.Status403Forbidden, $"claim {naam} ontbreekt of is geen string");

    private sealed record Abonnement(ECDiffieHellman Sleutel, byte[] Publiek, byte[] Auth, byte[]? ApplicationServerKey);

    private sealed class Wachter(Func<OntvangenPush, bool> filter)
    {
        public Func<OntvangenPush, bool> Filter { get; } = filter;

        // Asynchronous continuations: the waiting test must not run on Kestrel's request thread under the lock.
        public TaskCompletionSource<OntvangenPush> Bron { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class Afwijzing(int status, string reden) : Exception(reden)
    {
        public int Status { get; } = status;
    }
}
