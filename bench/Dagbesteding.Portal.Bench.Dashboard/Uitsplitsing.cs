using System.Diagnostics;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Dashboard;
using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Werkdagen;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Bench.Dashboard;

/// <summary>
/// Where the time of <c>NetwerkCijfersService.CijfersAsync</c> goes: the same reads (copied from the service, so keep
/// them in step) and the same pure statistics, each timed on its own. Only for the breakdown; the totals in the main
/// table come from the service itself.
/// </summary>
internal sealed class Uitsplitsing(IDbContextFactory<PortalDbContext> dbFactory, WerkdagKalender kalender, int stadsdeelId)
{
    public const string Vragen = "lezen adviesvragen", Reacties = "lezen reacties", Leden = "lezen leden", Evaluaties = "lezen evaluaties",
        Wissels = "lezen stapwissels (periode + 2 jaar ervoor)", Verlengd = "lezen verlengingen",
        StatReacties = "NetwerkStatistiek.Reacties", StatOrganisaties = "NetwerkStatistiek.Organisaties", StatWeken = "NetwerkStatistiek.Weken",
        StatEvaluaties = "EvaluatieStatistiek.PerAanbieder", StatStroom = "StroomStatistiek.Bereken";

    public static readonly string[] Onderdelen = [Vragen, Reacties, Leden, Evaluaties, Wissels, Verlengd, StatReacties, StatOrganisaties, StatWeken, StatEvaluaties, StatStroom];

    /// <summary>One round: milliseconds per part, and the number of rows each read returned.</summary>
    public async Task<(Dictionary<string, double> Ms, Dictionary<string, int> Rijen)> MeetAsync(DashboardPeriode periode, DateTimeOffset nu)
    {
        var ms = new Dictionary<string, double>();
        var rijen = new Dictionary<string, int>();
        var sw = new Stopwatch();
        async Task<List<T>> Lees<T>(string naam, Func<Task<List<T>>> lees)
        {
            sw.Restart();
            var lijst = await lees();
            ms[naam] = sw.Elapsed.TotalMilliseconds;
            rijen[naam] = lijst.Count;
            return lijst;
        }
        T Reken<T>(string naam, Func<T> reken)
        {
            sw.Restart();
            var uitkomst = reken();
            ms[naam] = sw.Elapsed.TotalMilliseconds;
            return uitkomst;
        }

        await using var db = await dbFactory.CreateDbContextAsync();
        var (begin, einde) = (periode.Begin, periode.Einde);
        var vragen = await Lees(Vragen, async () => (await db.Adviesvragen.AsNoTracking()
                .Where(a => a.Kanaal!.StadsdeelId == stadsdeelId && a.GeplaatstOp >= begin && a.GeplaatstOp < einde)
                .Select(a => new { a.Id, a.AuteurId, a.GeplaatstOp, a.Deadline, a.Status, a.EersteReactieOp, a.EersteReactieWerktijd, a.TermijnGehaald })
                .ToListAsync())
            .Select(a => new VraagFeit(a.Id, a.AuteurId, a.GeplaatstOp, a.Deadline, a.Status, a.EersteReactieOp, a.EersteReactieWerktijd, a.TermijnGehaald))
            .ToList());
        var reacties = await Lees(Reacties, async () => (await db.Reacties.AsNoTracking()
                .Where(r => r.Adviesvraag!.Kanaal!.StadsdeelId == stadsdeelId && r.Adviesvraag.GeplaatstOp >= begin && r.Adviesvraag.GeplaatstOp < einde)
                .Select(r => new { r.AdviesvraagId, r.AuteurId, r.AuteurOrganisatieId, r.IsAanbod, r.WerktijdSindsVraag })
                .ToListAsync())
            .Select(r => new ReactieFeit(r.AdviesvraagId, r.AuteurId, r.AuteurOrganisatieId, r.IsAanbod, r.WerktijdSindsVraag))
            .ToList());
        var leden = await Lees(Leden, async () => (await db.Lidmaatschappen.AsNoTracking()
                .Where(l => l.Kanaal!.StadsdeelId == stadsdeelId && l.AfgemeldOp == null && l.Medewerker!.Actief)
                .Select(l => new { l.MedewerkerId, l.Medewerker!.OrganisatieId, Organisatie = l.Medewerker.Organisatie!.Naam, l.Medewerker.Organisatie.Type })
                .ToListAsync())
            .Select(l => new LidFeit(l.MedewerkerId, l.OrganisatieId, l.Organisatie, l.Type))
            .ToList());
        var evaluaties = await Lees(Evaluaties, async () => (await db.Evaluaties.AsNoTracking()
                .Where(e => e.Ondersteuningsplan!.Casus!.StadsdeelId == stadsdeelId && e.Evaluatiedatum >= periode.Van && e.Evaluatiedatum <= periode.Tot)
                .Select(e => new { e.Id, Aanbieder = e.Ondersteuningsplan!.Casus!.Aanbieder != null ? e.Ondersteuningsplan.Casus.Aanbieder.Naam : null, e.Evaluatiedatum, e.GeopendOp, e.AfgerondOp, e.Uitkomst })
                .ToListAsync())
            .Select(e => new EvaluatieFeit(e.Id, e.Aanbieder, e.Evaluatiedatum, e.GeopendOp, e.AfgerondOp, e.Uitkomst))
            .ToList());
        var vanafStroom = begin.AddYears(-2);
        var wissels = await Lees(Wissels, async () => (await db.CasusStapWissels.AsNoTracking()
                .Where(w => w.StadsdeelId == stadsdeelId && w.Op >= vanafStroom && w.Op < einde)
                .Select(w => new { w.CasusId, w.Van, w.Naar, w.Op })
                .ToListAsync())
            .Select(w => new StapWisselFeit(w.CasusId, w.Van, w.Naar, w.Op))
            .ToList());
        var verlengd = await Lees(Verlengd, () => db.Evaluaties.AsNoTracking()
            .Where(e => e.Ondersteuningsplan!.Casus!.StadsdeelId == stadsdeelId && e.Uitkomst == EvaluatieUitkomst.Verlengen
                && e.AfgerondOp >= begin && e.AfgerondOp < einde)
            .Select(e => e.AfgerondOp!.Value)
            .ToListAsync());

        Reken(StatReacties, () => NetwerkStatistiek.Reacties(vragen, reacties, nu, kalender));
        Reken(StatOrganisaties, () => NetwerkStatistiek.Organisaties(vragen, reacties, leden));
        Reken(StatWeken, () => NetwerkStatistiek.Weken(vragen, periode));
        Reken(StatEvaluaties, () => EvaluatieStatistiek.PerAanbieder(evaluaties, WerkdagKalender.DagInAmsterdam(nu)));
        Reken(StatStroom, () => StroomStatistiek.Bereken(wissels, verlengd, periode, 85));
        return (ms, rijen);
    }
}
