using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.Realtime;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.IntegrationTests.Limieten;

/// <summary>
/// Limits on work inside the portal at small values (<see cref="WerkLimieten"/>): posting and replying, archive search,
/// hub calls and hub message size, and the catch-up query bounded in the database. Each test uses its own people, so
/// one test's spent budget is not another's.
/// </summary>
public abstract class WerkLimietenTests<TFactory>(TFactory factory, SqlOpname sql) where TFactory : PortalFactory
{
    [Fact]
    public async Task Posting_Flood_IsRefusedInDutch_AndNothingBeyondTheLimitIsSaved_WhileAnotherMedewerkerStillPosts()
    {
        var vrager = await factory.ActorAsync("regievoerder.west@example.org");
        var eerder = await VragenVanAsync(vrager.MedewerkerId);

        for (var i = 0; i < WerkLimieten.Aantal; i++)
        {
            var gelukt = await PlaatsAsync(vrager, $"Wie heeft plek voor iemand van 40 die graag kookt? Vraag {i + 1} van de reeks.");
            Assert.True(gelukt.Gelukt, gelukt.Fout);
        }
        var teVeel = await PlaatsAsync(vrager, "Wie heeft plek voor iemand van 40 die graag tuiniert? Nog een vraag.");
        var reactie = await factory.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s =>
            s.ReageerAsync(vrager, teVeel.Waarde, new NieuweReactie { Tekst = "Ook een reactie telt mee voor dezelfde limiet." }));

        Assert.False(teVeel.Gelukt);
        Assert.StartsWith("U plaatst veel berichten kort na elkaar. Probeer het over ", teVeel.Fout);
        Assert.EndsWith("uw tekst blijft staan.", teVeel.Fout);
        Assert.False(reactie.Gelukt);
        Assert.StartsWith("U plaatst veel berichten kort na elkaar.", reactie.Fout);
        Assert.Equal(eerder + WerkLimieten.Aantal, await VragenVanAsync(vrager.MedewerkerId));

