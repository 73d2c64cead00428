using System.Globalization;
using System.Text.RegularExpressions;

namespace Dagbesteding.Portal.Domain.Anonimiteit;

/// <summary>
/// Controleert vrije tekst (een adviesvraag of reactie) op persoonsgegevens voordat die naar het kanaal gaat:
/// BSN (met elfproef), postcode, telefoonnummer, e-mailadres, IBAN (met mod-97), geboortedatum, adres met
/// huisnummer en persoonsnamen. Een lege lijst betekent: de tekst mag verstuurd worden.
/// </summary>
/// <remarks>
/// Afspraken:
/// <list type="bullet">
/// <item>Een leeftijd ("een man van 45", "45 jaar"), een jaartal ("sinds 2019") en maand met jaar
/// ("sinds maart 2024") zijn toegestaan.</item>
/// <item>Een volledige datum (dag, maand en jaar) telt als geboortedatum als het jaar minstens tien jaar
/// vóór het huidige jaar ligt, of als er "geboren", "geb." of "geboortedatum" vlak voor staat.
/// "Gesprek op 12-06-2026" wordt dus niet gemeld.</item>
/// <item>Een postcode moet in hoofdletters staan ("1012 AB", "1012AB"), zodat "2024 en" geen postcode is.</item>
/// <item>Bevindingen overlappen nooit: bij overlap wint de meest specifieke soort
/// (volgorde van <see cref="BevindingSoort.Alle"/>). De lijst is gesorteerd op <see cref="Bevinding.Start"/>.</item>
/// </list>
/// </remarks>
public sealed partial class AnonimiteitsControle
{
    private static readonly Lazy<AnonimiteitsControle> Gedeeld = new(() => new AnonimiteitsControle());

    /// <summary>Eenheden die op een kleine-letter-postcode lijken: "1000km", "1500ml", "2000mg".</summary>
    private static readonly HashSet<string> PostcodeEenheden =
    [
        "km", "kg", "mg", "ml", "cl", "dl", "cm", "mm", "pk", "kw", "kb", "mb", "gb", "tb", "st", "uu", "ct", "gr", "hz",
    ];

    /// <summary>Woorden en afkortingen van twee letters, die na een getal staan zonder een postcode te zijn.</summary>
    private static readonly HashSet<string> TweeletterWoorden =
    [
        "en", "op", "in", "de", "te", "is", "om", "of", "al", "nu", "ze", "we", "je", "er", "na", "zo", "ja", "nee", "ik",
        "u", "uw", "het", "ca", "nr", "ex", "vs", "wk", "pm", "am", "tv", "pc", "ov", "dd", "mn", "ml", "bv", "nl", "eu",
        "wo", "ma", "di", "do", "vr", "za", "zo", "hr", "jr", "mw",
    ];

    private static readonly string[] Maanden =
    [
        "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
    ];

    private readonly TimeProvider _tijd;
    private readonly NaamLijsten _lijsten;
    private readonly NaamHerkenner _namen;

    /// <summary>Een controle met de standaard namenlijsten en de systeemklok.</summary>
    public AnonimiteitsControle()
        : this(TimeProvider.System)
    {
    }

    /// <summary>Een controle met de standaard namenlijsten en een eigen klok (voor de regel over geboortedata).</summary>
    public AnonimiteitsControle(TimeProvider tijd)
    {
        ArgumentNullException.ThrowIfNull(tijd);
        _tijd = tijd;
        _lijsten = NaamLijsten.Standaard;
        _namen = new NaamHerkenner(_lijsten);
    }

    /// <summary>Controleert <paramref name="tekst"/> met een gedeelde controle en de systeemklok.</summary>
    /// <returns>De bevindingen, gesorteerd op positie en zonder overlap. Leeg: de tekst mag verstuurd worden.</returns>
    public static IReadOnlyList<Bevinding> Controleer(string tekst) => Gedeeld.Value.Toets(tekst);

    /// <summary>Controleert <paramref name="tekst"/>.</summary>
    /// <returns>De bevindingen, gesorteerd op positie en zonder overlap. Leeg: de tekst mag verstuurd worden.</returns>
    public IReadOnlyList<Bevinding> Toets(string tekst)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        if (string.IsNullOrWhiteSpace(tekst))
        {
            return [];
        }

