using Dagbesteding.Portal.Domain.Netwerk;

namespace Dagbesteding.Portal.Domain.Organisaties;

/// <summary>
/// The rules of the sociale kaart: what a locatie must hold, who may change it, and which fields a change touched
/// (for the history shown on the locatie). Pure functions; the services look up what they need first.
/// </summary>
public static class LocatieRegels
{
    public const string VeldNaam = "naam";
    public const string VeldAdres = "adres";
    public const string VeldStadsdeel = "stadsdeel";
    public const string VeldStadsbreed = "stadsbreed";
    public const string VeldPercelen = "percelen";
    public const string VeldDoelgroepen = "doelgroepen";
    public const string VeldActiviteit = "activiteit";
    public const string VeldGroepsgrootte = "groepsgrootte";
    public const string VeldPrikkelarm = "prikkelarm";
    public const string VeldRolstoel = "rolstoeltoegankelijk";
    public const string VeldVervoer = "vervoer";
    public const string VeldTalen = "talen";
    public const string VeldWachttijd = "wachttijd";
    public const string VeldContactpersoon = "contactpersoon";
    public const string VeldJekuntmeer = "jekuntmeer";

    public const string Aangemaakt = "aangemaakt";
    public const string Beeindigd = "beeindigd";

    public const int MaxNaam = 200;
    public const int MaxAdres = 200;
    public const int MaxActiviteit = 100;
    public const int MaxGroepsgrootte = 100;
    public const int MaxTalen = 10;
    public const int MaxTaal = 40;

    /// <summary>Every field code with the Dutch word shown in the history.</summary>
    public static readonly IReadOnlyDictionary<string, string> VeldNamen = new Dictionary<string, string>
    {
        [VeldNaam] = "naam",
        [VeldAdres] = "adres",
        [VeldStadsdeel] = "stadsdeel",
        [VeldStadsbreed] = "stadsbreed",
        [VeldPercelen] = "percelen",
        [VeldDoelgroepen] = "doelgroepen",
        [VeldActiviteit] = "activiteit",
        [VeldGroepsgrootte] = "groepsgrootte",
        [VeldPrikkelarm] = "prikkelarm",
        [VeldRolstoel] = "rolstoeltoegankelijk",
        [VeldVervoer] = "vervoer",
        [VeldTalen] = "talen",
        [VeldWachttijd] = "wachttijd",
        [VeldContactpersoon] = "contactpersoon",
        [VeldJekuntmeer] = "jekuntmeer.nl-link",
        [Aangemaakt] = "aangemaakt",
        [Beeindigd] = "beëindigd",
    };

    /// <summary>
    /// The Beheerder changes every locatie; an aanbieder's netwerklid only those of its own organisation.
    /// </summary>
    public static bool MagBewerken(bool isBeheerder, bool isAanbieder, int eigenOrganisatieId, int locatieOrganisatieId) =>
        isBeheerder || (isAanbieder && eigenOrganisatieId == locatieOrganisatieId);

    /// <summary>Adding and ending locaties is functional administration (the Beheerder); history keeps ended ones.</summary>
    public static bool MagToevoegenOfBeeindigen(bool isBeheerder) => isBeheerder;

    /// <summary>An absolute https address with a host (what a browser can open safely from the portal).</summary>
    public static bool IsHttpsUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Host.Contains('.', StringComparison.Ordinal)
        && string.IsNullOrEmpty(uri.UserInfo);

    /// <summary>An https link to jekuntmeer.nl (or www.jekuntmeer.nl): the portal links to the public sociale kaart, nothing else.</summary>
    public static bool IsJekuntmeerUrl(string? url) =>
        IsHttpsUrl(url) && new Uri(url!).Host.ToLowerInvariant() is "jekuntmeer.nl" or "www.jekuntmeer.nl";

    /// <summary>Languages as stored: trimmed, lower case, no doubles, in the order typed.</summary>
    public static List<string> Talen(string? invoer) =>
        (invoer ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.ToLowerInvariant()).Distinct().ToList();

