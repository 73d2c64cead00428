using System.Globalization;
using Dagbesteding.Portal.Domain.Datums;
using Dagbesteding.Portal.Domain.Werkdagen;

namespace Dagbesteding.Portal.Domain.Netwerk;

/// <summary>A problem with one input field, in Dutch, for the person who typed it.</summary>
/// <param name="Veld">The field: <see cref="SluitingsdagRegels.VeldDatum"/> or <see cref="SluitingsdagRegels.VeldOmschrijving"/>.</param>
/// <param name="Melding">The Dutch explanation shown next to the field.</param>
public sealed record Invoerfout(string Veld, string Melding);

/// <summary>
/// What a new closure day must satisfy before the Beheerder can add it. A closure day only matters on a day
/// that would otherwise be a working day, so weekends and statutory holidays are refused with the reason.
/// </summary>
public static class SluitingsdagRegels
{
    public const string VeldDatum = "Datum";
    public const string VeldOmschrijving = "Omschrijving";
    public const int MinimaleLengte = 3;
    public const int MaximaleLengte = 200;

    private static readonly CultureInfo Nederlands = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly WerkdagKalender Wettelijk = new();

    /// <summary>
    /// Checks a new closure day. <paramref name="vandaag"/> is today's date in Amsterdam (today itself is
    /// allowed); <paramref name="bestaande"/> holds the closure days already set, with their omschrijving.
    /// </summary>
    /// <returns>The problems, at most one per field; empty when the closure day may be added.</returns>
    public static IReadOnlyList<Invoerfout> Controleer(
        DateOnly? datum,
        string? omschrijving,
        DateOnly vandaag,
        IReadOnlyDictionary<DateOnly, string> bestaande)
    {
        ArgumentNullException.ThrowIfNull(bestaande);

        var fouten = new List<Invoerfout>();
        if (ControleerDatum(datum, vandaag, bestaande) is { } datumFout)
        {
            fouten.Add(new Invoerfout(VeldDatum, datumFout));
        }
        if (ControleerOmschrijving(omschrijving) is { } omschrijvingFout)
        {
            fouten.Add(new Invoerfout(VeldOmschrijving, omschrijvingFout));
        }
        return fouten;
    }

    /// <summary>The omschrijving as it is stored: without leading and trailing spaces.</summary>
    public static string Normaliseer(string omschrijving) => omschrijving.Trim();

    /// <summary>A date as the users read it: "3 april 2026".</summary>
    public static string Weergave(DateOnly datum) => datum.ToString("d MMMM yyyy", Nederlands);

    private static string? ControleerDatum(DateOnly? datum, DateOnly vandaag, IReadOnlyDictionary<DateOnly, string> bestaande)
    {
        if (datum is not { } dag)
        {
            return "Vul een datum in.";
        }
        // Today itself is allowed: a calamity closes the offices this morning.
        if (DatumRegels.Sluitingsdag(vandaag).Toets(dag) is { } buiten)
        {
            return buiten;
        }
        if (bestaande.TryGetValue(dag, out var al))
        {
            return $"{Weergave(dag)} is al een sluitingsdag ({al}).";
        }
        if (Wettelijk.Feestdagen(dag.Year).FirstOrDefault(f => f.Datum == dag) is { } feestdag)
        {
            return $"{Weergave(dag)} is al een feestdag ({feestdag.Naam}).";
        }
        if (dag.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return $"{Weergave(dag)} valt in het weekend en is al geen werkdag.";
        }
        return null;
    }

    private static string? ControleerOmschrijving(string? omschrijving)
    {
        var tekst = omschrijving?.Trim() ?? "";
        if (tekst.Length == 0)
        {
            return "Vul een omschrijving in, bijvoorbeeld \"Goede Vrijdag\".";
        }
        if (tekst.Length is < MinimaleLengte or > MaximaleLengte)
        {
            return $"De omschrijving is {MinimaleLengte} tot {MaximaleLengte} tekens lang (nu {tekst.Length}).";
        }
        return Invoer.Invoertekst.Fout(tekst, "De omschrijving");
    }
}
