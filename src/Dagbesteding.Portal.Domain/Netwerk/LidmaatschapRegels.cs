using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Domain.Netwerk;

/// <summary>What the rules need to know about someone who would join a stadsdeel channel.</summary>
/// <param name="LocatieStadsdeelIds">The stadsdelen where the medewerker's organisation has a locatie (aanbieders).</param>
public sealed record Kandidaat(
    string Naam,
    bool Actief,
    Functie Functie,
    OrganisatieType OrganisatieType,
    bool OrganisatieActief,
    int? OrganisatieStadsdeelId,
    IReadOnlyCollection<int> LocatieStadsdeelIds);

/// <summary>Yes, or no with a Dutch reason that can be shown to the user as it is.</summary>
public sealed record Beslissing(bool Toegestaan, string? Reden)
{
    public static Beslissing Ja { get; } = new(true, null);

    public static Beslissing Nee(string reden) => new(false, reden);
}

/// <summary>
/// The membership rules of the stadsdeel channel (werkproces Dagbesteding, "Spelregels van de appgroep" and
/// "Wie moet er mee doen aan de appgroep"), without a database so they can be tested on their own.
/// </summary>
public static class LidmaatschapRegels
{
    public const int AfmeldRedenMinimaal = 5;
    public const int AfmeldRedenMaximaal = 300;

    /// <summary>The werkproces sentence that keeps referrers out; quoted in the refusal.</summary>
    public const string WerkprocesGeenToeleiders =
        "Volgens het werkproces Dagbesteding (\"Wie moet er mee doen aan de appgroep?\") doen toeleiders zoals behandelaars en huisartsen niet mee aan het netwerkkanaal.";

    /// <summary>May <paramref name="kandidaat"/> join the channel of the stadsdeel?</summary>
    public static Beslissing MagLidWorden(Kandidaat kandidaat, int stadsdeelId, string stadsdeelNaam, bool isAlLid)
    {
        ArgumentNullException.ThrowIfNull(kandidaat);
        var naam = kandidaat.Naam;
        if (kandidaat.OrganisatieType is OrganisatieType.Behandelaar or OrganisatieType.Huisartsenpraktijk
            || !kandidaat.OrganisatieType.MagInNetwerk())
        {
            var soort = kandidaat.OrganisatieType == OrganisatieType.Huisartsenpraktijk ? "een huisartsenpraktijk" : "een behandelaar";
            return Beslissing.Nee($"{naam} werkt bij {soort} en kan geen lid worden. {WerkprocesGeenToeleiders}");
        }
        if (!kandidaat.Actief)
        {
            return Beslissing.Nee($"{naam} is niet meer actief en kan geen lid worden.");
        }
        if (!kandidaat.OrganisatieActief)
        {
            return Beslissing.Nee($"De organisatie van {naam} is niet meer actief in het netwerk.");
        }
        if (isAlLid)
        {
            return Beslissing.Nee($"{naam} is al lid van het netwerkkanaal van {stadsdeelNaam}.");
        }

        return kandidaat.OrganisatieType switch
        {
            OrganisatieType.Buurtteamorganisatie when kandidaat.Functie is not (Functie.Buurtteammedewerker or Functie.Netwerkmanager) =>
                Beslissing.Nee($"Van het buurtteam worden alleen buurtteammedewerkers en de netwerkmanager lid; {naam} is {kandidaat.Functie.Weergave().ToLowerInvariant()}."),
            OrganisatieType.Buurtteamorganisatie when kandidaat.OrganisatieStadsdeelId != stadsdeelId =>
                Beslissing.Nee($"{naam} werkt bij de buurtteamorganisatie van een ander stadsdeel. Alleen buurtteammedewerkers uit {stadsdeelNaam} worden lid van dit kanaal."),
            OrganisatieType.Buurtteamorganisatie => Beslissing.Ja,
            OrganisatieType.Aanbieder when kandidaat.Functie != Functie.AanbiederContactpersoon =>
                Beslissing.Nee($"Van een aanbieder wordt alleen de contactpersoon lid; {naam} is {kandidaat.Functie.Weergave().ToLowerInvariant()}."),
            OrganisatieType.Aanbieder when !kandidaat.LocatieStadsdeelIds.Contains(stadsdeelId) =>
                Beslissing.Nee($"De aanbieder van {naam} heeft geen locatie in {stadsdeelNaam}. Alleen aanbieders die in {stadsdeelNaam} actief zijn, doen mee aan dit kanaal."),
            OrganisatieType.Aanbieder => Beslissing.Ja,
            OrganisatieType.Wpi when kandidaat.Functie is not (Functie.Inkomensconsulent or Functie.Klantbegeleider) =>
                Beslissing.Nee($"Van WPI worden alleen inkomensconsulenten en klantbegeleiders lid; {naam} is {kandidaat.Functie.Weergave().ToLowerInvariant()}."),
            OrganisatieType.Wpi => Beslissing.Ja,
            _ => Beslissing.Nee($"{naam} werkt bij de gemeente. Het netwerkkanaal is voor buurtteam, aanbieders en WPI; de beheerder beheert het kanaal zonder lid te zijn."),
        };
    }

