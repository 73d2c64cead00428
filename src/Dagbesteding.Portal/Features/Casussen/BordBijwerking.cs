using Dagbesteding.Portal.Realtime;

namespace Dagbesteding.Portal.Features.Casussen;

/// <summary>
/// Applies one live <see cref="BordGebeurtenis"/> to an open board in memory: the card leaves the column it was
/// counted in (as the viewer saw it before the change) and enters the one it belongs to now, if this viewer may see
/// it and it passes the board's filter. Counts stay complete; a card is shown when a fresh read would show it (the
/// column is fully loaded, or the card sorts before the last card shown). No database read per open board.
/// </summary>
public static class BordBijwerking
{
    public sealed record Uitkomst(Bord Bord, List<CasusKaart> Getoond);

    /// <summary>Null when the event has no card (then the board reads itself again).</summary>
    public static Uitkomst? Verwerk(Bord bord, IReadOnlyList<CasusKaart> getoond, BordGebeurtenis gebeurtenis, BordFilter filter, DateOnly evaluatieGrens)
    {
        if (gebeurtenis.Kaart is not { } nieuw || gebeurtenis.StadsdeelId != bord.StadsdeelId)
        {
            return null;
        }
        var kijker = bord.Kijker;
        var filterVoorKijker = kijker.AlleenAantallen ? filter with { Mijn = false } : filter;
        bool Telt(CasusKaart? kaart) => kaart is not null && kaart.StadsdeelId == bord.StadsdeelId && kijker.Ziet(kaart) && filterVoorKijker.Past(kaart, kijker, evaluatieGrens);

        var wasGeteld = Telt(gebeurtenis.Vorige);
        var isGeteld = Telt(nieuw);
        var kaarten = getoond.Where(k => k.Id != nieuw.Id).ToList();
        var kolommen = bord.Kolommen.Select(kolom =>
        {
            var aantal = kolom.Aantal - (wasGeteld && gebeurtenis.Vorige!.Stap == kolom.Stap ? 1 : 0) + (isGeteld && nieuw.Stap == kolom.Stap ? 1 : 0);
            return kolom with { Aantal = Math.Max(0, aantal) };
        }).ToList();

        if (isGeteld && !bord.AlleenAantallen)
        {
            var kolom = kolommen.First(k => k.Stap == nieuw.Stap);
            var inKolom = kaarten.Where(k => k.Stap == nieuw.Stap).ToList();
            var volledigGeladen = inKolom.Count >= kolom.Aantal - 1;
            if (volledigGeladen || (inKolom.Count > 0 && Volgorde(nieuw, inKolom[^1]) < 0))
            {
                var plek = kaarten.FindIndex(k => k.Stap == nieuw.Stap && Volgorde(nieuw, k) < 0);
                kaarten.Insert(plek < 0 ? kaarten.Count : plek, nieuw);
            }
        }
        var perStap = kaarten.ToLookup(k => k.Stap);
        var bijgewerkt = bord with { Kolommen = kolommen.Select(k => k with { Kaarten = perStap[k.Stap].ToList() }).ToList() };
        return new Uitkomst(bijgewerkt, kaarten);
    }

    /// <summary>Board order: longest in the step first, then by id (as <c>CasusService</c> orders the query).</summary>
    private static int Volgorde(CasusKaart a, CasusKaart b)
    {
        var opTijd = a.InStapSinds.CompareTo(b.InStapSinds);
        return opTijd != 0 ? opTijd : a.Id.CompareTo(b.Id);
    }
}
