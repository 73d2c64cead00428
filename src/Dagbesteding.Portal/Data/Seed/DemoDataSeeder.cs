using Bogus;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Data.Seed;

/// <summary>
/// Fills an empty database with a fake, generated network (embedded default only). Volumes follow CONTEXT.md:
/// 7 stadsdelen, a buurtteamorganisatie each, 26 aanbieders, WPI, channels of 20–50 members, ~4,000 casussen.
/// Every name is invented (Bogus nl locale, fixed seed); kenmerken are not BSNs.
/// </summary>
public sealed class DemoDataSeeder(
    IDbContextFactory<PortalDbContext> dbFactory,
    UserManager<PortalGebruiker> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<DemoDataOptions> options,
    DemoDataToestemming toestemming,
    IHostEnvironment environment,
    TimeProvider time,
    ILogger<DemoDataSeeder> logger)
{
    // Monthly request volumes per stadsdeel (CONTEXT.md) weight the number of casussen.
    private static readonly WerkdagKalender Kalender = new();

    private static readonly (string Naam, string Code, int Gewicht)[] StadsdeelData =
    [
        ("Centrum", "centrum", 35), ("West", "west", 85), ("Oost", "oost", 80), ("Noord", "noord", 68),
        ("Zuid", "zuid", 66), ("Zuidoost", "zuidoost", 62), ("Nieuw-West", "nieuw-west", 99),
    ];

    private static readonly (string Code, string Naam)[] DoelgroepData =
    [
        ("psychiatrie", "Psychiatrie"), ("verstandelijke-beperking", "Verstandelijke beperking"),
        ("psychosociaal", "Psychosociaal"), ("lichamelijke-beperking", "Lichamelijke beperking"),
        ("nah", "NAH (niet-aangeboren hersenletsel)"), ("dementie", "Dementie"), ("autisme", "Autisme"),
        ("verslaving", "Verslaving"), ("culturele-aansluiting", "Culturele aansluiting"), ("lhbtiq", "LHBTIQ+"),
    ];

    // Invented provider names; no real organisation is meant.
    private static readonly string[] AlgemeneAanbieders =
    [
        "De Houtloods", "Atelier Kleurrijk", "Zorgboerderij De Overkant", "Stichting Buitenkans", "Kringloop Tweede Ronde",
        "Werkcafé De Pont", "Dagcentrum Het Anker", "Stichting Samen Verder", "De Stadstuinderij", "Atelier Noorderlicht",
        "Huiskamer De Linde", "Ontmoetingscentrum De Brug", "Stichting Vaste Grond", "Fietsenwerkplaats De Spaak",
        "Creatief Centrum Palet", "Stichting Open Deur", "Dagbesteding Het Baken", "Zorgboerderij Polderzicht",
    ];

    private static readonly string[] WerkgerichteAanbieders =
    [
        "Werkbedrijf Amstelkracht", "Leerwerkplek Het Proeflokaal", "Drukkerij Drukwerk", "Groenploeg Stadsgroen",
        "Werkplaats Metaal & Meer", "Kledingatelier Naald en Draad", "Bakkerij De Korrel", "Leerbedrijf Pakket",
    ];

    private static readonly string[] Activiteiten =
        ["houtbewerking", "atelier", "kringloop", "horeca", "zorgboerderij", "tuinieren", "fietsenmakerij", "koken", "textiel", "ontmoeting", "drukwerk", "logistiek"];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var rol in Rollen.Alle)
        {
            if (!await roleManager.RoleExistsAsync(rol))
            {
                await roleManager.CreateAsync(new IdentityRole(rol));
            }
        }
        if (!options.Value.Enabled)
        {
            return;
        }
        if (!toestemming.Toegestaan)
        {
            throw new PortalStartupException(
                $"DemoData:Enabled staat aan in de omgeving {environment.EnvironmentName}. Demodata en de demo-accounts worden alleen in Development geladen, nooit in productie of op een acceptatieserver; zet DemoData:Enabled op false.");
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Gemeenten.AnyAsync(cancellationToken))
        {
            return;
        }

        var start = time.GetTimestamp();
        var netwerk = BouwNetwerk(new Faker("nl") { Random = new Randomizer(options.Value.Seed) });
        DemoLocaties.Vul(netwerk.Organisaties.Where(o => o.Type == OrganisatieType.Aanbieder), new Randomizer(options.Value.Seed + 5),
            Domain.Werkdagen.WerkdagKalender.DagInAmsterdam(time.GetUtcNow()));
        db.Add(netwerk.Gemeente);
        db.AddRange(netwerk.Organisaties);
        db.AddRange(netwerk.Medewerkers);
        db.AddRange(netwerk.Kanalen);
        await db.SaveChangesAsync(cancellationToken);

        var casussen = BouwCasussen(netwerk, new Randomizer(options.Value.Seed + 1));
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AddRange(casussen);
        await db.SaveChangesAsync(cancellationToken);

        // The chosen offer is set after saving, when the replies have ids.
        var vragen = DemoAdviesvragen.Bouw(netwerk.Kanalen, netwerk.Doelgroepen, new Randomizer(options.Value.Seed + 2), time.GetUtcNow());
        db.ChangeTracker.AutoDetectChangesEnabled = true;
        db.AddRange(vragen);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var vraag in vragen.Where(v => v.Status == AdviesvraagStatus.Besloten))
        {
            vraag.GekozenReactieId = vraag.Reacties.FirstOrDefault(r => r.IsAanbod)?.Id;
        }
        await db.SaveChangesAsync(cancellationToken);

        await MaakDemoAccountsAsync(netwerk);
        logger.LogInformation("Demodata geladen: {Organisaties} organisaties, {Medewerkers} medewerkers, {Casussen} casussen in {Duur} ms.",
            netwerk.Organisaties.Count, netwerk.Medewerkers.Count, casussen.Count, time.GetElapsedTime(start).TotalMilliseconds.ToString("0"));
    }

    private sealed record Netwerk(
        Gemeente Gemeente,
        List<Stadsdeel> Stadsdelen,
        List<Organisatie> Organisaties,
        List<Medewerker> Medewerkers,
        List<Kanaal> Kanalen,
        Dictionary<string, Medewerker> DemoMedewerkers,
        List<Doelgroep> Doelgroepen);

    private Netwerk BouwNetwerk(Faker faker)
    {
        var nu = time.GetUtcNow();
        var gemeente = new Gemeente { Naam = "Amsterdam" };
        var stadsdelen = StadsdeelData.Select(s => new Stadsdeel { Naam = s.Naam, Code = s.Code, Gemeente = gemeente, PrognoseAanvragenPerMaand = s.Gewicht }).ToList();
        gemeente.Stadsdelen.AddRange(stadsdelen);
        var doelgroepen = DoelgroepData.Select(d => new Doelgroep { Code = d.Code, Naam = d.Naam }).ToList();
        Stadsdeel Stadsdeel(string naam) => stadsdelen.Single(s => s.Naam == naam);

        var organisaties = new List<Organisatie>();
        var medewerkers = new List<Medewerker>();
        var demo = new Dictionary<string, Medewerker>();
        Medewerker NieuweMedewerker(Organisatie organisatie, Functie functie, string? naam = null, string? email = null)
        {
            var voornaam = faker.Name.FirstName();
            var achternaam = faker.Name.LastName();
            var medewerker = new Medewerker
            {
                Organisatie = organisatie,
                Naam = naam ?? $"{voornaam} {achternaam}",
                Email = email ?? $"{Slug(voornaam)}.{Slug(achternaam)}.{medewerkers.Count + 1}@example.org",
                Functie = functie,
            };
            medewerkers.Add(medewerker);
            organisatie.Medewerkers.Add(medewerker);
            return medewerker;
        }

        var gemeenteOrganisatie = new Organisatie { Gemeente = gemeente, Naam = "Gemeente Amsterdam (demo)", Type = OrganisatieType.Gemeente };
        var wpi = new Organisatie { Gemeente = gemeente, Naam = "WPI Amsterdam (demo)", Type = OrganisatieType.Wpi };
        organisaties.AddRange([gemeenteOrganisatie, wpi]);

        var buurtteams = stadsdelen.ToDictionary(s => s, s => new Organisatie
        {
            Gemeente = gemeente,
            Naam = $"Buurtteam {s.Naam} (demo)",
            Type = OrganisatieType.Buurtteamorganisatie,
            Stadsdeel = s,
        });
        organisaties.AddRange(buurtteams.Values);

        var aanbieders = AlgemeneAanbieders.Select(n => (Naam: n, Werkgericht: false))
            .Concat(WerkgerichteAanbieders.Select(n => (Naam: n, Werkgericht: true)))
            .Select(a =>
            {
                var organisatie = new Organisatie
                {
                    Gemeente = gemeente,
                    Naam = a.Naam,
                    Type = OrganisatieType.Aanbieder,
                    Website = "https://www.jekuntmeer.nl/",
                };
                var aantal = faker.Random.Int(1, 3);
                var plekken = faker.PickRandom(stadsdelen, aantal).ToList();
                if (a.Naam == AlgemeneAanbieders[0])
                {
                    // The demo aanbieder works in two stadsdelen, so its account shows the stadsdeel switcher.
                    plekken = [Stadsdeel("West"), Stadsdeel("Nieuw-West")];
                }
                foreach (var stadsdeel in plekken)
                {
                    organisatie.Locaties.Add(new Locatie
                    {
                        Naam = $"{a.Naam} {stadsdeel.Naam}",
                        Stadsdeel = stadsdeel,
                        Activiteit = faker.PickRandom(Activiteiten),
                        Percelen = a.Werkgericht
                            ? Percelen.Meewerken | (faker.Random.Bool() ? Percelen.MeewerkenPlus : Percelen.Geen)
                            : Percelen.Meedoen | (faker.Random.Bool(0.3f) ? Percelen.Meewerken : Percelen.Geen),
                        Prikkelarm = faker.Random.Bool(0.3f),
                        VervoerMogelijk = faker.Random.Bool(0.6f),
                        Doelgroepen = faker.PickRandom(doelgroepen, faker.Random.Int(1, 4)).ToList(),
                    });
                }
                return organisatie;
            }).ToList();
        organisaties.AddRange(aanbieders);

        foreach (var account in DemoAccounts.Alle)
        {
            var organisatie = account.OrganisatieType switch
            {
                OrganisatieType.Gemeente => gemeenteOrganisatie,
                OrganisatieType.Wpi => wpi,
                OrganisatieType.Aanbieder => aanbieders[0],
                _ => buurtteams[Stadsdeel(account.Stadsdeel)],
            };
            demo[account.Email] = NieuweMedewerker(organisatie, account.Functie, account.Naam, account.Email);
        }

        var kanalen = new List<Kanaal>();
        foreach (var stadsdeel in stadsdelen)
        {
            var kanaal = new Kanaal { Stadsdeel = stadsdeel, Naam = $"Netwerk {stadsdeel.Naam}" };
            kanalen.Add(kanaal);
            void Lid(Medewerker medewerker, bool automatisch = false) => kanaal.Lidmaatschappen.Add(new Lidmaatschap
            {
                Medewerker = medewerker,
                Vanaf = nu.AddDays(-faker.Random.Int(30, 900)),
                Automatisch = automatisch,
            });

            var buurtteam = buurtteams[stadsdeel];
            var netwerkmanager = buurtteam.Medewerkers.FirstOrDefault(m => m.Functie == Functie.Netwerkmanager)
                ?? NieuweMedewerker(buurtteam, Functie.Netwerkmanager);
            Lid(netwerkmanager, automatisch: true);
            foreach (var bestaand in buurtteam.Medewerkers.Where(m => m.Functie == Functie.Buurtteammedewerker).ToList())
            {
                Lid(bestaand);
            }
            for (var i = 0; i < 14; i++)
            {
                Lid(NieuweMedewerker(buurtteam, Functie.Buurtteammedewerker));
            }
            // Membership history: someone who left, with the afmelding kept.
            var vertrokken = NieuweMedewerker(buurtteam, Functie.Buurtteammedewerker);
            vertrokken.Actief = false;
            kanaal.Lidmaatschappen.Add(new Lidmaatschap
            {
                Medewerker = vertrokken,
                Vanaf = nu.AddDays(-700),
                AfgemeldOp = nu.AddDays(-40),
                AfmeldReden = "Andere functie buiten het netwerk",
            });

            foreach (var aanbieder in aanbieders.Where(a => a.Locaties.Any(l => l.Stadsdeel == stadsdeel)))
            {
                var contactpersoon = aanbieder.Medewerkers.FirstOrDefault(m => m.Functie == Functie.AanbiederContactpersoon)
                    ?? NieuweMedewerker(aanbieder, Functie.AanbiederContactpersoon);
                Lid(contactpersoon);
            }

            var wpiLeden = wpi.Medewerkers.Where(m => demo.ContainsValue(m) && stadsdeel.Naam == "West").ToList();
            wpiLeden.Add(NieuweMedewerker(wpi, Functie.Inkomensconsulent));
            wpiLeden.Add(NieuweMedewerker(wpi, Functie.Klantbegeleider));
            wpiLeden.ForEach(m => Lid(m));
        }

        foreach (var aanbieder in aanbieders.Where(a => a.Medewerkers.Count < 2))
        {
            NieuweMedewerker(aanbieder, Functie.AanbiederContactpersoon);
        }

        return new Netwerk(gemeente, stadsdelen, organisaties, medewerkers, kanalen, demo, doelgroepen);
    }

    private List<Casus> BouwCasussen(Netwerk netwerk, Randomizer random)
    {
        var nu = time.GetUtcNow();
        var vandaag = DateOnly.FromDateTime(nu.UtcDateTime);
        var totaalGewicht = StadsdeelData.Sum(s => s.Gewicht);
        var stappen = new (WerkprocesStap Stap, int Gewicht)[]
        {
            (WerkprocesStap.Aanmelding, 3), (WerkprocesStap.Regiecheck, 2), (WerkprocesStap.BredeVraagverheldering, 3),
            (WerkprocesStap.WieDoetWatWanneer, 2), (WerkprocesStap.Ondersteuningsplan, 3), (WerkprocesStap.Beschikken, 2),
            (WerkprocesStap.LeverenInzet, 70), (WerkprocesStap.Evalueren, 8), (WerkprocesStap.Gestopt, 7),
        };
        var stapGewichten = stappen.Select(s => (float)s.Gewicht / stappen.Sum(x => x.Gewicht)).ToArray();
        var aanbieders = netwerk.Organisaties.Where(o => o.Type == OrganisatieType.Aanbieder).ToList();
        var demoAanbieder = netwerk.DemoMedewerkers["aanbieder.west@example.org"].Organisatie!;
        var casussen = new List<Casus>();
        var volgnummer = 0;

        foreach (var (stadsdeelNaam, _, gewicht) in StadsdeelData)
        {
            var stadsdeel = netwerk.Stadsdelen.Single(s => s.Naam == stadsdeelNaam);
            var buurtteam = netwerk.Organisaties.Single(o => o.Type == OrganisatieType.Buurtteamorganisatie && o.Stadsdeel == stadsdeel);
            var regievoerders = buurtteam.Medewerkers.Where(m => m.Functie == Functie.Buurtteammedewerker && m.Actief).ToList();
            var demoRegievoerder = regievoerders.FirstOrDefault(m => netwerk.DemoMedewerkers.ContainsValue(m));
            var lokaleAanbieders = aanbieders.Where(a => a.Locaties.Any(l => l.Stadsdeel == stadsdeel)).ToList();
            var aantal = (int)Math.Round(options.Value.Casussen * (double)gewicht / totaalGewicht);

            for (var i = 0; i < aantal; i++)
            {
                var stap = random.WeightedRandom(stappen.Select(s => s.Stap).ToArray(), stapGewichten);
                var regievoerder = demoRegievoerder is not null && random.Bool(0.1f) ? demoRegievoerder : random.ListItem(regievoerders);
                var aanbieder = stadsdeelNaam == "West" && random.Bool(0.15f) ? demoAanbieder : random.ListItem(lokaleAanbieders);
                var perceel = random.WeightedRandom([Perceel.Meedoen, Perceel.Meewerken, Perceel.MeewerkenPlus], [0.55f, 0.3f, 0.15f]);
                var doorAanbieder = random.Bool(0.15f);
                var spoed = random.Bool(0.05f);
                var aangemaakt = nu.AddDays(-random.Int(stap >= WerkprocesStap.LeverenInzet ? 60 : 2, stap >= WerkprocesStap.LeverenInzet ? 400 : 60));
                var casus = new Casus
                {
                    Stadsdeel = stadsdeel,
                    Kenmerk = $"RIS-{aangemaakt.Year}-{++volgnummer:D5}",
                    Stap = stap,
                    Regievoerder = regievoerder,
                    Aanbieder = stap >= WerkprocesStap.WieDoetWatWanneer || doorAanbieder ? aanbieder : null,
                    AangemaaktDoorOrganisatie = doorAanbieder ? aanbieder : buurtteam,
                    Perceel = perceel,
                    Spoed = spoed,
                    TijdelijkGestopt = stap == WerkprocesStap.LeverenInzet && random.Bool(0.03f),
                    AangemaaktOp = aangemaakt,
                    InStapSinds = Later(aangemaakt, nu, random),
                };
                casus.Gebeurtenissen.Add(new CasusGebeurtenis { Op = aangemaakt, Medewerker = regievoerder, Omschrijving = "Casus aangemeld" });
                if (stap != WerkprocesStap.Aanmelding)
                {
                    casus.Gebeurtenissen.Add(new CasusGebeurtenis { Op = casus.InStapSinds, Medewerker = regievoerder, Omschrijving = $"Naar stap {stap.Weergave()}" });
                }
                VoegStapwisselsToe(casus, stadsdeel);
                if (stap >= WerkprocesStap.Ondersteuningsplan && !(stap == WerkprocesStap.Gestopt && random.Bool()))
                {
                    casus.Ondersteuningsplan = BouwPlan(casus, aanbieder, stadsdeel, vandaag, nu, random);
                }
                casussen.Add(casus);
            }
        }
        return casussen;
    }

    private static Ondersteuningsplan BouwPlan(Casus casus, Organisatie aanbieder, Stadsdeel stadsdeel, DateOnly vandaag, DateTimeOffset nu, Randomizer random)
    {
        var inLevering = casus.Stap is WerkprocesStap.LeverenInzet or WerkprocesStap.Evalueren or WerkprocesStap.Gestopt;
        // Delivering plans started within the last year, so their yearly evaluations spread over the coming year.
        var start = casus.Stap switch
        {
            WerkprocesStap.Evalueren => vandaag.AddDays(-365 + random.Int(1, 7 * Evaluatie.WekenVooraf)),
            _ when inLevering => vandaag.AddDays(-random.Int(0, 364)),
            _ => vandaag.AddDays(random.Int(7, 42)),
        };
        // Spoed: delivery may start before the plan is akkoord, at the aanbieder's risk.
        var akkoord = inLevering && !(casus.Spoed && random.Bool(0.4f));
        var locatie = aanbieder.Locaties.FirstOrDefault(l => l.Stadsdeel == stadsdeel) ?? aanbieder.Locaties.First();
        var plan = new Ondersteuningsplan
        {
            Perceel = casus.Perceel ?? Perceel.Meedoen,
            Aanbieder = aanbieder,
            Locatie = locatie,
            Startdatum = start,
            Evaluatiedatum = Ondersteuningsplan.StandaardEvaluatiedatum(start),
            Status = akkoord ? PlanStatus.Akkoord : PlanStatus.Concept,
            ToestemmingGegevenOp = akkoord || random.Bool() ? casus.AangemaaktOp.AddDays(random.Int(1, 20)) : null,
            AanbiederGeraadpleegdOp = akkoord ? casus.AangemaaktOp.AddDays(random.Int(1, 20)) : null,
            AkkoordOp = akkoord ? casus.AangemaaktOp.AddDays(random.Int(21, 40)) : null,
            VraagverhelderingDoor = random.Bool(0.2f) ? Partij.Aanbieder : Partij.Buurtteam,
            EvaluatieDoor = random.Bool(0.5f) ? Partij.Aanbieder : Partij.Buurtteam,
            AanmeldingDoor = casus.AangemaaktDoorOrganisatie == aanbieder ? Partij.Aanbieder : Partij.Buurtteam,
        };
        if (akkoord && casus.Stap != WerkprocesStap.Gestopt)
        {
            var evaluatiedatum = plan.Evaluatiedatum!.Value;
            // The same rule as the planner (statutory holidays; the demo has no closure days yet).
            var startOp = EvaluatieRegels.Startdag(evaluatiedatum, Kalender);
            plan.Evaluaties.Add(new Evaluatie
            {
                Evaluatiedatum = evaluatiedatum,
                StartOp = startOp,
                // Open in the cases that are evaluating; a delivering case whose start has passed is opened by the reconcile
                // job at start-up, as it would be after a restart.
                GeopendOp = casus.Stap == WerkprocesStap.Evalueren && startOp <= vandaag ? EvaluatieRegels.StartMoment(startOp) : null,
            });
        }
        if (plan.ToestemmingGegevenOp is { } gegeven && random.Bool(0.02f))
        {
            plan.ToestemmingIngetrokkenOp = gegeven.AddDays(random.Int(1, 30)) is var ingetrokken && ingetrokken < nu ? ingetrokken : nu;
        }
        return plan;
    }

    /// <summary>The route the demo casus took: one step after the other, spread evenly from aanmelding to its current step.</summary>
    private static void VoegStapwisselsToe(Casus casus, Stadsdeel stadsdeel)
    {
        var route = casus.Stap switch
        {
            WerkprocesStap.Gestopt => [WerkprocesStap.Aanmelding, WerkprocesStap.Regiecheck, WerkprocesStap.Gestopt],
            WerkprocesStap.Evalueren => Enumerable.Range(1, 8).Select(s => (WerkprocesStap)s).ToArray(),
            _ => Enumerable.Range(1, (int)casus.Stap).Select(s => (WerkprocesStap)s).ToArray(),
        };
        var stap = (casus.InStapSinds - casus.AangemaaktOp) / Math.Max(1, route.Length - 1);
        WerkprocesStap? van = null;
        for (var i = 0; i < route.Length; i++)
        {
            var op = i == route.Length - 1 ? casus.InStapSinds : casus.AangemaaktOp + stap * i;
            casus.StapWissels.Add(new CasusStapWissel { Casus = casus, Stadsdeel = stadsdeel, Van = van, Naar = route[i], Op = op });
            van = route[i];
        }
    }

    private static DateTimeOffset Later(DateTimeOffset van, DateTimeOffset nu, Randomizer random) =>
        van.AddSeconds(random.Double() * (nu - van).TotalSeconds);

    private async Task MaakDemoAccountsAsync(Netwerk netwerk)
    {
        foreach (var account in DemoAccounts.Alle)
        {
            var gebruiker = new PortalGebruiker
            {
                UserName = account.Email,
                Email = account.Email,
                EmailConfirmed = true,
                MedewerkerId = netwerk.DemoMedewerkers[account.Email].Id,
            };
            var resultaat = await userManager.CreateAsync(gebruiker, DemoDataOptions.Wachtwoord);
            if (!resultaat.Succeeded)
            {
                throw new InvalidOperationException($"Demo-account {account.Email} niet aangemaakt: {string.Join("; ", resultaat.Errors.Select(e => e.Description))}");
            }
            await userManager.AddToRolesAsync(gebruiker, account.Rollen);
        }
    }

    private static string Slug(string naam) =>
        new string(naam.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => char.IsAsciiLetterOrDigit(c)).ToArray());
}
