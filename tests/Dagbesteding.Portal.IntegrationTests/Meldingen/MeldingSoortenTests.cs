using System.Text.Json;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Meldingen;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Evaluaties;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.IntegrationTests.Meldingen;

/// <summary>
/// Every kind of event the issue names reaches the person who should act, outside the portal, through the one delivery
/// job: a decision, an escalation, an evaluation that opened; and the subscription endpoint refuses what is not a push
/// service of a browser, or not the signed-in person's.
/// </summary>
public abstract class MeldingSoortenTests<TFactory>(TFactory factory) : IAsyncLifetime where TFactory : PortalFactory
{
    private static readonly DateTimeOffset Dinsdag10 = new(2026, 6, 16, 8, 0, 0, TimeSpan.Zero);
    private const string VraagTekst = "Wie heeft plek voor iemand die graag kookt, twee middagen per week, in de buurt van de Kinkerstraat?";

    private MeldingOmgeving _omgeving = default!;

    public async Task InitializeAsync() => _omgeving = await MeldingOmgeving.StartAsync(factory, Dinsdag10);

    public async Task DisposeAsync() => await _omgeving.DisposeAsync();

    private static string Tekst(OntvangenPush push) => JsonDocument.Parse(push.Payload).RootElement.GetProperty("tekst").GetString()!;

    [Fact]
    public async Task Decision_ReachesWhoReplied()
    {
        var vrager = await _omgeving.NieuwLidAsync("West", Functie.Buurtteammedewerker);
        var aanbieder = await _omgeving.NieuwLidAsync("West", Functie.AanbiederContactpersoon);
        var telefoon = await _omgeving.ApparaatAsync(aanbieder);
        var id = await _omgeving.VraagAsync(vrager, VraagTekst);
        await _omgeving.ReageerAsync(aanbieder, id, "Onze kookgroep heeft op woensdag plek.");

        var besluit = await _omgeving.Node.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s =>
            s.BesluitAsync(vrager.Actor, id, new NieuwBesluit { Toelichting = "Samen met de Amsterdammer gekozen voor de kookgroep.", IedereenGehoord = true }));
        Assert.True(besluit.Gelukt, besluit.Fout);
        await _omgeving.BezorgAsync();

