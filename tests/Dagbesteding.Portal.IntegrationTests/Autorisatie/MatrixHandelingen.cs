using System.Net;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Dashboard;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Features.Beheer.Medewerkers;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Features.Dashboard;
using Dagbesteding.Portal.Features.Evaluaties;
using Dagbesteding.Portal.Features.Netwerk.Leden;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.Realtime;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace Dagbesteding.Portal.IntegrationTests.Autorisatie;

/// <summary>
/// Runs one action of docs/autorisatie.md as one person on the real paths (page GET with their cookie, the service
/// with their actor, the hub with their cookie, the export and calendar endpoints) and says what happened: ja, nee,
/// eigen or aantallen. A refusal counts only with an access reason (so a refused cell cannot pass on bad input), and
/// a page that refuses while its service allows fails the test as a hole.
/// </summary>
public sealed partial class MatrixHandelingen(MatrixOmgeving omgeving)
{
    public static readonly IReadOnlyList<string> Alle =
        ["kanaal", "vraag", "reageren", "besluiten", "besluiten-regie", "overleg-plannen", "agendapunt", "gerichte-vraag", "bord", "verplaatsen", "casus", "plan", "evaluatie", "dashboard", "export", "agenda", "leden", "beheer", "jobs", "audit",
        "aanbod", "locatie-bijwerken", "locatie-toevoegen", "locatie-beeindigen", "organisatie", "organisatie-beeindigen",
        "medewerkers", "medewerkers-ander", "rol-beheer", "deactiveren"];

    private PortalFactory Factory => omgeving.Factory;

    private static DateOnly Vandaag => WerkdagKalender.DagInAmsterdam(DateTimeOffset.UtcNow);

    public Task<string> VoerUitAsync(string handeling, Persoon p) => handeling switch
    {
        "kanaal" => KanaalAsync(p),
        "vraag" => VraagAsync(p),
        "reageren" => ReagerenAsync(p),
        "besluiten" => BesluitenAsync(p),
        "besluiten-regie" => BesluitenMetRegieAsync(p),
        "overleg-plannen" => OverlegPlannenAsync(p),
        "agendapunt" => AgendapuntAsync(p),
        "gerichte-vraag" => GerichteVraagAsync(p),
        "bord" => BordAsync(p),
        "verplaatsen" => VerplaatsenAsync(p),
        "casus" => CasusAsync(p),
        "plan" => PlanAsync(p),
        "evaluatie" => EvaluatieAsync(p),
        "dashboard" => DashboardAsync(p),
        "export" => ExportAsync(p),
        "agenda" => AgendaAsync(p),
        "leden" => LedenAsync(p),
        "beheer" => BeheerAsync(p),
        "jobs" => PaginaUitkomstAsync(p, JobsExtensions.DashboardPad),
        "audit" => AuditAsync(p),
        "aanbod" => AanbodAsync(p),
        "locatie-bijwerken" => LocatieBijwerkenAsync(p),
        "locatie-toevoegen" => LocatieToevoegenAsync(p),
        "locatie-beeindigen" => LocatieBeeindigenAsync(p),
        "organisatie" => OrganisatieAsync(p),
        "organisatie-beeindigen" => OrganisatieBeeindigenAsync(p),
        "medewerkers" => MedewerkersAsync(p),
        "medewerkers-ander" => MedewerkerAndereOrganisatieAsync(p),
        "rol-beheer" => RolBeheerAsync(p),
        "deactiveren" => DeactiverenAsync(p),
        _ => throw new ArgumentOutOfRangeException(nameof(handeling), handeling, "Not an action of docs/autorisatie.md"),
    };

    private async Task<string> KanaalAsync(Persoon p)
    {
        var pagina = await PaginaAsync(p, "/netwerk");
        var feed = (await Vragen(s => s.FeedAsync(p.Actor, omgeving.WestKanaalId))).Any(k => k.Id == omgeving.OpenVraagId);
        var open = await Vragen(s => s.OpenAsync(p.Actor, omgeving.OpenVraagId)) is not null;
        var hub = await HubZietVraagAsync(p);
        // The feed, the thread and the hub's catch-up are one right: they must agree.
        Assert.True(feed == open && open == hub, $"kanaal: feed {feed}, thread {open}, hub {hub}");
        return Samen(pagina, feed);
    }

