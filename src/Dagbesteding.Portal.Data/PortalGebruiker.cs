using Dagbesteding.Portal.Domain.Organisaties;
using Microsoft.AspNetCore.Identity;

namespace Dagbesteding.Portal.Data;

/// <summary>The login account. Everything the network knows about the person is on <see cref="Medewerker"/>.</summary>
public class PortalGebruiker : IdentityUser
{
    public int? MedewerkerId { get; set; }
    public Medewerker? Medewerker { get; set; }
}