        // Onzichtbare tekens en brede cijfers mogen geen BSN of naam verbergen: controleer de genormaliseerde tekst.
        var origineel = tekst;
        var genormaliseerd = Normalisatie.Normaliseer(origineel);
        tekst = genormaliseerd.Tekst;

        var kandidaten = new List<Kandidaat>();
        ZoekEmail(tekst, kandidaten);
        var ibanVormen = ZoekIban(tekst, kandidaten);
        var getallen = new List<Kandidaat>();
        ZoekBsn(tekst, getallen);
        ZoekGeboortedata(tekst, getallen);
        ZoekTelefoon(tekst, getallen);
        ZoekPostcodes(tekst, getallen);

        // Cijfers binnen iets dat de vorm van een IBAN heeft (ook met een tikfout in de controlecijfers)
        // zijn geen telefoonnummer of BSN.
        foreach (var kandidaat in getallen)
        {
            if (!ibanVormen.Exists(v => kandidaat.Start < v.Einde && v.Start < kandidaat.Einde))
            {
                kandidaten.Add(kandidaat);
            }
        }

        var geknipt = new Tekst(tekst);
        foreach (var match in StraatZonderAchtervoegselRegex().EnumerateMatches(tekst))
        {
            kandidaten.Add(new Kandidaat(BevindingSoort.Adres, match.Index, match.Index + match.Length));
        }

        // "Dubbelink 8, 1102 AL", "Mosveld 214-2, 1083TL": whatever the street is called, a name and a number right
        // before a postcode are an address.
        foreach (var match in StraatVoorPostcodeRegex().EnumerateMatches(tekst))
        {
            kandidaten.Add(new Kandidaat(BevindingSoort.Adres, match.Index, match.Index + match.Length));
        }

        AdresHerkenner.Zoek(geknipt, _lijsten, kandidaten);
        _namen.Zoek(geknipt, kandidaten);

        var bevindingen = LosOverlapOp(kandidaten);
        if (genormaliseerd.Posities is null)
        {
            return bevindingen;
        }

