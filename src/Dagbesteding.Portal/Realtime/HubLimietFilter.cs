using System.Security.Claims;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace Dagbesteding.Portal.Realtime;

/// <summary>
/// Every call to a method of <see cref="NetwerkHub"/> takes one from the caller's budget (<c>Limieten:HubAanroepen</c>),
/// per user over all their connections, before the method runs. A flood is answered with a Dutch error per call —
/// the connection stays, and nobody else's budget is touched — and logged once a minute by the registry.
/// </summary>
public sealed class HubLimietFilter(PortalLimieten limieten) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var context = invocationContext.Context;
        var sleutel = context.User?.FindFirstValue(ClaimTypes.NameIdentifier) is { } gebruikerId
            ? "gebruiker " + gebruikerId
            : "verbinding " + context.ConnectionId;
        if (limieten.Probeer(Limiet.HubAanroepen, sleutel) is { } weigering)
        {
            throw new HubException(weigering.Melding);
        }
        return await next(invocationContext);
    }
}
