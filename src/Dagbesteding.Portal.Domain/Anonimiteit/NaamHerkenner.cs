using System.Collections.Frozen;

namespace Dagbesteding.Portal.Domain.Anonimiteit;

/// <summary>
/// Vindt persoonsnamen. Regels, in deze volgorde per woord:
/// <list type="number">
/// <item>Na een aanspreekvorm ("mevrouw", "dhr.", "de heer", "juf") is elk woord met een hoofdletter een naam.</item>
/// <item>Na voorletters ("J.", "J.P.") is een woord met een hoofdletter een naam.</item>
/// <item>Een voornaam uit de lijsten met een hoofdletter is een naam, samen met de achternaam erna.
/// Een voornaam die ook een gewoon woord is ("Roos", "Storm") telt alleen als er een achternaam volgt,
/// of midden in een zin zonder lidwoord ervoor ("Ik sprak Roos").</item>
/// <item>Een tussenvoegsel met een achternaam ("van Dijk", "de Vries", "van der Meer").</item>
/// <item>Een achternaam die geen gewoon woord is ("Jansen", "Yilmaz"), met een hoofdletter.</item>
/// </list>
/// Achternamen die ook een gewoon woord zijn ("Bakker", "Visser") tellen dus alleen op een naampositie.
/// Woorden uit de lijst van niet-namen (organisaties, stadsdelen, talen) en straatnamen ("Jan Evertsenstraat")
/// zijn nooit een naam. Alles in kleine letters ("de bakker") ook niet.
/// </summary>
internal sealed partial class NaamHerkenner(NaamLijsten lijsten)
{
    private static readonly FrozenSet<string> Aanspreekvormen = new[]
    {
        "meneer", "mevrouw", "mijnheer", "mevr", "mw", "mvr", "mr", "dhr", "hr", "heer", "juffrouw", "juf", "meester",
        "mej", "dr", "drs", "ir", "ing", "prof", "oom", "tante", "opa", "oma", "zuster", "broeder", "fam", "familie",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Tussenvoegsels = new[]
    {
        "van", "de", "der", "den", "het", "'t", "’t", "te", "ter", "ten", "la", "le", "du", "da", "di", "del", "dos",
        "das", "von", "el", "al",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Voorzetsels die in Nederlandse achternamen ook tussenvoegsel zijn ("op de Weegh", "in 't Veld", "uit den Bogaard").</summary>
    private static readonly FrozenSet<string> RuimeTussenvoegsels = new[]
    {
        "op", "in", "uit", "aan", "bij", "voor", "onder",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Achternamen die na alleen "de" een naam zijn ("de Vries"), anders dan "de Dam" of "de Hoek".</summary>
    private static readonly FrozenSet<string> AchternamenNaDe = new[]
    {
        "Vries", "Jong", "Jonge", "Boer", "Groot", "Wit", "Bruin", "Bruijn", "Graaf", "Haan", "Ruiter", "Koning",
        "Vos", "Bakker", "Visser", "Jager", "Lange", "Leeuw", "Rooij", "Winter", "Wolf", "Zwart", "Kok", "Haas",
        "Waal", "Smit", "Man", "Bie", "Beer", "Klerk", "Reus", "Kort", "Wilde", "Mol", "Roos", "Lange", "Goede",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Lidwoorden en aanwijzende woorden: "het Bos", "de Roos", "een Storm" zijn geen namen.</summary>
    private static readonly FrozenSet<string> Lidwoorden = new[]
    {
        "de", "het", "een", "'t", "’t", "die", "dat", "deze", "dit",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Woorden voor een hoofdletter met punt die een opsomming of code aanduiden ("optie A. Werkplaats").</summary>
    private static readonly FrozenSet<string> LetterAanduidingen = new[]
    {
        "optie", "plan", "groep", "stap", "vraag", "bijlage", "fase", "niveau", "type", "categorie", "punt", "deel",
        "route", "variant", "klas", "vitamine", "blok", "scenario", "versie", "afdeling", "unit", "vak", "rijbewijs",
        "paviljoen", "gebouw", "ingang", "lokaal", "zaal", "verdieping", "huis", "perceel", "profiel", "zorgprofiel",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gewone woorden die met een hoofdletter aan het begin van een zin of na een naam kunnen staan.</summary>
    private static readonly FrozenSet<string> Stopwoorden = new[]
    {
        "ik", "jij", "je", "hij", "zij", "ze", "wij", "we", "jullie", "u", "het", "de", "een", "die", "dat", "deze",
        "dit", "wie", "wat", "waar", "waarom", "hoe", "wanneer", "welke", "daarom", "daarna", "daarnaast", "graag",
        "verder", "ook", "en", "maar", "of", "want", "dus", "toch", "nog", "al", "alvast", "bedankt", "dank", "dankjewel",
        "hoi", "hallo", "hey", "beste", "goedemorgen", "goedemiddag", "heeft", "hebben", "is", "zijn", "was", "kan",
        "kunnen", "weet", "iemand", "vraag", "antwoord", "reactie", "update", "naam", "adres", "telefoon", "tel",
        "email", "e-mail", "geboren", "leeftijd", "locatie", "vervoer", "bij", "in", "op", "aan", "voor", "na",
        "over", "onder", "tot", "uit", "sinds", "vanaf", "per", "tijdens", "met", "zonder", "via", "naar", "om",
        "misschien", "helaas", "gelukkig", "inmiddels", "momenteel", "nu", "eerst", "ja", "nee", "oké", "ok", "top",
        "super", "fijn", "mooi", "prima", "succes", "groetjes", "gr", "vriendelijke", "hartelijke", "woont", "werkt",
        "zoekt", "heb", "hebt", "wil", "wilt", "willen", "gaat", "doet", "komt", "mag", "moet", "zal", "zou",
        "meneer", "mevrouw", "cliënt", "cliënte", "client", "deelnemer", "jongen", "meisje", "man", "vrouw",
        "wel", "niet", "geen", "er", "hier", "daar", "zo", "als", "omdat", "terwijl", "hoewel", "zodat", "totdat",
        "tegenover", "naast", "richting", "vandaag", "morgen", "gisteren", "volgende", "vorige", "elke", "iedere",
        "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari",
        "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
        "tip", "tips", "let", "zie", "ps", "nb", "bel", "mail", "stuur", "check", "kijk", "lees", "doel", "wens",
        "ervaring", "situatie", "achtergrond", "hulpvraag", "indicatie", "eventueel", "bijvoorbeeld", "liefst",
        "liever", "bovendien", "verder", "ondertussen", "intussen", "hopelijk", "zeker", "echt", "heel", "erg",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Woorden die een straatnaam afsluiten; dan is de woordgroep geen persoonsnaam ("Jan Evertsenstraat").</summary>
    internal static readonly string[] StraatAchtervoegsels =
    [
        "dwarsstraat", "straatweg", "straat", "laan", "weg", "plein", "gracht", "kade", "dijk", "singel", "pad", "hof",
        "plantsoen", "dreef", "steeg", "markt", "park", "baan", "burgwal", "boulevard", "zijde", "wal", "haven",
        "allee", "schans", "pleintje", "buurt",
    ];

    /// <summary>Bekende Amsterdamse straten zonder straat-achtervoegsel (alleen voor adressen: "Overtoom 12").</summary>
    internal static readonly FrozenSet<string> StratenZonderAchtervoegsel = new[]
    {
        "Overtoom", "Rokin", "Damrak", "Spui", "Dam", "Amstel", "Gein", "Kraaiennest", "Ganzenhoef",
        // De Bijlmer: straten naar hun flats en hoven.
        "Groenhoven", "Gooioord", "Hoogoord", "Kikkenstein", "Kleiburg", "Develstein", "Hakfort", "Huigenbos",
        "Echtenstein", "Florijn", "Daalwijk", "Dennenrode", "Gravestein", "Hogevecht", "Kruitberg", "Koningshoef",
        "Grubbehoeve", "Gliphoeve", "Heesterveld", "Kantershof", "Bijlmerdreef", "Reigersbos", "Gaasperdam",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _voornamen = lijsten.Voornamen.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _achternamen = lijsten.Achternamen.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _dubbelzinnig = lijsten.Dubbelzinnig.GetAlternateLookup<ReadOnlySpan<char>>();
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _geenNaam = lijsten.GeenNaam.GetAlternateLookup<ReadOnlySpan<char>>();

    public void Zoek(Tekst tekst, List<Kandidaat> kandidaten)
    {
        var overslaan = MarkeerWoordgroepen(tekst);
        for (var i = 0; i < tekst.Aantal; i++)
        {
            if (overslaan[i] || !tekst.IsWoord(i))
            {
                continue;
            }

            var laatste = ProbeerAanspreekvorm(tekst, i, overslaan, kandidaten);
            if (laatste < 0)
            {
                laatste = ProbeerNaamaanduiding(tekst, i, overslaan, kandidaten);
            }

            if (laatste < 0)
            {
                laatste = ProbeerVoorletters(tekst, i, overslaan, kandidaten);
            }

            if (laatste < 0)
            {
                laatste = ProbeerVoornaam(tekst, i, overslaan, kandidaten);
            }

            if (laatste < 0)
            {
                laatste = ProbeerTussenvoegsel(tekst, i, overslaan, kandidaten);
            }

            if (laatste < 0)
            {
                laatste = ProbeerAchternaam(tekst, i, kandidaten);
            }

            if (laatste < 0)
            {
                laatste = ProbeerNaampositie(tekst, i, overslaan, kandidaten);
            }

            if (laatste > i)
            {
                i = laatste;
            }
        }
    }

    /// <summary>Markeert de tokens van woordgroepen die nooit een naam zijn, zoals "Albert Heijn" en "Leger des Heils".</summary>
    private bool[] MarkeerWoordgroepen(Tekst tekst)
    {
        var overslaan = new bool[tekst.Aantal];
        var groepen = lijsten.GeenNaamWoordgroepen.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < tekst.Aantal; i++)
        {
            if (!tekst.IsWoord(i) || !groepen.TryGetValue(tekst.Span(i), out var kandidaten))
            {
                continue;
            }

            foreach (var groep in kandidaten)
            {
                var j = i;
                var past = true;
                for (var w = 1; w < groep.Length && past; w++)
                {
                    j = tekst.VolgendWoord(j);
                    past = j >= 0 && tekst.IsGelijk(j, groep[w]);
                }

                if (past)
                {
                    for (var k = i; k <= j; k++)
                    {
                        overslaan[k] = true;
                    }

                    break;
                }
            }
        }

        return overslaan;
    }

    private int ProbeerAanspreekvorm(Tekst tekst, int i, bool[] overslaan, List<Kandidaat> kandidaten)
    {
        if (!Aanspreekvormen.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tekst.Span(i)))
        {
            return -1;
        }

        // "heer" alleen als "de heer".
        if (tekst.IsGelijk(i, "heer") && !tekst.IsGelijk(tekst.VorigWoord(i), "de"))
        {
            return -1;
        }

        var volgende = i + 1;
        if (tekst.IsTeken(volgende, '.') && tekst.Tokens[volgende].Start == tekst.Tokens[i].Einde)
        {
            volgende++;
        }
        else
        {
            volgende = tekst.VolgendWoord(i);
        }

        if (!tekst.IsWoord(volgende) || overslaan[volgende])
        {
            return -1;
        }

        var (eerste, laatste) = LeesVoorletters(tekst, volgende);
        var naVoorletters = eerste >= 0 ? VolgendNaPunt(tekst, laatste) : volgende;
        var eind = LeesNaamdelen(tekst, naVoorletters, overslaan, onbekendToegestaan: true, out var straat);
        if (eind < 0 && eerste < 0 && IsNaamInKleineLettersNaTitel(tekst, volgende))
        {
            // "mw kaya komt niet", "mevr dogan heeft afgezegd": snel getypt, zonder hoofdletter.
            eind = volgende;
        }

        if (eind < 0 || straat)
        {
            return eind < 0 ? -1 : eind;
        }

        kandidaten.Add(new Kandidaat(BevindingSoort.Naam, tekst.Tokens[volgende].Start, tekst.Tokens[eind].Einde));
        return eind;
    }

    /// <summary>Een woord in kleine letters dat geen Nederlands woord is: na een aanspreekvorm is dat een naam.</summary>
    private bool IsNaamInKleineLettersNaTitel(Tekst tekst, int i)
    {
        if (!tekst.BeginKleineLetter(i))
        {
            return false;
        }

        var woord = ZonderBezit(tekst.Span(i));
        // Two letters ("dhr vo thanh son") only when the next word is a lower-case name in its own right.
        // Then it may be a word on its own ("vo"): the name after it is what counts.
        var kortVoorNaam = woord.Length == 2 && tekst.VolgendWoord(i) is var verder and >= 0
            && tekst.Span(verder).Length >= 3 && IsNaamInKleineLettersNaTitel(tekst, verder);
        return (woord.Length >= 3 || kortVoorNaam)
            && !_geenNaam.Contains(woord)
            && !Stopwoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(woord)
            && !Tussenvoegsels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(woord)
            && (kortVoorNaam || !_woordenboek.IsWoordOfSamenstelling(woord));
    }

    /// <summary>
    /// "hij heet mohammed", "genaamd Kevin", "haar achternaam is Vos", "naam: Bakker": na zo'n aanduiding is het
    /// volgende woord een naam. Een bekende naam telt ook in kleine letters; na "(achter)naam is" of "naam:"
    /// ook een onbekend woord met een hoofdletter. Na "heet" alleen bekende namen ("het project heet Buurtwerk" niet).
    /// </summary>
    private int ProbeerNaamaanduiding(Tekst tekst, int i, bool[] overslaan, List<Kandidaat> kandidaten)
    {
        int naam;
        bool onbekendToegestaan;
        if (tekst.IsGelijk(i, "heet") || tekst.IsGelijk(i, "heten") || tekst.IsGelijk(i, "genaamd"))
        {
            naam = tekst.VolgendWoord(i);
            onbekendToegestaan = false;
        }
        else if (IsNaamwoord(tekst.Span(i)) && tekst.IsTeken(i + 1, ':') && tekst.IsWoord(i + 2))
        {
            naam = i + 2;
            onbekendToegestaan = true;
        }
        else if (IsNaamwoord(tekst.Span(i)) && tekst.IsGelijk(tekst.VolgendWoord(i), "is"))
        {
            naam = tekst.VolgendWoord(i + 1);
            onbekendToegestaan = true;
        }
        else
        {
            return -1;
        }

        if (naam < 0 || overslaan[naam])
        {
            return -1;
        }

        // Eerst de gewone regels met hoofdletters ("heet Kevin Bakker", "naam is De Vries").
        var eind = LeesNaamdelen(tekst, naam, overslaan, onbekendToegestaan, out var straat);
        if (straat)
        {
            return -1;
        }

        if (eind < 0)
        {
            // Kleine letters: "heet mohammed", "achternaam is de vries".
            var j = naam;
            while (j >= 0 && IsTussenvoegsel(tekst, j))
            {
                j = tekst.VolgendWoord(j);
            }

            if (j < 0 || !tekst.IsWoord(j) || _geenNaam.Contains(tekst.Span(j)))
            {
                return -1;
            }

            var woord = ZonderBezit(tekst.Span(j));
            if (!IsVoornaam(woord) && !_achternamen.Contains(woord))
            {
                return -1;
            }

            eind = j;
            var verder = tekst.VolgendWoord(j);
            if (verder >= 0 && tekst.IsWoord(verder) && _achternamen.Contains(tekst.Span(verder)))
            {
                eind = verder;
            }
        }

        kandidaten.Add(new Kandidaat(BevindingSoort.Naam, tekst.Tokens[naam].Start, tekst.Tokens[eind].Einde));
        return eind;
    }

    private static bool IsNaamwoord(ReadOnlySpan<char> woord) =>
        woord.Equals("naam", StringComparison.OrdinalIgnoreCase)
        || woord.Equals("achternaam", StringComparison.OrdinalIgnoreCase)
        || woord.Equals("voornaam", StringComparison.OrdinalIgnoreCase)
        || woord.Equals("roepnaam", StringComparison.OrdinalIgnoreCase);

    private int ProbeerVoorletters(Tekst tekst, int i, bool[] overslaan, List<Kandidaat> kandidaten)
    {
        var (eerste, laatste) = LeesVoorletters(tekst, i);
        if (eerste < 0)
        {
            return -1;
        }

        // "optie A. Werkplaats", "groep 3 B. Daarna": geen voorletter.
        var ervoor = tekst.VorigWoord(i);
        if ((ervoor >= 0 && LetterAanduidingen.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tekst.Span(ervoor)))
            || (i > 0 && tekst.IsGetal(i - 1)))
        {
            return -1;
        }

        var eind = LeesNaamdelen(tekst, VolgendNaPunt(tekst, laatste), overslaan, onbekendToegestaan: true, out var straat);
        if (eind < 0)
        {
            return -1;
        }

        if (!straat)
        {
            kandidaten.Add(new Kandidaat(BevindingSoort.Naam, tekst.Tokens[eerste].Start, tekst.Tokens[eind].Einde));
        }

        return eind;
    }

    private int ProbeerVoornaam(Tekst tekst, int i, bool[] overslaan, List<Kandidaat> kandidaten)
    {
        var woord = ZonderBezit(tekst.Span(i));
        if (IsNaamInHoofdletters(woord))
        {
            kandidaten.Add(new Kandidaat(BevindingSoort.Naam, tekst.Tokens[i].Start, tekst.Tokens[i].Einde));
            return i;
        }

        if (!tekst.BeginHoofdletter(i) || _geenNaam.Contains(woord) || !IsVoornaam(woord) || NaHeilige(tekst, i))
        {
            return -1;
        }

        var dubbelzinnig = IsDubbelzinnig(woord);
        var eind = LeesNaamdelen(tekst, tekst.VolgendWoord(i), overslaan, onbekendToegestaan: !dubbelzinnig, out var straat);
        if (straat)
        {
            return eind;
        }

        var gevonden = !dubbelzinnig
            || eind >= 0
            || (!tekst.IsZinsbegin(i) && !VoorafgegaanDoorLidwoordOfEigennaam(tekst, i));
        if (!gevonden)
        {
            return -1;
        }

        var laatste = eind >= 0 ? eind : i;
        kandidaten.Add(new Kandidaat(BevindingSoort.Naam, tekst.Tokens[i].Start, tekst.Tokens[laatste].Einde));
        return laatste;
    }

    private int ProbeerTussenvoegsel(Tekst tekst, int i, bool[] overslaan, List<Kandidaat> kandidaten)
    {
        if (!IsTussenvoegsel(tekst, i))
        {
            return -1;
        }

        // Verzamel de tussenvoegsels: "van", "van der", "van de", "de", "ter", "van 't".
        var aantal = 0;
        var j = i;
        var vorige = i;
        while (j >= 0 && IsTussenvoegsel(tekst, j) && aantal < 3)
        {
            aantal++;
            vorige = j;
            j = tekst.VolgendWoord(j);
        }

        if (j < 0 || overslaan[j] || !tekst.BeginHoofdletter(j) || IsStraatwoord(tekst.Span(j), hoofdletter: true))
        {
            return -1;
        }

        // "de moeder van Kevin": de voornaamregel meldt "Kevin" zelf, zonder "van".
        if (aantal == 1 && tekst.IsGelijk(i, "van") && IsVoornaam(ZonderBezit(tekst.Span(j))))
        {
            return -1;
        }

        // "Stichting De Roos", "Café De Wit": deel van de naam van een organisatie.
        var ervoor = tekst.VorigWoord(i);
        if (ervoor >= 0 && tekst.BeginHoofdletter(ervoor)
            && (_geenNaam.Contains(tekst.Span(ervoor))
                || (!tekst.IsZinsbegin(ervoor) && !IsVoornaam(tekst.Span(ervoor)) && !_achternamen.Contains(tekst.Span(ervoor)))))
        {
            return -1;
        }

        var eersteVoegsel = tekst.Span(i);
        var laatsteVoegsel = tekst.Span(vorige);
        var achternaam = ZonderBezit(tekst.Span(j));
        var bekend = _achternamen.Contains(achternaam);
        var geenNaam = _geenNaam.Contains(achternaam) || Stopwoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(achternaam);

        bool gevonden;
        if (aantal == 1 && eersteVoegsel.Equals("de", StringComparison.OrdinalIgnoreCase))
        {
            // "de Vries", "De Jong" wel; "de Dam", "de Hoek", "De Omzet" niet.
            gevonden = AchternamenNaDe.GetAlternateLookup<ReadOnlySpan<char>>().Contains(achternaam);
        }
        else if (!eersteVoegsel.Equals("van", StringComparison.OrdinalIgnoreCase)
            && !eersteVoegsel.StartsWith("te", StringComparison.OrdinalIgnoreCase))
        {
            // "het", "den", "el", "la" ... als eerste woord: te onzeker zonder voornaam of aanspreekvorm ervoor.
            gevonden = false;
        }
        else if (aantal >= 2 && (laatsteVoegsel.Equals("de", StringComparison.OrdinalIgnoreCase)
            || laatsteVoegsel.Equals("het", StringComparison.OrdinalIgnoreCase)))
        {
            // "van de Ven" wel, "van de Dam" (het plein) en "van de Regenboog Groep" niet.
            gevonden = bekend && !geenNaam;
        }
        else if (aantal >= 2)
        {
            // "van der Meer", "van den Berg", "van 't Hof": ook een onbekende achternaam telt.
            gevonden = bekend || !geenNaam;
        }
        else
        {
            // "van Dijk", "van Dam", "ter Horst": alleen bekende achternamen ("van Amsterdam", "van Cordaan" niet).
            gevonden = bekend;
        }

        if (!gevonden)
        {
            return -1;
        }

        kandidaten.Add(new Kandidaat(BevindingSoort.Naam, tekst.Tokens[i].Start, tekst.Tokens[j].Einde));
        return j;
    }

    private int ProbeerAchternaam(Tekst tekst, int i, List<Kandidaat> kandidaten)
    {
        if (!tekst.BeginHoofdletter(i))
        {
            return -1;
        }

        var woord = ZonderBezit(tekst.Span(i));
        if (_geenNaam.Contains(woord) || !IsOndubbelzinnigeAchternaam(woord))
        {
            return -1;
        }

        kandidaten.Add(new Kandidaat(BevindingSoort.Naam, tekst.Tokens[i].Start, tekst.Tokens[i].Einde));
        return i;
    }

    /// <summary>
    /// Leest vanaf token <paramref name="start"/> de rest van een naam: tussenvoegsels en woorden met een hoofdletter
    /// ("El Amrani", "van der Linden", "Bakker"). Geeft het laatste token van de naam, of -1 als er geen naamdeel staat.
    /// <paramref name="straat"/> wordt waar als de woordgroep op een straatnaam eindigt ("Jan van Galenstraat").
    /// </summary>
    private int LeesNaamdelen(Tekst tekst, int start, bool[] overslaan, bool onbekendToegestaan, out bool straat)
    {
        straat = false;
        var laatste = -1;
        var huidig = start;
        var delen = 0;
        while (huidig >= 0 && delen < 4)
        {
            var p = huidig;
            var voegsels = 0;
            // "dhr. R.A. op de Weegh", "mw. in 't Veld": direct na een aanspreekvorm of voorletters zijn ook "op", "in",
            // "uit", "aan", "bij" en "voor" tussenvoegsels; verderop ("mw. Kaya op de groep") niet.
            if (onbekendToegestaan && delen == 0 && p >= 0 && RuimeTussenvoegsels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tekst.Span(p)))
            {
                p = tekst.VolgendWoord(p);
                voegsels++;
            }

            while (p >= 0 && IsTussenvoegsel(tekst, p) && voegsels < 3)
            {
                p = tekst.VolgendWoord(p);
                voegsels++;
            }

            if (p < 0 || overslaan[p] || !tekst.BeginHoofdletter(p))
            {
                break;
            }

            var woord = ZonderBezit(tekst.Span(p));
            if (IsStraatwoord(woord, hoofdletter: true) && !_achternamen.Contains(woord))
            {
                straat = true;
                return p;
            }

            if (Stopwoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(woord))
            {
                break;
            }

            var bekend = IsVoornaam(woord) || _achternamen.Contains(woord);
            if (_geenNaam.Contains(woord) && !(voegsels > 0 && _achternamen.Contains(woord)))
            {
                break;
            }

            if (!bekend && !onbekendToegestaan && voegsels == 0)
            {
                break;
            }

            laatste = p;
            delen++;
            huidig = tekst.VolgendWoord(p);
        }

        // Een straatnaam kan ook verderop in de woordgroep eindigen: "Jan Pieter Heijestraat".
        if (laatste >= 0 && huidig >= 0 && tekst.BeginHoofdletter(huidig) && IsStraatwoord(tekst.Span(huidig), hoofdletter: true)
            && !_achternamen.Contains(tekst.Span(huidig)))
        {
            straat = true;
            return huidig;
        }

        return laatste;
    }

    /// <summary>Voorletters vanaf token <paramref name="i"/>: "J." of "J.P." of "J. P.". Geeft eerste en laatste letter-token.</summary>
    private static (int Eerste, int Laatste) LeesVoorletters(Tekst tekst, int i)
    {
        var laatste = -1;
        var j = i;
        while (IsVoorletter(tekst, j))
        {
            laatste = j;
            var na = j + 2;
            if (tekst.IsWoord(na) && (tekst.Tokens[na].Start == tekst.Tokens[j + 1].Einde || tekst.AlleenSpatieTussen(j + 1, na)) && IsVoorletter(tekst, na))
            {
                j = na;
            }
            else
            {
                break;
            }
        }

        return laatste < 0 ? (-1, -1) : (i, laatste);
    }

    private static bool IsVoorletter(Tekst tekst, int i)
    {
        if (!tekst.IsWoord(i) || !tekst.IsTeken(i + 1, '.') || tekst.Tokens[i + 1].Start != tekst.Tokens[i].Einde)
        {
            return false;
        }

        var s = tekst.Span(i);
        return (s.Length == 1 && char.IsUpper(s[0]))
            || s is "Th" or "Chr" or "Ph" or "Joh" or "Jac" or "Wm" or "Ch";
    }

    /// <summary>Het woord na de punt van de laatste voorletter ("J. de Vries" → "de"), of -1.</summary>
    private static int VolgendNaPunt(Tekst tekst, int laatsteVoorletter)
    {
        var punt = laatsteVoorletter + 1;
        var na = punt + 1;
        if (!tekst.IsWoord(na))
        {
            return -1;
        }

        return tekst.Tokens[na].Start == tekst.Tokens[punt].Einde || tekst.AlleenSpatieTussen(punt, na) ? na : -1;
    }

    /// <summary>
    /// "FATIMA", "JANSEN": een naam in hoofdletters telt alleen als hij minstens vier letters heeft en geen gewoon
    /// woord is, zodat afkortingen als "NAH", "LVB" of "EVA" niet meetellen.
    /// </summary>
    private bool IsNaamInHoofdletters(ReadOnlySpan<char> woord) =>
        woord.Length >= 4
        && Tekst.AllesHoofdletters(woord)
        && !_geenNaam.Contains(woord)
        && !_dubbelzinnig.Contains(woord)
        && (_voornamen.Contains(woord) || _achternamen.Contains(woord));

    /// <summary>"Sint Maarten", "St. Lucas": kerken, scholen en ziekenhuizen, geen personen.</summary>
    private static bool NaHeilige(Tekst tekst, int i)
    {
        var ervoor = i - 1;
        if (tekst.IsTeken(ervoor, '.'))
        {
            ervoor--;
        }
        else
        {
            ervoor = tekst.VorigWoord(i);
        }

        return tekst.IsGelijk(ervoor, "sint") || tekst.IsGelijk(ervoor, "st");
    }

    private bool VoorafgegaanDoorLidwoordOfEigennaam(Tekst tekst, int i)
    {
        var ervoor = tekst.VorigWoord(i);
        if (ervoor < 0)
        {
            return false;
        }

        var woord = tekst.Span(ervoor);
        if (Lidwoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(woord))
        {
            return true;
        }

        // "Stichting Storm", "Café Merel": deel van een eigennaam die geen persoon is.
        return tekst.BeginHoofdletter(ervoor) && !tekst.IsZinsbegin(ervoor) && !IsVoornaam(woord) && !_achternamen.Contains(woord);
    }

    private static bool IsTussenvoegsel(Tekst tekst, int i) =>
        tekst.IsWoord(i) && Tussenvoegsels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tekst.Span(i));

    private bool IsVoornaam(ReadOnlySpan<char> woord)
    {
        if (_voornamen.Contains(woord))
        {
            return true;
        }

        // Dubbele voornaam met koppelteken: "Anne-Marie", "Jan-Willem".
        if (woord.Contains('-'))
        {
            foreach (var deel in woord.Split('-'))
            {
                if (!_voornamen.Contains(woord[deel]))
                {
                    return false;
                }
            }

            return true;
        }

        // Bezits-s zonder apostrof: "Kevins moeder".
        return woord.Length > 3 && woord[^1] == 's' && _voornamen.Contains(woord[..^1]) && !_dubbelzinnig.Contains(woord[..^1]);
    }

    private bool IsOndubbelzinnigeAchternaam(ReadOnlySpan<char> woord)
    {
        if (_achternamen.Contains(woord))
        {
            return !_dubbelzinnig.Contains(woord);
        }

        // Dubbele achternaam: "Jansen-Yilmaz"; minstens één deel moet ondubbelzinnig zijn.
        if (!woord.Contains('-'))
        {
            return false;
        }

        var ondubbelzinnig = false;
        foreach (var deel in woord.Split('-'))
        {
            var d = woord[deel];
            if (!_achternamen.Contains(d) && !_voornamen.Contains(d))
            {
                return false;
            }

            ondubbelzinnig |= !_dubbelzinnig.Contains(d);
        }

        return ondubbelzinnig;
    }

    private bool IsDubbelzinnig(ReadOnlySpan<char> woord)
    {
        if (!woord.Contains('-'))
        {
            return _dubbelzinnig.Contains(woord);
        }

        foreach (var deel in woord.Split('-'))
        {
            if (!_dubbelzinnig.Contains(woord[deel]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"Fatima's" → "Fatima", "Kees'" → "Kees".</summary>
    private static ReadOnlySpan<char> ZonderBezit(ReadOnlySpan<char> woord)
    {
        if (woord.Length > 3 && (woord.EndsWith("'s") || woord.EndsWith("’s")))
        {
            return woord[..^2];
        }

        if (woord.Length > 2 && (woord[^1] == '\'' || woord[^1] == '’'))
        {
            return woord[..^1];
        }

        return woord;
    }

    /// <summary>
    /// Is dit woord een straatnaam? Met <paramref name="hoofdletter"/> alle achtervoegsels; anders alleen de
    /// ondubbelzinnige ("straat", "gracht", "kade"), zodat "leerweg" of "loopbaan" niet meetellen.
    /// </summary>
    internal static bool IsStraatwoord(ReadOnlySpan<char> woord, bool hoofdletter)
    {
        foreach (var achtervoegsel in StraatAchtervoegsels)
        {
            if (woord.Length >= achtervoegsel.Length + 2 && woord.EndsWith(achtervoegsel, StringComparison.OrdinalIgnoreCase))
            {
                return hoofdletter || IsSterkAchtervoegsel(achtervoegsel);
            }
        }

        return false;
    }

    private static bool IsSterkAchtervoegsel(string achtervoegsel) => achtervoegsel is
        "dwarsstraat" or "straatweg" or "straat" or "laan" or "plein" or "gracht" or "kade" or "singel" or "dreef"
        or "steeg" or "burgwal" or "plantsoen" or "boulevard";
}
