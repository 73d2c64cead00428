using System.Collections.Frozen;

namespace Dagbesteding.Portal.Domain.Anonimiteit;

/// <summary>
/// Namen die in geen lijst staan, gevonden aan hun vorm en plaats: een woord met een hoofdletter dat geen
/// Nederlands woord is (ook geen samenstelling), op een plek waar in deze teksten een persoon staat.
/// </summary>
/// <remarks>
/// Namenlijsten missen altijd namen: Amsterdam heeft namen van honderden herkomsten en elke schrijfwijze. Een
/// naam valt wel op door wat eromheen staat: "haar dochter Tiziri", "gesprek met Dihya", "Massinissa komt uit
/// Osdorp", "Yuba (34)", "Groet, Tanirt". Plaatsen, talen en organisaties staan juist na "in", "uit", "bij" of
/// "naar", en komen zelden op die plekken; wat er toch staat, hoort in de lijst van niet-namen.
/// </remarks>
internal sealed partial class NaamHerkenner
{
    /// <summary>Woorden voor een persoon of een relatie, waarna een naam kan volgen ("haar zus Amina").</summary>
    private static readonly FrozenSet<string> Persoonswoorden = new[]
    {
        "cliënt", "cliënte", "client", "cliente", "klant", "deelnemer", "deelneemster", "bewoner", "bewoonster",
        "dochter", "zoon", "broer", "zus", "zusje", "broertje", "moeder", "vader", "ouder", "ouders", "kind", "kleinzoon",
        "kleindochter", "neef", "nicht", "partner", "vriend", "vriendin", "echtgenoot", "echtgenote", "man", "vrouw",
        "jongen", "meisje", "jongeman", "collega", "buurman", "buurvrouw", "mantelzorger", "begeleider", "begeleidster",
        "mentor", "bewindvoerder", "casemanager", "coach", "stagiair", "stagiaire", "vrijwilliger", "zwager", "schoonzus",
        "schoonmoeder", "stiefvader", "stiefmoeder", "pleegmoeder", "pleegvader", "verzorger", "contactpersoon",
        "aanmelder", "verwijzer", "tolk", "wettelijk", "vertegenwoordiger", "curator", "gezinslid", "oudste", "jongste",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Woorden voor een dossier of verslag, waarna de achternaam van de cliënt staat ("Casus Amezian Noord").</summary>
    private static readonly FrozenSet<string> Dossierwoorden = new[]
    {
        "casus", "evaluatie", "dossier", "verslag", "aanmelding", "intake", "overdracht", "traject", "signaal",
        "notitie", "kenmerk", "zaak", "gezin", "familie", "huishouden",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Werkwoorden en voorzetsels waarna in deze teksten een persoon staat ("sprak Dihya", "plek voor Yuba").</summary>
    private static readonly FrozenSet<string> VoorEenPersoon = new[]
    {
        "met", "voor", "sprak", "spraken", "gesproken", "bel", "belde", "gebeld", "zag", "gezien", "ken", "kent", "kende",
        "begeleid", "begeleidt", "begeleidde", "help", "helpt", "hielp", "geholpen", "vraag", "vroeg", "gevraagd",
        "bezocht", "bezoek", "ontmoette", "aangemeld", "meld", "mail", "mailde", "appte", "app", "vertelde",
        "zei", "tegen", "namens", "cc",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Werkwoorden die na een naam aan het begin van een zin komen ("Massinissa komt uit Osdorp").</summary>
    private static readonly FrozenSet<string> NaEenPersoon = new[]
    {
        "is", "was", "heeft", "had", "woont", "woonde", "komt", "kwam", "wil", "wilde", "zoekt", "zocht", "gaat", "ging",
        "werkt", "werkte", "kan", "kon", "zit", "zat", "vindt", "vond", "houdt", "hield", "krijgt", "kreeg", "moet",
        "moest", "wordt", "werd", "doet", "deed", "loopt", "liep", "voelt", "voelde", "vertelt", "vertelde", "zegt",
        "zei", "belt", "belde", "spreekt", "sprak", "praat", "kookt", "fietst", "sport", "schildert", "tekent", "mag",
        "mocht", "zou", "zal", "staat", "stond", "blijft", "bleef", "verblijft", "volgt", "volgde", "durft",
        "kent", "snapt", "begrijpt", "lijkt", "ziet", "hoort", "leeft", "slaapt", "eet", "drinkt", "rookt", "gebruikt",
        "zelf",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Groeten en aanheffen, waarna een naam staat ("Groet, Tanirt", "Hoi Dihya").</summary>
    private static readonly FrozenSet<string> Groeten = new[]
    {
        "groet", "groetjes", "groeten", "gr", "grt", "mvg", "vg", "hoi", "hallo", "hey", "hi", "beste", "lieve", "dag",
        "dank", "bedankt", "thanks", "namens",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"ziekte van Huntington", "syndroom van Williams": na deze woorden is een naam een aandoening.</summary>
    private static readonly FrozenSet<string> Aandoeningswoorden = new[]
    {
        "ziekte", "syndroom", "aandoening", "methode", "model", "wet", "prijs", "test", "schaal",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly Woordenboek _woordenboek = Woordenboek.Standaard;

    /// <summary>
    /// Een onbekend woord met een hoofdletter op een naampositie, of een bekende naam in kleine letters op een
    /// naampositie ("ik sprak fatima"). Geeft het laatste token van de naam, of -1.
    /// </summary>
    private int ProbeerNaampositie(Tekst tekst, int i, bool[] overslaan, List<Kandidaat> kandidaten)
    {
        var woord = ZonderBezit(tekst.Span(i));
        if (woord.Length == 2 && tekst.BeginHoofdletter(i) && !Tekst.AllesHoofdletters(woord) && NaGroet(tekst, i) && OndertekentBericht(tekst, i)
            && !_geenNaam.Contains(woord) && !Stopwoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(woord))
        {
            // "groet Mo": a short name that signs the message (the last word, after a greeting).
            kandidaten.Add(new Kandidaat(BevindingSoort.Naam, tekst.Tokens[i].Start, tekst.Tokens[i].Einde));
            return i;
        }

        if (woord.Length < 3 || NaAandoeningswoord(tekst, i))
        {
            return -1;
        }

        if (tekst.BeginKleineLetter(i))
        {
            return ProbeerNaamInKleineLetters(tekst, i, woord, kandidaten);
        }

        if (!tekst.BeginHoofdletter(i))
        {
            return -1;
        }

        // Een bekende naam die ook een gewoon woord is ("Roos", "Dekker", "Noor") telt alleen op een sterke plek.
        var onbekend = IsOnbekend(woord);
        var dubbelzinnigeNaam = !onbekend && IsDubbelzinnig(woord) && !_geenNaam.Contains(woord)
            && !Stopwoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(woord)
            && !Persoonswoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(woord)
            && (IsVoornaam(woord) || _achternamen.Contains(woord));
        if (!onbekend && !dubbelzinnigeNaam)
        {
            return -1;
        }

        // De naam kan doorlopen: "Tiziri Amezian", "Kwabena el Idrissi".
        var eind = LeesNaamdelen(tekst, tekst.VolgendWoord(i), overslaan, onbekendToegestaan: false, out var straat);
        if (straat)
        {
            return eind;
        }

        var volgende = tekst.VolgendWoord(i);
        var volgtOnbekendeHoofdletter = volgende >= 0 && !overslaan[volgende] && tekst.BeginHoofdletter(volgende)
            && IsOnbekend(ZonderBezit(tekst.Span(volgende))) && !tekst.IsZinsbegin(volgende);
        if (eind < 0 && volgtOnbekendeHoofdletter && onbekend)
        {
            eind = volgende;
        }

        // "Noor Al-Dulaimi": a first name that is also a word, followed by a surname that is no word at all.
        var voornaamMetOnbekendeAchternaam = dubbelzinnigeNaam && IsVoornaam(woord) && volgtOnbekendeHoofdletter;
        if (voornaamMetOnbekendeAchternaam && eind < 0)
        {
            eind = volgende;
        }

        // "Chu Ka Sing vindt": at the start of a sentence, several words that are no words, then a verb of a person.
        var reeks = tekst.IsZinsbegin(i) && onbekend ? OnbekendeReeksVoorWerkwoord(tekst, i, overslaan) : -1;
        if (reeks > i && eind < reeks)
        {
            eind = reeks;
        }

        var sterk = NaPersoonswoord(tekst, i) || VoorLeeftijd(tekst, i) || VoorEnBezit(tekst, i) || VoorBijstelling(tekst, i)
            || VoorPersoonsgegeven(tekst, i) || voornaamMetOnbekendeAchternaam || reeks > i
            || (tekst.IsZinsbegin(i) && VoorPersoonlijkWerkwoord(tekst, i));
        var zwak = eind >= 0
            || MiddenInZinZonderPlaatsvoorzetsel(tekst, i)
            || HeeftBezitsvorm(tekst, i)
            || NaWerkwoordVoorEenPersoon(tekst, i)
            || NaGroet(tekst, i)
            || (tekst.IsZinsbegin(i) && VoorWerkwoord(tekst, i));
        if (!(sterk || (onbekend && zwak)))
        {
            return -1;
        }

        var laatste = eind >= 0 ? eind : i;
        kandidaten.Add(new Kandidaat(BevindingSoort.Naam, tekst.Tokens[i].Start, tekst.Tokens[laatste].Einde));
        return laatste;
    }

    /// <summary>"sprak fatima gisteren", "groet, sanne": een bekende, ondubbelzinnige naam in kleine letters.</summary>
    private int ProbeerNaamInKleineLetters(Tekst tekst, int i, ReadOnlySpan<char> woord, List<Kandidaat> kandidaten)
    {
        // Three letters only at the start of a sentence before a verb ("esi wil graag"): elsewhere too many short
        // words and abbreviations are also somebody's name somewhere.
        var kort = woord.Length == 3 && tekst.IsZinsbegin(i);
        var achternaam = KleineAchternaamNa(tekst, i);
        // "jan de vries zoekt …": also a first name that is a word too ("jan"), when a known surname with its
        // tussenvoegsel and a verb follow.
        if (achternaam > i && IsVoornaam(woord) && _achternamen.Contains(tekst.Span(achternaam)) && VoorWerkwoord(tekst, achternaam)
            && !Stopwoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(woord) && !_geenNaam.Contains(woord))
        {
            kandidaten.Add(new Kandidaat(BevindingSoort.Naam, tekst.Tokens[i].Start, tekst.Tokens[achternaam].Einde));
            return achternaam;
        }

        if ((woord.Length < 4 && !kort) || _geenNaam.Contains(woord) || IsDubbelzinnig(woord) || _woordenboek.IsWoordOfSamenstelling(woord)
            || Stopwoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(woord) || !(IsVoornaam(woord) || _achternamen.Contains(woord)))
        {
            return -1;
        }

        // "bart van 't hof wil …": a first name, a surname with its tussenvoegsels, then the verb.
        var plek = kort
            ? VoorWerkwoord(tekst, i)
            : NaPersoonswoord(tekst, i) || NaWerkwoordVoorEenPersoon(tekst, i) || NaGroet(tekst, i) || VoorLeeftijd(tekst, i)
                || VoorWerkwoord(tekst, i) || NaOmgekeerdWerkwoord(tekst, i) || (achternaam > i && VoorWerkwoord(tekst, achternaam));
        if (!plek)
        {
            return -1;
        }

        var laatste = achternaam > i ? achternaam : i;
        kandidaten.Add(new Kandidaat(BevindingSoort.Naam, tekst.Tokens[i].Start, tekst.Tokens[laatste].Einde));
        return laatste;
    }

    /// <summary>Geen Nederlands woord of samenstelling, geen niet-naam, geen straat en geen dubbelzinnige naam.</summary>
    private bool IsOnbekend(ReadOnlySpan<char> woord)
    {
        if (_geenNaam.Contains(woord) || IsDubbelzinnig(woord) || Stopwoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(woord)
            || IsStraatwoord(woord, hoofdletter: true))
        {
            return false;
        }

        if (!woord.Contains('-'))
        {
            return !_woordenboek.IsWoordOfSamenstelling(woord);
        }

        // "Jun-Jun", "Zo-Zo": a doubled name, whatever its half means on its own.
        if (woord.IndexOf('-') is var streep and > 1 && streep * 2 + 1 == woord.Length
            && woord[..streep].Equals(woord[(streep + 1)..], StringComparison.OrdinalIgnoreCase) && !_geenNaam.Contains(woord[..streep]))
        {
            return true;
        }

        // "Ramdin-Sewdien" wel, "Turks-Nederlands" en "Oost-Indisch" niet: geen enkel deel mag een gewoon woord zijn.
        // Een tussenvoegsel als deel telt niet mee ("Akoe-Ten Hoopen", "Ramdin-van Dijk").
        var naamdelen = 0;
        foreach (var deel in woord.Split('-'))
        {
            var d = woord[deel];
            if (Tussenvoegsels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(d))
            {
                continue;
            }

            if (d.Length == 0 || _geenNaam.Contains(d) || _woordenboek.IsWoordOfSamenstelling(d))
            {
                return false;
            }

            naamdelen++;
        }

        return naamdelen > 0;
    }

    private static bool HeeftBezitsvorm(Tekst tekst, int i)
    {
        // "BSN's", "PGB's": the plural of an abbreviation, not a person's.
        var s = tekst.Span(i);
        return s.Length > 3 && (s.EndsWith("'s") || s.EndsWith("’s")) && !Tekst.AllesHoofdletters(s[..^2]);
    }

    /// <summary>"haar dochter Tiziri", "Casus Amezian", "Ophaaladres Tiziri:", "de moeder van Yuba", "Mailadres van Olena".</summary>
    private static bool NaPersoonswoord(Tekst tekst, int i)
    {
        var ervoor = VorigWoordOverLeestekens(tekst, i, ':');
        if (ervoor < 0)
        {
            return false;
        }

        if (IsPersoonsOfDossierwoord(tekst.Span(ervoor)))
        {
            return true;
        }

        var voorVan = tekst.IsGelijk(ervoor, "van") ? tekst.VorigWoord(ervoor) : -1;
        return voorVan >= 0 && IsPersoonsOfDossierwoord(tekst.Span(voorVan));
    }

    private static bool IsPersoonsOfDossierwoord(ReadOnlySpan<char> woord) =>
        Persoonswoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(woord)
        || Dossierwoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(woord)
        || Persoonsgegevenswoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(woord)
        || woord.EndsWith("adres", StringComparison.OrdinalIgnoreCase)
        || woord.EndsWith("nummer", StringComparison.OrdinalIgnoreCase);

    /// <summary>Gegevens van een persoon: "Postcode van Massin", "Reiskosten Wojciech:", "Verjaardag van Yuba".</summary>
    private static readonly FrozenSet<string> Persoonsgegevenswoorden = new[]
    {
        "postcode", "telefoon", "tel", "mobiel", "mail", "email", "e-mail", "geboortedatum", "verjaardag", "bsn", "iban",
        "rekening", "naam", "voornaam", "achternaam", "reiskosten", "declaratie", "vervoer", "ophaaladres", "rooster",
        "planning", "afspraak", "afspraken", "gegevens", "contactgegevens", "handtekening", "toestemming", "agenda",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool NaWerkwoordVoorEenPersoon(Tekst tekst, int i)
    {
        var ervoor = VorigWoordOverLeestekens(tekst, i, ':');
        return ervoor >= 0 && VoorEenPersoon.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tekst.Span(ervoor));
    }

    /// <summary>
    /// Midden in een zin is een onbekend woord met een hoofdletter meestal een naam ("Ik heb Tanirt gevraagd"), tenzij er
    /// een voorzetsel van plaats, een lidwoord of een eigennaam voor staat ("uit Nador", "bij Levvel", "de Kolenkit").
    /// </summary>
    private bool MiddenInZinZonderPlaatsvoorzetsel(Tekst tekst, int i)
    {
        if (tekst.IsZinsbegin(i))
        {
            return false;
        }

        var ervoor = tekst.VorigWoord(i);
        if (ervoor < 0)
        {
            // Na een leesteken midden in de zin ("..., Tanirt") telt alleen een komma.
            return i > 0 && tekst.IsTeken(i - 1, ',');
        }

        var woord = tekst.Span(ervoor);
        return !Plaatsvoorzetsels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(woord)
            && !Lidwoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(woord)
            && !Tussenvoegsels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(woord)
            && (!tekst.BeginHoofdletter(ervoor) || NaGewoonWoordAanZinsbegin(tekst, ervoor))
            && !Tekst.AllesHoofdletters(woord);
    }

    /// <summary>
    /// "Reiskosten Wojciech: …", "Vandaag Tiziri gesproken": het woord ervoor heeft alleen een hoofdletter omdat het de
    /// zin begint, en is een gewoon woord dat geen instelling of plek noemt ("Atelier Kwakoe", "Zorgboerderij Ruigoord").
    /// </summary>
    private bool NaGewoonWoordAanZinsbegin(Tekst tekst, int ervoor)
    {
        var woord = tekst.Span(ervoor);
        return tekst.IsZinsbegin(ervoor) && !_geenNaam.Contains(woord) && !Instellingswoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(woord)
            && !IsStraatwoord(woord, hoofdletter: true) && _woordenboek.IsWoordOfSamenstelling(woord);
    }

    /// <summary>Woorden waarna de naam van een instelling, plek of programma staat, geen persoon.</summary>
    private static readonly FrozenSet<string> Instellingswoorden = new[]
    {
        "stichting", "atelier", "zorgboerderij", "boerderij", "buurthuis", "buurtcentrum", "wijkcentrum", "dagcentrum",
        "activiteitencentrum", "werkplaats", "werkplek", "kringloop", "kringloopwinkel", "restaurant", "café", "cafe",
        "lunchroom", "project", "programma", "locatie", "moskee", "kerk", "school", "college", "praktijk", "team", "groep",
        "hotel", "winkel", "zorgcentrum", "verpleeghuis", "woonzorgcentrum", "theater", "museum", "station", "metrostation",
        "camping", "tuin", "moestuin", "stadsboerderij", "bibliotheek", "sportschool", "zwembad", "gemeente", "stadsdeel",
        "buurt", "wijk", "dorp", "stad", "land", "eiland", "regio", "afdeling", "vestiging", "huize", "villa", "hofje",
        "voetbalclub", "vereniging", "club", "bedrijf", "firma", "supermarkt", "markt", "ziekenhuis", "kliniek",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Voorzetsels waarna een plaats, organisatie of ding staat, geen persoon.</summary>
    private static readonly FrozenSet<string> Plaatsvoorzetsels = new[]
    {
        "in", "uit", "naar", "bij", "te", "rond", "richting", "nabij", "via", "vanuit", "tot", "op", "aan", "over",
        "onder", "achter", "naast", "tegenover", "langs", "door", "per", "van", "vanaf", "sinds", "zoals", "of", "en",
        "noem", "heet", "heten", "genaamd", "project", "programma", "methode", "app", "website", "site",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nothing but punctuation and line ends after this word.</summary>
    private static bool OndertekentBericht(Tekst tekst, int i)
    {
        for (var p = i + 1; p < tekst.Aantal; p++)
        {
            if (tekst.Tokens[p].Soort is TokenSoort.Woord or TokenSoort.Getal)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"van 't hof", "de vries", "el amrani" after a lower-case first name: the last token of that surname, or -1.</summary>
    private int KleineAchternaamNa(Tekst tekst, int i)
    {
        var p = tekst.VolgendWoord(i);
        var voegsels = 0;
        while (p >= 0 && voegsels < 3 && Tussenvoegsels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tekst.Span(p)))
        {
            p = tekst.VolgendWoord(p);
            voegsels++;
        }

        return voegsels > 0 && p >= 0 && tekst.BeginKleineLetter(p) && tekst.Span(p).Length >= 2
            && !Stopwoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tekst.Span(p)) ? p : -1;
    }

    /// <summary>
    /// From an unknown capitalised word at the start of a sentence: one or two more capitalised words, then a verb of a
    /// person ("Chu Ka Sing vindt", "Liu Yang wil"). The later words may be Dutch words ("Ka", "Yang"): in the middle of a
    /// sentence Dutch writes a common word in lower case, so a capital there after a name is the rest of the name.
    /// The last name token, or -1.
    /// </summary>
    private int OnbekendeReeksVoorWerkwoord(Tekst tekst, int i, bool[] overslaan)
    {
        var laatste = i;
        for (var n = 0; n < 2; n++)
        {
            var p = tekst.VolgendWoord(laatste);
            if (p < 0 || overslaan[p] || !tekst.BeginHoofdletter(p))
            {
                break;
            }

            var deel = ZonderBezit(tekst.Span(p));
            if (deel.Length < 2 || _geenNaam.Contains(deel) || Stopwoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(deel)
                || IsStraatwoord(deel, hoofdletter: true))
            {
                break;
            }

            laatste = p;
        }

        return laatste > i && VoorWerkwoord(tekst, laatste) ? laatste : -1;
    }

    /// <summary>Personal data right after the word: "Chukwuemeka Obi, geboren …", "Yuba, BSN …", "Tanirt geb. 3-4-1990".</summary>
    private static readonly FrozenSet<string> GegevensNaNaam = new[]
    {
        "geboren", "geb", "geboortedatum", "bsn", "woonachtig", "wonende", "tel", "telefoon", "mobiel",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool VoorPersoonsgegeven(Tekst tekst, int i)
    {
        // Over the rest of the name ("Chukwuemeka Obi,") and one comma.
        var p = i;
        for (var n = 0; n < 3 && tekst.VolgendWoord(p) is var verder and >= 0 && tekst.BeginHoofdletter(verder); n++)
        {
            p = verder;
        }

        var na = tekst.IsTeken(p + 1, ',') ? p + 2 : p + 1;
        return tekst.BeginKleineLetter(na) && GegevensNaNaam.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tekst.Span(na));
    }

    /// <summary>"Noor en haar moeder komen kijken".</summary>
    private static bool VoorEnBezit(Tekst tekst, int i)
    {
        var en = tekst.VolgendWoord(i);
        var bezit = en >= 0 && tekst.IsGelijk(en, "en") ? tekst.VolgendWoord(en) : -1;
        return bezit >= 0 && (tekst.IsGelijk(bezit, "haar") || tekst.IsGelijk(bezit, "zijn") || tekst.IsGelijk(bezit, "hun"));
    }

    /// <summary>Werkwoorden die alleen een persoon doet: "Hoek heeft aangegeven …", "Roos belde", "Visser woont …".</summary>
    private static readonly FrozenSet<string> PersoonlijkeWerkwoorden = new[]
    {
        "belde", "belt", "zegt", "zei", "vertelde", "vertelt", "woont", "woonde", "voelt", "voelde", "durft", "rookt",
        "slaapt", "huilt", "lacht", "appte", "mailde", "gaf", "geeft", "meldde", "meldt", "twijfelt", "wil",
        "schreef", "schrijft", "vroeg", "vraagt", "antwoordde",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static bool VoorPersoonlijkWerkwoord(Tekst tekst, int i)
    {
        var na = tekst.VolgendWoord(i);
        if (na < 0 || !tekst.BeginKleineLetter(na))
        {
            return false;
        }

        if (tekst.IsGelijk(na, "heeft") || tekst.IsGelijk(na, "had"))
        {
            var deelwoord = tekst.VolgendWoord(na);
            return deelwoord >= 0 && (tekst.IsGelijk(deelwoord, "aangegeven") || tekst.IsGelijk(deelwoord, "gebeld") || tekst.IsGelijk(deelwoord, "gezegd")
                || tekst.IsGelijk(deelwoord, "verteld") || tekst.IsGelijk(deelwoord, "afgezegd"));
        }

        if (tekst.IsGelijk(na, "wil"))
        {
            var volgende = tekst.VolgendWoord(na);
            return volgende >= 0 && (tekst.IsGelijk(volgende, "graag") || tekst.IsGelijk(volgende, "niet") || tekst.IsGelijk(volgende, "liever")
                || tekst.IsGelijk(volgende, "zelf"));
        }

        return PersoonlijkeWerkwoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tekst.Span(na));
    }

    /// <summary>"Tafsut, zijn nicht, …", "Okpoku (haar broer)": een bijstelling met een persoonswoord.</summary>
    private static bool VoorBijstelling(Tekst tekst, int i)
    {
        if (!(tekst.IsTeken(i + 1, ',') || tekst.IsTeken(i + 1, '(')))
        {
            return false;
        }

        var bezit = tekst.VolgendWoord(i + 1);
        var persoon = bezit >= 0 ? tekst.VolgendWoord(bezit) : -1;
        return persoon >= 0
            && (tekst.IsGelijk(bezit, "zijn") || tekst.IsGelijk(bezit, "haar") || tekst.IsGelijk(bezit, "mijn") || tekst.IsGelijk(bezit, "hun") || tekst.IsGelijk(bezit, "onze"))
            && Persoonswoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tekst.Span(persoon));
    }

    private static bool NaGroet(Tekst tekst, int i)
    {
        var ervoor = VorigWoordOverLeestekens(tekst, i, ',', '.', '!', '\n');
        return ervoor >= 0 && Groeten.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tekst.Span(ervoor));
    }

    /// <summary>"Yuba (34)", "Yuba, 34 jaar", "Yuba 34 jr".</summary>
    private static bool VoorLeeftijd(Tekst tekst, int i)
    {
        var j = i + 1;
        if (tekst.IsTeken(j, '(') || tekst.IsTeken(j, ','))
        {
            j++;
        }

        return tekst.IsGetal(j) && tekst.Span(j).Length <= 2
            && (tekst.IsTeken(j + 1, ')') || tekst.IsGelijk(j + 1, "jaar") || tekst.IsGelijk(j + 1, "jr") || tekst.IsTeken(j + 1, ','));
    }

    private static bool VoorWerkwoord(Tekst tekst, int i)
    {
        var na = tekst.VolgendWoord(i);
        if (na < 0 && tekst.IsTeken(i + 1, '('))
        {
            // "Amaru (Antilliaans) wil …": over een toelichting tussen haakjes heen.
            var sluit = i + 2;
            while (sluit < tekst.Aantal && sluit <= i + 8 && !tekst.IsTeken(sluit, ')'))
            {
                sluit++;
            }

            na = tekst.IsTeken(sluit, ')') ? tekst.VolgendWoord(sluit) : -1;
        }

        // "Kurbanov uit Oezbekistan spreekt …": over where the person comes from.
        if (na >= 0 && tekst.IsGelijk(na, "uit") && tekst.VolgendWoord(na) is var herkomst and >= 0 && tekst.BeginHoofdletter(herkomst))
        {
            na = tekst.VolgendWoord(herkomst);
        }

        return na >= 0 && tekst.BeginKleineLetter(na) && NaEenPersoon.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tekst.Span(na));
    }

    /// <summary>"is tiziri er vandaag?", "komt mehmet morgen?": de persoon na het werkwoord, in een vraag of na een bijzin.</summary>
    private static bool NaOmgekeerdWerkwoord(Tekst tekst, int i)
    {
        var ervoor = tekst.VorigWoord(i);
        var na = tekst.VolgendWoord(i);
        return ervoor >= 0 && NaEenPersoon.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tekst.Span(ervoor))
            && (na < 0 || tekst.BeginKleineLetter(na)) && (na < 0 || !Lidwoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tekst.Span(na)));
    }

    private static bool NaAandoeningswoord(Tekst tekst, int i)
    {
        var ervoor = tekst.VorigWoord(i);
        if (ervoor >= 0 && tekst.IsGelijk(ervoor, "van"))
        {
            ervoor = tekst.VorigWoord(ervoor);
        }

        return ervoor >= 0 && Aandoeningswoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tekst.Span(ervoor));
    }

    /// <summary>Het vorige woord, ook als er één van <paramref name="leestekens"/> (en spaties of een regeleinde) tussen staat.</summary>
    private static int VorigWoordOverLeestekens(Tekst tekst, int i, params char[] leestekens)
    {
        var p = i - 1;
        var overgeslagen = 0;
        while (p >= 0 && overgeslagen < 2
            && ((tekst.Tokens[p].Soort == TokenSoort.Teken && Array.IndexOf(leestekens, tekst.Waarde[tekst.Tokens[p].Start]) >= 0)
                || (tekst.Tokens[p].Soort == TokenSoort.Regeleinde && Array.IndexOf(leestekens, '\n') >= 0)))
        {
            p--;
            overgeslagen++;
        }

        return tekst.IsWoord(p) ? p : -1;
    }
}
