using System.Collections.Frozen;

namespace Dagbesteding.Portal.Domain.Anonimiteit;

/// <summary>Een mogelijke bevinding, vóór het oplossen van overlap.</summary>
internal readonly record struct Kandidaat(string Soort, int Start, int Einde);

/// <summary>Een tekst met zijn tokens en hulpfuncties om over woorden te redeneren.</summary>
internal sealed class Tekst
{
    /// <summary>Afkortingen waarna een punt geen zinseinde is.</summary>
    private static readonly FrozenSet<string> Afkortingen = new[]
    {
        "dhr", "hr", "mevr", "mw", "mvr", "mr", "dr", "drs", "ir", "ing", "prof", "mej", "bijv", "bv", "ca", "evt",
        "nr", "tel", "st", "sr", "jr", "vs", "o", "a", "i", "v", "m", "b", "t", "z", "e", "d", "g", "enz", "etc", "jl",
        "zgn", "resp", "incl", "excl", "max", "min", "gem", "geb",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public Tekst(string waarde)
    {
        Waarde = waarde;
        Tokens = Tekstscanner.Scan(waarde);
    }

    public string Waarde { get; }

    public List<Token> Tokens { get; }

    public int Aantal => Tokens.Count;

    public ReadOnlySpan<char> Span(int i) => Waarde.AsSpan(Tokens[i].Start, Tokens[i].Lengte);

    public string Woord(int i) => Waarde.Substring(Tokens[i].Start, Tokens[i].Lengte);

    public bool IsWoord(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Soort == TokenSoort.Woord;

    public bool IsGetal(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Soort == TokenSoort.Getal;

    public bool IsTeken(int i, char teken) =>
        i >= 0 && i < Tokens.Count && Tokens[i].Soort == TokenSoort.Teken && Waarde[Tokens[i].Start] == teken;

    public bool IsGelijk(int i, string woord) =>
        IsWoord(i) && Span(i).Equals(woord, StringComparison.OrdinalIgnoreCase);

    /// <summary>Begint met een hoofdletter en is geen afkorting in hoofdletters ("Fatima", "IJburg"; niet "NAH").</summary>
    public bool BeginHoofdletter(int i)
    {
        if (!IsWoord(i))
        {
            return false;
        }

        var s = Span(i);
        return char.IsUpper(s[0]) && !AllesHoofdletters(s);
    }

    public bool BeginKleineLetter(int i) => IsWoord(i) && char.IsLower(Span(i)[0]);

    public static bool AllesHoofdletters(ReadOnlySpan<char> s)
    {
        if (s.Length < 2)
        {
            return false;
        }

        foreach (var c in s)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Staan token <paramref name="a"/> en <paramref name="b"/> alleen door spaties of tabs gescheiden (minstens één)?</summary>
    public bool AlleenSpatieTussen(int a, int b)
    {
        var van = Tokens[a].Einde;
        var tot = Tokens[b].Start;
        if (tot <= van)
        {
            return false;
        }

        for (var p = van; p < tot; p++)
        {
            if (Waarde[p] is not (' ' or '\t' or '\u00A0'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Het volgende woord als het alleen door spaties van token <paramref name="i"/> gescheiden is, anders -1.</summary>
    public int VolgendWoord(int i) =>
        i >= 0 && IsWoord(i + 1) && AlleenSpatieTussen(i, i + 1) ? i + 1 : -1;

    /// <summary>Het vorige woord als het alleen door spaties van token <paramref name="i"/> gescheiden is, anders -1.</summary>
    public int VorigWoord(int i) =>
        i > 0 && IsWoord(i - 1) && AlleenSpatieTussen(i - 1, i) ? i - 1 : -1;

    /// <summary>
    /// Staat token <paramref name="i"/> aan het begin van een zin of regel? Aanhalingstekens, haakjes en
    /// opsommingstekens ervoor tellen niet mee; een punt na een voorletter of afkorting is geen zinseinde.
    /// </summary>
    public bool IsZinsbegin(int i)
    {
        var p = i - 1;
        while (p >= 0 && Tokens[p].Soort == TokenSoort.Teken && Waarde[Tokens[p].Start] is '"' or '\'' or '“' or '”' or '‘' or '’' or '(' or '[' or '*' or '•' or '-' or '–' or '>')
        {
            p--;
        }

        if (p < 0 || Tokens[p].Soort == TokenSoort.Regeleinde)
        {
            return true;
        }

        if (Tokens[p].Soort != TokenSoort.Teken)
        {
            return false;
        }

        var teken = Waarde[Tokens[p].Start];
        if (teken is '!' or '?' or ':' or ';')
        {
            return true;
        }

        if (teken != '.')
        {
            return false;
        }

        // Punt na een afkorting of voorletter ("dhr. Jansen", "J. de Vries") is geen zinseinde.
        var ervoor = p - 1;
        if (IsWoord(ervoor) && Tokens[ervoor].Einde == Tokens[p].Start)
        {
            var woord = Span(ervoor);
            if (woord.Length == 1 && char.IsUpper(woord[0]))
            {
                return false;
            }

            var lookup = Afkortingen.GetAlternateLookup<ReadOnlySpan<char>>();
            return !lookup.Contains(woord);
        }

        return true;
    }
}
