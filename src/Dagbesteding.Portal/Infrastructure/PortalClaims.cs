namespace Dagbesteding.Portal.Infrastructure;

/// <summary>Claims the portal adds to the sign-in cookie on top of Identity's own.</summary>
public static class PortalClaims
{
    /// <summary>The id of the server-side session (<see cref="Data.PortalSessie"/>) this cookie belongs to.</summary>
    public const string Sessie = "dagbesteding:sessie";
}
