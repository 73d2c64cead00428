using Dagbesteding.Portal.Domain.Anonimiteit;
using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Domain.Casussen;

/// <summary>What the rules need to know about a casus; a plain snapshot, so the rules stay pure.</summary>
public sealed record CasusToestand(
    WerkprocesStap Stap,
    bool Spoed,
    PlanStatus? PlanStatus = null,
    bool HeeftToestemming = false)
{
    public bool PlanAkkoord => PlanStatus == Casussen.PlanStatus.Akkoord && HeeftToestemming;
}

/// <summary>
/// The rules of the werkproces that the portal enforces, not just displays. Every method returns null when the
/// action is allowed, or the Dutch reason it is refused.
///
/// Moves between steps (decided from the werkproces, §II):
/// <list type="bullet">
/// <item>Forward one step at a time (1 → a → 3 → 4 → 5 → b → 6 → 7): the regiecheck comes before the brede
/// vraagverheldering, the plan before the beschikking, the beschikking before delivery.</item>
/// <item>Back to any earlier step while the case has not reached Leveren inzet (the vraag is verhelderd again,
/// the rolverdeling is revisited).</item>
/// <item>Leveren inzet → Ondersteuningsplan (tussentijds bijsturen) and Leveren inzet → Evalueren.</item>
/// <item>Evalueren → Leveren inzet (verlengen), → Ondersteuningsplan (wijzigen), → Gestopt (afsluiten).</item>
/// <item>To Gestopt from any step (the Amsterdammer is helped with information and advice, or stops).</item>
/// <item>Gestopt → Aanmelding only: a stopped case starts again with a new aanmelding.</item>
/// <item>Leaving Ondersteuningsplan forward (to Beschikken) needs an akkoord plan with toestemming.</item>
/// <item>Leveren inzet needs an akkoord plan, except for a spoed case: delivery may start from any earlier step
/// at the aanbieder's own risk ("levering op eigen risico").</item>
/// <item>Evalueren needs an akkoord plan (the evaluatiedatum is in it).</item>
/// </list>
/// </summary>
public static class Werkprocesregels
{
    public const int KenmerkMaxLengte = 40;

    public static readonly IReadOnlyList<WerkprocesStap> Stappen = Enum.GetValues<WerkprocesStap>();

    /// <summary>Can the casus move from its current step to <paramref name="naar"/>?</summary>
    public static string? ToetsVerplaatsing(CasusToestand casus, WerkprocesStap naar)
    {
        var van = casus.Stap;
        if (!Enum.IsDefined(naar))
        {
            return "Deze werkprocesstap bestaat niet.";
        }
        if (van == naar)
        {
            return $"De casus staat al in {naar.Weergave()}.";
        }
        if (naar == WerkprocesStap.Gestopt)
        {
            return null;
        }
        if (van == WerkprocesStap.Gestopt)
        {
            return naar == WerkprocesStap.Aanmelding
                ? null
                : "Een gestopte casus begint opnieuw bij Aanmelding.";
        }

        if (naar == WerkprocesStap.LeverenInzet)
        {
            if (van == WerkprocesStap.Evalueren)
            {
                return casus.PlanAkkoord ? null : "Verlengen kan alleen met een akkoord ondersteuningsplan met toestemming.";
            }
            if (casus.Spoed)
            {
                // Spoed: delivery may start before the plan, at the aanbieder's risk.
                return null;
            }
            if (!casus.PlanAkkoord)
            {
                return "Leveren inzet kan pas als het ondersteuningsplan akkoord is (met toestemming). Alleen bij spoed mag de levering eerder starten, op eigen risico van de aanbieder.";
            }
            return van == WerkprocesStap.Beschikken
                ? null
                : "Na het ondersteuningsplan volgt eerst het beschikken; daarna pas leveren inzet.";
        }

        if (van == WerkprocesStap.Evalueren)
        {
            return naar == WerkprocesStap.Ondersteuningsplan
                ? null
                : "Na de evaluatie gaat de casus naar Leveren inzet (verlengen), Ondersteuningsplan (wijzigen) of Gestopt (afsluiten).";
        }

        if (van == WerkprocesStap.LeverenInzet)
        {
            if (naar == WerkprocesStap.Evalueren)
            {
                return casus.PlanAkkoord ? null : "Evalueren kan pas met een akkoord ondersteuningsplan met toestemming (daarin staat de evaluatiedatum).";
            }
            return naar == WerkprocesStap.Ondersteuningsplan
                ? null
                : "Tijdens het leveren van inzet kan de casus alleen terug naar Ondersteuningsplan (bijsturen), naar Evalueren of naar Gestopt.";
        }

        if (naar < van)
        {
            return null;
        }
        if (naar != van + 1)
        {
            return $"Een casus gaat stap voor stap door het werkproces: na {van.Weergave()} komt {(van + 1).Weergave()}.";
        }
        if (van == WerkprocesStap.Ondersteuningsplan && !casus.PlanAkkoord)
        {
            return "Beschikken kan pas als het ondersteuningsplan akkoord is, met geregistreerde toestemming van de Amsterdammer.";
        }
        if (naar == WerkprocesStap.Evalueren && !casus.PlanAkkoord)
        {
            return "Evalueren kan pas met een akkoord ondersteuningsplan met toestemming.";
        }
        return null;
    }

