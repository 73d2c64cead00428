using System.Net;
using System.Text.Json;
using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Features.Meldingen;

/// <summary>What the service worker shows: a title, one line, the page to open. Never personal data.</summary>
public sealed record PushInhoud(string Titel, string Tekst, string Link, string? Tag = null, bool Dringend = false);

/// <summary>How a send ended: decides whether the delivery is done, retried later, or the device is gone.</summary>
public enum Afloop
{
    Verstuurd,
    /// <summary>Try again later: network, timeout, 429 or 5xx.</summary>
    Tijdelijk,
    /// <summary>Will never work: refused for good (400/403/413 for push, 5xx for an e-mail recipient).</summary>
    Blijvend,
    /// <summary>The push service no longer knows the device (404/410): the subscription is removed.</summary>
    Verlopen,
}

public sealed record Verzendresultaat(Afloop Afloop, string? Fout = null);

/// <summary>
/// Sends one encrypted Web Push message (RFC 8030/8291, VAPID per RFC 8292) through Lib.Net.Http.WebPush. Retries are
/// the delivery job's, with its own back-off, so the library's automatic retry on 429 is off.
/// </summary>
public sealed class PushAfzender
{
    public const string HttpClientNaam = "webpush";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly PushServiceClient? _client;
    private readonly int _ttlSeconden;

    public PushAfzender(IHttpClientFactory httpClients, VapidSleutels sleutels, IOptions<MeldingenOptions> options)
    {
        _ttlSeconden = Math.Clamp(options.Value.Push.TtlUren, 1, 24 * 28) * 3600;
        if (sleutels.Beschikbaar)
        {
            _client = new PushServiceClient(httpClients.CreateClient(HttpClientNaam))
            {
                DefaultAuthentication = new VapidAuthentication(sleutels.PublicKey, sleutels.PrivateKey) { Subject = options.Value.Push.Subject },
                DefaultAuthenticationScheme = VapidAuthenticationScheme.Vapid,
                AutoRetryAfter = false,
            };
        }
    }

    public bool Beschikbaar => _client is not null;

    public async Task<Verzendresultaat> StuurAsync(string endpoint, string p256dh, string auth, PushInhoud inhoud, CancellationToken cancellationToken)
    {
        if (_client is null)
        {
            return new Verzendresultaat(Afloop.Blijvend, "Pushmeldingen staan uit op deze installatie.");
        }
        var abonnement = new PushSubscription { Endpoint = endpoint };
        abonnement.SetKey(PushEncryptionKeyName.P256DH, p256dh);
        abonnement.SetKey(PushEncryptionKeyName.Auth, auth);
        var bericht = new PushMessage(JsonSerializer.Serialize(new { titel = inhoud.Titel, tekst = inhoud.Tekst, link = inhoud.Link, tag = inhoud.Tag }, Json))
        {
            TimeToLive = _ttlSeconden,
            Urgency = inhoud.Dringend ? PushMessageUrgency.High : PushMessageUrgency.Normal,
        };
        try
        {
            await _client.RequestPushMessageDeliveryAsync(abonnement, bericht, cancellationToken);
            return new Verzendresultaat(Afloop.Verstuurd);
        }
        catch (PushServiceClientException ex)
        {
            var fout = $"Pushdienst antwoordde {(int)ex.StatusCode}";
            return ex.StatusCode switch
            {
                HttpStatusCode.NotFound or HttpStatusCode.Gone => new Verzendresultaat(Afloop.Verlopen, fout),
                HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout => new Verzendresultaat(Afloop.Tijdelijk, fout),
                >= HttpStatusCode.InternalServerError => new Verzendresultaat(Afloop.Tijdelijk, fout),
                _ => new Verzendresultaat(Afloop.Blijvend, fout),
            };
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The network, a timeout, or anything else from the library: the delivery waits and is tried again.
            return new Verzendresultaat(Afloop.Tijdelijk, $"Pushdienst niet bereikbaar: {ex.GetType().Name}");
        }
    }
}
