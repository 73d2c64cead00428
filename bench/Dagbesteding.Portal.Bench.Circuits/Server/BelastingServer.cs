using System.Collections.Concurrent;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.Bench.Circuits.Server;

/// <summary>
/// The server half of the load test (issue 15 point 4): generated members of West with real accounts (so each one
/// signs in and opens their own circuit), and the posts and replies those members make, through the real
/// AdviesvraagService as that member. Afterwards the driver asks which acknowledged posts are in the database.
/// </summary>
public static class BelastingServer
{
    private static readonly ConcurrentDictionary<string, Actor> Actoren = new();

    public static void Koppel(WebApplication besturing, IServiceProvider services, int west)
    {
        besturing.MapPost("/belasting/leden", (int aantal, string wachtwoord) => MaakLedenAsync(services, aantal, wachtwoord));
        besturing.MapPost("/belasting/plaats", (string lid, string sentinel) => MeetAsync(async () =>
        {
            using var scope = services.CreateScope();
            var uitkomst = await scope.ServiceProvider.GetRequiredService<AdviesvraagService>().PlaatsAsync(Actoren[lid], new NieuweAdviesvraag
            {
                StadsdeelId = west,
                Leeftijdscategorie = Leeftijdscategorie.Van27Tot45,
                WensAmsterdammer = "Wil graag iets met zijn handen doen, dicht bij huis.",
                Vraag = $"Wie heeft plek voor iemand die graag tuiniert? Kenmerk bench {sentinel}",
            });
            return uitkomst;
        }));
        besturing.MapPost("/belasting/reageer", (string lid, int vraag, string sentinel) => MeetAsync(async () =>
        {
            using var scope = services.CreateScope();
            var uitkomst = await scope.ServiceProvider.GetRequiredService<AdviesvraagService>().ReageerAsync(Actoren[lid], vraag, new NieuweReactie
            {
                Tekst = $"Wij hebben misschien plek in de tuinploeg, laten we het hier verder bespreken. Kenmerk bench {sentinel}",
            });
            return uitkomst;
        }));
        // How often each acknowledged sentinel is in the database: exactly once is "nothing lost, nothing doubled".
        besturing.MapPost("/belasting/controle", async (string[] sentinels) =>
        {
            await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
            var vragen = await db.Adviesvragen.Where(a => a.Vraag.Contains("Kenmerk bench ")).Select(a => a.Vraag).ToListAsync();
            var reacties = await db.Reacties.Where(r => r.Tekst.Contains("Kenmerk bench ")).Select(r => r.Tekst).ToListAsync();
            var teller = vragen.Concat(reacties).GroupBy(t => t[(t.LastIndexOf(' ') + 1)..]).ToDictionary(g => g.Key, g => g.Count());
            return Results.Json(sentinels.ToDictionary(s => s, s => teller.GetValueOrDefault(s)));
        });
    }

    /// <summary>One member's post: Stopwatch timestamps around the service call, and what it answered.</summary>
    public sealed record Antwoord(long Start, long Einde, int Id, string? Fout);

    private static async Task<Antwoord> MeetAsync(Func<Task<Uitkomst<int>>> aanroep)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            var uitkomst = await aanroep();
            return new Antwoord(start, System.Diagnostics.Stopwatch.GetTimestamp(), uitkomst.Gelukt ? uitkomst.Waarde : 0, uitkomst.Gelukt ? null : uitkomst.Fout ?? "geweigerd");
        }
        catch (Exception ex)
        {
            return new Antwoord(start, System.Diagnostics.Stopwatch.GetTimestamp(), 0, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>Half buurtteammedewerkers, half aanbieders; all members of West's channel since last month.</summary>
    private static async Task<string[]> MaakLedenAsync(IServiceProvider services, int aantal, string wachtwoord)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalGebruiker>>();
        var kanaal = await db.Kanalen.Include(k => k.Stadsdeel).SingleAsync(k => k.Stadsdeel!.Naam == "West");
        var buurtteam = await db.Organisaties.OrderBy(o => o.Id).FirstAsync(o => o.Type == OrganisatieType.Buurtteamorganisatie);
        var aanbieder = await db.Organisaties.OrderBy(o => o.Id).FirstAsync(o => o.Type == OrganisatieType.Aanbieder);
        var emails = new List<string>();
        for (var i = 0; i < aantal; i++)
        {
            var functie = i % 2 == 0 ? Functie.Buurtteammedewerker : Functie.AanbiederContactpersoon;
            var medewerker = new Medewerker
            {
                OrganisatieId = functie == Functie.Buurtteammedewerker ? buurtteam.Id : aanbieder.Id,
                Naam = $"Belastinglid {i:000}",
                Email = $"belasting.{i:000}@example.org",
                Functie = functie,
                // Their organisations may work elsewhere first: the page opens on West, where they are members.
                GekozenStadsdeelId = kanaal.StadsdeelId,
            };
            db.Lidmaatschappen.Add(new Lidmaatschap { KanaalId = kanaal.Id, Medewerker = medewerker, Vanaf = DateTimeOffset.UtcNow.AddMonths(-1) });
            await db.SaveChangesAsync();
            var gebruiker = new PortalGebruiker { UserName = medewerker.Email, Email = medewerker.Email, EmailConfirmed = true, MedewerkerId = medewerker.Id };
            var resultaat = await users.CreateAsync(gebruiker, wachtwoord);
            if (!resultaat.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", resultaat.Errors.Select(e => e.Description)));
            }
            await users.AddToRoleAsync(gebruiker, Rollen.Netwerklid);
            Actoren[medewerker.Email] = new Actor(medewerker.Id, gebruiker.Id, [Rollen.Netwerklid]);
            emails.Add(medewerker.Email);
        }
        return [.. emails];
    }
}
