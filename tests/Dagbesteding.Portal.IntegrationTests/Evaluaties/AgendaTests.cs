using System.Net;
using System.Security.Cryptography;
using System.Text;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Features.Evaluaties;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Dagbesteding.Portal.IntegrationTests.Evaluaties;

/// <summary>
/// The private calendar feed: what it holds (and never holds), whose evaluations, and that a new or revoked link
/// stops working. Each test makes its own casussen with a unique kenmerk, straight in the database. Once per provider.
/// </summary>
public abstract class AgendaTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    private const string Regievoerder = "regievoerder.west@example.org";
    private const string RegievoerderNaam = "Ruben Regie";
    private const string RegievoerderOost = "regievoerder.oost@example.org";
    private const string Aanbieder = "aanbieder.west@example.org";
    private const string Wpi = "wpi.west@example.org";

    private static readonly Uri Portaal = new("https://portaal.example.org/");

    // Real "today" (frozen, whole seconds), so the demo casussen of the same regievoerder are in the feed too: the
    // feed's privacy is checked against the demo kenmerken as well, not only against our own.
    private readonly FakeTimeProvider _klok = new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    private DateOnly Vandaag => WerkdagKalender.DagInAmsterdam(_klok.GetUtcNow());

    private AgendaService Service() => ActivatorUtilities.CreateInstance<AgendaService>(factory.Services, (TimeProvider)_klok);

    private static string StartUid(int evaluatieId) => $"evaluatie-{evaluatieId}-start@dagbesteding-portal";

    private static string DatumUid(int evaluatieId) => $"evaluatie-{evaluatieId}-datum@dagbesteding-portal";

    // --- what the feed holds ---

    [Fact]
    public async Task Feed_OfTheRegievoerder_HasStartAndEvaluatiedatumOfTheirCasus_AsAllDayEvents_LinkingToTheCasus()
    {
        var casus = await MaakEvaluatieAsync(Regievoerder, evaluatiedatum: Vandaag.AddDays(100));
        var sleutel = await MaakKoppelingAsync(Regievoerder);

        var tekst = await Service().FeedAsync(sleutel, Portaal);

        Assert.NotNull(tekst);
        var agenda = Calendar.Load(tekst)!;
        Assert.Equal(AgendaService.AgendaNaam, agenda.Properties["X-WR-CALNAME"]?.Value);
        var adres = new Uri($"https://portaal.example.org/casussen/{casus.CasusId}");

        var start = Single(agenda, StartUid(casus.EvaluatieId));
        Assert.Equal($"Start evaluatie (casus #{casus.CasusId})", start.Summary);
        Assert.False(start.DtStart!.HasTime);
        Assert.Equal(casus.StartOp, start.DtStart.Date);
        Assert.Equal(casus.StartOp.AddDays(1), start.DtEnd!.Date);
        Assert.Equal(adres, start.Url);
        Assert.Contains(adres.ToString(), start.Description);
        Assert.Equal("TRANSPARENT", start.Transparency);

        var datum = Single(agenda, DatumUid(casus.EvaluatieId));
        Assert.Equal($"Evaluatiedatum (casus #{casus.CasusId})", datum.Summary);
        Assert.False(datum.DtStart!.HasTime);
        Assert.Equal(casus.Evaluatiedatum, datum.DtStart.Date);
        Assert.Equal(casus.Evaluatiedatum.AddDays(1), datum.DtEnd!.Date);
        Assert.Equal(adres, datum.Url);
    }

    [Fact]
    public async Task Feed_HoldsNoKenmerkNameEmailPerceelOrAanbieder_OfAnyCasusInIt()
    {
        var aanbiederOrganisatie = await OrganisatieAsync(Aanbieder);
        var casus = await MaakEvaluatieAsync(Regievoerder, evaluatiedatum: Vandaag.AddDays(30), aanbiederOrganisatieId: aanbiederOrganisatie.Id);
        var sleutel = await MaakKoppelingAsync(Regievoerder);

        var tekst = await Service().FeedAsync(sleutel, Portaal);

        Assert.NotNull(tekst);
        var agenda = Calendar.Load(tekst)!;
        // The sentinels: our casus and a demo casus of this regievoerder (kenmerk RIS-…) are in it, so the
        // absences below are about a feed that shows them.
        Single(agenda, DatumUid(casus.EvaluatieId));
        var regie = await factory.ActorAsync(Regievoerder);
        List<int> demoCasussen;
        await using (var db = await factory.CreateDbContextAsync())
        {
            demoCasussen = await db.Evaluaties
                .Where(e => e.AfgerondOp == null && e.Ondersteuningsplan!.Casus!.RegievoerderId == regie.MedewerkerId
                    && e.Ondersteuningsplan.Casus.Kenmerk.StartsWith("RIS-"))
                .Select(e => e.Ondersteuningsplan!.CasusId).ToListAsync();
        }
        Assert.Contains(agenda.Events, e => demoCasussen.Any(id => e.Summary == $"Evaluatiedatum (casus #{id})"));
        Assert.DoesNotContain(casus.Kenmerk, tekst, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("RIS-", tekst);
        Assert.DoesNotContain(RegievoerderNaam, tekst);
        Assert.DoesNotContain(Regievoerder, tekst);
        Assert.DoesNotContain("Meewerken", tekst);
        Assert.DoesNotContain(aanbiederOrganisatie.Naam, tekst);
    }

    [Fact]
    public async Task Feed_LeavesOutAnotherRegievoerdersCasus_AfgerondeEvaluaties_AndDatesOutsideTheWindow()
    {
        var eigen = await MaakEvaluatieAsync(Regievoerder, Vandaag.AddDays(10));
        var vanEenAnder = await MaakEvaluatieAsync(RegievoerderOost, Vandaag.AddDays(10));
        var afgerond = await MaakEvaluatieAsync(Regievoerder, Vandaag.AddDays(10), afgerond: true);
        var netNogTerug = await MaakEvaluatieAsync(Regievoerder, Vandaag.AddDays(-AgendaService.DagenTerug));
        var teLangGeleden = await MaakEvaluatieAsync(Regievoerder, Vandaag.AddDays(-AgendaService.DagenTerug - 1));
        var netNogVooruit = await MaakEvaluatieAsync(Regievoerder, Vandaag.AddYears(AgendaService.JarenVooruit));
        var teVerVooruit = await MaakEvaluatieAsync(Regievoerder, Vandaag.AddYears(AgendaService.JarenVooruit).AddDays(1));
        var sleutel = await MaakKoppelingAsync(Regievoerder);

        var agenda = Calendar.Load((await Service().FeedAsync(sleutel, Portaal))!)!;

        var uids = agenda.Events.Select(e => e.Uid).ToHashSet();
        Assert.Contains(DatumUid(eigen.EvaluatieId), uids);
        Assert.Contains(DatumUid(netNogTerug.EvaluatieId), uids);
        Assert.Contains(DatumUid(netNogVooruit.EvaluatieId), uids);
        foreach (var weg in new[] { vanEenAnder, afgerond, teLangGeleden, teVerVooruit })
        {
            Assert.DoesNotContain(StartUid(weg.EvaluatieId), uids);
            Assert.DoesNotContain(DatumUid(weg.EvaluatieId), uids);
        }
        // Every evaluation appears exactly twice (start and date), never once or doubled.
        Assert.All(agenda.Events.GroupBy(e => e.Uid), g => Assert.Single(g));
    }

    [Fact]
    public async Task Feed_OfTheAanbiederContactpersoon_HoldsTheCasussenOfTheirOrganisation_AndNotOfAnotherAanbieder()
    {
        var eigenOrganisatie = await OrganisatieAsync(Aanbieder);
        int andereAanbieder;
        await using (var db = await factory.CreateDbContextAsync())
        {
            andereAanbieder = await db.Organisaties
                .Where(o => o.Type == OrganisatieType.Aanbieder && o.Id != eigenOrganisatie.Id).Select(o => o.Id).FirstAsync();
        }
        // Both casussen belong to a regievoerder of another stadsdeel: the aanbieder sees its own through the organisation.
        var bijOns = await MaakEvaluatieAsync(RegievoerderOost, Vandaag.AddDays(50), aanbiederOrganisatieId: eigenOrganisatie.Id);
        var bijEenAnder = await MaakEvaluatieAsync(RegievoerderOost, Vandaag.AddDays(50), aanbiederOrganisatieId: andereAanbieder);
        var aanbiederSleutel = await MaakKoppelingAsync(Aanbieder);
        var regieSleutel = await MaakKoppelingAsync(Regievoerder);

        var aanbieder = Calendar.Load((await Service().FeedAsync(aanbiederSleutel, Portaal))!)!;
        var regie = Calendar.Load((await Service().FeedAsync(regieSleutel, Portaal))!)!;

        Assert.Equal(bijOns.StartOp, Single(aanbieder, StartUid(bijOns.EvaluatieId)).DtStart!.Date);
        Assert.Equal(bijOns.Evaluatiedatum, Single(aanbieder, DatumUid(bijOns.EvaluatieId)).DtStart!.Date);
        Assert.DoesNotContain(aanbieder.Events, e => e.Uid == DatumUid(bijEenAnder.EvaluatieId));
        // Not the regievoerder's casus, so not in the regievoerder's feed.
        Assert.DoesNotContain(regie.Events, e => e.Uid == DatumUid(bijOns.EvaluatieId));
    }

    // --- making, renewing and revoking ---

    [Fact]
    public async Task NewLink_MakesTheOldSecretUnknown_AndOnlyItsHashIsStored()
    {
        var actor = await factory.ActorAsync(Regievoerder);
        var eerste = await MaakKoppelingAsync(Regievoerder);
        Assert.NotNull(await Service().FeedAsync(eerste, Portaal));

        var tweede = (await Service().MaakKoppelingAsync(actor)).Waarde!;

        Assert.NotEqual(eerste, tweede.Sleutel);
        Assert.True(AgendaService.IsGeldigeSleutel(tweede.Sleutel));
        Assert.Null(await Service().FeedAsync(eerste, Portaal));
        Assert.NotNull(await Service().FeedAsync(tweede.Sleutel, Portaal));
        Assert.Equal(tweede.AangemaaktOp, (await Service().HeeftKoppelingAsync(actor))!.AangemaaktOp);

        await using var db = await factory.CreateDbContextAsync();
        var actief = await db.AgendaKoppelingen.Where(k => k.MedewerkerId == actor.MedewerkerId && k.IngetrokkenOp == null).ToListAsync();
        Assert.Equal(Sha256Hex(tweede.Sleutel), Assert.Single(actief).SleutelHash);
        Assert.False(await db.AgendaKoppelingen.AnyAsync(k => k.SleutelHash == eerste || k.SleutelHash == tweede.Sleutel));
        Assert.True(await db.AgendaKoppelingen.AnyAsync(k => k.SleutelHash == Sha256Hex(eerste) && k.IngetrokkenOp != null));
    }

    [Fact]
    public async Task NewLinks_MadeAtTheSameMoment_LeaveExactlyOneActiveLink()
    {
        var actor = await factory.ActorAsync(RegievoerderOost);

        var nieuw = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Service().MaakKoppelingAsync(actor))));

        Assert.All(nieuw, n => Assert.True(n.Gelukt, n.Fout));
        var werkend = new List<string>();
        foreach (var n in nieuw)
        {
            if (await Service().FeedAsync(n.Waarde!.Sleutel, Portaal) is not null)
            {
                werkend.Add(n.Waarde.Sleutel);
            }
        }
        Assert.Single(werkend);
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(1, await db.AgendaKoppelingen.CountAsync(k => k.MedewerkerId == actor.MedewerkerId && k.IngetrokkenOp == null));
    }

    [Fact]
    public async Task Revoking_MakesTheSecretUnknown_AndTheUserHasNoLink_ButAnotherUsersLinkStillWorks()
    {
        var actor = await factory.ActorAsync(Regievoerder);
        var sleutel = await MaakKoppelingAsync(Regievoerder);
        var vanEenAnder = await MaakKoppelingAsync(RegievoerderOost);
        Assert.NotNull(await Service().HeeftKoppelingAsync(actor));

        Assert.Equal(1, await Service().TrekInAsync(actor));

        Assert.Null(await Service().FeedAsync(sleutel, Portaal));
        Assert.Null(await Service().HeeftKoppelingAsync(actor));
        Assert.NotNull(await Service().FeedAsync(vanEenAnder, Portaal));
        Assert.Equal(0, await Service().TrekInAsync(actor));
    }

    [Fact]
    public async Task InactiveMedewerker_FeedIsUnknown_AndNoNewLinkCanBeMade()
    {
        var actor = await factory.ActorAsync(Wpi);
        var sleutel = await MaakKoppelingAsync(Wpi);
        Assert.NotNull(await Service().FeedAsync(sleutel, Portaal));
        await ZetActiefAsync(actor.MedewerkerId, false);
        try
        {
            Assert.Null(await Service().FeedAsync(sleutel, Portaal));
            var uitkomst = await Service().MaakKoppelingAsync(actor);
            Assert.False(uitkomst.Gelukt);
            Assert.Equal("Alleen een actieve medewerker kan een agendalink maken.", uitkomst.Fout);
        }
        finally
        {
            await ZetActiefAsync(actor.MedewerkerId, true);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("kort")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")] // 42
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")] // 44
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa+")] // base64, not base64url
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa..")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaé")] // non-ASCII
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' OR 1")]
    public async Task MalformedSecret_IsUnknown_WithoutReachingTheDatabase(string sleutel)
    {
        var zonderDatabase = new AgendaService(new GeenDatabase(), _klok);

        Assert.False(AgendaService.IsGeldigeSleutel(sleutel));
        Assert.Null(await zonderDatabase.FeedAsync(sleutel, Portaal));
        // The sentinel: a well-formed secret does reach (and here fail on) the database.
        await Assert.ThrowsAsync<InvalidOperationException>(() => zonderDatabase.FeedAsync(new string('a', AgendaService.SleutelLengte), Portaal));
    }

    [Fact]
    public async Task LaatstGebruiktOp_IsRecordedOnFirstUse_ThenAtMostOncePerHour()
    {
        var actor = await factory.ActorAsync(Regievoerder);
        var sleutel = await MaakKoppelingAsync(Regievoerder);
        Assert.Null((await Service().HeeftKoppelingAsync(actor))!.LaatstGebruiktOp);
        var eerste = _klok.GetUtcNow();

        await Service().FeedAsync(sleutel, Portaal);
        Assert.Equal(eerste, (await Service().HeeftKoppelingAsync(actor))!.LaatstGebruiktOp);

        _klok.Advance(TimeSpan.FromMinutes(59));
        await Service().FeedAsync(sleutel, Portaal);
        Assert.Equal(eerste, (await Service().HeeftKoppelingAsync(actor))!.LaatstGebruiktOp);

        _klok.Advance(TimeSpan.FromMinutes(2));
        await Service().FeedAsync(sleutel, Portaal);
        Assert.Equal(eerste.AddMinutes(61), (await Service().HeeftKoppelingAsync(actor))!.LaatstGebruiktOp);
    }

    // --- the endpoint ---

    [Fact]
    public async Task Endpoint_ServesTheFeedAnonymously_AsPrivateUncachedTextCalendar()
    {
        var casus = await MaakEvaluatieAsync(Regievoerder, Vandaag.AddDays(20));
        var sleutel = await MaakKoppelingAsync(Regievoerder);
        using var http = AnoniemeClient();

        var antwoord = await http.GetAsync(AgendaService.FeedPad(sleutel));

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("text/calendar", antwoord.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", antwoord.Content.Headers.ContentType?.CharSet);
        Assert.True(antwoord.Headers.CacheControl?.Private, "Cache-Control: private");
        Assert.True(antwoord.Headers.CacheControl?.NoStore, "Cache-Control: no-store");
        var agenda = Calendar.Load(await antwoord.Content.ReadAsStringAsync())!;
        // The link points back at the portal the calendar app asked (scheme and host of the request).
        Assert.Equal(new Uri($"http://localhost/casussen/{casus.CasusId}"), Single(agenda, StartUid(casus.EvaluatieId)).Url);
    }

    [Fact]
    public async Task Endpoint_Answers404_ForUnknownRevokedAndMalformedSecrets_Alike()
    {
        var actor = await factory.ActorAsync(Regievoerder);
        var ingetrokken = await MaakKoppelingAsync(Regievoerder);
        await Service().TrekInAsync(actor);
        var onbekend = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var geldig = await MaakKoppelingAsync(RegievoerderOost);
        using var http = AnoniemeClient();

        // The sentinel: the same client gets a feed for a live secret.
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(AgendaService.FeedPad(geldig))).StatusCode);
        foreach (var pad in new[]
        {
            AgendaService.FeedPad(onbekend),
            AgendaService.FeedPad(ingetrokken),
            AgendaService.FeedPad("kort"),
            AgendaService.FeedPad(new string('a', 200)),
            "/agenda/" + Uri.EscapeDataString(new string('a', 42) + "%") + ".ics",
        })
        {
            var antwoord = await http.GetAsync(pad);
            Assert.Equal(HttpStatusCode.NotFound, antwoord.StatusCode);
            Assert.Equal("", await antwoord.Content.ReadAsStringAsync());
            Assert.True(antwoord.Headers.CacheControl?.NoStore, $"no-store for {pad}");
        }
    }

    // --- helpers ---

    private sealed record TestEvaluatie(int CasusId, int EvaluatieId, string Kenmerk, DateOnly StartOp, DateOnly Evaluatiedatum);

    private sealed record OrganisatieInfo(int Id, string Naam);

    private static CalendarEvent Single(Calendar agenda, string uid) => Assert.Single(agenda.Events, e => e.Uid == uid);

    private async Task<string> MaakKoppelingAsync(string email)
    {
        var uitkomst = await Service().MaakKoppelingAsync(await factory.ActorAsync(email));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        return uitkomst.Waarde!.Sleutel;
    }

    /// <summary>A casus in levering with an akkoord plan and one evaluation, written straight to the database.</summary>
    private async Task<TestEvaluatie> MaakEvaluatieAsync(string regievoerder, DateOnly evaluatiedatum, int? aanbiederOrganisatieId = null, bool afgerond = false)
    {
        var regie = await factory.ActorAsync(regievoerder);
        var nu = _klok.GetUtcNow();
        await using var db = await factory.CreateDbContextAsync();
        var medewerker = await db.Medewerkers.Where(m => m.Id == regie.MedewerkerId).Select(m => new { m.OrganisatieId, m.Organisatie!.StadsdeelId }).SingleAsync();
        var kenmerk = "AGENDA-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        // Not the planner's six weeks: the feed must show the stored StartOp, not recompute it.
        var startOp = evaluatiedatum.AddDays(-45);
        var evaluatie = new Evaluatie { Evaluatiedatum = evaluatiedatum, StartOp = startOp, AfgerondOp = afgerond ? nu : null };
        var casus = new Casus
        {
            StadsdeelId = medewerker.StadsdeelId ?? await db.Stadsdelen.Select(s => s.Id).FirstAsync(),
            Kenmerk = kenmerk,
            Stap = WerkprocesStap.LeverenInzet,
            RegievoerderId = regie.MedewerkerId,
            AanbiederId = aanbiederOrganisatieId,
            AangemaaktDoorOrganisatieId = medewerker.OrganisatieId,
            Perceel = Perceel.MeewerkenPlus,
            AangemaaktOp = nu.AddDays(-400),
            InStapSinds = nu.AddDays(-300),
            Ondersteuningsplan = new Ondersteuningsplan
            {
                Perceel = Perceel.MeewerkenPlus,
                AanbiederId = aanbiederOrganisatieId,
                Startdatum = evaluatiedatum.AddYears(-1),
                Evaluatiedatum = evaluatiedatum,
                Status = PlanStatus.Akkoord,
                ToestemmingGegevenOp = nu.AddDays(-390),
                AkkoordOp = nu.AddDays(-380),
                Evaluaties = [evaluatie],
            },
        };
        db.Casussen.Add(casus);
        await db.SaveChangesAsync();
        return new TestEvaluatie(casus.Id, evaluatie.Id, kenmerk, startOp, evaluatiedatum);
    }

    private async Task<OrganisatieInfo> OrganisatieAsync(string email)
    {
        var actor = await factory.ActorAsync(email);
        await using var db = await factory.CreateDbContextAsync();
        return await db.Medewerkers.Where(m => m.Id == actor.MedewerkerId)
            .Select(m => new OrganisatieInfo(m.OrganisatieId, m.Organisatie!.Naam)).SingleAsync();
    }

    private async Task ZetActiefAsync(int medewerkerId, bool actief)
    {
        await using var db = await factory.CreateDbContextAsync();
        await db.Medewerkers.Where(m => m.Id == medewerkerId).ExecuteUpdateAsync(m => m.SetProperty(x => x.Actief, actief));
    }

    /// <summary>No cookies and no redirects: a calendar app, and a redirect to the login page would show as a failure.</summary>
    private HttpClient AnoniemeClient() =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    private static string Sha256Hex(string tekst) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(tekst)));

    /// <summary>A database that must not be reached: any use fails the test.</summary>
    private sealed class GeenDatabase : IDbContextFactory<PortalDbContext>
    {
        public PortalDbContext CreateDbContext() => throw new InvalidOperationException("The database was reached.");
    }
}

public sealed class SqliteAgendaTests(SqlitePortalFactory factory)
    : AgendaTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlAgendaTests(PostgreSqlPortalFactory factory)
    : AgendaTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
