using System.Diagnostics;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Domain.Werkdagen;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Bench.Dashboard;

/// <summary>What was put in the database, and how long each part took.</summary>
internal sealed record Vulresultaat(
    int Leden, int Vragen, int Reacties, int Aanbiedingen, int Casussen, int Wissels, int Evaluaties,
    TimeSpan LedenDuur, TimeSpan VragenDuur, TimeSpan CasussenDuur);

/// <summary>
/// Fills West with a year of network traffic and three years of casussen, straight into the tables (no services, no
/// audit, no anonymity check): the dashboard reads only the stored facts, and those are filled as the app fills them —
/// deadline and warning from the working-day calendar, first reply and its working time on the question, per reply
/// <see cref="Reactie.WerktijdSindsVraag"/> and <see cref="Reactie.AuteurOrganisatieId"/>, one
/// <see cref="CasusStapWissel"/> per change of step, evaluations that open six weeks before their date.
/// Fills up to the requested numbers, so a second run on the same database adds nothing.
/// </summary>
internal sealed class Vulling(IDbContextFactory<PortalDbContext> dbFactory, WerkdagKalender kalender, DateTimeOffset nu, int west)
{
    private const int Batch = 500;
    private readonly Random _random = new(2026);

    private static readonly string[] VraagTeksten =
    [
        "Wie heeft plek voor iemand van middelbare leeftijd die graag met hout werkt? Vervoer is nodig.",
        "Zoeken een rustige groep met structuur, twee ochtenden per week, liefst dichtbij.",
        "Wie kent een prikkelarme plek met zelfstandig werk, bijvoorbeeld in een drukkerij of met fietsen?",
        "Zoeken iets creatiefs, atelier of textiel, met een vaste begeleider.",
        "Werkgerichte dagbesteding gezocht richting logistiek of magazijn, Meewerken-plus.",
    ];

    private static readonly string[] ReactieTeksten =
    [
        "Bij ons kan dat, we hebben een kleine groep en vaste begeleiders. Bel gerust voor een kennismaking.",
        "Wij hebben nu helaas een wachtlijst, maar probeer het eens bij een zorgboerderij in de regio.",
        "We hebben plek op dinsdag en donderdag. Een proefdag is mogelijk.",
        "Let op: Meewerken-plus vraagt een indicatie; stem dat eerst af met het buurtteam.",
    ];

    public async Task<Vulresultaat> VulAsync(int ledenDoel, int vragenDoel, int casussenDoel)
    {
        var sw = Stopwatch.StartNew();
        var leden = await LedenAsync(ledenDoel);
        var ledenDuur = sw.Elapsed;
        sw.Restart();
        var (vragen, reacties, aanbiedingen) = await VragenAsync(vragenDoel);
        var vragenDuur = sw.Elapsed;
        sw.Restart();
        var (casussen, wissels, evaluaties) = await CasussenAsync(casussenDoel);
        return new Vulresultaat(leden, vragen, reacties, aanbiedingen, casussen, wissels, evaluaties, ledenDuur, vragenDuur, sw.Elapsed);
    }