    /// <summary>
    /// The Beheerder manages every channel; a Netwerkmanager only the channel of the stadsdeel of their own
    /// buurtteamorganisatie.
    /// </summary>
    public static Beslissing MagBeheren(bool isBeheerder, bool isNetwerkmanager, int? eigenStadsdeelId, int stadsdeelId)
    {
        if (isBeheerder)
        {
            return Beslissing.Ja;
        }
        if (isNetwerkmanager)
        {
            return eigenStadsdeelId == stadsdeelId
                ? Beslissing.Ja
                : Beslissing.Nee("Een netwerkmanager beheert alleen de leden van het kanaal van het eigen stadsdeel.");
        }
        return Beslissing.Nee("Alleen de beheerder en de netwerkmanager van het stadsdeel voegen leden toe of melden leden af.");
    }

    /// <summary>
    /// May this membership be ended? A member may leave themselves; managers may sign others off. An automatic
    /// membership (the netwerkmanager of the buurtteamorganisatie) cannot be ended by an afmelding.
    /// </summary>
    public static Beslissing MagAfmelden(bool isActief, bool isAutomatisch, bool isZelf, bool magBeheren)
    {
        if (!isActief)
        {
            return Beslissing.Nee("Dit lidmaatschap is al beëindigd.");
        }
        if (isAutomatisch)
        {
            return Beslissing.Nee(
                "De netwerkmanager van een buurtteamorganisatie is automatisch lid van het kanaal van het eigen stadsdeel " +
                "(werkproces: \"De netwerkmanager van elke buurtteamorganisatie wordt bij deze appgroep betrokken\"). " +
                "Dit lidmaatschap kan niet worden afgemeld.");
        }
        if (!isZelf && !magBeheren)
        {
            return Beslissing.Nee("U kunt alleen uzelf afmelden. Andere leden worden afgemeld door de beheerder of de netwerkmanager van het stadsdeel.");
        }
        return Beslissing.Ja;
    }

    /// <summary>The reason of an afmelding is required: 5 to 300 characters, surrounding spaces not counted.</summary>
    public static Beslissing ControleerAfmeldReden(string? reden)
    {
        var lengte = reden?.Trim().Length ?? 0;
        if (lengte < AfmeldRedenMinimaal)
        {
            return Beslissing.Nee($"Geef een reden voor de afmelding van minstens {AfmeldRedenMinimaal} tekens.");
        }
        if (lengte > AfmeldRedenMaximaal)
        {
            return Beslissing.Nee($"De reden mag hoogstens {AfmeldRedenMaximaal} tekens lang zijn; het zijn er nu {lengte}.");
        }
        return Invoer.Invoertekst.Fout(reden, "De reden") is { } tekenFout ? Beslissing.Nee(tekenFout) : Beslissing.Ja;
    }
}
