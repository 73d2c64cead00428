using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Features.Casussen;

/// <summary>
/// The board filter; every field maps to a query-string parameter, so a link reproduces the view.
/// </summary>
public sealed record BordFilter(
    bool Mijn = false,
    Perceel? Perceel = null,
    int? AanbiederId = null,
    int? RegievoerderId = null,
    bool? Spoed = null,
    bool EvaluatieAanDeBeurt = false)
{
    public static BordFilter Geen { get; } = new();

    /// <summary>"Evaluatie aan de beurt": an evaluatiedatum within the six weeks before which the evaluation starts.</summary>
    public static DateOnly EvaluatieGrens(DateTimeOffset nu) =>
        DateOnly.FromDateTime(nu.UtcDateTime).AddDays(7 * Domain.Evaluaties.Evaluatie.WekenVooraf);

    /// <summary>
    /// The same rule as the board query, for one card in memory (a live event): a test holds the two equal.
    /// <see cref="Mijn"/> means "my cases": as regievoerder for buurtteam staff, created by my organisation for an aanbieder.
    /// </summary>
    public bool Past(CasusKaart kaart, BordKijker kijker, DateOnly evaluatieGrens) =>
        (!Mijn || kijker.AlleenAantallen || (kijker.IsBuurtteamlid ? kaart.RegievoerderId == kijker.MedewerkerId : kaart.AangemaaktDoorOrganisatieId == kijker.OrganisatieId))
        && (Perceel is null || kaart.Perceel == Perceel)
        && (AanbiederId is null || kaart.AanbiederId == AanbiederId)
        && (RegievoerderId is null || kaart.RegievoerderId == RegievoerderId)
        && (Spoed is null || kaart.Spoed == Spoed)
        && (!EvaluatieAanDeBeurt || (kaart.Stap != WerkprocesStap.Gestopt && kaart.Evaluatiedatum is { } datum && datum <= evaluatieGrens));
}

/// <summary>
/// Whose board it is, as the service decided: an open board uses it to decide whether a live event's card is
/// visible to this viewer, by the same rule as the board query (buurtteam staff see every case of the stadsdeel, an
/// aanbieder only its own cases, counts-only viewers count every case).
/// </summary>
public sealed record BordKijker(int MedewerkerId, int OrganisatieId, bool IsBuurtteamlid, bool AlleenAantallen)
{
    public bool Ziet(CasusKaart kaart) => AlleenAantallen || IsBuurtteamlid || kaart.AanbiederId == OrganisatieId;
}

/// <summary>One card: only a kenmerk, never a name or BSN.</summary>
public sealed record CasusKaart(
    int Id,
    int StadsdeelId,
    string Kenmerk,
    WerkprocesStap Stap,
    Perceel? Perceel,
    int RegievoerderId,
    string Regievoerder,
    int? AanbiederId,
    string? Aanbieder,
    bool Spoed,
    bool TijdelijkGestopt,
    bool OpEigenRisico,
    bool ToestemmingIngetrokken,
    int DagenInStap,
    string? VolgendeDatumOmschrijving,
    DateOnly? VolgendeDatum,
    Guid Versie,
    int AangemaaktDoorOrganisatieId,
    DateOnly? Evaluatiedatum,
    DateTimeOffset InStapSinds)
{
    /// <summary>A card from outside the process (the Redis relay) is shown only when it is complete and plausible.</summary>
    public bool IsGeldig() =>
        Kenmerk is { Length: > 0 and <= 40 } && Regievoerder is { Length: > 0 and <= 200 } && (Aanbieder is null || Aanbieder.Length <= 200)
        && (VolgendeDatumOmschrijving is null || VolgendeDatumOmschrijving.Length <= 100)
        && Enum.IsDefined(Stap) && (Perceel is null || Enum.IsDefined(Perceel.Value)) && DagenInStap >= 0
        && (Evaluatiedatum is null || Evaluatiedatum.Value.Year is >= 2000 and <= 2100);
}

public sealed record BordKolom(WerkprocesStap Stap, int Aantal, IReadOnlyList<CasusKaart> Kaarten)
{
    public bool HeeftMeer => Kaarten.Count < Aantal;
}

/// <summary>The board of one stadsdeel. <see cref="AlleenAantallen"/>: the viewer sees counts, no case details.</summary>
public sealed record Bord(int StadsdeelId, IReadOnlyList<BordKolom> Kolommen, bool AlleenAantallen, bool MagVerplaatsen, bool MagAanmaken, BordKijker Kijker);