    private async Task<string> VraagAsync(Persoon p)
    {
        var pagina = await PaginaAsync(p, "/netwerk/vragen/nieuw");
        var uitkomst = await Vragen(s => s.PlaatsAsync(p.Actor, new NieuweAdviesvraag
        {
            StadsdeelId = omgeving.WestId,
            Leeftijdscategorie = Leeftijdscategorie.Van45Tot67,
            WensAmsterdammer = "Wil graag iets met zijn handen doen, dicht bij huis.",
            Vraag = "Is er in West een werkplek met begeleiding voor iemand die graag buiten werkt?",
        }));
        return Samen(pagina, Toegestaan(uitkomst, "Alleen netwerkleden kunnen een adviesvraag stellen.", "U bent geen lid van het netwerkkanaal van dit stadsdeel."));
    }

    private async Task<string> ReagerenAsync(Persoon p)
    {
        var pagina = await PaginaAsync(p, $"/netwerk/vragen/{omgeving.OpenVraagId}");
        var uitkomst = await Vragen(s => s.ReageerAsync(p.Actor, omgeving.OpenVraagId, new NieuweReactie { Tekst = "Wij hebben op dinsdag en donderdag plek in de werkplaats." }));
        return Samen(pagina, Toegestaan(uitkomst, "Alleen netwerkleden kunnen reageren.", "Deze adviesvraag bestaat niet of u bent geen lid van het kanaal."));
    }

    private async Task<string> BesluitenAsync(Persoon p)
    {
        // The asker decides: their own question (a fresh one for regievoerder-west, whose cell is allowed), anyone else
        // tries on the open question of regievoerder-west.
        var vraagId = p.EigenVraagId ?? (p.Sleutel == "regievoerder-west" ? await omgeving.VraagAsync(p) : omgeving.OpenVraagId);
        var pagina = await PaginaAsync(p, $"/netwerk/vragen/{vraagId}");
        var uitkomst = await Vragen(s => s.BesluitAsync(p.Actor, vraagId, new NieuwBesluit { Toelichting = "Gekozen voor de werkplaats dichtbij huis.", IedereenGehoord = true }));
        return Samen(pagina, Toegestaan(uitkomst, Besluitregels.AlleenVragerBesluit, Besluitregels.GeenLid));
    }

    private async Task<string> BordAsync(Persoon p)
    {
        var pagina = await PaginaAsync(p, "/casussen");
        var bord = await Casussen(s => s.BordAsync(p.Actor, omgeving.WestId, new BordFilter()));
        if (bord is null)
        {
            return Samen(pagina, false);
        }
        Assert.True(pagina, "bord: the page refuses, but the service shows the board");
        var kaarten = bord.Kolommen.SelectMany(k => k.Kaarten).ToList();
        if (bord.AlleenAantallen)
        {
            Assert.Empty(kaarten);
            Assert.True(bord.Kolommen.Sum(k => k.Aantal) > 0, "bord: counts-only board without counts");
            return "aantallen";
        }
        Assert.NotEmpty(kaarten);
        return kaarten.All(k => k.AanbiederId == p.OrganisatieId) ? "eigen" : "ja";
    }

    private async Task<string> VerplaatsenAsync(Persoon p)
    {
        var casusId = await omgeving.CasusAsync(omgeving["regievoerder-west"]);
        var versie = await omgeving.VersieAsync(casusId);
        var uitkomst = await Casussen(s => s.VerplaatsAsync(p.Actor, casusId, WerkprocesStap.Regiecheck, versie));
        return Samen(await PaginaAsync(p, $"/casussen/{casusId}"),
            Toegestaan(uitkomst, CasusService.GeenToegangFout, "Alleen een regievoerder van het buurtteam verplaatst een casus in het werkproces."));
    }

    private async Task<string> CasusAsync(Persoon p)
    {
        var casusId = p.EigenCasusId ?? omgeving.EvaluatieCasusId;
        var pagina = await PaginaAsync(p, $"/casussen/{casusId}");
        return Samen(pagina, await Casussen(s => s.OpenAsync(p.Actor, casusId)) is not null);
    }

