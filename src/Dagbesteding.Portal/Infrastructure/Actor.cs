using Dagbesteding.Portal.Domain;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>
/// Who performs an operation, as the server knows it (from the signed-in user, never from client input).
/// Services check rules against this.
/// </summary>
public sealed record Actor(int MedewerkerId, string? GebruikerId, IReadOnlyList<string> Rollen)
{
    /// <summary>No medewerker: for reads whose per-viewer fields must be neutral (a live event's card).</summary>
    public static Actor Niemand { get; } = new(0, null, []);

    /// <summary>The medewerker's organisation, for the audit log.</summary>
    public int? OrganisatieId { get; init; }

    /// <summary>Where the request or circuit comes from (IP, client, session), for the audit log.</summary>
    public Features.Audit.Herkomst? Herkomst { get; init; }

    /// <summary>A page's actor: a view its prerender already logged is not logged again by the circuit.</summary>
    public Features.Audit.PrerenderAudit? Prerender { get; init; }

    public bool HeeftRol(string rol) => Rollen.Contains(rol);

    public bool IsBeheerder => HeeftRol(Domain.Rollen.Beheerder);

    public bool IsNetwerklid => HeeftRol(Domain.Rollen.Netwerklid);
}
