using System.Text.Json;
using Dagbesteding.Portal.Domain.Meldingen;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Meldingen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Meldingen;

/// <summary>
/// Meldingen that leave the portal, end to end on a real database: a member posts, the delivery job runs (fake clock),
/// and a real push message (VAPID-signed, encrypted per RFC 8291, decrypted by the local push service) or a real e-mail
/// (SMTP) arrives — or, in quiet hours and for other choices, does not, which is exact because the job is awaited.
/// </summary>
public abstract class MeldingBezorgingTests<TFactory>(TFactory factory) : IAsyncLifetime where TFactory : PortalFactory
{
    /// <summary>Tuesday 16 June 2026, 10:00 in Amsterdam: working hours.</summary>
    private static readonly DateTimeOffset Dinsdag10 = new(2026, 6, 16, 8, 0, 0, TimeSpan.Zero);
    private const string VraagTekst = "Wie heeft plek voor iemand die graag met hout werkt, drie ochtenden per week, dichtbij het Westerpark?";

    private MeldingOmgeving _omgeving = default!;

    public async Task InitializeAsync() => _omgeving = await MeldingOmgeving.StartAsync(factory, Dinsdag10);

    public async Task DisposeAsync() => await _omgeving.DisposeAsync();

    private sealed record Payload(string Titel, string Tekst, string Link, string? Tag);

