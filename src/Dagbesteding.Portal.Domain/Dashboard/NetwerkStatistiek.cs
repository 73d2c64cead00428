using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Domain.Werkdagen;

namespace Dagbesteding.Portal.Domain.Dashboard;

/// <summary>One adviesvraag as the dashboard needs it: only stored moments, never its text.</summary>
public sealed record VraagFeit(
    int Id, int AuteurId, DateTimeOffset GeplaatstOp, DateTimeOffset Deadline, AdviesvraagStatus Status,
    DateTimeOffset? EersteReactieOp, TimeSpan? EersteReactieWerktijd, bool? TermijnGehaald);

/// <summary>One reply: who (organisation), whether an offer, and its stored working time since the question.</summary>
public sealed record ReactieFeit(int AdviesvraagId, int AuteurId, int? OrganisatieId, bool IsAanbod, TimeSpan? WerktijdSindsVraag);

/// <summary>An active member of the channel and its organisation.</summary>
public sealed record LidFeit(int MedewerkerId, int OrganisatieId, string Organisatie, OrganisatieType Type);

public sealed record OpenVraag(int Id, DateTimeOffset Deadline, double WerkurenTotDeadline);

/// <summary>
/// Response times of a stadsdeel channel in a period. A question has one outcome: <see cref="OpTijd"/> (first
/// reply by someone else within two working days), <see cref="TeLaat"/> (first reply after the deadline),
/// <see cref="VerlopenZonderReactie"/>, or still <see cref="Open"/>. The percentage on time is over the questions
/// with an outcome (not the open ones).
/// </summary>
public sealed record ReactieCijfers(
    int Geplaatst, int OpTijd, int TeLaat, int VerlopenZonderReactie, int Open,
    double? PercentageOpTijd, double? MediaanUren, double? P90Uren, double? ReactiesPerVraag,
    IReadOnlyList<OpenVraag> OpenVragen);

public sealed record OrganisatieCijfers(
    int OrganisatieId, string Organisatie, OrganisatieType Type, int Leden, int VragenBeantwoord, double? MediaanUren,
    int Aanbiedingen, int LedenZonderReactie);

public sealed record WeekCijfers(DateOnly Maandag, int Geplaatst, double? PercentageOpTijd, double? MediaanUren);

/// <summary>
/// The figures of the netwerkmanager dashboard as pure functions of stored facts: the page and the export both
/// call these, so they cannot disagree. Times are working hours (whole working days of 24 hours, as the
/// werkproces's "2 werkdagen"); percentiles are nearest-rank.
/// </summary>
public static class NetwerkStatistiek
{
    public static ReactieCijfers Reacties(IReadOnlyList<VraagFeit> vragen, IReadOnlyList<ReactieFeit> reacties, DateTimeOffset nu, WerkdagKalender kalender)
    {
        var opTijd = vragen.Count(v => v.TermijnGehaald == true);
        var teLaat = vragen.Count(v => v.TermijnGehaald == false);
        var verlopen = vragen.Count(v => v.EersteReactieOp is null && v.Status == AdviesvraagStatus.Verlopen);
        var open = vragen.Where(v => v.EersteReactieOp is null && v.Status is AdviesvraagStatus.Open).ToList();
        var metUitkomst = opTijd + teLaat + verlopen;
        var uren = vragen.Where(v => v.EersteReactieWerktijd is not null).Select(v => v.EersteReactieWerktijd!.Value.TotalHours).ToList();
        var auteurs = vragen.ToDictionary(v => v.Id, v => v.AuteurId);
        var vanAnderen = reacties.Count(r => auteurs.TryGetValue(r.AdviesvraagId, out var auteur) && auteur != r.AuteurId);
        return new ReactieCijfers(
            vragen.Count, opTijd, teLaat, verlopen, open.Count,
            metUitkomst == 0 ? null : Math.Round(100.0 * opTijd / metUitkomst, 1),
            Percentiel(uren, 0.5), Percentiel(uren, 0.9),
            vragen.Count == 0 ? null : Math.Round((double)vanAnderen / vragen.Count, 2),
            open.OrderBy(v => v.Deadline)
                .Select(v => new OpenVraag(v.Id, v.Deadline, v.Deadline <= nu ? 0 : Math.Round(kalender.Werktijd(nu, v.Deadline).TotalHours, 1)))
                .ToList());
    }

