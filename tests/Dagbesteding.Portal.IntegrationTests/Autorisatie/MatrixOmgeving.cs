using System.Runtime.CompilerServices;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Features.Evaluaties;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Evaluaties;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Autorisatie;

/// <summary>
/// A person of the matrix: signed in once through the real login form (the cookie is reused for every page and hub
/// call), with the actor the app builds for them. Things made while the account was still active (a question, a
/// casus, a calendar link) let the "access ends" rows prove that what was theirs is closed too.
/// </summary>
public sealed record Persoon(string Sleutel, string Email, Actor Actor, string Cookie, int OrganisatieId)
{
    public int? EigenVraagId { get; init; }
    public int? EigenCasusId { get; init; }
    public string? AgendaSleutel { get; init; }
}

/// <summary>
/// The people and objects of docs/autorisatie.md on one app: the demo accounts, four test accounts (another aanbieder,
/// a former member, a deactivated medewerker, a medewerker of an organisation made inactive) and, in stadsdeel West,
/// an open question, a casus with an open evaluation and a casus of the other aanbieder. Built once per app.
/// </summary>
public sealed class MatrixOmgeving
{
    private static readonly ConditionalWeakTable<PortalFactory, Task<MatrixOmgeving>> Omgevingen = new();

    private MatrixOmgeving(PortalFactory factory) => Factory = factory;

    public PortalFactory Factory { get; }
    public IReadOnlyDictionary<string, Persoon> Personen { get; private set; } = new Dictionary<string, Persoon>();
    public int WestId { get; private set; }
    public int WestKanaalId { get; private set; }
    public int WpiOrganisatieId { get; private set; }
    /// <summary>An open question of regievoerder-west in West (replies and refusals keep it open).</summary>
    public int OpenVraagId { get; private set; }
    public DateTimeOffset VoorDeVraag { get; private set; }
    /// <summary>A casus of regievoerder-west with the organisation of aanbieder-west as aanbieder, its evaluation open.</summary>
    public int EvaluatieCasusId { get; private set; }

    public Persoon this[string sleutel] => Personen[sleutel];

    public static Task<MatrixOmgeving> VoorAsync(PortalFactory factory)
    {
        lock (Omgevingen)
        {
            return Omgevingen.GetValue(factory, f => new MatrixOmgeving(f).BouwAsync());
        }
    }

    private async Task<MatrixOmgeving> BouwAsync()
    {
        WestId = await Factory.StadsdeelIdAsync("West");
        WestKanaalId = await Factory.KanaalIdAsync("West");
        int aanbiederWestOrganisatie;
        List<int> andereAanbieders;
        int buurtteamWest;
        await using (var db = await Factory.CreateDbContextAsync())
        {
            WpiOrganisatieId = await db.Organisaties.Where(o => o.Type == OrganisatieType.Wpi).Select(o => o.Id).SingleAsync();
            buurtteamWest = await db.Organisaties.Where(o => o.Type == OrganisatieType.Buurtteamorganisatie && o.StadsdeelId == WestId).Select(o => o.Id).SingleAsync();
            aanbiederWestOrganisatie = await db.Users.Where(u => u.Email == "aanbieder.west@example.org").Select(u => u.Medewerker!.OrganisatieId).SingleAsync();
            andereAanbieders = await db.Organisaties
                .Where(o => o.Type == OrganisatieType.Aanbieder && o.Actief && o.Id != aanbiederWestOrganisatie && o.Locaties.Any(l => l.StadsdeelId == WestId))
                .OrderBy(o => o.Id).Select(o => o.Id).Take(2).ToListAsync();
        }

        var personen = new Dictionary<string, Persoon>();
        foreach (var (sleutel, email) in new[]
                 {
                     ("regievoerder-west", "regievoerder.west@example.org"), ("regievoerder-oost", "regievoerder.oost@example.org"),
                     ("aanbieder-west", "aanbieder.west@example.org"), ("wpi-west", "wpi.west@example.org"),
                     ("netwerkmanager-west", "netwerkmanager.west@example.org"), ("beheerder", "beheerder@example.org"),
                 })
        {
            personen[sleutel] = await PersoonAsync(sleutel, email);
        }
        personen["andere-aanbieder"] = await PersoonAsync("andere-aanbieder",
            await AccountAsync(andereAanbieders[0], Functie.AanbiederContactpersoon, [Rollen.Netwerklid], afgemeld: false));
        personen["oud-lid"] = await PersoonAsync("oud-lid",
            await AccountAsync(andereAanbieders[^1], Functie.AanbiederContactpersoon, [Rollen.Netwerklid], afgemeld: true));
        Personen = personen;

        var regie = personen["regievoerder-west"];
        VoorDeVraag = DateTimeOffset.UtcNow.AddSeconds(-1);
        OpenVraagId = await VraagAsync(regie);
        // A casus of the other aanbieder, so its board shows a card that is its own ("eigen" is then not vacuous).
        await CasusAsync(regie, aanbiederId: personen["andere-aanbieder"].OrganisatieId);
        await using (var node = new NepTijdPortaal(Factory, DateTimeOffset.UtcNow))
        {
            EvaluatieCasusId = (await EvaluatieCasus.InEvaluatieAsync(Factory, node)).Id;
        }

        // Access that ends: signed in and busy while active, then deactivated (the medewerker, or the organisation).
        personen["gedeactiveerd"] = await ActiefBezigAsync("gedeactiveerd",
            await AccountAsync(buurtteamWest, Functie.Buurtteammedewerker, [Rollen.Regievoerder, Rollen.Netwerklid], afgemeld: false));
        var inactieveOrganisatie = await NieuweAanbiederAsync();
        personen["organisatie-inactief"] = await ActiefBezigAsync("organisatie-inactief",
            await AccountAsync(inactieveOrganisatie, Functie.AanbiederContactpersoon, [Rollen.Netwerklid], afgemeld: false), eigenCasusRegievoerder: regie);
        await using (var db = await Factory.CreateDbContextAsync())
        {
            var gedeactiveerd = personen["gedeactiveerd"].Actor.MedewerkerId;
            await db.Medewerkers.Where(m => m.Id == gedeactiveerd).ExecuteUpdateAsync(m => m.SetProperty(x => x.Actief, false));
            await db.Organisaties.Where(o => o.Id == inactieveOrganisatie).ExecuteUpdateAsync(o => o.SetProperty(x => x.Actief, false));
        }
        return this;
    }

