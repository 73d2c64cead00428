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
        if (!HeeftIetsTeDoen(tekst))
        {
            return new Resultaat(tekst, null);
        }

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
