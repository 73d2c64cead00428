using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Evaluaties;

/// <summary>One evaluation in a personal list, with what is still missing.</summary>
public sealed record EvaluatieRegel(
    int EvaluatieId,
    int CasusId,
    string Kenmerk,
    string Stadsdeel,
    DateOnly StartOp,
    DateOnly Evaluatiedatum,
    DateTimeOffset? GeopendOp,
    bool VoorgesprekGehouden,
    bool OverdrachtOntvangen,
    string Regievoerder,
    string? Aanbieder)
{
    /// <summary>What the evaluation still waits for, in the words of the werkproces.</summary>
    public IReadOnlyList<string> Ontbreekt => GeopendOp is null
        ? []
        : [.. VoorgesprekGehouden ? Array.Empty<string>() : ["voorgesprek"], .. OverdrachtOntvangen ? Array.Empty<string>() : ["overdracht"]];
}

/// <summary>
/// Mijn evaluaties. A regievoerder sees the evaluations of their own cases: starting this week (Monday to Sunday),
/// started, and te laat (evaluatiedatum passed without an uitkomst). An aanbieder sees the open evaluations of
/// its cases for which it still owes the evaluatieoverdracht.
/// </summary>
public sealed record MijnEvaluaties(
    bool IsRegievoerder,
    bool IsAanbieder,
    IReadOnlyList<EvaluatieRegel> StartenDezeWeek,
    IReadOnlyList<EvaluatieRegel> Gestart,
    IReadOnlyList<EvaluatieRegel> TeLaat,
    IReadOnlyList<EvaluatieRegel> OverdrachtTeSturen)
{
    public static readonly MijnEvaluaties Geen = new(false, false, [], [], [], []);
}

public sealed class MijnEvaluatiesService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time, AuditLog audit)
{
    /// <param name="geopend">The person opened the list (audited, with the casussen shown); false for a re-read after a melding.</param>
    public async Task<MijnEvaluaties> LeesAsync(Actor actor, bool geopend = true, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var medewerker = await Toegangscontext.LeesAsync(db, actor, cancellationToken);
        if (!medewerker.IsBekend)
        {
            return MijnEvaluaties.Geen;
        }
        var isRegievoerder = medewerker.IsRegievoerder;
        var isAanbieder = medewerker.IsAanbieder;
        var vandaag = WerkdagKalender.DagInAmsterdam(time.GetUtcNow());
        var zondag = vandaag.AddDays((7 - (int)vandaag.DayOfWeek) % 7);

        var lopend = db.Evaluaties.Where(e => e.AfgerondOp == null);
        var regels = new List<EvaluatieRegel>();
        if (isRegievoerder)
        {
            regels.AddRange(await RegelsAsync(lopend.Where(e => e.Ondersteuningsplan!.Casus!.RegievoerderId == actor.MedewerkerId
                && (e.GeopendOp != null || e.StartOp <= zondag)), cancellationToken));
        }
        var overdracht = isAanbieder
            ? await RegelsAsync(lopend.Where(e => e.GeopendOp != null && e.OverdrachtOntvangenOp == null
                && e.Ondersteuningsplan!.Casus!.AanbiederId == medewerker.OrganisatieId), cancellationToken)
            : [];
        if (geopend && (regels.Count > 0 || overdracht.Count > 0))
        {
            audit.Schrijf(db, actor, AuditActie.Bekeken, AuditLog.Evaluatielijst, actor.MedewerkerId,
                $"Evaluaties: casussen {regels.Concat(overdracht).Select(r => r.CasusId).Distinct()}");
            await db.SaveChangesAsync(cancellationToken);
        }
        return new MijnEvaluaties(
            isRegievoerder,
            isAanbieder,
            regels.Where(r => r.GeopendOp is null).OrderBy(r => r.StartOp).ToList(),
            regels.Where(r => r.GeopendOp is not null && r.Evaluatiedatum >= vandaag).OrderBy(r => r.Evaluatiedatum).ToList(),
            regels.Where(r => r.GeopendOp is not null && r.Evaluatiedatum < vandaag).OrderBy(r => r.Evaluatiedatum).ToList(),
            overdracht.OrderBy(r => r.Evaluatiedatum).ToList());
    }

    private static Task<List<EvaluatieRegel>> RegelsAsync(IQueryable<Evaluatie> query, CancellationToken cancellationToken) =>
        query.Select(e => new EvaluatieRegel(
                e.Id,
                e.Ondersteuningsplan!.CasusId,
                e.Ondersteuningsplan.Casus!.Kenmerk,
                e.Ondersteuningsplan.Casus.Stadsdeel!.Naam,
                e.StartOp,
                e.Evaluatiedatum,
                e.GeopendOp,
                e.VoorgesprekOp != null,
                e.OverdrachtOntvangenOp != null,
                e.Ondersteuningsplan.Casus.Regievoerder!.Naam,
                e.Ondersteuningsplan.Casus.Aanbieder != null ? e.Ondersteuningsplan.Casus.Aanbieder.Naam : null))
            .Take(500)
            .ToListAsync(cancellationToken);
}
