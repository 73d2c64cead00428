using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Features.Netwerk;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Beheer;

public sealed record SluitingsdagRij(int Id, DateOnly Datum, string Omschrijving);

/// <param name="Feestdagen">The statutory holidays of this year and next year, read-only.</param>
/// <param name="Sluitingsdagen">Every closure day set by the Beheerder, in date order.</param>
/// <param name="Vandaag">Today in Amsterdam: the first date a closure day may be added for.</param>
public sealed record SluitingsdagenOverzicht(IReadOnlyList<Feestdag> Feestdagen, IReadOnlyList<SluitingsdagRij> Sluitingsdagen, DateOnly Vandaag);

/// <summary>Either the stored closure day or the Dutch problems per field (nothing stored).</summary>
public sealed record SluitingsdagResultaat(SluitingsdagRij? Sluitingsdag, IReadOnlyList<Invoerfout> Fouten)
{
    public bool Gelukt => Sluitingsdag is not null;
}

/// <summary>
/// Closure days (e.g. Goede Vrijdag) on top of the statutory holidays: they move every reply deadline. The portal
/// serves one gemeente; closure days belong to it. Every change drops the cached working-day calendar.
/// </summary>
public sealed class SluitingsdagService(
    IDbContextFactory<PortalDbContext> dbFactory,
    WerkdagKalenderProvider kalenders,
    TimeProvider timeProvider,
    AuditLog audit,
    IRealtimePublisher publisher,
    ILogger<SluitingsdagService> logger)
{
    public const string GeenBeheerderFout = "Alleen de beheerder kan sluitingsdagen wijzigen.";

    private static readonly WerkdagKalender Wettelijk = new();

    public DateOnly Vandaag => WerkdagKalender.DagInAmsterdam(timeProvider.GetUtcNow());

    public async Task<SluitingsdagenOverzicht> OverzichtAsync(CancellationToken cancellationToken = default)
    {
        var vandaag = Vandaag;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var sluitingsdagen = await db.Sluitingsdagen
            .OrderBy(s => s.Datum)
            .Select(s => new SluitingsdagRij(s.Id, s.Datum, s.Omschrijving))
            .ToListAsync(cancellationToken);
        var feestdagen = Wettelijk.Feestdagen(vandaag.Year).Concat(Wettelijk.Feestdagen(vandaag.Year + 1)).ToList();
        return new SluitingsdagenOverzicht(feestdagen, sluitingsdagen, vandaag);
    }

    public async Task<SluitingsdagResultaat> ToevoegenAsync(Actor actor, DateOnly? datum, string? omschrijving, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!(await Toegangscontext.LeesAsync(db, actor, cancellationToken)).IsBeheerder)
        {
            audit.Weiger(db, actor, AuditActie.Aangemaakt, AuditLog.Sluitingsdag, null);
            await db.SaveChangesAsync(cancellationToken);
            return new SluitingsdagResultaat(null, [new Invoerfout(SluitingsdagRegels.VeldDatum, GeenBeheerderFout)]);
        }
        var gemeenteId = await db.Gemeenten.OrderBy(g => g.Id).Select(g => g.Id).FirstAsync(cancellationToken);
        var bestaande = await db.Sluitingsdagen
            .Where(s => s.GemeenteId == gemeenteId)
            .ToDictionaryAsync(s => s.Datum, s => s.Omschrijving, cancellationToken);
        var fouten = SluitingsdagRegels.Controleer(datum, omschrijving, Vandaag, bestaande);
        if (fouten.Count > 0)
        {
            return new SluitingsdagResultaat(null, fouten);
        }

        var sluitingsdag = new Sluitingsdag
        {
            GemeenteId = gemeenteId,
            Datum = datum!.Value,
            Omschrijving = SluitingsdagRegels.Normaliseer(omschrijving!),
        };
        db.Sluitingsdagen.Add(sluitingsdag);
        try
        {
            // The day gets its id from the insert: the line is written right after, in the same transaction.
            await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            audit.Schrijf(db, actor, AuditActie.Aangemaakt, AuditLog.Sluitingsdag, sluitingsdag.Id, $"Datum {sluitingsdag.Datum:yyyy-MM-dd}");
            await db.SaveChangesAsync(cancellationToken);
            await transactie.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone else added the same date in the meantime; the unique index refused this one.
            return new SluitingsdagResultaat(null,
                [new Invoerfout(SluitingsdagRegels.VeldDatum, $"{SluitingsdagRegels.Weergave(sluitingsdag.Datum)} is al een sluitingsdag.")]);
        }
        VerversKalenders();
        logger.LogInformation("Sluitingsdag {Datum} toegevoegd", sluitingsdag.Datum);
        return new SluitingsdagResultaat(new SluitingsdagRij(sluitingsdag.Id, sluitingsdag.Datum, sluitingsdag.Omschrijving), []);
    }

    /// <summary>This node at once; the other nodes through the relay (before, each followed within ten minutes).</summary>
    private void VerversKalenders()
    {
        kalenders.Invalideer();
        publisher.Publiceer(new SluitingsdagenGewijzigd(timeProvider.GetUtcNow()));
    }

    /// <returns>False when the closure day no longer exists.</returns>
    /// <exception cref="UnauthorizedAccessException">The actor is not a Beheerder (the page is only offered to them).</exception>
    public async Task<bool> VerwijderenAsync(Actor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!(await Toegangscontext.LeesAsync(db, actor, cancellationToken)).IsBeheerder)
        {
            audit.Weiger(db, actor, AuditActie.Verwijderd, AuditLog.Sluitingsdag, id);
            await db.SaveChangesAsync(cancellationToken);
            throw new UnauthorizedAccessException(GeenBeheerderFout);
        }
        var datum = await db.Sluitingsdagen.Where(s => s.Id == id).Select(s => (DateOnly?)s.Datum).FirstOrDefaultAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var verwijderd = await db.Sluitingsdagen.Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
        if (verwijderd > 0)
        {
            audit.Schrijf(db, actor, AuditActie.Verwijderd, AuditLog.Sluitingsdag, id, $"Datum {datum:yyyy-MM-dd}");
            await db.SaveChangesAsync(cancellationToken);
        }
        await transactie.CommitAsync(cancellationToken);
        VerversKalenders();
        if (verwijderd > 0)
        {
            logger.LogInformation("Sluitingsdag {Id} verwijderd", id);
        }
        return verwijderd > 0;
    }
}
