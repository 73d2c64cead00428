namespace Dagbesteding.Portal.Domain.Invoer;

/// <summary>
/// Characters no text field may carry, whatever the field: they cannot be stored as typed. PostgreSQL refuses a NUL
/// character and Npgsql a lone surrogate (half an emoji, left by a bad copy or a script), SQLite would store a
/// replacement character instead — so a post would crash on one database and change on the other. Control characters
/// (other than tab and new line) and the two noncharacters have no meaning in a message and can hide what it says.
/// Refused with one Dutch message that says where, so the person removes it and keeps the rest of what they typed.
/// </summary>
public static class Invoertekst
{
    /// <summary>The Dutch refusal for <paramref name="tekst"/>, or null when every character can be stored.</summary>
    public static string? Fout(string? tekst, string wat)
    {
        if (tekst is null)
        {
            return null;
        }
        for (var i = 0; i < tekst.Length; i++)
        {
            var c = tekst[i];
            var los = char.IsHighSurrogate(c) ? i + 1 >= tekst.Length || !char.IsLowSurrogate(tekst[i + 1])
                : char.IsLowSurrogate(c);
            if (los || IsStuurteken(c) || c is '\uFFFE' or '\uFFFF')
            {
                return $"{wat} bevat een onzichtbaar of onvolledig teken dat de portal niet kan bewaren (teken {i + 1}). " +
                       "Haal het weg, bijvoorbeeld door dat stuk opnieuw te typen, en probeer het nog eens.";
            }
            if (char.IsHighSurrogate(c))
            {
                i++;
            }
        }
        return null;
    }

    private static bool IsStuurteken(char c) => c is < ' ' and not ('\t' or '\n' or '\r') or >= '\u007F' and <= '\u009F';
}
