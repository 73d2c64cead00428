using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>What is limited, each with its own budget per partition (an IP, an account, a medewerker, a user).</summary>
public enum Limiet
{
    InloggenPerIp,
    InloggenPerAccount,
    Berichten,
    ArchiefZoeken,
    HubAanroepen,
}

/// <summary>One budget: at most <see cref="Aantal"/> at once, refilled evenly over <see cref="Seconden"/> (one every Seconden/Aantal).</summary>
public sealed class LimietInstelling
{
    public int Aantal { get; set; }

    public int Seconden { get; set; }
}

/// <summary>Settings section "Limieten" (documented in appsettings.template.json). There is no switch to turn them off.</summary>
public sealed class LimietenOptions
{
    public const string Sectie = "Limieten";

    /// <summary>
    /// Login attempts from one IP address (IPv6: one /64), password form and OpenID Connect together. High enough for
    /// an office behind one NAT address on a Monday morning, low enough that one source cannot spray passwords over
    /// many accounts: after 60 at once, one every 10 seconds, 360 guesses an hour spread over all accounts together.
    /// </summary>
    public LimietInstelling InloggenPerIp { get; set; } = new() { Aantal = 60, Seconden = 600 };

    /// <summary>
    /// Password checks for one account (the e-mail address as typed, normalised), whatever the source: 5 at once, then
    /// one every 3 minutes: the same guessing rate Identity's lockout allowed (5 per 15 minutes), but slowing instead of
    /// locking (see <see cref="PortalLimieten"/>).
    /// </summary>
    public LimietInstelling InloggenPerAccount { get; set; } = new() { Aantal = 5, Seconden = 900 };

    /// <summary>Questions and replies together, per medewerker: 10 at once, then one every 30 seconds.</summary>
    public LimietInstelling Berichten { get; set; } = new() { Aantal = 10, Seconden = 300 };

    /// <summary>Archive searches per medewerker (each page load searches once, a prerendered one twice).</summary>
    public LimietInstelling ArchiefZoeken { get; set; } = new() { Aantal = 30, Seconden = 60 };

    /// <summary>Calls to the hub's methods (today only <c>Sinds</c>, once per reconnect) per user, over all their connections.</summary>
    public LimietInstelling HubAanroepen { get; set; } = new() { Aantal = 20, Seconden = 60 };

    /// <summary>Largest message a client may send to /hubs/netwerk; a larger one closes that connection only.</summary>
    public int HubMaxBerichtBytes { get; set; } = 32 * 1024;

    /// <summary>Largest message a browser may send over the Blazor circuit (/_blazor); a larger one closes that circuit only.</summary>
    public int CircuitMaxBerichtBytes { get; set; } = 32 * 1024;

    /// <summary>Hub calls of one connection that run at the same time; more wait their turn.</summary>
    public int HubParallelleAanroepen { get; set; } = 1;

    public IEnumerable<string> Fouten()
    {
        foreach (var (naam, instelling) in new[]
                 {
                     (nameof(InloggenPerIp), InloggenPerIp), (nameof(InloggenPerAccount), InloggenPerAccount), (nameof(Berichten), Berichten),
                     (nameof(ArchiefZoeken), ArchiefZoeken), (nameof(HubAanroepen), HubAanroepen),
                 })
        {
            if (instelling.Aantal < 1 || instelling.Seconden < 1)
            {
                yield return $"{Sectie}:{naam}: Aantal en Seconden moeten allebei minstens 1 zijn.";
            }
        }
        if (HubMaxBerichtBytes < 1024 || CircuitMaxBerichtBytes < 1024)
        {
            yield return $"{Sectie}: HubMaxBerichtBytes en CircuitMaxBerichtBytes moeten minstens 1024 zijn.";
        }
        if (HubParallelleAanroepen < 1)
        {
            yield return $"{Sectie}:HubParallelleAanroepen moet minstens 1 zijn.";
        }
    }
}

/// <summary>A refused operation: which limit, and when the next attempt can succeed.</summary>
public sealed record LimietWeigering(Limiet Limiet, TimeSpan Wachttijd)
{
    /// <summary>The Dutch sentence for the user; always says when to try again.</summary>
    public string Melding => Limiet switch
    {
        Limiet.InloggenPerIp or Limiet.InloggenPerAccount => $"Te veel inlogpogingen. Probeer het over {Duur} opnieuw.",
        Limiet.Berichten => $"U plaatst veel berichten kort na elkaar. Probeer het over {Duur} opnieuw; uw tekst blijft staan.",
        Limiet.ArchiefZoeken => $"U zoekt veel kort na elkaar in het archief. Probeer het over {Duur} opnieuw.",
        _ => $"Te veel verzoeken kort na elkaar. Probeer het over {Duur} opnieuw.",
    };

    public int Seconden => Math.Max(1, (int)Math.Ceiling(Wachttijd.TotalSeconds));

    private string Duur => Seconden switch
    {
        1 => "1 seconde",
        < 120 => $"{Seconden} seconden",
        _ => $"{(int)Math.Ceiling(Seconden / 60.0)} minuten",
    };
}

