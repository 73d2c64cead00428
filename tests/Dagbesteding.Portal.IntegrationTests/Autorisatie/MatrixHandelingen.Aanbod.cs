using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Aanbod;
using Dagbesteding.Portal.Features.Beheer;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.IntegrationTests.Autorisatie;

/// <summary>
/// The rows of the sociale kaart and the organisations (issue 11, points 2 and 3). Each cell that changes something works
/// on a locatie or organisation of its own, so one cell's change cannot decide another's outcome.
/// </summary>
public sealed partial class MatrixHandelingen
{
    private async Task<string> AanbodAsync(Persoon p)
    {
        var pagina = await PaginaAsync(p, "/aanbod");
        var locaties = await Kaart(s => s.ZoekAsync(p.Actor, new AanbodFilter { Stadsdeel = "west" }));
        Assert.True(locaties is null || locaties.Count > 0, "aanbod: the kaart of West is empty");
        return Samen(pagina, locaties is not null);
    }

    private async Task<string> LocatieBijwerkenAsync(Persoon p)
    {
        var locatieId = await NieuweLocatieAsync(omgeving["aanbieder-west"].OrganisatieId);
        var pagina = await PaginaAsync(p, $"/aanbod/{locatieId}/bewerken");
        var formulier = await Kaart(s => s.FormulierAsync(p.Actor, locatieId, null));
        var gegevens = await GegevensAsync(locatieId);
        gegevens.WachttijdIndicatie = Wachttijd.MeerDanDrieMaanden;
        var uitkomst = await Kaart(s => s.BewaarAsync(p.Actor, locatieId, gegevens));
        // The form is offered exactly to whom the service allows the change.
        Assert.Equal(uitkomst.Gelukt, formulier is not null);
        return Samen(pagina, Toegestaan(uitkomst, SocialeKaartService.GeenBewerkrechtFout));
    }

    private async Task<string> LocatieToevoegenAsync(Persoon p)
    {
        var organisatieId = omgeving["aanbieder-west"].OrganisatieId;
        var pagina = await PaginaAsync(p, $"/beheer/organisaties/{organisatieId}/locaties/nieuw");
        var uitkomst = await Kaart(s => s.BewaarAsync(p.Actor, null, new LocatieGegevens
        {
            OrganisatieId = organisatieId,
            Naam = $"Matrix locatie {Guid.NewGuid():N}"[..28],
            StadsdeelId = omgeving.WestId,
            Percelen = Percelen.Meedoen,
        }));
        return Samen(pagina, Toegestaan(uitkomst, SocialeKaartService.GeenBeheerderFout));
    }

    private async Task<string> LocatieBeeindigenAsync(Persoon p)
    {
        var locatieId = await NieuweLocatieAsync(omgeving["aanbieder-west"].OrganisatieId);
        var pagina = await PaginaAsync(p, $"/aanbod/{locatieId}");
        var detail = await Kaart(s => s.OpenAsync(p.Actor, locatieId));
        var uitkomst = await Kaart(s => s.BeeindigAsync(p.Actor, locatieId));
        Assert.Equal(uitkomst.Gelukt, detail?.MagBeeindigen ?? false);
        return Samen(pagina, Toegestaan(uitkomst, SocialeKaartService.GeenBeheerderFout));
    }

    private async Task<string> OrganisatieAsync(Persoon p)
    {
        var pagina = await PaginaAsync(p, "/beheer/organisaties/nieuw");
        var uitkomst = await Beheer(s => s.BewaarAsync(p.Actor, null, new OrganisatieGegevens
        {
            Naam = $"Matrix organisatie {Guid.NewGuid():N}"[..32],
            Type = OrganisatieType.Aanbieder,
            ActieveStadsdeelIds = [omgeving.WestId],
            Website = "https://example.org/",
        }));
        return Samen(pagina, Toegestaan(uitkomst, BeheerService.GeenBeheerderFout));
    }

    private async Task<string> OrganisatieBeeindigenAsync(Persoon p)
    {
        var organisatieId = await NieuweOrganisatieAsync();
        var pagina = await PaginaAsync(p, $"/beheer/organisaties/{organisatieId}");
        var uitkomst = await Beheer(s => s.BeeindigAsync(p.Actor, organisatieId));
        return Samen(pagina, Toegestaan(uitkomst, BeheerService.GeenBeheerderFout));
    }

    private async Task<int> NieuweLocatieAsync(int organisatieId)
    {
        await using var db = await Factory.CreateDbContextAsync();
        var locatie = new Locatie { OrganisatieId = organisatieId, Naam = $"Matrix werkplaats {Guid.NewGuid():N}"[..30], StadsdeelId = omgeving.WestId, Percelen = Percelen.Meedoen };
        db.Locaties.Add(locatie);
        await db.SaveChangesAsync();
        return locatie.Id;
    }

    private async Task<int> NieuweOrganisatieAsync()
    {
        await using var db = await Factory.CreateDbContextAsync();
        var organisatie = new Organisatie { GemeenteId = await db.Gemeenten.Select(g => g.Id).FirstAsync(), Naam = $"Matrix einde {Guid.NewGuid():N}"[..30], Type = OrganisatieType.Aanbieder };
        db.Organisaties.Add(organisatie);
        await db.SaveChangesAsync();
        return organisatie.Id;
    }

    private async Task<LocatieGegevens> GegevensAsync(int locatieId)
    {
        await using var db = await Factory.CreateDbContextAsync();
        return LocatieGegevens.Van(await db.Locaties.Include(l => l.Doelgroepen).SingleAsync(l => l.Id == locatieId));
    }

    private Task<T> Kaart<T>(Func<SocialeKaartService, Task<T>> actie) => Factory.MetServiceAsync(actie);

    private Task<T> Beheer<T>(Func<BeheerService, Task<T>> actie) => Factory.MetServiceAsync(actie);
}
