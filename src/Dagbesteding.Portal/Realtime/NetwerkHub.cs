using System.Security.Claims;
using Dagbesteding.Portal.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Realtime;

/// <summary>
/// The live channel for clients outside the Blazor circuit (a phone app, the load benchmark). The server puts
/// a connection in the groups of the user's CURRENT memberships, read from the database; there is no method
/// with which a client can name a group. A client that reconnects calls <see cref="Sinds"/> to catch up.
/// </summary>
[Authorize]
public sealed class NetwerkHub(IDbContextFactory<PortalDbContext> dbFactory, VerbindingRegister register, TimeProvider time) : Hub<INetwerkClient>
{
    public const string Pad = "/hubs/netwerk";

    /// <summary>At most this many events per catch-up; a client that missed more reloads what it shows.</summary>
    public const int MaxGebeurtenissen = 200;

    /// <summary>A catch-up reaches back at most this far, whatever moment the client names.</summary>
    public static readonly TimeSpan MaxTerug = TimeSpan.FromDays(7);

    public static string KanaalGroep(int kanaalId) => $"kanaal-{kanaalId}";

    public static string MedewerkerGroep(int medewerkerId) => $"medewerker-{medewerkerId}";

    public override async Task OnConnectedAsync()
    {
        var toegang = await ToegangAsync();
        if (!toegang.IsBekend)
        {
            Context.Abort();
            return;
        }
        register.Voegtoe(toegang.MedewerkerId, Context);
        await Groups.AddToGroupAsync(Context.ConnectionId, MedewerkerGroep(toegang.MedewerkerId));
        foreach (var kanaalId in toegang.KanaalIds)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, KanaalGroep(kanaalId));
        }
        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        register.Verwijder(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>
    /// Catch-up after a gap: what happened in the caller's channels since a moment, oldest first, at most
    /// <see cref="MaxGebeurtenissen"/> events and at most <see cref="MaxTerug"/> back. Bounded in the database: each
    /// query is ordered and limited there, so a moment far in the past reads at most 3 × 200 rows, not the whole history.
    /// Calls are rate limited per user by <see cref="HubLimietFilter"/>.
    /// </summary>
    public async Task<IReadOnlyList<KanaalGebeurtenis>> Sinds(DateTimeOffset sinds)
    {
        var toegang = await ToegangAsync();
        if (!toegang.IsBekend)
        {
            throw new HubException("Onbekende gebruiker.");
        }
        var ondergrens = time.GetUtcNow() - MaxTerug;
        if (sinds < ondergrens)
        {
            sinds = ondergrens;
        }
        var kanalen = toegang.KanaalIds.ToList();
        await using var db = await dbFactory.CreateDbContextAsync();
        // Gerichte vragen to another aanbieder are left out, as everywhere.
        var zichtbaar = Features.Netwerk.Vragen.AdviesvraagService.Zichtbaar(db.Adviesvragen, toegang);
        var vragen = await zichtbaar.Where(a => kanalen.Contains(a.KanaalId) && a.GeplaatstOp > sinds)
            .OrderBy(a => a.GeplaatstOp).Take(MaxGebeurtenissen)
            .Select(a => new KanaalGebeurtenis(a.KanaalId, a.Id, KanaalGebeurtenisSoort.NieuweVraag, "Nieuwe adviesvraag", a.GeplaatstOp))
            .ToListAsync();
        var reacties = await db.Reacties.Where(r => zichtbaar.Any(a => a.Id == r.AdviesvraagId) && kanalen.Contains(r.Adviesvraag!.KanaalId) && r.GeplaatstOp > sinds)
            .OrderBy(r => r.GeplaatstOp).Take(MaxGebeurtenissen)
            .Select(r => new KanaalGebeurtenis(r.Adviesvraag!.KanaalId, r.AdviesvraagId, KanaalGebeurtenisSoort.NieuweReactie, "Nieuwe reactie", r.GeplaatstOp))
            .ToListAsync();
        var besluiten = await zichtbaar.Where(a => kanalen.Contains(a.KanaalId) && a.BesluitOp > sinds)
            .OrderBy(a => a.BesluitOp).Take(MaxGebeurtenissen)
            .Select(a => new KanaalGebeurtenis(a.KanaalId, a.Id, KanaalGebeurtenisSoort.Besloten, "Besloten", a.BesluitOp!.Value))
            .ToListAsync();
        // The oldest 200 of the three together are among the oldest 200 of each.
        return vragen.Concat(reacties).Concat(besluiten).OrderBy(g => g.Op).Take(MaxGebeurtenissen).ToList();
    }

    /// <summary>The connection's user now (the one access context): an inactive account has no medewerker here.</summary>
    private async Task<Infrastructure.Toegangscontext> ToegangAsync()
    {
        await using var db = await dbFactory.CreateDbContextAsync();
        return Context.User is { } user ? await Infrastructure.Toegangscontext.LeesAsync(db, user) : Infrastructure.Toegangscontext.Geen;
    }
}
