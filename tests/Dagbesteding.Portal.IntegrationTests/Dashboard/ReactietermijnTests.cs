using Dagbesteding.Portal.Features.Dashboard;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.IntegrationTests.Dashboard;

public abstract class ReactietermijnTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    [Fact]
    public async Task Reactietermijnen_CountAReplyInTimeAsMet_AndAnExpiredQuestionAsNotMet()
    {
        var west = await factory.StadsdeelIdAsync("West");
        var voor = await factory.MetServiceAsync<DashboardService, Reactietermijnen>(s => s.ReactietermijnenAsync(west));

        var vrager = await factory.ActorAsync("regievoerder.west@example.org");
        var wpi = await factory.ActorAsync("wpi.west@example.org");
        var invoer = new NieuweAdviesvraag
        {
            StadsdeelId = west,
            Leeftijdscategorie = Domain.Netwerk.Leeftijdscategorie.Van45Tot67,
            Vraag = "Wie heeft plek voor iemand van 50 die graag fietsen repareert?",
        };
        var opTijd = (await factory.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s => s.PlaatsAsync(vrager, invoer))).Waarde;
        await factory.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s => s.ReageerAsync(wpi, opTijd, new NieuweReactie { Tekst = "Probeer de fietsenwerkplaats." }));
        var verlopen = (await factory.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s => s.PlaatsAsync(vrager, invoer))).Waarde;
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.Adviesvragen.Where(a => a.Id == verlopen)
                .ExecuteUpdateAsync(a => a.SetProperty(x => x.Status, Domain.Netwerk.AdviesvraagStatus.Verlopen));
        }

        var na = await factory.MetServiceAsync<DashboardService, Reactietermijnen>(s => s.ReactietermijnenAsync(west));

        Assert.Equal(DashboardService.Maanden, na.PerMaand.Count);
        Assert.Equal(voor.PerMaand[^1].Gehaald + 1, na.PerMaand[^1].Gehaald);
        Assert.Equal(voor.PerMaand[^1].NietGehaald + 1, na.PerMaand[^1].NietGehaald);
        Assert.NotNull(na.MediaanWerkuren);
    }
}

public sealed class SqliteReactietermijnTests(SqlitePortalFactory factory)
    : ReactietermijnTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlReactietermijnTests(PostgreSqlPortalFactory factory)
    : ReactietermijnTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