    /// <summary>A spoed case delivering before its plan is akkoord: the card shows "levering op eigen risico".</summary>
    public static bool LeveringOpEigenRisico(CasusToestand casus) =>
        casus.Stap == WerkprocesStap.LeverenInzet && !casus.PlanAkkoord;

    /// <summary>The regievoerder is always a medewerker of a buurtteam (werkproces §I and Begrippenlijst).</summary>
    public static string? ToetsRegievoerder(OrganisatieType organisatieType, bool actief) =>
        organisatieType != OrganisatieType.Buurtteamorganisatie
            ? "De regievoerder is altijd een medewerker van een buurtteam."
            : actief ? null : "Deze medewerker is niet meer actief en kan geen regievoerder zijn.";

    public static string? ToetsAanbieder(OrganisatieType organisatieType, bool actief) =>
        organisatieType != OrganisatieType.Aanbieder
            ? "Kies als aanbieder een aanbieder van dagbesteding."
            : actief ? null : "Deze aanbieder is niet meer actief.";

    /// <summary>
    /// The plan goes to akkoord only with registered toestemming of the Amsterdammer (not withdrawn) and after the
    /// regievoerder consulted the aanbieder (recorded), with a start and an evaluatiedatum after it.
    /// </summary>
    public static string? ToetsPlanAkkoord(Ondersteuningsplan plan)
    {
        if (plan.ToestemmingGegevenOp is null)
        {
            return "Het plan kan pas akkoord als de toestemming van de Amsterdammer is geregistreerd.";
        }
        if (plan.ToestemmingIngetrokkenOp is not null)
        {
            return "De Amsterdammer heeft de toestemming ingetrokken; het plan kan niet akkoord.";
        }
        if (plan.AanbiederId is null)
        {
            return "Kies eerst een aanbieder voor het plan.";
        }
        if (plan.AanbiederGeraadpleegdOp is null)
        {
            return "Het plan kan pas akkoord als is vastgelegd dat de regievoerder de aanbieder heeft geraadpleegd.";
        }
        if (plan.Startdatum is null || plan.Evaluatiedatum is null)
        {
            return "Vul een startdatum en een evaluatiedatum in.";
        }
        return ToetsPlanDatums(plan.Startdatum, plan.Evaluatiedatum);
    }

    public static string? ToetsPlanDatums(DateOnly? start, DateOnly? evaluatiedatum) =>
        start is { } s && evaluatiedatum is { } e && e <= s
            ? "De evaluatiedatum moet na de startdatum liggen."
            : null;

    /// <summary>Only the regievoerder of the casus (a buurtteam employee) sets the plan to akkoord.</summary>
    public static string? ToetsVaststellen(bool isRegievoerderVanCasus) =>
        isRegievoerderVanCasus ? null : "Alleen de regievoerder van de casus kan het ondersteuningsplan vaststellen.";

    /// <summary>
    /// Who may fill in the plan: the buurtteam; an aanbieder only in a casus it created (werkproces step 5).
    /// </summary>
    public static string? ToetsPlanInvullen(OrganisatieType organisatieType, int organisatieId, int aangemaaktDoorOrganisatieId) =>
        organisatieType switch
        {
            OrganisatieType.Buurtteamorganisatie => null,
            OrganisatieType.Aanbieder when organisatieId == aangemaaktDoorOrganisatieId => null,
            OrganisatieType.Aanbieder => "Een aanbieder kan alleen delen van het ondersteuningsplan invullen in een casus die hij zelf heeft aangemaakt.",
            _ => "Alleen het buurtteam (en een aanbieder in een eigen casus) vult het ondersteuningsplan in.",
        };

