using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Meldingen;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Meldingen;

/// <summary>
/// A node of the portal with a fake clock whose push sender talks to a local push service (which verifies VAPID and
/// decrypts, RFC 8291/8292) and whose e-mail goes to a local SMTP server. The delivery job is run directly and awaited:
/// when it returns, every message it sent has been accepted by those servers, so "nothing arrived" is exact, not a wait.
/// </summary>
public sealed class MeldingOmgeving : IAsyncDisposable
{
    private MeldingOmgeving(LokalePushDienst push, LokaleSmtpServer smtp, NepTijdPortaal node)
    {
        Push = push;
        Smtp = smtp;
        Node = node;
    }

    public LokalePushDienst Push { get; }
    public LokaleSmtpServer Smtp { get; }
    public NepTijdPortaal Node { get; }

    public static async Task<MeldingOmgeving> StartAsync(PortalFactory factory, DateTimeOffset nu, bool emailAan = true)
    {
        var push = await LokalePushDienst.StartAsync();
        var smtp = await LokaleSmtpServer.StartAsync();
        var node = new NepTijdPortaal(factory, nu, new Dictionary<string, string?>
        {
            ["Meldingen:PortalUrl"] = "https://portal.test",
            ["Meldingen:Push:ToegestaneHosts:0"] = "localhost",
            ["Meldingen:Email:Enabled"] = emailAan ? "true" : "false",
            ["Meldingen:Email:Host"] = "127.0.0.1",
            ["Meldingen:Email:Port"] = smtp.Poort.ToString(),
            ["Meldingen:Email:Beveiliging"] = "None",
            ["Meldingen:Email:Afzender"] = "Dagbesteding Portal <noreply@portal.test>",
        }, services => services.AddHttpClient(PushAfzender.HttpClientNaam).ConfigurePrimaryHttpMessageHandler(push.MaakHandler));
        return new MeldingOmgeving(push, smtp, node);
    }

    public Task<BezorgRun> BezorgAsync() =>
        Node.MetServiceAsync<MeldingBezorgJob, BezorgRun>(job => job.UitvoerenAsync(CancellationToken.None));

    public void Verzet(TimeSpan tijd) => Node.Tijd.Advance(tijd);

    public void ZetOp(DateTimeOffset moment) => Node.Tijd.SetUtcNow(moment);

    /// <summary>A new member of a channel (fake, generated), with their own e-mail address so a test counts only its own mail.</summary>
    public async Task<Lid> NieuwLidAsync(string stadsdeel, Functie functie)
    {
        await using var db = await Node.CreateDbContextAsync();
        var kanaal = await db.Kanalen.Include(k => k.Stadsdeel).SingleAsync(k => k.Stadsdeel!.Naam == stadsdeel);
        var type = functie == Functie.AanbiederContactpersoon ? OrganisatieType.Aanbieder : OrganisatieType.Buurtteamorganisatie;
        var organisatie = await db.Organisaties.OrderBy(o => o.Id).FirstAsync(o => o.Type == type);
        var medewerker = new Medewerker
        {
            OrganisatieId = organisatie.Id,
            Naam = $"Test {functie} {Guid.NewGuid():N}"[..30],
            Email = $"lid.{Guid.NewGuid():N}@example.org",
            Functie = functie,
        };
        db.Lidmaatschappen.Add(new Lidmaatschap { KanaalId = kanaal.Id, Medewerker = medewerker, Vanaf = Node.Tijd.GetUtcNow().AddMonths(-1) });
        await db.SaveChangesAsync();
        return new Lid(new Actor(medewerker.Id, null, [Rollen.Netwerklid]), medewerker.Email, kanaal.Id, kanaal.StadsdeelId);
    }

    /// <summary>A device of this member for push, registered the way the settings page does.</summary>
    public async Task<PushTestAbonnement> ApparaatAsync(Lid lid)
    {
        var abonnement = Push.NieuwAbonnement();
        var uitkomst = await Node.MetServiceAsync<MeldingInstellingenService, Uitkomst<long>>(s =>
            s.RegistreerApparaatAsync(lid.Actor, new NieuwApparaat(abonnement.Endpoint, abonnement.P256dh, abonnement.Auth), "Mozilla/5.0 (Linux; Android 14) Chrome/130.0"));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        return abonnement;
    }

    public async Task<int> VraagAsync(Lid door, string vraag, bool spoed = false)
    {
        var uitkomst = await Node.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s => s.PlaatsAsync(door.Actor, new NieuweAdviesvraag
        {
            StadsdeelId = door.StadsdeelId,
            Leeftijdscategorie = Leeftijdscategorie.Van27Tot45,
            WensAmsterdammer = "Wil graag iets met zijn handen doen, dicht bij huis.",
            GewenstPerceel = Perceel.Meedoen,
            Spoed = spoed,
            Vraag = vraag,
        }));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        return uitkomst.Waarde;
    }

    public async Task ReageerAsync(Lid door, int adviesvraagId, string tekst)
    {
        var uitkomst = await Node.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s =>
            s.ReageerAsync(door.Actor, adviesvraagId, new NieuweReactie { Tekst = tekst }));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
    }

    public IReadOnlyList<MimeKit.MimeMessage> MailAan(Lid lid) =>
        Smtp.Berichten.Where(m => m.To.Mailboxes.Any(a => a.Address == lid.Email)).ToList();

    public IReadOnlyList<OntvangenPush> PushNaar(PushTestAbonnement apparaat) =>
        Push.Ontvangen.Where(p => p.Endpoint == apparaat.Endpoint).ToList();

    public async Task<PortalDbContext> DbAsync() => await Node.CreateDbContextAsync();

    public async ValueTask DisposeAsync()
    {
        await Node.DisposeAsync();
        await Push.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed record Lid(Actor Actor, string Email, int KanaalId, int StadsdeelId)
{
    public int MedewerkerId => Actor.MedewerkerId;
}
