using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Features.Beheer.Medewerkers;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.IntegrationTests.Beheer;

/// <summary>
/// The first Beheerder of an installation without demo data (<c>beheerder-aanmaken</c>), through the command's own
/// code path on a freshly migrated database, once per provider; and the last Beheerder keeping the role.
/// </summary>
public abstract class BeheerderCommandoTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    private async Task<(int Code, string Uit, string Fout)> VoerUitAsync(params string[] args)
    {
        using var uit = new StringWriter();
        using var fout = new StringWriter();
        var code = await BeheerderCommando.UitvoerenAsync(factory.Services, [BeheerderCommando.Naam, .. args], uit, fout);
        return (code, uit.ToString(), fout.ToString());
    }

    [Fact]
    public async Task FirstBeheerder_IsCreated_WithALink_ThenASecondRunIsRefused_AndTheLastBeheerderKeepsTheRole()
    {
        await using (var leeg = await factory.CreateDbContextAsync())
        {
            Assert.False(await leeg.Medewerkers.AnyAsync());
        }

        var ongeldig = await VoerUitAsync("--email", "geen-adres", "--naam", "Eerste Beheerder");
        var zonderNaam = await VoerUitAsync("--email", "eerste@example.org");
        var eerste = await VoerUitAsync("--email", "eerste.beheerder@example.org", "--naam", "Eerste Beheerder");
        var tweede = await VoerUitAsync("--email", "tweede.beheerder@example.org", "--naam", "Tweede Beheerder");

        Assert.Equal((1, "Dit is geen geldig e-mailadres (bijvoorbeeld naam@organisatie.nl)."), (ongeldig.Code, ongeldig.Fout.Trim()));
        Assert.Equal(1, zonderNaam.Code);
        Assert.StartsWith("Gebruik: beheerder-aanmaken", zonderNaam.Fout, StringComparison.Ordinal);
        Assert.Equal(0, eerste.Code);
        Assert.Contains("/account/wachtwoord-instellen?id=", eerste.Uit, StringComparison.Ordinal);
        Assert.Equal(1, tweede.Code);
        Assert.StartsWith("Er bestaat al een beheerder.", tweede.Fout, StringComparison.Ordinal);

        await using var db = await factory.CreateDbContextAsync();
        var medewerker = await db.Medewerkers.Include(m => m.Organisatie).SingleAsync();
        Assert.Equal(("eerste.beheerder@example.org", "Gemeente Amsterdam", OrganisatieType.Gemeente), (medewerker.Email, medewerker.Organisatie!.Naam, medewerker.Organisatie.Type));
        var gebruiker = await db.Users.SingleAsync(u => u.MedewerkerId == medewerker.Id);
        Assert.Null(gebruiker.PasswordHash);
        Assert.Equal([Rollen.Beheerder], await Toegangscontext.RollenVan(db, gebruiker.Id).ToListAsync());
        var regel = await db.AuditRegels.SingleAsync(r => r.ObjectSoort == AuditLog.Account && r.ObjectId == medewerker.Id);
        Assert.Equal((BeheerderCommando.Taak, AuditActie.Aangemaakt), (regel.Taak, regel.Actie));

        // The only Beheerder cannot give the role away nor deactivate themselves; with a second one they can.
        var ik = new Actor(medewerker.Id, gebruiker.Id, [Rollen.Beheerder]);
        var weggeven = await factory.MetServiceAsync<MedewerkerBeheerService, Uitkomst<bool>>(s => s.WijzigRollenAsync(ik, medewerker.Id, [Rollen.Netwerklid]));
        Assert.Equal("Dit is de laatste actieve beheerder. Maak eerst iemand anders beheerder.", weggeven.Fout);
        var zelf = await factory.MetServiceAsync<MedewerkerBeheerService, Uitkomst<bool>>(s => s.DeactiveerAsync(ik, medewerker.Id));
        Assert.Equal("U kunt uzelf niet deactiveren. Vraag een andere beheerder.", zelf.Fout);
        Assert.Equal([Rollen.Beheerder], await Toegangscontext.RollenVan(db, gebruiker.Id).ToListAsync());

        var geforceerd = await VoerUitAsync("--email", "tweede.beheerder@example.org", "--naam", "Tweede Beheerder", "--forceer");
        Assert.Equal(0, geforceerd.Code);
        var nuWel = await factory.MetServiceAsync<MedewerkerBeheerService, Uitkomst<bool>>(s => s.WijzigRollenAsync(ik, medewerker.Id, [Rollen.Netwerklid]));
        Assert.True(nuWel.Gelukt, nuWel.Fout);
        Assert.Equal(1, await db.Organisaties.CountAsync());
    }
}

public class SqliteLegePortalFactory : SqlitePortalFactory
{
    protected override bool MetDemoData => false;
}

public class PostgreSqlLegePortalFactory : PostgreSqlPortalFactory
{
    protected override bool MetDemoData => false;
}

public sealed class SqliteBeheerderCommandoTests(SqliteLegePortalFactory factory)
    : BeheerderCommandoTests<SqliteLegePortalFactory>(factory), IClassFixture<SqliteLegePortalFactory>;

public sealed class PostgreSqlBeheerderCommandoTests(PostgreSqlLegePortalFactory factory)
    : BeheerderCommandoTests<PostgreSqlLegePortalFactory>(factory), IClassFixture<PostgreSqlLegePortalFactory>;
