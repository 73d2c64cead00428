using Dagbesteding.Portal.Bench.Circuits.Sjabloon;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dagbesteding.Portal.Bench.Circuits.Server;

/// <summary>
/// The "sjabloon" server process, the reference: Microsoft's blank Blazor Web App page (memory per circuit) and a
/// bare SignalR hub that broadcasts a string to every connection (latency and memory per connection).
/// </summary>
public static class SjabloonServer
{
    public static async Task RunAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents(o => o.DisconnectedCircuitMaxRetained = CircuitPortal.MaxBewaard);
        builder.Services.AddSignalR();
        var app = builder.Build();
        app.UseAntiforgery();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapHub<EchoHub>(EchoHub.Pad);
        await app.StartAsync();

        var besturing = Besturing.Maak();
        var hub = app.Services.GetRequiredService<IHubContext<EchoHub>>();
        besturing.MapPost("/broadcast", (string sentinel, int wacht) => Besturing.RoepAanAsync(wacht, async () =>
        {
            await hub.Clients.All.SendAsync(EchoHub.Bericht, sentinel);
            return null;
        }));
        await besturing.StartAsync();
        await Besturing.MeldKlaarEnWachtAsync(app.Urls.First().TrimEnd('/') + "/", besturing);
        await app.StopAsync();
    }
}

/// <summary>The smallest useful hub: the server pushes, the clients only listen.</summary>
public sealed class EchoHub : Hub
{
    public const string Pad = "/echo";
    public const string Bericht = "Echo";
}
