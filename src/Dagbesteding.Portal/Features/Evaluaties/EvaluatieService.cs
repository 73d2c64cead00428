using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Anonimiteit;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Datums;
using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Evaluaties;

/// <summary>
/// Werkproces step 7 once an evaluation is open: the voorgesprek aanbieder–buurtteam, the aanbieder's
/// evaluatieoverdracht and the regievoerder's uitkomst. Every step is a casus change through
/// <see cref="CasusService.WijzigCasusAsync"/>: the same access rules, version check, timeline line, audit line,
/// meldingen and board event as any other change, and the next evaluation is planned from the saved result.
/// </summary>
public sealed class EvaluatieService(CasusService casussen, TimeProvider time)
{
    public Task<Uitkomst<CasusDetail>> VoorgesprekAsync(Actor actor, int casusId, bool regievoerderBijEvaluatiegesprek, Guid versie, CancellationToken cancellationToken = default) =>
        casussen.WijzigCasusAsync(actor, casusId, versie, async w =>
        {
            if (!w.IsRegievoerder && !w.IsAanbiederVanCasus)
            {
                return "Het voorgesprek wordt vastgelegd door het buurtteam of de aanbieder van de casus.";
            }
            var evaluatie = await LopendAsync(w, cancellationToken);
            if (EvaluatieStappen.ToetsOpen(evaluatie) is { } fout)
            {
                return fout;
            }
            evaluatie!.VoorgesprekOp = w.Nu;
            evaluatie.RegievoerderBijEvaluatiegesprek = regievoerderBijEvaluatiegesprek;
            w.Tijdlijn($"Voorgesprek aanbieder–buurtteam gehouden: de regievoerder is {(regievoerderBijEvaluatiegesprek ? "wel" : "niet")} bij het evaluatiegesprek");
            var tekst = $"Het voorgesprek voor de evaluatie van {w.Casus.Kenmerk} is vastgelegd.";
            w.Meld(w.IsAanbiederVanCasus ? [w.Casus.RegievoerderId] : await w.ContactpersonenAsync([w.Casus.AanbiederId], cancellationToken), tekst);
            return null;
        }, c => $"{c.Kenmerk}: voorgesprek evaluatie", cancellationToken);

    public async Task<Uitkomst<CasusDetail>> OverdrachtAsync(Actor actor, int casusId, OverdrachtInvoer invoer, Guid versie, CancellationToken cancellationToken = default)
    {
        // Free text that leaves the aanbieder's hands is checked first; the author sees where, and keeps the text.
        foreach (var tekst in new[] { invoer.WatWerkte, invoer.Advies }.OfType<string>())
        {
            if (Domain.Invoer.Invoertekst.Fout(tekst, "De evaluatieoverdracht") is { } tekenFout)
            {
                return Uitkomst<CasusDetail>.Geweigerd(tekenFout);
            }
            if (AnonimiteitsControle.Controleer(tekst) is { Count: > 0 } bevindingen)
            {
                return Uitkomst<CasusDetail>.NietAnoniem(tekst, bevindingen);
            }
        }
        return await casussen.WijzigCasusAsync(actor, casusId, versie, async w =>
        {
            if (!w.IsAanbiederVanCasus)
            {
                return "Alleen de aanbieder van deze casus stuurt de evaluatieoverdracht.";
            }
            var evaluatie = await LopendAsync(w, cancellationToken);
            if ((EvaluatieStappen.ToetsOpen(evaluatie) ?? EvaluatieStappen.ToetsOverdracht(invoer)) is { } fout)
            {
                return fout;
            }
            evaluatie!.OverdrachtOntvangenOp = w.Nu;
            evaluatie.OverdrachtDoorMedewerkerId = w.MedewerkerId;
            evaluatie.DoelenBereikt = invoer.DoelenBereikt;
            evaluatie.WatWerkte = invoer.WatWerkte!.Trim();
            evaluatie.Advies = invoer.Advies!.Trim();
            w.Tijdlijn($"Evaluatieoverdracht van de aanbieder ontvangen: doelen {invoer.DoelenBereikt!.Value.Weergave()}");
            w.Meld([w.Casus.RegievoerderId], $"De aanbieder heeft de evaluatieoverdracht van {w.Casus.Kenmerk} gestuurd.");
            return null;
        }, c => $"{c.Kenmerk}: evaluatieoverdracht", cancellationToken);
    }

