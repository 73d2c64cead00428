using System.Security.Claims;
using Dagbesteding.Portal.Data;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>A stadsdeel the signed-in user works in.</summary>
public sealed record StadsdeelKeuze(int Id, string Naam);

/// <summary>
/// Who is signed in, for this circuit: medewerker, organisation, roles, the stadsdelen they belong to and the
/// one they are looking at, from the one <see cref="Toegangscontext"/> (the database, never the browser). The
/// services read that context again for every operation; the circuit's copy only decides what the page offers,
/// and the circuit re-checks its sign-in every minute (a changed role reloads the page).
/// </summary>
public sealed class GebruikerContext(
    AuthenticationStateProvider authenticationStateProvider,
    IDbContextFactory<PortalDbContext> dbFactory,
    Features.Audit.HerkomstContext? herkomst = null,
    Features.Audit.PrerenderAudit? prerender = null)
{
    private Task? _laden;

    public int MedewerkerId { get; private set; }
    public string Naam { get; private set; } = "";
    public string Organisatie { get; private set; } = "";
    public int? OrganisatieId { get; private set; }
    public Domain.Organisaties.OrganisatieType? OrganisatieType { get; private set; }
    public IReadOnlyList<string> Rollen { get; private set; } = [];
    public IReadOnlyList<StadsdeelKeuze> Stadsdelen { get; private set; } = [];
    public StadsdeelKeuze? Stadsdeel { get; private set; }
    /// <summary>The channels the user is an active member of (for live updates).</summary>
    public IReadOnlyList<int> KanaalIds { get; private set; } = [];
    public bool DonkereModus { get; private set; }
    public bool IsBekend => MedewerkerId != 0;

    /// <summary>The rights of this person as the services enforce them (read when the page loaded).</summary>
    public Toegangscontext Toegang { get; private set; } = Toegangscontext.Geen;

    /// <summary>Raised after the user switched stadsdeel, so open pages reload for the new one.</summary>
    public event Action? StadsdeelGewijzigd;

    public bool HeeftRol(string rol) => Rollen.Contains(rol);

    public string? GebruikerId { get; private set; }

    /// <summary>The signed-in user as services see them.</summary>
    public Actor AlsActor() => new(MedewerkerId, GebruikerId, Rollen) { OrganisatieId = OrganisatieId, Herkomst = herkomst?.Vastgelegd, Prerender = prerender };

    /// <summary>Reloads memberships (e.g. after joining or leaving a channel).</summary>
    public Task HerlaadAsync() => _laden = LaadIntern();

    public Task LaadAsync() => _laden ??= LaadIntern();

    private async Task LaadIntern()
    {
        var state = await authenticationStateProvider.GetAuthenticationStateAsync();
        var gebruikerId = state.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (gebruikerId is null)
        {
            return;
        }
        await using var db = await dbFactory.CreateDbContextAsync();
        var medewerker = await db.Users.Where(u => u.Id == gebruikerId && u.Medewerker != null)
            .Select(u => new { u.Medewerker!.Id, u.Medewerker.Naam, Organisatie = u.Medewerker.Organisatie!.Naam, u.Medewerker.GekozenStadsdeelId, u.Medewerker.DonkereModus })
            .SingleOrDefaultAsync();
        // The same access context the services read: what the page offers is what the service allows.
        var toegang = medewerker is null ? Toegangscontext.Geen : await Toegangscontext.LeesAsync(db, medewerker.Id);
        if (medewerker is null || !toegang.IsBekend)
        {
            return;
        }
        Toegang = toegang;
        MedewerkerId = medewerker.Id;
        GebruikerId = gebruikerId;
        Naam = medewerker.Naam;
        Organisatie = medewerker.Organisatie;
        OrganisatieId = toegang.OrganisatieId;
        OrganisatieType = toegang.OrganisatieType;
        DonkereModus = medewerker.DonkereModus;
        Rollen = toegang.Rollen.ToList();
        KanaalIds = toegang.KanaalIds.ToList();
        Stadsdelen = await db.Stadsdelen.Where(s => toegang.Stadsdelen.Contains(s.Id)).OrderBy(s => s.Id)
            .Select(s => new StadsdeelKeuze(s.Id, s.Naam)).ToListAsync();
        Stadsdeel = Stadsdelen.FirstOrDefault(s => s.Id == medewerker.GekozenStadsdeelId)
            ?? Stadsdelen.FirstOrDefault(s => s.Id == toegang.EigenStadsdeelId)
            ?? Stadsdelen.FirstOrDefault();
    }

    public async Task KiesStadsdeelAsync(int stadsdeelId)
    {
        // Only a stadsdeel the user belongs to can be chosen.
        var keuze = Stadsdelen.FirstOrDefault(s => s.Id == stadsdeelId);
        if (keuze is null || keuze == Stadsdeel)
        {
            return;
        }
        Stadsdeel = keuze;
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.Medewerkers.Where(m => m.Id == MedewerkerId)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.GekozenStadsdeelId, stadsdeelId));
        StadsdeelGewijzigd?.Invoke();
    }

    public async Task ZetDonkereModusAsync(bool donker)
    {
        DonkereModus = donker;
        await using var db = await dbFactory.CreateDbContextAsync();
        await db.Medewerkers.Where(m => m.Id == MedewerkerId)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.DonkereModus, donker));
    }
}
