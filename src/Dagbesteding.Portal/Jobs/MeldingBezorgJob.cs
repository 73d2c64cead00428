using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Meldingen;
using Dagbesteding.Portal.Features.Meldingen;
using Dagbesteding.Portal.Features.Netwerk;
using Dagbesteding.Portal.Realtime;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Jobs;

/// <summary>What one run did, for the dashboard of Hangfire and the tests.</summary>
public sealed record BezorgRun(int Verdeeld, int Verstuurd, int Uitgesteld, int Mislukt);

/// <summary>
/// Delivers meldingen outside the portal. Step 1 plans, once per melding, its deliveries from the person's preferences
/// (push per device, direct e-mail, or a line in the morning overview), with quiet hours. Step 2 sends what is due.
/// Every delivery is claimed before it is sent and marked after, so a second run, a second node or a retry never sends
/// it twice; what fails for a while (the mail server down, a push service's 5xx) waits with a back-off and is tried
/// again, nothing is dropped. Woken by <see cref="MeldingWekker"/> after every commit and run every minute.
/// </summary>
public sealed partial class MeldingBezorgJob(
    IDbContextFactory<PortalDbContext> dbFactory,
    WerkdagKalenderProvider kalenders,
    IOptions<MeldingenOptions> options,
    PushAfzender push,
    EmailAfzender email,
    Melder melder,
    TimeProvider time,
    ILogger<MeldingBezorgJob> logger)
{
    public const int Batch = 200;
    /// <summary>With the back-off capped at an hour, about two days of a mail server or push service that is down.</summary>
    public const int MaxPogingen = 48;
    /// <summary>A claim older than this died with its node (a run takes seconds); the delivery is taken up again.</summary>
    public static readonly TimeSpan ClaimGeldig = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan RunLimiet = TimeSpan.FromMinutes(3);
    private const int PushTegelijk = 4;

    // Retries are per delivery, with their own back-off; Hangfire repeating the whole run would add nothing.
    [AutomaticRetry(Attempts = 0)]
    [JobDisplayName("Meldingen bezorgen (push en e-mail)")]
    public async Task<BezorgRun> UitvoerenAsync(CancellationToken cancellationToken)
    {
        // A run stops taking new deliveries well before a claim would look stale (ClaimGeldig); the next run goes on.
        var einde = time.GetUtcNow() + RunLimiet;
        await MarkeerUitgeputAsync(cancellationToken);
        var verdeeld = await VerdeelAsync(cancellationToken);
        var teller = new Teller();
        await VerstuurPushAsync(teller, einde, cancellationToken);
        await VerstuurEmailAsync(teller, einde, cancellationToken);
        await VerstuurOverzichtenAsync(teller, einde, cancellationToken);
        if (verdeeld + teller.Verstuurd + teller.Uitgesteld + teller.Mislukt > 0)
        {
            logger.LogInformation("Meldingen: {Verdeeld} gepland, {Verstuurd} verstuurd, {Uitgesteld} later opnieuw, {Mislukt} mislukt",
                verdeeld, teller.Verstuurd, teller.Uitgesteld, teller.Mislukt);
        }
        return new BezorgRun(verdeeld, teller.Verstuurd, teller.Uitgesteld, teller.Mislukt);
    }

    private sealed class Teller
    {
        private int _verstuurd, _uitgesteld, _mislukt;
        public int Verstuurd => _verstuurd;
        public int Uitgesteld => _uitgesteld;
        public int Mislukt => _mislukt;

        public void Tel(BezorgStatus status)
        {
            switch (status)
            {
                case BezorgStatus.Verstuurd: Interlocked.Increment(ref _verstuurd); break;
                case BezorgStatus.Wachtend: Interlocked.Increment(ref _uitgesteld); break;
                case BezorgStatus.Mislukt: Interlocked.Increment(ref _mislukt); break;
            }
        }
    }

    // --- Step 1: plan ------------------------------------------------------------------------------------------------

    private async Task<int> VerdeelAsync(CancellationToken cancellationToken)
    {
        var totaal = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var meldingen = await db.Meldingen.AsNoTracking().Where(m => m.VerdeeldOp == null).OrderBy(m => m.Id).Take(Batch)
                .Select(m => new { m.Id, m.MedewerkerId, m.Soort, m.Spoed, m.KanaalId, m.GelezenOp })
                .ToListAsync(cancellationToken);
            if (meldingen.Count == 0)
            {
                break;
            }
            var mensen = meldingen.Select(m => m.MedewerkerId).Distinct().ToList();
            var kanalen = meldingen.Where(m => m.KanaalId != null).Select(m => m.KanaalId!.Value).Distinct().ToList();
            var medewerkers = await db.Medewerkers.Where(m => mensen.Contains(m.Id))
                .Select(m => new { m.Id, m.Functie, m.Actief, m.Email }).ToDictionaryAsync(m => m.Id, cancellationToken);
            var instellingen = await db.MeldingInstellingen.AsNoTracking().Where(i => mensen.Contains(i.MedewerkerId))
                .ToDictionaryAsync(i => i.MedewerkerId, cancellationToken);
            var voorkeuren = (await db.MeldingVoorkeuren.AsNoTracking().Where(v => mensen.Contains(v.MedewerkerId)).ToListAsync(cancellationToken))
                .ToDictionary(v => (v.MedewerkerId, v.Soort), v => new Voorkeur(v.Push, v.Email));
            var apparaten = (await db.PushAbonnementen.Where(a => mensen.Contains(a.MedewerkerId))
                .Select(a => new { a.Id, a.MedewerkerId }).ToListAsync(cancellationToken)).ToLookup(a => a.MedewerkerId, a => a.Id);
            // A channel event goes out only to who is still a member and wants this channel's meldingen outside the portal.
            var volgers = (await db.Lidmaatschappen
                .Where(l => kanalen.Contains(l.KanaalId) && mensen.Contains(l.MedewerkerId) && l.AfgemeldOp == null && l.MeldingenBuitenPortaal)
                .Select(l => new { l.KanaalId, l.MedewerkerId }).ToListAsync(cancellationToken))
                .Select(l => (l.KanaalId, l.MedewerkerId)).ToHashSet();
            var kalender = await kalenders.KalenderAsync(cancellationToken);
            var nu = time.GetUtcNow();

            var (transactie, mijn) = await ClaimMeldingenAsync(db, meldingen.Select(m => m.Id).ToList(), nu, cancellationToken);
            await using var _ = transactie;
            foreach (var m in meldingen)
            {
                if (!mijn.Contains(m.Id))
                {
                    continue;
                }
                totaal++;
                if (!medewerkers.TryGetValue(m.MedewerkerId, out var medewerker) || !medewerker.Actief || m.GelezenOp is not null
                    || (m.KanaalId is { } kanaal && !volgers.Contains((kanaal, m.MedewerkerId))))
                {
                    continue;
                }
                var plan = Bezorgplanning.Plan(
                    voorkeuren.TryGetValue((m.MedewerkerId, m.Soort), out var eigen) ? eigen : StandaardVoorkeuren.Voor(medewerker.Functie, m.Soort),
                    instellingen.GetValueOrDefault(m.MedewerkerId) ?? StandaardVoorkeuren.Instellingen(m.MedewerkerId, medewerker.Functie),
                    m.Spoed,
                    pushMogelijk: push.Beschikbaar && apparaten[m.MedewerkerId].Any(),
                    emailMogelijk: email.Beschikbaar && medewerker.Email.Length > 0,
                    nu, kalender, options.Value.Werktijden);
                foreach (var bezorging in plan)
                {
                    var voor = bezorging.Weg == BezorgWeg.Push ? apparaten[m.MedewerkerId].Select(a => (long?)a) : [null];
                    db.MeldingBezorgingen.AddRange(voor.Select(apparaat => new MeldingBezorging
                    {
                        MeldingId = m.Id,
                        MedewerkerId = m.MedewerkerId,
                        Weg = bezorging.Weg,
                        PushAbonnementId = apparaat,
                        NietVoor = bezorging.NietVoor,
                    }));
                }
            }
            await db.SaveChangesAsync(cancellationToken);
            await transactie.CommitAsync(cancellationToken);
        }
        return totaal;
    }

    /// <summary>
    /// Claims a batch of meldingen for planning, in the transaction that stores their deliveries: one statement for the
    /// whole batch (short on SQLite's single write lock); when another run took some meanwhile, one by one, so each is
    /// planned by exactly one run.
    /// </summary>
    private static async Task<(Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction, HashSet<long>)> ClaimMeldingenAsync(
        PortalDbContext db, List<long> ids, DateTimeOffset nu, CancellationToken cancellationToken)
    {
        var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var geclaimd = await db.Meldingen.Where(x => ids.Contains(x.Id) && x.VerdeeldOp == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.VerdeeldOp, nu), cancellationToken);
            if (geclaimd == ids.Count)
            {
                return (transactie, ids.ToHashSet());
            }
        }
        catch (System.Data.Common.DbException) when (!cancellationToken.IsCancellationRequested)
        {
            // Two runs locking the same rows in another order (PostgreSQL reports a deadlock after a second): this run
            // falls back to one by one, in id order, which cannot deadlock with another run doing the same.
        }
        await transactie.RollbackAsync(cancellationToken);
        await transactie.DisposeAsync();
        transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var mijn = new HashSet<long>();
        foreach (var id in ids)
        {
            if (await db.Meldingen.Where(x => x.Id == id && x.VerdeeldOp == null).ExecuteUpdateAsync(s => s.SetProperty(x => x.VerdeeldOp, nu), cancellationToken) == 1)
            {
                mijn.Add(id);
            }
        }
        return (transactie, mijn);
    }

    // --- Step 2: send ------------------------------------------------------------------------------------------------

    private IQueryable<MeldingBezorging> Te(PortalDbContext db, BezorgWeg weg, DateTimeOffset nu)
    {
        var verlopenClaim = nu - ClaimGeldig;
        return db.MeldingBezorgingen.Where(b => b.Weg == weg && b.Pogingen < MaxPogingen
            && ((b.Status == BezorgStatus.Wachtend && b.NietVoor <= nu) || (b.Status == BezorgStatus.Bezig && b.BezigSinds < verlopenClaim)));
    }

    /// <summary>
    /// Takes deliveries for this run: one, or all of <paramref name="medewerkerId"/>'s overview lines at once. The claim's
    /// moment is read now, not when the run started, so a long run's claims never look stale to another run.
    /// </summary>
    private async Task<Guid?> ClaimAsync(PortalDbContext db, BezorgWeg weg, long? id, int? medewerkerId)
    {
        var nu = time.GetUtcNow();
        var claim = Guid.NewGuid();
        var geclaimd = await Te(db, weg, nu)
            .Where(b => (id == null || b.Id == id) && (medewerkerId == null || b.MedewerkerId == medewerkerId))
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, BezorgStatus.Bezig).SetProperty(b => b.BezigSinds, nu)
                .SetProperty(b => b.Claim, claim).SetProperty(b => b.Pogingen, b => b.Pogingen + 1), CancellationToken.None);
        return geclaimd > 0 ? claim : null;
    }

    /// <summary>
    /// Marks what was sent (or not) after the send, whatever happens to the run meanwhile: a message that went out is
    /// recorded even when the node is stopping, so it is not taken up and sent again.
    /// </summary>
    private async Task<BezorgStatus> AfrondenAsync(PortalDbContext db, IReadOnlyCollection<long> ids, int pogingen, Verzendresultaat resultaat)
    {
        var nu = time.GetUtcNow();
        var (status, nietVoor) = resultaat.Afloop switch
        {
            Afloop.Verstuurd => (BezorgStatus.Verstuurd, (DateTimeOffset?)null),
            Afloop.Verlopen => (BezorgStatus.Overgeslagen, null),
            Afloop.Tijdelijk when pogingen < MaxPogingen => (BezorgStatus.Wachtend, nu + Wachttijd(pogingen)),
            _ => (BezorgStatus.Mislukt, null),
        };
        if (resultaat.Afloop == Afloop.Tijdelijk && status == BezorgStatus.Mislukt)
        {
            logger.LogWarning("Bezorging {Bezorgingen} opgegeven na {Pogingen} pogingen: {Fout}", string.Join(",", ids), pogingen, resultaat.Fout);
        }
        await MarkeerAsync(db, ids, status, resultaat.Fout, nietVoor);
        return status;
    }

    private async Task MarkeerAsync(PortalDbContext db, IReadOnlyCollection<long> ids, BezorgStatus status, string? fout, DateTimeOffset? nietVoor = null)
    {
        var nu = time.GetUtcNow();
        fout = fout is { Length: > 500 } ? fout[..500] : fout;
        var rijen = db.MeldingBezorgingen.Where(b => ids.Contains(b.Id));
        await (nietVoor is { } later
            ? rijen.ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, status).SetProperty(b => b.NietVoor, later)
                .SetProperty(b => b.BezigSinds, (DateTimeOffset?)null).SetProperty(b => b.Claim, (Guid?)null).SetProperty(b => b.Fout, fout), CancellationToken.None)
            : rijen.ExecuteUpdateAsync(s => s.SetProperty(b => b.Status, status).SetProperty(b => b.AfgehandeldOp, nu)
                .SetProperty(b => b.BezigSinds, (DateTimeOffset?)null).SetProperty(b => b.Claim, (Guid?)null).SetProperty(b => b.Fout, fout), CancellationToken.None));
    }

    /// <summary>1, 2, 4 … minutes, at most an hour.</summary>
    public static TimeSpan Wachttijd(int pogingen) => TimeSpan.FromMinutes(Math.Min(60, 1 << Math.Clamp(pogingen - 1, 0, 6)));

    /// <summary>A claim that died with its node after the last attempt would otherwise stay Bezig for ever.</summary>
    private async Task MarkeerUitgeputAsync(CancellationToken cancellationToken)
    {
        var verlopenClaim = time.GetUtcNow() - ClaimGeldig;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var uitgeput = await db.MeldingBezorgingen
            .Where(b => b.Status == BezorgStatus.Bezig && b.BezigSinds < verlopenClaim && b.Pogingen >= MaxPogingen)
            .OrderBy(b => b.Id).Select(b => b.Id).Take(Batch).ToListAsync(cancellationToken);
        if (uitgeput.Count > 0)
        {
            await MarkeerAsync(db, uitgeput, BezorgStatus.Mislukt, "Opgegeven: de laatste poging werd niet afgerond");
            logger.LogWarning("{Aantal} bezorgingen opgegeven na {Pogingen} pogingen", uitgeput.Count, MaxPogingen);
        }
    }

    private async Task VerstuurPushAsync(Teller teller, DateTimeOffset einde, CancellationToken cancellationToken)
    {
        List<PushTaak> taken;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            taken = await Te(db, BezorgWeg.Push, time.GetUtcNow()).OrderBy(b => b.Id).Take(Batch)
                .Select(b => new PushTaak(b.Id, b.Pogingen + 1, b.MedewerkerId, b.PushAbonnementId, b.PushAbonnement!.MedewerkerId,
                    b.PushAbonnement.Endpoint, b.PushAbonnement.P256dh, b.PushAbonnement.Auth,
                    b.Melding!.Samenvatting, b.Melding.Link, b.Melding.Soort, b.Melding.Spoed, b.Melding.GelezenOp != null))
                .ToListAsync(cancellationToken);
        }
        // Devices in parallel, each device's messages in order: a phone shows the question before the decision on it.
        var perApparaat = taken.GroupBy(t => t.AbonnementId).ToList();
        await Parallel.ForEachAsync(perApparaat, new ParallelOptions { MaxDegreeOfParallelism = PushTegelijk, CancellationToken = cancellationToken }, async (apparaat, ct) =>
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            foreach (var taak in apparaat)
            {
                if (time.GetUtcNow() >= einde || await StuurPushAsync(db, taak, teller, ct) is Afloop.Verlopen or Afloop.Tijdelijk)
                {
                    // The device is gone, or its push service is not answering: the rest of its messages wait for the next
                    // run (in order, with their own back-off) instead of overtaking the one that failed.
                    break;
                }
            }
        });
    }

    private async Task<Afloop?> StuurPushAsync(PortalDbContext db, PushTaak taak, Teller teller, CancellationToken ct)
    {
        if (await ClaimAsync(db, BezorgWeg.Push, taak.Id, null) is null)
        {
            return null;
        }
        if (taak.Gelezen || taak.AbonnementId is null || taak.Eigenaar != taak.MedewerkerId)
        {
            // Read in the portal meanwhile, the device was removed, or it now belongs to the person who signed in there
            // since: a waiting message of the previous owner must not appear on their screen.
            await MarkeerAsync(db, [taak.Id], BezorgStatus.Overgeslagen,
                taak.Gelezen ? "Al gelezen in de portal" : taak.AbonnementId is null ? "Apparaat afgemeld" : "Apparaat hoort nu bij iemand anders");
            return null;
        }
        var inhoud = new PushInhoud(MeldingTeksten.Titel, taak.Samenvatting, LokaleLink.Of(taak.Link) ?? "/",
            Tag: $"{taak.Soort}-{taak.Link}", Dringend: taak.Spoed || taak.Soort == MeldingSoort.Escalatie);
        var resultaat = await push.StuurAsync(taak.Endpoint!, taak.P256dh!, taak.Auth!, inhoud, ct);
        if (resultaat.Afloop == Afloop.Verlopen)
        {
            // The browser unsubscribed: this device will never receive again.
            await db.PushAbonnementen.Where(a => a.Id == taak.AbonnementId).ExecuteDeleteAsync(CancellationToken.None);
            logger.LogInformation("Pushabonnement {AbonnementId} verwijderd: {Fout}", taak.AbonnementId, resultaat.Fout);
        }
        else if (resultaat.Afloop == Afloop.Verstuurd)
        {
            await db.PushAbonnementen.Where(a => a.Id == taak.AbonnementId)
                .ExecuteUpdateAsync(s => s.SetProperty(a => a.LaatstVerstuurdOp, time.GetUtcNow()), CancellationToken.None);
        }
        teller.Tel(await AfrondenAsync(db, [taak.Id], taak.Pogingen, resultaat));
        return resultaat.Afloop;
    }

    private sealed record PushTaak(long Id, int Pogingen, int MedewerkerId, long? AbonnementId, int? Eigenaar, string? Endpoint, string? P256dh, string? Auth,
        string Samenvatting, string? Link, MeldingSoort Soort, bool Spoed, bool Gelezen);
}
