using Dagbesteding.Portal.Realtime;

namespace Dagbesteding.Portal.Features.Casussen;

/// <summary>
/// Applies one live <see cref="BordGebeurtenis"/> to an open board in memory: the card leaves the column it was
/// counted in (as the viewer saw it before the change) and enters the one it belongs to now, if this viewer may see
/// it and it passes the board's filter. Counts stay complete, and a card is shown where a fresh read of
/// <c>perKolom</c> cards per column would show it. One difference is accepted: when a card leaves a column that had more
/// cards than were loaded, the column shows one card fewer until "Meer laden" (which a fresh read would fill from the
/// database; that would cost every open board a read). No database read per open board.
/// </summary>
public static class BordBijwerking
{
    public sealed record Uitkomst(Bord Bord, List<CasusKaart> Getoond);

    /// <summary>Null when the event has no card (then the board reads itself again).</summary>
    public static Uitkomst? Verwerk(Bord bord, IReadOnlyList<CasusKaart> getoond, BordGebeurtenis gebeurtenis, BordFilter filter, DateOnly evaluatieGrens, int perKolom)
    {
        if (gebeurtenis.Kaart is not { } nieuw || gebeurtenis.StadsdeelId != bord.StadsdeelId)
        {
            return null;
        }
        if (getoond.Any(k => k.Id == nieuw.Id && k.Versie == nieuw.Versie))
        {
            // Already on the board: a read that started after this change (the page's own save) counted it.
            return new Uitkomst(bord, [.. getoond]);
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
            // The shown cards are the first of their column, in board order. The card belongs among them when it sorts
            // before one of them, or after all of them while nothing else of the column is left unloaded.
            var kolom = kolommen.First(k => k.Stap == nieuw.Stap);
            var inKolom = kaarten.Where(k => k.Stap == nieuw.Stap).ToList();
            var nietGeladen = kolom.Aantal - 1 - inKolom.Count;
            var ervoor = inKolom.FindIndex(k => Volgorde(nieuw, k) < 0);
            if (ervoor >= 0 || (nietGeladen == 0 && inKolom.Count < perKolom))
            {
                var plek = ervoor >= 0 ? kaarten.IndexOf(inKolom[ervoor]) : kaarten.Count;
                kaarten.Insert(plek, nieuw);
                if (inKolom.Count + 1 > perKolom)
                {
                    // One page holds perKolom cards: the last one moves to "Meer laden", as in a fresh read.
                    kaarten.Remove(inKolom[^1]);
                }
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
