using System.Buffers.Text;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Meldingen;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Features.Meldingen;

public sealed record SoortKeuze(MeldingSoort Soort, bool Push, EmailKeuze Email);
public sealed record KanaalKeuze(int KanaalId, string Naam, bool Aan);
public sealed record ApparaatRegel(long Id, string Apparaat, DateTimeOffset Sinds, DateTimeOffset? LaatstVerstuurdOp);

/// <summary>Everything the settings page shows; the choices are the person's own or, where they chose nothing, their role's default.</summary>
public sealed record MeldingInstellingenWeergave(
    IReadOnlyList<SoortKeuze> Soorten,
    IReadOnlyList<KanaalKeuze> Kanalen,
    bool StilBuitenWerktijd,
    bool SpoedDoorbreektStilte,
    Werktijden Werktijden,
    IReadOnlyList<ApparaatRegel> Apparaten,
    bool PushMogelijk,
    string? VapidPublicKey,
    bool EmailMogelijk,
    string Email,
    DateTimeOffset? EmailGeweigerdOp,
    string? EmailFout);

public sealed record NieuweMeldingInstellingen(IReadOnlyList<SoortKeuze> Soorten, IReadOnlyList<KanaalKeuze> Kanalen, bool StilBuitenWerktijd, bool SpoedDoorbreektStilte);

/// <summary>What the browser's PushSubscription.toJSON() gave: the endpoint and the two keys (base64url).</summary>
public sealed record NieuwApparaat(string? Endpoint, string? P256dh, string? Auth);

