using System.Globalization;

namespace Dagbesteding.Portal.Domain.Anonimiteit;

internal enum TokenSoort
{
    Woord,
    Getal,
    Teken,
    Regeleinde,
}

internal readonly record struct Token(TokenSoort Soort, int Start, int Lengte)
{
    public int Einde => Start + Lengte;
}

/// <summary>
/// Knipt een tekst in woorden, getallen, leestekens en regeleinden. Een woord mag binnenin een
/// koppelteken of apostrof hebben ("Nieuw-West", "Fatima's"); "'t" is een los woord.
/// Spaties en tabs zijn geen token.
/// </summary>
internal static class Tekstscanner
{
    public static List<Token> Scan(string tekst)
    {
        var tokens = new List<Token>(tekst.Length / 4 + 4);
        var i = 0;
        while (i < tekst.Length)
        {
            var c = tekst[i];
            if (c == '\n')
            {
                tokens.Add(new Token(TokenSoort.Regeleinde, i, 1));
                i++;
            }
            else if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c) || IsLosseApostrofT(tekst, i))
            {
                var start = i;
                i++;
                while (i < tekst.Length)
                {
                    var d = tekst[i];
                    if (char.IsLetter(d) || IsAccentteken(d))
                    {
                        i++;
                    }
                    else if ((d == '-' || d == '\'' || d == '’') && i + 1 < tekst.Length && char.IsLetter(tekst[i + 1]))
                    {
                        i += 2;
                    }
                    else
                    {
                        break;
                    }
                }

                tokens.Add(new Token(TokenSoort.Woord, start, i - start));
            }
            else if (char.IsDigit(c))
            {
                var start = i;
                while (i < tekst.Length && char.IsDigit(tekst[i]))
                {
                    i++;
                }

                tokens.Add(new Token(TokenSoort.Getal, start, i - start));
            }
            else
            {
                tokens.Add(new Token(TokenSoort.Teken, i, 1));
                i++;
            }
        }

        return tokens;
    }

    private static bool IsAccentteken(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>"'t" of "'s" als los woord (zoals in "van 't Hof").</summary>
    private static bool IsLosseApostrofT(string tekst, int i) =>
        (tekst[i] == '\'' || tekst[i] == '’')
        && i + 1 < tekst.Length
        && tekst[i + 1] is 't' or 'T' or 's' or 'S'
        && (i + 2 == tekst.Length || !char.IsLetterOrDigit(tekst[i + 2]))
        && (i == 0 || !char.IsLetterOrDigit(tekst[i - 1]));
}
