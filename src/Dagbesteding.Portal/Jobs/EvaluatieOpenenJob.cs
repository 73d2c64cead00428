using System.ComponentModel;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Meldingen;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Infrastructure;
using Hangfire;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Jobs;

/// <summary>
/// Opens one evaluation at its start (six weeks before the evaluatiedatum). Scheduled per evaluation by
/// <see cref="Features.Evaluaties.EvaluatiePlanner"/>, run at once when the start has already come, and by the reconcile
/// job for a start that was missed. Opening is a conditional claim on the plan's one evaluation that is not afgerond,
/// inside the same transaction as the card's move to Evalueren and the meldingen: a second run, another node or a
/// stale job after the date moved opens nothing.
/// </summary>
public sealed class EvaluatieOpenenJob(CasusService casussen, TimeProvider time, PortalMetingen metingen, ILogger<EvaluatieOpenenJob> logger)
{
    /// <summary>The job's name in the audit log.</summary>
    public const string Taak = "evaluatie-openen";

    [DisplayName("Evaluatie #{0} openen (casus #{1})")]
    [AutomaticRetry(Attempts = 3)] // the reconcile job is the retry after that
    public async Task<bool> OpenAsync(int evaluatieId, int casusId, CancellationToken cancellationToken)
    {
        var geopend = await casussen.WijzigDoorSysteemAsync(Taak, casusId, w => OpenAsync(w, evaluatieId, cancellationToken),
            c => $"{c.Kenmerk}: evaluatie gestart", cancellationToken);
        if (geopend)
        {
            metingen.EvaluatieGeopend(PortalMetingen.DoorTaak);
            logger.LogInformation("Evaluatie {EvaluatieId} van casus {CasusId} geopend", evaluatieId, casusId);
        }
        return geopend;
    }

    private async Task<bool> OpenAsync(CasusWijziging w, int evaluatieId, CancellationToken cancellationToken)
    {
        var nu = time.GetUtcNow();
        // The last start day whose opening moment has passed: today from 07:00, yesterday before that.
        var vandaag = WerkdagKalender.DagInAmsterdam(nu);
        var laatsteStart = EvaluatieRegels.StartMoment(vandaag) <= nu ? vandaag : vandaag.AddDays(-1);
        var casusId = w.Casus.Id;
        var geclaimd = await w.Db.Evaluaties
            .Where(e => e.Id == evaluatieId && e.GeopendOp == null && e.AfgerondOp == null && e.StartOp <= laatsteStart
                && e.Ondersteuningsplan!.CasusId == casusId && e.Ondersteuningsplan.Status == PlanStatus.Akkoord)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.GeopendOp, nu).SetProperty(e => e.JobId, (string?)null), cancellationToken);
        if (geclaimd == 0 || w.Casus.Stap == WerkprocesStap.Gestopt)
        {
            return false;
        }
        var evaluatie = await w.Db.Evaluaties.AsNoTracking().Where(e => e.Id == evaluatieId)
            .Select(e => new { e.Evaluatiedatum, e.StartOp }).SingleAsync(cancellationToken);
        var casus = w.Casus;
        var datum = evaluatie.Evaluatiedatum.ToString("d-M-yyyy");
        if (casus.Stap == WerkprocesStap.LeverenInzet)
        {
            casus.Stap = WerkprocesStap.Evalueren;
            casus.InStapSinds = nu;
            casus.TijdelijkGestopt = false;
            w.Tijdlijn($"Evaluatie gestart (zes weken voor de evaluatiedatum {datum}): verplaatst van Leveren inzet naar Evalueren");
        }
        else
        {
            w.Tijdlijn($"Evaluatie gestart (zes weken voor de evaluatiedatum {datum}); de casus blijft in {casus.Stap.Weergave()}");
        }
        w.Meld([casus.RegievoerderId], $"De evaluatie van {casus.Kenmerk} is gestart (evaluatiedatum {datum}). Plan het voorgesprek met de aanbieder.", MeldingSoort.EvaluatieGeopend);
        w.Meld(await w.ContactpersonenAsync([casus.AanbiederId], cancellationToken),
            $"De evaluatie van {casus.Kenmerk} is gestart (evaluatiedatum {datum}). Plan het voorgesprek met het buurtteam en stuur de evaluatieoverdracht.", MeldingSoort.EvaluatieGeopend);
        return true;
    }
}
