using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Infrastructure;

namespace Dagbesteding.Portal.Features.Audit;

/// <summary>
/// NEN 7513: every access to a casus or adviesvraag is logged (who, what, when). The line is added to the same
/// DbContext as the change, so it is saved in the same transaction; a read saves it on its own.
/// </summary>
public sealed class AuditLog(TimeProvider time)
{
    public const string Adviesvraag = "Adviesvraag";
    public const string Casus = "Casus";
    public const string Kanaal = "Kanaal";
    /// <summary>A person's own choices for meldingen outside the portal (preferences, devices); the id is the medewerker's.</summary>
    public const string Meldinginstellingen = "Meldinginstellingen";

    public void Schrijf(PortalDbContext db, Actor actor, AuditActie actie, string objectSoort, int objectId, string? toelichting = null) =>
        db.AuditRegels.Add(new AuditRegel
        {
            Op = time.GetUtcNow(),
            GebruikerId = actor.GebruikerId,
            MedewerkerId = actor.MedewerkerId,
            Actie = actie,
            ObjectSoort = objectSoort,
            ObjectId = objectId,
            Toelichting = toelichting,
        });
}
