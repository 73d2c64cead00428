using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Domain.Casussen;

/// <summary>
/// One Amsterdammer's route through the werkproces. Holds a kenmerk (the reference to the dossier in
/// RIS), never a name or BSN: the portal is not a second case file.
/// </summary>
public class Casus
{
    public int Id { get; set; }
    public int StadsdeelId { get; set; }
    public Stadsdeel? Stadsdeel { get; set; }
    public required string Kenmerk { get; set; }
    public WerkprocesStap Stap { get; set; } = WerkprocesStap.Aanmelding;
    public DateTimeOffset InStapSinds { get; set; }
    public int RegievoerderId { get; set; }
    public Medewerker? Regievoerder { get; set; }
    public int? AanbiederId { get; set; }
    public Organisatie? Aanbieder { get; set; }
    /// <summary>Who registered the casus; an aanbieder may fill in plan parts only in a casus it created.</summary>
    public int AangemaaktDoorOrganisatieId { get; set; }
    public Organisatie? AangemaaktDoorOrganisatie { get; set; }
    public Perceel? Perceel { get; set; }
    public bool Spoed { get; set; }
    public bool TijdelijkGestopt { get; set; }
    public DateTimeOffset AangemaaktOp { get; set; }
    /// <summary>The adviesvraag this casus came from; shown only to its asker.</summary>
    public int? BronAdviesvraagId { get; set; }
    public Adviesvraag? BronAdviesvraag { get; set; }
    /// <summary>Optimistic concurrency token, renewed on every save (works the same on SQLite and PostgreSQL).</summary>
    public Guid Versie { get; set; } = Guid.NewGuid();
    public Ondersteuningsplan? Ondersteuningsplan { get; set; }
    public List<CasusGebeurtenis> Gebeurtenissen { get; set; } = [];
    public List<Signaal> Signalen { get; set; } = [];
    public List<CasusStapWissel> StapWissels { get; set; } = [];
}
