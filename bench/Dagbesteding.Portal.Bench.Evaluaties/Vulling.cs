using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Domain.Werkdagen;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Bench.Evaluaties;

/// <summary>
/// The benchmark's data: N casussen in Leveren inzet, each with an akkoord plan (toestemming and consultation set) and
/// its planned evaluation exactly as the planner makes it. The evaluatiedata are spread evenly over twelve months that
/// begin just past six weeks from today, so every start is still ahead (nothing is due in scenarios a–c, as in a portal
/// whose openings all ran) and about 14/365 of the evaluations start within the job horizon.
/// </summary>
internal static class Vulling
{
    /// <summary>Tuesday 2 March 2027, a working day.</summary>
    public static readonly DateOnly Vandaag = new(2027, 3, 2);

    /// <summary>05:00 in Amsterdam (CET, UTC+1): before today's 07:00 opening moment.</summary>
    public static readonly DateTimeOffset Nacht = new(2027, 3, 2, 4, 0, 0, TimeSpan.Zero);

    /// <summary>07:00:30 in Amsterdam: half a minute after today's opening moment.</summary>
    public static readonly DateTimeOffset NaOpenen = new(2027, 3, 2, 6, 0, 30, TimeSpan.Zero);

    public const string KenmerkVoorvoegsel = "EVB-";

    /// <summary>Fills N casussen; returns their ids in insert order (stadsdelen, regievoerders and aanbieders round-robin and random).</summary>
    public static async Task<List<int>> VulAsync(BenchNode node, int aantal)
    {
        var kalender = new WerkdagKalender();
        await using var db = await node.DbAsync();
        var buurtteams = await db.Organisaties.Where(o => o.Type == OrganisatieType.Buurtteamorganisatie && o.StadsdeelId != null)
            .Select(o => new { o.Id, StadsdeelId = o.StadsdeelId!.Value }).ToListAsync();
        var regievoerders = await db.Medewerkers
            .Where(m => m.Actief && m.Functie == Functie.Buurtteammedewerker && m.Organisatie!.Type == OrganisatieType.Buurtteamorganisatie)
            .Select(m => new { m.Id, m.Organisatie!.StadsdeelId }).ToListAsync();
        var locaties = await db.Locaties.Where(l => l.Organisatie!.Type == OrganisatieType.Aanbieder)
            .Select(l => new { l.Id, l.OrganisatieId, l.StadsdeelId }).ToListAsync();
        var perStadsdeel = buurtteams.Select(b => new
        {
            b.StadsdeelId,
            Buurtteam = b.Id,
            Regievoerders = regievoerders.Where(r => r.StadsdeelId == b.StadsdeelId).Select(r => r.Id).ToArray(),
            Locaties = locaties.Where(l => l.StadsdeelId == b.StadsdeelId).ToArray(),
        }).Where(s => s.Regievoerders.Length > 0 && s.Locaties.Length > 0).ToArray();

        var random = new Random(2027);
        var nu = Nacht;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var batch = new List<Casus>();
        var ids = new List<int>(aantal);
        for (var i = 0; i < aantal; i++)
        {
            var stadsdeel = perStadsdeel[i % perStadsdeel.Length];
            var locatie = stadsdeel.Locaties[random.Next(stadsdeel.Locaties.Length)];
            var perceel = (Perceel)random.Next(1, 4);
            // Spread over the days 43 … 407 from today: every start (six weeks before) lies 1 … 365 days ahead.
            var evaluatiedatum = Vandaag.AddDays(43 + (int)((long)i * 365 / aantal));
            var startdatum = evaluatiedatum.AddYears(-1) is var s && s < Vandaag ? s : Vandaag.AddDays(-1);
            var aangemaakt = nu.AddDays(-(Vandaag.DayNumber - startdatum.DayNumber) - random.Next(30, 90));
            var casus = new Casus
            {
                StadsdeelId = stadsdeel.StadsdeelId,
                Kenmerk = $"{KenmerkVoorvoegsel}{i:D6}",
                Stap = WerkprocesStap.LeverenInzet,
                InStapSinds = nu.AddDays(-random.Next(1, 300)),
                AangemaaktOp = aangemaakt,
                RegievoerderId = stadsdeel.Regievoerders[random.Next(stadsdeel.Regievoerders.Length)],
                AanbiederId = locatie.OrganisatieId,
                AangemaaktDoorOrganisatieId = stadsdeel.Buurtteam,
                Perceel = perceel,
                Spoed = random.NextDouble() < 0.05,
                Ondersteuningsplan = new Ondersteuningsplan
                {
                    Perceel = perceel,
                    AanbiederId = locatie.OrganisatieId,
                    LocatieId = locatie.Id,
                    Startdatum = startdatum,
                    Evaluatiedatum = evaluatiedatum,
                    Status = PlanStatus.Akkoord,
                    ToestemmingGegevenOp = aangemaakt.AddDays(5),
                    AanbiederGeraadpleegdOp = aangemaakt.AddDays(10),
                    AkkoordOp = aangemaakt.AddDays(20),
                    Evaluaties =
                    [
                        new Evaluatie { Evaluatiedatum = evaluatiedatum, StartOp = EvaluatieRegels.Startdag(evaluatiedatum, kalender) },
                    ],
                },
            };
            batch.Add(casus);
            if (batch.Count == 2000 || i == aantal - 1)
            {
                db.Casussen.AddRange(batch);
                await db.SaveChangesAsync();
                ids.AddRange(batch.Select(c => c.Id));
                db.ChangeTracker.Clear();
                batch.Clear();
            }
        }
        return ids;
    }

