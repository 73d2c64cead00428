using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Hangfire;
using Hangfire.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Evaluaties;

/// <summary>
/// Builds a casus of regievoerder.west the way a person would, through <see cref="CasusService"/> on a node with a
/// fake clock: aanbieder chosen, plan saved, toestemming, consultation, akkoord, and moved to Leveren inzet.
/// </summary>
public sealed class EvaluatieCasus(PortalFactory factory, NepTijdPortaal node)
{
    public const string Regievoerder = "regievoerder.west@example.org";
    public const string Aanbieder = "aanbieder.west@example.org";

    public int Id { get; private set; }
    public Guid Versie { get; set; }
    public Actor Regie { get; private set; } = default!;

    public DateOnly Vandaag => WerkdagKalender.DagInAmsterdam(node.Tijd.GetUtcNow());

    public static async Task<EvaluatieCasus> LeverendAsync(PortalFactory factory, NepTijdPortaal node, DateOnly evaluatiedatum)
    {
        var casus = new EvaluatieCasus(factory, node);
        await casus.MaakAsync(evaluatiedatum);
        return casus;
    }

    private async Task MaakAsync(DateOnly evaluatiedatum)
    {
        Regie = await factory.ActorAsync(Regievoerder);
        var invoer = new NieuweCasus
        {
            StadsdeelId = await factory.StadsdeelIdAsync("West"),
            Kenmerk = "E-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
            Perceel = Perceel.Meedoen,
        };
        var nieuw = await node.MetServiceAsync<CasusService, Uitkomst<int>>(s => s.MaakAanAsync(Regie, invoer));
        Assert.True(nieuw.Gelukt, nieuw.Fout);
        Id = nieuw.Waarde;
        Versie = (await KaartAsync()).Versie;
        var aanbiederId = await AanbiederIdAsync();

        await StapAsync((s, v) => s.WijsAanbiederToeAsync(Regie, Id, aanbiederId, v));
        await StapAsync((s, v) => s.BewaarPlanAsync(Regie, Id, Plan(evaluatiedatum), v));
        await StapAsync((s, v) => s.ToestemmingAsync(Regie, Id, true, v));
        await StapAsync((s, v) => s.AanbiederGeraadpleegdAsync(Regie, Id, v));
        await StapAsync((s, v) => s.StelPlanVastAsync(Regie, Id, v));
        foreach (var stap in new[] { WerkprocesStap.Regiecheck, WerkprocesStap.BredeVraagverheldering, WerkprocesStap.WieDoetWatWanneer,
                     WerkprocesStap.Ondersteuningsplan, WerkprocesStap.Beschikken, WerkprocesStap.LeverenInzet })
        {
            await StapAsync((s, v) => s.VerplaatsAsync(Regie, Id, stap, v));
        }
    }

    /// <summary>A delivering casus whose evaluation is open (its date 20 days ahead: the start has passed) and in Evalueren.</summary>
    public static async Task<EvaluatieCasus> InEvaluatieAsync(PortalFactory factory, NepTijdPortaal node)
    {
        var casus = await LeverendAsync(factory, node, WerkdagKalender.DagInAmsterdam(node.Tijd.GetUtcNow()).AddDays(120));
        var detail = await casus.StapAsync((s, v) => s.BewaarPlanAsync(casus.Regie, casus.Id, casus.Plan(casus.Vandaag.AddDays(20)), v));
        Assert.True(detail.Evaluatie!.IsOpen);
        Assert.Equal(WerkprocesStap.Evalueren, detail.Kaart.Stap);
        return casus;
    }

    public PlanInvoer Plan(DateOnly evaluatiedatum) => new() { Perceel = Perceel.Meedoen, Startdatum = Vandaag.AddDays(-300), Evaluatiedatum = evaluatiedatum };

    public async Task<int> AanbiederIdAsync()
    {
        var id = (await factory.ActorAsync(Aanbieder)).MedewerkerId;
        await using var db = await factory.CreateDbContextAsync();
        return await db.Medewerkers.Where(m => m.Id == id).Select(m => m.OrganisatieId).SingleAsync();
    }

    public async Task<int> AanbiederMedewerkerAsync() => (await factory.ActorAsync(Aanbieder)).MedewerkerId;

    /// <summary>Runs a change as a person would and keeps the new version; asserts it succeeded.</summary>
    public async Task<CasusDetail> StapAsync(Func<CasusService, Guid, Task<Uitkomst<CasusDetail>>> actie)
    {
        var uitkomst = await node.MetServiceAsync<CasusService, Uitkomst<CasusDetail>>(s => actie(s, Versie));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        Versie = uitkomst.Waarde!.Kaart.Versie;
        return uitkomst.Waarde;
    }

    public async Task<Casus> KaartAsync()
    {
        await using var db = await factory.CreateDbContextAsync();
        return await db.Casussen.AsNoTracking().Include(c => c.Ondersteuningsplan).ThenInclude(p => p!.Evaluaties)
            .Include(c => c.Gebeurtenissen).SingleAsync(c => c.Id == Id);
    }

    public async Task<int> MeldingenAsync(int medewerkerId, string bevat)
    {
        await using var db = await factory.CreateDbContextAsync();
        var link = $"/casussen/{Id}";
        return await db.Meldingen.CountAsync(m => m.MedewerkerId == medewerkerId && m.Link == link && m.Tekst.Contains(bevat));
    }

    /// <summary>The scheduled opening jobs in this node's Hangfire storage for evaluations of this casus.</summary>
    public static IReadOnlyList<(string JobId, int EvaluatieId, DateTimeOffset Op)> GeplandeJobs(NepTijdPortaal node, int evaluatieId)
    {
        var api = node.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        return api.ScheduledJobs(0, 100_000)
            .Where(j => j.Value.Job?.Args is [int id, ..] && id == evaluatieId)
            .Select(j => (j.Key, evaluatieId, new DateTimeOffset(DateTime.SpecifyKind(j.Value.EnqueueAt, DateTimeKind.Utc))))
            .ToList();
    }

    public static string? JobStatus(NepTijdPortaal node, string jobId)
    {
        using var verbinding = node.Services.GetRequiredService<JobStorage>().GetConnection();
        return verbinding.GetStateData(jobId)?.Name;
    }
}