    private static Payload Lees(OntvangenPush push) => JsonSerializer.Deserialize<Payload>(push.Payload, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

    [Fact]
    public async Task NewQuestion_ReachesTheAanbiedersPhone_EncryptedAndWithoutTheQuestionText()
    {
        var vrager = await _omgeving.NieuwLidAsync("West", Functie.Buurtteammedewerker);
        var aanbieder = await _omgeving.NieuwLidAsync("West", Functie.AanbiederContactpersoon);
        var telefoon = await _omgeving.ApparaatAsync(aanbieder);
        var laptop = await _omgeving.ApparaatAsync(aanbieder);

        var id = await _omgeving.VraagAsync(vrager, VraagTekst);
        await _omgeving.BezorgAsync();

        foreach (var apparaat in new[] { telefoon, laptop })
        {
            var push = Assert.Single(_omgeving.PushNaar(apparaat));
            var payload = Lees(push);
            Assert.Equal("Dagbesteding Portal", payload.Titel);
            Assert.Equal("Nieuwe adviesvraag in Netwerk West", payload.Tekst);
            Assert.Equal($"/netwerk/vragen/{id}", payload.Link);
            Assert.DoesNotContain("hout", push.Payload);
            Assert.DoesNotContain("Westerpark", push.Payload);
            Assert.Equal(factory.Vapid.PublicKey, push.VapidPublicKey);
            Assert.Equal(24 * 3600, push.Ttl);
        }
        // The asker is not told of their own question.
        await using var db = await _omgeving.DbAsync();
        Assert.False(await db.Meldingen.AnyAsync(m => m.MedewerkerId == vrager.MedewerkerId && m.Link == $"/netwerk/vragen/{id}"));
        // Not in the aanbieder's bell: the feed shows it live.
        Assert.False(await db.Meldingen.Where(m => m.MedewerkerId == aanbieder.MedewerkerId).AnyAsync(m => m.InBel));
    }

    [Fact]
    public async Task ReplyToMyQuestion_SendsOneEmailWithALinkAndNoPersonalData()
    {
        var vrager = await _omgeving.NieuwLidAsync("West", Functie.Buurtteammedewerker);
        var aanbieder = await _omgeving.NieuwLidAsync("West", Functie.AanbiederContactpersoon);
        var id = await _omgeving.VraagAsync(vrager, VraagTekst);

        await _omgeving.ReageerAsync(aanbieder, id, "Bij onze houtwerkplaats aan de Haarlemmerweg is plek op maandag.");
        await _omgeving.BezorgAsync();
        await _omgeving.BezorgAsync();

        var mail = Assert.Single(_omgeving.MailAan(vrager));
        Assert.Equal($"Nieuwe reactie op uw adviesvraag #{id}", mail.Subject);
        Assert.Contains($"https://portal.test/netwerk/vragen/{id}", mail.TextBody);
        Assert.DoesNotContain("Haarlemmerweg", mail.TextBody);
        Assert.DoesNotContain("hout", mail.TextBody);
        Assert.Equal("noreply@portal.test", mail.From.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task QuietHours_HoldPushUntilTheNextWorkingMorning_ButSpoedReachesTheNetwerkmanager()
    {
        var vrager = await _omgeving.NieuwLidAsync("West", Functie.Buurtteammedewerker);
        var aanbieder = await _omgeving.NieuwLidAsync("West", Functie.AanbiederContactpersoon);
        var netwerkmanager = await _omgeving.NieuwLidAsync("West", Functie.Netwerkmanager);
        var aanbiederTelefoon = await _omgeving.ApparaatAsync(aanbieder);
        var managerTelefoon = await _omgeving.ApparaatAsync(netwerkmanager);
        await ZetVoorkeurAsync(netwerkmanager, MeldingSoort.NieuweAdviesvraag, new Voorkeur(true, EmailKeuze.Uit));

        // Friday 19 June 2026, 19:30 in Amsterdam: after working hours, before a weekend.
        _omgeving.ZetOp(new DateTimeOffset(2026, 6, 19, 17, 30, 0, TimeSpan.Zero));
        var gewoon = await _omgeving.VraagAsync(vrager, VraagTekst);
        var spoed = await _omgeving.VraagAsync(vrager, VraagTekst + " Het is dringend.", spoed: true);
        await _omgeving.BezorgAsync();

        Assert.Empty(_omgeving.PushNaar(aanbiederTelefoon));
        var managerPush = Assert.Single(_omgeving.PushNaar(managerTelefoon));
        Assert.Equal($"/netwerk/vragen/{spoed}", Lees(managerPush).Link);
        Assert.Equal("high", managerPush.Urgency);

        // Monday 22 June, 07:59: still quiet. 08:00: both questions reach the aanbieder, the quiet one for the manager too.
        _omgeving.ZetOp(new DateTimeOffset(2026, 6, 22, 5, 59, 0, TimeSpan.Zero));
        await _omgeving.BezorgAsync();
        Assert.Empty(_omgeving.PushNaar(aanbiederTelefoon));
        _omgeving.Verzet(TimeSpan.FromMinutes(1));
        await _omgeving.BezorgAsync();
        Assert.Equal([$"/netwerk/vragen/{gewoon}", $"/netwerk/vragen/{spoed}"], _omgeving.PushNaar(aanbiederTelefoon).Select(p => Lees(p).Link).Order());
        Assert.Equal([$"/netwerk/vragen/{gewoon}", $"/netwerk/vragen/{spoed}"], _omgeving.PushNaar(managerTelefoon).Select(p => Lees(p).Link).Order());
    }

    [Fact]
    public async Task QuestionOpenedInThePortal_IsNotPushedAfterTheQuietHours()
    {
        var vrager = await _omgeving.NieuwLidAsync("West", Functie.Buurtteammedewerker);
        var aanbieder = await _omgeving.NieuwLidAsync("West", Functie.AanbiederContactpersoon);
        var telefoon = await _omgeving.ApparaatAsync(aanbieder);
        _omgeving.ZetOp(new DateTimeOffset(2026, 6, 16, 19, 0, 0, TimeSpan.Zero));
        var id = await _omgeving.VraagAsync(vrager, VraagTekst);
        await _omgeving.BezorgAsync();

        await _omgeving.Node.MetServiceAsync<Features.Netwerk.Vragen.AdviesvraagService, Features.Netwerk.Vragen.AdviesvraagDetail?>(s => s.OpenAsync(aanbieder.Actor, id));
        var sentinel = await _omgeving.VraagAsync(vrager, VraagTekst + " Nog een vraag.");
        _omgeving.ZetOp(new DateTimeOffset(2026, 6, 17, 6, 0, 0, TimeSpan.Zero));
        await _omgeving.BezorgAsync();

        // The second question proves the morning run sent; the first, already read, was skipped.
        Assert.Equal([$"/netwerk/vragen/{sentinel}"], _omgeving.PushNaar(telefoon).Select(p => Lees(p).Link));
    }

    [Fact]
    public async Task ExpiredSubscription_IsRemoved_AndTheOtherDeviceStillReceives()
    {
        var vrager = await _omgeving.NieuwLidAsync("West", Functie.Buurtteammedewerker);
        var aanbieder = await _omgeving.NieuwLidAsync("West", Functie.AanbiederContactpersoon);
        var oud = await _omgeving.ApparaatAsync(aanbieder);
        var nieuw = await _omgeving.ApparaatAsync(aanbieder);
        _omgeving.Push.AntwoordVoor(oud.Endpoint, 410);

        await _omgeving.VraagAsync(vrager, VraagTekst);
        await _omgeving.BezorgAsync();

        Assert.Equal(1, _omgeving.Push.Pogingen(oud.Endpoint));
        Assert.Single(_omgeving.PushNaar(nieuw));
        await using var db = await _omgeving.DbAsync();
        Assert.Equal([nieuw.Endpoint], await db.PushAbonnementen.Where(a => a.MedewerkerId == aanbieder.MedewerkerId).Select(a => a.Endpoint).ToListAsync());

        // The next question goes to the remaining device only: the removed one is never tried again.
        await _omgeving.VraagAsync(vrager, VraagTekst + " Tweede.");
        await _omgeving.BezorgAsync();
        Assert.Equal(1, _omgeving.Push.Pogingen(oud.Endpoint));
        Assert.Equal(2, _omgeving.PushNaar(nieuw).Count);
    }

    [Fact]
    public async Task MailServerDown_TheEmailWaits_AndIsSentExactlyOnceWhenItIsBack()
    {
        var vrager = await _omgeving.NieuwLidAsync("West", Functie.Buurtteammedewerker);
        var aanbieder = await _omgeving.NieuwLidAsync("West", Functie.AanbiederContactpersoon);
        var id = await _omgeving.VraagAsync(vrager, VraagTekst);
        await _omgeving.Smtp.StopAsync();

        await _omgeving.ReageerAsync(aanbieder, id, "Wij hebben plek, bel ons gerust.");
        var eerste = await _omgeving.BezorgAsync();
        Assert.True(eerste.Uitgesteld >= 1);
        await using (var db = await _omgeving.DbAsync())
        {
            var bezorging = await db.MeldingBezorgingen.SingleAsync(b => b.MedewerkerId == vrager.MedewerkerId && b.Weg == BezorgWeg.Email);
            Assert.Equal(BezorgStatus.Wachtend, bezorging.Status);
            Assert.Equal(1, bezorging.Pogingen);
            Assert.Equal(_omgeving.Node.Tijd.GetUtcNow() + TimeSpan.FromMinutes(1), bezorging.NietVoor);
        }

        await _omgeving.Smtp.StartOpnieuwAsync();
        await _omgeving.BezorgAsync();
        Assert.Empty(_omgeving.MailAan(vrager)); // the back-off holds: not yet due
        _omgeving.Verzet(TimeSpan.FromMinutes(1));
        await _omgeving.BezorgAsync();
        await _omgeving.BezorgAsync();
        Assert.Single(_omgeving.MailAan(vrager));
    }

    [Fact]
    public async Task TwoRunsAtOnce_SendEveryDeliveryOnce()
    {
        var vrager = await _omgeving.NieuwLidAsync("West", Functie.Buurtteammedewerker);
        var aanbieders = new List<(Lid Lid, PushTestAbonnement Apparaat)>();
        for (var i = 0; i < 5; i++)
        {
            var lid = await _omgeving.NieuwLidAsync("West", Functie.AanbiederContactpersoon);
            aanbieders.Add((lid, await _omgeving.ApparaatAsync(lid)));
        }
        var ids = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await _omgeving.VraagAsync(vrager, $"{VraagTekst} Vraag {i}."));
        }

        await Task.WhenAll(_omgeving.BezorgAsync(), _omgeving.BezorgAsync(), _omgeving.BezorgAsync());

        foreach (var (_, apparaat) in aanbieders)
        {
            Assert.Equal(ids.Select(id => $"/netwerk/vragen/{id}").Order(), _omgeving.PushNaar(apparaat).Select(p => Lees(p).Link).Order());
        }
    }

    [Fact]
    public async Task BouncedAddress_StopsEmail_AndTellsThePersonInThePortal()
    {
        var vrager = await _omgeving.NieuwLidAsync("West", Functie.Buurtteammedewerker);
        var aanbieder = await _omgeving.NieuwLidAsync("West", Functie.AanbiederContactpersoon);
        _omgeving.Smtp.WeigerOntvanger(vrager.Email);
        var id = await _omgeving.VraagAsync(vrager, VraagTekst);

        await _omgeving.ReageerAsync(aanbieder, id, "Wij hebben plek op dinsdag.");
        await _omgeving.BezorgAsync();
        await _omgeving.ReageerAsync(aanbieder, id, "En ook op donderdag.");
        await _omgeving.BezorgAsync();

        Assert.Empty(_omgeving.MailAan(vrager));
        var weergave = await _omgeving.Node.MetServiceAsync<MeldingInstellingenService, MeldingInstellingenWeergave?>(s => s.LeesAsync(vrager.Actor));
        Assert.NotNull(weergave!.EmailGeweigerdOp);
        Assert.Contains("550", weergave.EmailFout);
        await using var db = await _omgeving.DbAsync();
        var bezorgingen = await db.MeldingBezorgingen.Where(b => b.MedewerkerId == vrager.MedewerkerId && b.Weg == BezorgWeg.Email)
            .OrderBy(b => b.Id).Select(b => b.Status).ToListAsync();
        // The first was refused by the server; the second reply's melding got no e-mail delivery at all.
        Assert.Equal([BezorgStatus.Mislukt], bezorgingen);
        Assert.Equal(2, await db.Meldingen.CountAsync(m => m.MedewerkerId == vrager.MedewerkerId && m.Soort == MeldingSoort.ReactieOpMijnVraag));
        var melding = await db.Meldingen.SingleAsync(m => m.MedewerkerId == vrager.MedewerkerId && m.Link == "/instellingen");
        Assert.True(melding.InBel);
        Assert.False(await db.MeldingBezorgingen.AnyAsync(b => b.MeldingId == melding.Id));
    }

    [Fact]
    public async Task MorningOverview_CollectsTheDaysQuestions_InOneEmail()
    {
        var vrager = await _omgeving.NieuwLidAsync("West", Functie.Buurtteammedewerker);
        var collega = await _omgeving.NieuwLidAsync("West", Functie.Buurtteammedewerker);
        var eerste = await _omgeving.VraagAsync(vrager, VraagTekst);
        _omgeving.Verzet(TimeSpan.FromHours(3));
        var tweede = await _omgeving.VraagAsync(vrager, VraagTekst + " Ook in de middag.");
        await _omgeving.BezorgAsync();
        Assert.Empty(_omgeving.MailAan(collega));

        // Wednesday 17 June, 08:00 in Amsterdam: the overview.
        _omgeving.ZetOp(new DateTimeOffset(2026, 6, 17, 6, 0, 0, TimeSpan.Zero));
        await _omgeving.BezorgAsync();
        await _omgeving.BezorgAsync();

        var mail = Assert.Single(_omgeving.MailAan(collega));
        Assert.Equal("Overzicht van de Dagbesteding Portal: 2 meldingen", mail.Subject);
        Assert.Contains($"https://portal.test/netwerk/vragen/{eerste}", mail.TextBody);
        Assert.Contains($"https://portal.test/netwerk/vragen/{tweede}", mail.TextBody);
        Assert.DoesNotContain("middag", mail.TextBody);
    }

    [Fact]
    public async Task ChoicesOff_PerKindAndPerChannel_SendNothing()
    {
        var vrager = await _omgeving.NieuwLidAsync("West", Functie.Buurtteammedewerker);
        var uit = await _omgeving.NieuwLidAsync("West", Functie.AanbiederContactpersoon);
        var kanaalUit = await _omgeving.NieuwLidAsync("West", Functie.AanbiederContactpersoon);
        var aan = await _omgeving.NieuwLidAsync("West", Functie.AanbiederContactpersoon);
        var uitApparaat = await _omgeving.ApparaatAsync(uit);
        var kanaalUitApparaat = await _omgeving.ApparaatAsync(kanaalUit);
        var aanApparaat = await _omgeving.ApparaatAsync(aan);
        await ZetVoorkeurAsync(uit, MeldingSoort.NieuweAdviesvraag, new Voorkeur(false, EmailKeuze.Uit));
        var weergave = (await _omgeving.Node.MetServiceAsync<MeldingInstellingenService, MeldingInstellingenWeergave?>(s => s.LeesAsync(kanaalUit.Actor)))!;
        await _omgeving.Node.MetServiceAsync<MeldingInstellingenService, Uitkomst<bool>>(s => s.BewaarAsync(kanaalUit.Actor,
            new NieuweMeldingInstellingen(weergave.Soorten, weergave.Kanalen.Select(k => k with { Aan = false }).ToList(), true, false)));

        await _omgeving.VraagAsync(vrager, VraagTekst);
        await _omgeving.BezorgAsync();

        // The member who kept the defaults is the sentinel: the run sent.
        Assert.Single(_omgeving.PushNaar(aanApparaat));
        Assert.Empty(_omgeving.PushNaar(uitApparaat));
        Assert.Empty(_omgeving.PushNaar(kanaalUitApparaat));
        await using var db = await _omgeving.DbAsync();
        Assert.False(await db.MeldingBezorgingen.AnyAsync(b => b.MedewerkerId == uit.MedewerkerId || b.MedewerkerId == kanaalUit.MedewerkerId));
    }

    [Fact]
    public async Task ClaimOfANodeThatDied_IsTakenUpAfterTenMinutes_AndSentOnce()
    {
        var vrager = await _omgeving.NieuwLidAsync("West", Functie.Buurtteammedewerker);
        var aanbieder = await _omgeving.NieuwLidAsync("West", Functie.AanbiederContactpersoon);
        var telefoon = await _omgeving.ApparaatAsync(aanbieder);
        var eerste = await _omgeving.VraagAsync(vrager, VraagTekst);
        await using (var db = await _omgeving.DbAsync())
        {
            // Planned by hand and claimed by a node that died before it sent: its claim is left behind.
            var melding = await db.Meldingen.SingleAsync(m => m.MedewerkerId == aanbieder.MedewerkerId);
            melding.VerdeeldOp = _omgeving.Node.Tijd.GetUtcNow();
            db.MeldingBezorgingen.Add(new MeldingBezorging
            {
                MeldingId = melding.Id,
                MedewerkerId = aanbieder.MedewerkerId,
                Weg = BezorgWeg.Push,
                PushAbonnementId = await db.PushAbonnementen.Where(a => a.Endpoint == telefoon.Endpoint).Select(a => a.Id).SingleAsync(),
                Status = BezorgStatus.Bezig,
                BezigSinds = _omgeving.Node.Tijd.GetUtcNow(),
                Claim = Guid.NewGuid(),
                Pogingen = 1,
                NietVoor = _omgeving.Node.Tijd.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        }

        // Nine minutes on the claim still counts: a second question goes out, the first is left alone.
        _omgeving.Verzet(TimeSpan.FromMinutes(9));
        var tweede = await _omgeving.VraagAsync(vrager, VraagTekst + " Nog een.");
        await _omgeving.BezorgAsync();
        Assert.Equal([$"/netwerk/vragen/{tweede}"], _omgeving.PushNaar(telefoon).Select(p => Lees(p).Link));

        // Past ten minutes the claim is taken to have died with its node: the first is sent, once.
        _omgeving.Verzet(TimeSpan.FromMinutes(2));
        await _omgeving.BezorgAsync();
        await _omgeving.BezorgAsync();
        Assert.Equal([$"/netwerk/vragen/{tweede}", $"/netwerk/vragen/{eerste}"], _omgeving.PushNaar(telefoon).Select(p => Lees(p).Link));
    }

    [Fact]
    public async Task DeviceTakenOverDuringQuietHours_DoesNotShowThePreviousOwnersMessage()
    {
        var vrager = await _omgeving.NieuwLidAsync("West", Functie.Buurtteammedewerker);
        var eerste = await _omgeving.NieuwLidAsync("West", Functie.AanbiederContactpersoon);
        var gedeeld = await _omgeving.ApparaatAsync(eerste);
        var eigenLaptop = await _omgeving.ApparaatAsync(eerste);
        _omgeving.ZetOp(new DateTimeOffset(2026, 6, 16, 19, 0, 0, TimeSpan.Zero));
        var id = await _omgeving.VraagAsync(vrager, VraagTekst);
        await _omgeving.BezorgAsync();

        // Someone else signs in on the shared browser that evening: the device is theirs now (same keys: same subscription).
        var tweede = await _omgeving.NieuwLidAsync("Oost", Functie.AanbiederContactpersoon);
        var overname = await _omgeving.Node.MetServiceAsync<MeldingInstellingenService, Uitkomst<long>>(s =>
            s.RegistreerApparaatAsync(tweede.Actor, new NieuwApparaat(gedeeld.Endpoint, gedeeld.P256dh, gedeeld.Auth), "Mozilla/5.0 Chrome/130.0"));
        Assert.True(overname.Gelukt, overname.Fout);
        _omgeving.ZetOp(new DateTimeOffset(2026, 6, 17, 6, 0, 0, TimeSpan.Zero));
        await _omgeving.BezorgAsync();

        Assert.Equal([$"/netwerk/vragen/{id}"], _omgeving.PushNaar(eigenLaptop).Select(p => Lees(p).Link));
        Assert.Empty(_omgeving.PushNaar(gedeeld));
    }

    [Fact]
    public async Task APost_WakesTheDeliveryJob_ThroughHangfire()
    {
        var vrager = await _omgeving.NieuwLidAsync("West", Functie.Buurtteammedewerker);
        var opslag = _omgeving.Node.Services.GetRequiredService<Hangfire.JobStorage>();
        var voor = Bezorgjobs(opslag);

        await _omgeving.VraagAsync(vrager, VraagTekst);

        // The wake-up is handed to a background loop; wait until the job is in the queue (Hangfire's server is off in tests).
        var tot = DateTime.UtcNow.AddSeconds(10);
        while (Bezorgjobs(opslag) <= voor && DateTime.UtcNow < tot)
        {
            await Task.Delay(20);
        }
        Assert.True(Bezorgjobs(opslag) > voor, "Geen MeldingBezorgJob in de wachtrij van Hangfire na het plaatsen van een vraag.");
    }

    private static long Bezorgjobs(Hangfire.JobStorage opslag) =>
        opslag.GetMonitoringApi().EnqueuedJobs("default", 0, 10_000).Count(j => j.Value.Job?.Type == typeof(global::Dagbesteding.Portal.Jobs.MeldingBezorgJob));

    private async Task ZetVoorkeurAsync(Lid lid, MeldingSoort soort, Voorkeur voorkeur)
    {
        var weergave = (await _omgeving.Node.MetServiceAsync<MeldingInstellingenService, MeldingInstellingenWeergave?>(s => s.LeesAsync(lid.Actor)))!;
        var soorten = weergave.Soorten.Select(s => s.Soort == soort ? new SoortKeuze(soort, voorkeur.Push, voorkeur.Email) : s).ToList();
        var uitkomst = await _omgeving.Node.MetServiceAsync<MeldingInstellingenService, Uitkomst<bool>>(s =>
            s.BewaarAsync(lid.Actor, new NieuweMeldingInstellingen(soorten, weergave.Kanalen, weergave.StilBuitenWerktijd, weergave.SpoedDoorbreektStilte)));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
    }
}

public sealed class SqliteMeldingBezorgingTests(SqlitePortalFactory factory)
    : MeldingBezorgingTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlMeldingBezorgingTests(PostgreSqlPortalFactory factory)
    : MeldingBezorgingTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