        Assert.Equal(["Nieuwe adviesvraag in Netwerk West", $"Er is besloten over adviesvraag #{id}, waarbij u betrokken bent"],
            _omgeving.PushNaar(telefoon).Select(Tekst));
    }

    [Fact]
    public async Task Escalation_ReachesTheNetwerkmanagersPhone_WithHighUrgency()
    {
        var vrager = await _omgeving.NieuwLidAsync("West", Functie.Buurtteammedewerker);
        var netwerkmanager = await _omgeving.NieuwLidAsync("West", Functie.Netwerkmanager);
        var telefoon = await _omgeving.ApparaatAsync(netwerkmanager);
        var id = await _omgeving.VraagAsync(vrager, VraagTekst);

        // One working day later nobody has replied: the reply-timer sweep escalates, the delivery job sends.
        _omgeving.Verzet(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        await _omgeving.Node.MetServiceAsync<AdviesvraagTermijnJob, bool>(async job => { await job.UitvoerenAsync(CancellationToken.None); return true; });
        await _omgeving.BezorgAsync();

        var push = Assert.Single(_omgeving.PushNaar(telefoon));
        Assert.Equal($"Adviesvraag #{id} in Netwerk West heeft nog geen reactie", Tekst(push));
        Assert.Equal("high", push.Urgency);
        var mail = Assert.Single(_omgeving.MailAan(netwerkmanager));
        Assert.Equal($"Adviesvraag #{id} in Netwerk West heeft nog geen reactie", mail.Subject);
    }

    [Fact]
    public async Task EvaluationOpening_MailsTheRegievoerder_WithTheCaseNumberButNotTheKenmerk()
    {
        var casus = await EvaluatieCasus.LeverendAsync(factory, _omgeving.Node, DateOnly.FromDateTime(Dinsdag10.UtcDateTime).AddDays(20));
        await _omgeving.BezorgAsync();

        await using var db = await _omgeving.DbAsync();
        var kenmerk = await db.Casussen.Where(c => c.Id == casus.Id).Select(c => c.Kenmerk).SingleAsync();
        // The aanbieder's contact persons get one too; this is the regievoerder's.
        var mail = Assert.Single(_omgeving.Smtp.Berichten, m => m.Subject == $"Er is een evaluatie geopend bij casus #{casus.Id}"
            && m.To.Mailboxes.Single().Address == EvaluatieCasus.Regievoerder);
        Assert.Contains($"https://portal.test/casussen/{casus.Id}", mail.TextBody);
        Assert.DoesNotContain(kenmerk, mail.TextBody);
        Assert.DoesNotContain(kenmerk, mail.Subject);
        // Inside the portal the bell names the kenmerk, as before.
        Assert.Contains(kenmerk, (await db.Meldingen.FirstAsync(m => m.Link == $"/casussen/{casus.Id}" && m.MedewerkerId == casus.Regie.MedewerkerId)).Tekst);
    }

    [Theory]
    [InlineData("http://localhost/push/abc", "Pushmeldingen gaan alleen via een beveiligde verbinding (https).")]
    [InlineData("https://intranet.gemeente.local/push", "Dit adres hoort niet bij een bekende pushdienst van een browser.")]
    [InlineData("https://localhost.evil.example/push", "Dit adres hoort niet bij een bekende pushdienst van een browser.")]
    [InlineData("javascript:alert(1)", "Pushmeldingen gaan alleen via een beveiligde verbinding (https).")]
    [InlineData("", "Dit apparaat gaf geen geldig adres voor pushmeldingen.")]
    public async Task Subscription_ThatIsNotABrowsersPushService_IsRefused(string endpoint, string fout)
    {
        var lid = await _omgeving.NieuwLidAsync("West", Functie.AanbiederContactpersoon);
        var echt = _omgeving.Push.NieuwAbonnement();

        var uitkomst = await RegistreerAsync(lid, new NieuwApparaat(endpoint, echt.P256dh, echt.Auth));

        Assert.Equal(fout, uitkomst.Fout);
        await using var db = await _omgeving.DbAsync();
        Assert.False(await db.PushAbonnementen.AnyAsync(a => a.MedewerkerId == lid.MedewerkerId));
    }

    [Fact]
    public async Task Subscription_WithKeysThatAreNotAP256PointAndA16ByteSecret_IsRefused()
    {
        var lid = await _omgeving.NieuwLidAsync("West", Functie.AanbiederContactpersoon);
        var echt = _omgeving.Push.NieuwAbonnement();

        Assert.Equal("De sleutels van dit apparaat voor pushmeldingen kloppen niet.", (await RegistreerAsync(lid, (echt with { Auth = "abc" }).Als())).Fout);
        Assert.Equal("De sleutels van dit apparaat voor pushmeldingen kloppen niet.", (await RegistreerAsync(lid, (echt with { P256dh = echt.Auth }).Als())).Fout);
        Assert.True((await RegistreerAsync(lid, echt.Als())).Gelukt);
    }

    [Fact]
    public async Task Device_BelongsToWhoSwitchedPushOnThereLast_AndOnlyTheOwnerRemovesIt()
    {
        var eerste = await _omgeving.NieuwLidAsync("West", Functie.AanbiederContactpersoon);
        var tweede = await _omgeving.NieuwLidAsync("West", Functie.AanbiederContactpersoon);
        var vrager = await _omgeving.NieuwLidAsync("West", Functie.Buurtteammedewerker);
        var gedeeld = _omgeving.Push.NieuwAbonnement();
        var id = (await RegistreerAsync(eerste, gedeeld.Als())).Waarde;

        // Someone else cannot remove it by its id, nor take it with only its endpoint (other keys); signing in on that
        // browser and switching push on (the same subscription, the same keys) does make it theirs.
        Assert.False(await _omgeving.Node.MetServiceAsync<MeldingInstellingenService, bool>(s => s.VerwijderApparaatAsync(tweede.Actor, id, null)));
        var ander = _omgeving.Push.NieuwAbonnement();
        Assert.Equal("De sleutels van dit apparaat voor pushmeldingen kloppen niet.",
            (await RegistreerAsync(tweede, new NieuwApparaat(gedeeld.Endpoint, ander.P256dh, ander.Auth))).Fout);
        Assert.True((await RegistreerAsync(tweede, gedeeld.Als())).Gelukt);
        await _omgeving.VraagAsync(vrager, VraagTekst);
        await _omgeving.BezorgAsync();

        await using var db = await _omgeving.DbAsync();
        Assert.Equal(tweede.MedewerkerId, await db.PushAbonnementen.Where(a => a.Endpoint == gedeeld.Endpoint).Select(a => a.MedewerkerId).SingleAsync());
        // One message on that device — the second person's, not one for each.
        Assert.Single(_omgeving.PushNaar(gedeeld));
    }

    [Fact]
    public async Task Preferences_RefuseAKindThePersonCannotReceive()
    {
        var lid = await _omgeving.NieuwLidAsync("West", Functie.AanbiederContactpersoon);
        var weergave = (await _omgeving.Node.MetServiceAsync<MeldingInstellingenService, MeldingInstellingenWeergave?>(s => s.LeesAsync(lid.Actor)))!;
        Assert.DoesNotContain(weergave.Soorten, s => s.Soort == Domain.Meldingen.MeldingSoort.Escalatie);

        var uitkomst = await _omgeving.Node.MetServiceAsync<MeldingInstellingenService, Uitkomst<bool>>(s => s.BewaarAsync(lid.Actor,
            new NieuweMeldingInstellingen([.. weergave.Soorten, new SoortKeuze(Domain.Meldingen.MeldingSoort.Escalatie, true, Domain.Meldingen.EmailKeuze.Direct)],
                weergave.Kanalen, true, false)));

        Assert.False(uitkomst.Gelukt);
    }

    private Task<Uitkomst<long>> RegistreerAsync(Lid lid, NieuwApparaat apparaat) =>
        _omgeving.Node.MetServiceAsync<MeldingInstellingenService, Uitkomst<long>>(s => s.RegistreerApparaatAsync(lid.Actor, apparaat, "Mozilla/5.0 Firefox/130.0"));
}

internal static class PushTestAbonnementExtensions
{
    public static NieuwApparaat Als(this PushTestAbonnement abonnement) => new(abonnement.Endpoint, abonnement.P256dh, abonnement.Auth);
}

public sealed class SqliteMeldingSoortenTests(SqlitePortalFactory factory)
    : MeldingSoortenTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlMeldingSoortenTests(PostgreSqlPortalFactory factory)
    : MeldingSoortenTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
