using Dagbesteding.Portal.Domain;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>
/// Settings section "Authentication:TweeStaps" (documented in appsettings.template.json). Two-factor sign-in with an
/// authenticator app is open to everyone; for the roles in <see cref="VerplichtVoor"/> it is required after a password.
/// </summary>
public sealed class TweeStapsOptions
{
    public const string Section = "Authentication:TweeStaps";

    /// <summary>The name the authenticator app shows next to the code.</summary>
    public string Uitgever { get; set; } = "Dagbesteding Portal";

    /// <summary>
    /// Roles, separated by commas, that must sign in with a second step after their password. A string rather than a
    /// list, so an environment can switch it off with an empty value (a configuration list cannot be emptied).
    /// OpenID Connect sign-ins rely on the identity provider's own second factor.
    /// </summary>
    public string VerplichtVoor { get; set; } = $"{Rollen.Beheerder},{Rollen.Netwerkmanager}";

    public IReadOnlyList<string> VerplichteRollen =>
        VerplichtVoor.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public bool IsVerplicht(IEnumerable<string> rollen) =>
        rollen.Any(rol => VerplichteRollen.Contains(rol, StringComparer.OrdinalIgnoreCase));
}
