using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.IntegrationTests.Limieten;

/// <summary>
/// Login limits at small values (<see cref="InlogLimietenFactory"/>): per source and per account, answered in the page
/// in Dutch, and never a lockout an attacker could use against the people who run the network.
/// </summary>
public sealed partial class InlogLimietenTests(InlogLimietenFactory factory) : IClassFixture<InlogLimietenFactory>
{
    private const string TeVeel = "Te veel inlogpogingen. Probeer het over";
    private const string Fout = "Het e-mailadres of het wachtwoord klopt niet.";

    [Fact]
    public async Task Login_AfterTooManyAttemptsFromOneIp_IsRefusedInDutch_WithTheEmailKept_WhileAnotherIpStillGetsIn()
    {
        using var bron = Client("10.0.0.1");
        for (var i = 0; i < InlogLimietenFactory.PerIp; i++)
        {
            Assert.Contains(Fout, await TekstAsync(await bron.LogInAsync($"onbekend{i}@example.org", "Verkeerd!123456")));
        }

        // The next one is refused before the password is looked at: the right password does not get in either.
        var geweigerd = await bron.LogInAsync("wpi.west@example.org");
        Assert.Equal(HttpStatusCode.OK, geweigerd.StatusCode);
        var pagina = await TekstAsync(geweigerd);
        Assert.Contains(TeVeel, pagina);
        Assert.Contains("value=\"wpi.west@example.org\"", pagina);
        // The refusal is in the audit log against the account, with the address it came from.
        await using (var db = await factory.CreateDbContextAsync())
        {
            var medewerker = await db.Users.Where(u => u.Email == "wpi.west@example.org").Select(u => u.MedewerkerId).SingleAsync();
            Assert.True(await db.AuditRegels.AnyAsync(r => r.ObjectSoort == Features.Audit.AuditLog.Account && r.MedewerkerId == medewerker
                && r.Actie == Domain.Audit.AuditActie.Geblokkeerd && r.Resultaat == Domain.Audit.AuditResultaat.Geweigerd && r.IpAdres == "10.0.0.1"));
        }

        using var ander = Client("10.0.0.2");
        Assert.Equal(HttpStatusCode.Redirect, (await ander.LogInAsync("wpi.west@example.org")).StatusCode);
    }

    [Fact]
    public async Task ExternalLoginButton_SharesTheIpBudget_AndIsSentBackToTheLoginPageWithTheWaitingTime()
    {
        using var bron = Client("10.0.1.1");
        for (var i = 0; i < InlogLimietenFactory.PerIp; i++)
        {
            await bron.LogInAsync($"extern{i}@example.org", "Verkeerd!123456");
        }
        var formulier = await bron.Http.GetStringAsync("/inloggen");
        var token = AntiforgeryToken().Match(formulier).Groups[1].Value;

        var antwoord = await bron.Http.PostAsync("/inloggen/extern", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["returnUrl"] = "/",
        }));

        Assert.Equal(HttpStatusCode.SeeOther, antwoord.StatusCode);
        var terug = antwoord.Headers.Location!.ToString();
        Assert.StartsWith("/inloggen?wacht=", terug);
        Assert.Contains(TeVeel, await bron.Http.GetStringAsync(terug));
    }

    [Fact]
    public async Task Login_AttackOnANetwerkmanagerFromManyIps_IsSlowedDownNotLocked_AndTheOwnerGetsInAfterTheWait()
    {
        const string email = "netwerkmanager.west@example.org";
        const int pogingen = 12;
        var perPoging = TimeSpan.FromSeconds(InlogLimietenFactory.PerAccountSeconden) / InlogLimietenFactory.PerAccount;
        try
        {
            var gecontroleerd = 0;
            var geweigerd = new List<string>();
            var klok = Stopwatch.StartNew();
            for (var i = 0; i < pogingen; i++)
            {
                // Every attempt from another address: the per-IP limit never applies, only the per-account one can.
                using var aanvaller = Client($"10.1.0.{i + 1}");
                var pagina = await TekstAsync(await aanvaller.LogInAsync(email, "Geraden!123456"));
                if (pagina.Contains(TeVeel))
                {
                    geweigerd.Add(pagina);
                }
                else
                {
                    Assert.Contains(Fout, pagina);
                    gecontroleerd++;
                }
            }
            klok.Stop();

            // The account's budget, plus at most what refilled while the attack ran; the rest was refused unchecked.
            Assert.InRange(gecontroleerd, InlogLimietenFactory.PerAccount, InlogLimietenFactory.PerAccount + (int)(klok.Elapsed / perPoging) + 1);
            Assert.NotEmpty(geweigerd);
            await using (var db = await factory.CreateDbContextAsync())
            {
                var account = await db.Users.Where(u => u.Email == email).Select(u => new { u.LockoutEnd, u.AccessFailedCount }).SingleAsync();
                Assert.Null(account.LockoutEnd);
                Assert.Equal(0, account.AccessFailedCount);
            }

            // The owner, from their own address, waits what the page said and gets in.
            var wachttijd = TimeSpan.FromSeconds(int.Parse(Wachttijd().Match(geweigerd[^1]).Groups[1].Value));
            await Task.Delay(wachttijd);
            using var eigenaar = Client("10.2.0.1");
            Assert.Equal(HttpStatusCode.Redirect, (await eigenaar.LogInAsync(email)).StatusCode);
        }
        finally
        {
            await using var db = await factory.CreateDbContextAsync();
            await db.Users.Where(u => u.Email == email)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, (DateTimeOffset?)null).SetProperty(x => x.AccessFailedCount, 0));
        }
    }

    [Fact]
    public async Task Login_WhileAnAccountIsSlowedDown_TheRightPasswordIsRefusedToo()
    {
        const string email = "regievoerder.oost@example.org";
        try
        {
            // Guess until the account's budget is spent (the first refusal), then the right password at once.
            var geweigerd = false;
            for (var i = 0; i < 3 * InlogLimietenFactory.PerAccount && !geweigerd; i++)
            {
                using var aanvaller = Client($"10.3.0.{i + 1}");
                geweigerd = (await TekstAsync(await aanvaller.LogInAsync(email, "Geraden!123456"))).Contains(TeVeel);
            }
            Assert.True(geweigerd);

            // Otherwise the limit would only slow guessing down until the guess was right.
            using var raak = Client("10.3.1.1");
            var antwoord = await raak.LogInAsync(email);
            Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
            Assert.Contains(TeVeel, await TekstAsync(antwoord));
        }
        finally
        {
            await using var db = await factory.CreateDbContextAsync();
            await db.Users.Where(u => u.Email == email)
                .ExecuteUpdateAsync(u => u.SetProperty(x => x.LockoutEnd, (DateTimeOffset?)null).SetProperty(x => x.AccessFailedCount, 0));
        }
    }

    private PortalClient Client(string ip)
    {
        var client = factory.CreatePortalClient();
        client.Http.DefaultRequestHeaders.Add(LimietenTestHulp.IpHeader, ip);
        return client;
    }

    private static Task<string> TekstAsync(HttpResponseMessage antwoord) => antwoord.Content.ReadAsStringAsync();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    [GeneratedRegex(@"Probeer het over (\d+) second")]
    private static partial Regex Wachttijd();
}
