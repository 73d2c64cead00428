using System.Diagnostics;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.Realtime;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.Bench;

/// <summary>
/// DESIGN §4: a new advice request reaches every online member of its channel, p95 &lt; 100 ms with 500 connected
/// clients. Clients are real SignalR connections over WebSockets to Kestrel; latency runs from the call that
/// posts the question (validation, anonymity check, save, push) to the moment each client receives it.
/// </summary>
public static class RealtimeLatentie
{
    public sealed record Uitslag(int Clients, int Vragen, int Ontvangen, int Verwacht, double P50, double P95, double P99, double Max)
    {
        public override string ToString() =>
            $"{Clients} clients, {Vragen} vragen: {Ontvangen}/{Verwacht} ontvangen; latentie p50 {P50:0.0} ms, p95 {P95:0.0} ms, p99 {P99:0.0} ms, max {Max:0.0} ms";
    }

    public static async Task<Uitslag> MeetAsync(BenchPortal portal, int aantalClients, int aantalVragen)
    {
        var cookie = await portal.InlogCookieAsync("aanbieder.west@example.org");
        // Questions are posted one at a time, each after the previous one has reached everyone, so a
        // delivery belongs to the question in flight: its start is the moment the post call began.
        long huidigeStart = 0;
        var latenties = new List<double>();
        var verbindingen = new List<HubConnection>();
        for (var i = 0; i < aantalClients; i++)
        {
            var verbinding = new HubConnectionBuilder()
                .WithUrl(new Uri(new Uri(portal.BaseUrl), NetwerkHub.Pad.TrimStart('/')), o =>
                {
                    o.Transports = HttpTransportType.WebSockets;
                    o.Headers["Cookie"] = cookie;
                })
                .Build();
            verbinding.On<KanaalGebeurtenis>(nameof(INetwerkClient.KanaalGewijzigd), g =>
            {
                var nu = Stopwatch.GetTimestamp();
                var start = Interlocked.Read(ref huidigeStart);
                if (g.Soort == KanaalGebeurtenisSoort.NieuweVraag && start != 0)
                {
                    lock (latenties)
                    {
                        latenties.Add(Stopwatch.GetElapsedTime(start, nu).TotalMilliseconds);
                    }
                }
            });
            await verbinding.StartAsync();
            verbindingen.Add(verbinding);
        }

        var actor = await ActorAsync(portal, "regievoerder.west@example.org");
        int westId;
        using (var scope = portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<IDbContextFactory<Data.PortalDbContext>>().CreateDbContext();
            westId = await db.Stadsdelen.Where(s => s.Naam == "West").Select(s => s.Id).SingleAsync();
        }

        for (var v = 0; v < aantalVragen; v++)
        {
            using var scope = portal.Services.CreateScope();
            var service = scope.ServiceProvider.GetRequiredService<AdviesvraagService>();
            Interlocked.Exchange(ref huidigeStart, Stopwatch.GetTimestamp());
            var uitkomst = await service.PlaatsAsync(actor, new NieuweAdviesvraag
            {
                StadsdeelId = westId,
                Leeftijdscategorie = Leeftijdscategorie.Van27Tot45,
                WensAmsterdammer = "Wil graag iets met zijn handen doen, dicht bij huis.",
                Vraag = $"Benchmark: wie heeft plek voor iemand van 30 die graag kookt? Vraag {v + 1}.",
            });
            if (!uitkomst.Gelukt)
            {
                throw new InvalidOperationException(uitkomst.Fout);
            }
            await Task.Delay(400);
        }
        await Task.Delay(2000);
        Interlocked.Exchange(ref huidigeStart, 0);
        foreach (var verbinding in verbindingen)
        {
            await verbinding.DisposeAsync();
        }

        var gesorteerd = latenties.Order().ToList();
        double Percentiel(double p) => gesorteerd.Count == 0 ? double.NaN : gesorteerd[Math.Min(gesorteerd.Count - 1, (int)Math.Ceiling(p * gesorteerd.Count) - 1)];
        return new Uitslag(aantalClients, aantalVragen, gesorteerd.Count, aantalClients * aantalVragen,
            Percentiel(0.50), Percentiel(0.95), Percentiel(0.99), gesorteerd.LastOrDefault());
    }

    private static async Task<Actor> ActorAsync(BenchPortal portal, string email)
    {
        using var scope = portal.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Data.PortalGebruiker>>();
        var gebruiker = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        return new Actor(gebruiker.MedewerkerId!.Value, gebruiker.Id, (await users.GetRolesAsync(gebruiker)).ToList());
    }
}
