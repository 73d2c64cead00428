using System.Net;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.IntegrationTests.Audit;

/// <summary>
/// The Beheerder's view of the audit log on a real database: filters by object, person and period combine, pages come
/// from the database newest first, anyone else is refused (and that is logged), each search and export is logged, a
/// bad period is refused in Dutch; the CSV export only for the Beheerder. Once per provider.
/// </summary>
public abstract class AuditZoekTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    private const string Beheerder = "beheerder@example.org";
    private const string Regievoerder = "regievoerder.west@example.org";
    private const string Aanbieder = "aanbieder.west@example.org";
    private const string Netwerkmanager = "netwerkmanager.west@example.org";

    private Task<T> Zoek<T>(Func<AuditZoekService, Task<T>> actie) => factory.MetServiceAsync(actie);

    /// <summary>An object id no real casus has, so each test's lines are its own.</summary>
    private static int NieuwObject() => 1_000_000 + Random.Shared.Next(1_000_000_000);

    private static DateTimeOffset Utc(int maand, int dag, int uur, int minuut = 0) => new(2025, maand, dag, uur, minuut, 0, TimeSpan.Zero);

    private async Task SchrijfAsync(params AuditRegel[] regels)
    {
        await using var db = await factory.CreateDbContextAsync();
        db.AuditRegels.AddRange(regels);
        await db.SaveChangesAsync();
    }

    private static AuditRegel Regel(DateTimeOffset op, int? medewerkerId, int objectId, string soort = AuditLog.Casus,
        AuditActie actie = AuditActie.Bekeken, AuditResultaat resultaat = AuditResultaat.Gelukt) =>
        new() { Op = op, MedewerkerId = medewerkerId, ObjectSoort = soort, ObjectId = objectId, Actie = actie, Resultaat = resultaat };

    private async Task<AuditResultaten> ZoekAlsBeheerderAsync(AuditFilter filter, AuditCursor? na = null, int aantal = AuditZoekService.StandaardPagina)
    {
        var beheerder = await factory.ActorAsync(Beheerder);
        var uitkomst = await Zoek(s => s.ZoekAsync(beheerder, filter, na, aantal));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        return uitkomst.Waarde!;
    }

    [Fact]
    public async Task Filters_ByObjectPersonPeriodActionAndResult_Combine()
    {
        var a = (await factory.ActorAsync(Regievoerder)).MedewerkerId;
        var b = (await factory.ActorAsync(Aanbieder)).MedewerkerId;
        var casus = NieuwObject();
        await SchrijfAsync(
            Regel(Utc(3, 10, 9), a, casus),
            // 23:30 UTC on 10 March is 00:30 on 11 March in Amsterdam: it belongs to the 11th.
            Regel(Utc(3, 10, 23, 30), b, casus),
            Regel(Utc(3, 12, 9), a, casus, actie: AuditActie.Gewijzigd),
            Regel(Utc(3, 12, 10), b, casus, resultaat: AuditResultaat.Geweigerd),
            Regel(Utc(3, 11, 9), a, casus + 1),
            Regel(Utc(3, 11, 9), a, casus, soort: AuditLog.Adviesvraag));
        var maart = new AuditFilter { ObjectSoort = AuditLog.Casus, ObjectId = casus, Van = new(2025, 3, 1), Tot = new(2025, 3, 31) };

        var object_ = await ZoekAlsBeheerderAsync(maart);
        Assert.Equal([Utc(3, 12, 10), Utc(3, 12, 9), Utc(3, 10, 23, 30), Utc(3, 10, 9)], object_.Regels.Select(r => r.Op));
        Assert.All(object_.Regels, r => Assert.Equal((AuditLog.Casus, casus), (r.ObjectSoort, r.ObjectId!.Value)));
        Assert.Null(object_.Volgende);

        var persoon = await ZoekAlsBeheerderAsync(maart with { MedewerkerId = a });
        Assert.Equal([Utc(3, 12, 9), Utc(3, 10, 9)], persoon.Regels.Select(r => r.Op));

        var elfde = await ZoekAlsBeheerderAsync(maart with { Van = new(2025, 3, 11), Tot = new(2025, 3, 11) });
        Assert.Equal(b, Assert.Single(elfde.Regels).MedewerkerId);
        var tiende = await ZoekAlsBeheerderAsync(maart with { Van = new(2025, 3, 10), Tot = new(2025, 3, 10), MedewerkerId = b });
        Assert.Empty(tiende.Regels);

        Assert.Equal(Utc(3, 12, 9), Assert.Single((await ZoekAlsBeheerderAsync(maart with { Actie = AuditActie.Gewijzigd })).Regels).Op);
        Assert.Equal(Utc(3, 12, 10), Assert.Single((await ZoekAlsBeheerderAsync(maart with { Resultaat = AuditResultaat.Geweigerd })).Regels).Op);

        // Without an object id: by person and period over every kind of object.
        var alles = await ZoekAlsBeheerderAsync(new AuditFilter { MedewerkerId = a, Van = new(2025, 3, 11), Tot = new(2025, 3, 11) });
        Assert.Equal(2, alles.Regels.Count(r => r.ObjectId == casus || r.ObjectId == casus + 1));
    }

    [Fact]
    public async Task Paging_NewestFirst_InTheDatabase_WithoutGapsOrDoubles()
    {
        var a = (await factory.ActorAsync(Regievoerder)).MedewerkerId;
        var casus = NieuwObject();
        // Two lines at the same moment: the id breaks the tie, so neither is skipped nor shown twice.
        await SchrijfAsync(Enumerable.Range(0, 7).Select(i => Regel(Utc(5, 1, 8 + (i == 4 ? 3 : i)), a, casus)).ToArray());
        var filter = new AuditFilter { ObjectSoort = AuditLog.Casus, ObjectId = casus, Van = new(2025, 5, 1), Tot = new(2025, 5, 1) };

        var gezien = new List<AuditRij>();
        AuditCursor? na = null;
        var paginas = 0;
        do
        {
            var pagina = await ZoekAlsBeheerderAsync(filter, na, aantal: 3);
            Assert.True(pagina.Regels.Count <= 3);
            gezien.AddRange(pagina.Regels);
            na = pagina.Volgende;
            paginas++;
        }
        while (na is not null && paginas < 10);

        Assert.Equal(3, paginas);
        Assert.Equal(7, gezien.Select(r => r.Id).Distinct().Count());
        Assert.Equal(gezien.OrderByDescending(r => r.Op).ThenByDescending(r => r.Id).Select(r => r.Id), gezien.Select(r => r.Id));
        // A page never holds more than the maximum, whatever is asked.
        var groot = await ZoekAlsBeheerderAsync(new AuditFilter(), aantal: 100_000);
        Assert.True(groot.Regels.Count <= AuditZoekService.MaxPagina);
    }

    [Fact]
    public async Task Search_ShowsWhoLookedAtACasus_WithNameOrganisationRolesAndOrigin()
    {
        var regie = await factory.ActorAsync(Regievoerder);
        var uitkomst = await factory.MetServiceAsync<CasusService, Uitkomst<int>>(async s => await s.MaakAanAsync(regie, new NieuweCasus
        {
            StadsdeelId = await factory.StadsdeelIdAsync("West"),
            Kenmerk = "T-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
            Perceel = Perceel.Meedoen,
        }));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        var casus = uitkomst.Waarde;
        await using (var db = await factory.CreateDbContextAsync())
        {
            regie = regie with
            {
                OrganisatieId = await db.Medewerkers.Where(m => m.Id == regie.MedewerkerId).Select(m => m.OrganisatieId).SingleAsync(),
                Herkomst = new Herkomst("192.0.2.17", "Testbrowser/1.0", "sessie-abc"),
            };
        }
        Assert.NotNull(await factory.MetServiceAsync<CasusService, CasusDetail?>(s => s.OpenAsync(regie, casus)));

        var resultaat = await ZoekAlsBeheerderAsync(new AuditFilter { ObjectSoort = AuditLog.Casus, ObjectId = casus, Actie = AuditActie.Bekeken });

        var rij = Assert.Single(resultaat.Regels);
        await using var db2 = await factory.CreateDbContextAsync();
        var medewerker = await db2.Medewerkers.Where(m => m.Id == regie.MedewerkerId).Select(m => new { m.Naam, Organisatie = m.Organisatie!.Naam }).SingleAsync();
        Assert.Equal(medewerker.Naam, rij.Medewerker);
        Assert.Equal(medewerker.Organisatie, rij.Organisatie);
        Assert.Equal("Netwerklid,Regievoerder", rij.Rollen);
        Assert.Equal(("192.0.2.17", "Testbrowser/1.0", "sessie-abc"), (rij.IpAdres, rij.Client, rij.SessieId));
        Assert.Equal(AuditResultaat.Gelukt, rij.Resultaat);
    }

    [Theory]
    [InlineData(Regievoerder)]
    [InlineData(Netwerkmanager)]
    public async Task NonBeheerder_IsRefused_AndTheAttemptIsLogged(string email)
    {
        var actor = await factory.ActorAsync(email);
        var casus = NieuwObject();
        await SchrijfAsync(Regel(Utc(6, 1, 9), actor.MedewerkerId, casus));

        var uitkomst = await Zoek(s => s.ZoekAsync(actor, new AuditFilter { ObjectSoort = AuditLog.Casus, ObjectId = casus }));
        var export = await Zoek(s => s.ExportAsync(actor, new AuditFilter()));
        var medewerkers = await Zoek(s => s.MedewerkersAsync(actor, ""));

        Assert.False(uitkomst.Gelukt);
        Assert.Null(uitkomst.Waarde);
        Assert.Equal(AuditZoekService.GeenToegangFout, uitkomst.Fout);
        Assert.Equal(AuditZoekService.GeenToegangFout, export.Fout);
        Assert.Empty(medewerkers);
        await using var db = await factory.CreateDbContextAsync();
        var pogingen = await db.AuditRegels
            .Where(r => r.MedewerkerId == actor.MedewerkerId && r.ObjectSoort == AuditLog.Auditlog && r.Resultaat == AuditResultaat.Geweigerd)
            .Select(r => r.Actie).ToListAsync();
        Assert.Contains(AuditActie.Gezocht, pogingen);
        Assert.Contains(AuditActie.Geexporteerd, pogingen);
        // The Beheerder, by contrast, is allowed (the rule, not a broken service).
        Assert.NotEmpty((await ZoekAlsBeheerderAsync(new AuditFilter { ObjectSoort = AuditLog.Casus, ObjectId = casus, Van = new(2025, 6, 1), Tot = new(2025, 6, 1) })).Regels);
    }

    [Fact]
    public async Task Search_IsItselfLogged_WithTheFiltersAsIdsAndDates()
    {
        var beheerder = await factory.ActorAsync(Beheerder);
        var a = (await factory.ActorAsync(Regievoerder)).MedewerkerId;
        var casus = NieuwObject();
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.False(await db.AuditRegels.AnyAsync(r => r.Actie == AuditActie.Gezocht && r.Toelichting!.Contains($"id {casus}")));
        }

        await ZoekAlsBeheerderAsync(new AuditFilter
        {
            ObjectSoort = AuditLog.Casus,
            ObjectId = casus,
            MedewerkerId = a,
            Van = new(2025, 2, 1),
            Tot = new(2025, 2, 28),
            Actie = AuditActie.Bekeken,
        });

        await using var db2 = await factory.CreateDbContextAsync();
        var regel = await db2.AuditRegels.SingleAsync(r => r.Actie == AuditActie.Gezocht && r.Toelichting!.Contains($"id {casus}"));
        Assert.Equal((AuditLog.Auditlog, beheerder.MedewerkerId, AuditResultaat.Gelukt), (regel.ObjectSoort, regel.MedewerkerId!.Value, regel.Resultaat));
        Assert.Equal($"Filters: van 2025-02-01, t/m 2025-02-28, object casus, id {casus}, medewerker {a}, actie Bekeken", regel.Toelichting);
    }

    [Theory]
    [InlineData("2025-03-10", "2025-03-01", null, "De einddatum ligt vóór de begindatum")]
    [InlineData("2024-01-01", "2025-03-01", null, "hoogstens een jaar")]
    [InlineData(null, null, 12, "Kies bij een objectnummer ook de soort object")]
    [InlineData("1999-12-31", "2000-01-05", null, "De begindatum ligt tussen 1 januari 2000 en ")]
    [InlineData("0001-01-01", null, null, "De begindatum ligt tussen 1 januari 2000 en ")]
    [InlineData("9999-12-31", null, null, "De begindatum ligt tussen 1 januari 2000 en ")]
    [InlineData(null, "0001-01-01", null, "De einddatum ligt tussen 1 januari 2000 en ")]
    public async Task BadFilter_IsRefusedInDutch_AndNothingIsRead(string? van, string? tot, int? objectId, string reden)
    {
        var beheerder = await factory.ActorAsync(Beheerder);
        var filter = new AuditFilter
        {
            Van = van is null ? null : DateOnly.Parse(van, System.Globalization.CultureInfo.InvariantCulture),
            Tot = tot is null ? null : DateOnly.Parse(tot, System.Globalization.CultureInfo.InvariantCulture),
            ObjectId = objectId,
        };
        int voor;
        await using (var db = await factory.CreateDbContextAsync())
        {
            voor = await db.AuditRegels.CountAsync(r => r.Actie == AuditActie.Gezocht && r.MedewerkerId == beheerder.MedewerkerId);
        }

        var uitkomst = await Zoek(s => s.ZoekAsync(beheerder, filter));

        Assert.False(uitkomst.Gelukt);
        Assert.Contains(reden, uitkomst.Fout);
        await using var db2 = await factory.CreateDbContextAsync();
        Assert.Equal(voor, await db2.AuditRegels.CountAsync(r => r.Actie == AuditActie.Gezocht && r.MedewerkerId == beheerder.MedewerkerId));
    }

    [Fact]
    public async Task MedewerkerPicker_FindsByPartOfTheName()
    {
        var beheerder = await factory.ActorAsync(Beheerder);
        var regie = await factory.ActorAsync(Regievoerder);
        await using var db = await factory.CreateDbContextAsync();
        var naam = await db.Medewerkers.Where(m => m.Id == regie.MedewerkerId).Select(m => m.Naam).SingleAsync();

        var gevonden = await Zoek(s => s.MedewerkersAsync(beheerder, naam[1..^1].ToUpperInvariant()));

        Assert.Contains(gevonden, m => m.Id == regie.MedewerkerId && m.Naam == naam);
        Assert.DoesNotContain(await Zoek(s => s.MedewerkersAsync(beheerder, "zzzz-niemand-zzzz")), m => m.Id == regie.MedewerkerId);
    }

    // --- export ---

    [Fact]
    public async Task Export_Beheerder_GetsTheFilteredLinesAsCsv_NotCached_AndItIsAudited()
    {
        var a = (await factory.ActorAsync(Regievoerder)).MedewerkerId;
        var casus = NieuwObject();
        await SchrijfAsync(
            Regel(Utc(4, 2, 9), a, casus),
            Regel(Utc(4, 3, 9), a, casus, resultaat: AuditResultaat.Geweigerd),
            Regel(Utc(4, 3, 10), a, casus + 1),
            new AuditRegel { Op = Utc(4, 4, 9), ObjectSoort = AuditLog.Casus, ObjectId = casus, Actie = AuditActie.Bekeken, Client = "=HYPERLINK(\"http://x\")" });
        using var client = factory.CreatePortalClient();
        await client.LogInSuccessfullyAsync(Beheerder);

        var antwoord = await client.GetAsync($"{AuditQuery.Export}?soort=Casus&id={casus}&van=2025-04-01&tot=2025-04-30");

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Equal("text/csv", antwoord.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", antwoord.Headers.CacheControl!.ToString());
        Assert.True(antwoord.Headers.CacheControl.Private);
        var bytes = await antwoord.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var regels = System.Text.Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Tijdstip;Medewerker;Medewerker-id;Organisatie;Rollen;Actie;Resultaat;Soort object;Object-id;Namens;Taak;IP-adres;Client;Sessie;Toelichting", regels[0]);
        Assert.Equal(4, regels.Length);
        // Amsterdam time (CEST in April), newest first, Dutch labels.
        Assert.StartsWith("04-04-2025 11:00:00;", regels[1]);
        Assert.Contains("'=HYPERLINK", regels[1]);
        Assert.StartsWith("03-04-2025 11:00:00;", regels[2]);
        Assert.Contains($";{a};", regels[2]);
        Assert.Contains(";Bekeken;Geweigerd;Casus;" + casus + ";", regels[2]);
        Assert.StartsWith("02-04-2025 11:00:00;", regels[3]);
        Assert.DoesNotContain(regels, r => r.Contains($";{casus + 1};"));

        await using var db = await factory.CreateDbContextAsync();
        var beheerder = (await factory.ActorAsync(Beheerder)).MedewerkerId;
        var regel = await db.AuditRegels.SingleAsync(r => r.Actie == AuditActie.Geexporteerd && r.ObjectSoort == AuditLog.Auditlog && r.Toelichting!.Contains($"id {casus}"));
        Assert.Equal(beheerder, regel.MedewerkerId);
        Assert.StartsWith("Filters: bestand csv, van 2025-04-01, t/m 2025-04-30, object casus", regel.Toelichting);
    }

    [Theory]
    [InlineData("0001-01-01", null, "De begindatum ligt tussen 1 januari 2000 en ")]
    [InlineData("2026-01-01", "9999-12-31", "De einddatum ligt tussen 1 januari 2000 en ")]
    public async Task Export_WithADateOutsideTheWindow_IsRefusedInDutch_AndNotLogged(string van, string? tot, string reden)
    {
        var beheerder = await factory.ActorAsync(Beheerder);
        var filter = new AuditFilter
        {
            Van = DateOnly.Parse(van, System.Globalization.CultureInfo.InvariantCulture),
            Tot = tot is null ? null : DateOnly.Parse(tot, System.Globalization.CultureInfo.InvariantCulture),
        };
        int voor;
        await using (var db = await factory.CreateDbContextAsync())
        {
            voor = await db.AuditRegels.CountAsync(r => r.Actie == AuditActie.Geexporteerd && r.MedewerkerId == beheerder.MedewerkerId);
        }

        var uitkomst = await Zoek(s => s.ExportAsync(beheerder, filter));

        Assert.False(uitkomst.Gelukt);
        Assert.StartsWith(reden, uitkomst.Fout);
        await using var db2 = await factory.CreateDbContextAsync();
        Assert.Equal(voor, await db2.AuditRegels.CountAsync(r => r.Actie == AuditActie.Geexporteerd && r.MedewerkerId == beheerder.MedewerkerId));
    }

    [Fact]
    public async Task Export_OthersAreSentAway_AndABadRangeIsRefusedInDutch()
    {
        using var regie = factory.CreatePortalClient();
        await regie.LogInSuccessfullyAsync(Regievoerder);
        var geweigerd = await regie.GetAsync($"{AuditQuery.Export}?soort=Casus&id=1");
        Assert.Equal(HttpStatusCode.Redirect, geweigerd.StatusCode);
        Assert.Contains("/geen-toegang", geweigerd.Headers.Location!.OriginalString);

        using var anoniem = factory.CreatePortalClient();
        var zonder = await anoniem.GetAsync(AuditQuery.Export);
        Assert.Equal(HttpStatusCode.Redirect, zonder.StatusCode);
        Assert.Contains("/inloggen", zonder.Headers.Location!.OriginalString);

        using var beheerder = factory.CreatePortalClient();
        await beheerder.LogInSuccessfullyAsync(Beheerder);
        var fout = await beheerder.GetAsync($"{AuditQuery.Export}?van=2025-06-25&tot=2025-06-01");
        Assert.Equal(HttpStatusCode.BadRequest, fout.StatusCode);
        Assert.Contains("De einddatum ligt vóór de begindatum", await fout.Content.ReadAsStringAsync());
        var jaarEen = await beheerder.GetAsync($"{AuditQuery.Export}?van=0001-01-01");
        Assert.Equal(HttpStatusCode.BadRequest, jaarEen.StatusCode);
        Assert.Contains("De begindatum ligt tussen 1 januari 2000 en ", await jaarEen.Content.ReadAsStringAsync());
        var actie = await beheerder.GetAsync($"{AuditQuery.Export}?actie=99");
        Assert.Equal(HttpStatusCode.BadRequest, actie.StatusCode);
        Assert.Contains("Kies een actie", await actie.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Export_IsCapped_AndSaysSo()
    {
        var casus = NieuwObject();
        var begin = Utc(7, 1, 0);
        await SchrijfAsync(Enumerable.Range(0, AuditZoekService.MaxExport + 1).Select(i => Regel(begin.AddSeconds(i), null, casus)).ToArray());
        using var client = factory.CreatePortalClient();
        await client.LogInSuccessfullyAsync(Beheerder);

        var antwoord = await client.GetAsync($"{AuditQuery.Export}?soort=Casus&id={casus}&van=2025-07-01&tot=2025-07-01");

        var regels = (await antwoord.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1 + AuditZoekService.MaxExport + 1, regels.Length);
        Assert.Equal(AuditZoekService.AfgekaptMelding, regels[^1]);
        // The newest are kept: the very first line (00:00:00 UTC, 02:00:00 in Amsterdam) is the one left out.
        Assert.DoesNotContain(regels, r => r.StartsWith("01-07-2025 02:00:00;", StringComparison.Ordinal));
        Assert.StartsWith("01-07-2025 02:00:01;", regels[^2]);
    }
}

public sealed class SqliteAuditZoekTests(SqlitePortalFactory factory)
    : AuditZoekTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlAuditZoekTests(PostgreSqlPortalFactory factory)
    : AuditZoekTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
