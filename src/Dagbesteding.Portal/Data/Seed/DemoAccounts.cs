using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Data.Seed;

/// <summary>The demo accounts of the README. All use <see cref="DemoDataOptions.Wachtwoord"/>. Names are invented.</summary>
public static class DemoAccounts
{
    public sealed record Account(string Email, string Naam, Functie Functie, string Stadsdeel, OrganisatieType OrganisatieType, string[] Rollen);

    public static readonly IReadOnlyList<Account> Alle =
    [
        new("beheerder@example.org", "Bram Beheer", Functie.Functioneelbeheerder, "Centrum", OrganisatieType.Gemeente, [Rollen.Beheerder]),
        new("netwerkmanager.west@example.org", "Naima Netwerk", Functie.Netwerkmanager, "West", OrganisatieType.Buurtteamorganisatie, [Rollen.Netwerkmanager]),
        new("regievoerder.west@example.org", "Ruben Regie", Functie.Buurtteammedewerker, "West", OrganisatieType.Buurtteamorganisatie, [Rollen.Regievoerder, Rollen.Netwerklid]),
        new("aanbieder.west@example.org", "Anouk Aanbod", Functie.AanbiederContactpersoon, "West", OrganisatieType.Aanbieder, [Rollen.Netwerklid]),
        new("wpi.west@example.org", "Wessel Werk", Functie.Inkomensconsulent, "West", OrganisatieType.Wpi, [Rollen.Netwerklid]),
        new("regievoerder.oost@example.org", "Olga Oost", Functie.Buurtteammedewerker, "Oost", OrganisatieType.Buurtteamorganisatie, [Rollen.Regievoerder, Rollen.Netwerklid]),
    ];
}
