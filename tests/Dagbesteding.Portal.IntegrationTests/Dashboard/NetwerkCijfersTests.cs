using System.Net;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Dashboard;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Features.Dashboard;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.Jobs;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Dagbesteding.Portal.IntegrationTests.Dashboard;

/// <summary>
/// A known data set in a stadsdeel of its own (posted and answered through the real services with a fake clock, so
/// the stored first-reply moments are computed as in production): a holiday, a weekend, a reply after the deadline,
/// an expired question, an open one, an own reply of the asker, two organisations. Every figure is asserted exactly.
/// All moments are Amsterdam time (CEST, UTC+2).
/// </summary>
public abstract class NetwerkCijfersTests<TFactory>(TFactory factory) : IAsyncLifetime where TFactory : PortalFactory
{
    private static DateTimeOffset Ams(int maand, int dag, int uur) => new DateTimeOffset(2026, maand, dag, uur, 0, 0, TimeSpan.FromHours(2)).ToUniversalTime();

    private static readonly DashboardPeriode Periode = new(new DateOnly(2026, 5, 22), new DateOnly(2026, 6, 25));
    private static readonly DateTimeOffset Nu = Ams(6, 25, 10);

    private NepTijdPortaal _node = default!;
    private TestNetwerk _n = default!;
    private readonly Dictionary<string, int> _vragen = [];

    public async Task InitializeAsync()
    {
        _node = new NepTijdPortaal(factory, Ams(5, 22, 12));
        _n = await TestNetwerk.MaakAsync(factory);

        // Q0: Friday 22 May 12:00; Monday 25 May is Tweede Pinksterdag. a1 replies Tuesday 12:00: 12 + 12 = 24 working hours.
        _vragen["Q0"] = await VraagAsync(Ams(5, 22, 12));
        await ReactieAsync("Q0", _n.A1, Ams(5, 26, 12));
        // A casus: aanmelding Monday 1 June 10:00, through the steps to Leveren inzet on Thursday 11 June 10:00.
        await CasusNaarLeverenAsync(Ams(6, 1, 10), Ams(6, 11, 10));
        // Q1: Friday 12 June 15:00. a1 Monday 09:00 (9 + 9 = 18 h, on time); the asker adds something; a2 offers a place Tuesday 10:00.
        _vragen["Q1"] = await VraagAsync(Ams(6, 12, 15));
        await ReactieAsync("Q1", _n.A1, Ams(6, 15, 9));
        await ReactieAsync("Q1", _n.Vrager, Ams(6, 15, 11));
        await ReactieAsync("Q1", _n.A2, Ams(6, 16, 10), aanbod: true);
        // Q2: Wednesday 17 June 10:00, due Friday 10:00; a2 replies Friday 12:00: late, 14 + 24 + 12 = 50 h.
        _vragen["Q2"] = await VraagAsync(Ams(6, 17, 10));
        // Q3: Thursday 18 June 09:00, due Monday 22 June 09:00, no reply: expires in the sweep at 10:00.
        _vragen["Q3"] = await VraagAsync(Ams(6, 18, 9));
        await ReactieAsync("Q2", _n.A2, Ams(6, 19, 12));
        // Q4: Saturday 20 June 11:00 (weekend); a1 replies Monday 08:00: 8 working hours.
        _vragen["Q4"] = await VraagAsync(Ams(6, 20, 11));
        await ReactieAsync("Q4", _n.A1, Ams(6, 22, 8));
        _node.Tijd.SetUtcNow(Ams(6, 22, 10));
        await _node.MetServiceAsync<AdviesvraagTermijnJob, int>(async j => { await j.UitvoerenAsync(CancellationToken.None); return 0; });
        // Q5: Wednesday 24 June 10:00, still open at Nu (Thursday 10:00), due Friday 10:00: 14 + 10 = 24 working hours left.
        _vragen["Q5"] = await VraagAsync(Ams(6, 24, 10));
        _node.Tijd.SetUtcNow(Nu);
    }

    public async Task DisposeAsync() => await _node.DisposeAsync();

