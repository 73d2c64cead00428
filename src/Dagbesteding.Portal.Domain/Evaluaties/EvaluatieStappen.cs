using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Domain.Evaluaties;

/// <summary>The aanbieder's evaluatieoverdracht: a structured form, its free text passes the anonymity check.</summary>
public sealed record OverdrachtInvoer(DoelenBereikt? DoelenBereikt, string? WatWerkte, string? Advies);

/// <summary>
/// The regievoerder's outcome. Verlengen takes a new evaluatiedatum (default: a year after the current one),
/// wijzigen another perceel, overdragen another aanbieder.
/// </summary>
public sealed record UitkomstInvoer(EvaluatieUitkomst? Uitkomst, DateOnly? NieuweEvaluatiedatum = null, Perceel? NieuwPerceel = null, int? NieuweAanbiederId = null);

/// <summary>The steps of werkproces step 7 as pure checks: null when allowed, or the Dutch reason it is refused.</summary>
public static class EvaluatieStappen
{
    public static string? ToetsOpen(Evaluatie? evaluatie) => evaluatie switch
    {
        null => "Er loopt geen evaluatie voor deze casus.",
        { GeopendOp: null } => $"De evaluatie is nog niet gestart: die start op {evaluatie.StartOp:d-M-yyyy}.",
        { AfgerondOp: not null } => "Deze evaluatie is al afgerond.",
        _ => null,
    };

    public static string? ToetsOverdracht(OverdrachtInvoer invoer)
    {
        if (invoer.DoelenBereikt is not { } doelen || !Enum.IsDefined(doelen))
        {
            return "Geef aan of de doelen zijn bereikt (ja, deels of nee).";
        }
        if (string.IsNullOrWhiteSpace(invoer.WatWerkte))
        {
            return "Beschrijf kort wat goed werkte.";
        }
        if (string.IsNullOrWhiteSpace(invoer.Advies))
        {
            return "Geef uw advies voor het vervolg.";
        }
        return invoer.WatWerkte.Trim().Length > Evaluatie.TekstMaxLengte || invoer.Advies.Trim().Length > Evaluatie.TekstMaxLengte
            ? $"Houd elk tekstveld onder {Evaluatie.TekstMaxLengte} tekens."
            : null;
    }

    public static string? ToetsUitkomst(UitkomstInvoer invoer, Perceel? huidigPerceel, int? huidigeAanbiederId) => invoer.Uitkomst switch
    {
        null => "Kies de uitkomst van de evaluatie: afsluiten, verlengen, wijzigen of overdragen.",
        { } u when !Enum.IsDefined(u) => "Deze uitkomst bestaat niet.",
        EvaluatieUitkomst.Wijzigen when invoer.NieuwPerceel is not { } p || !Enum.IsDefined(p) => "Kies bij wijzigen het nieuwe perceel.",
        EvaluatieUitkomst.Wijzigen when invoer.NieuwPerceel == huidigPerceel => "Kies bij wijzigen een ander perceel dan het huidige; voor hetzelfde perceel is verlengen de uitkomst.",
        EvaluatieUitkomst.Overdragen when invoer.NieuweAanbiederId is null => "Kies bij overdragen de nieuwe aanbieder.",
        EvaluatieUitkomst.Overdragen when invoer.NieuweAanbiederId == huidigeAanbiederId => "Kies bij overdragen een andere aanbieder dan de huidige.",
        _ => null,
    };

    public static string Weergave(this EvaluatieUitkomst uitkomst) => uitkomst switch
    {
        EvaluatieUitkomst.Afsluiten => "afsluiten",
        EvaluatieUitkomst.Verlengen => "verlengen",
        EvaluatieUitkomst.Wijzigen => "wijzigen",
        EvaluatieUitkomst.Overdragen => "overdragen naar een andere aanbieder",
        _ => uitkomst.ToString(),
    };

    public static string Weergave(this DoelenBereikt doelen) => doelen switch
    {
        DoelenBereikt.Ja => "bereikt",
        DoelenBereikt.Deels => "deels bereikt",
        DoelenBereikt.Nee => "niet bereikt",
        _ => doelen.ToString(),
    };
}