/// <summary>
/// A person's own settings for meldingen outside the portal, and their devices for Web Push. Everything is for the
/// signed-in person (the actor), never for an id the browser sends; every change is audited.
/// </summary>
public sealed class MeldingInstellingenService(
    IDbContextFactory<PortalDbContext> dbFactory,
    IOptions<MeldingenOptions> options,
    VapidSleutels vapid,
    EmailAfzender email,
    AuditLog auditLog,
    TimeProvider time)
{
    /// <summary>A person has a phone, a laptop, maybe a tablet and a second browser; more is stale.</summary>
    public const int MaxApparaten = 10;

    /// <summary>The kinds a person with this function can receive (escalations go to netwerkmanagers only).</summary>
    public static IReadOnlyList<MeldingSoort> SoortenVoor(Functie functie) =>
        Enum.GetValues<MeldingSoort>().Where(s => s != MeldingSoort.Escalatie || functie == Functie.Netwerkmanager).ToList();

    public async Task<MeldingInstellingenWeergave?> LeesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var medewerker = await db.Medewerkers.Where(m => m.Id == actor.MedewerkerId).Select(m => new { m.Functie, m.Email }).FirstOrDefaultAsync(cancellationToken);
        if (medewerker is null)
        {
            return null;
        }
        var eigen = await db.MeldingVoorkeuren.AsNoTracking().Where(v => v.MedewerkerId == actor.MedewerkerId).ToListAsync(cancellationToken);
        var instellingen = await db.MeldingInstellingen.AsNoTracking().FirstOrDefaultAsync(i => i.MedewerkerId == actor.MedewerkerId, cancellationToken)
            ?? StandaardVoorkeuren.Instellingen(actor.MedewerkerId, medewerker.Functie);
        var soorten = SoortenVoor(medewerker.Functie).Select(soort =>
        {
            var keuze = eigen.FirstOrDefault(v => v.Soort == soort) is { } v ? new Voorkeur(v.Push, v.Email) : StandaardVoorkeuren.Voor(medewerker.Functie, soort);
            return new SoortKeuze(soort, keuze.Push, keuze.Email);
        }).ToList();
        var kanalen = await db.Lidmaatschappen.Where(l => l.MedewerkerId == actor.MedewerkerId && l.AfgemeldOp == null)
            .OrderBy(l => l.Kanaal!.Naam).Select(l => new KanaalKeuze(l.KanaalId, l.Kanaal!.Naam, l.MeldingenBuitenPortaal)).ToListAsync(cancellationToken);
        var apparaten = await db.PushAbonnementen.Where(a => a.MedewerkerId == actor.MedewerkerId).OrderBy(a => a.AangemaaktOp)
            .Select(a => new ApparaatRegel(a.Id, a.Apparaat, a.AangemaaktOp, a.LaatstVerstuurdOp)).ToListAsync(cancellationToken);
        return new MeldingInstellingenWeergave(soorten, kanalen, instellingen.StilBuitenWerktijd, instellingen.SpoedDoorbreektStilte, options.Value.Werktijden,
            apparaten, vapid.Beschikbaar, vapid.PublicKey, email.Beschikbaar, medewerker.Email, instellingen.EmailGeweigerdOp, instellingen.EmailFout);
    }

    public async Task<Uitkomst<bool>> BewaarAsync(Actor actor, NieuweMeldingInstellingen invoer, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var functie = await db.Medewerkers.Where(m => m.Id == actor.MedewerkerId).Select(m => (Functie?)m.Functie).FirstOrDefaultAsync(cancellationToken);
        if (functie is null)
        {
            return Uitkomst<bool>.Geweigerd("U bent niet bekend als medewerker.");
        }
        var toegestaan = SoortenVoor(functie.Value);
        if (invoer.Soorten.Any(s => !toegestaan.Contains(s.Soort) || !Enum.IsDefined(s.Email)) || invoer.Soorten.DistinctBy(s => s.Soort).Count() != invoer.Soorten.Count)
        {
            return Uitkomst<bool>.Geweigerd("Een van de keuzes bestaat niet. Laad de pagina opnieuw.");
        }

        var bestaand = await db.MeldingVoorkeuren.Where(v => v.MedewerkerId == actor.MedewerkerId).ToListAsync(cancellationToken);
        foreach (var keuze in invoer.Soorten)
        {
            var voorkeur = bestaand.FirstOrDefault(v => v.Soort == keuze.Soort);
            if (voorkeur is null)
            {
                voorkeur = new MeldingVoorkeur { MedewerkerId = actor.MedewerkerId, Soort = keuze.Soort };
                db.MeldingVoorkeuren.Add(voorkeur);
            }
            voorkeur.Push = keuze.Push;
            voorkeur.Email = keuze.Email;
        }
        var instellingen = await db.MeldingInstellingen.FirstOrDefaultAsync(i => i.MedewerkerId == actor.MedewerkerId, cancellationToken);
        if (instellingen is null)
        {
            instellingen = StandaardVoorkeuren.Instellingen(actor.MedewerkerId, functie.Value);
            db.MeldingInstellingen.Add(instellingen);
        }
        instellingen.StilBuitenWerktijd = invoer.StilBuitenWerktijd;
        instellingen.SpoedDoorbreektStilte = invoer.SpoedDoorbreektStilte;
        // Only the person's own active memberships; an id of another channel changes nothing.
        var kanalen = invoer.Kanalen.Select(k => k.KanaalId).ToList();
        var lidmaatschappen = await db.Lidmaatschappen
            .Where(l => l.MedewerkerId == actor.MedewerkerId && l.AfgemeldOp == null && kanalen.Contains(l.KanaalId)).ToListAsync(cancellationToken);
        foreach (var lidmaatschap in lidmaatschappen)
        {
            lidmaatschap.MeldingenBuitenPortaal = invoer.Kanalen.First(k => k.KanaalId == lidmaatschap.KanaalId).Aan;
        }
        auditLog.Schrijf(db, actor, AuditActie.Gewijzigd, AuditLog.Meldinginstellingen, actor.MedewerkerId, $"Voorkeuren");
        await db.SaveChangesAsync(cancellationToken);
        return Uitkomst<bool>.Klaar(true);
    }

    /// <summary>
    /// Registers this browser for push. The endpoint must be an https URL of a known push service (the server posts to
    /// it); the keys must be a P-256 point and a 16-byte secret. A device registered before by someone else now belongs
    /// to whoever switched push on there last: one browser profile, one person.
    /// </summary>
    public async Task<Uitkomst<long>> RegistreerApparaatAsync(Actor actor, NieuwApparaat invoer, string? userAgent, CancellationToken cancellationToken = default)
    {
        if (!vapid.Beschikbaar)
        {
            return Uitkomst<long>.Geweigerd("Pushmeldingen staan op deze installatie uit.");
        }
        if (Controleer(invoer, options.Value.Push.ToegestaneHosts) is { } fout)
        {
            return Uitkomst<long>.Geweigerd(fout);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var nu = time.GetUtcNow();
        var apparaat = await db.PushAbonnementen.FirstOrDefaultAsync(a => a.Endpoint == invoer.Endpoint, cancellationToken);
        if (apparaat is not null && (apparaat.P256dh != invoer.P256dh || apparaat.Auth != invoer.Auth))
        {
            // One subscription has one key pair for its life; whoever knows only the endpoint cannot take the device.
            return Uitkomst<long>.Geweigerd("De sleutels van dit apparaat voor pushmeldingen kloppen niet.");
        }
        if (apparaat is not null && apparaat.MedewerkerId == actor.MedewerkerId)
        {
            // Confirmed again (every page load checks): nothing changed, nothing to store or audit.
            return Uitkomst<long>.Klaar(apparaat.Id);
        }
        if (apparaat is null)
        {
            apparaat = new PushAbonnement { Endpoint = invoer.Endpoint!, P256dh = invoer.P256dh!, Auth = invoer.Auth!, Apparaat = ApparaatNaam.Van(userAgent), AangemaaktOp = nu };
            db.PushAbonnementen.Add(apparaat);
        }
        else if (apparaat.MedewerkerId != actor.MedewerkerId)
        {
            auditLog.Schrijf(db, actor, AuditActie.Gewijzigd, AuditLog.Meldinginstellingen, apparaat.MedewerkerId, $"Apparaat {apparaat.Id} overgenomen door medewerker {actor.MedewerkerId}");
            apparaat.AangemaaktOp = nu;
        }
        apparaat.MedewerkerId = actor.MedewerkerId;
        apparaat.Apparaat = ApparaatNaam.Van(userAgent);
        await db.SaveChangesAsync(cancellationToken);

        var oud = await db.PushAbonnementen.Where(a => a.MedewerkerId == actor.MedewerkerId).OrderByDescending(a => a.AangemaaktOp).ThenByDescending(a => a.Id)
            .Skip(MaxApparaten).Select(a => a.Id).ToListAsync(cancellationToken);
        if (oud.Count > 0)
        {
            await db.PushAbonnementen.Where(a => oud.Contains(a.Id)).ExecuteDeleteAsync(cancellationToken);
        }
        auditLog.Schrijf(db, actor, AuditActie.Aangemaakt, AuditLog.Meldinginstellingen, actor.MedewerkerId, $"Apparaat {apparaat.Id} voor pushmeldingen");
        await db.SaveChangesAsync(cancellationToken);
        return Uitkomst<long>.Klaar(apparaat.Id);
    }

    /// <summary>Removes one of the person's own devices (by id from the list, or by the endpoint of this browser).</summary>
    public async Task<bool> VerwijderApparaatAsync(Actor actor, long? id, string? endpoint, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var verwijderd = await db.PushAbonnementen
            .Where(a => a.MedewerkerId == actor.MedewerkerId && ((id != null && a.Id == id) || (endpoint != null && a.Endpoint == endpoint)))
            .ExecuteDeleteAsync(cancellationToken);
        if (verwijderd > 0)
        {
            auditLog.Schrijf(db, actor, AuditActie.Verwijderd, AuditLog.Meldinginstellingen, actor.MedewerkerId, $"Apparaat voor pushmeldingen");
            await db.SaveChangesAsync(cancellationToken);
        }
        return verwijderd > 0;
    }

    /// <summary>After the person corrected their address (or the mail server was fixed): e-mail is tried again.</summary>
    public async Task EmailOpnieuwProberenAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.MeldingInstellingen.Where(i => i.MedewerkerId == actor.MedewerkerId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.EmailGeweigerdOp, (DateTimeOffset?)null).SetProperty(i => i.EmailFout, (string?)null), cancellationToken);
        auditLog.Schrijf(db, actor, AuditActie.Gewijzigd, AuditLog.Meldinginstellingen, actor.MedewerkerId, $"E-mail opnieuw proberen");
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Null when the subscription is acceptable, else the Dutch reason.</summary>
    public static string? Controleer(NieuwApparaat invoer, IReadOnlyCollection<string> toegestaneHosts)
    {
        if (invoer.Endpoint is not { Length: > 0 and <= 1000 } endpoint || !Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
        {
            return "Dit apparaat gaf geen geldig adres voor pushmeldingen.";
        }
        if (uri.Scheme != Uri.UriSchemeHttps)
        {
            return "Pushmeldingen gaan alleen via een beveiligde verbinding (https).";
        }
        var host = uri.IdnHost.ToLowerInvariant();
        if (!toegestaneHosts.Any(t => t.StartsWith("*.", StringComparison.Ordinal)
                ? host.EndsWith(t[1..], StringComparison.OrdinalIgnoreCase)
                : string.Equals(host, t, StringComparison.OrdinalIgnoreCase)))
        {
            return "Dit adres hoort niet bij een bekende pushdienst van een browser.";
        }
        if (!IsSleutel(invoer.P256dh, 65, 0x04) || !IsSleutel(invoer.Auth, 16, null))
        {
            return "De sleutels van dit apparaat voor pushmeldingen kloppen niet.";
        }
        return null;
    }

    private static bool IsSleutel(string? waarde, int lengte, byte? eerste)
    {
        if (waarde is not { Length: > 0 and <= 100 })
        {
            return false;
        }
        try
        {
            var bytes = Base64Url.DecodeFromChars(waarde.TrimEnd('='));
            return bytes.Length == lengte && (eerste is null || bytes[0] == eerste);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}

/// <summary>"Chrome op Android" from a user agent: enough to recognise a device in the list, nothing more is stored.</summary>
public static class ApparaatNaam
{
    public static string Van(string? userAgent)
    {
        var ua = userAgent ?? "";
        var browser = ua.Contains("Edg/") ? "Edge" : ua.Contains("Firefox/") ? "Firefox" : ua.Contains("Chrome/") || ua.Contains("Chromium/") ? "Chrome"
            : ua.Contains("Safari/") ? "Safari" : "Browser";
        var systeem = ua.Contains("Android") ? "Android" : ua.Contains("iPhone") || ua.Contains("iPad") ? "iOS" : ua.Contains("Windows") ? "Windows"
            : ua.Contains("Mac OS") ? "macOS" : ua.Contains("Linux") ? "Linux" : "onbekend systeem";
        return $"{browser} op {systeem}";
    }
}
