namespace Dagbesteding.Portal.Infrastructure.Sessies;

/// <summary>Settings section "Authentication:Sessie" (documented in appsettings.template.json).</summary>
public sealed class SessieOptions
{
    public const string Section = "Authentication:Sessie";

    /// <summary>
    /// A sign-in ends this many hours after it began, however active the person is (the cookie's sliding 9 hours
    /// cover one working day of use; this stops a forgotten or stolen session from living on for days).
    /// </summary>
    public double MaxDuurUren { get; set; } = 12;

    /// <summary>
    /// How often an open page (Blazor circuit) and a hub connection check that their session, account and
    /// organisation are still valid and their roles unchanged. HTTP requests check on every request.
    /// </summary>
    public double HercontroleSeconden { get; set; } = 60;

    public TimeSpan MaxDuur => TimeSpan.FromHours(MaxDuurUren);

    public TimeSpan Hercontrole => TimeSpan.FromSeconds(HercontroleSeconden);
}
