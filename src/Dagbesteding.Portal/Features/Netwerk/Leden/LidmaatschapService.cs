using System.Linq.Expressions;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Netwerk.Leden;

/// <summary>The outcome of a membership change: refusals are results with a Dutch message, never exceptions.</summary>
public sealed record LidmaatschapResultaat(bool Gelukt, string Melding)
{
    public static LidmaatschapResultaat Ok(string melding) => new(true, melding);

    public static LidmaatschapResultaat Geweigerd(string melding) => new(false, melding);
}

public sealed record LidRij(int LidmaatschapId, int MedewerkerId, string Naam, string Organisatie, OrganisatieType OrganisatieType, Functie Functie, DateTimeOffset Vanaf, bool Automatisch);

public sealed record AfmeldingRij(int LidmaatschapId, string Naam, string Organisatie, OrganisatieType OrganisatieType, DateTimeOffset Vanaf, DateTimeOffset AfgemeldOp, string Reden);

public sealed record KandidaatRij(int MedewerkerId, string Naam, string Organisatie, OrganisatieType OrganisatieType, Functie Functie);

/// <param name="MagBeheren">The viewer may add members and sign others off.</param>
/// <param name="EigenLidmaatschap">The viewer's own active membership of this channel, if any.</param>
public sealed record LedenOverzicht(
    int KanaalId,
    string KanaalNaam,
    string StadsdeelNaam,
    IReadOnlyList<LidRij> Leden,
    IReadOnlyList<AfmeldingRij> Geschiedenis,
    bool MagBeheren,
    LidRij? EigenLidmaatschap);

