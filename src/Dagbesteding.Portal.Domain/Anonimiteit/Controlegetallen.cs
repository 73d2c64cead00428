using System.Collections.Frozen;

namespace Dagbesteding.Portal.Domain.Anonimiteit;

/// <summary>Controlegetallen: de elfproef voor een BSN en mod-97 voor een IBAN.</summary>
internal static class Controlegetallen
{
    /// <summary>IBAN-lengtes per land (ISO 13616) voor de landen die in Amsterdam het vaakst voorkomen.</summary>
    private static readonly FrozenDictionary<string, int> IbanLengtes = new Dictionary<string, int>
    {
        ["NL"] = 18,
        ["BE"] = 16,
        ["DE"] = 22,
        ["FR"] = 27,
        ["GB"] = 22,
        ["ES"] = 24,
        ["IT"] = 27,
        ["PT"] = 25,
        ["PL"] = 28,
        ["RO"] = 24,
        ["BG"] = 22,
        ["TR"] = 26,
        ["LU"] = 20,
        ["AT"] = 20,
        ["CH"] = 21,
        ["IE"] = 22,
        ["DK"] = 18,
        ["SE"] = 24,
        ["NO"] = 15,
        ["FI"] = 18,
        ["GR"] = 27,
        ["HU"] = 28,
        ["CZ"] = 24,
        ["SK"] = 24,
        ["LT"] = 20,
        ["LV"] = 21,
        ["EE"] = 20,
        ["HR"] = 21,
        ["SI"] = 19,
        ["MA"] = 28,
        ["TN"] = 24,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// BSN-elfproef: 9×d1 + 8×d2 + … + 2×d8 − 1×d9 is deelbaar door 11, en het nummer is niet 000000000.
    /// Scheidingstekens (punten, spaties, streepjes) worden overgeslagen; het moeten precies negen cijfers zijn.
    /// </summary>
    public static bool IsElfproef(ReadOnlySpan<char> waarde)
    {
        Span<int> cijfers = stackalloc int[9];
        var aantal = 0;
        foreach (var c in waarde)
        {
            if (char.IsAsciiDigit(c))
            {
                if (aantal == 9)
                {
                    return false;
                }

                cijfers[aantal++] = c - '0';
            }
        }

        if (aantal != 9)
        {
            return false;
        }

        var som = 0;
        var allesNul = true;
        for (var i = 0; i < 8; i++)
        {
            som += (9 - i) * cijfers[i];
            allesNul &= cijfers[i] == 0;
        }

        som -= cijfers[8];
        allesNul &= cijfers[8] == 0;
        return !allesNul && som % 11 == 0;
    }

    /// <summary>
    /// Zoekt vanaf het begin van <paramref name="kandidaat"/> (landcode, controlecijfers, rest met eventueel spaties)
    /// de langste geldige IBAN: juiste lengte voor het land en mod-97 gelijk aan 1. Geeft het aantal tekens van de
    /// kandidaat dat de IBAN beslaat, of 0.
    /// </summary>
    public static int LengteGeldigeIban(ReadOnlySpan<char> kandidaat)
    {
        Span<char> compact = stackalloc char[34];
        Span<int> eindPositie = stackalloc int[34];
        var n = 0;
        for (var i = 0; i < kandidaat.Length && n < 34; i++)
        {
            var c = kandidaat[i];
            if (c == ' ')
            {
                continue;
            }

            compact[n] = char.ToUpperInvariant(c);
            eindPositie[n] = i + 1;
            n++;
        }

        var land = new string(compact[..2]);
        if (IbanLengtes.TryGetValue(land, out var lengte))
        {
            return lengte <= n && EindigtOpGrens(kandidaat, eindPositie[lengte - 1]) && IsMod97(compact[..lengte])
                ? eindPositie[lengte - 1]
                : 0;
        }

        for (var l = n; l >= 15; l--)
        {
            if (EindigtOpGrens(kandidaat, eindPositie[l - 1]) && IsMod97(compact[..l]))
            {
                return eindPositie[l - 1];
            }
        }

        return 0;
    }

    /// <summary>
    /// Heeft de kandidaat de vorm van een IBAN van een bekend land (landcode, twee cijfers, genoeg tekens),
    /// ook als de controlecijfers niet kloppen? Geeft dan het aantal tekens dat de vorm beslaat.
    /// </summary>
    public static bool HeeftIbanVorm(ReadOnlySpan<char> kandidaat, out int lengte)
    {
        lengte = 0;
        if (!IbanLengtes.TryGetValue(new string(kandidaat[..2]), out var ibanLengte))
        {
            return false;
        }

        var n = 0;
        for (var i = 0; i < kandidaat.Length; i++)
        {
            if (kandidaat[i] != ' ' && ++n == ibanLengte)
            {
                lengte = i + 1;
                return true;
            }
        }

        return false;
    }

    /// <summary>De IBAN moet eindigen vóór een spatie of aan het eind: niet midden in een woord of groepje.</summary>
    private static bool EindigtOpGrens(ReadOnlySpan<char> kandidaat, int eind) =>
        eind == kandidaat.Length || kandidaat[eind] == ' ';

    private static bool IsMod97(ReadOnlySpan<char> iban)
    {
        // Eerste vier tekens naar achteren, letters als getallen (A = 10 … Z = 35), rest bij deling door 97.
        var rest = 0;
        for (var i = 0; i < iban.Length; i++)
        {
            var c = iban[(i + 4) % iban.Length];
            if (char.IsAsciiDigit(c))
            {
                rest = (rest * 10 + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                rest = (rest * 100 + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return rest == 1;
    }

    public static int AantalCijfers(ReadOnlySpan<char> waarde)
    {
        var aantal = 0;
        foreach (var c in waarde)
        {
            if (char.IsAsciiDigit(c))
            {
                aantal++;
            }
        }

        return aantal;
    }
}