/// <summary>
/// The portal's one registry of rate limits (a singleton): one partitioned token bucket per <see cref="Limiet"/>,
/// used where the work happens — in the login form, in services that run inside Blazor circuits (no HTTP request
/// there for the ASP.NET Core middleware to see) and in the hub filter. A refusal is logged, at most once a minute
/// per limit and partition, so a flood does not become a flood of log lines.
/// <para>
/// Login and lockout. Identity's lockout (5 failures, then 15 minutes blocked) lets anyone who knows an address lock
/// its owner out, and the addresses of netwerkmanagers are no secret. So password sign-in does not count failures
/// towards lockout; instead it is limited twice, before the password is checked: per source IP (checked first, so one
/// source cannot even spend an account's budget) and per account. The per-account budget allows the same guessing
/// rate the lockout did, but a refused attempt is answered with "probeer het over N seconden opnieuw" and the budget
/// refills by itself: an attack slows every guess down to one per few minutes and locks nobody out, and the owner
/// gets in as soon as the attack stops — or between two of its attempts.
/// </para>
/// </summary>
public sealed class PortalLimieten : IDisposable
{
    private static readonly TimeSpan LogInterval = TimeSpan.FromMinutes(1);

    private readonly Dictionary<Limiet, PartitionedRateLimiter<string>> _limieten;
    private readonly PartitionedRateLimiter<(Limiet, string)> _logLimiet;
    private readonly ILogger<PortalLimieten> _logger;

    public PortalLimieten(Microsoft.Extensions.Options.IOptions<LimietenOptions> options, ILogger<PortalLimieten> logger)
    {
        _logger = logger;
        var o = options.Value;
        _limieten = new()
        {
            [Limiet.InloggenPerIp] = Emmer(o.InloggenPerIp),
            [Limiet.InloggenPerAccount] = Emmer(o.InloggenPerAccount),
            [Limiet.Berichten] = Emmer(o.Berichten),
            [Limiet.ArchiefZoeken] = Emmer(o.ArchiefZoeken),
            [Limiet.HubAanroepen] = Emmer(o.HubAanroepen),
        };
        _logLimiet = PartitionedRateLimiter.Create<(Limiet, string), (Limiet, string)>(sleutel => RateLimitPartition.GetFixedWindowLimiter(sleutel,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = 1, Window = LogInterval, QueueLimit = 0 }));
    }

    /// <summary>Takes one from the budget of <paramref name="sleutel"/>; null when allowed, otherwise why and how long to wait.</summary>
    public LimietWeigering? Probeer(Limiet limiet, string sleutel)
    {
        using var lease = Neem(limiet, sleutel);
        return lease.IsAcquired ? null : new LimietWeigering(limiet, Wachttijd(lease));
    }

    /// <summary>The lease itself, for the ASP.NET Core middleware (see <see cref="LimietenExtensions"/>); a refusal is logged here.</summary>
    public RateLimitLease Neem(Limiet limiet, string sleutel)
    {
        var lease = _limieten[limiet].AttemptAcquire(sleutel);
        if (!lease.IsAcquired)
        {
            using var log = _logLimiet.AttemptAcquire((limiet, sleutel));
            if (log.IsAcquired)
            {
                _logger.LogWarning("Limiet {Limiet} bereikt voor {Sleutel}: geweigerd, opnieuw over {Seconden} s. Verdere weigeringen voor deze sleutel worden een minuut niet gelogd.",
                    limiet, LogSleutel(limiet, sleutel), (int)Math.Ceiling(Wachttijd(lease).TotalSeconds));
            }
        }
        return lease;
    }

    public static TimeSpan Wachttijd(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);

    /// <summary>Login: first the source, then the account, so a refused source does not spend the account's budget.</summary>
    public LimietWeigering? ProbeerInloggen(IPAddress? ip, string email) =>
        Probeer(Limiet.InloggenPerIp, IpSleutel(ip)) ?? Probeer(Limiet.InloggenPerAccount, AccountSleutel(email));

    public static string AccountSleutel(string email) => email.Trim().ToUpperInvariant();

    /// <summary>
    /// The partition as the log shows it: an account's key is its e-mail address, which often holds a name, so the log
    /// gets the first 12 hex digits of its SHA-256 instead (enough to see the same account come back, not to read it).
    /// </summary>
    public static string LogSleutel(Limiet limiet, string sleutel) => limiet == Limiet.InloggenPerAccount
        ? "account " + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sleutel)))[..12].ToLowerInvariant()
        : sleutel;

    /// <summary>IPv4 as is; IPv6 by its /64 prefix (one household or server gets a whole /64, so one address means nothing).</summary>
    public static string IpSleutel(IPAddress? ip)
    {
        if (ip is null)
        {
            return "onbekend";
        }
        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
        }
        if (ip.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return ip.ToString();
        }
        var bytes = ip.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes).ToString() + "/64";
    }

    public static string MedewerkerSleutel(int medewerkerId) => "medewerker " + medewerkerId.ToString(CultureInfo.InvariantCulture);

    private static PartitionedRateLimiter<string> Emmer(LimietInstelling instelling) =>
        PartitionedRateLimiter.Create<string, string>(sleutel => RateLimitPartition.GetTokenBucketLimiter(sleutel, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = instelling.Aantal,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(instelling.Seconden) / instelling.Aantal,
            QueueLimit = 0,
        }));

    public void Dispose()
    {
        foreach (var limiet in _limieten.Values)
        {
            limiet.Dispose();
        }
        _logLimiet.Dispose();
    }
}
