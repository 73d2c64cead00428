namespace Dagbesteding.Portal.Domain.Organisaties;

/// <summary>What the Beheerder fills in for an organisation; checked by <see cref="OrganisatieRegels"/>.</summary>
public sealed class OrganisatieGegevens
{
    public string Naam { get; set; } = "";
    public OrganisatieType? Type { get; set; }
    /// <summary>A buurtteamorganisatie's own stadsdeel.</summary>
    public int? StadsdeelId { get; set; }
    /// <summary>For the other types: where the organisation is active.</summary>
    public HashSet<int> ActieveStadsdeelIds { get; set; } = [];
    public string? Website { get; set; }
}
