using System.Runtime.CompilerServices;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Datums;
using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Invoer;
using Dagbesteding.Portal.Domain.Meldingen;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Features.Evaluaties;
using Dagbesteding.Portal.Features.Meldingen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Casussen;

/// <summary>
/// The casusbord and the case page. Who sees what is decided here, on the server, per call:
/// buurtteam staff (Regievoerder or Netwerklid) of a stadsdeel see its whole board; an aanbieder sees only the
/// cases in which it is the aanbieder; netwerkmanagers and beheerders see counts only. Changes are made by the
/// regievoerders (regie lies with the buurtteam); an aanbieder signals, and fills in plan parts in a casus it
/// created. Every change carries the casus Versie it was based on: a stale one is refused with the latest state.
/// Persist first (with a timeline line and an audit line), then publish a board event.
/// </summary>
public sealed class CasusService(
    IDbContextFactory<PortalDbContext> dbFactory,
    IRealtimePublisher publisher,
    Melder melder,
    AuditLog audit,
    EvaluatiePlanner evaluaties,
    PortalMetingen metingen,
    TimeProvider time)
{
    public const int KaartenPerKolom = 25;
    public const int SignaalMaxLengte = 500;

    public const string VerouderdFout =
        "Iemand anders heeft deze casus intussen gewijzigd. U ziet nu de laatste stand; uw invoer is bewaard, controleer die en sla opnieuw op.";

    public const string GeenToegangFout = "U heeft geen toegang tot deze casus.";

    // ---------------------------------------------------------------- board

    /// <param name="geopend">
    /// True when the person opens the board or changes its filter (one audit line with the cards shown); false for a
    /// re-read after a live event or a refused move: what is pushed to someone is not something they opened.
    /// </param>
    public async Task<Bord?> BordAsync(Actor actor, int stadsdeelId, BordFilter filter, int perKolom = KaartenPerKolom, bool geopend = true, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var profiel = await ProfielAsync(db, actor, cancellationToken);
        var zicht = profiel?.ZichtOp(stadsdeelId) ?? Zicht.Geen;
        if (profiel is null || zicht == Zicht.Geen)
        {
            return null;
        }

        var query = Gefilterd(BordQuery(db, profiel, stadsdeelId, zicht), profiel, filter with { Mijn = filter.Mijn && zicht == Zicht.Kaarten });
        var aantallen = await query.GroupBy(c => c.Stap).Select(g => new { Stap = g.Key, Aantal = g.Count() }).ToListAsync(cancellationToken);
        var kolommen = new List<BordKolom>();
        foreach (var stap in Werkprocesregels.Stappen)
        {
            var aantal = aantallen.FirstOrDefault(a => a.Stap == stap)?.Aantal ?? 0;
            var kaarten = zicht == Zicht.Kaarten && aantal > 0 && perKolom > 0
                ? await KaartenAsync(Geordend(query.Where(c => c.Stap == stap)).Take(perKolom), cancellationToken)
                : [];
            kolommen.Add(new BordKolom(stap, aantal, kaarten));
        }
        if (geopend && zicht == Zicht.Kaarten)
        {
            audit.Schrijf(db, actor, AuditActie.Bekeken, AuditLog.Casusbord, stadsdeelId, $"Kaarten: casussen {kolommen.SelectMany(k => k.Kaarten).Select(k => k.Id)}");
            await db.SaveChangesAsync(cancellationToken);
        }
        return new Bord(stadsdeelId, kolommen, zicht == Zicht.Aantallen, profiel.IsRegievoerder && zicht == Zicht.Kaarten,
            profiel.MagCasusAanmaken && zicht == Zicht.Kaarten,
            new BordKijker(profiel.MedewerkerId, profiel.OrganisatieId, profiel.IsBuurtteamlid, zicht == Zicht.Aantallen));
    }

    /// <summary>The next cards of one column (paging), in board order.</summary>
    public async Task<IReadOnlyList<CasusKaart>> MeerAsync(Actor actor, int stadsdeelId, BordFilter filter, WerkprocesStap stap, int overslaan, int aantal = KaartenPerKolom, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var profiel = await ProfielAsync(db, actor, cancellationToken);
        if (profiel is null || profiel.ZichtOp(stadsdeelId) != Zicht.Kaarten)
        {
            return [];
        }
        var query = Gefilterd(BordQuery(db, profiel, stadsdeelId, Zicht.Kaarten), profiel, filter).Where(c => c.Stap == stap);
        var kaarten = await KaartenAsync(Geordend(query).Skip(Math.Max(0, overslaan)).Take(Math.Clamp(aantal, 1, 200)), cancellationToken);
        audit.Schrijf(db, actor, AuditActie.Bekeken, AuditLog.Casusbord, stadsdeelId, $"Meer kaarten ({stap}): casussen {kaarten.Select(k => k.Id)}");
        await db.SaveChangesAsync(cancellationToken);
        return kaarten;
    }

    /// <summary>One card as the viewer may see it (null when not visible): used by boards after a live event.</summary>
    public async Task<CasusKaart?> KaartAsync(Actor actor, int casusId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var profiel = await ProfielAsync(db, actor, cancellationToken);
        if (profiel is null)
        {
            return null;
        }
        return (await KaartenAsync(Zichtbaar(db, profiel).Where(c => c.Id == casusId), cancellationToken)).FirstOrDefault();
    }

    /// <summary>Filter choices for the board of a stadsdeel.</summary>
    public async Task<BordKeuzes> KeuzesAsync(Actor actor, int stadsdeelId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var profiel = await ProfielAsync(db, actor, cancellationToken);
        if (profiel is null || profiel.ZichtOp(stadsdeelId) == Zicht.Geen)
        {
            return new BordKeuzes([], [], []);
        }
        var regievoerders = await db.Medewerkers
            .Where(m => m.Actief && m.Organisatie!.Type == OrganisatieType.Buurtteamorganisatie && m.Organisatie.StadsdeelId == stadsdeelId)
            .OrderBy(m => m.Naam).Select(m => new Keuze(m.Id, m.Naam)).ToListAsync(cancellationToken);
        var aanbieders = await db.Organisaties
            .Where(o => o.Actief && o.Type == OrganisatieType.Aanbieder && o.Locaties.Any(l => l.StadsdeelId == stadsdeelId))
            .OrderBy(o => o.Naam).Select(o => new Keuze(o.Id, o.Naam)).ToListAsync(cancellationToken);
        var locaties = await db.Locaties.Where(l => l.StadsdeelId == stadsdeelId)
            .OrderBy(l => l.Naam).Select(l => new Keuze(l.Id, l.Organisatie!.Naam + " · " + l.Naam)).ToListAsync(cancellationToken);
        return new BordKeuzes(regievoerders, aanbieders, locaties);
    }

    // ---------------------------------------------------------------- case page

    /// <summary>Opens a case page: audited on every open (also a refused one).</summary>
    public async Task<CasusDetail?> OpenAsync(Actor actor, int casusId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var profiel = await ProfielAsync(db, actor, cancellationToken);
        var detail = profiel is null ? null : await DetailAsync(db, profiel, casusId, cancellationToken);
        if (detail is null)
        {
            if (await db.Casussen.AnyAsync(c => c.Id == casusId, cancellationToken))
            {
                audit.Weiger(db, actor, AuditActie.Bekeken, AuditLog.Casus, casusId, $"Geen toegang tot de casus");
                await db.SaveChangesAsync(cancellationToken);
            }
            return null;
        }
        audit.Schrijf(db, actor, AuditActie.Bekeken, AuditLog.Casus, casusId);
        await db.SaveChangesAsync(cancellationToken);
        return detail;
    }

    // ---------------------------------------------------------------- changes

    public async Task<Uitkomst<CasusDetail>> VerplaatsAsync(Actor actor, int casusId, WerkprocesStap naar, Guid versie, CancellationToken cancellationToken = default)
    {
        var evaluatieGeopend = false;
        var uitkomst = await WijzigAsync(actor, casusId, versie, async (w, profiel) =>
        {
            var (db, casus) = (w.Db, w.Casus);
            if (!profiel.IsRegievoerder)
            {
                return "Alleen een regievoerder van het buurtteam verplaatst een casus in het werkproces.";
            }
            if (Werkprocesregels.ToetsVerplaatsing(Toestand(casus), naar) is { } fout)
            {
                return fout;
            }
            var evaluatie = casus.Ondersteuningsplan is { } huidigPlan
                ? await db.Evaluaties.FirstOrDefaultAsync(e => e.OndersteuningsplanId == huidigPlan.Id && e.AfgerondOp == null, cancellationToken)
                : null;
            if (casus.Stap == WerkprocesStap.Evalueren && naar != WerkprocesStap.Gestopt && evaluatie?.GeopendOp is not null)
            {
                // The way out of an open evaluation is its uitkomst, which records why (and plans the next one).
                return "Er loopt een evaluatie: leg op de casuspagina de uitkomst vast (verlengen, wijzigen, overdragen of afsluiten).";
            }
            var van = casus.Stap;
            casus.Stap = naar;
            casus.InStapSinds = time.GetUtcNow();
            if (naar != WerkprocesStap.LeverenInzet)
            {
                casus.TijdelijkGestopt = false;
            }
            var regel = $"Verplaatst van {van.Weergave()} naar {naar.Weergave()}";
            if (Werkprocesregels.LeveringOpEigenRisico(Toestand(casus)))
            {
                regel += " (spoed: levering op eigen risico van de aanbieder)";
            }
            w.Tijdlijn(regel);
            if (naar == WerkprocesStap.Gestopt && casus.Ondersteuningsplan is { Status: not PlanStatus.Beeindigd } plan)
            {
                // A stopped casus ends its plan; the planning after this removes or ends its evaluation.
                plan.Status = PlanStatus.Beeindigd;
                w.Tijdlijn("Ondersteuningsplan beëindigd: de casus is gestopt");
            }
            if (naar == WerkprocesStap.Evalueren && evaluatie is { GeopendOp: null })
            {
                // The regievoerder starts the evaluation before its start day: it opens now (its job will find it open).
                evaluatie.GeopendOp = w.Nu;
                evaluatieGeopend = true;
                w.Tijdlijn($"Evaluatie gestart door de regievoerder, vóór de startdag {evaluatie.StartOp:d-M-yyyy}");
                w.Meld(await w.ContactpersonenAsync([casus.AanbiederId], cancellationToken),
                    $"De evaluatie van {casus.Kenmerk} is gestart (evaluatiedatum {evaluatie.Evaluatiedatum:d-M-yyyy}). Plan het voorgesprek met het buurtteam en stuur de evaluatieoverdracht.");
            }
            return null;
        }, c => $"{c.Kenmerk} naar {c.Stap.Weergave()}", cancellationToken);
        if (uitkomst.Gelukt && evaluatieGeopend)
        {
            metingen.EvaluatieGeopend(PortalMetingen.DoorRegievoerder);
        }
        return uitkomst;
    }

    public Task<Uitkomst<CasusDetail>> BewaarPlanAsync(Actor actor, int casusId, PlanInvoer invoer, Guid versie, CancellationToken cancellationToken = default) =>
        WijzigAsync(actor, casusId, versie, async (w, profiel) =>
        {
            var (db, casus) = (w.Db, w.Casus);
            if (!profiel.IsRegievoerder && !(profiel.IsAanbieder && casus.AanbiederId == profiel.OrganisatieId))
            {
                return "U kunt het ondersteuningsplan van deze casus niet invullen.";
            }
            if (Werkprocesregels.ToetsPlanInvullen(profiel.OrganisatieType, profiel.OrganisatieId, casus.AangemaaktDoorOrganisatieId) is { } fout)
            {
                return fout;
            }
            if (!Enum.IsDefined(invoer.Perceel) || !Enum.IsDefined(invoer.AanmeldingDoor) || !Enum.IsDefined(invoer.VraagverhelderingDoor)
                || !Enum.IsDefined(invoer.PlanDoor) || !Enum.IsDefined(invoer.EvaluatieDoor))
            {
                return "Kies een perceel en voor elk onderdeel wie het doet.";
            }
            // Only a date that is being changed is checked against today: an overdue plan can still be edited. The start
            // first: the default evaluatiedatum is computed from it (year 9999 plus one would not exist).
            var vandaag = WerkdagKalender.DagInAmsterdam(time.GetUtcNow());
            if (invoer.Startdatum != casus.Ondersteuningsplan?.Startdatum && DatumRegels.Startdatum(vandaag).Toets(invoer.Startdatum) is { } startFout)
            {
                return startFout;
            }
            var evaluatiedatum = invoer.Evaluatiedatum ?? (invoer.Startdatum is { } s ? Ondersteuningsplan.StandaardEvaluatiedatum(s) : null);
            if (Werkprocesregels.ToetsPlanDatums(invoer.Startdatum, evaluatiedatum) is { } datumFout)
            {
                return datumFout;
            }
            if (evaluatiedatum != casus.Ondersteuningsplan?.Evaluatiedatum
                && DatumRegels.Evaluatiedatum(invoer.Startdatum, vandaag).Toets(evaluatiedatum) is { } evaluatieFout)
            {
                return evaluatieFout;
            }
            if (invoer.LocatieId is { } locatieId)
            {
                var locatie = await db.Locaties.Where(l => l.Id == locatieId).Select(l => new { l.OrganisatieId }).FirstOrDefaultAsync(cancellationToken);
                if (locatie is null)
                {
                    return "Deze locatie bestaat niet.";
                }
                if (casus.AanbiederId is { } aanbiederId && locatie.OrganisatieId != aanbiederId)
                {
                    return "Deze locatie hoort niet bij de aanbieder van de casus.";
                }
            }
            var plan = casus.Ondersteuningsplan;
            if (plan is null)
            {
                plan = new Ondersteuningsplan { CasusId = casus.Id, AanbiederId = casus.AanbiederId };
                casus.Ondersteuningsplan = plan;
            }
            else if (plan.Status != PlanStatus.Concept)
            {
                var delen = PlanWijziging.WezenlijkeWijzigingen(plan, invoer.Perceel, plan.AanbiederId, invoer.LocatieId, invoer.Startdatum);
                if (plan.Status == PlanStatus.Beeindigd || delen.Count > 0)
                {
                    ZetTerugNaarConcept(w, plan, plan.Status == PlanStatus.Beeindigd ? "een nieuw plan na beëindiging" : string.Join(", ", delen) + " gewijzigd");
                }
            }
            if (plan.Evaluatiedatum is { } oudeDatum && evaluatiedatum != oudeDatum && plan.Status == PlanStatus.Akkoord)
            {
                w.Meld(await w.ContactpersonenAsync([casus.AanbiederId], cancellationToken),
                    $"De evaluatiedatum van {casus.Kenmerk} is gewijzigd naar {evaluatiedatum:d-M-yyyy}.");
            }
            plan.Perceel = invoer.Perceel;
            plan.LocatieId = invoer.LocatieId;
            plan.Startdatum = invoer.Startdatum;
            plan.Evaluatiedatum = evaluatiedatum;
            plan.AanmeldingDoor = invoer.AanmeldingDoor;
            plan.VraagverhelderingDoor = invoer.VraagverhelderingDoor;
            plan.PlanDoor = invoer.PlanDoor;
            plan.EvaluatieDoor = invoer.EvaluatieDoor;
            casus.Perceel = invoer.Perceel;
            w.Tijdlijn(profiel.IsAanbieder
                ? "Ondersteuningsplan bijgewerkt door de aanbieder (het buurtteam is op de hoogte gebracht)"
                : "Ondersteuningsplan bijgewerkt");
            if (profiel.IsAanbieder)
            {
                // Werkproces step 5: when an aanbieder fills in plan parts, the buurtteam is always informed.
                w.Meld([casus.RegievoerderId], $"De aanbieder heeft het ondersteuningsplan van {casus.Kenmerk} bijgewerkt.");
            }
            return null;
        }, c => $"{c.Kenmerk}: plan bijgewerkt", cancellationToken);

    /// <summary>Registers (gegeven = true) or withdraws the Amsterdammer's toestemming; withdrawing is possible at any time.</summary>
    public Task<Uitkomst<CasusDetail>> ToestemmingAsync(Actor actor, int casusId, bool gegeven, Guid versie, CancellationToken cancellationToken = default) =>
        WijzigAsync(actor, casusId, versie, (w, profiel) =>
        {
            var (db, casus) = (w.Db, w.Casus);
            if (!profiel.IsRegievoerder)
            {
                return Task.FromResult<string?>("Alleen het buurtteam registreert de toestemming van de Amsterdammer.");
            }
            if (casus.Ondersteuningsplan is not { } plan)
            {
                return Task.FromResult<string?>("Maak eerst het ondersteuningsplan aan; de toestemming hoort bij het plan.");
            }
            var nu = time.GetUtcNow();
            if (gegeven)
            {
                if (plan.HeeftToestemming)
                {
                    return Task.FromResult<string?>("De toestemming is al geregistreerd.");
                }
                plan.ToestemmingGegevenOp = nu;
                plan.ToestemmingIngetrokkenOp = null;
                w.Tijdlijn("Toestemming van de Amsterdammer geregistreerd");
            }
            else
            {
                if (!plan.HeeftToestemming)
                {
                    return Task.FromResult<string?>("Er is geen geldige toestemming om in te trekken.");
                }
                plan.ToestemmingIngetrokkenOp = nu;
                w.Tijdlijn("Toestemming ingetrokken door de Amsterdammer");
            }
            return Task.FromResult<string?>(null);
        }, c => $"{c.Kenmerk}: toestemming {(gegeven ? "gegeven" : "ingetrokken")}", cancellationToken);

    /// <summary>Records that the regievoerder consulted the aanbieder (needed before akkoord).</summary>
    public Task<Uitkomst<CasusDetail>> AanbiederGeraadpleegdAsync(Actor actor, int casusId, Guid versie, CancellationToken cancellationToken = default) =>
        WijzigAsync(actor, casusId, versie, (w, profiel) =>
        {
            var (db, casus) = (w.Db, w.Casus);
            if (!profiel.IsRegievoerder)
            {
                return Task.FromResult<string?>("Alleen de regievoerder legt vast dat de aanbieder is geraadpleegd.");
            }
            if (casus.Ondersteuningsplan is not { } plan || casus.AanbiederId is null)
            {
                return Task.FromResult<string?>("Kies eerst een aanbieder en maak het ondersteuningsplan aan.");
            }
            plan.AanbiederGeraadpleegdOp = time.GetUtcNow();
            w.Tijdlijn("Aanbieder geraadpleegd over het ondersteuningsplan");
            return Task.FromResult<string?>(null);
        }, c => $"{c.Kenmerk}: aanbieder geraadpleegd", cancellationToken);

    /// <summary>Sets the plan to akkoord: only the regievoerder of the casus, with toestemming and consultation.</summary>
    public Task<Uitkomst<CasusDetail>> StelPlanVastAsync(Actor actor, int casusId, Guid versie, CancellationToken cancellationToken = default) =>
        WijzigAsync(actor, casusId, versie, (w, profiel) =>
        {
            var (db, casus) = (w.Db, w.Casus);
            var fout = Werkprocesregels.ToetsVaststellen(profiel.IsRegievoerder && casus.RegievoerderId == profiel.MedewerkerId)
                ?? (casus.Ondersteuningsplan is { } p ? Werkprocesregels.ToetsPlanAkkoord(p) : "Maak eerst het ondersteuningsplan aan.");
            if (fout is not null)
            {
                return Task.FromResult<string?>(fout);
            }
            casus.Ondersteuningsplan!.Status = PlanStatus.Akkoord;
            casus.Ondersteuningsplan.AkkoordOp = time.GetUtcNow();
            w.Tijdlijn("Ondersteuningsplan akkoord");
            return Task.FromResult<string?>(null);
        }, c => $"{c.Kenmerk}: plan akkoord", cancellationToken);

    /// <summary>A signal from the aanbieder (or the buurtteam): a temporary stop sets the flag, hervat clears it.</summary>
    public Task<Uitkomst<CasusDetail>> SignaleerAsync(Actor actor, int casusId, SignaalSoort soort, string? toelichting, Guid versie, CancellationToken cancellationToken = default) =>
        WijzigAsync(actor, casusId, versie, (w, profiel) =>
        {
            var (db, casus) = (w.Db, w.Casus);
            if (!profiel.IsRegievoerder && !(profiel.IsAanbieder && casus.AanbiederId == profiel.OrganisatieId))
            {
                return Task.FromResult<string?>("Alleen de aanbieder van de casus en het buurtteam geven signalen.");
            }
            if (Werkprocesregels.ToetsSignaal(casus.Stap, soort, casus.TijdelijkGestopt) is { } fout)
            {
                return Task.FromResult<string?>(fout);
            }
            var tekst = string.IsNullOrWhiteSpace(toelichting) ? null : toelichting.Trim();
            if (tekst is { Length: > SignaalMaxLengte })
            {
                return Task.FromResult<string?>($"De toelichting is te lang (hoogstens {SignaalMaxLengte} tekens).");
            }
            if (Invoertekst.Fout(tekst, "De toelichting") is { } tekenFout)
            {
                return Task.FromResult<string?>(tekenFout);
            }
            if (tekst is not null && Domain.Anonimiteit.AnonimiteitsControle.Controleer(tekst).Count > 0)
            {
                return Task.FromResult<string?>("De toelichting bevat gegevens die iemand kunnen herkennen (naam, BSN, adres, telefoon…). Houd het kort en zonder persoonsgegevens.");
            }
            casus.Signalen.Add(new Signaal { CasusId = casus.Id, Soort = soort, Op = time.GetUtcNow(), DoorMedewerkerId = profiel.MedewerkerId, Toelichting = tekst });
            casus.TijdelijkGestopt = soort switch
            {
                SignaalSoort.TijdelijkeStop => true,
                SignaalSoort.Hervat => false,
                _ => casus.TijdelijkGestopt,
            };
            w.Tijdlijn($"Signaal: {SignaalWeergave(soort)}");
            if (!profiel.IsRegievoerder)
            {
                // Werkproces: the aanbieder informs the regievoerder of a stop, a worry or uitval.
                w.Meld([casus.RegievoerderId], $"Signaal van de aanbieder bij {casus.Kenmerk}: {SignaalWeergave(soort)}.");
            }
            return Task.FromResult<string?>(null);
        }, c => $"{c.Kenmerk}: signaal", cancellationToken);

    /// <summary>Hands the regie to another buurtteam employee (warm handover: old and new regievoerder are notified).</summary>
    public Task<Uitkomst<CasusDetail>> WijsRegievoerderToeAsync(Actor actor, int casusId, int medewerkerId, Guid versie, CancellationToken cancellationToken = default) =>
        WijzigAsync(actor, casusId, versie, async (w, profiel) =>
        {
            var (db, casus) = (w.Db, w.Casus);
            if (!profiel.IsRegievoerder)
            {
                return "Alleen een regievoerder van het buurtteam draagt de regie over.";
            }
            if (casus.RegievoerderId == medewerkerId)
            {
                return "Deze medewerker is al de regievoerder.";
            }
            var nieuw = await db.Medewerkers.Where(m => m.Id == medewerkerId)
                .Select(m => new { m.Id, m.Naam, m.Actief, m.Organisatie!.Type }).FirstOrDefaultAsync(cancellationToken);
            if (nieuw is null)
            {
                return "Deze medewerker bestaat niet.";
            }
            if (Werkprocesregels.ToetsRegievoerder(nieuw.Type, nieuw.Actief) is { } fout)
            {
                return fout;
            }
            var oud = casus.RegievoerderId;
            casus.RegievoerderId = nieuw.Id;
            w.Tijdlijn($"Regie overgedragen aan {nieuw.Naam} (warme overdracht)");
            w.Meld([oud, nieuw.Id, .. await w.ContactpersonenAsync([casus.AanbiederId], cancellationToken)],
                $"Warme overdracht: de regie over {casus.Kenmerk} gaat naar {nieuw.Naam}.");
            return null;
        }, c => $"{c.Kenmerk}: andere regievoerder", cancellationToken);

    /// <summary>Sets or changes the aanbieder (warm handover: contact persons of old and new aanbieder are notified).</summary>
    public Task<Uitkomst<CasusDetail>> WijsAanbiederToeAsync(Actor actor, int casusId, int aanbiederId, Guid versie, CancellationToken cancellationToken = default) =>
        WijzigAsync(actor, casusId, versie, async (w, profiel) =>
        {
            var (db, casus) = (w.Db, w.Casus);
            if (!profiel.IsRegievoerder)
            {
                return "Alleen de regievoerder bepaalt welke aanbieder inzet levert.";
            }
            if (casus.AanbiederId == aanbiederId)
            {
                return "Deze aanbieder is al gekozen.";
            }
            var nieuw = await db.Organisaties.Where(o => o.Id == aanbiederId)
                .Select(o => new { o.Id, o.Naam, o.Type, o.Actief }).FirstOrDefaultAsync(cancellationToken);
            if (nieuw is null)
            {
                return "Deze aanbieder bestaat niet.";
            }
            if (Werkprocesregels.ToetsAanbieder(nieuw.Type, nieuw.Actief) is { } fout)
            {
                return fout;
            }
            var oud = casus.AanbiederId;
            casus.AanbiederId = nieuw.Id;
            if (casus.Ondersteuningsplan is { } plan)
            {
                plan.AanbiederId = nieuw.Id;
                plan.LocatieId = null;
                // The consultation was with the previous aanbieder.
                plan.AanbiederGeraadpleegdOp = null;
                if (plan.Status == PlanStatus.Akkoord)
                {
                    ZetTerugNaarConcept(w, plan, "aanbieder gewijzigd");
                }
            }
            w.Tijdlijn($"Aanbieder gewijzigd naar {nieuw.Naam} (warme overdracht)");
            var organisaties = oud is { } o ? new[] { o, nieuw.Id } : [nieuw.Id];
            var contactpersonen = await db.Medewerkers
                .Where(m => m.Actief && organisaties.Contains(m.OrganisatieId) && m.Functie == Functie.AanbiederContactpersoon)
                .Select(m => m.Id).ToListAsync(cancellationToken);
            w.Meld([casus.RegievoerderId, .. contactpersonen], $"Warme overdracht: {casus.Kenmerk} gaat naar aanbieder {nieuw.Naam}.");
            return null;
        }, c => $"{c.Kenmerk}: andere aanbieder", cancellationToken);

    /// <summary>Registers a new casus in Aanmelding (by a regievoerder, or by an aanbieder where the Amsterdammer reported).</summary>
    public async Task<Uitkomst<int>> MaakAanAsync(Actor actor, NieuweCasus invoer, CancellationToken cancellationToken = default)
    {
        if (Werkprocesregels.ToetsKenmerk(invoer.Kenmerk) is { } kenmerkFout)
        {
            return Uitkomst<int>.Geweigerd(kenmerkFout);
        }
        if (invoer.Perceel is { } perceel && !Enum.IsDefined(perceel))
        {
            return Uitkomst<int>.Geweigerd("Kies een bestaand perceel.");
        }
        var kenmerk = invoer.Kenmerk.Trim();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var profiel = await ProfielAsync(db, actor, cancellationToken);
        if (profiel is null || !profiel.MagCasusAanmaken || profiel.ZichtOp(invoer.StadsdeelId) != Zicht.Kaarten)
        {
            return Uitkomst<int>.Geweigerd("U kunt in dit stadsdeel geen casus aanmaken.");
        }
        var regievoerderId = profiel.IsRegievoerder ? invoer.RegievoerderId ?? profiel.MedewerkerId : invoer.RegievoerderId;
        if (regievoerderId is null)
        {
            return Uitkomst<int>.Geweigerd("Kies de regievoerder bij het buurtteam (de regie ligt altijd bij het buurtteam).");
        }
        var regievoerder = await db.Medewerkers.Where(m => m.Id == regievoerderId)
            .Select(m => new { m.Actief, m.Organisatie!.Type }).FirstOrDefaultAsync(cancellationToken);
        if (regievoerder is null)
        {
            return Uitkomst<int>.Geweigerd("Deze regievoerder bestaat niet.");
        }
        if (Werkprocesregels.ToetsRegievoerder(regievoerder.Type, regievoerder.Actief) is { } regieFout)
        {
            return Uitkomst<int>.Geweigerd(regieFout);
        }
        var aanbiederId = profiel.IsAanbieder ? profiel.OrganisatieId : invoer.AanbiederId;
        if (aanbiederId is { } a && !profiel.IsAanbieder)
        {
            var aanbieder = await db.Organisaties.Where(o => o.Id == a).Select(o => new { o.Type, o.Actief }).FirstOrDefaultAsync(cancellationToken);
            if (aanbieder is null || Werkprocesregels.ToetsAanbieder(aanbieder.Type, aanbieder.Actief) is not null)
            {
                return Uitkomst<int>.Geweigerd("Kies als aanbieder een actieve aanbieder van dagbesteding.");
            }
        }
        if (await KenmerkBestaatAsync(db, invoer.StadsdeelId, kenmerk, cancellationToken))
        {
            return Uitkomst<int>.Geweigerd(KenmerkBestaatFout);
        }

        var nu = time.GetUtcNow();
        var casus = new Casus
        {
            StadsdeelId = invoer.StadsdeelId,
            Kenmerk = kenmerk,
            Stap = WerkprocesStap.Aanmelding,
            InStapSinds = nu,
            AangemaaktOp = nu,
            RegievoerderId = regievoerderId.Value,
            AanbiederId = aanbiederId,
            AangemaaktDoorOrganisatieId = profiel.OrganisatieId,
            Perceel = invoer.Perceel,
            Spoed = invoer.Spoed,
        };
        db.Casussen.Add(casus);
        casus.StapWissels.Add(new CasusStapWissel { Casus = casus, StadsdeelId = casus.StadsdeelId, Naar = WerkprocesStap.Aanmelding, Op = nu });
        var w = Wijziging(db, casus, profiel);
        w.Tijdlijn(profiel.IsAanbieder ? "Aangemeld bij de aanbieder" : "Aangemeld bij het buurtteam");
        CasusKaart? kaart;
        await using (var transactie = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Two people registered the same kenmerk at the same moment: both passed the check above and the unique
                // index let one in. The other hears what the check would have said; nothing of theirs was saved.
                if (await KenmerkBestaatAsync(null, invoer.StadsdeelId, kenmerk, cancellationToken))
                {
                    return Uitkomst<int>.Geweigerd(KenmerkBestaatFout);
                }
                throw;
            }
            audit.Schrijf(db, actor, AuditActie.Aangemaakt, AuditLog.Casus, casus.Id);
            if (profiel.IsAanbieder)
            {
                w.Meld([casus.RegievoerderId], $"Nieuwe aanmelding {casus.Kenmerk} bij de aanbieder: bespreek de rolverdeling.");
            }
            await db.SaveChangesAsync(cancellationToken);
            kaart = await KaartVoorIedereenAsync(db, casus.Id, cancellationToken);
            await transactie.CommitAsync(cancellationToken);
        }
        Publiceer(db, casus.StadsdeelId, casus.Id, $"Nieuwe casus {casus.Kenmerk}", actor.MedewerkerId, vorige: null, kaart);
        return Uitkomst<int>.Klaar(casus.Id);
    }

    public const string KenmerkBestaatFout = "Er is in dit stadsdeel al een casus met dit kenmerk.";

    /// <summary>Whether the kenmerk is taken in the stadsdeel; without a context it asks a fresh one (after a failed save).</summary>
    private async Task<bool> KenmerkBestaatAsync(PortalDbContext? db, int stadsdeelId, string kenmerk, CancellationToken cancellationToken)
    {
        await using var eigen = db is null ? await dbFactory.CreateDbContextAsync(cancellationToken) : null;
        return await (db ?? eigen!).Casussen.AnyAsync(c => c.StadsdeelId == stadsdeelId && c.Kenmerk == kenmerk, cancellationToken);
    }

    // ---------------------------------------------------------------- internals

    /// <summary>
    /// A change of a casus written outside this class (the evaluation flow): it takes the same path as every
    /// change here — access, version check, timeline, audit, evaluation planning, meldingen and the board event.
    /// </summary>
    public Task<Uitkomst<CasusDetail>> WijzigCasusAsync(
        Actor actor, int casusId, Guid versie, Func<CasusWijziging, Task<string?>> wijziging, Func<Casus, string> samenvatting,
        CancellationToken cancellationToken = default, [CallerMemberName] string handeling = "") =>
        WijzigAsync(actor, casusId, versie, (w, _) => wijziging(w), samenvatting, cancellationToken, handeling);

    /// <summary>
    /// The one path every change takes: load the visible casus, refuse a stale version with the latest state,
    /// apply the change, derive the plan's evaluation, save change + timeline + audit in one go (the concurrency
    /// token guards the race between load and save), then notify, publish and (re)schedule the evaluation job.
    /// </summary>
    private async Task<Uitkomst<CasusDetail>> WijzigAsync(
        Actor actor,
        int casusId,
        Guid versie,
        Func<CasusWijziging, Toegangscontext, Task<string?>> wijziging,
        Func<Casus, string> samenvatting,
        CancellationToken cancellationToken,
        [CallerMemberName] string handeling = "")
    {
        // Which change (the public method's name, e.g. "bewaar-plan", "uitkomst"): the audit line says what part of the
        // casus (plan, evaluation, signal) was changed without any of its text.
        var wat = AuditLog.Handeling(handeling);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var profiel = await ProfielAsync(db, actor, cancellationToken);
        var casus = profiel is null ? null : await Zichtbaar(db, profiel).Where(c => c.Id == casusId)
            .Include(c => c.Ondersteuningsplan).FirstOrDefaultAsync(cancellationToken);
        if (profiel is null || casus is null)
        {
            if (await db.Casussen.AnyAsync(c => c.Id == casusId, cancellationToken))
            {
                audit.Weiger(db, actor, AuditActie.Gewijzigd, AuditLog.Casus, casusId, $"{wat} zonder toegang");
                await db.SaveChangesAsync(cancellationToken);
            }
            return Uitkomst<CasusDetail>.Geweigerd(GeenToegangFout);
        }
        if (casus.Versie != versie)
        {
            return await VerouderdAsync(profiel, casusId, cancellationToken);
        }

        // The card before the change, read on this connection right after loading: the board event says what it was.
        var vorige = await KaartVoorIedereenAsync(db, casusId, cancellationToken);
        if (vorige?.Versie != casus.Versie)
        {
            return await VerouderdAsync(profiel, casusId, cancellationToken);
        }
        var w = Wijziging(db, casus, profiel);
        if (await wijziging(w, profiel) is { } fout)
        {
            return new Uitkomst<CasusDetail>(await DetailZonderAuditAsync(profiel, casusId, cancellationToken), fout, []);
        }

        // Every change renews the casus Versie (also a plan-only change), checked against the one the user saw.
        db.Entry(casus).Property(c => c.Versie).OriginalValue = versie;
        db.Entry(casus).Property(c => c.Versie).IsModified = true;
        audit.Schrijf(db, actor, AuditActie.Gewijzigd, AuditLog.Casus, casusId, $"{wat}");
        CasusKaart? kaart;
        EvaluatieNaCommit? planning;
        try
        {
            // The card after the change is read inside the same transaction, so it is exactly this change's result
            // (not a later one by someone else): boards can chain the events.
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            planning = await BewaarMetPlanningAsync(w, cancellationToken);
            kaart = await KaartVoorIedereenAsync(db, casusId, cancellationToken);
            await transactie.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return await VerouderdAsync(profiel, casusId, cancellationToken);
        }

        Publiceer(db, casus.StadsdeelId, casus.Id, samenvatting(casus), actor.MedewerkerId, vorige, kaart);
        // After the commit, like the push: schedules, moves or cancels the job, or opens an evaluation that is due.
        await evaluaties.NaCommitAsync(planning, cancellationToken);
        return Uitkomst<CasusDetail>.Klaar((await DetailZonderAuditAsync(profiel, casusId, cancellationToken))!);
    }

    /// <summary>
    /// A change by the portal itself (a background job: an evaluation opens, the reconcile job repairs a plan's
    /// evaluation). The whole change runs in one transaction, so a conditional claim inside <paramref name="wijziging"/>
    /// and the change it guards commit together. <paramref name="wijziging"/> returns false when there is nothing to do
    /// (another node was first); null means: only re-derive the plan's evaluation. Retried when a person changed the
    /// casus at the same moment. True when something was saved.
    /// </summary>
    public async Task<bool> WijzigDoorSysteemAsync(string taak, int casusId, Func<CasusWijziging, Task<bool>>? wijziging, Func<Casus, string> samenvatting, CancellationToken cancellationToken = default)
    {
        for (var poging = 1; ; poging++)
        {
            try
            {
                return await WijzigDoorSysteemEenmaalAsync(taak, casusId, wijziging, samenvatting, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (poging < 3)
            {
            }
        }
    }

    private async Task<bool> WijzigDoorSysteemEenmaalAsync(string taak, int casusId, Func<CasusWijziging, Task<bool>>? wijziging, Func<Casus, string> samenvatting, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        EvaluatieNaCommit? planning;
        CasusKaart? vorige;
        CasusKaart? kaart;
        Casus? casus;
        await using (var transactie = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            casus = await db.Casussen.Include(c => c.Ondersteuningsplan).FirstOrDefaultAsync(c => c.Id == casusId, cancellationToken);
            if (casus is null)
            {
                return false;
            }
            vorige = await KaartVoorIedereenAsync(db, casusId, cancellationToken);
            var w = new CasusWijziging(db, casus, medewerkerId: null, organisatieId: null, isRegievoerder: false, isAanbieder: false, time.GetUtcNow());
            if (wijziging is not null && !await wijziging(w))
            {
                return false;
            }
            casus.Versie = Guid.NewGuid();
            planning = await BewaarMetPlanningAsync(w, cancellationToken);
            if (wijziging is null && planning is null)
            {
                return false; // nothing was wrong with the plan's evaluation: roll back the version bump
            }
            kaart = await KaartVoorIedereenAsync(db, casusId, cancellationToken);
            audit.SchrijfTaak(db, taak, AuditActie.Gewijzigd, AuditLog.Casus, casusId);
            await db.SaveChangesAsync(cancellationToken);
            await transactie.CommitAsync(cancellationToken);
        }
        Publiceer(db, casus.StadsdeelId, casus.Id, samenvatting(casus), doorMedewerkerId: null, vorige, kaart);
        await evaluaties.NaCommitAsync(planning, cancellationToken);
        return true;
    }

    private async Task<Uitkomst<CasusDetail>> VerouderdAsync(Toegangscontext profiel, int casusId, CancellationToken cancellationToken) =>
        new(await DetailZonderAuditAsync(profiel, casusId, cancellationToken), VerouderdFout, []);

    private async Task<CasusDetail?> DetailZonderAuditAsync(Toegangscontext profiel, int casusId, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await DetailAsync(db, profiel, casusId, cancellationToken);
    }

    private async Task<CasusDetail?> DetailAsync(PortalDbContext db, Toegangscontext profiel, int casusId, CancellationToken cancellationToken)
    {
        var kaart = (await KaartenAsync(Zichtbaar(db, profiel).Where(c => c.Id == casusId), cancellationToken)).FirstOrDefault();
        if (kaart is null)
        {
            return null;
        }
        var extra = await db.Casussen.Where(c => c.Id == casusId)
            .Select(c => new { c.AangemaaktDoorOrganisatieId, c.BronAdviesvraagId, BronAuteurId = c.BronAdviesvraag != null ? (int?)c.BronAdviesvraag.AuteurId : null })
            .SingleAsync(cancellationToken);
        var plan = await db.Ondersteuningsplannen.Where(p => p.CasusId == casusId)
            .Select(p => new PlanWeergave(p.Perceel, p.AanbiederId, p.Aanbieder != null ? p.Aanbieder.Naam : null, p.LocatieId,
                p.Locatie != null ? p.Locatie.Naam : null, p.Startdatum, p.Evaluatiedatum, p.Status, p.AkkoordOp, p.ToestemmingGegevenOp,
                p.ToestemmingIngetrokkenOp, p.AanbiederGeraadpleegdOp, p.AanmeldingDoor, p.VraagverhelderingDoor, p.PlanDoor, p.EvaluatieDoor))
            .FirstOrDefaultAsync(cancellationToken);
        var signalen = await db.Signalen.Where(s => s.CasusId == casusId).OrderByDescending(s => s.Id)
            .Select(s => new SignaalRegel(s.Id, s.Soort, s.Op, s.DoorMedewerker!.Naam, s.Toelichting)).ToListAsync(cancellationToken);
        var tijdlijn = await db.CasusGebeurtenissen.Where(g => g.CasusId == casusId).OrderByDescending(g => g.Id).Take(200)
            .Select(g => new TijdlijnRegel(g.Op, g.Medewerker != null ? g.Medewerker.Naam : null, g.Omschrijving)).ToListAsync(cancellationToken);
        var evaluatie = await db.Evaluaties.Where(e => e.Ondersteuningsplan!.CasusId == casusId)
            .OrderBy(e => e.AfgerondOp == null ? 0 : 1).ThenByDescending(e => e.Id)
            .Select(e => new EvaluatieWeergave(e.Id, e.Evaluatiedatum, e.StartOp, e.GeopendOp, e.VoorgesprekOp, e.RegievoerderBijEvaluatiegesprek,
                e.OverdrachtOntvangenOp, e.DoelenBereikt, e.WatWerkte, e.Advies, e.Uitkomst, e.AfgerondOp))
            .FirstOrDefaultAsync(cancellationToken);
        var eigenAanbieder = profiel.IsAanbieder && kaart.AanbiederId == profiel.OrganisatieId;
        var evaluatieOpen = evaluatie?.IsOpen == true;
        var rechten = new CasusRechten(
            Verplaatsen: profiel.IsRegievoerder,
            PlanInvullen: profiel.IsRegievoerder || (eigenAanbieder && extra.AangemaaktDoorOrganisatieId == profiel.OrganisatieId),
            Vaststellen: profiel.IsRegievoerder && kaart.RegievoerderId == profiel.MedewerkerId,
            Toestemming: profiel.IsRegievoerder,
            Signaleren: profiel.IsRegievoerder || eigenAanbieder,
            Toewijzen: profiel.IsRegievoerder,
            Voorgesprek: evaluatieOpen && (profiel.IsRegievoerder || eigenAanbieder),
            Overdracht: evaluatieOpen && eigenAanbieder,
            Uitkomst: evaluatieOpen && profiel.IsRegievoerder && kaart.RegievoerderId == profiel.MedewerkerId);
        // The link to the source adviesvraag is shown only to the one who asked it.
        var bron = extra.BronAuteurId == profiel.MedewerkerId ? extra.BronAdviesvraagId : null;
        return new CasusDetail(kaart, plan, signalen, tijdlijn, bron, rechten, evaluatie)
        {
            Besprekingen = await Netwerk.Overleg.OverlegService.BesprekingenAsync(db, null, kaart.Id, cancellationToken),
        };
    }

    /// <summary>
    /// Saves the change, then derives the plan's evaluation from what was just saved and saves that too, inside the
    /// caller's transaction: a change that ends one evaluation (an uitkomst) and the planning of the next are
    /// written in that order, so the one-open-evaluation-per-plan index never sees two.
    /// </summary>
    private async Task<EvaluatieNaCommit?> BewaarMetPlanningAsync(CasusWijziging w, CancellationToken cancellationToken)
    {
        LegStapwisselVast(w);
        await w.Db.SaveChangesAsync(cancellationToken);
        var planning = await evaluaties.PlanAsync(w, cancellationToken);
        if (planning is not null)
        {
            await w.Db.SaveChangesAsync(cancellationToken);
        }
        return planning;
    }

    /// <summary>
    /// Every change of step, whichever rule made it (a move, bijsturen, an evaluation that opened, an uitkomst), is
    /// stored once as a step change: the dashboard's flow is counted from these, not from timeline text.
    /// </summary>
    private static void LegStapwisselVast(CasusWijziging w)
    {
        var stap = w.Db.Entry(w.Casus).Property(c => c.Stap);
        if (stap.OriginalValue != stap.CurrentValue)
        {
            w.Db.CasusStapWissels.Add(new CasusStapWissel
            {
                CasusId = w.Casus.Id,
                StadsdeelId = w.Casus.StadsdeelId,
                Van = stap.OriginalValue,
                Naar = stap.CurrentValue,
                Op = w.Nu,
            });
        }
    }

    /// <summary>A material change of an akkoord plan: concept again, and everyone who relied on it is told.</summary>
    private static void ZetTerugNaarConcept(CasusWijziging w, Ondersteuningsplan plan, string reden)
    {
        PlanWijziging.TerugNaarConcept(plan);
        w.Tijdlijn($"Ondersteuningsplan terug naar concept ({reden}): akkoord vraagt opnieuw toestemming en raadpleging van de aanbieder");
        if (w.Casus.Stap is WerkprocesStap.Beschikken or WerkprocesStap.LeverenInzet)
        {
            // Tussentijds bijsturen: the casus goes back to the plan step until it is akkoord again.
            w.Tijdlijn($"Verplaatst van {w.Casus.Stap.Weergave()} naar {WerkprocesStap.Ondersteuningsplan.Weergave()} (bijsturen)");
            w.Casus.Stap = WerkprocesStap.Ondersteuningsplan;
            w.Casus.InStapSinds = w.Nu;
        }
    }

    private CasusWijziging Wijziging(PortalDbContext db, Casus casus, Toegangscontext profiel) =>
        new(db, casus, profiel.MedewerkerId, profiel.OrganisatieId, profiel.IsRegievoerder, profiel.IsAanbieder, time.GetUtcNow());

    /// <summary>
    /// After the commit: the meldingen this context just stored (ids are known after the save), and the board event
    /// with the card before and after the change (read in the change's own transaction) for every open board.
    /// </summary>
    private void Publiceer(PortalDbContext db, int stadsdeelId, int casusId, string samenvatting, int? doorMedewerkerId, CasusKaart? vorige, CasusKaart? kaart)
    {
        melder.NaCommit(db.ChangeTracker.Entries<Melding>().Select(e => e.Entity).ToList());
        publisher.Publiceer(new BordGebeurtenis(stadsdeelId, casusId, samenvatting, time.GetUtcNow(), doorMedewerkerId, kaart, vorige));
    }

    /// <summary>One card as every viewer with access sees it (no per-viewer fields): the payload of a board event.</summary>
    private async Task<CasusKaart?> KaartVoorIedereenAsync(PortalDbContext db, int casusId, CancellationToken cancellationToken) =>
        (await KaartenAsync(db.Casussen.AsNoTracking().Where(c => c.Id == casusId), cancellationToken)).FirstOrDefault();

    private static CasusToestand Toestand(Casus casus) =>
        new(casus.Stap, casus.Spoed, casus.Ondersteuningsplan?.Status, casus.Ondersteuningsplan?.HeeftToestemming ?? false);

    public static string SignaalWeergave(SignaalSoort soort) => soort switch
    {
        SignaalSoort.TijdelijkeStop => "tijdelijke stop",
        SignaalSoort.Hervat => "levering hervat",
        SignaalSoort.Zorg => "zorg over de inzet",
        SignaalSoort.Uitval => "uitval",
        _ => soort.ToString(),
    };

    private static IQueryable<Casus> BordQuery(PortalDbContext db, Toegangscontext profiel, int stadsdeelId, Zicht zicht)
    {
        var query = db.Casussen.Where(c => c.StadsdeelId == stadsdeelId);
        return zicht == Zicht.Kaarten && !profiel.IsBuurtteamlid
            ? query.Where(c => c.AanbiederId == profiel.OrganisatieId)
            : query;
    }

    /// <summary>The cases whose details this profile may see (also for the casuïstiekoverleg's agenda).</summary>
    internal static IQueryable<Casus> Zichtbaar(PortalDbContext db, Toegangscontext profiel)
    {
        var stadsdelen = profiel.KaartStadsdelen.ToList();
        var query = db.Casussen.Where(c => stadsdelen.Contains(c.StadsdeelId));
        if (profiel.IsBuurtteamlid)
        {
            return query;
        }
        return profiel.IsAanbieder ? query.Where(c => c.AanbiederId == profiel.OrganisatieId) : query.Where(c => false);
    }

    private IQueryable<Casus> Gefilterd(IQueryable<Casus> query, Toegangscontext profiel, BordFilter filter)
    {
        if (filter.Mijn)
        {
            query = profiel.IsBuurtteamlid
                ? query.Where(c => c.RegievoerderId == profiel.MedewerkerId)
                : query.Where(c => c.AangemaaktDoorOrganisatieId == profiel.OrganisatieId);
        }
        if (filter.Perceel is { } perceel)
        {
            query = query.Where(c => c.Perceel == perceel);
        }
        if (filter.AanbiederId is { } aanbiederId)
        {
            query = query.Where(c => c.AanbiederId == aanbiederId);
        }
        if (filter.RegievoerderId is { } regievoerderId)
        {
            query = query.Where(c => c.RegievoerderId == regievoerderId);
        }
        if (filter.Spoed is { } spoed)
        {
            query = query.Where(c => c.Spoed == spoed);
        }
        if (filter.EvaluatieAanDeBeurt)
        {
            var grens = BordFilter.EvaluatieGrens(time.GetUtcNow());
            query = query.Where(c => c.Stap != WerkprocesStap.Gestopt && c.Ondersteuningsplan != null
                && c.Ondersteuningsplan.Evaluatiedatum != null && c.Ondersteuningsplan.Evaluatiedatum <= grens);
        }
        return query;
    }

    /// <summary>Longest in the step first: what waits longest needs attention first.</summary>
    private static IQueryable<Casus> Geordend(IQueryable<Casus> query) => query.OrderBy(c => c.InStapSinds).ThenBy(c => c.Id);

    private sealed record KaartRij(
        int Id, int StadsdeelId, string Kenmerk, WerkprocesStap Stap, Perceel? Perceel, int RegievoerderId, string Regievoerder,
        int? AanbiederId, string? Aanbieder, bool Spoed, bool TijdelijkGestopt, DateTimeOffset InStapSinds, PlanStatus? Status,
        DateTimeOffset? ToestemmingGegevenOp, DateTimeOffset? ToestemmingIngetrokkenOp, DateOnly? Startdatum, DateOnly? Evaluatiedatum, Guid Versie,
        int AangemaaktDoorOrganisatieId, DateOnly? EvaluatieStart);

    private async Task<IReadOnlyList<CasusKaart>> KaartenAsync(IQueryable<Casus> query, CancellationToken cancellationToken)
    {
        var rijen = await query.Select(c => new KaartRij(
                c.Id, c.StadsdeelId, c.Kenmerk, c.Stap, c.Perceel, c.RegievoerderId, c.Regievoerder!.Naam,
                c.AanbiederId, c.Aanbieder != null ? c.Aanbieder.Naam : null, c.Spoed, c.TijdelijkGestopt, c.InStapSinds,
                c.Ondersteuningsplan != null ? c.Ondersteuningsplan.Status : null,
                c.Ondersteuningsplan != null ? c.Ondersteuningsplan.ToestemmingGegevenOp : null,
                c.Ondersteuningsplan != null ? c.Ondersteuningsplan.ToestemmingIngetrokkenOp : null,
                c.Ondersteuningsplan != null ? c.Ondersteuningsplan.Startdatum : null,
                c.Ondersteuningsplan != null ? c.Ondersteuningsplan.Evaluatiedatum : null,
                c.Versie,
                c.AangemaaktDoorOrganisatieId,
                c.Ondersteuningsplan != null
                    ? c.Ondersteuningsplan.Evaluaties.Where(e => e.AfgerondOp == null).Select(e => (DateOnly?)e.StartOp).FirstOrDefault()
                    : null))
            .ToListAsync(cancellationToken);
        var nu = time.GetUtcNow();
        return rijen.Select(r =>
        {
            var toestand = new CasusToestand(r.Stap, r.Spoed, r.Status, r.ToestemmingGegevenOp is not null && r.ToestemmingIngetrokkenOp is null);
            var volgende = Werkprocesregels.VolgendeDatum(r.Stap, r.Startdatum, r.Evaluatiedatum, r.EvaluatieStart);
            return new CasusKaart(r.Id, r.StadsdeelId, r.Kenmerk, r.Stap, r.Perceel, r.RegievoerderId, r.Regievoerder, r.AanbiederId, r.Aanbieder,
                r.Spoed, r.TijdelijkGestopt, Werkprocesregels.LeveringOpEigenRisico(toestand), r.ToestemmingIngetrokkenOp is not null,
                Math.Max(0, (int)(nu - r.InStapSinds).TotalDays), volgende?.Omschrijving, volgende?.Datum, r.Versie,
                r.AangemaaktDoorOrganisatieId, r.Evaluatiedatum, r.InStapSinds);
        }).ToList();
    }

    // ---------------------------------------------------------------- who is asking

    /// <summary>The actor's access now (the one access context), or null when they have none.</summary>
    private static async Task<Toegangscontext?> ProfielAsync(PortalDbContext db, Actor actor, CancellationToken cancellationToken)
    {
        var toegang = await Toegangscontext.LeesAsync(db, actor, cancellationToken);
        return toegang.IsBekend ? toegang : null;
    }
}
