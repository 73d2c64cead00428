using Dagbesteding.Portal.Domain.Netwerk;

namespace Dagbesteding.Portal.Domain.Organisaties;

/// <summary>What an organisation of the network must hold before the Beheerder can store it.</summary>
public static class OrganisatieRegels
{
    public const string VeldNaam = "naam";
    public const string VeldType = "type";
    public const string VeldStadsdeel = "stadsdeel";
    public const string VeldWebsite = "website";
    public const int MaxNaam = 200;

    /// <summary>The types the Beheerder can add: the network's own (behandelaars and huisartsen never join).</summary>
    public static readonly IReadOnlyList<OrganisatieType> Soorten =
        [OrganisatieType.Buurtteamorganisatie, OrganisatieType.Aanbieder, OrganisatieType.Wpi, OrganisatieType.Gemeente];

    /// <summary>Names compare without case and surrounding spaces: "De Houtloods " is the same organisation.</summary>
    public static string Sleutel(string naam) => naam.Trim().ToLowerInvariant();

    /// <param name="andereNamen">The <see cref="Sleutel"/> of every other organisation's name (also ended ones: the name stays taken).</param>
    public static IReadOnlyList<Invoerfout> Controleer(string? naam, OrganisatieType? type, int? stadsdeelId, string? website,
        IReadOnlySet<int> stadsdelen, IReadOnlySet<string> andereNamen)
    {
        ArgumentNullException.ThrowIfNull(andereNamen);
        var fouten = new List<Invoerfout>();
        var schoon = naam?.Trim() ?? "";
        if (schoon.Length < 2)
        {
            fouten.Add(new Invoerfout(VeldNaam, "Vul de naam van de organisatie in."));
        }
        else if (schoon.Length > MaxNaam)
        {
            fouten.Add(new Invoerfout(VeldNaam, $"De naam is te lang (hoogstens {MaxNaam} tekens)."));
        }
        else if (Invoer.Invoertekst.Fout(schoon, "De naam") is { } tekenFout)
        {
            fouten.Add(new Invoerfout(VeldNaam, tekenFout));
        }
        else if (andereNamen.Contains(Sleutel(schoon)))
        {
            fouten.Add(new Invoerfout(VeldNaam, $"Er is al een organisatie met de naam ‘{schoon}’."));
        }
        if (type is not { } soort || !Soorten.Contains(soort))
        {
            fouten.Add(new Invoerfout(VeldType, "Kies de soort organisatie."));
        }
        else if (soort == OrganisatieType.Buurtteamorganisatie && (stadsdeelId is not { } s || !stadsdelen.Contains(s)))
        {
            fouten.Add(new Invoerfout(VeldStadsdeel, "Een buurtteamorganisatie werkt in één stadsdeel: kies het stadsdeel."));
        }
        if (!string.IsNullOrWhiteSpace(website) && !LocatieRegels.IsHttpsUrl(website.Trim()))
        {
            fouten.Add(new Invoerfout(VeldWebsite, "Vul een volledige websitelink in die begint met https://."));
        }
        return fouten;
    }
}
