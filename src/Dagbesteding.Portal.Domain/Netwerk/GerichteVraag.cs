namespace Dagbesteding.Portal.Domain.Netwerk;

/// <summary>
/// Who sees a question (werkproces §IV.1, "Concrete vraag aan een specifieke aanbieder stellen"): a question to the
/// channel is for every member; a gerichte vraag only for its asker and the members of the aanbieder it was put to.
/// One rule for the database reads, the live updates and the pages.
/// </summary>
public static class GerichteVraag
{
    public const string GeenLedenInKanaal = "Deze aanbieder heeft geen leden in het netwerkkanaal van dit stadsdeel. Stel de vraag aan het hele kanaal.";
    public const string GeenAanbieder = "Een gerichte vraag gaat aan een actieve aanbieder. Kies een aanbieder uit de lijst.";

    public static bool IsZichtbaar(int? gerichtAanOrganisatieId, int vragerId, int kijkerId, int? kijkerOrganisatieId) =>
        gerichtAanOrganisatieId is null || vragerId == kijkerId || gerichtAanOrganisatieId == kijkerOrganisatieId;
}
