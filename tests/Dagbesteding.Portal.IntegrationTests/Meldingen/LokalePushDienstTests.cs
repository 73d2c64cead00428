using System.Buffers.Text;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;

namespace Dagbesteding.Portal.IntegrationTests.Meldingen;

/// <summary>
/// Proves the local push service itself with the sender library the app uses: what it accepts is really signed and
/// really decryptable by the subscriber, and what is wrong is caught with a reason.
/// </summary>
public sealed class LokalePushDienstTests : IAsyncLifetime
{
    private const string Subject = "mailto:beheer@dagbesteding.example";
    private static readonly TimeSpan Wachttijd = TimeSpan.FromSeconds(10);

    private readonly VapidSleutels _vapid = VapidSleutels.Nieuw();
    private LokalePushDienst _dienst = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        _dienst = await LokalePushDienst.StartAsync();
        _http = new HttpClient(_dienst.MaakHandler());
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _dienst.DisposeAsync();
        _vapid.Sleutel.Dispose();
    }

    [Fact]
    public async Task ValidMessage_IsVerifiedAndDecrypted()
    {
        var abonnement = _dienst.NieuwAbonnement(applicationServerKey: _vapid.Publiek);
        const string tekst = "Nieuwe adviesvraag in Netwerk West – ë";
        // Waiting starts before the send, so this proves the signal on receipt, not the look-up of earlier messages.
        var wacht = _dienst.WachtOpAsync(p => p.Endpoint == abonnement.Endpoint, Wachttijd);
        Assert.False(wacht.IsCompleted);

        using var auth = Authenticatie(_vapid.Publiek, _vapid.Prive);
        await Client(auth).RequestPushMessageDeliveryAsync(
            Abonnement(abonnement),
            new PushMessage(tekst) { TimeToLive = 3600, Urgency = PushMessageUrgency.High, Topic = "adviesvraag-West" });

        var push = await wacht;
        Assert.Equal(tekst, push.Payload);
        Assert.Equal(_vapid.Publiek, push.VapidPublicKey);
        Assert.Equal(Subject, push.Subject);
        Assert.Equal(3600, push.Ttl);
        Assert.Equal("high", push.Urgency);
        Assert.Equal("adviesvraag-West", push.Topic);
        Assert.Single(_dienst.Ontvangen);
        Assert.Empty(_dienst.Afgewezen);
        Assert.Equal(1, _dienst.Pogingen(abonnement.Endpoint));
    }

    [Fact]
    public async Task LibraryDefaults_AreFourWeeksTtl_AndNoUrgencyOrTopicHeader()
    {
        var abonnement = _dienst.NieuwAbonnement();
        using var auth = Authenticatie(_vapid.Publiek, _vapid.Prive);

        await Client(auth).RequestPushMessageDeliveryAsync(Abonnement(abonnement), new PushMessage("{\"titel\":\"Test\"}"));

        var push = await _dienst.WachtOpAsync(p => p.Endpoint == abonnement.Endpoint, Wachttijd);
        Assert.Equal("{\"titel\":\"Test\"}", push.Payload);
        Assert.Equal(2_419_200, push.Ttl);
        Assert.Null(push.Urgency);
        Assert.Null(push.Topic);
    }

    [Fact]
    public async Task SignatureFromAnotherPrivateKey_IsRejected()
    {
        var abonnement = _dienst.NieuwAbonnement();
        using var ander = VapidSleutels.Nieuw().Sleutel;
        var anderPrive = Base64Url.EncodeToString(ander.ExportParameters(true).D!);
        // The library does not check that the two keys belong together: k advertises ours, the JWT is signed by another.
        using var auth = Authenticatie(_vapid.Publiek, anderPrive);

        var fout = await Assert.ThrowsAsync<PushServiceClientException>(() =>
            Client(auth).RequestPushMessageDeliveryAsync(Abonnement(abonnement), new PushMessage("geheim")));

        Assert.Equal(HttpStatusCode.Forbidden, fout.StatusCode);
        Assert.Empty(_dienst.Ontvangen);
        Assert.Contains("signature klopt niet met k", Assert.Single(_dienst.Afgewezen));
    }

    [Fact]
    public async Task PayloadEncryptedForAnotherSubscription_IsRejected()
    {
        var doel = _dienst.NieuwAbonnement();
        var ander = _dienst.NieuwAbonnement();
        var verkeerd = new PushSubscription
        {
            Endpoint = doel.Endpoint,
            Keys = new Dictionary<string, string> { ["p256dh"] = ander.P256dh, ["auth"] = ander.Auth },
        };
        using var auth = Authenticatie(_vapid.Publiek, _vapid.Prive);

        var fout = await Assert.ThrowsAsync<PushServiceClientException>(() =>
            Client(auth).RequestPushMessageDeliveryAsync(verkeerd, new PushMessage("voor iemand anders")));

        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        Assert.Empty(_dienst.Ontvangen);
        Assert.Contains("AES-GCM tag klopt niet", Assert.Single(_dienst.Afgewezen));
    }

    [Fact]
    public async Task RestrictedSubscription_RejectsAnotherVapidKey()
    {
        using var eigenaar = VapidSleutels.Nieuw().Sleutel;
        var abonnement = _dienst.NieuwAbonnement(applicationServerKey: VapidSleutels.PubliekVan(eigenaar));
        using var auth = Authenticatie(_vapid.Publiek, _vapid.Prive);

        var fout = await Assert.ThrowsAsync<PushServiceClientException>(() =>
            Client(auth).RequestPushMessageDeliveryAsync(Abonnement(abonnement), new PushMessage("x")));

        Assert.Equal(HttpStatusCode.Forbidden, fout.StatusCode);
        Assert.Contains("applicationServerKey", Assert.Single(_dienst.Afgewezen));
    }

    [Fact]
    public async Task StrictAudience_RejectsTheLibrarysAudienceWithoutPort()
    {
        // Documents the one liberty the service takes by default: Lib.Net.Http.WebPush sends aud "https://localhost".
        _dienst.StrikteAudience = true;
        var abonnement = _dienst.NieuwAbonnement();
        using var auth = Authenticatie(_vapid.Publiek, _vapid.Prive);

        var fout = await Assert.ThrowsAsync<PushServiceClientException>(() =>
            Client(auth).RequestPushMessageDeliveryAsync(Abonnement(abonnement), new PushMessage("x")));

        Assert.Equal(HttpStatusCode.Forbidden, fout.StatusCode);
        Assert.Contains("aud 'https://localhost' is niet de origin", Assert.Single(_dienst.Afgewezen));
    }

    [Fact]
    public async Task AntwoordVoor_Gone_MakesTheLibraryThrowWithStatusGone()
    {
        var abonnement = _dienst.NieuwAbonnement();
        _dienst.AntwoordVoor(abonnement.Endpoint, (int)HttpStatusCode.Gone);
        var subscription = Abonnement(abonnement);
        using var auth = Authenticatie(_vapid.Publiek, _vapid.Prive);

        var fout = await Assert.ThrowsAsync<PushServiceClientException>(() =>
            Client(auth).RequestPushMessageDeliveryAsync(subscription, new PushMessage("weg")));

        Assert.Equal(HttpStatusCode.Gone, fout.StatusCode);
        Assert.Same(subscription, fout.PushSubscription);
        Assert.Equal(1, _dienst.Pogingen(abonnement.Endpoint));
        Assert.Empty(_dienst.Ontvangen);
        Assert.Empty(_dienst.Afgewezen);
    }

    [Fact]
    public async Task TooManyRequests_WithRetryAfter_IsRetriedByTheLibraryBeforeItThrows()
    {
        var abonnement = _dienst.NieuwAbonnement();
        _dienst.AntwoordVoor(abonnement.Endpoint, (int)HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(1));
        using var auth = Authenticatie(_vapid.Publiek, _vapid.Prive);
        // The default MaxRetriesAfter 0 means "no limit": against a service that keeps answering 429 it never returns.
        var client = Client(auth);
        client.MaxRetriesAfter = 1;

        var fout = await Assert.ThrowsAsync<PushServiceClientException>(() =>
            client.RequestPushMessageDeliveryAsync(Abonnement(abonnement), new PushMessage("later")));

        Assert.Equal(HttpStatusCode.TooManyRequests, fout.StatusCode);
        Assert.Equal(2, _dienst.Pogingen(abonnement.Endpoint));
    }

    [Theory]
    [InlineData("geen-vapid", 401, "scheme is geen vapid")]
    [InlineData("alg-hs256", 403, "alg is geen ES256")]
    [InlineData("aud-ander", 403, "aud 'https://push.example.net' is niet de origin")]
    [InlineData("verlopen", 403, "JWT is verlopen")]
    [InlineData("exp-te-ver", 403, "meer dan 24 uur")]
    [InlineData("zonder-sub", 403, "claim sub ontbreekt")]
    [InlineData("sub-http", 403, "geen mailto: of https: contact")]
    [InlineData("zonder-ttl", 400, "TTL header ontbreekt")]
    [InlineData("aesgcm", 400, "Content-Encoding is 'aesgcm'")]
    [InlineData("topic-ongeldig", 400, "Topic")]
    [InlineData("rommel", 400, "keyid is geen uncompressed P-256 public key")]
    [InlineData("te-groot", 413, "groter dan 4096 octets")]
    [InlineData("onbekend", 404, "onbekend abonnement")]
    public async Task CraftedRequest_IsRejectedWithTheReason(string geval, int status, string reden)
    {
        var abonnement = _dienst.NieuwAbonnement();
        var endpoint = geval == "onbekend" ? $"{_dienst.Origin}/push/bestaat-niet" : abonnement.Endpoint;
        var nu = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var claims = new Dictionary<string, object> { ["aud"] = _dienst.Origin, ["exp"] = nu + 3600, ["sub"] = Subject };
        switch (geval)
        {
            case "aud-ander": claims["aud"] = "https://push.example.net"; break;
            case "verlopen": claims["exp"] = nu - 60; break;
            case "exp-te-ver": claims["exp"] = nu + (25 * 3600); break;
            case "zonder-sub": claims.Remove("sub"); break;
            case "sub-http": claims["sub"] = "http://dagbesteding.example"; break;
        }
        var jwt = Jwt(_vapid.Sleutel, claims, alg: geval == "alg-hs256" ? "HS256" : "ES256");

        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            // Not encrypted: every case but "rommel" must be refused before the body is looked at.
            Content = new ByteArrayContent(RandomNumberGenerator.GetBytes(geval == "te-groot" ? 5000 : 200)),
        };
        request.Headers.Authorization = geval == "geen-vapid"
            ? new AuthenticationHeaderValue("Bearer", jwt)
            : new AuthenticationHeaderValue("vapid", $"t={jwt}, k={_vapid.Publiek}");
        if (geval != "zonder-ttl")
        {
            request.Headers.Add("TTL", "60");
        }
        if (geval == "topic-ongeldig")
        {
            request.Headers.Add("Topic", "adviesvraag:42");
        }
        request.Content.Headers.ContentEncoding.Add(geval == "aesgcm" ? "aesgcm" : "aes128gcm");

        using var antwoord = await _http.SendAsync(request);

        Assert.Equal(status, (int)antwoord.StatusCode);
        Assert.Contains(reden, Assert.Single(_dienst.Afgewezen));
        Assert.Empty(_dienst.Ontvangen);
    }

    [Fact]
    public async Task ClientThatDoesNotTrustTheCertificate_FailsTheTlsHandshake()
    {
        var abonnement = _dienst.NieuwAbonnement();
        using var gewoon = new HttpClient(new SocketsHttpHandler { UseProxy = false });

        await Assert.ThrowsAsync<HttpRequestException>(() => gewoon.PostAsync(abonnement.Endpoint, new ByteArrayContent([1])));
        Assert.Equal(0, _dienst.Pogingen(abonnement.Endpoint));
    }

    [Fact]
    public async Task WachtOpAsync_ThrowsTimeoutException_WhenNothingMatches()
    {
        var fout = await Assert.ThrowsAsync<TimeoutException>(() => _dienst.WachtOpAsync(_ => true, TimeSpan.FromMilliseconds(200)));
        Assert.Contains("geen push ontvangen", fout.Message);
    }

    private PushServiceClient Client(VapidAuthentication auth) => new(_http) { DefaultAuthentication = auth };

    private static VapidAuthentication Authenticatie(string publiek, string prive) => new(publiek, prive) { Subject = Subject };

    private static PushSubscription Abonnement(PushTestAbonnement abonnement) => new()
    {
        Endpoint = abonnement.Endpoint,
        Keys = new Dictionary<string, string> { ["p256dh"] = abonnement.P256dh, ["auth"] = abonnement.Auth },
    };

    private static string Jwt(ECDsa sleutel, Dictionary<string, object> claims, string alg)
    {
        var header = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["typ"] = "JWT", ["alg"] = alg }));
        var body = Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(claims));
        var handtekening = sleutel.SignData(
            Encoding.ASCII.GetBytes($"{header}.{body}"), HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return $"{header}.{body}.{Base64Url.EncodeToString(handtekening)}";
    }

    /// <summary>VAPID keys as the app will keep them: public = uncompressed P-256 point, private = the 32-byte D.</summary>
    private sealed record VapidSleutels(ECDsa Sleutel, string Publiek, string Prive)
    {
        public static VapidSleutels Nieuw()
        {
            var sleutel = ECDsa.Create(ECCurve.NamedCurves.nistP256);
            return new VapidSleutels(sleutel, PubliekVan(sleutel), Base64Url.EncodeToString(sleutel.ExportParameters(true).D!));
        }

        public static string PubliekVan(ECDsa sleutel)
        {
            var q = sleutel.ExportParameters(false).Q;
            return Base64Url.EncodeToString([0x04, .. q.X!, .. q.Y!]);
        }
    }
}
