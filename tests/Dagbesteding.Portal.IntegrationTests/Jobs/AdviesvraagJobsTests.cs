using System.Collections.Concurrent;
using System.Net;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.Jobs;
using Dagbesteding.Portal.Realtime;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dagbesteding.Portal.IntegrationTests.Jobs;

/// <summary>
/// The Hangfire jobs of the Netwerkkanaal on a real database, called directly with a fake clock (the processing
/// server is off in tests). Each test makes its own adviesvragen and asserts on those only.
/// </summary>
public abstract class AdviesvraagJobsTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    /// <summary>"Now" for every job run in these tests: Tuesday 16 June 2026, 10:00 in Amsterdam (UTC, as stored).</summary>
    private static readonly DateTimeOffset Nu = new(2026, 6, 16, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Escalation_CreatesExactlyOneMeldingPerNetwerkmanagerOfTheChannel_AndOnlyOnce()
    {
        var kanaal = await KanaalAsync("Noord");
        var seeded = await ActieveNetwerkmanagersAsync(kanaal.Id);
        Assert.Single(seeded);
        var tweede = await NieuwLidAsync(kanaal, Functie.Netwerkmanager);
        await NieuwLidAsync(kanaal, Functie.Netwerkmanager, afgemeld: true);
        await NieuwLidAsync(kanaal, Functie.Netwerkmanager, actief: false);
        await NieuwLidAsync(kanaal, Functie.Buurtteammedewerker);

        var vraag = await VraagAsync(kanaal, AdviesvraagStatus.Open, waarschuwingOp: Nu.AddHours(-1), deadline: Nu.AddDays(1));
        var beantwoord = await VraagAsync(kanaal, AdviesvraagStatus.Beantwoord, waarschuwingOp: Nu.AddHours(-1), deadline: Nu.AddDays(1));
        var nogNiet = await VraagAsync(kanaal, AdviesvraagStatus.Open, waarschuwingOp: Nu.AddMinutes(1), deadline: Nu.AddDays(1));
        var precies = await VraagAsync(kanaal, AdviesvraagStatus.Open, waarschuwingOp: Nu, deadline: Nu.AddDays(1));

        var opgeslagenBijPush = new ConcurrentBag<bool>();
        var publisher = new FakeRealtimePublisher
        {
            BijPublicatie = gebeurtenis =>
            {
                if (gebeurtenis is PersoonlijkeMelding melding)
                {
                    using var db = factory.CreateDbContextAsync().GetAwaiter().GetResult();
                    opgeslagenBijPush.Add(db.Meldingen.Any(m => m.Id == melding.MeldingId));
                }
            },
        };
        await TermijnJob(publisher).UitvoerenAsync(CancellationToken.None);
        await TermijnJob(publisher).UitvoerenAsync(CancellationToken.None);

        await using var db = await factory.CreateDbContextAsync();
        var link = $"/netwerk/vragen/{vraag}";
        var meldingen = await db.Meldingen.Where(m => m.Link == link).OrderBy(m => m.MedewerkerId).ToListAsync();
        Assert.Equal(new[] { seeded[0], tweede }.Order(), meldingen.Select(m => m.MedewerkerId));
        Assert.All(meldingen, m => Assert.Equal($"Adviesvraag #{vraag} in Netwerk Noord heeft na 1 werkdag nog geen reactie.", m.Tekst));
        Assert.All(meldingen, m => Assert.Equal(Nu, m.Op));
        Assert.All(meldingen, m => Assert.Null(m.GelezenOp));

        var gepusht = publisher.Meldingen.Where(m => m.Link == link).OrderBy(m => m.MedewerkerId).ToList();
        Assert.Equal(meldingen.Select(m => (m.MedewerkerId, m.Id, m.Tekst, m.Op)), gepusht.Select(m => (m.MedewerkerId, m.MeldingId, m.Tekst, m.Op)));
        Assert.NotEmpty(opgeslagenBijPush);
        Assert.All(opgeslagenBijPush, Assert.True);

        Assert.Equal(Nu, (await db.Adviesvragen.SingleAsync(a => a.Id == vraag)).EscalatieVerstuurdOp);
        Assert.Equal(2, await db.Meldingen.CountAsync(m => m.Link == $"/netwerk/vragen/{precies}"));
        foreach (var overgeslagen in new[] { beantwoord, nogNiet })
        {
            Assert.Null((await db.Adviesvragen.SingleAsync(a => a.Id == overgeslagen)).EscalatieVerstuurdOp);
            Assert.False(await db.Meldingen.AnyAsync(m => m.Link == $"/netwerk/vragen/{overgeslagen}"));
        }
    }

    [Fact]
    public async Task Escalation_OfASpoedQuestion_SaysSoAndHowLongItWaited()
    {
        var kanaal = await KanaalAsync("Nieuw-West");
        var vraag = await VraagAsync(kanaal, AdviesvraagStatus.Open, waarschuwingOp: Nu.AddMinutes(-5), deadline: Nu.AddDays(1).AddHours(12), spoed: true);

        await TermijnJob(new FakeRealtimePublisher()).UitvoerenAsync(CancellationToken.None);

        await using var db = await factory.CreateDbContextAsync();
        var meldingen = await db.Meldingen.Where(m => m.Link == $"/netwerk/vragen/{vraag}").ToListAsync();
        Assert.NotEmpty(meldingen);
        Assert.All(meldingen, m => Assert.Equal($"Spoedvraag #{vraag} in Netwerk Nieuw-West heeft na een halve werkdag nog geen reactie.", m.Tekst));
        Assert.All(meldingen, m => Assert.True(m.Spoed));
    }

    [Fact]
    public async Task Overdue_SendsOneMeldingToTheAskerAndToEachNetwerkmanager_StoredBeforeThePush_AndOnlyOnce()
    {
        var kanaal = await KanaalAsync("Oost");
        var netwerkmanagers = await ActieveNetwerkmanagersAsync(kanaal.Id);
        Assert.NotEmpty(netwerkmanagers);
        await NieuwLidAsync(kanaal, Functie.Netwerkmanager, afgemeld: true);
        var teLaat = await VraagAsync(kanaal, AdviesvraagStatus.Open, Nu.AddDays(-1), deadline: Nu.AddMinutes(-1), escalatieVerstuurdOp: Nu.AddDays(-1));
        var beantwoord = await VraagAsync(kanaal, AdviesvraagStatus.Beantwoord, Nu.AddDays(-1), deadline: Nu.AddMinutes(-1), escalatieVerstuurdOp: Nu.AddDays(-1));
        int vrager;
        await using (var db = await factory.CreateDbContextAsync())
        {
            vrager = await db.Adviesvragen.Where(a => a.Id == teLaat).Select(a => a.AuteurId).SingleAsync();
        }

        var opgeslagenBijPush = new ConcurrentBag<bool>();
        var publisher = new FakeRealtimePublisher
        {
            BijPublicatie = gebeurtenis =>
            {
                if (gebeurtenis is PersoonlijkeMelding melding)
                {
                    using var db = factory.CreateDbContextAsync().GetAwaiter().GetResult();
                    opgeslagenBijPush.Add(db.Meldingen.Any(m => m.Id == melding.MeldingId));
                }
            },
        };
        await TermijnJob(publisher).UitvoerenAsync(CancellationToken.None);
        await TermijnJob(publisher).UitvoerenAsync(CancellationToken.None);

        await using var controle = await factory.CreateDbContextAsync();
        var meldingen = await controle.Meldingen.Where(m => m.Link == $"/netwerk/vragen/{teLaat}").OrderBy(m => m.MedewerkerId).ToListAsync();
        Assert.Equal(netwerkmanagers.Append(vrager).Order(), meldingen.Select(m => m.MedewerkerId));
        Assert.All(meldingen, m => Assert.Equal(Domain.Meldingen.MeldingSoort.AdviesvraagVerlopen, m.Soort));
        Assert.All(meldingen, m => Assert.Equal(AdviesvraagTermijnJob.VerlopenTekst(teLaat, "Netwerk Oost"), m.Tekst));
        Assert.All(meldingen, m => Assert.DoesNotContain("houtbewerking", m.Samenvatting));
        Assert.Equal(meldingen.Select(m => m.Id).Order(), publisher.Meldingen.Where(m => m.Link == $"/netwerk/vragen/{teLaat}").Select(m => m.MeldingId).Order());
        Assert.NotEmpty(opgeslagenBijPush);
        Assert.All(opgeslagenBijPush, Assert.True);
        Assert.False(await controle.Meldingen.AnyAsync(m => m.Link == $"/netwerk/vragen/{beantwoord}"));
    }

    [Fact]
    public async Task Escalation_OfAnAlreadyEscalatedRequest_SendsNothing()
    {
        var kanaal = await KanaalAsync("Zuid");
        var vraag = await VraagAsync(kanaal, AdviesvraagStatus.Open, waarschuwingOp: Nu.AddHours(-3), deadline: Nu.AddDays(1), escalatieVerstuurdOp: Nu.AddHours(-3));
        var publisher = new FakeRealtimePublisher();

        await TermijnJob(publisher).UitvoerenAsync(CancellationToken.None);

        await using var db = await factory.CreateDbContextAsync();
        Assert.False(await db.Meldingen.AnyAsync(m => m.Link == $"/netwerk/vragen/{vraag}"));
        Assert.DoesNotContain(publisher.Meldingen, m => m.Link == $"/netwerk/vragen/{vraag}");
        Assert.Equal(Nu.AddHours(-3), (await db.Adviesvragen.SingleAsync(a => a.Id == vraag)).EscalatieVerstuurdOp);
    }

    [Fact]
    public async Task Overdue_MarksOnlyOpenRequestsPastTheirDeadlineAsVerlopen_AndPublishesOnce()
    {
        var kanaal = await KanaalAsync("West");
        var escalated = Nu.AddDays(-1);
        var teLaat = await VraagAsync(kanaal, AdviesvraagStatus.Open, Nu.AddDays(-1), deadline: Nu.AddMinutes(-1), escalatieVerstuurdOp: escalated);
        var opDeDeadline = await VraagAsync(kanaal, AdviesvraagStatus.Open, Nu.AddDays(-1), deadline: Nu, escalatieVerstuurdOp: escalated);
        var opTijd = await VraagAsync(kanaal, AdviesvraagStatus.Open, Nu.AddDays(-1), deadline: Nu.AddMinutes(1), escalatieVerstuurdOp: escalated);
        var beantwoord = await VraagAsync(kanaal, AdviesvraagStatus.Beantwoord, Nu.AddDays(-1), deadline: Nu.AddHours(-1), escalatieVerstuurdOp: escalated);
        var besloten = await VraagAsync(kanaal, AdviesvraagStatus.Besloten, Nu.AddDays(-1), deadline: Nu.AddHours(-1), escalatieVerstuurdOp: escalated);

        var statusBijPush = new ConcurrentBag<AdviesvraagStatus>();
        var publisher = new FakeRealtimePublisher
        {
            BijPublicatie = gebeurtenis =>
            {
                if (gebeurtenis is KanaalGebeurtenis kanaalGebeurtenis)
                {
                    using var db = factory.CreateDbContextAsync().GetAwaiter().GetResult();
                    statusBijPush.Add(db.Adviesvragen.Where(a => a.Id == kanaalGebeurtenis.AdviesvraagId).Select(a => a.Status).Single());
                }
            },
        };
        await TermijnJob(publisher).UitvoerenAsync(CancellationToken.None);
        await TermijnJob(publisher).UitvoerenAsync(CancellationToken.None);

        await using var db = await factory.CreateDbContextAsync();
        var vragen = await db.Adviesvragen.Where(a => new[] { teLaat, opDeDeadline, opTijd, beantwoord, besloten }.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id);
        Assert.Equal(AdviesvraagStatus.Verlopen, vragen[teLaat].Status);
        Assert.Equal(AdviesvraagStatus.Verlopen, vragen[opDeDeadline].Status);
        Assert.Equal(Nu, vragen[teLaat].VerlopenOp);
        Assert.Equal(Nu, vragen[opDeDeadline].VerlopenOp);
        Assert.Equal(AdviesvraagStatus.Open, vragen[opTijd].Status);
        Assert.Equal(AdviesvraagStatus.Beantwoord, vragen[beantwoord].Status);
        Assert.Equal(AdviesvraagStatus.Besloten, vragen[besloten].Status);
        Assert.All(new[] { opTijd, beantwoord, besloten }, id => Assert.Null(vragen[id].VerlopenOp));

        var mijnVragen = new[] { teLaat, opDeDeadline, opTijd, beantwoord, besloten };
        var gebeurtenissen = publisher.Gebeurtenissen.Where(g => mijnVragen.Contains(g.AdviesvraagId)).OrderBy(g => g.AdviesvraagId).ToList();
        Assert.Equal(
            [
                (kanaal.Id, teLaat, KanaalGebeurtenisSoort.StatusGewijzigd, "Adviesvraag verlopen", Nu, (int?)null),
                (kanaal.Id, opDeDeadline, KanaalGebeurtenisSoort.StatusGewijzigd, "Adviesvraag verlopen", Nu, (int?)null),
            ],
            gebeurtenissen.Select(g => (g.KanaalId, g.AdviesvraagId, g.Soort, g.Samenvatting, g.Op, g.DoorMedewerkerId)));
        // The event carries the card as it now is, so open feeds show "verlopen" without reading it.
        Assert.All(gebeurtenissen, g => Assert.Equal(AdviesvraagStatus.Verlopen, g.Kaart!.Status));
        Assert.All(statusBijPush, s => Assert.Equal(AdviesvraagStatus.Verlopen, s));
    }

    [Fact]
    public async Task Retention_DeletesOnlyRequestsOlderThanTwelveMonths_WithTheirReplies_AndKeepsTheCasus()
    {
        var kanaal = await KanaalAsync("Oost");
        var oud = await VraagAsync(kanaal, AdviesvraagStatus.Besloten, Nu.AddDays(-1), Nu.AddDays(-1), escalatieVerstuurdOp: Nu, geplaatstOp: Nu.AddMonths(-12).AddMinutes(-1));
        var jong = await VraagAsync(kanaal, AdviesvraagStatus.Beantwoord, Nu.AddDays(-1), Nu.AddDays(-1), escalatieVerstuurdOp: Nu, geplaatstOp: Nu.AddMonths(-12).AddMinutes(1));
        var oudeReactie = await ReactieAsync(oud, gekozen: true);
        var jongeReactie = await ReactieAsync(jong, gekozen: false);
        int casusId;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var lezer = await db.Lidmaatschappen.Where(l => l.KanaalId == kanaal.Id && l.AfgemeldOp == null).Select(l => l.MedewerkerId).FirstAsync();
            db.Leesbevestigingen.Add(new Leesbevestiging { AdviesvraagId = oud, MedewerkerId = lezer, GelezenOp = Nu.AddMonths(-12) });
            db.Leesbevestigingen.Add(new Leesbevestiging { AdviesvraagId = jong, MedewerkerId = lezer, GelezenOp = Nu.AddMonths(-11) });
            var casus = await db.Casussen.OrderBy(c => c.Id).FirstAsync();
            casus.BronAdviesvraagId = oud;
            casusId = casus.Id;
            await db.SaveChangesAsync();
        }

        await BewaarJob(new NetwerkOptions { BewaartermijnMaanden = factory.Services.GetRequiredService<IOptions<NetwerkOptions>>().Value.BewaartermijnMaanden })
            .UitvoerenAsync(CancellationToken.None);

        await using var na = await factory.CreateDbContextAsync();
        Assert.False(await na.Adviesvragen.AnyAsync(a => a.Id == oud));
        Assert.False(await na.Reacties.AnyAsync(r => r.Id == oudeReactie));
        Assert.False(await na.Leesbevestigingen.AnyAsync(l => l.AdviesvraagId == oud));
        var casusNa = await na.Casussen.SingleAsync(c => c.Id == casusId);
        Assert.Null(casusNa.BronAdviesvraagId);

        Assert.True(await na.Adviesvragen.AnyAsync(a => a.Id == jong));
        Assert.True(await na.Reacties.AnyAsync(r => r.Id == jongeReactie));
        Assert.True(await na.Leesbevestigingen.AnyAsync(l => l.AdviesvraagId == jong));
        Assert.Equal(1, await na.Adviesvragen.Where(a => a.Id == jong).SelectMany(a => a.Doelgroepen).CountAsync());
    }

    [Fact]
    public async Task Retention_FollowsTheSetting_AndRefusesZero()
    {
        Assert.Equal(12, factory.Services.GetRequiredService<IOptions<NetwerkOptions>>().Value.BewaartermijnMaanden);
        var kanaal = await KanaalAsync("Centrum");
        var vierMaanden = await VraagAsync(kanaal, AdviesvraagStatus.Verlopen, Nu, Nu, escalatieVerstuurdOp: Nu, geplaatstOp: Nu.AddMonths(-4));
        var tweeMaanden = await VraagAsync(kanaal, AdviesvraagStatus.Verlopen, Nu, Nu, escalatieVerstuurdOp: Nu, geplaatstOp: Nu.AddMonths(-2));

        await BewaarJob(new NetwerkOptions { BewaartermijnMaanden = 0 }).UitvoerenAsync(CancellationToken.None);
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(2, await db.Adviesvragen.CountAsync(a => a.Id == vierMaanden || a.Id == tweeMaanden));
        }

        await BewaarJob(new NetwerkOptions { BewaartermijnMaanden = 3 }).UitvoerenAsync(CancellationToken.None);
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.False(await db.Adviesvragen.AnyAsync(a => a.Id == vierMaanden));
            Assert.True(await db.Adviesvragen.AnyAsync(a => a.Id == tweeMaanden));
        }
    }

    [Fact]
    public async Task Schedules_AreRegisteredInTheConfiguredStorage()
    {
        var storage = factory.Services.GetRequiredService<JobStorage>();
        Assert.IsType(factory is PostgreSqlPortalFactory ? typeof(PostgreSqlStorage) : typeof(InMemoryStorage), storage);

        using var connection = storage.GetConnection();
        var jobs = connection.GetRecurringJobs().ToDictionary(j => j.Id);
        Assert.Equal(["adviesvraag-bewaartermijn", "adviesvraag-termijnen", "audit-bewaartermijn", "evaluaties-afstemmen", "meldingen-bezorgen", "sessies-opruimen"], jobs.Keys.Order());
        Assert.Equal("* * * * *", jobs["meldingen-bezorgen"].Cron);
        Assert.Equal(typeof(MeldingBezorgJob), jobs["meldingen-bezorgen"].Job.Type);
        Assert.Equal("* * * * *", jobs["adviesvraag-termijnen"].Cron);
        Assert.Equal("*/5 * * * *", jobs["evaluaties-afstemmen"].Cron);
        Assert.Equal(typeof(EvaluatieAfstemJob), jobs["evaluaties-afstemmen"].Job.Type);
        Assert.Equal("15 3 * * *", jobs["adviesvraag-bewaartermijn"].Cron);
        Assert.Equal("30 3 * * *", jobs["audit-bewaartermijn"].Cron);
        Assert.Equal(typeof(AuditBewaartermijnJob), jobs["audit-bewaartermijn"].Job.Type);
        Assert.Equal(typeof(SessieOpruimJob), jobs["sessies-opruimen"].Job.Type);
        Assert.All(jobs.Values, j => Assert.Equal("Europe/Amsterdam", j.TimeZoneId));
        Assert.Equal(typeof(AdviesvraagTermijnJob), jobs["adviesvraag-termijnen"].Job.Type);
        Assert.Equal(typeof(BewaartermijnJob), jobs["adviesvraag-bewaartermijn"].Job.Type);

        if (factory is PostgreSqlPortalFactory)
        {
            await using var db = await factory.CreateDbContextAsync();
            var schemas = await db.Database
                .SqlQueryRaw<string>("SELECT schema_name AS \"Value\" FROM information_schema.schemata WHERE schema_name = 'hangfire'")
                .ToListAsync();
            Assert.Equal(["hangfire"], schemas);
        }
    }

    [Theory]
    [InlineData("regievoerder.west@example.org")]
    [InlineData("netwerkmanager.west@example.org")]
    [InlineData("aanbieder.west@example.org")]
    public async Task Dashboard_RefusesANonBeheerder(string email)
    {
        using var client = factory.CreatePortalClient();
        await client.LogInSuccessfullyAsync(email);
        foreach (var url in new[] { "/beheer/jobs", "/beheer/jobs/recurring", "/beheer/jobs/stats" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/geen-toegang", response.Headers.Location!.PathAndQuery);
        }
    }

    [Fact]
    public async Task Dashboard_SendsAVisitorToTheLogin()
    {
        using var client = factory.CreatePortalClient();
        var response = await client.GetAsync("/beheer/jobs");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/inloggen", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Dashboard_IsReachableForTheBeheerder_AndLinkedFromTheBeheerPage()
    {
        using var client = factory.CreatePortalClient();
        await client.LogInSuccessfullyAsync("beheerder@example.org");

        var dashboard = await client.GetAsync("/beheer/jobs");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Achtergrondtaken · Dagbesteding Portal", await dashboard.Content.ReadAsStringAsync());

        var recurring = await client.GetAsync("/beheer/jobs/recurring");
        Assert.Equal(HttpStatusCode.OK, recurring.StatusCode);
        var html = await recurring.Content.ReadAsStringAsync();
        Assert.Contains("adviesvraag-termijnen", html);
        Assert.Contains("adviesvraag-bewaartermijn", html);

        var beheer = await client.Http.GetStringAsync("/beheer");
        Assert.Contains("href=\"/beheer/jobs\"", beheer);
        Assert.Contains("href=\"/beheer/sluitingsdagen\"", beheer);
    }

    // The sweep publishes the verlopen event through AdviesvraagService (with the card), so that service gets the
    // recording publisher too.
    private AdviesvraagTermijnJob TermijnJob(IRealtimePublisher publisher)
    {
        var melder = new Features.Meldingen.Melder(publisher, factory.Services.GetRequiredService<Features.Meldingen.MeldingWekker>());
        return ActivatorUtilities.CreateInstance<AdviesvraagTermijnJob>(factory.Services, melder, new FakeTimeProvider(Nu),
            ActivatorUtilities.CreateInstance<Features.Netwerk.Vragen.AdviesvraagService>(factory.Services, publisher, melder));
    }

    private BewaartermijnJob BewaarJob(NetwerkOptions options) =>
        ActivatorUtilities.CreateInstance<BewaartermijnJob>(factory.Services, Options.Create(options), new FakeTimeProvider(Nu));

    private async Task<Kanaal> KanaalAsync(string stadsdeel)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Kanalen.SingleAsync(k => k.Stadsdeel!.Naam == stadsdeel);
    }

    private async Task<List<int>> ActieveNetwerkmanagersAsync(int kanaalId)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Lidmaatschappen
            .Where(l => l.KanaalId == kanaalId && l.AfgemeldOp == null && l.Medewerker!.Functie == Functie.Netwerkmanager && l.Medewerker.Actief)
            .Select(l => l.MedewerkerId).ToListAsync();
    }

    private async Task<int> NieuwLidAsync(Kanaal kanaal, Functie functie, bool afgemeld = false, bool actief = true)
    {
        await using var db = await factory.CreateDbContextAsync();
        var buurtteam = await db.Organisaties.FirstAsync(o => o.Type == OrganisatieType.Buurtteamorganisatie && o.StadsdeelId == kanaal.StadsdeelId);
        var medewerker = new Medewerker
        {
            OrganisatieId = buurtteam.Id,
            Naam = $"Test {functie}",
            Email = $"test.{Guid.NewGuid():N}@example.org",
            Functie = functie,
            Actief = actief,
        };
        db.Lidmaatschappen.Add(new Lidmaatschap
        {
            KanaalId = kanaal.Id,
            Medewerker = medewerker,
            Vanaf = Nu.AddMonths(-6),
            AfgemeldOp = afgemeld ? Nu.AddMonths(-1) : null,
            AfmeldReden = afgemeld ? "Andere baan" : null,
        });
        await db.SaveChangesAsync();
        return medewerker.Id;
    }

    private async Task<int> VraagAsync(
        Kanaal kanaal,
        AdviesvraagStatus status,
        DateTimeOffset waarschuwingOp,
        DateTimeOffset deadline,
        DateTimeOffset? escalatieVerstuurdOp = null,
        DateTimeOffset? geplaatstOp = null,
        bool spoed = false)
    {
        await using var db = await factory.CreateDbContextAsync();
        var auteur = await db.Lidmaatschappen
            .Where(l => l.KanaalId == kanaal.Id && l.AfgemeldOp == null && l.Medewerker!.Functie == Functie.Buurtteammedewerker)
            .Select(l => l.MedewerkerId).FirstAsync();
        var vraag = new Adviesvraag
        {
            KanaalId = kanaal.Id,
            AuteurId = auteur,
            Leeftijdscategorie = Leeftijdscategorie.Van27Tot45,
            GewenstPerceel = Perceel.Meedoen,
            Vraag = "Een man van 45 zoekt dagbesteding met houtbewerking, drie dagen per week. Wie heeft plek?",
            Doelgroepen = [await db.Doelgroepen.OrderBy(d => d.Id).FirstAsync()],
            Status = status,
            GeplaatstOp = geplaatstOp ?? deadline.AddDays(-2),
            WaarschuwingOp = waarschuwingOp,
            Deadline = deadline,
            EscalatieVerstuurdOp = escalatieVerstuurdOp,
            Spoed = spoed,
        };
        db.Adviesvragen.Add(vraag);
        await db.SaveChangesAsync();
        return vraag.Id;
    }

    private async Task<int> ReactieAsync(int adviesvraagId, bool gekozen)
    {
        await using var db = await factory.CreateDbContextAsync();
        var vraag = await db.Adviesvragen.SingleAsync(a => a.Id == adviesvraagId);
        var reactie = new Reactie
        {
            AdviesvraagId = adviesvraagId,
            AuteurId = vraag.AuteurId,
            Tekst = "Wij hebben plek op onze locatie in Oost, wachttijd twee weken.",
            GeplaatstOp = vraag.GeplaatstOp.AddHours(2),
        };
        db.Reacties.Add(reactie);
        await db.SaveChangesAsync();
        if (gekozen)
        {
            vraag.GekozenReactieId = reactie.Id;
            vraag.BesluitOp = vraag.GeplaatstOp.AddDays(1);
            vraag.BesluitToelichting = "Past bij de wens van de Amsterdammer.";
            await db.SaveChangesAsync();
        }
        return reactie.Id;
    }
}

public sealed class SqliteAdviesvraagJobsTests(SqlitePortalFactory factory)
    : AdviesvraagJobsTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlAdviesvraagJobsTests(PostgreSqlPortalFactory factory)
    : AdviesvraagJobsTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