        var ander = await factory.ActorAsync("wpi.west@example.org");
        var vanAnder = await PlaatsAsync(ander, "Wie heeft plek voor iemand van 30 die met dieren wil werken?");
        Assert.True(vanAnder.Gelukt, vanAnder.Fout);
    }

    [Fact]
    public async Task ArchiveSearch_Flood_IsRefusedInDutch_WhileAnotherMedewerkerStillSearches()
    {
        var zoeker = await factory.ActorAsync("regievoerder.oost@example.org");
        for (var i = 0; i < WerkLimieten.Aantal; i++)
        {
            var treffers = await ZoekAsync(zoeker);
            Assert.True(treffers.Gelukt, treffers.Fout);
        }

        var teVeel = await ZoekAsync(zoeker);

        Assert.False(teVeel.Gelukt);
        Assert.StartsWith("U zoekt veel kort na elkaar in het archief. Probeer het over ", teVeel.Fout);
        var ander = await ZoekAsync(await factory.ActorAsync("aanbieder.west@example.org"));
        Assert.True(ander.Gelukt, ander.Fout);
    }

    [Fact]
    public async Task HubCalls_Flood_IsRefusedPerUser_TheConnectionStays_AndOtherClientsKeepWorking()
    {
        await using var flood = await factory.HubVerbindingAsync(await factory.InlogCookieAsync("aanbieder.west@example.org"));
        await using var ander = await factory.HubVerbindingAsync(await factory.InlogCookieAsync("netwerkmanager.west@example.org"));
        var sinds = DateTimeOffset.UtcNow.AddMinutes(-1);
        for (var i = 0; i < WerkLimieten.Aantal; i++)
        {
            await flood.InvokeAsync<List<KanaalGebeurtenis>>(nameof(NetwerkHub.Sinds), sinds);
        }

        var fout = await Assert.ThrowsAsync<HubException>(() => flood.InvokeAsync<List<KanaalGebeurtenis>>(nameof(NetwerkHub.Sinds), sinds));

        Assert.Contains("Te veel verzoeken kort na elkaar. Probeer het over ", fout.Message);
        Assert.Equal(HubConnectionState.Connected, flood.State);
        Assert.NotNull(await ander.InvokeAsync<List<KanaalGebeurtenis>>(nameof(NetwerkHub.Sinds), sinds));
    }

    [Fact]
    public async Task OversizedHubMessage_ClosesOnlyThatConnection()
    {
        await using var groot = await factory.HubVerbindingAsync(await factory.InlogCookieAsync("regievoerder.oost@example.org"));
        await using var ander = await factory.HubVerbindingAsync(await factory.InlogCookieAsync("wpi.west@example.org"));
        var gesloten = new TaskCompletionSource<Exception?>(TaskCreationOptions.RunContinuationsAsynchronously);
        groot.Closed += fout =>
        {
            gesloten.TrySetResult(fout);
            return Task.CompletedTask;
        };

        // Twice the configured maximum: under the framework's default (32 KB) it would arrive and merely fail to bind.
        var bericht = new string('x', 2 * WerkLimieten.HubMaxBerichtBytes);
        await Assert.ThrowsAnyAsync<Exception>(() => groot.InvokeAsync<List<KanaalGebeurtenis>>(nameof(NetwerkHub.Sinds), bericht));

        await gesloten.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HubConnectionState.Disconnected, groot.State);
        Assert.NotNull(await ander.InvokeAsync<List<KanaalGebeurtenis>>(nameof(NetwerkHub.Sinds), DateTimeOffset.UtcNow.AddMinutes(-1)));
        Assert.Equal(HubConnectionState.Connected, ander.State);
    }

    [Fact]
    public async Task Sinds_FromFarInThePast_ReturnsAtMost200_NoOlderThanSevenDays_AndIsLimitedInTheDatabase()
    {
        var nu = DateTimeOffset.UtcNow;
        var kanaal = await factory.KanaalIdAsync("West");
        var auteur = await factory.ActorAsync("regievoerder.west@example.org");
        int oudId;
        await using (var db = await factory.CreateDbContextAsync())
        {
            Adviesvraag Vraag(DateTimeOffset op) => new()
            {
                KanaalId = kanaal,
                AuteurId = auteur.MedewerkerId,
                Leeftijdscategorie = Leeftijdscategorie.Van27Tot45,
                Vraag = "Een vraag om de catch-up te vullen.",
                Status = AdviesvraagStatus.Open,
                GeplaatstOp = op,
                Deadline = op.AddDays(2),
                WaarschuwingOp = op.AddDays(1),
            };
            var oud = Vraag(nu - NetwerkHub.MaxTerug - TimeSpan.FromDays(1));
            db.Adviesvragen.Add(oud);
            db.Adviesvragen.AddRange(Enumerable.Range(0, NetwerkHub.MaxGebeurtenissen + 10).Select(i => Vraag(nu.AddDays(-3).AddSeconds(i))));
            await db.SaveChangesAsync();
            oudId = oud.Id;
        }
        await using var verbinding = await factory.HubVerbindingAsync(await factory.InlogCookieAsync("regievoerder.west@example.org"));

        sql.Wis();
        var gebeurtenissen = await verbinding.InvokeAsync<List<KanaalGebeurtenis>>(nameof(NetwerkHub.Sinds), DateTimeOffset.UnixEpoch);
        var catchUp = sql.Commandos.Where(c => c.Contains("\"GeplaatstOp\" >") || c.Contains("\"BesluitOp\" >")).ToList();

        Assert.Equal(NetwerkHub.MaxGebeurtenissen, gebeurtenissen.Count);
        Assert.Equal(gebeurtenissen.OrderBy(g => g.Op).Select(g => g.Op), gebeurtenissen.Select(g => g.Op));
        Assert.All(gebeurtenissen, g => Assert.True(g.Op > nu - NetwerkHub.MaxTerug, $"{g.Op} is older than seven days"));
        Assert.DoesNotContain(gebeurtenissen, g => g.AdviesvraagId == oudId);
        // Questions, replies and decisions: three queries, each ordered and limited by the database itself.
        Assert.Equal(3, catchUp.Count);
        Assert.All(catchUp, c =>
        {
            Assert.Contains("ORDER BY", c);
            Assert.Contains("LIMIT", c);
        });
    }

    private async Task<Uitkomst<int>> PlaatsAsync(Actor actor, string vraag)
    {
        var invoer = new NieuweAdviesvraag
        {
            StadsdeelId = await factory.StadsdeelIdAsync("West"),
            Leeftijdscategorie = Leeftijdscategorie.Van27Tot45,
            WensAmsterdammer = "Wil graag iets met zijn handen doen, dicht bij huis.",
            Vraag = vraag,
        };
        return await factory.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s => s.PlaatsAsync(actor, invoer));
    }

    private Task<Uitkomst<IReadOnlyList<ArchiefTreffer>>> ZoekAsync(Actor actor) =>
        factory.MetServiceAsync<AdviesvraagService, Uitkomst<IReadOnlyList<ArchiefTreffer>>>(s => s.ZoekInArchiefAsync(actor, new ArchiefFilter { Tekst = "plek" }));

    private async Task<int> VragenVanAsync(int medewerkerId)
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Adviesvragen.CountAsync(a => a.AuteurId == medewerkerId);
    }

}

public sealed class SqliteWerkLimietenTests(WerkLimietenSqliteFactory factory)
    : WerkLimietenTests<WerkLimietenSqliteFactory>(factory, factory.Sql), IClassFixture<WerkLimietenSqliteFactory>;

public sealed class PostgreSqlWerkLimietenTests(WerkLimietenPostgreSqlFactory factory)
    : WerkLimietenTests<WerkLimietenPostgreSqlFactory>(factory, factory.Sql), IClassFixture<WerkLimietenPostgreSqlFactory>;
