using System.Runtime.CompilerServices;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Anonimiteit;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Invoer;
using Dagbesteding.Portal.Domain.Meldingen;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Features.Meldingen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.Jobs;
using Dagbesteding.Portal.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Features.Netwerk.Vragen;

/// <summary>
/// Adviesvragen in a stadsdeel channel: post, read, reply, decide. Every rule is checked here, on the server,
/// whatever the page did: membership of the channel, the anonymity check on every free text, length limits,
/// a closed thread stays closed. Persist first, then publish.
/// </summary>
public sealed class AdviesvraagService(
    IDbContextFactory<PortalDbContext> dbFactory,
    WerkdagKalenderProvider kalenders,
    IRealtimePublisher publisher,
    Melder melder,
    AuditLog auditLog,
    TimeProvider time,
    PortalLimieten limieten,
    IOptions<NetwerkOptions> netwerkOptions,
    PortalMetingen metingen,
    ILogger<AdviesvraagService> logger)
{
    public const int ReactietermijnWerkdagen = 2;
    public const int FeedPagina = 50;

    public async Task<int?> KanaalVanStadsdeelAsync(Actor actor, int stadsdeelId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await ActiefKanaal(db, actor).Where(k => k.StadsdeelId == stadsdeelId).Select(k => (int?)k.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The channel feed, newest first; only for active members of the channel. Audited: the person opened it.</summary>
    public Task<IReadOnlyList<AdviesvraagKaart>> FeedAsync(Actor actor, int kanaalId, int aantal = FeedPagina, CancellationToken cancellationToken = default) =>
        LeesFeedAsync(actor, kanaalId, aantal, audit: true, cancellationToken);

    /// <summary>The open feed read again for live updates (a catch-up, a membership change): not audited again.</summary>
    public Task<IReadOnlyList<AdviesvraagKaart>> VernieuwFeedAsync(Actor actor, int kanaalId, CancellationToken cancellationToken = default) =>
        LeesFeedAsync(actor, kanaalId, FeedPagina, audit: false, cancellationToken);

    private async Task<IReadOnlyList<AdviesvraagKaart>> LeesFeedAsync(Actor actor, int kanaalId, int aantal, bool audit, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var toegang = await Toegangscontext.LeesAsync(db, actor, cancellationToken);
        if (!toegang.IsLidVan(kanaalId))
        {
            return [];
        }
        var vragen = FeedBijwerking.Sorteer(Zichtbaar(db.Adviesvragen.Where(a => a.KanaalId == kanaalId), toegang)).Take(aantal);
        var kaarten = await Kaarten(db, actor, vragen).ToListAsync(cancellationToken);
        if (audit)
        {
            auditLog.Schrijf(db, actor, AuditActie.Bekeken, AuditLog.Kanaal, kanaalId, $"Overzicht: adviesvragen {kaarten.Select(k => k.Id)}");
            await db.SaveChangesAsync(cancellationToken);
        }
        return kaarten;
    }

    public async Task<Uitkomst<int>> PlaatsAsync(Actor actor, NieuweAdviesvraag invoer, CancellationToken cancellationToken = default)
    {
        if (!await IsNetwerklidAsync(actor, cancellationToken))
        {
            return Uitkomst<int>.Geweigerd("Alleen netwerkleden kunnen een adviesvraag stellen.");
        }
        // Before any other work (the anonymity check is the costly part): a flood is refused cheaply, and nothing is stored.
        if (limieten.Probeer(Limiet.Berichten, PortalLimieten.MedewerkerSleutel(actor.MedewerkerId)) is { } teVeel)
        {
            return Uitkomst<int>.Geweigerd(teVeel.Melding);
        }
        if (invoer.Leeftijdscategorie is null)
        {
            return Uitkomst<int>.Geweigerd("Kies een leeftijdscategorie.");
        }
        // The wish first, as the form asks it: "de wens van de Amsterdammer staat voorop".
        var wens = (invoer.WensAmsterdammer ?? "").Trim();
        if (TekstFout(wens, NieuweAdviesvraag.WensMinLengte, NieuweAdviesvraag.WensMaxLengte, "De wens van de Amsterdammer") is { } wensFout)
        {
            return Uitkomst<int>.Geweigerd(wensFout);
        }
        if (AnonimiteitsControle.Controleer(wens) is { Count: > 0 } inWens)
        {
            return Uitkomst<int>.NietAnoniem(wens, inWens);
        }
        var vraag = invoer.Vraag.Trim();
        if (TekstFout(vraag, NieuweAdviesvraag.MinLengte, NieuweAdviesvraag.MaxLengte, "De vraag") is { } fout)
        {
            return Uitkomst<int>.Geweigerd(fout);
        }
        if (AnonimiteitsControle.Controleer(vraag) is { Count: > 0 } bevindingen)
        {
            return Uitkomst<int>.NietAnoniem(vraag, bevindingen);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kanaal = await ActiefKanaal(db, actor).Where(k => k.StadsdeelId == invoer.StadsdeelId)
            .Select(k => new { k.Id, k.Naam }).FirstOrDefaultAsync(cancellationToken);
        if (kanaal is null)
        {
            return Uitkomst<int>.Geweigerd("U bent geen lid van het netwerkkanaal van dit stadsdeel.");
        }
        var doelgroepen = await db.Doelgroepen.Where(d => invoer.DoelgroepIds.Contains(d.Id)).ToListAsync(cancellationToken);
        if (doelgroepen.Count != invoer.DoelgroepIds.Count)
        {
            return Uitkomst<int>.Geweigerd("Een van de gekozen doelgroepen bestaat niet (meer).");
        }
        if (invoer.LocatieId is { } locatieId && !await db.Locaties.AnyAsync(l => l.Id == locatieId && l.Actief && l.Organisatie!.Actief, cancellationToken))
        {
            return Uitkomst<int>.Geweigerd("De gekozen locatie staat niet (meer) op de sociale kaart. Kies een andere locatie.");
        }

        if (invoer.GerichtAanOrganisatieId is { } gerichtAan && await GerichtAanFoutAsync(db, kanaal.Id, gerichtAan, cancellationToken) is { } gerichtFout)
        {
            return Uitkomst<int>.Geweigerd(gerichtFout);
        }

        var nu = time.GetUtcNow();
        var kalender = await kalenders.KalenderAsync(cancellationToken);
        var adviesvraag = new Adviesvraag
        {
            KanaalId = kanaal.Id,
            AuteurId = actor.MedewerkerId,
            Leeftijdscategorie = invoer.Leeftijdscategorie.Value,
            GewenstPerceel = invoer.GewenstPerceel,
            Doelgroepen = doelgroepen,
            VervoerNodig = invoer.VervoerNodig,
            Spoed = invoer.Spoed,
            WensAmsterdammer = wens,
            Vraag = vraag,
            LocatieId = invoer.LocatieId,
            GerichtAanOrganisatieId = invoer.GerichtAanOrganisatieId,
            Status = AdviesvraagStatus.Open,
            GeplaatstOp = nu,
            Deadline = kalender.Deadline(nu, ReactietermijnWerkdagen).ToUniversalTime(),
            WaarschuwingOp = WaarschuwingOp(kalender, nu, invoer.Spoed, netwerkOptions.Value.SpoedWaarschuwingWerkdagen).ToUniversalTime(),
        };
        // One transaction: the question, its read marker, its audit line and the members' meldingen are stored together or not at all.
        IReadOnlyList<Melding> meldingen;
        await using (var transactie = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            db.Adviesvragen.Add(adviesvraag);
            db.Leesbevestigingen.Add(new Leesbevestiging { MedewerkerId = actor.MedewerkerId, Adviesvraag = adviesvraag, GelezenOp = nu });
            await db.SaveChangesAsync(cancellationToken);
            auditLog.Schrijf(db, actor, AuditActie.Aangemaakt, AuditLog.Adviesvraag, adviesvraag.Id);
            meldingen = await MeldNieuweVraagAsync(db, adviesvraag, kanaal.Naam, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transactie.CommitAsync(cancellationToken);
        }
        melder.NaCommit(meldingen);
        metingen.AdviesvraagGeplaatst(kanaal.Id);

        await PubliceerAsync(kanaal.Id, adviesvraag.Id, KanaalGebeurtenisSoort.NieuweVraag,
            $"Nieuwe adviesvraag in {kanaal.Naam}: {Samenvatting(adviesvraag)}", nu, actor.MedewerkerId, Gericht(adviesvraag));
        return Uitkomst<int>.Klaar(adviesvraag.Id);
    }

    /// <summary>
    /// When the netwerkmanagers are warned of a question without a reply: one working day before the deadline, and for a
    /// spoed question after <see cref="NetwerkOptions.SpoedWaarschuwingWerkdagen"/> of working time if that is sooner.
    /// </summary>
    public static DateTimeOffset WaarschuwingOp(WerkdagKalender kalender, DateTimeOffset geplaatstOp, bool spoed, double spoedWerkdagen)
    {
        var gewoon = kalender.Waarschuwing(geplaatstOp, ReactietermijnWerkdagen);
        if (!spoed)
        {
            return gewoon;
        }
        var snel = kalender.NaWerktijd(geplaatstOp, TimeSpan.FromDays(spoedWerkdagen));
        return snel < gewoon ? snel : gewoon;
    }

    /// <summary>Opens a question for a member: audited, and marked as read.</summary>
    public Task<AdviesvraagDetail?> OpenAsync(Actor actor, int adviesvraagId, CancellationToken cancellationToken = default) =>
        LeesAsync(actor, adviesvraagId, audit: true, cancellationToken);

    /// <summary>
    /// The open thread again after a live event: marked as read (it is on screen), but not audited again — the
    /// audit log records what a person opened, not what was pushed to an open page.
    /// </summary>
    public Task<AdviesvraagDetail?> VernieuwAsync(Actor actor, int adviesvraagId, CancellationToken cancellationToken = default) =>
        LeesAsync(actor, adviesvraagId, audit: false, cancellationToken);

    private async Task<AdviesvraagDetail?> LeesAsync(Actor actor, int adviesvraagId, bool audit, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var wie = await db.Adviesvragen.Where(a => a.Id == adviesvraagId)
            .Select(a => new { a.KanaalId, a.GerichtAanOrganisatieId, a.AuteurId }).FirstOrDefaultAsync(cancellationToken);
        var toegang = await Toegangscontext.LeesAsync(db, actor, cancellationToken);
        if (wie is null || !MagZien(toegang, wie.KanaalId, wie.GerichtAanOrganisatieId, wie.AuteurId))
        {
            if (wie is not null && audit)
            {
                auditLog.Weiger(db, actor, AuditActie.Bekeken, AuditLog.Adviesvraag, adviesvraagId, $"Geen lid van het kanaal of een gerichte vraag aan een ander");
                await db.SaveChangesAsync(cancellationToken);
            }
            return null;
        }

        var kaart = await Kaarten(db, actor, db.Adviesvragen.Where(a => a.Id == adviesvraagId)).SingleAsync(cancellationToken);
        var vraag = await db.Adviesvragen.Where(a => a.Id == adviesvraagId)
            .Select(a => new
            {
                Vrager = a.Auteur!.Naam,
                VragerFunctie = a.Auteur.Functie,
                Organisatie = a.Auteur.Organisatie!.Naam,
                BesluitDoor = a.BesluitDoor != null ? a.BesluitDoor.Naam : null,
                a.Deadline,
                a.BesluitOp,
                a.BesluitToelichting,
                a.GekozenReactieId,
                Locatie = a.Locatie != null ? new AanbodLocatie(a.Locatie.Id, a.Locatie.Naam, a.Locatie.Stadsdeel!.Naam) : null,
            })
            .SingleAsync(cancellationToken);
        var reacties = await db.Reacties.Where(r => r.AdviesvraagId == adviesvraagId)
            .OrderBy(r => r.GeplaatstOp)
            .Select(r => new ReactieWeergave(r.Id, r.Auteur!.Naam, r.Auteur.Organisatie!.Naam, r.Tekst, r.GeplaatstOp, r.IsAanbod,
                r.AanbodLocatie != null ? r.AanbodLocatie.Naam : null, r.WachttijdWeken, r.VervoerMogelijk, r.Id == vraag.GekozenReactieId)
            { AanbodLocatieId = r.AanbodLocatieId })
            .ToListAsync(cancellationToken);

        var nu = time.GetUtcNow();
        var gelezen = await db.Leesbevestigingen.FindAsync([actor.MedewerkerId, adviesvraagId], cancellationToken);
        if (gelezen is null)
        {
            db.Leesbevestigingen.Add(new Leesbevestiging { MedewerkerId = actor.MedewerkerId, AdviesvraagId = adviesvraagId, GelezenOp = nu });
        }
        else
        {
            gelezen.GelezenOp = nu;
        }
        if (audit)
        {
            auditLog.Schrijf(db, actor, AuditActie.Bekeken, AuditLog.Adviesvraag, adviesvraagId);
            // Seen in the portal: a push or e-mail about it that still waits (quiet hours, the overview) is not needed.
            var link = MeldingTeksten.AdviesvraagLink(adviesvraagId);
            await db.Meldingen.Where(m => m.MedewerkerId == actor.MedewerkerId && m.GelezenOp == null && !m.InBel && m.Link == link)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.GelezenOp, nu), cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);

        var besloten = kaart.Status == AdviesvraagStatus.Besloten;
        var eigenFunctie = await db.Medewerkers.Where(m => m.Id == actor.MedewerkerId).Select(m => (Functie?)m.Functie).FirstOrDefaultAsync(cancellationToken);
        var magBesluiten = !besloten && Besluitregels.MagBesluiten(kaart.IsEigen, eigenFunctie is { } f && Besluitregels.IsBuurtteam(f),
            Besluitregels.IsBuurtteam(vraag.VragerFunctie)) is null;
        return new AdviesvraagDetail(kaart with { Ongelezen = false }, vraag.Vrager, vraag.Organisatie, reacties, vraag.BesluitOp, vraag.BesluitToelichting,
            MagBesluiten: magBesluiten, MagReageren: !besloten && toegang.IsNetwerklid)
        {
            VoorkeurLocatie = vraag.Locatie,
            MagAfsluiten = kaart.IsEigen && !besloten,
            BinnenTermijn = nu < vraag.Deadline,
            BesluitDoor = vraag.BesluitDoor,
            Besprekingen = await Overleg.OverlegService.BesprekingenAsync(db, adviesvraagId, null, cancellationToken),
        };
    }

    /// <summary>The locaties the actor's own organisation can offer (an aanbieder offers its own places).</summary>
    public async Task<IReadOnlyList<AanbodLocatie>> EigenLocatiesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Locaties
            .Where(l => l.Actief && l.Organisatie!.Type == OrganisatieType.Aanbieder && l.Organisatie.Medewerkers.Any(m => m.Id == actor.MedewerkerId))
            .OrderBy(l => l.Naam)
            .Select(l => new AanbodLocatie(l.Id, l.Naam, l.Stadsdeel!.Naam))
            .ToListAsync(cancellationToken);
    }

    public async Task<Uitkomst<int>> ReageerAsync(Actor actor, int adviesvraagId, NieuweReactie invoer, CancellationToken cancellationToken = default)
    {
        if (!await IsNetwerklidAsync(actor, cancellationToken))
        {
            return Uitkomst<int>.Geweigerd("Alleen netwerkleden kunnen reageren.");
        }
        if (limieten.Probeer(Limiet.Berichten, PortalLimieten.MedewerkerSleutel(actor.MedewerkerId)) is { } teVeel)
        {
            return Uitkomst<int>.Geweigerd(teVeel.Melding);
        }
        var tekst = invoer.Tekst.Trim();
        if (TekstFout(tekst, NieuweReactie.MinLengte, NieuweReactie.MaxLengte, "De reactie") is { } fout)
        {
            return Uitkomst<int>.Geweigerd(fout);
        }
        if (AnonimiteitsControle.Controleer(tekst) is { Count: > 0 } bevindingen)
        {
            return Uitkomst<int>.NietAnoniem(tekst, bevindingen);
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var adviesvraag = await db.Adviesvragen.Include(a => a.Kanaal).FirstOrDefaultAsync(a => a.Id == adviesvraagId, cancellationToken);
        if (adviesvraag is null || !await MagZienAsync(db, actor, adviesvraag, cancellationToken))
        {
            return Uitkomst<int>.Geweigerd("Deze adviesvraag bestaat niet of u bent geen lid van het kanaal.");
        }
        if (adviesvraag.Status == AdviesvraagStatus.Besloten)
        {
            return Uitkomst<int>.Geweigerd("Over deze adviesvraag is al besloten; reageren kan niet meer.");
        }

        var reactie = new Reactie { AdviesvraagId = adviesvraagId, AuteurId = actor.MedewerkerId, Tekst = tekst, GeplaatstOp = time.GetUtcNow() };
        if (invoer.IsAanbod)
        {
            var locatie = await db.Locaties.Where(l => l.Id == invoer.LocatieId && l.Actief && l.Organisatie!.Type == OrganisatieType.Aanbieder
                    && l.Organisatie.Medewerkers.Any(m => m.Id == actor.MedewerkerId))
                .Select(l => new { l.Id, l.OrganisatieId }).FirstOrDefaultAsync(cancellationToken);
            if (locatie is null)
            {
                return Uitkomst<int>.Geweigerd("Een aanbod doet u voor een locatie van uw eigen organisatie. Kies een locatie.");
            }
            if (invoer.WachttijdWeken is not (>= 0 and <= 104))
            {
                return Uitkomst<int>.Geweigerd("Vul de wachttijd in weken in (0 tot en met 104).");
            }
            reactie.IsAanbod = true;
            reactie.AanbodLocatieId = locatie.Id;
            reactie.AanbodOrganisatieId = locatie.OrganisatieId;
            reactie.WachttijdWeken = invoer.WachttijdWeken;
            reactie.VervoerMogelijk = invoer.VervoerMogelijk;
        }

        var isEersteReactie = adviesvraag.EersteReactieOp is null && adviesvraag.AuteurId != actor.MedewerkerId;
        // Computed once, here, in working time: the dashboard reads the stored values (per question and per organisation).
        var werktijd = (await kalenders.KalenderAsync(cancellationToken)).Werktijd(adviesvraag.GeplaatstOp, reactie.GeplaatstOp);
        reactie.WerktijdSindsVraag = werktijd;
        Melding? meldingVraagsteller = null;
        reactie.AuteurOrganisatieId = await db.Medewerkers.Where(m => m.Id == actor.MedewerkerId).Select(m => (int?)m.OrganisatieId).FirstOrDefaultAsync(cancellationToken);
        var eersteVastgelegd = false;
        await using (var transactie = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            // A decision committed since the question was read: this update finds it (and on PostgreSQL holds the row
            // until the reply is stored, so a decision that comes in now waits and then includes it).
            if (await db.Adviesvragen.Where(a => a.Id == adviesvraagId && a.Status != AdviesvraagStatus.Besloten)
                    .ExecuteUpdateAsync(a => a.SetProperty(x => x.Status, x => x.Status), cancellationToken) == 0)
            {
                return Uitkomst<int>.Geweigerd(ZojuistBesloten);
            }
            if (isEersteReactie)
            {
                // First-reply time and met/not met are stored once, at the first reply by someone else, for the
                // dashboard. The condition in the update keeps the first of two simultaneous replies.
                var gehaald = reactie.GeplaatstOp <= adviesvraag.Deadline;
                eersteVastgelegd = await db.Adviesvragen.Where(a => a.Id == adviesvraagId && a.EersteReactieOp == null && a.Status != AdviesvraagStatus.Besloten)
                    .ExecuteUpdateAsync(a => a
                        .SetProperty(x => x.EersteReactieOp, reactie.GeplaatstOp)
                        .SetProperty(x => x.EersteReactieWerktijd, werktijd)
                        .SetProperty(x => x.TermijnGehaald, gehaald)
                        .SetProperty(x => x.Status, AdviesvraagStatus.Beantwoord), cancellationToken) == 1;
            }
            db.Reacties.Add(reactie);
            await db.SaveChangesAsync(cancellationToken);
            auditLog.Schrijf(db, actor, AuditActie.Gewijzigd, AuditLog.Adviesvraag, adviesvraagId, reactie.IsAanbod ? (FormattableString)$"Reactie {reactie.Id} (aanbod)" : $"Reactie {reactie.Id}");
            if (adviesvraag.AuteurId != actor.MedewerkerId)
            {
                meldingVraagsteller = new Melding
                {
                    MedewerkerId = adviesvraag.AuteurId,
                    Soort = MeldingSoort.ReactieOpMijnVraag,
                    Op = reactie.GeplaatstOp,
                    Tekst = MeldingTeksten.ReactieOpMijnVraag(adviesvraagId, reactie.IsAanbod),
                    Samenvatting = MeldingTeksten.ReactieOpMijnVraag(adviesvraagId, reactie.IsAanbod),
                    Link = MeldingTeksten.AdviesvraagLink(adviesvraagId),
                    Spoed = adviesvraag.Spoed,
                    // The open feed and thread show the reply live; this one is for the phone and the mailbox.
                    InBel = false,
                };
                db.Meldingen.Add(meldingVraagsteller);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transactie.CommitAsync(cancellationToken);
        }
        melder.NaCommit(meldingVraagsteller is null ? [] : [meldingVraagsteller]);
        if (eersteVastgelegd)
        {
            metingen.EersteReactie(werktijd, adviesvraag.KanaalId);
        }

        await PubliceerAsync(adviesvraag.KanaalId, adviesvraagId, KanaalGebeurtenisSoort.NieuweReactie,
            reactie.IsAanbod ? $"Nieuw aanbod op adviesvraag #{adviesvraagId}" : $"Nieuwe reactie op adviesvraag #{adviesvraagId}", reactie.GeplaatstOp, actor.MedewerkerId,
            Gericht(adviesvraag));
        return Uitkomst<int>.Klaar(reactie.Id);
    }

    /// <summary>
    /// Ends a question by the werkproces' spelregels (<see cref="Besluitregels"/>): a buurtteammedewerker records the
    /// decision made with the Amsterdammer (the asker when the buurtteam asked; one who takes the regie on a question from an
    /// aanbieder or WPI), or the asker closes it explicitly without a decision. Either way the thread closes.
    /// </summary>
    /// <summary>The refusal of the loser of a race with a decision (another tab, a colleague, the same moment).</summary>
    public const string ZojuistBesloten = "Over deze adviesvraag is zojuist besloten. Ververs de pagina om het besluit te zien.";

    public async Task<Uitkomst<int>> BesluitAsync(Actor actor, int adviesvraagId, NieuwBesluit invoer, CancellationToken cancellationToken = default)
    {
        var toelichting = invoer.Toelichting.Trim();
        if (!Enum.IsDefined(invoer.Soort))
        {
            return Uitkomst<int>.Geweigerd("Kies een besluit of afsluiten zonder besluit.");
        }
        if (TekstFout(toelichting, NieuwBesluit.MinLengte, NieuwBesluit.MaxLengte, "De toelichting") is { } fout)
        {
            return Uitkomst<int>.Geweigerd(fout);
        }
        if (AnonimiteitsControle.Controleer(toelichting) is { Count: > 0 } bevindingen)
        {
            return Uitkomst<int>.NietAnoniem(toelichting, bevindingen);
        }
        var zonderBesluit = invoer.Soort == Afsluiting.ZonderBesluit;
        if (zonderBesluit && invoer.GekozenReactieId is not null)
        {
            return Uitkomst<int>.Geweigerd("Afsluiten zonder besluit kiest geen aanbod.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var adviesvraag = await db.Adviesvragen.FirstOrDefaultAsync(a => a.Id == adviesvraagId, cancellationToken);
        if (adviesvraag is null)
        {
            return Uitkomst<int>.Geweigerd("Deze adviesvraag bestaat niet of u bent geen lid van het kanaal.");
        }
        var nu = time.GetUtcNow();
        var regels = await BesluitaanvraagAsync(db, actor, adviesvraag, invoer, nu, cancellationToken);
        if (Besluitregels.Toets(regels) is { } weigering)
        {
            return Uitkomst<int>.Geweigerd(weigering);
        }
        if (invoer.GekozenReactieId is { } gekozen
            && !await db.Reacties.AnyAsync(r => r.Id == gekozen && r.AdviesvraagId == adviesvraagId && r.IsAanbod, cancellationToken))
        {
            return Uitkomst<int>.Geweigerd("Kies een aanbod uit deze adviesvraag, of 'geen van de aanbiedingen'.");
        }

        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        // Two tabs deciding at once both passed the rules above: the update that finds the question still undecided wins,
        // in the database, and the other is told so (no second decision, no second round of meldingen).
        var gewonnen = await db.Adviesvragen.Where(a => a.Id == adviesvraagId && a.Status != AdviesvraagStatus.Besloten)
            .ExecuteUpdateAsync(a => a
                .SetProperty(x => x.Status, AdviesvraagStatus.Besloten)
                .SetProperty(x => x.BesluitOp, nu)
                .SetProperty(x => x.Afsluiting, invoer.Soort)
                .SetProperty(x => x.BesluitDoorId, actor.MedewerkerId)
                .SetProperty(x => x.GekozenReactieId, invoer.GekozenReactieId)
                .SetProperty(x => x.BesluitToelichting, toelichting), cancellationToken) == 1;
        if (!gewonnen)
        {
            return Uitkomst<int>.Geweigerd(ZojuistBesloten);
        }
        // Everyone involved hears of it: who replied, and the asker when a buurtteammedewerker took the regie.
        var betrokkenen = await db.Reacties.Where(r => r.AdviesvraagId == adviesvraagId && r.AuteurId != actor.MedewerkerId)
            .Select(r => r.AuteurId).Distinct().ToListAsync(cancellationToken);
        if (adviesvraag.AuteurId != actor.MedewerkerId && !betrokkenen.Contains(adviesvraag.AuteurId))
        {
            betrokkenen.Add(adviesvraag.AuteurId);
        }
        var tekst = zonderBesluit
            ? $"Adviesvraag #{adviesvraagId}, waarbij u betrokken bent, is afgesloten zonder besluit."
            : $"Er is besloten over adviesvraag #{adviesvraagId}, waarbij u betrokken bent.";
        var meldingen = betrokkenen.Select(id => new Melding
        {
            MedewerkerId = id,
            Soort = MeldingSoort.BesluitOpMijnReactie,
            Op = nu,
            Tekst = tekst,
            Samenvatting = MeldingTeksten.Besluit(adviesvraagId),
            Link = MeldingTeksten.AdviesvraagLink(adviesvraagId),
        }).ToList();
        db.Meldingen.AddRange(meldingen);
        auditLog.Schrijf(db, actor, AuditActie.Gewijzigd, AuditLog.Adviesvraag, adviesvraagId, BesluitAuditTekst(regels));
        await db.SaveChangesAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);

        await PubliceerAsync(adviesvraag.KanaalId, adviesvraagId, KanaalGebeurtenisSoort.Besloten,
            zonderBesluit ? $"Adviesvraag #{adviesvraagId} is afgesloten" : $"Er is besloten over adviesvraag #{adviesvraagId}", nu, actor.MedewerkerId,
            Gericht(adviesvraag));
        melder.NaCommit(meldingen);
        return Uitkomst<int>.Klaar(adviesvraagId);
    }

    /// <summary>What <see cref="Besluitregels"/> needs, read now: membership and functions count from this call on.</summary>
    private static async Task<Besluitaanvraag> BesluitaanvraagAsync(
        PortalDbContext db, Actor actor, Adviesvraag adviesvraag, NieuwBesluit invoer, DateTimeOffset nu, CancellationToken cancellationToken)
    {
        var toegang = await Toegangscontext.LeesAsync(db, actor, cancellationToken);
        var functies = await db.Medewerkers.Where(m => m.Id == actor.MedewerkerId || m.Id == adviesvraag.AuteurId)
            .Select(m => new { m.Id, m.Functie }).ToDictionaryAsync(m => m.Id, m => m.Functie, cancellationToken);
        var aanbiedingen = await db.Reacties.CountAsync(r => r.AdviesvraagId == adviesvraag.Id && r.IsAanbod, cancellationToken);
        return new Besluitaanvraag(
            invoer.Soort,
            adviesvraag.Status,
            IsLid: MagZien(toegang, adviesvraag.KanaalId, adviesvraag.GerichtAanOrganisatieId, adviesvraag.AuteurId),
            IsVrager: adviesvraag.AuteurId == actor.MedewerkerId,
            DeciderIsBuurtteam: functies.TryGetValue(actor.MedewerkerId, out var eigen) && Besluitregels.IsBuurtteam(eigen),
            VragerIsBuurtteam: functies.TryGetValue(adviesvraag.AuteurId, out var vrager) && Besluitregels.IsBuurtteam(vrager),
            BinnenTermijn: nu < adviesvraag.Deadline,
            aanbiedingen,
            invoer.IedereenGehoord,
            invoer.SamenMetAmsterdammer);
    }

    /// <summary>The audit line says how it was closed and what the decider confirmed: only the code's own words.</summary>
    private static FormattableString BesluitAuditTekst(Besluitaanvraag regels) => FormattableStringFactory.Create(
        regels.Soort == Afsluiting.ZonderBesluit ? "Afgesloten zonder besluit"
        : string.Join(", ", new[]
        {
            regels.IsVrager ? "Besluit vastgelegd" : "Besluit vastgelegd door buurtteam (regie overgenomen)",
            regels.BinnenTermijn ? "binnen de termijn, alle betrokkenen gehoord bevestigd" : null,
            regels.AantalAanbiedingen >= 2 ? "samen met de Amsterdammer bevestigd" : null,
        }.Where(t => t is not null)));

    /// <summary>
    /// A melding for every other active member of the channel, stored with the question: their phones and mailboxes hear of
    /// it (per their preferences) although nobody has the portal open. Not in the bell: an open page shows it live.
    /// </summary>
    private static async Task<IReadOnlyList<Melding>> MeldNieuweVraagAsync(PortalDbContext db, Adviesvraag adviesvraag, string kanaalNaam, CancellationToken cancellationToken)
    {
        var gerichtAan = adviesvraag.GerichtAanOrganisatieId;
        var leden = await db.Lidmaatschappen
            .Where(l => l.KanaalId == adviesvraag.KanaalId && l.AfgemeldOp == null && l.MedewerkerId != adviesvraag.AuteurId && l.Medewerker!.Actief
                && (gerichtAan == null || l.Medewerker.OrganisatieId == gerichtAan))
            .Select(l => l.MedewerkerId).Distinct().ToListAsync(cancellationToken);
        var meldingen = leden.Select(id => new Melding
        {
            MedewerkerId = id,
            Soort = MeldingSoort.NieuweAdviesvraag,
            Op = adviesvraag.GeplaatstOp,
            Tekst = $"Nieuwe adviesvraag #{adviesvraag.Id} in {kanaalNaam}: {Samenvatting(adviesvraag)}",
            Samenvatting = MeldingTeksten.NieuweAdviesvraag(kanaalNaam, adviesvraag.Spoed),
            Link = MeldingTeksten.AdviesvraagLink(adviesvraag.Id),
            KanaalId = adviesvraag.KanaalId,
            Spoed = adviesvraag.Spoed,
            InBel = false,
        }).ToList();
        db.Meldingen.AddRange(meldingen);
        return meldingen;
    }

    /// <summary>
    /// Besloten questions of the whole city, so the network learns from earlier answers. A text search scans every
    /// closed thread, so searches are limited per medewerker (<c>Limieten:ArchiefZoeken</c>).
    /// </summary>
    public async Task<Uitkomst<IReadOnlyList<ArchiefTreffer>>> ZoekInArchiefAsync(Actor actor, ArchiefFilter filter, CancellationToken cancellationToken = default)
    {
        if (limieten.Probeer(Limiet.ArchiefZoeken, PortalLimieten.MedewerkerSleutel(actor.MedewerkerId)) is { } teVeel)
        {
            return Uitkomst<IReadOnlyList<ArchiefTreffer>>.Geweigerd(teVeel.Melding);
        }
        if (filter.Tekst is { Length: > ArchiefFilter.TekstMaxLengte })
        {
            return Uitkomst<IReadOnlyList<ArchiefTreffer>>.Geweigerd($"De zoektekst is te lang: maximaal {ArchiefFilter.TekstMaxLengte} tekens.");
        }
        if (Invoertekst.Fout(filter.Tekst, "De zoektekst") is { } tekenFout)
        {
            return Uitkomst<IReadOnlyList<ArchiefTreffer>>.Geweigerd(tekenFout);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = Zichtbaar(db.Adviesvragen.Where(a => a.Status == AdviesvraagStatus.Besloten), await Toegangscontext.LeesAsync(db, actor, cancellationToken));
        if (!string.IsNullOrWhiteSpace(filter.Tekst))
        {
            var tekst = filter.Tekst.Trim().ToLower();
            query = query.Where(a => a.Vraag.ToLower().Contains(tekst) || (a.BesluitToelichting != null && a.BesluitToelichting.ToLower().Contains(tekst))
                || a.Reacties.Any(r => r.Tekst.ToLower().Contains(tekst)));
        }
        if (filter.Perceel is { } perceel)
        {
            query = query.Where(a => a.GewenstPerceel == perceel);
        }
        if (filter.DoelgroepId is { } doelgroep)
        {
            query = query.Where(a => a.Doelgroepen.Any(d => d.Id == doelgroep));
        }
        if (filter.StadsdeelId is { } stadsdeel)
        {
            query = query.Where(a => a.Kanaal!.StadsdeelId == stadsdeel);
        }
        var kaarten = await Kaarten(db, actor, query.OrderByDescending(a => a.GeplaatstOp).Take(100)).ToListAsync(cancellationToken);
        var ids = kaarten.Select(k => k.Id).ToList();
        foreach (var id in ids)
        {
            auditLog.Schrijf(db, actor, AuditActie.Bekeken, AuditLog.Adviesvraag, id, $"In archief getoond");
        }
        await db.SaveChangesAsync(cancellationToken);
        var besluiten = await db.Adviesvragen.Where(a => ids.Contains(a.Id))
            .Select(a => new
            {
                a.Id,
                a.BesluitOp,
                a.BesluitToelichting,
                Gekozen = db.Reacties.Where(r => r.Id == a.GekozenReactieId).Select(r => r.AanbodLocatie!.Naam).FirstOrDefault(),
            })
            .ToDictionaryAsync(a => a.Id, cancellationToken);
        return Uitkomst<IReadOnlyList<ArchiefTreffer>>.Klaar(
            kaarten.Select(k => new ArchiefTreffer(k, besluiten[k.Id].BesluitOp!.Value, besluiten[k.Id].Gekozen, besluiten[k.Id].BesluitToelichting)).ToList());
    }

    public async Task<IReadOnlyList<StadsdeelKeuze>> StadsdelenAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Stadsdelen.OrderBy(s => s.Naam).Select(s => new StadsdeelKeuze(s.Id, s.Naam)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Doelgroep>> DoelgroepenAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Doelgroepen.AsNoTracking().OrderBy(d => d.Naam).ToListAsync(cancellationToken);
    }

    private Task PubliceerAsync(int kanaalId, int adviesvraagId, KanaalGebeurtenisSoort soort, string samenvatting, DateTimeOffset op, int? door, Gericht? gericht) =>
        PubliceerMetKaartAsync(new KanaalGebeurtenis(kanaalId, adviesvraagId, soort, samenvatting, op, door, Gericht: gericht));

    /// <summary>For the live event: a gerichte vraag travels with whom it is for, so every receiver can leave it out.</summary>
    public static Gericht? Gericht(Adviesvraag adviesvraag) => Realtime.Gericht.Voor(adviesvraag.GerichtAanOrganisatieId, adviesvraag.AuteurId);

    /// <summary>The questions this person sees: the channel's, and gerichte vragen they asked or that were put to their organisation.</summary>
    public static IQueryable<Adviesvraag> Zichtbaar(IQueryable<Adviesvraag> vragen, Toegangscontext toegang)
    {
        var medewerkerId = toegang.MedewerkerId;
        var organisatieId = toegang.OrganisatieId;
        return vragen.Where(a => a.GerichtAanOrganisatieId == null || a.AuteurId == medewerkerId || a.GerichtAanOrganisatieId == organisatieId);
    }

    /// <summary>The aanbieders a member can put a gerichte vraag to in this stadsdeel: active, with active members in the channel.</summary>
    public async Task<IReadOnlyList<GerichtAanKeuze>> GerichtAanKeuzesAsync(Actor actor, int stadsdeelId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var kanaal = await ActiefKanaal(db, actor).Where(k => k.StadsdeelId == stadsdeelId).Select(k => (int?)k.Id).FirstOrDefaultAsync(cancellationToken);
        if (kanaal is null)
        {
            return [];
        }
        return await db.Organisaties
            .Where(o => o.Actief && o.Type == OrganisatieType.Aanbieder
                && db.Lidmaatschappen.Any(l => l.KanaalId == kanaal && l.AfgemeldOp == null && l.Medewerker!.Actief && l.Medewerker.OrganisatieId == o.Id))
            .OrderBy(o => o.Naam)
            .Select(o => new GerichtAanKeuze(o.Id, o.Naam))
            .ToListAsync(cancellationToken);
    }

    private static async Task<string?> GerichtAanFoutAsync(PortalDbContext db, int kanaalId, int organisatieId, CancellationToken cancellationToken)
    {
        if (!await db.Organisaties.AnyAsync(o => o.Id == organisatieId && o.Actief && o.Type == OrganisatieType.Aanbieder, cancellationToken))
        {
            return GerichteVraag.GeenAanbieder;
        }
        var heeftLeden = await db.Lidmaatschappen.AnyAsync(l => l.KanaalId == kanaalId && l.AfgemeldOp == null && l.Medewerker!.Actief
            && l.Medewerker.OrganisatieId == organisatieId, cancellationToken);
        return heeftLeden ? null : GerichteVraag.GeenLedenInKanaal;
    }

    // Rights from the one access context, read now: a role taken away or a deactivation counts from this call on.
    private static async Task<bool> MagZienAsync(PortalDbContext db, Actor actor, Adviesvraag adviesvraag, CancellationToken cancellationToken) =>
        MagZien(await Toegangscontext.LeesAsync(db, actor, cancellationToken), adviesvraag.KanaalId, adviesvraag.GerichtAanOrganisatieId, adviesvraag.AuteurId);

    /// <summary>A member of the question's channel, and for a gerichte vraag its asker or a member of that aanbieder.</summary>
    private static bool MagZien(Toegangscontext toegang, int kanaalId, int? gerichtAanOrganisatieId, int vragerId) =>
        toegang.IsLidVan(kanaalId) && GerichteVraag.IsZichtbaar(gerichtAanOrganisatieId, vragerId, toegang.MedewerkerId, toegang.OrganisatieId);

    /// <summary>
    /// After the commit (also the deadline sweep's): one read of the changed card, as every member sees it, carried by
    /// the event so open feeds need no read of their own. A failed read only costs the card (feeds then read
    /// themselves), never the saved change; the caller's cancellation does not stop a committed change's push.
    /// </summary>
    public async Task PubliceerMetKaartAsync(KanaalGebeurtenis gebeurtenis)
    {
        AdviesvraagKaart? kaart = null;
        try
        {
            kaart = await KaartVoorIedereenAsync(gebeurtenis.AdviesvraagId, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Kaart van adviesvraag {AdviesvraagId} niet gelezen voor de live update.", gebeurtenis.AdviesvraagId);
        }
        publisher.Publiceer(gebeurtenis with { Kaart = kaart });
    }

    /// <summary>The card with neutral per-viewer fields (not the viewer's own, unread); each feed sets those itself.</summary>
    private async Task<AdviesvraagKaart?> KaartVoorIedereenAsync(int adviesvraagId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await Kaarten(db, Actor.Niemand, db.Adviesvragen.Where(a => a.Id == adviesvraagId)).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The channels the actor is an active member of, while they and their organisation are active.</summary>
    private static IQueryable<Kanaal> ActiefKanaal(PortalDbContext db, Actor actor) =>
        db.Kanalen.Where(k => k.Lidmaatschappen.Any(l => l.MedewerkerId == actor.MedewerkerId && l.AfgemeldOp == null
            && l.Medewerker!.Actief && l.Medewerker.Organisatie!.Actief));

    private async Task<bool> IsNetwerklidAsync(Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return (await Toegangscontext.LeesAsync(db, actor, cancellationToken)).IsNetwerklid;
    }

    private static IQueryable<AdviesvraagKaart> Kaarten(PortalDbContext db, Actor actor, IQueryable<Adviesvraag> vragen) =>
        vragen.Select(a => new AdviesvraagKaart(
            a.Id,
            a.KanaalId,
            a.Kanaal!.Naam,
            a.GeplaatstOp,
            a.Leeftijdscategorie,
            a.GewenstPerceel,
            a.Doelgroepen.OrderBy(d => d.Naam).Select(d => d.Naam).ToList(),
            a.VervoerNodig,
            a.Spoed,
            a.Vraag,
            a.Status,
            a.Deadline,
            a.Reacties.Count,
            // Unread: never opened, or something happened after the last time it was opened.
            !db.Leesbevestigingen.Any(l => l.MedewerkerId == actor.MedewerkerId && l.AdviesvraagId == a.Id
                && l.GelezenOp >= a.GeplaatstOp
                && !a.Reacties.Any(r => r.GeplaatstOp > l.GelezenOp)
                && (a.BesluitOp == null || a.BesluitOp <= l.GelezenOp)),
            a.AuteurId == actor.MedewerkerId)
        {
            WaarschuwingOp = a.WaarschuwingOp,
            WensAmsterdammer = a.WensAmsterdammer,
            Afsluiting = a.Afsluiting,
            GerichtAan = a.GerichtAanOrganisatie != null ? a.GerichtAanOrganisatie.Naam : null,
        });

    /// <summary>Which questions a list showed, for the audit line (shortened to fit the column).</summary>
    private static string? TekstFout(string tekst, int min, int max, string wat) =>
        tekst.Length < min ? $"{wat} is te kort: schrijf minstens {min} tekens."
        : tekst.Length > max ? $"{wat} is te lang: maximaal {max} tekens (nu {tekst.Length})."
        : Invoertekst.Fout(tekst, wat);

    private static string Samenvatting(Adviesvraag a) => Samenvatting(a.Leeftijdscategorie, a.GewenstPerceel, a.Spoed);

    /// <summary>Structured fields only: what is pushed to every member (or suggested for an agenda) must not carry free text.</summary>
    public static string Samenvatting(Leeftijdscategorie leeftijd, Perceel? perceel, bool spoed) =>
        string.Join(", ", new[]
        {
            leeftijd.Weergave(),
            perceel?.Weergave() ?? "perceel onbekend",
            spoed ? "spoed" : null,
        }.Where(s => s is not null));
}