    /// <summary>What an active person did before losing access: a question, a casus of their own, a calendar link.</summary>
    private async Task<Persoon> ActiefBezigAsync(string sleutel, string email, Persoon? eigenCasusRegievoerder = null)
    {
        var persoon = await PersoonAsync(sleutel, email);
        var agenda = await Factory.MetServiceAsync<AgendaService, Uitkomst<NieuweAgendaKoppeling>>(s => s.MaakKoppelingAsync(persoon.Actor));
        Assert.True(agenda.Gelukt, agenda.Fout);
        return persoon with
        {
            EigenVraagId = await VraagAsync(persoon),
            EigenCasusId = await CasusAsync(persoon, regievoerderId: eigenCasusRegievoerder?.Actor.MedewerkerId),
            AgendaSleutel = agenda.Waarde!.Sleutel,
        };
    }

    private async Task<Persoon> PersoonAsync(string sleutel, string email)
    {
        var actor = await Factory.ActorAsync(email);
        await using var db = await Factory.CreateDbContextAsync();
        var organisatie = await db.Medewerkers.Where(m => m.Id == actor.MedewerkerId).Select(m => m.OrganisatieId).SingleAsync();
        return new Persoon(sleutel, email, actor, await Factory.InlogCookieAsync(email), organisatie);
    }

    /// <summary>A new medewerker with a login account and a membership of channel West (ended, for a former member).</summary>
    private async Task<string> AccountAsync(int organisatieId, Functie functie, string[] rollen, bool afgemeld)
    {
        var email = $"matrix.{Guid.NewGuid():N}@example.org";
        int medewerkerId;
        await using (var db = await Factory.CreateDbContextAsync())
        {
            var medewerker = new Medewerker { OrganisatieId = organisatieId, Naam = $"Matrix {functie.Weergave()}", Email = email, Functie = functie };
            var nu = DateTimeOffset.UtcNow;
            db.Lidmaatschappen.Add(new Lidmaatschap
            {
                KanaalId = WestKanaalId,
                Medewerker = medewerker,
                Vanaf = nu.AddMonths(-6),
                AfgemeldOp = afgemeld ? nu.AddDays(-10) : null,
                AfmeldReden = afgemeld ? "Andere functie buiten het netwerk" : null,
            });
            await db.SaveChangesAsync();
            medewerkerId = medewerker.Id;
        }
        await using var scope = Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalGebruiker>>();
        var gebruiker = new PortalGebruiker { UserName = email, Email = email, EmailConfirmed = true, MedewerkerId = medewerkerId };
        var resultaat = await users.CreateAsync(gebruiker, PortalClient.Wachtwoord);
        Assert.True(resultaat.Succeeded, string.Join("; ", resultaat.Errors.Select(e => e.Description)));
        Assert.True((await users.AddToRolesAsync(gebruiker, rollen)).Succeeded);
        return email;
    }