        // Terug naar de posities in wat de gebruiker typte, zodat de markering de onzichtbare tekens meeneemt.
        return bevindingen.ConvertAll(b =>
        {
            var (start, einde) = genormaliseerd.NaarOrigineel(b.Start, b.Start + b.Lengte, origineel.Length);
            return b with { Start = start, Lengte = einde - start };
        });
    }

    private static List<Bevinding> LosOverlapOp(List<Kandidaat> kandidaten)
    {
        var volgorde = BevindingSoort.Alle;
        kandidaten.Sort((a, b) =>
        {
            var c = IndexVan(volgorde, a.Soort).CompareTo(IndexVan(volgorde, b.Soort));
            if (c == 0)
            {
                c = (b.Einde - b.Start).CompareTo(a.Einde - a.Start);
            }

            return c != 0 ? c : a.Start.CompareTo(b.Start);
        });

        var gekozen = new List<Kandidaat>(kandidaten.Count);
        foreach (var kandidaat in kandidaten)
        {
            if (kandidaat.Einde <= kandidaat.Start)
            {
                continue;
            }

            var overlapt = false;
            foreach (var g in gekozen)
            {
                if (kandidaat.Start < g.Einde && g.Start < kandidaat.Einde)
                {
                    overlapt = true;
                    break;
                }
            }

            if (!overlapt)
            {
                gekozen.Add(kandidaat);
            }
        }

        gekozen.Sort((a, b) => a.Start.CompareTo(b.Start));
        return gekozen.ConvertAll(k => new Bevinding(k.Soort, k.Start, k.Einde - k.Start, BevindingSoort.UitlegVoor(k.Soort)));
    }

    private static int IndexVan(IReadOnlyList<string> lijst, string waarde)
    {
        for (var i = 0; i < lijst.Count; i++)
        {
            if (lijst[i] == waarde)
            {
                return i;
            }
        }

        return lijst.Count;
    }

    private static void ZoekEmail(string tekst, List<Kandidaat> kandidaten)
    {
        // De reguliere expressies proberen elk woord; zonder '@' of "(at)" is dat zonde van de tijd.
        if (tekst.Contains('@', StringComparison.Ordinal))
        {
            foreach (var match in EmailRegex().EnumerateMatches(tekst))
            {
                kandidaten.Add(new Kandidaat(BevindingSoort.Email, match.Index, match.Index + match.Length));
            }
        }

        if (tekst.Contains("at)", StringComparison.OrdinalIgnoreCase) || tekst.Contains("at]", StringComparison.OrdinalIgnoreCase)
            || tekst.Contains("at}", StringComparison.OrdinalIgnoreCase) || tekst.Contains("@)", StringComparison.Ordinal)
            || tekst.Contains("@]", StringComparison.Ordinal) || tekst.Contains("apenstaartje", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var match in EmailVerhuldRegex().EnumerateMatches(tekst))
            {
                kandidaten.Add(new Kandidaat(BevindingSoort.Email, match.Index, match.Index + match.Length));
            }
        }

        // Helemaal uitgeschreven: "winston punt pinas at outlook punt com".
        if (tekst.Contains(" at ", StringComparison.OrdinalIgnoreCase)
            && (tekst.Contains(" punt ", StringComparison.OrdinalIgnoreCase) || tekst.Contains(" dot ", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var match in EmailUitgeschrevenRegex().EnumerateMatches(tekst))
            {
                kandidaten.Add(new Kandidaat(BevindingSoort.Email, match.Index, match.Index + match.Length));
            }
        }
    }

    /// <summary>Voegt geldige IBAN's toe en geeft alle stukken tekst met de vorm van een IBAN (geldig of niet).</summary>
    private static List<Kandidaat> ZoekIban(string tekst, List<Kandidaat> kandidaten)
    {
        var vormen = new List<Kandidaat>();

        // Alleen beginnen waar twee letters en twee cijfers aan het begin van een woord staan ("NL91").
        for (var i = 0; i + 4 <= tekst.Length; i++)
        {
            if (!char.IsAsciiLetter(tekst[i]) || !char.IsAsciiLetter(tekst[i + 1]) || !char.IsAsciiDigit(tekst[i + 2])
                || !char.IsAsciiDigit(tekst[i + 3]) || (i > 0 && char.IsLetterOrDigit(tekst[i - 1])))
            {
                continue;
            }

            var match = IbanRegex().Match(tekst, i);
            if (!match.Success)
            {
                continue;
            }

            var stuk = tekst.AsSpan(match.Index, match.Length);
            var lengte = Controlegetallen.LengteGeldigeIban(stuk);
            if (lengte > 0)
            {
                kandidaten.Add(new Kandidaat(BevindingSoort.Iban, match.Index, match.Index + lengte));
                vormen.Add(new Kandidaat(BevindingSoort.Iban, match.Index, match.Index + lengte));
            }
            else if (Controlegetallen.HeeftIbanVorm(stuk, out var vormLengte))
            {
                vormen.Add(new Kandidaat(BevindingSoort.Iban, match.Index, match.Index + vormLengte));
            }

            i = match.Index + match.Length - 1;
        }

        return vormen;
    }

    private static void ZoekBsn(string tekst, List<Kandidaat> kandidaten)
    {
        foreach (var match in BsnRegex().EnumerateMatches(tekst))
        {
            if (Controlegetallen.IsElfproef(tekst.AsSpan(match.Index, match.Length)))
            {
                kandidaten.Add(new Kandidaat(BevindingSoort.Bsn, match.Index, match.Index + match.Length));
            }
        }

        // Vast aan het woord: "bsn470455858", "BSN:123456782".
        foreach (var match in BsnVastRegex().EnumerateMatches(tekst))
        {
            if (Controlegetallen.IsElfproef(tekst.AsSpan(match.Index, match.Length)))
            {
                kandidaten.Add(new Kandidaat(BevindingSoort.Bsn, match.Index, match.Index + match.Length));
            }
        }
    }

    private static void ZoekTelefoon(string tekst, List<Kandidaat> kandidaten)
    {
        foreach (var match in TelefoonNationaalRegex().EnumerateMatches(tekst))
        {
            var cijfers = Controlegetallen.AantalCijfers(tekst.AsSpan(match.Index, match.Length));
            if (cijfers == 10)
            {
                kandidaten.Add(new Kandidaat(BevindingSoort.Telefoon, match.Index, match.Index + match.Length));
            }
        }

        foreach (var match in TelefoonInternationaalRegex().EnumerateMatches(tekst))
        {
            var cijfers = Controlegetallen.AantalCijfers(tekst.AsSpan(match.Index, match.Length));
            if (cijfers is >= 9 and <= 15)
            {
                kandidaten.Add(new Kandidaat(BevindingSoort.Telefoon, match.Index, match.Index + match.Length));
            }
        }
    }

    private static void ZoekPostcodes(string tekst, List<Kandidaat> kandidaten)
    {
        foreach (var match in PostcodeRegex().EnumerateMatches(tekst))
        {
            kandidaten.Add(new Kandidaat(BevindingSoort.Postcode, match.Index, match.Index + match.Length));
        }

        // "1012ab": kleine letters alleen vast aan de cijfers, en niet als het een eenheid is ("1000km", "2000mg").
        foreach (var match in PostcodeKleineLettersRegex().EnumerateMatches(tekst))
        {
            var letters = tekst.AsSpan(match.Index + match.Length - 2, 2).ToString();
            var los = match.Length == 7;
            // "woont in 1062hz", "postcode 1062hz": after these words it is a postcode, also when the letters are a unit.
            var naPostcodewoord = PostcodewoordErvoorRegex().IsMatch(tekst.AsSpan(0, match.Index));
            // Los van de cijfers zijn twee kleine letters meestal een woord ("2024 en", "1500 op"): dan niet.
            if ((naPostcodewoord && !los) || (!PostcodeEenheden.Contains(letters) && !(los && TweeletterWoorden.Contains(letters))))
            {
                kandidaten.Add(new Kandidaat(BevindingSoort.Postcode, match.Index, match.Index + match.Length));
            }
        }
    }

    private void ZoekGeboortedata(string tekst, List<Kandidaat> kandidaten)
    {
        var vandaag = DateOnly.FromDateTime(_tijd.GetLocalNow().DateTime);

        foreach (Match match in DatumCijfersRegex().Matches(tekst))
        {
            // 1.5.10 is eerder een versie- of artikelnummer dan een datum: met punten alleen een jaar van vier cijfers.
            if (match.Groups["s"].ValueSpan is "." && match.Groups["j"].Length == 2)
            {
                continue;
            }

            VoegDatumToe(tekst, match, Getal(match.Groups["d"]), Getal(match.Groups["m"]), Jaar(match.Groups["j"].Value, vandaag), vandaag, kandidaten);
        }

        foreach (Match match in DatumIsoRegex().Matches(tekst))
        {
            VoegDatumToe(tekst, match, Getal(match.Groups["d"]), Getal(match.Groups["m"]), Getal(match.Groups["j"]), vandaag, kandidaten);
        }

        // "jarig op 9 oktober", "verjaardag is 3 mei": een verjaardag is een geboortedatum zonder jaar, en het jaar staat
        // vaak elders ("geboren in 1983").
        foreach (var match in VerjaardagRegex().EnumerateMatches(tekst))
        {
            kandidaten.Add(new Kandidaat(BevindingSoort.Geboortedatum, match.Index, match.Index + match.Length));
        }

        foreach (Match match in DatumMaandnaamRegex().Matches(tekst))
        {
            var maandnaam = match.Groups["mnd"].Value.ToLowerInvariant();
            var maand = maandnaam == "mrt" ? 3 : Array.FindIndex(Maanden, m => m.StartsWith(maandnaam[..3], StringComparison.Ordinal)) + 1;
            VoegDatumToe(tekst, match, Getal(match.Groups["d"]), maand, Jaar(match.Groups["j"].Value, vandaag), vandaag, kandidaten);
        }
    }

    private static void VoegDatumToe(string tekst, Match match, int dag, int maand, int jaar, DateOnly vandaag, List<Kandidaat> kandidaten)
    {
        if (maand is < 1 or > 12 || jaar < 1900 || dag < 1 || dag > DateTime.DaysInMonth(jaar, maand))
        {
            return;
        }

        var oudGenoeg = jaar <= vandaag.Year - 10;
        var geboorteWoord = jaar <= vandaag.Year && HeeftGeboortewoordErvoor(tekst, match.Index);
        if (oudGenoeg || geboorteWoord)
        {
            kandidaten.Add(new Kandidaat(BevindingSoort.Geboortedatum, match.Index, match.Index + match.Length));
        }
    }

    private static bool HeeftGeboortewoordErvoor(string tekst, int index)
    {
        var van = Math.Max(0, index - 40);
        var ervoor = tekst.AsSpan(van, index - van);
        return ervoor.Contains("geboren", StringComparison.OrdinalIgnoreCase)
            || ervoor.Contains("geb.", StringComparison.OrdinalIgnoreCase)
            || ervoor.Contains("geboortedatum", StringComparison.OrdinalIgnoreCase)
            || ervoor.Contains("geboortedag", StringComparison.OrdinalIgnoreCase);
    }

    private static int Getal(Group groep) => int.Parse(groep.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>"1985" → 1985; "85" of "'85" → 1985; "12" → 2012 (twee cijfers: de laatste eeuw die niet in de toekomst ligt).</summary>
    private static int Jaar(string waarde, DateOnly vandaag)
    {
        var cijfers = waarde.TrimStart('\'', '’');
        var jaar = int.Parse(cijfers, NumberStyles.None, CultureInfo.InvariantCulture);
        if (cijfers.Length == 2)
        {
            jaar += jaar <= vandaag.Year % 100 ? 2000 : 1900;
        }

        return jaar;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailRegex();

    /// <summary>Verhuld adres: "jan.bakker(at)gmail.com", "jan [at] gmail.com", "jan apenstaartje gmail punt com".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}._%+\-])[\p{L}\p{N}._%+\-]+\s?(?:[\(\[\{]\s?(?:at|@|apenstaartje)\s?[\)\]\}]|\sapenstaartje\s)\s?[\p{L}\p{N}\-]+(?:(?:\.|\s?[\(\[\{]\s?(?:dot|punt)\s?[\)\]\}]\s?|\spunt\s)[\p{L}\p{N}\-]+)+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EmailVerhuldRegex();

    /// <summary>"jan punt bakker at gmail punt com": "at" met spaties, en minstens één "punt" of "dot" erna.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])[\p{L}\p{N}._%+\-]+(?:\s(?:punt|dot)\s[\p{L}\p{N}\-]+)*\sat\s[\p{L}\p{N}\-]+(?:\s(?:punt|dot)\s[\p{L}\p{N}\-]+)+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EmailUitgeschrevenRegex();

    /// <summary>Negen cijfers direct na "bsn" (ook met ':' of '#'), zonder spatie ertussen.</summary>
    [GeneratedRegex(@"(?<=(?<![\p{L}])bsn[:#.]?)\d{9}(?!\p{N})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BsnVastRegex();

    /// <summary>Landcode, twee controlecijfers en 11 tot 30 letters of cijfers, eventueel in groepjes met spaties (vanaf de startpositie).</summary>
    [GeneratedRegex(@"\G[A-Za-z]{2}[0-9]{2}(?:[ ]?[A-Za-z0-9]){11,30}", RegexOptions.CultureInvariant)]
    private static partial Regex IbanRegex();

    /// <summary>
    /// Negen cijfers, los, in drie groepjes van twee tot vier (123.456.782, 1234.56.782, 39 109 2169) of als 12.34.56.782,
    /// met hetzelfde scheidingsteken; dat het er negen zijn, kijkt de elfproef na.
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}]|\p{N}[.\- ])(?:\d{9}|\d{2,4}(?<s>[.\- ])\d{2,4}\k<s>\d{2,4}|\d{2}(?<u>[.\- ])\d{2}\k<u>\d{2}\k<u>\d{3})(?![\p{L}\p{N}]|[.\- ]\p{N})", RegexOptions.CultureInvariant)]
    private static partial Regex BsnRegex();

    /// <summary>Nederlands nummer dat met 0 begint (06-12345678, 06.12345678, 06/12345678, 020 123 4567, (020) 123 45 67); tien cijfers wordt nagekeken.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}+]|\p{N}[.\-/])(?:0[1-9](?:(?: ?[\-–/] ?| |\.)?\d){8}|\(0[1-9]\d{0,2}\) ?\d(?:[ \-–]?\d){4,8})(?![\p{N}]|[\-/.]\p{N})", RegexOptions.CultureInvariant)]
    private static partial Regex TelefoonNationaalRegex();

    /// <summary>Internationaal nummer: +31 6 12345678, +31.20.1234567, 0031 20 1234567, +31 (0)6 ..., +32 470 12 34 56.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}+])(?:\+|00) ?[1-9]\d{0,2}[ ./]?(?:\(0\) ?)?[\-–./]?\d(?:(?: ?[\-–/] ?| |\.)?\d){6,12}(?![\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex TelefoonInternationaalRegex();

    /// <summary>Vier cijfers (niet met 0 beginnend) en twee hoofdletters, niet SA, SD of SS: "1012 AB", "1012AB", "1012-AB".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}]|\p{N}[.,\-])[1-9][0-9]{3}(?: |-)?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodeRegex();

    /// <summary>Postcode in kleine letters, vast aan de cijfers of met één spatie of streepje: "1012ab", "1012 ab", "1012-ab".</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}]|\p{N}[.,\-])[1-9][0-9]{3}[ \-]?(?!sa|sd|ss)[a-z]{2}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex PostcodeKleineLettersRegex();

    /// <summary>Dag-maand-jaar met hetzelfde scheidingsteken: 12-03-1985, 12/3/1985, 12.03.85.</summary>
    [GeneratedRegex(@"(?<![\p{N}]|\p{N}[.\-/])(?<d>[0-3]?\d)(?<s>[\-/.])(?<m>[01]?\d)\k<s>(?<j>(?:19|20)\d{2}|\d{2})(?![\p{N}]|[\-/.]\p{N})", RegexOptions.CultureInvariant)]
    private static partial Regex DatumCijfersRegex();

    /// <summary>Jaar-maand-dag: 1985-03-12.</summary>
    [GeneratedRegex(@"(?<![\p{N}]|\p{N}[.\-/])(?<j>(?:19|20)\d{2})-(?<m>[01]?\d)-(?<d>[0-3]?\d)(?![\p{N}]|[\-/.]\p{N})", RegexOptions.CultureInvariant)]
    private static partial Regex DatumIsoRegex();

    /// <summary>
    /// Amsterdamse straten van meer woorden zonder straat-achtervoegsel, met huisnummer: "Tussen Meer 48", "Meer en Vaart
    /// 12-2", "Plein '40-'45 3" (de woorden los zijn gewoon woorden; alleen de hele straatnaam met een nummer is een adres).
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:tussen\s+meer|meer\s+en\s+vaart|plein\s+['’]?40\s?-\s?['’]?45|gouden\s+leeuw)\s+\d{1,4}(?:\s?[a-z](?![\p{L}])|-\d{1,3}|-?\s?(?:hs|bg|i{1,3})(?![\p{L}]))?(?![\p{N}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex StraatZonderAchtervoegselRegex();

    /// <summary>
    /// One or two capitalised words, a house number (with toevoeging), then a postcode. Only capitalised words, so a
    /// name and a verb before the street stay out of it ("Suriyati woont Reigersbos 201, 1107 EV").
    /// </summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’-]+(?:\x20\p{Lu}[\p{L}'’-]+)?\x20\d{1,4}(?:\s?[a-zA-Z](?![\p{L}])|-\d{1,3}|-?\s?(?:hs|bg|i{1,3})(?![\p{L}]))?(?=,?\s[1-9]\d{3}\s?[A-Za-z]{2}(?![\p{L}\p{N}]))", RegexOptions.CultureInvariant)]
    private static partial Regex StraatVoorPostcodeRegex();

    /// <summary>The text before a postcode ends in "in", "postcode" or "pc" (and a space).</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:in|postcode|pc)\s$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PostcodewoordErvoorRegex();

    /// <summary>Een verjaardag: "jarig op 9 oktober", "verjaardag is op 3 mei", "jarig 12-3".</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?:jarig|verjaardag|verjaart)(?:\s+(?:is|op|de|is op|op de))?\s+(?:[0-3]?\d(?:e|ste|de)?\s+(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|febr|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)\b\.?|[0-3]?\d[\-/][01]?\d(?![\-/.]?\d))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex VerjaardagRegex();

    /// <summary>Dag, maandnaam en jaar: "12 maart 1985", "3 jan. '90", "1e januari 1990".</summary>
    [GeneratedRegex(@"(?<![\p{N}])(?<d>[0-3]?\d)(?:e|ste|de)?\s+(?<mnd>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|febr|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec)\.?\s+(?<j>(?:19|20)\d{2}|['’]\d{2})(?![\p{N}])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex DatumMaandnaamRegex();
}
