using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Features.Dashboard;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Toegang;

/// <summary>
/// One access context, read for each operation (issue 10.2): an actor handed out when a page opened carries no
/// rights of its own; a role taken away or a deactivation counts from the next service call on.
/// </summary>
public abstract class ToegangscontextTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    [Fact]
    public async Task RoleTakenAway_IsRefusedByTheServiceAtTheNextCall_EvenWithTheActorOfAnOpenPage()
    {
        const string email = "netwerkmanager.west@example.org";
        var actor = await factory.ActorAsync(email);
        var west = await factory.StadsdeelIdAsync("West");
        Assert.True(await factory.MetServiceAsync<NetwerkCijfersService, bool>(s => s.MagZienAsync(actor, west)));
        try
        {
            await factory.WijzigRolAsync(email, Rollen.Netwerkmanager, erbij: false);

            Assert.Contains(Rollen.Netwerkmanager, actor.Rollen);
            Assert.False(await factory.MetServiceAsync<NetwerkCijfersService, bool>(s => s.MagZienAsync(actor, west)));
        }
        finally
        {
            await factory.WijzigRolAsync(email, Rollen.Netwerkmanager, erbij: true);
        }
    }

    [Fact]
    public async Task DeactivatedMember_CannotPostReadTheFeedOrSeeTheBoard_WithTheActorOfAnOpenPage()
    {
        const string email = "regievoerder.west@example.org";
        var actor = await factory.ActorAsync(email);
        var west = await factory.StadsdeelIdAsync("West");
        var kanaal = await factory.KanaalIdAsync("West");
        Assert.NotEmpty(await factory.MetServiceAsync<AdviesvraagService, IReadOnlyList<AdviesvraagKaart>>(s => s.FeedAsync(actor, kanaal)));
        try
        {
            await factory.ZetMedewerkerActiefAsync(email, false);

            var plaatsen = await factory.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s => s.PlaatsAsync(actor, new NieuweAdviesvraag
            {
                StadsdeelId = west,
                Leeftijdscategorie = Leeftijdscategorie.Van27Tot45,
                WensAmsterdammer = "Wil graag iets met zijn handen doen, dicht bij huis.",
                Vraag = "Wie heeft een plek voor iemand van 30 die graag buiten met de handen werkt?",
            }));
            Assert.False(plaatsen.Gelukt);
            Assert.Equal("Alleen netwerkleden kunnen een adviesvraag stellen.", plaatsen.Fout);
            Assert.Empty(await factory.MetServiceAsync<AdviesvraagService, IReadOnlyList<AdviesvraagKaart>>(s => s.FeedAsync(actor, kanaal)));
            Assert.Null(await factory.MetServiceAsync<CasusService, Bord?>(s => s.BordAsync(actor, west, new BordFilter())));
        }
        finally
        {
            await factory.ZetMedewerkerActiefAsync(email, true);
        }
    }

    [Fact]
    public async Task Context_TakesStadsdelenFromTheOwnOrganisationAndActiveMemberships_AndEveryStadsdeelForTheBeheerder()
    {
        await using var db = await factory.CreateDbContextAsync();
        var alle = await db.Stadsdelen.Select(s => s.Id).ToListAsync();
        var west = await factory.StadsdeelIdAsync("West");

        var beheerder = await Toegangscontext.LeesAsync(db, await factory.ActorAsync("beheerder@example.org"));
        var regievoerder = await Toegangscontext.LeesAsync(db, await factory.ActorAsync("regievoerder.west@example.org"));
        var wpi = await Toegangscontext.LeesAsync(db, await factory.ActorAsync("wpi.west@example.org"));

        Assert.Equal(alle.ToHashSet(), beheerder.Stadsdelen);
        Assert.Contains(west, regievoerder.Stadsdelen);
        Assert.Equal(Zicht.Kaarten, regievoerder.ZichtOp(west));
        // WPI is in the West channel but has no cases and no dashboard.
        Assert.Contains(west, wpi.Stadsdelen);
        Assert.True(wpi.IsLidVan(await factory.KanaalIdAsync("West")));
        Assert.Equal(Zicht.Geen, wpi.ZichtOp(west));
        Assert.False(wpi.MagDashboardZien(west));
    }

}

public sealed class SqliteToegangscontextTests(SqlitePortalFactory factory)
    : ToegangscontextTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlToegangscontextTests(PostgreSqlPortalFactory factory)
    : ToegangscontextTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
