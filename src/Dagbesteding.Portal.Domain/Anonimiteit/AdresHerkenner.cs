using System.Collections.Frozen;

namespace Dagbesteding.Portal.Domain.Anonimiteit;

/// <summary>
/// Vindt straatnamen met een huisnummer: "Kalverstraat 12", "Van Woustraat 101-3", "Bijlmerdreef 1289A",
/// "Jan van Galenstraat 12 hs". Een straatnaam is een woord dat eindigt op een straat-achtervoegsel
/// ("straat", "laan", "gracht", ...). Zonder hoofdletter tellen alleen de ondubbelzinnige achtervoegsels
/// ("kalverstraat 12" wel, "leerweg 2" niet). Een getal met een eenheid erna ("Westerpark 2 keer",
/// "Museumplein 3 dagen") of een tijd ("Rembrandtpark 10.30") is geen huisnummer.
/// </summary>
internal static class AdresHerkenner
{
    private static readonly FrozenSet<string> Eenheden = new[]
    {
        "keer", "x", "maal", "dag", "dagen", "dagdeel", "dagdelen", "uur", "uren", "u", "jaar", "jaren", "jarige",
        "maand", "maanden", "week", "weken", "km", "kilometer", "minuten", "min", "minuut", "personen", "mensen",
        "deelnemers", "cliënten", "clienten", "plekken", "plaatsen", "plek", "euro", "procent", "stuks", "bussen",
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
        "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec",
        "tram", "bus", "lijn", "meter", "m", "kwartier",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Nummerwoorden = new[]
    {
        "nr", "nummer", "no", "huisnummer",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Huisnummertoevoegingen = new[]
    {
        "hs", "huis", "bg", "hg", "i", "ii", "iii", "iv", "bis", "zw", "rood", "boven", "beneden",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Woorden met een hoofdletter die vóór een straatnaam staan maar er geen deel van zijn.</summary>
    private static readonly FrozenSet<string> GeenStraatdeel = new[]
    {
        "op", "in", "aan", "bij", "naar", "via", "uit", "vanaf", "tot", "tegenover", "naast", "richting", "woont",
        "adres", "locatie", "werkplaats", "ik", "hij", "zij", "ze", "wij", "we", "het", "een", "is", "nu", "sinds",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static void Zoek(Tekst tekst, NaamLijsten lijsten, List<Kandidaat> kandidaten)
    {
        var geenNaam = lijsten.GeenNaam.GetAlternateLookup<ReadOnlySpan<char>>();
        var eenheden = Eenheden.GetAlternateLookup<ReadOnlySpan<char>>();
        var nummerwoorden = Nummerwoorden.GetAlternateLookup<ReadOnlySpan<char>>();
        var toevoegingen = Huisnummertoevoegingen.GetAlternateLookup<ReadOnlySpan<char>>();
        var zonderAchtervoegsel = NaamHerkenner.StratenZonderAchtervoegsel.GetAlternateLookup<ReadOnlySpan<char>>();

        for (var i = 0; i < tekst.Aantal; i++)
        {
            if (!tekst.IsWoord(i))
            {
                continue;
            }

            var woord = tekst.Span(i);
            var hoofdletter = tekst.BeginHoofdletter(i) || Tekst.AllesHoofdletters(woord);
            if (!NaamHerkenner.IsStraatwoord(woord, hoofdletter) && !(hoofdletter && zonderAchtervoegsel.Contains(woord))
                && !(hoofdletter && NaWoonwoord(tekst, i)))
            {
                continue;
            }

            // Huisnummer, eventueel na "nr." of "nummer".
            var n = i + 1;
            if (n >= tekst.Aantal || !tekst.AlleenSpatieTussen(i, n))
            {
                continue;
            }

            if (tekst.IsWoord(n) && nummerwoorden.Contains(tekst.Span(n)))
            {
                var na = tekst.IsTeken(n + 1, '.') ? n + 2 : n + 1;
                if (na >= tekst.Aantal || !(tekst.Tokens[na].Start - tekst.Tokens[na - 1].Einde is 0 or 1))
                {
                    continue;
                }

                n = na;
            }

            if (!tekst.IsGetal(n) || tekst.Tokens[n].Lengte > 5 || tekst.Waarde[tekst.Tokens[n].Start] == '0')
            {
                continue;
            }

            var eind = LeesToevoeging(tekst, n, toevoegingen, out var afwijzen);
            if (afwijzen || GevolgdDoorEenheid(tekst, eind, eenheden))
            {
                continue;
            }

            var begin = BeginVanStraatnaam(tekst, i, geenNaam);
            kandidaten.Add(new Kandidaat(BevindingSoort.Adres, tekst.Tokens[begin].Start, tekst.Tokens[eind].Einde));
            i = eind;
        }
    }

    /// <summary>
    /// "woont Reigersbos 201", "flat aan de Gooioord 341", "Ophaaladres: Kraaiennest 12": een woord met een hoofdletter
    /// en een huisnummer na een woord over wonen of ophalen is een adres, ook zonder straat-achtervoegsel.
    /// </summary>
    private static bool NaWoonwoord(Tekst tekst, int i)
    {
        var p = i - 1;
        if (tekst.IsTeken(p, ':'))
        {
            p--;
        }
        else
        {
            p = tekst.VorigWoord(i);
        }

        if (p >= 0 && (tekst.IsGelijk(p, "de") || tekst.IsGelijk(p, "het")))
        {
            p = tekst.VorigWoord(p);
        }

        if (p >= 0 && (tekst.IsGelijk(p, "aan") || tekst.IsGelijk(p, "op") || tekst.IsGelijk(p, "in")))
        {
            p = tekst.VorigWoord(p);
        }

        return tekst.IsWoord(p) && Woonwoorden.GetAlternateLookup<ReadOnlySpan<char>>().Contains(tekst.Span(p));
    }

    private static readonly FrozenSet<string> Woonwoorden = new[]
    {
        "woont", "wonen", "woonde", "woon", "adres", "woonadres", "ophaaladres", "postadres", "huisadres", "thuisadres",
        "verhuisd", "verhuist", "ophalen", "opgehaald", "brengen", "gebracht", "flat", "woning", "huis", "portiek",
        "kamer", "appartement",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Leest "A", "-3", "-II", " hs" na het huisnummer op token <paramref name="n"/>. Geeft het laatste token.</summary>
    private static int LeesToevoeging(Tekst tekst, int n, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> toevoegingen, out bool afwijzen)
    {
        afwijzen = false;
        var k = n + 1;
        if (k >= tekst.Aantal)
        {
            return n;
        }

        var vast = tekst.Tokens[k].Start == tekst.Tokens[n].Einde;

        // Tijd, bedrag of decimaal getal: "10.30", "12,50", "12:00"; percentage.
        if (vast && tekst.Tokens[k].Soort == TokenSoort.Teken)
        {
            var teken = tekst.Waarde[tekst.Tokens[k].Start];
            if ((teken is '.' or ',' or ':') && tekst.IsGetal(k + 1) && tekst.Tokens[k + 1].Start == tekst.Tokens[k].Einde)
            {
                afwijzen = true;
                return n;
            }

            if (teken == '%')
            {
                afwijzen = true;
                return n;
            }

            if (teken is '-' or '/' && k + 1 < tekst.Aantal && tekst.Tokens[k + 1].Start == tekst.Tokens[k].Einde
                && (tekst.IsGetal(k + 1) || (tekst.IsWoord(k + 1) && tekst.Tokens[k + 1].Lengte <= 3)))
            {
                return k + 1;
            }

            return n;
        }

        if (vast && tekst.IsWoord(k))
        {
            var letters = tekst.Span(k);
            if (letters is "x" or "X" or "e" or "ste" or "de" || letters.Length > 3)
            {
                afwijzen = letters is "x" or "X" or "e" or "ste" or "de";
                return n;
            }

            return k;
        }

        if (tekst.IsWoord(k) && tekst.AlleenSpatieTussen(n, k))
        {
            var woord = tekst.Span(k);
            if (toevoegingen.Contains(woord) || (woord.Length == 1 && char.IsUpper(woord[0]) && !tekst.IsWoord(tekst.VolgendWoord(k))))
            {
                return k;
            }
        }

        return n;
    }

    /// <summary>"Westerpark 2 keer", "Museumplein 2 of 3 dagen": dan is het getal geen huisnummer.</summary>
    private static bool GevolgdDoorEenheid(Tekst tekst, int eind, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> eenheden)
    {
        var k = eind + 1;
        for (var stap = 0; stap < 4 && k < tekst.Aantal; stap++, k++)
        {
            var token = tekst.Tokens[k];
            if (token.Soort == TokenSoort.Getal || tekst.IsTeken(k, '-') || tekst.IsGelijk(k, "en") || tekst.IsGelijk(k, "of")
                || tekst.IsGelijk(k, "tot") || tekst.IsGelijk(k, "à"))
            {
                continue;
            }

            return tekst.IsWoord(k) && eenheden.Contains(tekst.Span(k));
        }

        return false;
    }

    /// <summary>Breidt de straatnaam naar links uit: "Jan van Galenstraat", "Eerste Constantijn Huygensstraat".</summary>
    private static int BeginVanStraatnaam(Tekst tekst, int straat, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> geenNaam)
    {
        var begin = straat;
        var geenDeel = GeenStraatdeel.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var stap = 0; stap < 4; stap++)
        {
            var vorige = tekst.VorigWoord(begin);
            if (vorige < 0)
            {
                break;
            }

            // "Jumbo Osdorpplein 12": de winkelnaam hoort niet bij de straat.
            if (tekst.BeginHoofdletter(vorige) && !geenDeel.Contains(tekst.Span(vorige)) && !geenNaam.Contains(tekst.Span(vorige)))
            {
                begin = vorige;
                continue;
            }

            // Tussenvoegsel binnen de straatnaam: "Jan van Galenstraat", "Admiraal de Ruijterweg".
            var isVoegsel = tekst.IsGelijk(vorige, "van") || tekst.IsGelijk(vorige, "de") || tekst.IsGelijk(vorige, "der")
                || tekst.IsGelijk(vorige, "den") || tekst.IsGelijk(vorige, "'t");
            var daarvoor = tekst.VorigWoord(vorige);
            if (isVoegsel && tekst.BeginKleineLetter(vorige) && daarvoor >= 0 && tekst.BeginHoofdletter(daarvoor) && !geenDeel.Contains(tekst.Span(daarvoor)))
            {
                begin = daarvoor;
                continue;
            }

            break;
        }

        return begin;
    }
}