/// <summary>
/// Who is in a stadsdeel channel, and changes to it. The rules live in <see cref="LidmaatschapRegels"/>; this
/// service gathers the facts, enforces them on the server, stores the change and only then tells the realtime
/// layer, so the member's live connections are regrouped from the database. One DbContext per call.
/// </summary>
public sealed class LidmaatschapService(
    IDbContextFactory<PortalDbContext> dbFactory,
    IRealtimePublisher publisher,
    TimeProvider time,
    AuditLog audit)
{
    public const int MaximumKandidaten = 25;

    /// <summary>The audit name of the rule that makes netwerkmanagers members (no person acts).</summary>
    public const string Taak = "netwerkmanagers-lid";

    private sealed record Uitvoerder(int Id, bool Actief, int? StadsdeelId, bool IsBeheerder, bool IsNetwerkmanager);

    private sealed record KanaalInfo(int Id, string Naam, int StadsdeelId, string StadsdeelNaam);

    /// <summary>
    /// The members and history of the channel of a stadsdeel, as seen by <paramref name="uitvoerderId"/>; null when
    /// there is no channel or the viewer may not see it (only the Beheerder, members and the stadsdeel's own
    /// buurtteam see the member list).
    /// </summary>
    public async Task<LedenOverzicht?> OverzichtAsync(int stadsdeelId, int uitvoerderId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kanaal = await KanaalVanStadsdeelAsync(db, stadsdeelId, cancellationToken);
        var uitvoerder = await UitvoerderAsync(db, uitvoerderId, cancellationToken);
        if (kanaal is null || uitvoerder is not { Actief: true })
        {
            return null;
        }
        var leden = await db.Lidmaatschappen
            .Where(l => l.KanaalId == kanaal.Id && l.AfgemeldOp == null)
            .OrderBy(l => l.Medewerker!.Organisatie!.Type).ThenBy(l => l.Medewerker!.Organisatie!.Naam).ThenBy(l => l.Medewerker!.Naam)
            .Select(l => new LidRij(l.Id, l.MedewerkerId, l.Medewerker!.Naam, l.Medewerker.Organisatie!.Naam, l.Medewerker.Organisatie.Type, l.Medewerker.Functie, l.Vanaf, l.Automatisch))
            .ToListAsync(cancellationToken);
        var eigen = leden.FirstOrDefault(l => l.MedewerkerId == uitvoerderId);
        var magInzien = uitvoerder.IsBeheerder || eigen is not null || uitvoerder.StadsdeelId == kanaal.StadsdeelId;
        if (!magInzien)
        {
            return null;
        }
        var afgemeld = await db.Lidmaatschappen
            .Where(l => l.KanaalId == kanaal.Id && l.AfgemeldOp != null)
            .Select(l => new { l.Id, l.Medewerker!.Naam, Organisatie = l.Medewerker.Organisatie!.Naam, l.Medewerker.Organisatie.Type, l.Vanaf, l.AfgemeldOp, l.AfmeldReden })
            .ToListAsync(cancellationToken);
        // Sorted in memory: SQLite stores DateTimeOffset as ticks, so this keeps both providers identical.
        var geschiedenis = afgemeld
            .OrderByDescending(l => l.AfgemeldOp)
            .Select(l => new AfmeldingRij(l.Id, l.Naam, l.Organisatie, l.Type, l.Vanaf, l.AfgemeldOp!.Value, l.AfmeldReden ?? ""))
            .ToList();
        var magBeheren = MagBeheren(uitvoerder, kanaal).Toegestaan;
        return new LedenOverzicht(kanaal.Id, kanaal.Naam, kanaal.StadsdeelNaam, leden, geschiedenis, magBeheren, eigen);
    }

    /// <summary>
    /// Medewerkers the rules allow into the channel, matching <paramref name="zoekterm"/> on name or organisation.
    /// Empty for someone who may not manage the channel. Adding is checked again in <see cref="VoegToeAsync"/>.
    /// </summary>
    public async Task<IReadOnlyList<KandidaatRij>> ZoekKandidatenAsync(int kanaalId, int uitvoerderId, string? zoekterm, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kanaal = await KanaalAsync(db, kanaalId, cancellationToken);
        var uitvoerder = await UitvoerderAsync(db, uitvoerderId, cancellationToken);
        if (kanaal is null || uitvoerder is not { Actief: true } || !MagBeheren(uitvoerder, kanaal).Toegestaan)
        {
            return [];
        }
        var query = db.Medewerkers.Where(m => m.Actief && m.Organisatie!.Actief
            && !db.Lidmaatschappen.Any(l => l.KanaalId == kanaal.Id && l.MedewerkerId == m.Id && l.AfgemeldOp == null)
            && ((m.Organisatie.Type == OrganisatieType.Buurtteamorganisatie && m.Organisatie.StadsdeelId == kanaal.StadsdeelId)
                || (m.Organisatie.Type == OrganisatieType.Aanbieder && m.Organisatie.Locaties.Any(l => l.StadsdeelId == kanaal.StadsdeelId))
                || m.Organisatie.Type == OrganisatieType.Wpi));
        var zoek = zoekterm?.Trim().ToLowerInvariant();
        if (Domain.Invoer.Invoertekst.Fout(zoek, "De zoekterm") is not null)
        {
            // No name holds such a character: nothing is found, and the database is never asked for it.
            return [];
        }
        if (!string.IsNullOrEmpty(zoek))
        {
            query = query.Where(m => m.Naam.ToLower().Contains(zoek) || m.Organisatie!.Naam.ToLower().Contains(zoek));
        }
        var gevonden = await query
            .OrderBy(m => m.Naam)
            .Take(MaximumKandidaten * 4)
            .Select(m => new { m.Id, Organisatie = m.Organisatie!.Naam, Kandidaat = new Kandidaat(m.Naam, m.Actief, m.Functie, m.Organisatie.Type, m.Organisatie.Actief, m.Organisatie.StadsdeelId, m.Organisatie.Locaties.Select(l => l.StadsdeelId).ToList()) })
            .ToListAsync(cancellationToken);
        // The query above narrows down; the rule itself decides, so the list never offers someone VoegToe refuses.
        return gevonden
            .Where(g => LidmaatschapRegels.MagLidWorden(g.Kandidaat, kanaal.StadsdeelId, kanaal.StadsdeelNaam, isAlLid: false).Toegestaan)
            .Take(MaximumKandidaten)
            .Select(g => new KandidaatRij(g.Id, g.Kandidaat.Naam, g.Organisatie, g.Kandidaat.OrganisatieType, g.Kandidaat.Functie))
            .ToList();
    }

    /// <summary>Adds <paramref name="medewerkerId"/> to the channel, if the rules and the uitvoerder's rights allow it.</summary>
    public async Task<LidmaatschapResultaat> VoegToeAsync(int kanaalId, int medewerkerId, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kanaal = await KanaalAsync(db, kanaalId, cancellationToken);
        if (kanaal is null)
        {
            return LidmaatschapResultaat.Geweigerd("Dit netwerkkanaal bestaat niet (meer).");
        }
        var uitvoerder = await UitvoerderAsync(db, actor.MedewerkerId, cancellationToken);
        if (uitvoerder is not { Actief: true })
        {
            return LidmaatschapResultaat.Geweigerd("Uw account is niet (meer) actief in het netwerk.");
        }
        var beheer = MagBeheren(uitvoerder, kanaal);
        if (!beheer.Toegestaan)
        {
            audit.Weiger(db, actor, AuditActie.Aangemaakt, AuditLog.Lidmaatschap, kanaalId, $"Lid toevoegen: medewerker {medewerkerId}");
            await db.SaveChangesAsync(cancellationToken);
            return LidmaatschapResultaat.Geweigerd(beheer.Reden!);
        }
        var kandidaat = await db.Medewerkers.Where(m => m.Id == medewerkerId)
            .Select(KandidaatProjectie)
            .SingleOrDefaultAsync(cancellationToken);
        if (kandidaat is null)
        {
            return LidmaatschapResultaat.Geweigerd("Deze medewerker bestaat niet (meer).");
        }
        var isAlLid = await db.Lidmaatschappen.AnyAsync(l => l.KanaalId == kanaalId && l.MedewerkerId == medewerkerId && l.AfgemeldOp == null, cancellationToken);
        var beslissing = LidmaatschapRegels.MagLidWorden(kandidaat, kanaal.StadsdeelId, kanaal.StadsdeelNaam, isAlLid);
        if (!beslissing.Toegestaan)
        {
            return LidmaatschapResultaat.Geweigerd(beslissing.Reden!);
        }
        db.Lidmaatschappen.Add(new Lidmaatschap
        {
            KanaalId = kanaalId,
            MedewerkerId = medewerkerId,
            Vanaf = time.GetUtcNow(),
            // The netwerkmanager of the stadsdeel's buurtteam is a member by rule, however they were added.
            Automatisch = IsNetwerkmanagerVan(kandidaat, kanaal.StadsdeelId),
        });
        // In the same save as the membership: the line exists exactly when the membership does.
        audit.Schrijf(db, actor, AuditActie.Aangemaakt, AuditLog.Lidmaatschap, kanaalId, $"Lid toegevoegd: medewerker {medewerkerId}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            if (!await IsActiefLidAsync(medewerkerId, kanaalId, cancellationToken))
            {
                throw;
            }
            // Someone else added this person a moment ago; the unique index kept it to one membership.
            return LidmaatschapResultaat.Geweigerd($"{kandidaat.Naam} is al lid van het netwerkkanaal van {kanaal.StadsdeelNaam}.");
        }
        MeldWijziging(medewerkerId);
        return LidmaatschapResultaat.Ok($"{kandidaat.Naam} is lid van {kanaal.Naam}.");
    }

    /// <summary>
    /// Ends a membership with an afmelding (now, with a reason of 5–300 characters). The row stays as history.
    /// A member may sign themselves off; the Beheerder and the stadsdeel's netwerkmanager may sign off others.
    /// </summary>
    public async Task<LidmaatschapResultaat> MeldAfAsync(int lidmaatschapId, string? reden, Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lidmaatschap = await db.Lidmaatschappen
            .Include(l => l.Medewerker)
            .Include(l => l.Kanaal).ThenInclude(k => k!.Stadsdeel)
            .SingleOrDefaultAsync(l => l.Id == lidmaatschapId, cancellationToken);
        if (lidmaatschap is null)
        {
            return LidmaatschapResultaat.Geweigerd("Dit lidmaatschap bestaat niet (meer).");
        }
        var uitvoerder = await UitvoerderAsync(db, actor.MedewerkerId, cancellationToken);
        if (uitvoerder is not { Actief: true })
        {
            return LidmaatschapResultaat.Geweigerd("Uw account is niet (meer) actief in het netwerk.");
        }
        var kanaal = new KanaalInfo(lidmaatschap.KanaalId, lidmaatschap.Kanaal!.Naam, lidmaatschap.Kanaal.StadsdeelId, lidmaatschap.Kanaal.Stadsdeel!.Naam);
        var isZelf = lidmaatschap.MedewerkerId == actor.MedewerkerId;
        var beslissing = LidmaatschapRegels.MagAfmelden(lidmaatschap.IsActief, lidmaatschap.Automatisch, isZelf, MagBeheren(uitvoerder, kanaal).Toegestaan);
        if (!beslissing.Toegestaan)
        {
            audit.Weiger(db, actor, AuditActie.Verwijderd, AuditLog.Lidmaatschap, lidmaatschap.KanaalId, $"Afmelden: medewerker {lidmaatschap.MedewerkerId}");
            await db.SaveChangesAsync(cancellationToken);
            return LidmaatschapResultaat.Geweigerd(beslissing.Reden!);
        }
        var redenControle = LidmaatschapRegels.ControleerAfmeldReden(reden);
        if (!redenControle.Toegestaan)
        {
            return LidmaatschapResultaat.Geweigerd(redenControle.Reden!);
        }
        lidmaatschap.AfgemeldOp = time.GetUtcNow();
        lidmaatschap.AfmeldReden = reden!.Trim();
        // The reason is free text and stays on the membership; the line only says who signed off whom.
        audit.Schrijf(db, actor, AuditActie.Verwijderd, AuditLog.Lidmaatschap, lidmaatschap.KanaalId,
            $"Afgemeld: medewerker {lidmaatschap.MedewerkerId}", namensMedewerkerId: isZelf ? null : lidmaatschap.MedewerkerId);
        await db.SaveChangesAsync(cancellationToken);
        MeldWijziging(lidmaatschap.MedewerkerId);
        return LidmaatschapResultaat.Ok(isZelf
            ? $"U bent afgemeld bij {kanaal.Naam}. U ontvangt geen nieuwe berichten meer uit dit kanaal."
            : $"{lidmaatschap.Medewerker!.Naam} is afgemeld bij {kanaal.Naam}.");
    }

    /// <summary>
    /// Makes the netwerkmanager of every buurtteamorganisatie an automatic member of its stadsdeel channel.
    /// Idempotent: adds only what is missing (and marks an existing manual membership automatic). Returns the
    /// number of memberships added or changed.
    /// </summary>
    public async Task<int> ZorgVoorNetwerkmanagersAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var gewijzigd = await ZorgVoorNetwerkmanagersAsync(db, time.GetUtcNow(), cancellationToken);
        foreach (var medewerkerId in gewijzigd)
        {
            MeldWijziging(medewerkerId);
        }
        return gewijzigd.Count;
    }

    /// <summary>
    /// The work of <see cref="ZorgVoorNetwerkmanagersAsync(CancellationToken)"/> on a given context, without
    /// publishing. Used at start-up, before the app serves anyone: no live connection exists yet to regroup.
    /// </summary>
    internal static async Task<IReadOnlyList<int>> ZorgVoorNetwerkmanagersAsync(PortalDbContext db, DateTimeOffset nu, CancellationToken cancellationToken)
    {
        var kanalen = await db.Kanalen.ToDictionaryAsync(k => k.StadsdeelId, k => k.Id, cancellationToken);
        var netwerkmanagers = await db.Medewerkers
            .Where(m => m.Actief && m.Functie == Functie.Netwerkmanager
                && m.Organisatie!.Type == OrganisatieType.Buurtteamorganisatie && m.Organisatie.Actief && m.Organisatie.StadsdeelId != null)
            .Select(m => new { m.Id, StadsdeelId = m.Organisatie!.StadsdeelId!.Value })
            .ToListAsync(cancellationToken);
        var ids = netwerkmanagers.Select(n => n.Id).ToList();
        var actief = await db.Lidmaatschappen
            .Where(l => l.AfgemeldOp == null && ids.Contains(l.MedewerkerId))
            .ToListAsync(cancellationToken);
        var gewijzigd = new List<int>();
        foreach (var netwerkmanager in netwerkmanagers)
        {
            if (!kanalen.TryGetValue(netwerkmanager.StadsdeelId, out var kanaalId))
            {
                continue;
            }
            var bestaand = actief.FirstOrDefault(l => l.MedewerkerId == netwerkmanager.Id && l.KanaalId == kanaalId);
            if (bestaand is null)
            {
                db.Lidmaatschappen.Add(new Lidmaatschap { KanaalId = kanaalId, MedewerkerId = netwerkmanager.Id, Vanaf = nu, Automatisch = true });
                db.AuditRegels.Add(AuditLog.Taakregel(nu, Taak, AuditActie.Aangemaakt, AuditLog.Lidmaatschap, kanaalId, $"Netwerkmanager automatisch lid: medewerker {netwerkmanager.Id}"));
                gewijzigd.Add(netwerkmanager.Id);
            }
            else if (!bestaand.Automatisch)
            {
                bestaand.Automatisch = true;
                db.AuditRegels.Add(AuditLog.Taakregel(nu, Taak, AuditActie.Gewijzigd, AuditLog.Lidmaatschap, kanaalId, $"Lidmaatschap automatisch gemaakt: medewerker {netwerkmanager.Id}"));
                gewijzigd.Add(netwerkmanager.Id);
            }
        }
        if (gewijzigd.Count > 0)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another node (or a manager) added one of them at the same moment; the unique index refused the
                // duplicate and nothing of this batch was stored. The next run adds whatever is still missing.
                return [];
            }
        }
        return gewijzigd;
    }

    private static readonly Expression<Func<Medewerker, Kandidaat>> KandidaatProjectie = m => new Kandidaat(
        m.Naam,
        m.Actief,
        m.Functie,
        m.Organisatie!.Type,
        m.Organisatie.Actief,
        m.Organisatie.StadsdeelId,
        m.Organisatie.Locaties.Select(l => l.StadsdeelId).ToList());

    private async Task<bool> IsActiefLidAsync(int medewerkerId, int kanaalId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Lidmaatschappen.AnyAsync(l => l.KanaalId == kanaalId && l.MedewerkerId == medewerkerId && l.AfgemeldOp == null, cancellationToken);
    }

    private static bool IsNetwerkmanagerVan(Kandidaat kandidaat, int stadsdeelId) =>
        kandidaat.Functie == Functie.Netwerkmanager
        && kandidaat.OrganisatieType == OrganisatieType.Buurtteamorganisatie
        && kandidaat.OrganisatieStadsdeelId == stadsdeelId;

    private static Beslissing MagBeheren(Uitvoerder uitvoerder, KanaalInfo kanaal) =>
        LidmaatschapRegels.MagBeheren(uitvoerder.IsBeheerder, uitvoerder.IsNetwerkmanager, uitvoerder.StadsdeelId, kanaal.StadsdeelId);

    private static Task<KanaalInfo?> KanaalAsync(PortalDbContext db, int kanaalId, CancellationToken cancellationToken) =>
        db.Kanalen.Where(k => k.Id == kanaalId)
            .Select(k => new KanaalInfo(k.Id, k.Naam, k.StadsdeelId, k.Stadsdeel!.Naam))
            .SingleOrDefaultAsync(cancellationToken);

    private static Task<KanaalInfo?> KanaalVanStadsdeelAsync(PortalDbContext db, int stadsdeelId, CancellationToken cancellationToken) =>
        db.Kanalen.Where(k => k.StadsdeelId == stadsdeelId)
            .Select(k => new KanaalInfo(k.Id, k.Naam, k.StadsdeelId, k.Stadsdeel!.Naam))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Rights from the one access context (the account's roles in the database, never what the browser sends).</summary>
    private static async Task<Uitvoerder?> UitvoerderAsync(PortalDbContext db, int medewerkerId, CancellationToken cancellationToken)
    {
        var toegang = await Toegangscontext.LeesAsync(db, medewerkerId, cancellationToken: cancellationToken);
        return toegang.IsBekend
            ? new Uitvoerder(toegang.MedewerkerId, true, toegang.EigenStadsdeelId, toegang.IsBeheerder, toegang.IsNetwerkmanager)
            : null;
    }

    /// <summary>
    /// Stored first, pushed second: if the push fails the change stands (the publisher logs it), and the member's
    /// connections pick up the right groups when they reconnect.
    /// </summary>
    private void MeldWijziging(int medewerkerId) => publisher.Publiceer(new LidmaatschapGewijzigd(medewerkerId));
}