    public Task<Uitkomst<CasusDetail>> UitkomstAsync(Actor actor, int casusId, UitkomstInvoer invoer, Guid versie, CancellationToken cancellationToken = default) =>
        casussen.WijzigCasusAsync(actor, casusId, versie, async w =>
        {
            if (!w.IsRegievoerderVanCasus)
            {
                return "Alleen de regievoerder van de casus legt de uitkomst van de evaluatie vast.";
            }
            var casus = w.Casus;
            var evaluatie = await LopendAsync(w, cancellationToken);
            if ((EvaluatieStappen.ToetsOpen(evaluatie) ?? EvaluatieStappen.ToetsUitkomst(invoer, casus.Ondersteuningsplan?.Perceel, casus.AanbiederId)) is { } fout)
            {
                return fout;
            }
            var plan = casus.Ondersteuningsplan!;
            var regel = invoer.Uitkomst switch
            {
                EvaluatieUitkomst.Afsluiten => Afsluiten(w, plan),
                EvaluatieUitkomst.Verlengen => Verlengen(w, plan, evaluatie!, invoer.NieuweEvaluatiedatum),
                EvaluatieUitkomst.Wijzigen => Wijzigen(w, plan, invoer.NieuwPerceel!.Value),
                _ => await OverdragenAsync(w, plan, invoer.NieuweAanbiederId!.Value, cancellationToken),
            };
            if (regel.Fout is not null)
            {
                return regel.Fout;
            }
            evaluatie!.Uitkomst = invoer.Uitkomst;
            evaluatie.AfgerondOp = w.Nu;
            w.Tijdlijn($"Evaluatie afgerond, uitkomst {invoer.Uitkomst!.Value.Weergave()}: {regel.Tijdlijn}");
            return null;
        }, c => $"{c.Kenmerk}: evaluatie afgerond", cancellationToken);

    private sealed record Stap(string? Fout, string Tijdlijn = "");

    private static Stap Afsluiten(CasusWijziging w, Ondersteuningsplan plan)
    {
        NaarStap(w, WerkprocesStap.Gestopt);
        plan.Status = PlanStatus.Beeindigd;
        return new Stap(null, "de casus is gestopt en het ondersteuningsplan beëindigd");
    }

    private Stap Verlengen(CasusWijziging w, Ondersteuningsplan plan, Evaluatie evaluatie, DateOnly? nieuweDatum)
    {
        var datum = nieuweDatum ?? EvaluatieRegels.StandaardVerlenging(evaluatie.Evaluatiedatum);
        if (DatumRegels.Evaluatiedatum(plan.Startdatum, WerkdagKalender.DagInAmsterdam(time.GetUtcNow())).Toets(datum) is { } fout)
        {
            return new Stap(fout);
        }
        if (w.Casus.Stap == WerkprocesStap.Evalueren
            && Werkprocesregels.ToetsVerplaatsing(new CasusToestand(w.Casus.Stap, w.Casus.Spoed, plan.Status, plan.HeeftToestemming), WerkprocesStap.LeverenInzet) is { } stapFout)
        {
            return new Stap(stapFout);
        }
        plan.Evaluatiedatum = datum;
        if (w.Casus.Stap == WerkprocesStap.Evalueren)
        {
            NaarStap(w, WerkprocesStap.LeverenInzet);
        }
        // The next evaluation is planned by the casus path from the saved plan (six weeks before the new date).
        return new Stap(null, $"verlengd, nieuwe evaluatiedatum {datum:d-M-yyyy}");
    }

    private static Stap Wijzigen(CasusWijziging w, Ondersteuningsplan plan, Perceel perceel)
    {
        var oud = plan.Perceel;
        plan.Perceel = perceel;
        w.Casus.Perceel = perceel;
        PlanWijziging.TerugNaarConcept(plan);
        NaarStap(w, WerkprocesStap.Ondersteuningsplan);
        return new Stap(null, $"perceel {oud.Weergave()} wordt {perceel.Weergave()}; het plan is terug in concept (opnieuw toestemming en raadpleging)");
    }

    private static async Task<Stap> OverdragenAsync(CasusWijziging w, Ondersteuningsplan plan, int aanbiederId, CancellationToken cancellationToken)
    {
        var nieuw = await w.Db.Organisaties.Where(o => o.Id == aanbiederId)
            .Select(o => new { o.Id, o.Naam, o.Type, o.Actief }).FirstOrDefaultAsync(cancellationToken);
        if (nieuw is null)
        {
            return new Stap("Deze aanbieder bestaat niet.");
        }
        if (Werkprocesregels.ToetsAanbieder(nieuw.Type, nieuw.Actief) is { } fout)
        {
            return new Stap(fout);
        }
        var oud = w.Casus.AanbiederId;
        w.Casus.AanbiederId = nieuw.Id;
        plan.AanbiederId = nieuw.Id;
        plan.LocatieId = null;
        PlanWijziging.TerugNaarConcept(plan);
        NaarStap(w, WerkprocesStap.Ondersteuningsplan);
        // Warm handover: both aanbieders know, before the Amsterdammer arrives.
        w.Meld(await w.ContactpersonenAsync([oud, nieuw.Id], cancellationToken),
            $"Warme overdracht na de evaluatie: {w.Casus.Kenmerk} gaat naar aanbieder {nieuw.Naam}.");
        return new Stap(null, $"overgedragen aan {nieuw.Naam} (warme overdracht); het plan is terug in concept");
    }

    private static void NaarStap(CasusWijziging w, WerkprocesStap stap)
    {
        if (w.Casus.Stap == stap)
        {
            return;
        }
        w.Casus.Stap = stap;
        w.Casus.InStapSinds = w.Nu;
        w.Casus.TijdelijkGestopt = false;
    }

    private static Task<Evaluatie?> LopendAsync(CasusWijziging w, CancellationToken cancellationToken) =>
        w.Db.Evaluaties.FirstOrDefaultAsync(e => e.Ondersteuningsplan!.CasusId == w.Casus.Id && e.AfgerondOp == null, cancellationToken);
}
