using System.Globalization;
using System.Text;

namespace Dagbesteding.Portal.Domain.Anonimiteit;

/// <summary>
/// Maakt een tekst klaar voor de controle, zodat een truc geen persoonsgegeven verbergt: onzichtbare tekens
/// (zero-width, richtingstekens, zacht afbreekstreepje) vallen weg, brede en andere cijfers worden 0–9, brede
/// letters en leestekens gewone ASCII, bijzondere spaties een spatie en streepjes een koppelteken.
/// Houdt bij waar elk teken in de oorspronkelijke tekst stond, zodat een bevinding de oorspronkelijke tekens markeert.
/// </summary>
internal static class Normalisatie
{
    /// <summary>De genormaliseerde tekst en per teken de positie in het origineel; <c>Posities</c> is null als niets veranderde.</summary>
    public readonly record struct Resultaat(string Tekst, int[]? Posities)
    {
        /// <summary>Zet een stuk [start, einde) van de genormaliseerde tekst om naar het origineel.</summary>
        public (int Start, int Einde) NaarOrigineel(int start, int einde, int lengteOrigineel)
        {
            if (Posities is null)
            {
                return (start, einde);
            }

            var s = start < Posities.Length ? Posities[start] : lengteOrigineel;
            var e = einde - 1 < Posities.Length && einde > 0 ? Posities[einde - 1] + 1 : lengteOrigineel;

            return (s, Math.Max(s, e));
        }
    }

    public static Resultaat Normaliseer(string tekst)
    {
        var resultaat = HeeftIetsTeDoen(tekst) ? VervangTekens(tekst) : new Resultaat(tekst, null);
        if (!HeeftUitgeschrevenTekens(resultaat.Tekst))
        {
            return resultaat;
        }

        var posities = resultaat.Posities ?? Enumerable.Range(0, tekst.Length).ToArray();
        return VoegUitgeschrevenTekensSamen(resultaat.Tekst, posities);
    }

    private static Resultaat VervangTekens(string tekst)
    {
        var sb = new StringBuilder(tekst.Length);
        var posities = new List<int>(tekst.Length);
        for (var i = 0; i < tekst.Length; i++)
        {
            var c = tekst[i];
            if (IsOnzichtbaar(c))
            {
                continue;
            }

            sb.Append(Vervang(c));
            posities.Add(i);
        }

        return new Resultaat(sb.ToString(), [.. posities]);
    }

    /// <summary>Minimaal zoveel losse tekens met één spatie ertussen gelden als één uitgeschreven woord of getal.</summary>
    private const int MinUitgeschreven = 4;

    /// <summary>
    /// "9 2 4 2 6 4 6 2 7", "M e h m e t  Ö z t ü r k", "a.nowak @ wp.pl": tekens met spaties ertussen worden weer
    /// één woord (twee spaties blijven één woordgrens), en spaties rond een '@' vallen weg.
    /// </summary>
    private static Resultaat VoegUitgeschrevenTekensSamen(string s, int[] posities)
    {
        var sb = new StringBuilder(s.Length);
        var nieuw = new List<int>(s.Length);
        var i = 0;
        while (i < s.Length)
        {
            if (IsLosTeken(s, i) && LengteVanReeks(s, i) >= MinUitgeschreven)
            {
                var k = i;
                while (true)
                {
                    sb.Append(s[k]);
                    nieuw.Add(posities[k]);
                    if (k + 2 < s.Length && s[k + 1] == ' ' && IsLosTeken(s, k + 2))
                    {
                        k += 2;
                    }
                    else if (k + 3 < s.Length && s[k + 1] == ' ' && s[k + 2] == ' ' && IsLosTeken(s, k + 3) && LengteVanReeks(s, k + 3) >= 2)
                    {
                        sb.Append(' ');
                        nieuw.Add(posities[k + 1]);
                        k += 3;
                    }
                    else
                    {
                        break;
                    }
                }

                i = k + 1;
                continue;
            }

            if (s[i] == ' ' && IsSpatieBijApenstaart(s, i))
            {
                i++;
                continue;
            }

            sb.Append(s[i]);
            nieuw.Add(posities[i]);
            i++;
        }

        return new Resultaat(sb.ToString(), [.. nieuw]);
    }

    /// <summary>Eén teken dat geen spatie is, met een spatie (of het begin/einde) aan beide kanten.</summary>
    private static bool IsLosTeken(string s, int i) =>
        !char.IsWhiteSpace(s[i])
        && (i == 0 || char.IsWhiteSpace(s[i - 1]))
        && (i + 1 == s.Length || s[i + 1] == ' ');

    private static int LengteVanReeks(string s, int i)
    {
        var lengte = 1;
        while (i + 2 < s.Length && s[i + 1] == ' ' && IsLosTeken(s, i + 2))
        {
            lengte++;
            i += 2;
        }

        return lengte;
    }

    private static bool IsSpatieBijApenstaart(string s, int i) =>
        (i + 2 < s.Length && s[i + 1] == '@' && i > 0 && char.IsLetterOrDigit(s[i - 1]))
        || (i > 1 && s[i - 1] == '@' && i + 1 < s.Length && char.IsLetterOrDigit(s[i + 1]));

    private static bool HeeftUitgeschrevenTekens(string tekst)
    {
        for (var i = 0; i < tekst.Length; i++)
        {
            if ((tekst[i] == '@' && ((i > 0 && tekst[i - 1] == ' ') || (i + 1 < tekst.Length && tekst[i + 1] == ' ')))
                || (IsLosTeken(tekst, i) && LengteVanReeks(tekst, i) >= MinUitgeschreven))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HeeftIetsTeDoen(string tekst)
    {
        foreach (var c in tekst)
        {
            if (c >= '\u00A0' && (IsOnzichtbaar(c) || Vervang(c) != c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Tekens die niets tonen maar een woord of getal kunnen breken.</summary>
    private static bool IsOnzichtbaar(char c) =>
        c is '\u00AD' or '\u034F' or '\u061C' or '\u180E' or '\uFEFF'
        || c is >= '\u200B' and <= '\u200F'
        || c is >= '\u202A' and <= '\u202E'
        || c is >= '\u2060' and <= '\u2069';

    private static char Vervang(char c)
    {
        // Brede vormen (U+FF01–FF5E) zijn ASCII (U+0021–007E) verschoven.
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            return (char)(c - 0xFEE0);
        }

        if (c is '\u3000' or '\u00A0' or '\u2007' or '\u202F' || (c is >= '\u2000' and <= '\u200A'))
        {
            return ' ';
        }

        if (c is >= '\u2010' and <= '\u2015' || c is '\u2212' or '\uFE63' or '\u00AD')
        {
            return '-';
        }

        // Cijfers uit andere schriften (Arabisch-Indisch, Devanagari, wiskundige cijfers binnen het BMP ...).
        if (c > '\u007F' && char.IsDigit(c))
        {
            var waarde = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (waarde >= 0)
            {
                return (char)('0' + waarde);
            }
        }

        return c;
    }
}
