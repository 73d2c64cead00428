using Dagbesteding.Portal.IntegrationTests.Infrastructure;

namespace Dagbesteding.Portal.IntegrationTests.Autorisatie;

/// <summary>
/// Every cell of the matrix in docs/autorisatie.md, allowed and refused, on the real paths; once per provider. The
/// rows of people whose access ended have their own class (<see cref="DeactivatedUserMatrixTests{TFactory}"/>).
/// </summary>
public abstract class AutorisatieMatrixTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    public static TheoryData<string, string, string> Cellen => AutorisatieMatrix.Rijen(AutorisatieMatrix.Matrix, _ => true);

    [Theory]
    [MemberData(nameof(Cellen))]
    public async Task Cell_IsEnforcedAsTheMatrixSays(string handeling, string persoon, string verwacht)
    {
        var omgeving = await MatrixOmgeving.VoorAsync(factory);
        Assert.Equal(verwacht, await new MatrixHandelingen(omgeving).VoerUitAsync(handeling, omgeving[persoon]));
    }
}

/// <summary>
/// People who signed in while active and were then deactivated, or whose organisation was: every action is refused,
/// with the session they already had, and they cannot sign in again.
/// </summary>
public abstract class DeactivatedUserMatrixTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    public static TheoryData<string, string, string> Cellen => AutorisatieMatrix.Rijen(AutorisatieMatrix.Inactief, _ => true);

    [Theory]
    [MemberData(nameof(Cellen))]
    public async Task Cell_OfSomeoneWhoseAccessEnded_IsRefused(string handeling, string persoon, string verwacht)
    {
        var omgeving = await MatrixOmgeving.VoorAsync(factory);
        Assert.Equal(verwacht, await new MatrixHandelingen(omgeving).VoerUitAsync(handeling, omgeving[persoon]));
    }

    [Theory]
    [InlineData("gedeactiveerd")]
    [InlineData("organisatie-inactief")]
    public async Task SignIn_AfterAccessEnded_IsRefused(string persoon)
    {
        var omgeving = await MatrixOmgeving.VoorAsync(factory);
        using var client = factory.CreatePortalClient();
        var antwoord = await client.LogInAsync(omgeving[persoon].Email);
        Assert.NotEqual(System.Net.HttpStatusCode.Redirect, antwoord.StatusCode);
    }
}

/// <summary>The matrix tests share one app per provider: the people and objects are built once.</summary>
[CollectionDefinition(Naam)]
public sealed class SqliteMatrixCollectie : ICollectionFixture<SqlitePortalFactory>
{
    public const string Naam = "Autorisatiematrix SQLite";
}

[CollectionDefinition(Naam)]
public sealed class PostgreSqlMatrixCollectie : ICollectionFixture<PostgreSqlPortalFactory>
{
    public const string Naam = "Autorisatiematrix PostgreSQL";
}

[Collection(SqliteMatrixCollectie.Naam)]
public sealed class SqliteAutorisatieMatrixTests(SqlitePortalFactory factory) : AutorisatieMatrixTests<SqlitePortalFactory>(factory);

[Collection(PostgreSqlMatrixCollectie.Naam)]
public sealed class PostgreSqlAutorisatieMatrixTests(PostgreSqlPortalFactory factory) : AutorisatieMatrixTests<PostgreSqlPortalFactory>(factory);

[Collection(SqliteMatrixCollectie.Naam)]
public sealed class SqliteDeactivatedUserMatrixTests(SqlitePortalFactory factory) : DeactivatedUserMatrixTests<SqlitePortalFactory>(factory);

[Collection(PostgreSqlMatrixCollectie.Naam)]
public sealed class PostgreSqlDeactivatedUserMatrixTests(PostgreSqlPortalFactory factory) : DeactivatedUserMatrixTests<PostgreSqlPortalFactory>(factory);