    /// <param name="contactpersonen">The active medewerkers of the locatie's aanbieder (the only valid contact persons).</param>
    /// <param name="doelgroepen">The ids of the doelgroepen that exist.</param>
    /// <returns>The problems, at most one per field; empty when the locatie may be stored.</returns>
    public static IReadOnlyList<Invoerfout> Controleer(LocatieGegevens g, IReadOnlySet<int> stadsdelen, IReadOnlySet<int> doelgroepen, IReadOnlySet<int> contactpersonen)
    {
        ArgumentNullException.ThrowIfNull(g);
        var fouten = new List<Invoerfout>();
        void Fout(string veld, string melding) => fouten.Add(new Invoerfout(veld, melding));

        var naam = g.Naam?.Trim() ?? "";
        if (naam.Length < 2)
        {
            Fout(VeldNaam, "Vul de naam van de locatie in.");
        }
        else if (naam.Length > MaxNaam)
        {
            Fout(VeldNaam, $"De naam is te lang (hoogstens {MaxNaam} tekens).");
        }
        if ((g.Adres?.Trim().Length ?? 0) > MaxAdres)
        {
            Fout(VeldAdres, $"Het adres is te lang (hoogstens {MaxAdres} tekens).");
        }
        if (g.StadsdeelId is not { } stadsdeel || !stadsdelen.Contains(stadsdeel))
        {
            Fout(VeldStadsdeel, "Kies het stadsdeel waar de locatie is.");
        }
        if ((g.Percelen & (Percelen.Meedoen | Percelen.Meewerken | Percelen.MeewerkenPlus)) == Percelen.Geen)
        {
            Fout(VeldPercelen, "Kies minstens één perceel (Meedoen, Meewerken of Meewerken-plus).");
        }
        if (!g.DoelgroepIds.All(doelgroepen.Contains))
        {
            Fout(VeldDoelgroepen, "Een van de gekozen doelgroepen bestaat niet (meer).");
        }
        if ((g.Activiteit?.Trim().Length ?? 0) > MaxActiviteit)
        {
            Fout(VeldActiviteit, $"De activiteit is te lang (hoogstens {MaxActiviteit} tekens).");
        }
        foreach (var (veld, tekst, wat) in new[] { (VeldNaam, g.Naam, "De naam"), (VeldAdres, g.Adres, "Het adres"), (VeldActiviteit, g.Activiteit, "De activiteit") })
        {
            if (Invoer.Invoertekst.Fout(tekst, wat) is { } tekenFout)
            {
                Fout(veld, tekenFout);
            }
        }
        if (g.Groepsgrootte is { } grootte && grootte is < 1 or > MaxGroepsgrootte)
        {
            Fout(VeldGroepsgrootte, $"Vul een groepsgrootte van 1 tot en met {MaxGroepsgrootte} in, of laat het veld leeg.");
        }
        var talen = Talen(g.Talen);
        if (talen.Count > MaxTalen || talen.Any(t => t.Length > MaxTaal))
        {
            Fout(VeldTalen, $"Noem hoogstens {MaxTalen} talen, gescheiden door komma's.");
        }
        if (g.WachttijdIndicatie is { } wachttijd && !Enum.IsDefined(wachttijd))
        {
            Fout(VeldWachttijd, "Kies een wachttijd uit de lijst.");
        }
        if (g.ContactpersoonId is { } contact && !contactpersonen.Contains(contact))
        {
            Fout(VeldContactpersoon, "De contactpersoon moet een actieve medewerker van deze aanbieder zijn.");
        }
        if (!string.IsNullOrWhiteSpace(g.JekuntmeerUrl) && !IsJekuntmeerUrl(g.JekuntmeerUrl.Trim()))
        {
            Fout(VeldJekuntmeer, "Vul een volledige link naar jekuntmeer.nl in, die begint met https://www.jekuntmeer.nl/.");
        }
        return fouten;
    }

    /// <summary>The field codes whose value differs between the stored locatie and the new input (for the history).</summary>
    public static IReadOnlyList<string> GewijzigdeVelden(LocatieGegevens oud, LocatieGegevens nieuw)
    {
        var velden = new List<string>();
        void Vergelijk<T>(string veld, T a, T b)
        {
            if (!EqualityComparer<T>.Default.Equals(a, b))
            {
                velden.Add(veld);
            }
        }
        static string? Tekst(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

        Vergelijk(VeldNaam, Tekst(oud.Naam), Tekst(nieuw.Naam));
        Vergelijk(VeldAdres, Tekst(oud.Adres), Tekst(nieuw.Adres));
        Vergelijk(VeldStadsdeel, oud.StadsdeelId, nieuw.StadsdeelId);
        Vergelijk(VeldStadsbreed, oud.Stadsbreed, nieuw.Stadsbreed);
        Vergelijk(VeldPercelen, oud.Percelen, nieuw.Percelen);
        if (!oud.DoelgroepIds.SetEquals(nieuw.DoelgroepIds))
        {
            velden.Add(VeldDoelgroepen);
        }
        Vergelijk(VeldActiviteit, Tekst(oud.Activiteit), Tekst(nieuw.Activiteit));
        Vergelijk(VeldGroepsgrootte, oud.Groepsgrootte, nieuw.Groepsgrootte);
        Vergelijk(VeldPrikkelarm, oud.Prikkelarm, nieuw.Prikkelarm);
        Vergelijk(VeldRolstoel, oud.Rolstoeltoegankelijk, nieuw.Rolstoeltoegankelijk);
        Vergelijk(VeldVervoer, oud.VervoerMogelijk, nieuw.VervoerMogelijk);
        if (!Talen(oud.Talen).SequenceEqual(Talen(nieuw.Talen)))
        {
            velden.Add(VeldTalen);
        }
        Vergelijk(VeldWachttijd, oud.WachttijdIndicatie, nieuw.WachttijdIndicatie);
        Vergelijk(VeldContactpersoon, oud.ContactpersoonId, nieuw.ContactpersoonId);
        Vergelijk(VeldJekuntmeer, Tekst(oud.JekuntmeerUrl), Tekst(nieuw.JekuntmeerUrl));
        return velden;
    }
}