public sealed record Keuze(int Id, string Naam)
{
    /// <summary>The name shown for a chosen id in a select (never the bare number).</summary>
    public static string NaamVan(IEnumerable<Keuze> keuzes, int? id) =>
        id is null ? "" : keuzes.FirstOrDefault(k => k.Id == id)?.Naam ?? "";
}

public sealed record BordKeuzes(IReadOnlyList<Keuze> Regievoerders, IReadOnlyList<Keuze> Aanbieders, IReadOnlyList<Keuze> Locaties);

public sealed record PlanWeergave(
    Perceel Perceel,
    int? AanbiederId,
    string? Aanbieder,
    int? LocatieId,
    string? Locatie,
    DateOnly? Startdatum,
    DateOnly? Evaluatiedatum,
    PlanStatus Status,
    DateTimeOffset? AkkoordOp,
    DateTimeOffset? ToestemmingGegevenOp,
    DateTimeOffset? ToestemmingIngetrokkenOp,
    DateTimeOffset? AanbiederGeraadpleegdOp,
    Partij AanmeldingDoor,
    Partij VraagverhelderingDoor,
    Partij PlanDoor,
    Partij EvaluatieDoor);

public sealed record SignaalRegel(int Id, SignaalSoort Soort, DateTimeOffset Op, string Door, string? Toelichting);

public sealed record TijdlijnRegel(DateTimeOffset Op, string? Door, string Omschrijving);

/// <summary>What the viewer may do on this casus; the service checks again on every call.</summary>
public sealed record CasusRechten(
    bool Verplaatsen, bool PlanInvullen, bool Vaststellen, bool Toestemming, bool Signaleren, bool Toewijzen,
    bool Voorgesprek = false, bool Overdracht = false, bool Uitkomst = false);

/// <summary>The plan's current evaluation (planned, open) or, when none runs, the last one that was afgerond.</summary>
public sealed record EvaluatieWeergave(
    int Id,
    DateOnly Evaluatiedatum,
    DateOnly StartOp,
    DateTimeOffset? GeopendOp,
    DateTimeOffset? VoorgesprekOp,
    bool? RegievoerderBijEvaluatie,
    DateTimeOffset? OverdrachtOntvangenOp,
    DoelenBereikt? DoelenBereikt,
    string? WatWerkte,
    string? Advies,
    EvaluatieUitkomst? Uitkomst,
    DateTimeOffset? AfgerondOp)
{
    public bool IsOpen => GeopendOp is not null && AfgerondOp is null;
}

public sealed record CasusDetail(
    CasusKaart Kaart,
    PlanWeergave? Plan,
    IReadOnlyList<SignaalRegel> Signalen,
    IReadOnlyList<TijdlijnRegel> Tijdlijn,
    int? BronAdviesvraagId,
    CasusRechten Rechten,
    EvaluatieWeergave? Evaluatie = null)
{
    /// <summary>Where the casuïstiekoverleg discussed this case, and what was agreed.</summary>
    public IReadOnlyList<Netwerk.Overleg.Bespreking> Besprekingen { get; init; } = [];
}

/// <summary>The plan parts a user fills in. The evaluatiedatum defaults to one year after the start.</summary>
public sealed class PlanInvoer
{
    public Perceel Perceel { get; set; } = Perceel.Meedoen;
    public int? LocatieId { get; set; }
    public DateOnly? Startdatum { get; set; }
    public DateOnly? Evaluatiedatum { get; set; }
    public Partij AanmeldingDoor { get; set; } = Partij.Buurtteam;
    public Partij VraagverhelderingDoor { get; set; } = Partij.Buurtteam;
    public Partij PlanDoor { get; set; } = Partij.Buurtteam;
    public Partij EvaluatieDoor { get; set; } = Partij.Buurtteam;

    public static PlanInvoer Van(PlanWeergave? plan) => plan is null ? new() : new()
    {
        Perceel = plan.Perceel,
        LocatieId = plan.LocatieId,
        Startdatum = plan.Startdatum,
        Evaluatiedatum = plan.Evaluatiedatum,
        AanmeldingDoor = plan.AanmeldingDoor,
        VraagverhelderingDoor = plan.VraagverhelderingDoor,
        PlanDoor = plan.PlanDoor,
        EvaluatieDoor = plan.EvaluatieDoor,
    };
}

public sealed class NieuweCasus
{
    public int StadsdeelId { get; set; }
    public string Kenmerk { get; set; } = "";
    public Perceel? Perceel { get; set; }
    public bool Spoed { get; set; }
    /// <summary>Required when an aanbieder registers the casus; a regievoerder becomes the regievoerder themselves.</summary>
    public int? RegievoerderId { get; set; }
    public int? AanbiederId { get; set; }
}