    /// <summary>Active members of Netwerk West up to the top of CONTEXT.md's range: buurtteam staff and aanbieder contacts.</summary>
    private async Task<int> LedenAsync(int doel)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        var kanaal = await db.Kanalen.Where(k => k.StadsdeelId == west).Select(k => k.Id).SingleAsync();
        var actief = await db.Lidmaatschappen.CountAsync(l => l.KanaalId == kanaal && l.AfgemeldOp == null);
        var buurtteam = await db.Organisaties.Where(o => o.Type == OrganisatieType.Buurtteamorganisatie && o.StadsdeelId == west).Select(o => o.Id).SingleAsync();
        var aanbieders = await db.Organisaties.Where(o => o.Type == OrganisatieType.Aanbieder && o.Locaties.Any(l => l.StadsdeelId == west)).Select(o => o.Id).ToListAsync();
        for (var i = actief; i < doel; i++)
        {
            // Two in three new members are aanbieder contacts: the aanbieders answer most questions.
            var aanbieder = i % 3 != 0;
            var medewerker = new Medewerker
            {
                OrganisatieId = aanbieder ? aanbieders[i % aanbieders.Count] : buurtteam,
                Naam = $"Bench Lid {i}",
                Email = $"bench.lid.{i}@example.org",
                Functie = aanbieder ? Functie.AanbiederContactpersoon : Functie.Buurtteammedewerker,
            };
            db.Lidmaatschappen.Add(new Lidmaatschap { KanaalId = kanaal, Medewerker = medewerker, Vanaf = nu.AddDays(-_random.Next(400, 900)) });
        }
        await db.SaveChangesAsync();
        return await db.Lidmaatschappen.CountAsync(l => l.KanaalId == kanaal && l.AfgemeldOp == null);
    }

    private sealed record Lid(int MedewerkerId, int OrganisatieId, Functie Functie, int? LocatieId, bool VervoerMogelijk);

    /// <summary>Questions posted in the last 365 days, 0–4 replies each (about half of the aanbieders' replies an offer).</summary>
    private async Task<(int Vragen, int Reacties, int Aanbiedingen)> VragenAsync(int doel)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var kanaal = await db.Kanalen.Where(k => k.StadsdeelId == west).Select(k => k.Id).SingleAsync();
        var leden = await db.Lidmaatschappen.Where(l => l.KanaalId == kanaal && l.AfgemeldOp == null && l.Medewerker!.Actief)
            .Select(l => new Lid(l.MedewerkerId, l.Medewerker!.OrganisatieId, l.Medewerker.Functie,
                l.Medewerker.Organisatie!.Locaties.Where(x => x.StadsdeelId == west).Select(x => (int?)x.Id).FirstOrDefault(),
                l.Medewerker.Organisatie.Locaties.Where(x => x.StadsdeelId == west).Select(x => x.VervoerMogelijk).FirstOrDefault()))
            .ToListAsync();
        var vragers = leden.Where(l => l.Functie == Functie.Buurtteammedewerker).ToList();
        var aanbieders = leden.Where(l => l.Functie == Functie.AanbiederContactpersoon && l.LocatieId is not null).ToList();
        var anderen = leden.Where(l => l.Functie is not Functie.AanbiederContactpersoon).ToList();
        var begin = nu.AddDays(-365);
        var bestaand = await db.Adviesvragen.CountAsync(a => a.KanaalId == kanaal && a.GeplaatstOp >= begin);
        int aantalReacties = 0, aantalAanbiedingen = 0;
        for (var i = bestaand; i < doel; i++)
        {
            var geplaatst = Werkmoment(begin, nu);
            var vrager = vragers[_random.Next(vragers.Count)];
            var vraag = new Adviesvraag
            {
                KanaalId = kanaal,
                AuteurId = vrager.MedewerkerId,
                Leeftijdscategorie = (Leeftijdscategorie)_random.Next(1, 6),
                GewenstPerceel = _random.NextDouble() < 0.2 ? null : (Perceel)_random.Next(1, 4),
                VervoerNodig = _random.NextDouble() < 0.4,
                Spoed = _random.NextDouble() < 0.1,
                Vraag = VraagTeksten[_random.Next(VraagTeksten.Length)],
                Status = AdviesvraagStatus.Open,
                GeplaatstOp = geplaatst,
                Deadline = kalender.Deadline(geplaatst, 2).ToUniversalTime(),
                WaarschuwingOp = kalender.Waarschuwing(geplaatst, 2).ToUniversalTime(),
            };
            var aantal = Gewogen([0.12, 0.30, 0.28, 0.18, 0.12]);
            var moment = geplaatst;
            for (var r = 0; r < aantal; r++)
            {
                // Most first replies come within the working day; a long tail runs past the two working days.
                moment = moment.AddHours(0.2 + (-Math.Log(1 - _random.NextDouble()) * (r == 0 ? 16 : 10)));
                if (moment > nu)
                {
                    break;
                }
                // After the first reply the asker sometimes answers in the thread; that never counts as a first reply.
                var auteur = r > 0 && _random.NextDouble() < 0.15 ? vrager
                    : _random.NextDouble() < 0.75 ? aanbieders[_random.Next(aanbieders.Count)]
                    : anderen.Where(a => a.MedewerkerId != vrager.MedewerkerId).ElementAt(_random.Next(anderen.Count - 1));
                var aanbod = auteur.Functie == Functie.AanbiederContactpersoon && _random.NextDouble() < 0.55;
                vraag.Reacties.Add(new Reactie
                {
                    AuteurId = auteur.MedewerkerId,
                    AuteurOrganisatieId = auteur.OrganisatieId,
                    Tekst = ReactieTeksten[_random.Next(ReactieTeksten.Length)],
                    GeplaatstOp = moment,
                    WerktijdSindsVraag = kalender.Werktijd(geplaatst, moment),
                    IsAanbod = aanbod,
                    AanbodOrganisatieId = aanbod ? auteur.OrganisatieId : null,
                    AanbodLocatieId = aanbod ? auteur.LocatieId : null,
                    WachttijdWeken = aanbod ? _random.Next(0, 9) : null,
                    VervoerMogelijk = aanbod ? auteur.VervoerMogelijk : null,
                });
                aantalReacties++;
                aantalAanbiedingen += aanbod ? 1 : 0;
            }
            // The first reply by someone else than the asker, stored on the question as AdviesvraagService does.
            if (vraag.Reacties.FirstOrDefault(x => x.AuteurId != vraag.AuteurId) is { } eerste)
            {
                vraag.Status = AdviesvraagStatus.Beantwoord;
                vraag.EersteReactieOp = eerste.GeplaatstOp;
                vraag.EersteReactieWerktijd = kalender.Werktijd(geplaatst, eerste.GeplaatstOp);
                vraag.TermijnGehaald = eerste.GeplaatstOp <= vraag.Deadline;
                var besluit = vraag.Reacties[^1].GeplaatstOp.AddDays(_random.Next(1, 5));
                if (besluit < nu && _random.NextDouble() < 0.75)
                {
                    vraag.Status = AdviesvraagStatus.Besloten;
                    vraag.BesluitOp = besluit;
                    vraag.BesluitToelichting = "Na een proefdag gekozen voor een van de aanbiedingen.";
                }
            }
            else if (vraag.Deadline <= nu)
            {
                vraag.Status = AdviesvraagStatus.Verlopen;
                vraag.VerlopenOp = vraag.Deadline;
                vraag.EscalatieVerstuurdOp = vraag.WaarschuwingOp;
            }
            db.Adviesvragen.Add(vraag);
            if ((i - bestaand) % Batch == Batch - 1)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync();
        return (await db.Adviesvragen.CountAsync(a => a.KanaalId == kanaal && a.GeplaatstOp >= begin), aantalReacties, aantalAanbiedingen);
    }

    /// <summary>
    /// Casussen registered over the last three years, each walking the werkproces (a few stop early), delivering plans
    /// evaluated every year: opened at the start day (most on time), an uitkomst around the evaluatiedatum.
    /// </summary>
    private async Task<(int Casussen, int Wissels, int Evaluaties)> CasussenAsync(int doel)
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var buurtteam = await db.Organisaties.Where(o => o.Type == OrganisatieType.Buurtteamorganisatie && o.StadsdeelId == west).Select(o => o.Id).SingleAsync();
        var regievoerders = await db.Medewerkers.Where(m => m.OrganisatieId == buurtteam && m.Functie == Functie.Buurtteammedewerker && m.Actief).Select(m => m.Id).ToListAsync();
        var aanbieders = await db.Locaties.Where(l => l.StadsdeelId == west && l.Organisatie!.Type == OrganisatieType.Aanbieder)
            .Select(l => new { l.Id, l.OrganisatieId }).ToListAsync();
        var bestaand = await db.Casussen.CountAsync(c => c.StadsdeelId == west);
        var vandaag = WerkdagKalender.DagInAmsterdam(nu);
        (WerkprocesStap Stap, int MinDagen, int MaxDagen)[] route =
        [
            (WerkprocesStap.Regiecheck, 1, 5), (WerkprocesStap.BredeVraagverheldering, 2, 10), (WerkprocesStap.WieDoetWatWanneer, 5, 20),
            (WerkprocesStap.Ondersteuningsplan, 3, 14), (WerkprocesStap.Beschikken, 5, 20), (WerkprocesStap.LeverenInzet, 3, 14),
        ];
        int wissels = 0, evaluaties = 0;
        for (var i = bestaand; i < doel; i++)
        {
            var aanbieder = aanbieders[_random.Next(aanbieders.Count)];
            var aangemaakt = Werkmoment(nu.AddDays(-3 * 365), nu);
            var casus = new Casus
            {
                StadsdeelId = west,
                Kenmerk = $"DASH-{i:D6}",
                RegievoerderId = regievoerders[_random.Next(regievoerders.Count)],
                AangemaaktDoorOrganisatieId = buurtteam,
                Perceel = (Perceel)_random.Next(1, 4),
                Spoed = _random.NextDouble() < 0.05,
                AangemaaktOp = aangemaakt,
            };
            void Naar(WerkprocesStap naar, DateTimeOffset op)
            {
                casus.StapWissels.Add(new CasusStapWissel { Casus = casus, StadsdeelId = west, Van = casus.StapWissels.Count == 0 ? null : casus.Stap, Naar = naar, Op = op });
                casus.Stap = naar;
                casus.InStapSinds = op;
            }
            Naar(WerkprocesStap.Aanmelding, aangemaakt);
            var t = aangemaakt;
            DateOnly? levering = null;
            foreach (var (stap, min, max) in route)
            {
                t = t.AddDays(_random.Next(min, max + 1)).AddHours(_random.NextDouble() * 6);
                if (t > nu)
                {
                    break;
                }
                if (_random.NextDouble() < 0.03)
                {
                    Naar(WerkprocesStap.Gestopt, t);
                    break;
                }
                Naar(stap, t);
                levering = stap == WerkprocesStap.LeverenInzet ? WerkdagKalender.DagInAmsterdam(t) : null;
            }
            if (casus.Stap >= WerkprocesStap.WieDoetWatWanneer && casus.Stap != WerkprocesStap.Gestopt)
            {
                casus.AanbiederId = aanbieder.OrganisatieId;
            }
            if (casus.Stap >= WerkprocesStap.Ondersteuningsplan && casus.Stap != WerkprocesStap.Gestopt)
            {
                var start = levering ?? vandaag.AddDays(_random.Next(7, 43));
                var plan = new Ondersteuningsplan
                {
                    Perceel = casus.Perceel.Value,
                    AanbiederId = aanbieder.OrganisatieId,
                    LocatieId = aanbieder.Id,
                    Startdatum = start,
                    Evaluatiedatum = Ondersteuningsplan.StandaardEvaluatiedatum(start),
                    Status = casus.Stap >= WerkprocesStap.LeverenInzet ? PlanStatus.Akkoord : PlanStatus.Concept,
                    ToestemmingGegevenOp = aangemaakt.AddDays(_random.Next(1, 20)),
                    AkkoordOp = casus.Stap >= WerkprocesStap.LeverenInzet ? casus.InStapSinds.AddDays(-_random.Next(1, 10)) : null,
                };
                casus.Ondersteuningsplan = plan;
                if (levering is not null)
                {
                    evaluaties += Evalueer(casus, plan, Naar);
                }
            }
            wissels += casus.StapWissels.Count;
            db.Casussen.Add(casus);
            if ((i - bestaand) % Batch == Batch - 1)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync();
        return (await db.Casussen.CountAsync(c => c.StadsdeelId == west), wissels, evaluaties);
    }

    /// <summary>Yearly evaluations of a delivering plan up to now; returns how many were made.</summary>
    private int Evalueer(Casus casus, Ondersteuningsplan plan, Action<WerkprocesStap, DateTimeOffset> naar)
    {
        var datum = plan.Evaluatiedatum!.Value;
        var vandaag = WerkdagKalender.DagInAmsterdam(nu);
        while (true)
        {
            var startOp = EvaluatieRegels.Startdag(datum, kalender);
            var evaluatie = new Evaluatie { Evaluatiedatum = datum, StartOp = startOp };
            plan.Evaluaties.Add(evaluatie);
            var start = EvaluatieRegels.StartMoment(startOp);
            if (start > nu)
            {
                return plan.Evaluaties.Count; // planned, not yet opened
            }
            // Most open on the start day (the job); some later, after a restart or a late plan change.
            var geopend = _random.NextDouble() < 0.85 ? start : start.AddDays(_random.Next(1, 30));
            if (geopend > nu)
            {
                return plan.Evaluaties.Count;
            }
            evaluatie.GeopendOp = geopend;
            naar(WerkprocesStap.Evalueren, geopend);
            var afgerond = datum.AddDays(_random.Next(-10, 21)).ToDateTime(new TimeOnly(10, 0));
            var afgerondOp = new DateTimeOffset(afgerond, WerkdagKalender.Tijdzone.GetUtcOffset(afgerond)).ToUniversalTime();
            if (afgerondOp > nu || afgerondOp <= geopend || (datum < vandaag && _random.NextDouble() < 0.04))
            {
                return plan.Evaluaties.Count; // still running (some past their date: "te laat")
            }
            evaluatie.AfgerondOp = afgerondOp;
            evaluatie.Uitkomst = Gewogen([0.22, 0.60, 0.12, 0.06]) switch
            {
                0 => EvaluatieUitkomst.Afsluiten,
                1 => EvaluatieUitkomst.Verlengen,
                2 => EvaluatieUitkomst.Wijzigen,
                _ => EvaluatieUitkomst.Overdragen,
            };
            if (evaluatie.Uitkomst is EvaluatieUitkomst.Afsluiten or EvaluatieUitkomst.Overdragen)
            {
                naar(WerkprocesStap.Gestopt, afgerondOp);
                return plan.Evaluaties.Count;
            }
            naar(WerkprocesStap.LeverenInzet, afgerondOp);
            datum = EvaluatieRegels.StandaardVerlenging(datum);
            plan.Evaluatiedatum = datum;
        }
    }

    /// <summary>A moment between <paramref name="van"/> and <paramref name="tot"/>, in office hours, mostly on working days.</summary>
    private DateTimeOffset Werkmoment(DateTimeOffset van, DateTimeOffset tot)
    {
        while (true)
        {
            var dag = WerkdagKalender.DagInAmsterdam(van).AddDays(_random.Next(0, (int)(tot - van).TotalDays + 1));
            if (!kalender.IsWerkdag(dag) && _random.NextDouble() < 0.9)
            {
                continue;
            }
            var lokaal = dag.ToDateTime(new TimeOnly(8, 0)).AddMinutes(_random.Next(0, 10 * 60));
            var moment = new DateTimeOffset(lokaal, WerkdagKalender.Tijdzone.GetUtcOffset(lokaal)).ToUniversalTime();
            if (moment >= van && moment <= tot)
            {
                return moment;
            }
        }
    }

    private int Gewogen(double[] gewichten)
    {
        var x = _random.NextDouble();
        for (var i = 0; i < gewichten.Length; i++)
        {
            x -= gewichten[i];
            if (x < 0)
            {
                return i;
            }
        }
        return gewichten.Length - 1;
    }
}
