using System.Net;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Features.Beheer.Medewerkers;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Beheer;

/// <summary>
/// People beheer on a real database with the demo network, once per provider: who may create, invite, change and
/// (de)activate whom, what a refusal leaves behind (nothing, and a log line), the one-time link, and a deactivated
/// person's sessions ending at once. Each test makes its own people, so the shared database does not matter.
/// </summary>
public abstract class MedewerkerBeheerTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    private const string NieuwWachtwoord = "een lange zin als wachtwoord";

    private readonly FakeRealtimePublisher _publisher = new();

    private MedewerkerBeheerService Service() => new(
        factory.Services.GetRequiredService<IServiceScopeFactory>(),
        factory.Services.GetRequiredService<Uitnodigingen>(),
        _publisher,
        TimeProvider.System,
        factory.Services.GetRequiredService<AuditLog>());

    private static NieuweMedewerker Nieuw(int organisatieId, params string[] rollen) => new()
    {
        Naam = "Sanne Smit",
        Email = $"sanne.{Guid.NewGuid():N}@example.org",
        OrganisatieId = organisatieId,
        Functie = Functie.Buurtteammedewerker,
        Rollen = rollen,
    };

    private async Task<int> OrganisatieVanAsync(string email)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Medewerker!.OrganisatieId).SingleAsync();
    }

    private async Task<int> WpiAsync()
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Organisaties.Where(o => o.Type == OrganisatieType.Wpi).Select(o => o.Id).SingleAsync();
    }

    private async Task<List<AuditRegel>> AuditAsync(int? medewerkerId, AuditResultaat? resultaat = null)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.AuditRegels.Where(r => r.ObjectSoort == AuditLog.Account && r.ObjectId == medewerkerId && (resultaat == null || r.Resultaat == resultaat)).ToListAsync();
    }

    [Fact]
    public async Task Beheerder_CreatesAPerson_WithRoles_AndTheLinkSetsTheirPasswordOnce()
    {
        var beheerder = await factory.ActorAsync("beheerder@example.org");
        var invoer = Nieuw(await OrganisatieVanAsync("regievoerder.west@example.org"), Rollen.Regievoerder, Rollen.Netwerklid);

        var uitkomst = await Service().MaakAanAsync(beheerder, invoer);

        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        var uitnodiging = uitkomst.Waarde!;
        Assert.NotNull(uitnodiging.Link);
        var regels = await AuditAsync(uitnodiging.MedewerkerId);
        Assert.Contains(regels, r => r.Actie == AuditActie.Aangemaakt && r.Toelichting!.Contains("rollen regievoerder,netwerklid", StringComparison.Ordinal) && r.MedewerkerId == beheerder.MedewerkerId);
        Assert.Contains(regels, r => r.Toelichting!.StartsWith("Uitnodiging gemaakt", StringComparison.Ordinal));
        // The token never reaches the log.
        var code = new Uri(uitnodiging.Link!).Query.Split("code=")[1];
        Assert.DoesNotContain(regels, r => r.Toelichting!.Contains(code, StringComparison.Ordinal));

        var pad = new Uri(uitnodiging.Link!).PathAndQuery;
        using var client = factory.CreatePortalClient();
        var velden = new Dictionary<string, string> { ["Invoer.Nieuw"] = NieuwWachtwoord, ["Invoer.Herhaling"] = NieuwWachtwoord };
        var eerste = await client.PostFormulierAsync(pad, "wachtwoord-instellen", velden);
        var html = await eerste.Content.ReadAsStringAsync();
        Assert.True(html.Contains("data-testid=\"wachtwoord-ingesteld\"", StringComparison.Ordinal), html[html.IndexOf("<h1", StringComparison.Ordinal)..]);
        var tweede = await client.PostFormulierAsync(pad, "wachtwoord-instellen", velden);
        Assert.Contains("Deze link is verlopen, al gebruikt of niet compleet.", await tweede.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Redirect, (await client.LogInAsync(invoer.Email, NieuwWachtwoord)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/casussen")).StatusCode);
    }

    [Fact]
    public async Task SetPassword_FollowsThePasswordPolicy_AndKeepsTheLinkUsable()
    {
        var uitkomst = await Service().MaakAanAsync(await factory.ActorAsync("beheerder@example.org"), Nieuw(await WpiAsync(), Rollen.Netwerklid));
        var pad = new Uri(uitkomst.Waarde!.Link!).PathAndQuery;
        using var client = factory.CreatePortalClient();

        var kort = await client.PostFormulierAsync(pad, "wachtwoord-instellen", new Dictionary<string, string> { ["Invoer.Nieuw"] = "kort", ["Invoer.Herhaling"] = "kort" });
        var goed = await client.PostFormulierAsync(pad, "wachtwoord-instellen", new Dictionary<string, string> { ["Invoer.Nieuw"] = NieuwWachtwoord, ["Invoer.Herhaling"] = NieuwWachtwoord });

        Assert.DoesNotContain("wachtwoord-ingesteld", await kort.Content.ReadAsStringAsync());
        Assert.Contains("wachtwoord-ingesteld", await goed.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenIdConnectOnly_GetsNoLink_AndNoPassword()
    {
        var invoer = Nieuw(await WpiAsync(), Rollen.Netwerklid);
        invoer.AlleenOpenIdConnect = true;

        var uitkomst = await Service().MaakAanAsync(await factory.ActorAsync("beheerder@example.org"), invoer);

        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        Assert.Null(uitkomst.Waarde!.Link);
        await using var db = await factory.CreateDbContextAsync();
        var gebruiker = await db.Users.SingleAsync(u => u.MedewerkerId == uitkomst.Waarde.MedewerkerId);
        Assert.Null(gebruiker.PasswordHash);
        Assert.Equal(invoer.Email, gebruiker.Email);
    }

    [Fact]
    public async Task Netwerkmanager_CreatesInOwnOrganisation_ButNotElsewhere_NorAManager_AndRefusalsAreLogged()
    {
        var netwerkmanager = await factory.ActorAsync("netwerkmanager.west@example.org");
        var eigen = await OrganisatieVanAsync("netwerkmanager.west@example.org");
        var elders = Nieuw(await WpiAsync(), Rollen.Netwerklid);
        var manager = Nieuw(eigen, Rollen.Netwerkmanager);
        var beheerder = Nieuw(eigen, Rollen.Beheerder);
        var toegestaan = Nieuw(eigen, Rollen.Regievoerder);

        var andereOrganisatie = await Service().MaakAanAsync(netwerkmanager, elders);
        var managerRol = await Service().MaakAanAsync(netwerkmanager, manager);
        var beheerderRol = await Service().MaakAanAsync(netwerkmanager, beheerder);
        var gelukt = await Service().MaakAanAsync(netwerkmanager, toegestaan);

        Assert.Equal("Een netwerkmanager beheert alleen de medewerkers van de eigen organisatie.", andereOrganisatie.Fout);
        Assert.Equal("Alleen de beheerder kan de rol Netwerkmanager geven of afnemen.", managerRol.Fout);
        Assert.Equal("Alleen de beheerder kan de rol Beheerder geven of afnemen.", beheerderRol.Fout);
        Assert.True(gelukt.Gelukt, gelukt.Fout);
        await using var db = await factory.CreateDbContextAsync();
        var emails = new[] { elders.Email, manager.Email, beheerder.Email };
        Assert.False(await db.Medewerkers.AnyAsync(m => emails.Contains(m.Email)));
        Assert.False(await db.Users.AnyAsync(u => emails.Contains(u.Email!)));
        // The sentinel: the allowed one in the same run was stored.
        Assert.True(await db.Medewerkers.AnyAsync(m => m.Email == toegestaan.Email));
        var weigeringen = await db.AuditRegels.Where(r => r.MedewerkerId == netwerkmanager.MedewerkerId && r.Resultaat == AuditResultaat.Geweigerd && r.ObjectSoort == AuditLog.Account).ToListAsync();
        Assert.True(weigeringen.Count >= 3);
    }

    [Fact]
    public async Task Netwerkmanager_SeesOnlyOwnOrganisation_WhateverFilterIsAsked()
    {
        var netwerkmanager = await factory.ActorAsync("netwerkmanager.west@example.org");
        var eigen = await OrganisatieVanAsync("netwerkmanager.west@example.org");

        var overzicht = await Service().OverzichtAsync(netwerkmanager, await WpiAsync());
        var alles = await Service().OverzichtAsync(await factory.ActorAsync("beheerder@example.org"));

        Assert.True(overzicht.Gelukt);
        Assert.NotEmpty(overzicht.Waarde!.Medewerkers);
        Assert.All(overzicht.Waarde.Medewerkers, m => Assert.Equal(eigen, m.OrganisatieId));
        Assert.DoesNotContain(Rollen.Netwerkmanager, overzicht.Waarde.TeGevenRollen);
        Assert.Contains(alles.Waarde!.Medewerkers, m => m.OrganisatieId != eigen);
        var netwerklid = await Service().OverzichtAsync(await factory.ActorAsync("regievoerder.west@example.org"));
        Assert.Equal("Alleen de beheerder en de netwerkmanager beheren medewerkers.", netwerklid.Fout);
    }

    [Fact]
    public async Task DuplicateOrInvalidEmail_IsRefusedInDutch_AndNothingIsSaved()
    {
        var beheerder = await factory.ActorAsync("beheerder@example.org");
        var wpi = await WpiAsync();
        await using var voor = await factory.CreateDbContextAsync();
        var aantal = await voor.Medewerkers.CountAsync();

        var dubbel = await Service().MaakAanAsync(beheerder, Met(Nieuw(wpi, Rollen.Netwerklid), "REGIEVOERDER.west@example.org"));
        var ongeldig = await Service().MaakAanAsync(beheerder, Met(Nieuw(wpi, Rollen.Netwerklid), "geen-adres@"));
        var zonderRol = await Service().MaakAanAsync(beheerder, Nieuw(wpi));
        var regievoerderBijWpi = await Service().MaakAanAsync(beheerder, Nieuw(wpi, Rollen.Regievoerder));

        Assert.Equal("Er is al een medewerker met dit e-mailadres.", dubbel.Fout);
        Assert.Equal("Dit is geen geldig e-mailadres (bijvoorbeeld naam@organisatie.nl).", ongeldig.Fout);
        Assert.Equal("Kies minstens één rol.", zonderRol.Fout);
        Assert.Contains("buurtteamorganisatie", regievoerderBijWpi.Fout);
        await using (var na = await factory.CreateDbContextAsync())
        {
            Assert.Equal(aantal, await na.Medewerkers.CountAsync());
        }
        // The sentinel: a correct one right after is stored (the class's tests run one at a time on their own database).
        Assert.True((await Service().MaakAanAsync(beheerder, Nieuw(wpi, Rollen.Netwerklid))).Gelukt);
        await using var daarna = await factory.CreateDbContextAsync();
        Assert.Equal(aantal + 1, await daarna.Medewerkers.CountAsync());
    }

    private static NieuweMedewerker Met(NieuweMedewerker invoer, string email)
    {
        invoer.Email = email;
        return invoer;
    }

    [Fact]
    public async Task Deactivating_EndsEverySessionAtOnce_PushesTheSignOut_AndReactivatingLetsThemBackIn()
    {
        var beheerder = await factory.ActorAsync("beheerder@example.org");
        var account = await factory.MaakAccountAsync(Rollen.Netwerklid);
        var cookie = await factory.InlogCookieAsync(account.Email);
        Assert.Equal(HttpStatusCode.OK, (await factory.GetMetCookieAsync("/", cookie)).StatusCode);
        await using var voor = await factory.CreateDbContextAsync();
        var stempel = await voor.Users.Where(u => u.Id == account.Id).Select(u => u.SecurityStamp).SingleAsync();

        var uit = await Service().DeactiveerAsync(beheerder, account.MedewerkerId);

        Assert.True(uit.Gelukt, uit.Fout);
        var na = await factory.GetMetCookieAsync("/", cookie);
        Assert.Equal(HttpStatusCode.Redirect, na.StatusCode);
        Assert.StartsWith("/inloggen", na.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        await using var db = await factory.CreateDbContextAsync();
        Assert.All(await db.Sessies.Where(s => s.GebruikerId == account.Id).ToListAsync(), s => Assert.Equal("gedeactiveerd", s.EindReden));
        Assert.NotEqual(stempel, await db.Users.Where(u => u.Id == account.Id).Select(u => u.SecurityStamp).SingleAsync());
        Assert.Contains(_publisher.Alles, g => g is ToegangBeeindigd t && t.MedewerkerId == account.MedewerkerId);
        using (var client = factory.CreatePortalClient())
        {
            Assert.NotEqual(HttpStatusCode.Redirect, (await client.LogInAsync(account.Email)).StatusCode);
        }

        var weer = await Service().ActiveerAsync(beheerder, account.MedewerkerId);

        Assert.True(weer.Gelukt, weer.Fout);
        using var opnieuw = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await opnieuw.LogInAsync(account.Email)).StatusCode);
        var regels = await AuditAsync(account.MedewerkerId);
        Assert.Contains(regels, r => r.Toelichting == "Medewerker gedeactiveerd, sessies beeindigd");
        Assert.Contains(regels, r => r.Toelichting == "Medewerker weer actief");
    }

    [Fact]
    public async Task DeactivatingYourself_IsRefused_AndNothingChanges()
    {
        var account = await factory.MaakAccountAsync(Rollen.Beheerder);
        var ik = await factory.ActorAsync(account.Email);

        var uitkomst = await Service().DeactiveerAsync(ik, account.MedewerkerId);

        Assert.Equal("U kunt uzelf niet deactiveren. Vraag een andere beheerder.", uitkomst.Fout);
        await using var db = await factory.CreateDbContextAsync();
        Assert.True(await db.Medewerkers.Where(m => m.Id == account.MedewerkerId).Select(m => m.Actief).SingleAsync());
        Assert.Empty(_publisher.Alles);
    }

    [Fact]
    public async Task Roles_ChangeAndAreLogged_ButANetwerkmanagerCannotPromote_NorTouchAnotherOrganisation()
    {
        var beheerder = await factory.ActorAsync("beheerder@example.org");
        var netwerkmanager = await factory.ActorAsync("netwerkmanager.west@example.org");
        var collega = (await Service().MaakAanAsync(beheerder, Nieuw(await OrganisatieVanAsync("netwerkmanager.west@example.org"), Rollen.Netwerklid))).Waarde!.MedewerkerId;
        var elders = (await Service().MaakAanAsync(beheerder, Nieuw(await WpiAsync(), Rollen.Netwerklid))).Waarde!.MedewerkerId;

        var promotie = await Service().WijzigRollenAsync(netwerkmanager, collega, [Rollen.Netwerklid, Rollen.Netwerkmanager]);
        var anderen = await Service().DeactiveerAsync(netwerkmanager, elders);
        var regievoerder = await Service().WijzigRollenAsync(netwerkmanager, collega, [Rollen.Netwerklid, Rollen.Regievoerder]);
        var doorBeheerder = await Service().WijzigRollenAsync(beheerder, collega, [Rollen.Netwerkmanager]);
        var terugDoorNetwerkmanager = await Service().WijzigRollenAsync(netwerkmanager, collega, [Rollen.Netwerklid]);

        Assert.Equal("Alleen de beheerder kan de rol Netwerkmanager geven of afnemen.", promotie.Fout);
        Assert.Equal("Een netwerkmanager beheert alleen de medewerkers van de eigen organisatie.", anderen.Fout);
        Assert.True(regievoerder.Gelukt, regievoerder.Fout);
        Assert.True(doorBeheerder.Gelukt, doorBeheerder.Fout);
        Assert.Equal("Een netwerkmanager wijzigt geen beheerder of netwerkmanager; dat doet de beheerder.", terugDoorNetwerkmanager.Fout);
        await using var db = await factory.CreateDbContextAsync();
        var gebruiker = await db.Users.SingleAsync(u => u.MedewerkerId == collega);
        Assert.Equal([Rollen.Netwerkmanager], await Toegangscontext.RollenVan(db, gebruiker.Id).ToListAsync());
        Assert.True(await db.Medewerkers.Where(m => m.Id == elders).Select(m => m.Actief).SingleAsync());
        var regels = await AuditAsync(collega);
        Assert.Contains(regels, r => r.Toelichting == "Rollen gewijzigd naar netwerklid,regievoerder" && r.MedewerkerId == netwerkmanager.MedewerkerId);
        Assert.Contains(regels, r => r.Toelichting == "Rollen gewijzigd naar netwerkmanager" && r.MedewerkerId == beheerder.MedewerkerId);
        Assert.Equal(2, regels.Count(r => r.Resultaat == AuditResultaat.Geweigerd));
    }
}

public sealed class SqliteMedewerkerBeheerTests(SqlitePortalFactory factory)
    : MedewerkerBeheerTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlMedewerkerBeheerTests(PostgreSqlPortalFactory factory)
    : MedewerkerBeheerTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
