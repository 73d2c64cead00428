using System.Net;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.Jobs;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dagbesteding.Portal.IntegrationTests.Audit;

/// <summary>
/// The audit log (issue 10.7): append-only in the database itself, a retention term, and the sign-in events with
/// who, from where and in which session. Each test works on lines or accounts of its own.
/// </summary>
public abstract class AuditLogTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    private const string Client = "AuditProef/1.0";

    protected TFactory Factory => factory;

    [Fact]
    public async Task Update_OfAnAuditLine_IsRefusedByTheDatabase()
    {
        var id = await RegelAsync(DateTimeOffset.UtcNow, "voor-wijzigen");
        await using var db = await factory.CreateDbContextAsync();

        await Assert.ThrowsAnyAsync<Exception>(() =>
            db.AuditRegels.Where(r => r.Id == id).ExecuteUpdateAsync(s => s.SetProperty(r => r.MedewerkerId, 999)));
        var regel = await db.AuditRegels.SingleAsync(r => r.Id == id);
        regel.Toelichting = "herschreven";
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        await using var lezen = await factory.CreateDbContextAsync();
        var opgeslagen = await lezen.AuditRegels.SingleAsync(r => r.Id == id);
        Assert.Equal((null, "Proef voor-wijzigen"), (opgeslagen.MedewerkerId, opgeslagen.Toelichting));
    }

    [Fact]
    public async Task Delete_OfAnAuditLine_IsRefusedByTheDatabase()
    {
        var id = await RegelAsync(DateTimeOffset.UtcNow.AddYears(-20), "voor-verwijderen");
        await using var db = await factory.CreateDbContextAsync();

        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditRegels.Where(r => r.Id == id).ExecuteDeleteAsync());
        db.AuditRegels.Remove(await db.AuditRegels.SingleAsync(r => r.Id == id));
        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        await using var lezen = await factory.CreateDbContextAsync();
        Assert.True(await lezen.AuditRegels.AnyAsync(r => r.Id == id));
    }

    [Fact]
    public async Task Bewaartermijn_RemovesOnlyLinesPastTheTerm_AndAfterwardsTheDatabaseRefusesDeletesAgain()
    {
        // A clock far in the future, so only this test's lines are past the term (other tests write "now").
        var nu = DateTimeOffset.UtcNow.AddYears(30);
        var oud = await RegelAsync(nu.AddMonths(-61), "oud");
        var net = await RegelAsync(nu.AddMonths(-59), "binnen-termijn");

        await Job(nu, maanden: 60).UitvoerenAsync(CancellationToken.None);

        await using var db = await factory.CreateDbContextAsync();
        Assert.False(await db.AuditRegels.AnyAsync(r => r.Id == oud));
        Assert.True(await db.AuditRegels.AnyAsync(r => r.Id == net));
        // The job's switch lived only in its own transaction.
        await Assert.ThrowsAnyAsync<Exception>(() => db.AuditRegels.Where(r => r.Id == net).ExecuteDeleteAsync());
    }

    [Fact]
    public async Task Bewaartermijn_BelowTwelveMonths_IsATypo_AndRemovesNothing()
    {
        var nu = DateTimeOffset.UtcNow.AddYears(40);
        var oud = await RegelAsync(nu.AddYears(-5), "typfout");

        await Job(nu, maanden: 1).UitvoerenAsync(CancellationToken.None);

        await using var db = await factory.CreateDbContextAsync();
        Assert.True(await db.AuditRegels.AnyAsync(r => r.Id == oud));
    }

    [Fact]
    public async Task Inloggen_SuccessAndFailure_AreLoggedAgainstTheAccount_WithClientSessionOrganisationAndRoles()
    {
        var account = await factory.MaakAccountAsync(Rollen.Netwerkmanager);
        using var client = Client_();

        Assert.Equal(HttpStatusCode.OK, (await client.LogInAsync(account.Email, "niet-het-wachtwoord")).StatusCode);
        await client.LogInSuccessfullyAsync(account.Email);

        await using var db = await factory.CreateDbContextAsync();
        var regels = await AccountRegelsAsync(db, account.MedewerkerId);
        Assert.Equal([(AuditActie.Inloggen, AuditResultaat.Mislukt), (AuditActie.Inloggen, AuditResultaat.Gelukt)], regels.Select(r => (r.Actie, r.Resultaat)));
        Assert.All(regels, r =>
        {
            Assert.Equal((account.Id, account.OrganisatieId, Rollen.Netwerkmanager, Client), (r.GebruikerId, r.OrganisatieId, r.Rollen, r.Client));
            Assert.Equal(TimeSpan.Zero, r.Op.Offset);
        });
        // The successful sign-in carries the server-side session it started; the failed one has none.
        Assert.Null(regels[0].SessieId);
        var sessie = await db.Sessies.Where(s => s.GebruikerId == account.Id).Select(s => s.Id).SingleAsync();
        Assert.Equal(sessie.ToString(), regels[1].SessieId);
    }

    [Fact]
    public async Task Inloggen_WithAnUnknownAddress_IsLogged_WithoutWhatWasTyped()
    {
        var getypt = $"onbekend.{Guid.NewGuid():N}@example.org";
        await using var voor = await factory.CreateDbContextAsync();
        var laatste = await voor.AuditRegels.MaxAsync(r => (long?)r.Id) ?? 0;
        using var client = Client_();

        await client.LogInAsync(getypt, "GeheimWachtwoord123");

        await using var db = await factory.CreateDbContextAsync();
        var regels = await db.AuditRegels.Where(r => r.Id > laatste && r.ObjectSoort == AuditLog.Account && r.Client == Client).ToListAsync();
        var regel = Assert.Single(regels);
        Assert.Equal((AuditActie.Inloggen, AuditResultaat.Mislukt, null, null), (regel.Actie, regel.Resultaat, regel.MedewerkerId, regel.GebruikerId));
        Assert.DoesNotContain(await db.AuditRegels.Where(r => r.Id > laatste).ToListAsync(),
            r => $"{r.Toelichting}{r.Client}{r.Rollen}".Contains("onbekend.", StringComparison.Ordinal) || $"{r.Toelichting}".Contains("Geheim"));
    }

    [Fact]
    public async Task Uitloggen_IsLogged_WithTheSessionItEnds()
    {
        var account = await factory.MaakAccountAsync(Rollen.Netwerklid);
        var cookie = await factory.InlogCookieAsync(account.Email);

        await factory.UitloggenAsync(cookie);

        await using var db = await factory.CreateDbContextAsync();
        var sessie = await db.Sessies.Where(s => s.GebruikerId == account.Id).SingleAsync();
        Assert.NotNull(sessie.BeeindigdOp);
        var regel = (await AccountRegelsAsync(db, account.MedewerkerId)).Single(r => r.Actie == AuditActie.Uitgelogd);
        Assert.Equal((AuditResultaat.Gelukt, sessie.Id.ToString(), account.Id), (regel.Resultaat, regel.SessieId, regel.GebruikerId));
    }

    private PortalClient Client_()
    {
        var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = PortalFactory.Adres });
        http.DefaultRequestHeaders.UserAgent.ParseAdd(Client);
        return new PortalClient(http);
    }

    private static Task<List<AuditRegel>> AccountRegelsAsync(Data.PortalDbContext db, int medewerkerId) =>
        db.AuditRegels.Where(r => r.ObjectSoort == AuditLog.Account && r.MedewerkerId == medewerkerId).OrderBy(r => r.Id).ToListAsync();

    private async Task<long> RegelAsync(DateTimeOffset op, string code)
    {
        await using var db = await factory.CreateDbContextAsync();
        var regel = AuditLog.Taakregel(op, "audit-proef", AuditActie.Bekeken, AuditLog.Auditlog, null, $"Proef {AuditLog.Code(code)}");
        db.AuditRegels.Add(regel);
        await db.SaveChangesAsync();
        return regel.Id;
    }

    private AuditBewaartermijnJob Job(DateTimeOffset nu, int maanden) => new(
        factory.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Data.PortalDbContext>>(),
        Options.Create(new AuditOptions { BewaartermijnMaanden = maanden }),
        new FakeTimeProvider(nu),
        NullLogger<AuditBewaartermijnJob>.Instance);
}

public sealed class SqliteAuditLogTests(SqlitePortalFactory factory)
    : AuditLogTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlAuditLogTests(PostgreSqlPortalFactory factory)
    : AuditLogTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>
{
    [Fact]
    public async Task Truncate_OfTheAuditTable_IsRefused()
    {
        await using var db = await Factory.CreateDbContextAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("""TRUNCATE "AuditRegels" """));
        Assert.True(await db.AuditRegels.AnyAsync());
    }
}