    private async Task<string> PlanAsync(Persoon p)
    {
        // A casus that aanbieder-west registered: the werkproces lets an aanbieder fill in plan parts only there.
        var casusId = p.EigenCasusId ?? await omgeving.CasusAsync(omgeving["aanbieder-west"], regievoerderId: omgeving["regievoerder-west"].Actor.MedewerkerId);
        var versie = await omgeving.VersieAsync(casusId);
        var uitkomst = await Casussen(s => s.BewaarPlanAsync(p.Actor, casusId, new PlanInvoer { Perceel = Perceel.Meedoen, Startdatum = Vandaag.AddDays(-30) }, versie));
        return Samen(await PaginaAsync(p, $"/casussen/{casusId}"), Toegestaan(uitkomst,
            CasusService.GeenToegangFout,
            "U kunt het ondersteuningsplan van deze casus niet invullen.",
            "Een aanbieder kan alleen delen van het ondersteuningsplan invullen in een casus die hij zelf heeft aangemaakt."));
    }

    private async Task<string> EvaluatieAsync(Persoon p)
    {
        var pagina = await PaginaAsync(p, "/evaluaties");
        var casusId = omgeving.EvaluatieCasusId;
        var versie = await omgeving.VersieAsync(casusId);
        var uitkomst = await Factory.MetServiceAsync<EvaluatieService, Uitkomst<CasusDetail>>(s => s.VoorgesprekAsync(p.Actor, casusId, true, versie));
        return Samen(pagina, Toegestaan(uitkomst, CasusService.GeenToegangFout, "Het voorgesprek wordt vastgelegd door het buurtteam of de aanbieder van de casus."));
    }

    private async Task<string> DashboardAsync(Persoon p)
    {
        var pagina = await PaginaAsync(p, "/dashboard");
        var cijfers = await Factory.MetServiceAsync<NetwerkCijfersService, NetwerkCijfers?>(s =>
            s.CijfersAsync(p.Actor, omgeving.WestId, DashboardPeriode.Laatste(PeriodeSoort.Maand, Vandaag)));
        return Samen(pagina, cijfers is not null);
    }

    private async Task<string> ExportAsync(Persoon p)
    {
        var periode = DashboardPeriode.Laatste(PeriodeSoort.Maand, Vandaag);
        using var antwoord = await GetAsync(p, DashboardEndpoints.Link("reactietijden", "csv", omgeving.WestId, periode));
        if (antwoord.StatusCode == HttpStatusCode.OK)
        {
            Assert.Equal("text/csv", antwoord.Content.Headers.ContentType?.MediaType);
            return "ja";
        }
        // A stadsdeel the user may not see answers 404, like one that does not exist.
        Assert.True(antwoord.StatusCode == HttpStatusCode.NotFound || IsWeggestuurd(antwoord), $"export: unexpected {antwoord.StatusCode}");
        return "nee";
    }

    private async Task<string> AgendaAsync(Persoon p)
    {
        // A link made while the account was active must stop working with it. Read first: a new link revokes the old one.
        var oudeFeed = p.AgendaSleutel is not { } oud || await FeedAsync(oud);
        var nieuw = await Factory.MetServiceAsync<AgendaService, Uitkomst<NieuweAgendaKoppeling>>(s => s.MaakKoppelingAsync(p.Actor));
        var maken = Toegestaan(nieuw, "Alleen een actieve medewerker kan een agendalink maken.");
        var feed = maken && await FeedAsync(nieuw.Waarde!.Sleutel);
        Assert.True(maken == feed, $"agenda: link made {maken}, its feed {feed}");
        return maken && oudeFeed ? "ja" : "nee";
    }

