namespace Dagbesteding.Portal.Domain.Anonimiteit;

/// <summary>
/// Eén stukje tekst dat op persoonsgegevens lijkt. <see cref="Start"/> en <see cref="Lengte"/> zijn
/// posities in de gecontroleerde tekst (in UTF-16 tekens, zoals <see cref="string.Substring(int, int)"/>).
/// </summary>
/// <param name="Soort">Een van de waarden in <see cref="BevindingSoort"/>, bijvoorbeeld "BSN" of "Naam".</param>
/// <param name="Start">Positie van het eerste teken.</param>
/// <param name="Lengte">Aantal tekens.</param>
/// <param name="Uitleg">Uitleg voor de schrijver: wat het lijkt te zijn en wat hij of zij ermee kan doen.</param>
public sealed record Bevinding(string Soort, int Start, int Lengte, string Uitleg)
{
    /// <summary>Positie direct na het laatste teken.</summary>
    public int Einde => Start + Lengte;
}