    /// <summary>Scenario d: these casussen's evaluations start today (evaluatiedatum six weeks from today), not yet opened.</summary>
    public static async Task ZetStartVandaagAsync(BenchNode node, IReadOnlyList<int> casusIds)
    {
        var datum = Vandaag.AddDays(7 * Evaluatie.WekenVooraf);
        if (EvaluatieRegels.Startdag(datum, new WerkdagKalender()) != Vandaag)
        {
            throw new InvalidOperationException($"Startdag van {datum} is niet {Vandaag}.");
        }
        await using var db = await node.DbAsync();
        await db.Ondersteuningsplannen.Where(p => casusIds.Contains(p.CasusId))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Evaluatiedatum, datum));
        await db.Evaluaties.Where(e => casusIds.Contains(e.Ondersteuningsplan!.CasusId) && e.AfgerondOp == null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Evaluatiedatum, datum).SetProperty(e => e.StartOp, Vandaag));
    }

    /// <summary>Undoes one opening round of scenario d, so the next round opens the same 1,000 again.</summary>
    public static async Task ZetTerugAsync(BenchNode node, IReadOnlyList<int> casusIds)
    {
        var links = casusIds.Select(id => $"/casussen/{id}").ToList();
        await using var db = await node.DbAsync();
        await db.CasusGebeurtenissen.Where(g => casusIds.Contains(g.CasusId) && g.Omschrijving.StartsWith("Evaluatie gestart")).ExecuteDeleteAsync();
        await db.Meldingen.Where(m => m.Link != null && links.Contains(m.Link)).ExecuteDeleteAsync();
        await db.Evaluaties.Where(e => casusIds.Contains(e.Ondersteuningsplan!.CasusId) && e.AfgerondOp == null)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.GeopendOp, (DateTimeOffset?)null).SetProperty(e => e.JobId, (string?)null).SetProperty(e => e.JobVoor, (DateTimeOffset?)null));
        await db.Casussen.Where(c => casusIds.Contains(c.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Stap, WerkprocesStap.LeverenInzet).SetProperty(c => c.Versie, Guid.NewGuid()));
    }

    /// <summary>Scenario c: every planned evaluation row is gone (as after an upgrade that introduced them).</summary>
    public static async Task<int> VerwijderGeplandeAsync(BenchNode node)
    {
        await using var db = await node.DbAsync();
        return await db.Evaluaties.Where(e => e.GeopendOp == null && e.AfgerondOp == null).ExecuteDeleteAsync();
    }

    public static async Task<int> GeplandeAsync(BenchNode node)
    {
        await using var db = await node.DbAsync();
        return await db.Evaluaties.CountAsync(e => e.GeopendOp == null && e.AfgerondOp == null);
    }
}

