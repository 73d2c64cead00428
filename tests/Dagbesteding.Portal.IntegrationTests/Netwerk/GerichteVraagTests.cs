using Dagbesteding.Portal.Domain.Meldingen;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.IntegrationTests.Netwerk;

/// <summary>
/// A gerichte vraag (werkproces §IV.1, "Concrete vraag aan een specifieke aanbieder stellen"): the same checks and
/// timer as a channel question, seen only by the asker and the aanbieder's members, on every path.
/// </summary>
public abstract class GerichteVraagTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    private const string Regievoerder = "regievoerder.west@example.org";
    private const string Aanbieder = "aanbieder.west@example.org";
    private const string Wpi = "wpi.west@example.org";

    private Task<T> Vragen<T>(Func<AdviesvraagService, Task<T>> actie) => factory.MetServiceAsync(actie);

    [Fact]
    public async Task AGerichteVraag_IsSeenByTheAskerAndTheAanbieder_AndByNoOtherMember()
    {
        var vrager = await factory.ActorAsync(Regievoerder);
        var aanbieder = await factory.ActorAsync(Aanbieder);
        var wpi = await factory.ActorAsync(Wpi);
        var organisatie = await OrganisatieVanAsync(aanbieder);
        var west = await factory.KanaalIdAsync("West");
        using var live = new LiveOntvanger<KanaalGebeurtenis>(factory.Services, LiveSleutel.Kanaal(west));

        var stadsdeel = await factory.StadsdeelIdAsync("West");
        var keuzes = await Vragen(s => s.GerichtAanKeuzesAsync(vrager, stadsdeel));
        Assert.Contains(keuzes, k => k.OrganisatieId == organisatie);
        var id = await PlaatsAsync(vrager, organisatie);

        // The timer is the channel's: two working days, escalation one working day before.
        await using (var db = await factory.CreateDbContextAsync())
        {
            var vraag = await db.Adviesvragen.SingleAsync(a => a.Id == id);
            Assert.Equal(organisatie, vraag.GerichtAanOrganisatieId);
            Assert.True(vraag.Deadline > vraag.WaarschuwingOp);
        }
        var gebeurtenis = await live.WachtOpAsync(g => g.AdviesvraagId == id);
        Assert.Equal(new Gericht(organisatie!.Value, vrager.MedewerkerId), gebeurtenis.Gericht);
        Assert.False(gebeurtenis.IsZichtbaarVoor(wpi.MedewerkerId, await OrganisatieVanAsync(wpi)));

        Assert.Contains(await Vragen(s => s.FeedAsync(vrager, west)), k => k.Id == id);
        var bijAanbieder = Assert.Single(await Vragen(s => s.FeedAsync(aanbieder, west)), k => k.Id == id);
        Assert.False(string.IsNullOrEmpty(bijAanbieder.GerichtAan));
        Assert.DoesNotContain(await Vragen(s => s.FeedAsync(wpi, west)), k => k.Id == id);
        Assert.NotNull(await Vragen(s => s.OpenAsync(aanbieder, id)));
        Assert.Null(await Vragen(s => s.OpenAsync(wpi, id)));

        var reactieWpi = await Vragen(s => s.ReageerAsync(wpi, id, new NieuweReactie { Tekst = "Wij denken mee." }));
        Assert.Equal("Deze adviesvraag bestaat niet of u bent geen lid van het kanaal.", reactieWpi.Fout);
        var reactie = await Vragen(s => s.ReageerAsync(aanbieder, id, new NieuweReactie { Tekst = "Wij hebben plek op dinsdag." }));
        Assert.True(reactie.Gelukt, reactie.Fout);

        var besluitWpi = await Vragen(s => s.BesluitAsync(wpi, id, new NieuwBesluit { Toelichting = "Ik sluit hem.", IedereenGehoord = true }));
        Assert.Equal(Besluitregels.GeenLid, besluitWpi.Fout);
        var besluit = await Vragen(s => s.BesluitAsync(vrager, id, new NieuwBesluit { Toelichting = "Samen gekozen voor de werkplaats.", IedereenGehoord = true }));
        Assert.True(besluit.Gelukt, besluit.Fout);

        var archiefWpi = await Vragen(s => s.ZoekInArchiefAsync(wpi, new ArchiefFilter()));
        Assert.DoesNotContain(archiefWpi.Waarde!, t => t.Kaart.Id == id);
        var archiefAanbieder = await Vragen(s => s.ZoekInArchiefAsync(aanbieder, new ArchiefFilter()));
        Assert.Contains(archiefAanbieder.Waarde!, t => t.Kaart.Id == id);
    }

    [Fact]
    public async Task TheNewQuestionMelding_GoesOnlyToTheAanbiedersMembers()
    {
        var vrager = await factory.ActorAsync(Regievoerder);
        var aanbieder = await factory.ActorAsync(Aanbieder);
        var organisatie = await OrganisatieVanAsync(aanbieder);

        var id = await PlaatsAsync(vrager, organisatie);

        await using var db = await factory.CreateDbContextAsync();
        var ontvangers = await db.Meldingen.Where(m => m.Link == $"/netwerk/vragen/{id}" && m.Soort == MeldingSoort.NieuweAdviesvraag)
            .Select(m => m.Medewerker!.OrganisatieId).ToListAsync();
        Assert.NotEmpty(ontvangers);
        Assert.All(ontvangers, o => Assert.Equal(organisatie, o));
    }

    [Fact]
    public async Task AGerichteVraag_ToNoAanbieder_OrToOneWithoutMembersInTheChannel_IsRefused_AndNothingIsStored()
    {
        var vrager = await factory.ActorAsync(Regievoerder);
        await using var db = await factory.CreateDbContextAsync();
        var wpiOrganisatie = await db.Organisaties.Where(o => o.Type == OrganisatieType.Wpi).Select(o => o.Id).FirstAsync();
        var west = await factory.KanaalIdAsync("West");
        var zonderLeden = await db.Organisaties
            .Where(o => o.Type == OrganisatieType.Aanbieder && o.Actief
                && !db.Lidmaatschappen.Any(l => l.KanaalId == west && l.AfgemeldOp == null && l.Medewerker!.OrganisatieId == o.Id))
            .Select(o => o.Id).FirstAsync();
        var voor = await db.Adviesvragen.CountAsync();

        Assert.Equal(GerichteVraag.GeenAanbieder, (await PlaatsUitkomstAsync(vrager, wpiOrganisatie)).Fout);
        Assert.Equal(GerichteVraag.GeenAanbieder, (await PlaatsUitkomstAsync(vrager, int.MaxValue)).Fout);
        Assert.Equal(GerichteVraag.GeenLedenInKanaal, (await PlaatsUitkomstAsync(vrager, zonderLeden)).Fout);
        Assert.Equal(voor, await db.Adviesvragen.CountAsync());
    }

    private async Task<int?> OrganisatieVanAsync(Actor actor)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Medewerkers.Where(m => m.Id == actor.MedewerkerId).Select(m => (int?)m.OrganisatieId).SingleAsync();
    }

    private async Task<int> PlaatsAsync(Actor vrager, int? organisatie)
    {
        var uitkomst = await PlaatsUitkomstAsync(vrager, organisatie);
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        return uitkomst.Waarde;
    }

    private async Task<Uitkomst<int>> PlaatsUitkomstAsync(Actor vrager, int? organisatie)
    {
        var stadsdeel = await factory.StadsdeelIdAsync("West");
        return await Vragen(s => s.PlaatsAsync(vrager, new NieuweAdviesvraag
        {
            StadsdeelId = stadsdeel,
            Leeftijdscategorie = Leeftijdscategorie.Van27Tot45,
            WensAmsterdammer = "Wil graag in een werkplaats met hout beginnen.",
            Vraag = "Heeft uw werkplaats plek voor iemand van 30 die graag met hout werkt?",
            GerichtAanOrganisatieId = organisatie,
        }));
    }
}

public sealed class SqliteGerichteVraagTests(SqlitePortalFactory factory)
    : GerichteVraagTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlGerichteVraagTests(PostgreSqlPortalFactory factory)
    : GerichteVraagTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
