namespace Dagbesteding.Portal.Domain.Netwerk;

/// <summary>An extra non-working day set by the Beheerder (e.g. Goede Vrijdag), on top of the statutory holidays.</summary>
public class Sluitingsdag
{
    public int Id { get; set; }
    public int GemeenteId { get; set; }
    public DateOnly Datum { get; set; }
    public required string Omschrijving { get; set; }
}