/// <summary>What the database says after scenario d: every one of the casussen opened exactly once, nothing else.</summary>
internal sealed record OpeningControle(int Casussen, int Geopend, int InEvalueren, int GestartRegelsGoed, int GestartRegelsTotaal,
    int RegievoerderMeldingGoed, int RegievoerderMeldingTotaal, int DubbeleMeldingen, int AndereGeopend)
{
    public int Gemist => Casussen - Math.Min(Geopend, Math.Min(GestartRegelsGoed, RegievoerderMeldingGoed));
    public int Dubbel => (GestartRegelsTotaal - GestartRegelsGoed) + (RegievoerderMeldingTotaal - RegievoerderMeldingGoed) + DubbeleMeldingen + AndereGeopend;
    public bool Klopt => Geopend == Casussen && InEvalueren == Casussen && GestartRegelsGoed == Casussen && GestartRegelsTotaal == Casussen
        && RegievoerderMeldingGoed == Casussen && RegievoerderMeldingTotaal == Casussen && DubbeleMeldingen == 0 && AndereGeopend == 0;

    public override string ToString() =>
        $"{Geopend}/{Casussen} open, {InEvalueren} in Evalueren, 'Evaluatie gestart' {GestartRegelsGoed} casussen with one line ({GestartRegelsTotaal} lines), " +
        $"regievoerder meldingen {RegievoerderMeldingGoed} with one ({RegievoerderMeldingTotaal} in all), {DubbeleMeldingen} duplicate meldingen, {AndereGeopend} others opened";

    public static async Task<int> GeopendTotaalAsync(BenchNode node)
    {
        await using var db = await node.DbAsync();
        return await db.Evaluaties.CountAsync(e => e.GeopendOp != null);
    }

    public static async Task<OpeningControle> LeesAsync(BenchNode node, IReadOnlyList<int> casusIds, int geopendVoor)
    {
        await using var db = await node.DbAsync();
        var geopend = await db.Evaluaties.CountAsync(e => casusIds.Contains(e.Ondersteuningsplan!.CasusId) && e.AfgerondOp == null && e.GeopendOp != null);
        var inEvalueren = await db.Casussen.CountAsync(c => casusIds.Contains(c.Id) && c.Stap == WerkprocesStap.Evalueren);
        var regels = await db.CasusGebeurtenissen.Where(g => casusIds.Contains(g.CasusId) && g.Omschrijving.StartsWith("Evaluatie gestart"))
            .GroupBy(g => g.CasusId).Select(g => g.Count()).ToListAsync();
        var regievoerders = await db.Casussen.Where(c => casusIds.Contains(c.Id)).ToDictionaryAsync(c => $"/casussen/{c.Id}", c => c.RegievoerderId);
        var links = regievoerders.Keys.ToList();
        var meldingen = await db.Meldingen.Where(m => m.Link != null && links.Contains(m.Link) && m.Tekst.Contains("is gestart"))
            .Select(m => new { m.Link, m.MedewerkerId }).ToListAsync();
        var naarRegievoerder = meldingen.Where(m => regievoerders[m.Link!] == m.MedewerkerId).GroupBy(m => m.Link).Select(g => g.Count()).ToList();
        var dubbel = meldingen.GroupBy(m => (m.Link, m.MedewerkerId)).Sum(g => g.Count() - 1);
        var totaal = await db.Evaluaties.CountAsync(e => e.GeopendOp != null);
        return new OpeningControle(casusIds.Count, geopend, inEvalueren, regels.Count(n => n == 1), regels.Sum(),
            naarRegievoerder.Count(n => n == 1), naarRegievoerder.Sum(), dubbel, totaal - geopendVoor - geopend);
    }
}
