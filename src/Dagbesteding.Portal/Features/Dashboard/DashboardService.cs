using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Dashboard;

public sealed record LedenPerType(OrganisatieType Type, int Aantal);

public sealed record DashboardCijfers(IReadOnlyList<LedenPerType> Leden, int OpenAdviesvragen, int Casussen, int Spoed);

public sealed record TermijnMaand(DateOnly Maand, int Gehaald, int NietGehaald);

/// <summary>Rule compliance of the channel: was the first reply within two working days? (stored at the first reply)</summary>
public sealed record Reactietermijnen(IReadOnlyList<TermijnMaand> PerMaand, double? MediaanWerkuren)
{
    public int Gehaald => PerMaand.Sum(m => m.Gehaald);
    public int NietGehaald => PerMaand.Sum(m => m.NietGehaald);
}

public sealed class DashboardService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time)
{
    public const int Maanden = 6;

    /// <summary>The last six months per month: questions whose first reply came in time, and those that did not (late or never).</summary>
    public async Task<Reactietermijnen> ReactietermijnenAsync(int stadsdeelId, CancellationToken cancellationToken = default)
    {
        var vandaag = TimeZoneInfo.ConvertTime(time.GetUtcNow(), Domain.Werkdagen.WerkdagKalender.Tijdzone);
        var eerste = new DateOnly(vandaag.Year, vandaag.Month, 1).AddMonths(-(Maanden - 1));
        var vanaf = new DateTimeOffset(eerste.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var vragen = await db.Adviesvragen
            .Where(a => a.Kanaal!.StadsdeelId == stadsdeelId && a.GeplaatstOp >= vanaf
                && (a.TermijnGehaald != null || a.Status == Domain.Netwerk.AdviesvraagStatus.Verlopen))
            .Select(a => new { a.GeplaatstOp, a.TermijnGehaald, a.EersteReactieWerktijd })
            .ToListAsync(cancellationToken);
        var perMaand = Enumerable.Range(0, Maanden).Select(i => eerste.AddMonths(i)).Select(maand =>
        {
            var inMaand = vragen.Where(v => TimeZoneInfo.ConvertTime(v.GeplaatstOp, Domain.Werkdagen.WerkdagKalender.Tijdzone) is var lokaal
                && lokaal.Year == maand.Year && lokaal.Month == maand.Month).ToList();
            return new TermijnMaand(maand, inMaand.Count(v => v.TermijnGehaald == true), inMaand.Count(v => v.TermijnGehaald != true));
        }).ToList();
        var uren = vragen.Where(v => v.EersteReactieWerktijd is not null).Select(v => v.EersteReactieWerktijd!.Value.TotalHours).Order().ToList();
        return new Reactietermijnen(perMaand, uren.Count == 0 ? null : uren[uren.Count / 2]);
    }

    public async Task<DashboardCijfers> CijfersAsync(int stadsdeelId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var leden = await db.Lidmaatschappen
            .Where(l => l.Kanaal!.StadsdeelId == stadsdeelId && l.AfgemeldOp == null)
            .GroupBy(l => l.Medewerker!.Organisatie!.Type)
            .Select(g => new LedenPerType(g.Key, g.Count()))
            .ToListAsync(cancellationToken);
        var open = await db.Adviesvragen.CountAsync(a => a.Kanaal!.StadsdeelId == stadsdeelId
            && (a.Status == Domain.Netwerk.AdviesvraagStatus.Open || a.Status == Domain.Netwerk.AdviesvraagStatus.Beantwoord), cancellationToken);
        var casussen = await db.Casussen.CountAsync(c => c.StadsdeelId == stadsdeelId && c.Stap != Domain.Casussen.WerkprocesStap.Gestopt, cancellationToken);
        var spoed = await db.Casussen.CountAsync(c => c.StadsdeelId == stadsdeelId && c.Spoed && c.Stap != Domain.Casussen.WerkprocesStap.Gestopt, cancellationToken);
        return new DashboardCijfers(leden.OrderBy(l => l.Type).ToList(), open, casussen, spoed);
    }
}
