namespace Dagbesteding.Portal.Domain.Anonimiteit;

/// <summary>De soorten persoonsgegevens die de anonimiteitscontrole herkent.</summary>
public static class BevindingSoort
{
    public const string Bsn = "BSN";
    public const string Postcode = "Postcode";
    public const string Telefoon = "Telefoon";
    public const string Email = "Email";
    public const string Iban = "IBAN";
    public const string Geboortedatum = "Geboortedatum";
    public const string Adres = "Adres";
    public const string Naam = "Naam";

    /// <summary>Alle soorten, van meest naar minst specifiek. Bij overlap wint de eerste.</summary>
    public static IReadOnlyList<string> Alle { get; } =
        [Email, Iban, Bsn, Geboortedatum, Telefoon, Postcode, Adres, Naam];

    /// <summary>De uitleg die bij een soort hoort.</summary>
    public static string UitlegVoor(string soort) => soort switch
    {
        Bsn => "Dit lijkt op een BSN. Haal het weg of vervang het door een omschrijving; een BSN hoort nooit in een adviesvraag.",
        Postcode => "Dit lijkt op een postcode. Noem liever alleen het stadsdeel of de buurt.",
        Telefoon => "Dit lijkt op een telefoonnummer. Haal het weg; wie wil reageren, doet dat via het kanaal.",
        Email => "Dit lijkt op een e-mailadres. Haal het weg; wie wil reageren, doet dat via het kanaal.",
        Iban => "Dit lijkt op een rekeningnummer (IBAN). Haal het weg.",
        Geboortedatum => "Dit lijkt op een geboortedatum. Noem liever alleen de leeftijd, bijvoorbeeld 'een man van 45'.",
        Adres => "Dit lijkt op een adres met huisnummer. Noem liever alleen het stadsdeel of de buurt.",
        Naam => "Dit lijkt op een naam. Haal de naam weg of vervang hem door een omschrijving, bijvoorbeeld 'een vrouw van 30'.",
        _ => throw new ArgumentOutOfRangeException(nameof(soort), soort, "Onbekende soort bevinding."),
    };
}