    /// <summary>An aanbieder of its own with a locatie in West, so making it inactive touches nobody else.</summary>
    private async Task<int> NieuweAanbiederAsync()
    {
        await using var db = await Factory.CreateDbContextAsync();
        var gemeente = await db.Gemeenten.Select(g => g.Id).FirstAsync();
        var organisatie = new Organisatie { GemeenteId = gemeente, Naam = $"Matrix aanbieder {Guid.NewGuid():N}"[..30], Type = OrganisatieType.Aanbieder };
        organisatie.Locaties.Add(new Locatie { Naam = "Matrix werkplaats West", StadsdeelId = WestId, Activiteit = "houtbewerking", Percelen = Percelen.Meedoen });
        db.Organisaties.Add(organisatie);
        await db.SaveChangesAsync();
        return organisatie.Id;
    }

    public async Task<int> VraagAsync(Persoon door)
    {
        var uitkomst = await Factory.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s => s.PlaatsAsync(door.Actor, new NieuweAdviesvraag
        {
            StadsdeelId = WestId,
            Leeftijdscategorie = Leeftijdscategorie.Van27Tot45,
            WensAmsterdammer = "Wil graag iets met zijn handen doen, dicht bij huis.",
            Vraag = "Wie heeft een rustige plek voor iemand van 35 met autisme? Drukwerk of fietsen.",
        }));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        return uitkomst.Waarde;
    }

    /// <summary>A new casus in Aanmelding in West, registered by <paramref name="door"/> (a regievoerder, or an aanbieder naming one).</summary>
    public async Task<int> CasusAsync(Persoon door, int? aanbiederId = null, int? regievoerderId = null)
    {
        var uitkomst = await Factory.MetServiceAsync<CasusService, Uitkomst<int>>(s => s.MaakAanAsync(door.Actor, new NieuweCasus
        {
            StadsdeelId = WestId,
            Kenmerk = "M-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
            Perceel = Perceel.Meedoen,
            AanbiederId = aanbiederId,
            RegievoerderId = regievoerderId,
        }));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        return uitkomst.Waarde;
    }

    public async Task<Guid> VersieAsync(int casusId)
    {
        await using var db = await Factory.CreateDbContextAsync();
        return await db.Casussen.Where(c => c.Id == casusId).Select(c => c.Versie).SingleAsync();
    }

    /// <summary>A WPI consultant who is in no channel yet: a candidate a manager of West may add.</summary>
    public async Task<int> KandidaatAsync()
    {
        await using var db = await Factory.CreateDbContextAsync();
        var medewerker = new Medewerker
        {
            OrganisatieId = WpiOrganisatieId,
            Naam = "Matrix kandidaat",
            Email = $"kandidaat.{Guid.NewGuid():N}@example.org",
            Functie = Functie.Inkomensconsulent,
        };
        db.Medewerkers.Add(medewerker);
        await db.SaveChangesAsync();
        return medewerker.Id;
    }

    /// <summary>A new colleague without an account in <paramref name="organisatieId"/>: someone to deactivate and reactivate.</summary>
    public async Task<int> CollegaAsync(int organisatieId)
    {
        await using var db = await Factory.CreateDbContextAsync();
        var medewerker = new Medewerker
        {
            OrganisatieId = organisatieId,
            Naam = "Matrix collega",
            Email = $"collega.{Guid.NewGuid():N}@example.org",
            Functie = Functie.Buurtteammedewerker,
        };
        db.Medewerkers.Add(medewerker);
        await db.SaveChangesAsync();
        return medewerker.Id;
    }

    /// <summary>An active organisation that is not <paramref name="organisatieId"/> (WPI, or an aanbieder for WPI's person).</summary>
    public async Task<int> AndereOrganisatieAsync(int organisatieId)
    {
        await using var db = await Factory.CreateDbContextAsync();
        return await db.Organisaties.Where(o => o.Actief && o.Id != organisatieId && (o.Type == OrganisatieType.Wpi || o.Type == OrganisatieType.Aanbieder))
            .OrderBy(o => o.Type).ThenBy(o => o.Id).Select(o => o.Id).FirstAsync();
    }
}
