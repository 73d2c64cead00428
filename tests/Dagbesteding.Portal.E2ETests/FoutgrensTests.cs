using System.Data.Common;
using System.Text.RegularExpressions;
using Dagbesteding.Portal.Components.Shared;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.E2ETests.Infrastructure;
using Dagbesteding.Portal.E2ETests.Pages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Dagbesteding.Portal.E2ETests;

/// <summary>
/// An error nobody expected (here: the database fails one query) shows a Dutch message with a reference inside the
/// shell, and the page, the menu and the circuit keep working (issue 15 point 3). On a server of its own: its database
/// fails every query that carries <see cref="Storing.Sentinel"/>, which only this test ever types.
/// </summary>
[CspBewaking]
public sealed partial class FoutgrensTests : IAsyncLifetime
{
    private readonly FakeLoggerProvider _logboek = new();
    private readonly PortalServer _server;

    public FoutgrensTests() => _server = new PortalServer(new Dictionary<string, string?>(), diensten =>
    {
        diensten.ConfigureDbContext<PortalDbContext>(o => o.AddInterceptors(new Storing()));
        diensten.AddSingleton<ILoggerProvider>(_logboek);
    });

    public Task InitializeAsync() => _server.InitializeAsync();

    public Task DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task AnUnexpectedError_ShowsADutchMessageWithAReference_InsideTheShell_AndThePortalKeepsWorking()
    {
        var page = await _server.NewPageAsync();
        var shell = await new LoginPage(page).LogInAsync("regievoerder.west@example.org");
        await page.GotoAsync("/netwerk/archief");
        await shell.WachtOpInteractiefAsync();
        await Expect(shell.Kop).ToHaveTextAsync("Archief van besloten adviesvragen");

        await page.GetByTestId("archief-tekst").FillAsync(Storing.Sentinel);
        await page.GetByTestId("archief-zoeken").ClickAsync();

        var fout = page.GetByTestId("onverwachte-fout");
        await Expect(fout).ToBeVisibleAsync();
        await Expect(fout).ToContainTextAsync("Er ging iets mis op deze pagina");
        await Expect(fout).ToContainTextAsync("meld dan deze code aan de functioneel beheerder");
        var referentie = await page.GetByTestId("fout-referentie").InnerTextAsync();
        Assert.Matches(ReferentieVorm(), referentie);
        // Blazor's own bar for a dead circuit stays hidden, the shell stays: the error is the page's, not the portal's.
        await Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
        await Expect(shell.Navigatie).ToBeVisibleAsync();
        await Expect(shell.GebruikerNaam).ToHaveTextAsync("Ruben Regie");
        Assert.DoesNotContain("Exception", await page.Locator("main").InnerTextAsync());
        await Toegankelijkheid.AssertGeenErnstigeProblemenAsync(page);

        // The log has the exception under the same reference, so the beheerder can find it; not the search text.
        var regel = Assert.Single(_logboek.Collector.GetSnapshot(), r => r.Level == LogLevel.Error && r.Message.Contains(referentie));
        Assert.Equal(typeof(Foutgrens).FullName, regel.Category);
        Assert.Contains(Storing.Melding, regel.Exception?.ToString());
        Assert.Contains("/netwerk/archief", regel.Message);
        Assert.DoesNotContain(Storing.Sentinel, regel.Message);

        // Try again: the page comes back in the same circuit (no reload), with a fresh search.
        await shell.MarkeerDezePaginaAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opnieuw proberen" }).ClickAsync();
        await Expect(fout).ToHaveCountAsync(0);
        await Expect(shell.Kop).ToHaveTextAsync("Archief van besloten adviesvragen");
        await Expect(page.GetByTestId("archief-tekst")).ToHaveValueAsync("");

        // Once more, and then away through the menu: the next page shows normally, still the same circuit.
        await page.GetByTestId("archief-tekst").FillAsync(Storing.Sentinel);
        await page.GetByTestId("archief-zoeken").ClickAsync();
        await Expect(fout).ToBeVisibleAsync();
        Assert.NotEqual(referentie, await page.GetByTestId("fout-referentie").InnerTextAsync());
        await shell.NavLink("Casussen").ClickAsync();
        await Expect(shell.Kop).ToHaveTextAsync("Casussen West");
        await Expect(fout).ToHaveCountAsync(0);
        Assert.True(await shell.IsNogDezelfdePaginaAsync(), "The portal reloaded the page instead of recovering in the circuit.");
    }

    [GeneratedRegex("^F-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$")]
    private static partial Regex ReferentieVorm();

    /// <summary>A database that fails each query whose parameters carry the sentinel, as one that went away would.</summary>
    private sealed class Storing : DbCommandInterceptor
    {
        public const string Sentinel = "storingstest-7f3a";
        public const string Melding = "Gesimuleerde storing van de database";

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            command.Parameters.Cast<DbParameter>().Any(p => p.Value is string tekst && tekst.Contains(Sentinel, StringComparison.OrdinalIgnoreCase))
                ? throw new InvalidOperationException(Melding)
                : ValueTask.FromResult(result);
    }
}