    /// <summary>A temporary stop is a flag of Leveren inzet: it can only be signalled while delivering.</summary>
    public static string? ToetsSignaal(WerkprocesStap stap, SignaalSoort soort, bool tijdelijkGestopt) => soort switch
    {
        SignaalSoort.TijdelijkeStop when stap != WerkprocesStap.LeverenInzet => "Een tijdelijke stop kan alleen tijdens Leveren inzet.",
        SignaalSoort.TijdelijkeStop when tijdelijkGestopt => "De levering is al tijdelijk gestopt.",
        SignaalSoort.Hervat when !tijdelijkGestopt => "De levering is niet tijdelijk gestopt; er is niets te hervatten.",
        _ when !Enum.IsDefined(soort) => "Kies een soort signaal.",
        _ => null,
    };

    /// <summary>
    /// A kenmerk is the reference to the dossier in RIS, never a name or BSN. Nine digits that pass the 11-check,
    /// with or without separators, are refused as a BSN.
    /// </summary>
    public static string? ToetsKenmerk(string? kenmerk)
    {
        var waarde = kenmerk?.Trim() ?? "";
        if (waarde.Length == 0)
        {
            return "Vul een kenmerk in (de verwijzing naar het dossier in RIS).";
        }
        if (waarde.Length > KenmerkMaxLengte)
        {
            return $"Het kenmerk is te lang (hoogstens {KenmerkMaxLengte} tekens).";
        }
        if (Invoer.Invoertekst.Fout(waarde, "Het kenmerk") is { } tekenFout)
        {
            return tekenFout;
        }
        if (LijktOpBsn(waarde))
        {
            return "Het kenmerk lijkt op een BSN. Gebruik het kenmerk van het dossier in RIS, nooit een BSN.";
        }
        // The same check as every text shared with others: a kenmerk is seen by the aanbieder and on the board.
        if (AnonimiteitsControle.Controleer(waarde) is [var bevinding, ..])
        {
            var wat = bevinding.Soort switch
            {
                BevindingSoort.Naam => "een naam",
                BevindingSoort.Geboortedatum => "een geboortedatum",
                BevindingSoort.Adres or BevindingSoort.Postcode => "een adres of postcode",
                BevindingSoort.Telefoon => "een telefoonnummer",
                BevindingSoort.Email => "een e-mailadres",
                BevindingSoort.Iban => "een rekeningnummer",
                _ => "gegevens die iemand kunnen herkennen",
            };
            return $"Het kenmerk lijkt {wat} te bevatten. Gebruik het kenmerk van het dossier in RIS.";
        }
        return null;
    }

    /// <summary>
    /// Nine digits passing the 11-check: a plain run ("123456782") or digits joined by spaces, dots, dashes or
    /// slashes ("1234.56.782", "123 456 782").
    /// </summary>
    public static bool LijktOpBsn(string waarde)
    {
        var i = 0;
        while (i < waarde.Length)
        {
            if (!char.IsAsciiDigit(waarde[i]))
            {
                i++;
                continue;
            }
            // A group: digits, with single separators between digits.
            var start = i;
            var eindeRun = i;
            while (i < waarde.Length)
            {
                if (char.IsAsciiDigit(waarde[i]))
                {
                    i++;
                    eindeRun = i;
                }
                else if (IsScheiding(waarde[i]) && i + 1 < waarde.Length && char.IsAsciiDigit(waarde[i + 1]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }
            var groep = waarde.AsSpan(start, eindeRun - start);
            if (Controlegetallen.IsElfproef(groep))
            {
                return true;
            }
            // Also any plain run of nine digits inside a longer group ("2024-123456782").
            foreach (var run in groep.ToString().Split(['.', ' ', '-', '/']))
            {
                if (run.Length == 9 && Controlegetallen.IsElfproef(run))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool IsScheiding(char c) => c is ' ' or '.' or '-' or '/';

    /// <summary>
    /// The date that matters next on the card: the start while planning, the evaluation start (stored on the planned
    /// evaluation, calendar-aware) while delivering, the evaluatiedatum while evaluating.
    /// </summary>
    public static (string Omschrijving, DateOnly Datum)? VolgendeDatum(WerkprocesStap stap, DateOnly? startdatum, DateOnly? evaluatiedatum, DateOnly? evaluatieStart) => stap switch
    {
        WerkprocesStap.Beschikken or WerkprocesStap.Ondersteuningsplan when startdatum is { } s => ("Start", s),
        WerkprocesStap.LeverenInzet when evaluatieStart is { } e => ("Evaluatie start", e),
        WerkprocesStap.Evalueren when evaluatiedatum is { } e => ("Evaluatiedatum", e),
        _ => null,
    };
}