    /// <summary>Per organisation: the questions it answered, its own first reply per question, its offers, its silent members.</summary>
    public static IReadOnlyList<OrganisatieCijfers> Organisaties(IReadOnlyList<VraagFeit> vragen, IReadOnlyList<ReactieFeit> reacties, IReadOnlyList<LidFeit> leden)
    {
        var auteurs = vragen.ToDictionary(v => v.Id, v => v.AuteurId);
        var vanAnderen = reacties.Where(r => r.OrganisatieId is not null && auteurs.TryGetValue(r.AdviesvraagId, out var a) && a != r.AuteurId).ToList();
        var reageerders = vanAnderen.Select(r => r.AuteurId).ToHashSet();
        var organisaties = leden.GroupBy(l => l.OrganisatieId).ToDictionary(g => g.Key, g => g.First());
        return organisaties.Values
            .Select(o =>
            {
                var eigen = vanAnderen.Where(r => r.OrganisatieId == o.OrganisatieId).ToList();
                var eersteReactie = eigen.Where(r => r.WerktijdSindsVraag is not null)
                    .GroupBy(r => r.AdviesvraagId).Select(g => g.Min(r => r.WerktijdSindsVraag!.Value).TotalHours).ToList();
                var ledenVan = leden.Where(l => l.OrganisatieId == o.OrganisatieId).Select(l => l.MedewerkerId).Distinct().ToList();
                return new OrganisatieCijfers(o.OrganisatieId, o.Organisatie, o.Type, ledenVan.Count,
                    eigen.Select(r => r.AdviesvraagId).Distinct().Count(), Percentiel(eersteReactie, 0.5),
                    eigen.Count(r => r.IsAanbod), ledenVan.Count(m => !reageerders.Contains(m)));
            })
            .OrderByDescending(o => o.VragenBeantwoord).ThenBy(o => o.Organisatie, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Per week (Monday in Amsterdam) of the period: questions posted, % on time, median first reply.</summary>
    public static IReadOnlyList<WeekCijfers> Weken(IReadOnlyList<VraagFeit> vragen, DashboardPeriode periode) =>
        periode.Weken().Select(maandag =>
        {
            var inWeek = vragen.Where(v => WerkdagKalender.DagInAmsterdam(v.GeplaatstOp) is var dag && dag >= maandag && dag < maandag.AddDays(7)).ToList();
            var opTijd = inWeek.Count(v => v.TermijnGehaald == true);
            var metUitkomst = opTijd + inWeek.Count(v => v.TermijnGehaald == false || (v.EersteReactieOp is null && v.Status == AdviesvraagStatus.Verlopen));
            return new WeekCijfers(maandag, inWeek.Count, metUitkomst == 0 ? null : Math.Round(100.0 * opTijd / metUitkomst, 1),
                Percentiel(inWeek.Where(v => v.EersteReactieWerktijd is not null).Select(v => v.EersteReactieWerktijd!.Value.TotalHours).ToList(), 0.5));
        }).ToList();

    /// <summary>Nearest-rank percentile (the smallest value with at least p of the values at or below it), rounded to 0.1 hour.</summary>
    public static double? Percentiel(IReadOnlyCollection<double> waarden, double p)
    {
        if (waarden.Count == 0)
        {
            return null;
        }
        var gesorteerd = waarden.Order().ToList();
        var rang = (int)Math.Ceiling(p * gesorteerd.Count);
        return Math.Round(gesorteerd[Math.Clamp(rang, 1, gesorteerd.Count) - 1], 1);
    }
}
