using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Meldingen;
using Dagbesteding.Portal.Domain.Organisaties;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Casussen;

/// <summary>
/// What a change of a casus may use while <see cref="CasusService"/> runs it: the tracked casus (with its plan) on
/// the change's own context, who is asking, and the two side effects every change has — a timeline line and
/// meldingen. Everything is saved together by the service; meldingen and the board event are pushed after the commit.
/// </summary>
public sealed class CasusWijziging(PortalDbContext db, Casus casus, int? medewerkerId, int? organisatieId, bool isRegievoerder, bool isAanbieder, DateTimeOffset nu)
{
    public PortalDbContext Db => db;
    public Casus Casus => casus;
    /// <summary>Null when the portal itself changes the casus (a background job).</summary>
    public int? MedewerkerId => medewerkerId;
    public int? OrganisatieId => organisatieId;
    public bool IsRegievoerder => isRegievoerder;
    public bool IsRegievoerderVanCasus => isRegievoerder && casus.RegievoerderId == medewerkerId;
    public bool IsAanbiederVanCasus => isAanbieder && casus.AanbiederId is { } a && a == organisatieId;
    public DateTimeOffset Nu => nu;

    public void Tijdlijn(string omschrijving) =>
        db.CasusGebeurtenissen.Add(new CasusGebeurtenis { Casus = casus, CasusId = casus.Id, MedewerkerId = medewerkerId, Op = nu, Omschrijving = omschrijving });

    /// <summary>
    /// One melding per person, linking to the case page; never to who made the change. The text inside the portal may
    /// name the kenmerk; what leaves the portal (push, e-mail) names the casus by its number only.
    /// </summary>
    public void Meld(IEnumerable<int> medewerkers, string tekst, MeldingSoort soort = MeldingSoort.Casus)
    {
        foreach (var id in medewerkers.Distinct())
        {
            db.Meldingen.Add(new Melding
            {
                MedewerkerId = id,
                Soort = soort,
                Op = nu,
                Tekst = tekst,
                Samenvatting = MeldingTeksten.Casus(soort, casus.Id),
                Link = MeldingTeksten.CasusLink(casus.Id),
            });
        }
    }

    /// <summary>The active contact persons of the given aanbieders: who is told about a case at the aanbieder.</summary>
    public async Task<IReadOnlyList<int>> ContactpersonenAsync(IEnumerable<int?> aanbieders, CancellationToken cancellationToken = default)
    {
        var ids = aanbieders.OfType<int>().Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }
        return await db.Medewerkers
            .Where(m => m.Actief && ids.Contains(m.OrganisatieId) && m.Functie == Functie.AanbiederContactpersoon)
            .Select(m => m.Id).ToListAsync(cancellationToken);
    }
}
