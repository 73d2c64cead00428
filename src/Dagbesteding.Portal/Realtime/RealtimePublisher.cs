using Dagbesteding.Portal.Data;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Realtime;

/// <summary>
/// Sends a stored change to everyone who should see it: SignalR clients through their groups (across nodes via
/// the Redis backplane) and this node's Blazor circuits through the bus (across nodes via the Redis relay).
/// </summary>
public sealed class RealtimePublisher(
    IHubContext<NetwerkHub, INetwerkClient> hub,
    LokaleVerspreiding lokaal,
    RedisRealtimeRelay? relay = null) : IRealtimePublisher
{
    public async Task PubliceerAsync(KanaalGebeurtenis gebeurtenis, CancellationToken cancellationToken = default)
    {
        await hub.Clients.Group(NetwerkHub.KanaalGroep(gebeurtenis.KanaalId)).KanaalGewijzigd(gebeurtenis);
        await (relay is null ? lokaal.KanaalAsync(gebeurtenis) : relay.StuurAsync(gebeurtenis));
    }

    public async Task MeldAsync(PersoonlijkeMelding melding, CancellationToken cancellationToken = default)
    {
        await hub.Clients.Group(NetwerkHub.MedewerkerGroep(melding.MedewerkerId)).Melding(melding);
        await (relay is null ? lokaal.MeldingAsync(melding) : relay.StuurAsync(melding));
    }

    public Task LidmaatschapGewijzigdAsync(int medewerkerId, CancellationToken cancellationToken = default) =>
        relay is null ? lokaal.LidmaatschapAsync(medewerkerId) : relay.StuurLidmaatschapAsync(medewerkerId);

    public Task BordGewijzigdAsync(BordGebeurtenis gebeurtenis, CancellationToken cancellationToken = default) =>
        relay is null ? lokaal.BordAsync(gebeurtenis) : relay.StuurAsync(gebeurtenis);
}

/// <summary>What each node does with a change: tell its circuits, and regroup its hub connections.</summary>
public sealed class LokaleVerspreiding(
    RealtimeBus bus,
    VerbindingRegister register,
    IHubContext<NetwerkHub, INetwerkClient> hub,
    IDbContextFactory<PortalDbContext> dbFactory)
{
    public Task KanaalAsync(KanaalGebeurtenis gebeurtenis) => bus.VerspreidAsync(gebeurtenis);

    public Task MeldingAsync(PersoonlijkeMelding melding) => bus.VerspreidAsync(melding);

    public Task BordAsync(BordGebeurtenis gebeurtenis) => bus.VerspreidAsync(gebeurtenis);

    public async Task LidmaatschapAsync(int medewerkerId)
    {
        var verbindingen = register.VanMedewerker(medewerkerId);
        if (verbindingen.Count > 0)
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            var alle = await db.Kanalen.Select(k => k.Id).ToListAsync();
            var actief = await db.Lidmaatschappen.Where(l => l.MedewerkerId == medewerkerId && l.AfgemeldOp == null)
                .Select(l => l.KanaalId).ToListAsync();
            foreach (var verbinding in verbindingen)
            {
                foreach (var kanaal in alle)
                {
                    var groep = NetwerkHub.KanaalGroep(kanaal);
                    await (actief.Contains(kanaal)
                        ? hub.Groups.AddToGroupAsync(verbinding, groep)
                        : hub.Groups.RemoveFromGroupAsync(verbinding, groep));
                }
            }
        }
        await bus.VerspreidLidmaatschapAsync(medewerkerId);
    }
}
