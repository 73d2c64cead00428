namespace Dagbesteding.Portal.Domain.Organisaties;

public enum OrganisatieType
{
    Buurtteamorganisatie = 1,
    Aanbieder = 2,
    Wpi = 3,
    Gemeente = 4,
    // Known so that they can be refused: behandelaars and huisartsen never join the network.
    Behandelaar = 5,
    Huisartsenpraktijk = 6,
}

public static class OrganisatieTypeExtensions
{
    /// <summary>Werkproces §IV: the channel is for buurtteam, aanbieders and WPI; never behandelaars or huisartsen.</summary>
    public static bool MagInNetwerk(this OrganisatieType type) =>
        type is OrganisatieType.Buurtteamorganisatie or OrganisatieType.Aanbieder or OrganisatieType.Wpi or OrganisatieType.Gemeente;

    public static string Weergave(this OrganisatieType type) => type switch
    {
        OrganisatieType.Buurtteamorganisatie => "Buurtteamorganisatie",
        OrganisatieType.Aanbieder => "Aanbieder",
        OrganisatieType.Wpi => "WPI",
        OrganisatieType.Gemeente => "Gemeente",
        OrganisatieType.Behandelaar => "Behandelaar",
        OrganisatieType.Huisartsenpraktijk => "Huisartsenpraktijk",
        _ => type.ToString(),
    };
}