    private async Task<int> VraagAsync(DateTimeOffset op)
    {
        _node.Tijd.SetUtcNow(op);
        var invoer = new NieuweAdviesvraag
        {
            StadsdeelId = _n.StadsdeelId,
            Leeftijdscategorie = Leeftijdscategorie.Van45Tot67,
            WensAmsterdammer = "Wil graag iets met zijn handen doen, dicht bij huis.",
            Vraag = "Wie heeft plek voor iemand van 50 die graag fietsen repareert?",
        };
        var uitkomst = await _node.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s => s.PlaatsAsync(_n.Vrager, invoer));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        return uitkomst.Waarde;
    }

    private async Task ReactieAsync(string vraag, Actor door, DateTimeOffset op, bool aanbod = false)
    {
        _node.Tijd.SetUtcNow(op);
        var invoer = new NieuweReactie { Tekst = "Wij hebben misschien plek.", IsAanbod = aanbod, LocatieId = aanbod ? _n.LocatieId : null, WachttijdWeken = aanbod ? 2 : null };
        var uitkomst = await _node.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s => s.ReageerAsync(door, _vragen[vraag], invoer));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
    }

    private async Task CasusNaarLeverenAsync(DateTimeOffset aanmelding, DateTimeOffset levering)
    {
        _node.Tijd.SetUtcNow(aanmelding);
        var nieuw = await _node.MetServiceAsync<CasusService, Uitkomst<int>>(s => s.MaakAanAsync(_n.Vrager,
            new NieuweCasus { StadsdeelId = _n.StadsdeelId, Kenmerk = "D-" + Guid.NewGuid().ToString("N")[..8], Perceel = Perceel.Meedoen }));
        Assert.True(nieuw.Gelukt, nieuw.Fout);
        _node.Tijd.SetUtcNow(levering);
        var id = nieuw.Waarde;
        var versie = (await _node.MetServiceAsync<CasusService, CasusKaart?>(s => s.KaartAsync(_n.Vrager, id)))!.Versie;
        async Task Stap(Func<CasusService, Guid, Task<Uitkomst<CasusDetail>>> actie)
        {
            var uitkomst = await _node.MetServiceAsync<CasusService, Uitkomst<CasusDetail>>(s => actie(s, versie));
            Assert.True(uitkomst.Gelukt, uitkomst.Fout);
            versie = uitkomst.Waarde!.Kaart.Versie;
        }
        await Stap((s, v) => s.WijsAanbiederToeAsync(_n.Vrager, id, _n.AanbiederId, v));
        await Stap((s, v) => s.BewaarPlanAsync(_n.Vrager, id, new PlanInvoer { Startdatum = new DateOnly(2026, 6, 11) }, v));
        await Stap((s, v) => s.ToestemmingAsync(_n.Vrager, id, true, v));
        await Stap((s, v) => s.AanbiederGeraadpleegdAsync(_n.Vrager, id, v));
        await Stap((s, v) => s.StelPlanVastAsync(_n.Vrager, id, v));
        foreach (var stap in new[] { WerkprocesStap.Regiecheck, WerkprocesStap.BredeVraagverheldering, WerkprocesStap.WieDoetWatWanneer,
                     WerkprocesStap.Ondersteuningsplan, WerkprocesStap.Beschikken, WerkprocesStap.LeverenInzet })
        {
            await Stap((s, v) => s.VerplaatsAsync(_n.Vrager, id, stap, v));
        }
    }

    private Task<NetwerkCijfers?> CijfersAsync(Actor actor, DashboardPeriode? periode = null) =>
        _node.MetServiceAsync<NetwerkCijfersService, NetwerkCijfers?>(s => s.CijfersAsync(actor, _n.StadsdeelId, periode ?? Periode));

    [Fact]
    public async Task ResponseTimes_AreExactlyTheStoredFirstReplyMoments_InWorkingTime()
    {
        var c = (await CijfersAsync(_n.Netwerkmanager))!;
        var r = c.Reacties;

        Assert.Equal((6, 3, 1, 1, 1), (r.Geplaatst, r.OpTijd, r.TeLaat, r.VerlopenZonderReactie, r.Open));
        Assert.Equal(60.0, r.PercentageOpTijd);
        // First replies 8, 18, 24 and 50 working hours: nearest-rank median 18, 90th percentile 50.
        Assert.Equal(18.0, r.MediaanUren);
        Assert.Equal(50.0, r.P90Uren);
        // Five replies by others (the asker's own is not counted) over six questions.
        Assert.Equal(0.83, r.ReactiesPerVraag);
        var open = Assert.Single(r.OpenVragen);
        Assert.Equal(_vragen["Q5"], open.Id);
        Assert.Equal(24.0, open.WerkurenTotDeadline);
    }

    [Fact]
    public async Task PerOrganisation_CountsItsOwnFirstReply_ItsOffers_AndItsSilentMembers()
    {
        var c = (await CijfersAsync(_n.Netwerkmanager))!;

        Assert.Equal(2, c.Organisaties.Count);
        var aanbieder = c.Organisaties[0];
        Assert.Equal((_n.AanbiederNaam, OrganisatieType.Aanbieder, 2, 4, 18.0, 1, 0),
            (aanbieder.Organisatie, aanbieder.Type, aanbieder.Leden, aanbieder.VragenBeantwoord, aanbieder.MediaanUren, aanbieder.Aanbiedingen, aanbieder.LedenZonderReactie));
        var buurtteam = c.Organisaties[1];
        // The asker's own addition is no reply to the network: all three members count as silent.
        Assert.Equal((_n.BuurtteamNaam, 3, 0, (double?)null, 0, 3),
            (buurtteam.Organisatie, buurtteam.Leden, buurtteam.VragenBeantwoord, buurtteam.MediaanUren, buurtteam.Aanbiedingen, buurtteam.LedenZonderReactie));
    }

    [Fact]
    public async Task PerWeek_FromMondayToSunday_WithAnEmptyWeekAsNoValue()
    {
        var c = (await CijfersAsync(_n.Netwerkmanager))!;

        Assert.Equal(
            [
                (new DateOnly(2026, 5, 18), 1, (double?)100.0, (double?)24.0),
                (new DateOnly(2026, 5, 25), 0, null, null),
                (new DateOnly(2026, 6, 1), 0, null, null),
                (new DateOnly(2026, 6, 8), 1, 100.0, 18.0),
                // Q2 late, Q3 expired, Q4 (Saturday) on time; medians of 50 and 8.
                (new DateOnly(2026, 6, 15), 3, 33.3, 8.0),
                (new DateOnly(2026, 6, 22), 1, null, null),
            ],
            c.Weken.Select(w => (w.Maandag, w.Geplaatst, w.PercentageOpTijd, w.MediaanUren)));
        Assert.Equal(0, c.Evaluaties[0].Aantal);
    }

    [Fact]
    public async Task Flow_CountsEveryStepChange_AndTheDaysFromAanmeldingToDelivery()
    {
        var c = (await CijfersAsync(_n.Netwerkmanager))!;

        Assert.Equal([new DateOnly(2026, 5, 1), new DateOnly(2026, 6, 1)], c.Stroom.Maanden.Select(m => m.Maand));
        var juni = c.Stroom.Maanden[1];
        Assert.Equal(Enumerable.Range(1, 7).Select(s => ((WerkprocesStap)s, 1)).Concat([(WerkprocesStap.Evalueren, 0), (WerkprocesStap.Gestopt, 0)]),
            juni.In.OrderBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value)));
        Assert.Equal(Enumerable.Range(1, 6).Select(s => ((WerkprocesStap)s, 1)).Concat([(WerkprocesStap.LeverenInzet, 0), (WerkprocesStap.Evalueren, 0), (WerkprocesStap.Gestopt, 0)]),
            juni.Uit.OrderBy(kv => kv.Key).Select(kv => (kv.Key, kv.Value)));
        Assert.Equal((1, 0, (int?)null), (juni.Aanmeldingen, juni.Verlengingen, juni.Prognose));
        Assert.All(c.Stroom.Maanden[0].In.Values, v => Assert.Equal(0, v));
        Assert.Equal(10.0, c.Stroom.MediaanDagenTotLeveren);
        Assert.Equal(1, c.Stroom.NaarLeveren);
    }

    [Fact]
    public async Task APeriodWithoutQuestions_HasNoValues_NotNaN()
    {
        var c = (await CijfersAsync(_n.Netwerkmanager, new DashboardPeriode(new DateOnly(2026, 1, 5), new DateOnly(2026, 1, 11))))!;

        Assert.Equal(0, c.Reacties.Geplaatst);
        Assert.Null(c.Reacties.PercentageOpTijd);
        Assert.Null(c.Reacties.MediaanUren);
        Assert.Null(c.Reacties.ReactiesPerVraag);
        Assert.All(c.Organisaties, o => Assert.Equal(0, o.VragenBeantwoord));
    }

    [Fact]
    public async Task WhoSeesWhat_TheOwnNetwerkmanagerAndTheBeheerder_NotAnotherStadsdeelsNetwerkmanager_NorARegievoerder()
    {
        Assert.NotNull(await CijfersAsync(await factory.ActorAsync("beheerder@example.org")));
        Assert.Null(await CijfersAsync(await factory.ActorAsync("netwerkmanager.west@example.org")));
        Assert.Null(await CijfersAsync(await factory.ActorAsync("regievoerder.west@example.org")));
        Assert.Null(await CijfersAsync(_n.Netwerkmanager, new DashboardPeriode(new DateOnly(2026, 6, 25), new DateOnly(2026, 6, 1))));
    }

    [Fact]
    public async Task Export_CsvAndExcel_HaveTheSameFigures_InDutch_AndAreAudited()
    {
        using var client = factory.CreatePortalClient();
        await client.LogInSuccessfullyAsync("beheerder@example.org");
        var query = $"?stadsdeel={_n.StadsdeelId}&van=2026-05-22&tot=2026-06-25";

        var csv = await client.GetAsync($"/dashboard/export/organisaties.csv{query}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var regels = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "Organisatie;Soort;Leden;Vragen beantwoord;Mediaan werkuren eerste reactie;Aanbiedingen;Leden zonder reactie",
                $"{_n.AanbiederNaam};Aanbieder;2;4;18,0;1;0",
                $"{_n.BuurtteamNaam};Buurtteamorganisatie;3;0;;0;3",
            ],
            regels);

        var xlsx = await client.GetAsync($"/dashboard/export/reactietijden.xlsx{query}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        await using var bestand = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync());
        var rij = (IDictionary<string, object>)bestand.Query(useHeaderRow: true).Single();
        Assert.Equal(6.0, Convert.ToDouble(rij["Geplaatst"]));
        Assert.Equal(60.0, Convert.ToDouble(rij["% op tijd"]));
        Assert.Equal(50.0, Convert.ToDouble(rij["90e percentiel werkuren"]));

        var vragen = await client.GetAsync($"/dashboard/export/vragen.csv{query}");
        var vraagRegels = (await vragen.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(7, vraagRegels.Length);
        Assert.Contains($"{_vragen["Q2"]};17-06-2026 10:00;19-06-2026 10:00;beantwoord;19-06-2026 12:00;50,0;nee;1", vraagRegels);
        Assert.DoesNotContain(vraagRegels, r => r.Contains("fietsen"));

        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(3, await db.AuditRegels.CountAsync(a => a.Actie == AuditActie.Geexporteerd && a.ObjectSoort == DashboardEndpoints.Audit && a.ObjectId == _n.StadsdeelId));
    }

    [Fact]
    public async Task Export_RefusesAnEndBeforeTheStart_InDutch_AndAnotherStadsdeelWithNothing()
    {
        using var beheerder = factory.CreatePortalClient();
        await beheerder.LogInSuccessfullyAsync("beheerder@example.org");
        var fout = await beheerder.GetAsync($"/dashboard/export/weken.csv?stadsdeel={_n.StadsdeelId}&van=2026-06-25&tot=2026-06-01");
        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        Assert.Contains("De einddatum ligt vóór de begindatum", await fout.Content.ReadAsStringAsync());

        using var ander = factory.CreatePortalClient();
        await ander.LogInSuccessfullyAsync("netwerkmanager.west@example.org");
        var geweigerd = await ander.GetAsync($"/dashboard/export/weken.csv?stadsdeel={_n.StadsdeelId}&van=2026-05-22&tot=2026-06-25");
        Assert.Equal(HttpStatusCode.NotFound, geweigerd.StatusCode);
    }

    [Theory]
    [InlineData("1999-12-25", "2000-01-05", "De begindatum ligt tussen 1 januari 2000 en ")]
    [InlineData("0001-01-01", "0001-01-07", "De begindatum ligt tussen 1 januari 2000 en ")]
    [InlineData("9999-12-25", "9999-12-31", "De begindatum ligt tussen 1 januari 2000 en ")]
    [InlineData("2026-06-01", "9999-12-31", "De einddatum ligt tussen 1 januari 2000 en ")]
    public async Task APeriodOutsideTheDateWindow_IsRefused_OnThePage_AndInTheExport_InDutch_AndNotAudited(string van, string tot, string melding)
    {
        var periode = new DashboardPeriode(DateOnly.Parse(van), DateOnly.Parse(tot));
        Assert.StartsWith(melding, DashboardPeriode.Toets(periode.Van, periode.Tot, new DateOnly(2026, 6, 25)));
        Assert.Null(await CijfersAsync(_n.Netwerkmanager, periode));
        Assert.Empty(await _node.MetServiceAsync<NetwerkCijfersService, List<VraagExportRegel>>(async s =>
        {
            var rijen = new List<VraagExportRegel>();
            await foreach (var rij in s.VragenAsync(_n.Netwerkmanager, _n.StadsdeelId, periode))
            {
                rijen.Add(rij);
            }
            return rijen;
        }));

        using var beheerder = factory.CreatePortalClient();
        await beheerder.LogInSuccessfullyAsync("beheerder@example.org");
        var fout = await beheerder.GetAsync($"/dashboard/export/weken.csv?stadsdeel={_n.StadsdeelId}&van={van}&tot={tot}");

        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        Assert.Contains(melding, await fout.Content.ReadAsStringAsync());
        // The stadsdeel is this test's own: no export of it was written to the log.
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(0, await db.AuditRegels.CountAsync(a => a.Actie == AuditActie.Geexporteerd && a.ObjectSoort == DashboardEndpoints.Audit && a.ObjectId == _n.StadsdeelId));
    }
}

