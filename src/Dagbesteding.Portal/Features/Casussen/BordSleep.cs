namespace Dagbesteding.Portal.Features.Casussen;

/// <summary>
/// The card being dragged on one open board: the card's dragstart sets it, the column it is dropped on reads it.
/// Events of one circuit arrive in order, so the drop always sees the dragstart before it.
/// </summary>
public sealed class BordSleep
{
    public CasusKaart? Kaart { get; set; }
}

/// <summary>A card to move to another step, from the card's select or from a drop on a column.</summary>
public sealed record BordVerplaatsing(CasusKaart Kaart, Domain.Casussen.WerkprocesStap Naar);
