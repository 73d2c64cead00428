using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Features.Beheer.Medewerkers;

/// <param name="MagBeheren">The viewer may change this person (the same rule the service enforces).</param>
/// <param name="HeeftWachtwoord">False: the person has not used their link yet, or signs in through OpenID Connect only.</param>
public sealed record MedewerkerRij(
    int Id,
    string Naam,
    string Email,
    int OrganisatieId,
    string Organisatie,
    Functie Functie,
    IReadOnlyList<string> Rollen,
    bool Actief,
    bool HeeftWachtwoord,
    bool MagBeheren);

public sealed record OrganisatieKeuze(int Id, string Naam, OrganisatieType Type);

/// <param name="TeGevenRollen">The roles the viewer may hand out (a netwerkmanager: not Beheerder or Netwerkmanager).</param>
public sealed record MedewerkersOverzicht(
    IReadOnlyList<MedewerkerRij> Medewerkers,
    IReadOnlyList<OrganisatieKeuze> Organisaties,
    IReadOnlyList<string> TeGevenRollen,
    bool IsBeheerder,
    int EigenMedewerkerId);

/// <summary>The form of a new person; kept by the page when the service refuses it.</summary>
public sealed class NieuweMedewerker
{
    public string Naam { get; set; } = "";
    public string Email { get; set; } = "";
    public int OrganisatieId { get; set; }
    public Functie Functie { get; set; } = Functie.Buurtteammedewerker;
    public IReadOnlyCollection<string> Rollen { get; set; } = [];
    /// <summary>No password: the person signs in through OpenID Connect only (matched by e-mail), no link is made.</summary>
    public bool AlleenOpenIdConnect { get; set; }
}

/// <summary>
/// The one-time link for setting a password, shown once to whoever made it (and e-mailed when e-mail is set up).
/// Null <see cref="Link"/> for an OpenID Connect-only account.
/// </summary>
public sealed record Uitnodiging(int MedewerkerId, string Naam, string? Link, DateTimeOffset? GeldigTot, bool PerEmailVerstuurd);
