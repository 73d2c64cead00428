using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Features.Netwerk.Overleg;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;

namespace Dagbesteding.Portal.IntegrationTests.Autorisatie;

/// <summary>The spelregel of the buurtteam's regie and the casuïstiekoverleg, on their real paths.</summary>
public sealed partial class MatrixHandelingen
{
    private int? _overlegWest;

    private async Task<string> BesluitenMetRegieAsync(Persoon p)
    {
        // A fresh question of wpi-west each time: a decision closes it.
        var vraagId = await omgeving.VraagAsync(omgeving.Personen["wpi-west"]);
        var pagina = await PaginaAsync(p, $"/netwerk/vragen/{vraagId}");
        var detail = await Vragen(s => s.OpenAsync(p.Actor, vraagId));
        var uitkomst = await Vragen(s => s.BesluitAsync(p.Actor, vraagId, new NieuwBesluit { Toelichting = "Samen gekozen voor de werkplaats.", IedereenGehoord = true }));
        var toegestaan = Toegestaan(uitkomst, Besluitregels.GeenLid, Besluitregels.AlleenBuurtteamBesluit);
        // The page offers the decision exactly when the service takes it.
        Assert.True((detail?.MagBesluiten ?? false) == toegestaan, $"besluiten-regie: page offers {detail?.MagBesluiten}, service {toegestaan}");
        return Samen(pagina, toegestaan);
    }

    private async Task<string> OverlegPlannenAsync(Persoon p)
    {
        var pagina = await PaginaAsync(p, "/netwerk/overleg");
        var overzicht = await Factory.MetServiceAsync<OverlegService, OverlegOverzicht?>(s => s.OverzichtAsync(p.Actor, omgeving.WestKanaalId));
        var uitkomst = await Factory.MetServiceAsync<OverlegService, Uitkomst<int>>(s => s.PlanAsync(p.Actor,
            new NieuwOverleg { KanaalId = omgeving.WestKanaalId, Datum = DateTime.UtcNow.AddDays(10), Online = true }));
        var toegestaan = Toegestaan(uitkomst, Overlegregels.GeenLid, Overlegregels.AlleenNetwerkmanagerPlant);
        Assert.True((overzicht?.MagPlannen ?? false) == toegestaan, $"overleg-plannen: page offers {overzicht?.MagPlannen}, service {toegestaan}");
        return Samen(pagina, toegestaan);
    }

    private async Task<string> AgendapuntAsync(Persoon p)
    {
        var overleg = _overlegWest ??= await OverlegWestAsync();
        var vraagId = await omgeving.VraagAsync(omgeving.Personen["regievoerder-west"]);
        var pagina = await PaginaAsync(p, $"/netwerk/overleg/{overleg}");
        var agenda = await Factory.MetServiceAsync<OverlegService, OverlegDetail?>(s => s.OpenAsync(p.Actor, overleg));
        var uitkomst = await Factory.MetServiceAsync<OverlegService, Uitkomst<int>>(s => s.VoegPuntToeAsync(p.Actor, overleg, new NieuwOverlegPunt { AdviesvraagId = vraagId }));
        var toegestaan = Toegestaan(uitkomst, Overlegregels.GeenLid, "Deze adviesvraag bestaat niet of u bent geen lid van het kanaal.");
        Assert.True((agenda is not null) == toegestaan, $"agendapunt: agenda shown {agenda is not null}, service {toegestaan}");
        return Samen(pagina, toegestaan);
    }

    private int? _gerichteVraag;

    /// <summary>A gerichte vraag of regievoerder-west to the organisation of aanbieder-west: feed, thread and hub agree.</summary>
    private async Task<string> GerichteVraagAsync(Persoon p)
    {
        var vraagId = _gerichteVraag ??= await GerichteVraagWestAsync();
        var pagina = await PaginaAsync(p, $"/netwerk/vragen/{vraagId}");
        var feed = (await Vragen(s => s.FeedAsync(p.Actor, omgeving.WestKanaalId))).Any(k => k.Id == vraagId);
        var open = await Vragen(s => s.OpenAsync(p.Actor, vraagId)) is not null;
        var hub = await HubZietVraagAsync(p, vraagId);
        Assert.True(feed == open && open == hub, $"gerichte-vraag: feed {feed}, thread {open}, hub {hub}");
        return Samen(pagina, feed);
    }

    private async Task<int> GerichteVraagWestAsync()
    {
        var uitkomst = await Vragen(s => s.PlaatsAsync(omgeving.Personen["regievoerder-west"].Actor, new NieuweAdviesvraag
        {
            StadsdeelId = omgeving.WestId,
            Leeftijdscategorie = Leeftijdscategorie.Van27Tot45,
            WensAmsterdammer = "Wil graag in de werkplaats van deze aanbieder beginnen.",
            Vraag = "Heeft uw werkplaats in West plek voor iemand van 30, twee dagen per week?",
            GerichtAanOrganisatieId = omgeving.Personen["aanbieder-west"].OrganisatieId,
        }));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        return uitkomst.Waarde;
    }

    private async Task<int> OverlegWestAsync()
    {
        var uitkomst = await Factory.MetServiceAsync<OverlegService, Uitkomst<int>>(s => s.PlanAsync(omgeving.Personen["netwerkmanager-west"].Actor,
            new NieuwOverleg { KanaalId = omgeving.WestKanaalId, Datum = DateTime.UtcNow.AddDays(12), Plaats = "Buurthuis De Meevaart" }));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        return uitkomst.Waarde;
    }
}
