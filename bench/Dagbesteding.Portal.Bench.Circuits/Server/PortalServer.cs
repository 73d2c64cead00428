using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.Bench.Circuits.Server;

/// <summary>
/// The "portal" server process: the real portal, plus a small control app on its own port through which the
/// driver asks for the heap and makes a member post or move, in-process, through the real feature services.
/// Each answer carries the Stopwatch timestamp taken just before the service call; on Linux that clock is
/// CLOCK_MONOTONIC, the same in both processes, so the driver can subtract it from its own receive times.
/// </summary>
public static class PortalServer
{
    public static async Task RunAsync(int casussen)
    {
        await using var portal = new CircuitPortal(casussen);
        portal.Start();
        var services = portal.Services;
        var regievoerder = await ActorAsync(services, "regievoerder.west@example.org");
        int west;
        await using (var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync())
        {
            west = await db.Stadsdelen.Where(s => s.Naam == "West").Select(s => s.Id).SingleAsync();
        }

        var besturing = Besturing.Maak();
        besturing.MapPost("/plaats", (string sentinel, int wacht) => Besturing.RoepAanAsync(wacht, async () =>
        {
            using var scope = services.CreateScope();
            var uitkomst = await scope.ServiceProvider.GetRequiredService<AdviesvraagService>().PlaatsAsync(regievoerder, new NieuweAdviesvraag
            {
                StadsdeelId = west,
                Leeftijdscategorie = Leeftijdscategorie.Van27Tot45,
                WensAmsterdammer = "Wil graag iets met zijn handen doen, dicht bij huis.",
                Vraag = $"Wie heeft plek voor iemand die graag tuiniert? Kenmerk bench {sentinel}",
            });
            return uitkomst.Fout;
        }));
        besturing.MapGet("/kandidaat", async () =>
        {
            using var scope = services.CreateScope();
            var bord = await scope.ServiceProvider.GetRequiredService<CasusService>().BordAsync(regievoerder, west, BordFilter.Geen)
                ?? throw new InvalidOperationException("Geen bord voor West.");
            return Results.Json(KiesKaart(bord));
        });
        besturing.MapPost("/verplaats", (int casusId, WerkprocesStap naar, Guid versie, int wacht) => Besturing.RoepAanAsync(wacht, async () =>
        {
            using var scope = services.CreateScope();
            var uitkomst = await scope.ServiceProvider.GetRequiredService<CasusService>().VerplaatsAsync(regievoerder, casusId, naar, versie);
            return uitkomst.Fout;
        }));
        BelastingServer.Koppel(besturing, services, west);
        await besturing.StartAsync();
        await Besturing.MeldKlaarEnWachtAsync(portal.BaseUrl, besturing);
    }

    /// <summary>
    /// A card that goes back and forth between Aanmelding and Gestopt (both moves are always allowed), so no column
    /// grows past the 25 cards the board shows: the moved card is always on screen, in its new column.
    /// </summary>
    private static Kandidaat KiesKaart(Bord bord)
    {
        BordKolom Kolom(WerkprocesStap stap) => bord.Kolommen.Single(k => k.Stap == stap);
        var gestopt = Kolom(WerkprocesStap.Gestopt);
        var aanmelding = Kolom(WerkprocesStap.Aanmelding);
        var (van, naar) = gestopt.Kaarten.Count > 0 && aanmelding.Aantal < CasusService.KaartenPerKolom
            ? (gestopt, WerkprocesStap.Aanmelding)
            : (aanmelding, WerkprocesStap.Gestopt);
        var kaart = van.Kaarten.FirstOrDefault() ?? throw new InvalidOperationException("Geen kaart om te verplaatsen.");
        return new Kandidaat(kaart.Id, kaart.Kenmerk, naar, kaart.Versie);
    }

    public sealed record Kandidaat(int CasusId, string Kenmerk, WerkprocesStap Naar, Guid Versie);

    private static async Task<Actor> ActorAsync(IServiceProvider services, string email)
    {
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalGebruiker>>();
        var gebruiker = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException(email);
        return new Actor(gebruiker.MedewerkerId!.Value, gebruiker.Id, (await users.GetRolesAsync(gebruiker)).ToList());
    }
}