    private async Task<bool> FeedAsync(string sleutel)
    {
        using var http = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = PortalFactory.Adres });
        using var antwoord = await http.GetAsync(AgendaService.FeedPad(sleutel));
        Assert.True(antwoord.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"agenda feed: unexpected {antwoord.StatusCode}");
        return antwoord.StatusCode == HttpStatusCode.OK;
    }

    private async Task<string> LedenAsync(Persoon p)
    {
        var pagina = await PaginaAsync(p, "/netwerk/leden");
        var overzicht = await Factory.MetServiceAsync<LidmaatschapService, LedenOverzicht?>(s => s.OverzichtAsync(omgeving.WestId, p.Actor.MedewerkerId));
        var kandidaat = await omgeving.KandidaatAsync();
        var resultaat = await Factory.MetServiceAsync<LidmaatschapService, LidmaatschapResultaat>(s => s.VoegToeAsync(omgeving.WestKanaalId, kandidaat, p.Actor));
        if (!resultaat.Gelukt)
        {
            Assert.Contains(resultaat.Melding, new[]
            {
                "Alleen de beheerder en de netwerkmanager van het stadsdeel voegen leden toe of melden leden af.",
                "Een netwerkmanager beheert alleen de leden van het kanaal van het eigen stadsdeel.",
                "Uw account is niet (meer) actief in het netwerk.",
            });
        }
        // One right drives both what the page offers and what the service does.
        Assert.Equal(resultaat.Gelukt, overzicht?.MagBeheren ?? false);
        return Samen(pagina, resultaat.Gelukt);
    }

    private async Task<string> BeheerAsync(Persoon p)
    {
        var beheer = await PaginaAsync(p, "/beheer");
        var sluitingsdagen = await PaginaAsync(p, "/beheer/sluitingsdagen");
        Assert.Equal(beheer, sluitingsdagen);
        return beheer ? "ja" : "nee";
    }

    private async Task<string> AuditAsync(Persoon p)
    {
        // "Who looked at this casus": the page, the service and the export are one right.
        var filter = new AuditFilter { ObjectSoort = AuditLog.Casus, ObjectId = omgeving.EvaluatieCasusId };
        var pagina = await PaginaAsync(p, AuditQuery.Pagina + AuditQuery.Van(filter));
        var uitkomst = await Factory.MetServiceAsync<AuditZoekService, Uitkomst<AuditResultaten>>(s => s.ZoekAsync(p.Actor, filter));
        var service = Toegestaan(uitkomst, AuditZoekService.GeenToegangFout);
        using var antwoord = await GetAsync(p, AuditQuery.Export + AuditQuery.Van(filter));
        var export = antwoord.StatusCode == HttpStatusCode.OK;
        if (export)
        {
            Assert.Equal("text/csv", antwoord.Content.Headers.ContentType?.MediaType);
        }
        else
        {
            Assert.True(IsWeggestuurd(antwoord) || antwoord.StatusCode == HttpStatusCode.Forbidden, $"audit export: unexpected {antwoord.StatusCode}");
        }
        Assert.True(service == export, $"audit: service {service}, export {export}");
        return Samen(pagina, service);
    }

    /// <summary>The refusals of people beheer that are about rights (not about input).</summary>
    private static readonly string[] MedewerkerWeigeringen =
    [
        "Alleen de beheerder en de netwerkmanager beheren medewerkers.",
        "Een netwerkmanager beheert alleen de medewerkers van de eigen organisatie.",
        "Alleen de beheerder kan de rol Netwerkmanager geven of afnemen.",
    ];

    private static NieuweMedewerker Nieuw(int organisatieId, params string[] rollen) => new()
    {
        Naam = "Matrix Nieuwkomer",
        Email = $"nieuw.{Guid.NewGuid():N}@example.org",
        OrganisatieId = organisatieId,
        Functie = Functie.Buurtteammedewerker,
        Rollen = rollen,
    };

    private async Task<string> MedewerkersAsync(Persoon p)
    {
        var pagina = await PaginaAsync(p, "/beheer/medewerkers");
        var overzicht = await Medewerkers(s => s.OverzichtAsync(p.Actor));
        var aanmaken = await Medewerkers(s => s.MaakAanAsync(p.Actor, Nieuw(p.OrganisatieId, Domain.Rollen.Netwerklid)));
        var zien = Toegestaan(overzicht, MedewerkerWeigeringen);
        Assert.Equal(zien, Toegestaan(aanmaken, MedewerkerWeigeringen));
        // Whoever may see the list sees only people they may see: a netwerkmanager only their own organisation.
        Assert.True(overzicht.Waarde is null || overzicht.Waarde.IsBeheerder || overzicht.Waarde.Medewerkers.All(m => m.OrganisatieId == p.OrganisatieId));
        return Samen(pagina, zien);
    }

    private async Task<string> MedewerkerAndereOrganisatieAsync(Persoon p)
    {
        var anderId = await omgeving.AndereOrganisatieAsync(p.OrganisatieId);
        var aanmaken = await Medewerkers(s => s.MaakAanAsync(p.Actor, Nieuw(anderId, Domain.Rollen.Netwerklid)));
        var kandidaat = await omgeving.CollegaAsync(anderId);
        var deactiveren = await Medewerkers(s => s.DeactiveerAsync(p.Actor, kandidaat));
        Assert.Equal(Toegestaan(aanmaken, MedewerkerWeigeringen), Toegestaan(deactiveren, MedewerkerWeigeringen));
        return aanmaken.Gelukt ? "ja" : "nee";
    }

    private async Task<string> RolBeheerAsync(Persoon p)
    {
        var aanmaken = await Medewerkers(s => s.MaakAanAsync(p.Actor, Nieuw(p.OrganisatieId, Domain.Rollen.Netwerkmanager)));
        return Toegestaan(aanmaken, MedewerkerWeigeringen) ? "ja" : "nee";
    }

    private async Task<string> DeactiverenAsync(Persoon p)
    {
        var doel = await omgeving.CollegaAsync(p.OrganisatieId);
        var uit = await Medewerkers(s => s.DeactiveerAsync(p.Actor, doel));
        var weer = await Medewerkers(s => s.ActiveerAsync(p.Actor, doel));
        Assert.Equal(Toegestaan(uit, MedewerkerWeigeringen), Toegestaan(weer, MedewerkerWeigeringen));
        return uit.Gelukt ? "ja" : "nee";
    }

    private Task<T> Medewerkers<T>(Func<MedewerkerBeheerService, Task<T>> actie) => Factory.MetServiceAsync(actie);

    private async Task<string> PaginaUitkomstAsync(Persoon p, string url) => await PaginaAsync(p, url) ? "ja" : "nee";

    /// <summary>Whether the hub, connected with the person's cookie, hands out the open question of West in its catch-up.</summary>
    private async Task<bool> HubZietVraagAsync(Persoon p, int? vraagId = null)
    {
        var gezocht = vraagId ?? omgeving.OpenVraagId;
        await using var verbinding = new HubConnectionBuilder()
            .WithUrl(new Uri(Factory.Server.BaseAddress, NetwerkHub.Pad.TrimStart('/')), o =>
            {
                o.HttpMessageHandlerFactory = _ => Factory.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.Headers["Cookie"] = p.Cookie;
            })
            .Build();
        try
        {
            await verbinding.StartAsync();
            var gemist = await verbinding.InvokeAsync<List<KanaalGebeurtenis>>(nameof(NetwerkHub.Sinds), omgeving.VoorDeVraag);
            return gemist.Any(g => g.AdviesvraagId == gezocht);
        }
        catch (Exception ex) when (ex is HttpRequestException or Microsoft.AspNetCore.SignalR.HubException or InvalidOperationException or OperationCanceledException)
        {
            // Refused at the door (no or an ended session) or closed by the server: no access.
            return false;
        }
    }

    /// <summary>True for 200; false when sent to /geen-toegang or /inloggen; anything else fails the test.</summary>
    private async Task<bool> PaginaAsync(Persoon p, string url)
    {
        using var antwoord = await GetAsync(p, url);
        if (antwoord.StatusCode == HttpStatusCode.OK)
        {
            return true;
        }
        Assert.True(IsWeggestuurd(antwoord), $"{url}: expected 200 or a redirect to /geen-toegang or /inloggen, got {(int)antwoord.StatusCode} {antwoord.Headers.Location}");
        return false;
    }

    private async Task<HttpResponseMessage> GetAsync(Persoon p, string url)
    {
        using var http = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = PortalFactory.Adres });
        using var verzoek = new HttpRequestMessage(HttpMethod.Get, url);
        verzoek.Headers.Add("Cookie", p.Cookie);
        return await http.SendAsync(verzoek);
    }

    private static bool IsWeggestuurd(HttpResponseMessage antwoord) =>
        antwoord.StatusCode == HttpStatusCode.Redirect
        && antwoord.Headers.Location?.OriginalString is { } naar
        && (naar.Contains("/geen-toegang", StringComparison.Ordinal) || naar.Contains("/inloggen", StringComparison.Ordinal));

    /// <summary>Allowed, or refused with one of the access reasons (any other refusal is a broken test, not a "nee").</summary>
    private static bool Toegestaan<T>(Uitkomst<T> uitkomst, params string[] toegangsredenen)
    {
        if (uitkomst.Gelukt)
        {
            return true;
        }
        Assert.Contains(uitkomst.Fout, toegangsredenen);
        return false;
    }

    /// <summary>Allowed only when the page opens and the service allows; a page that refuses what its service allows is a hole.</summary>
    private static string Samen(bool pagina, bool service)
    {
        Assert.False(!pagina && service, "the page refuses, but its service allows the action");
        return pagina && service ? "ja" : "nee";
    }

    private Task<T> Vragen<T>(Func<AdviesvraagService, Task<T>> actie) => Factory.MetServiceAsync(actie);

    private Task<T> Casussen<T>(Func<CasusService, Task<T>> actie) => Factory.MetServiceAsync(actie);
}