/// <summary>A stadsdeel of its own with its channel, a buurtteam (asker, a silent colleague, the netwerkmanager) and an aanbieder (two members).</summary>
internal sealed record TestNetwerk(int StadsdeelId, int AanbiederId, int LocatieId, string BuurtteamNaam, string AanbiederNaam, Actor Vrager, Actor A1, Actor A2, Actor Netwerkmanager)
{
    public static async Task<TestNetwerk> MaakAsync(PortalFactory factory)
    {
        var code = Guid.NewGuid().ToString("N")[..6];
        await using var db = await factory.CreateDbContextAsync();
        var gemeente = await db.Gemeenten.Select(g => g.Id).FirstAsync();
        var stadsdeel = new Stadsdeel { GemeenteId = gemeente, Naam = $"Testdeel {code}", Code = $"T{code}" };
        var buurtteam = new Organisatie { GemeenteId = gemeente, Naam = $"Buurtteam Test {code}", Type = OrganisatieType.Buurtteamorganisatie, Stadsdeel = stadsdeel };
        var aanbieder = new Organisatie { GemeenteId = gemeente, Naam = $"Aanbod Test {code}", Type = OrganisatieType.Aanbieder };
        var locatie = new Locatie { Organisatie = aanbieder, Naam = "Werkplaats", Stadsdeel = stadsdeel };
        var kanaal = new Kanaal { Stadsdeel = stadsdeel, Naam = $"Netwerk Testdeel {code}" };
        Medewerker Lid(Organisatie o, string naam, Functie functie)
        {
            var m = new Medewerker { Organisatie = o, Naam = naam, Email = $"{naam.ToLowerInvariant()}.{code}@example.org", Functie = functie };
            db.Lidmaatschappen.Add(new Lidmaatschap { Kanaal = kanaal, Medewerker = m, Vanaf = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) });
            return m;
        }
        var vrager = Lid(buurtteam, "Vrager", Functie.Buurtteammedewerker);
        Lid(buurtteam, "Stil", Functie.Buurtteammedewerker);
        var netwerkmanager = Lid(buurtteam, "Manager", Functie.Netwerkmanager);
        var a1 = Lid(aanbieder, "Eerste", Functie.AanbiederContactpersoon);
        var a2 = Lid(aanbieder, "Tweede", Functie.AanbiederContactpersoon);
        db.AddRange(stadsdeel, buurtteam, aanbieder, locatie, kanaal);
        await db.SaveChangesAsync();
        return new TestNetwerk(stadsdeel.Id, aanbieder.Id, locatie.Id, buurtteam.Naam, aanbieder.Naam,
            new Actor(vrager.Id, null, [Rollen.Netwerklid, Rollen.Regievoerder]), new Actor(a1.Id, null, [Rollen.Netwerklid]),
            new Actor(a2.Id, null, [Rollen.Netwerklid]), new Actor(netwerkmanager.Id, null, [Rollen.Netwerkmanager, Rollen.Netwerklid]));
    }
}

public sealed class SqliteNetwerkCijfersTests(SqlitePortalFactory factory)
    : NetwerkCijfersTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlNetwerkCijfersTests(PostgreSqlPortalFactory factory)
    : NetwerkCijfersTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
