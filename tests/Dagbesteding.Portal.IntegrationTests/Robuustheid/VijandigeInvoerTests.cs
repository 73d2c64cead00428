using System.Text;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Casussen;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.IntegrationTests.Robuustheid;

/// <summary>
/// Issue 15 point 5 on the server: random hostile strings (fixed seed, bounded) in the free-text fields, through the
/// services the pages call. Every call ends in a saved text that is exactly what was sent, or in a Dutch refusal —
/// never an exception, never a text changed on the way into the database. Once per provider: PostgreSQL refuses a NUL
/// character and a lone surrogate, SQLite would quietly store something else.
/// </summary>
public abstract class VijandigeInvoerTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    private const int Gevallen = 40;
    private const string Vrager = "regievoerder.west@example.org";

    private static readonly string[] Stukken =
    [
        "\0", "\u0001", "\u0007", "\u001B[31m", "\u007F", "\u0085", "\uD800", "\uDC00x", "\uFFFE", "\u200B", "\u202E", "\u2066", "１２３",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "'; DROP TABLE \"Adviesvragen\"; --", "%_\\", "🙂👩🏽‍🦱",
        "e\u0301\u0301\u0301", "\r\n\t", "&amp;&lt;", "{{7*7}}", "${jndi:ldap://x}",
    ];

    /// <summary>A sensible text with one to four hostile pieces put in at random places (and now and then far too long).</summary>
    private static IEnumerable<(int Geval, string Tekst)> Teksten(int seed, string basis)
    {
        var random = new Random(seed);
        for (var geval = 0; geval < Gevallen; geval++)
        {
            var sb = new StringBuilder(basis);
            for (var i = random.Next(1, 5); i > 0; i--)
            {
                sb.Insert(random.Next(sb.Length + 1), Stukken[random.Next(Stukken.Length)]);
            }
            if (geval % 13 == 12)
            {
                sb.Append('x', 100_000);
            }
            yield return (geval, sb.ToString());
        }
    }

    /// <summary>Both ends were reached: hostile-looking text that can be stored was stored, the rest was refused.</summary>
    private static void AssertBeideUitkomsten(int bewaard) =>
        Assert.True(bewaard is > 0 and < Gevallen, $"{bewaard} of {Gevallen} cases were saved: the cases did not reach both outcomes.");

    private static void AssertNetteWeigering(int geval, string tekst, string? fout)
    {
        Assert.False(string.IsNullOrWhiteSpace(fout), $"Case {geval}: refused without a message.");
        Assert.DoesNotContain("Exception", fout);
        Assert.True(fout!.Length < 400, $"Case {geval}: a refusal of {fout.Length} characters.");
        if (tekst.Length > 10_000)
        {
            Assert.Contains("te lang", fout);
        }
    }

    [Fact]
    public async Task QuestionAndWish_WithHostileText_AreSavedExactlyOrRefusedInDutch()
    {
        var actor = await factory.ActorAsync(Vrager);
        var west = await factory.StadsdeelIdAsync("West");
        var bewaard = 0;
        foreach (var (geval, tekst) in Teksten(15_01, "Wie heeft plek voor iemand van 52 die graag met hout werkt?"))
        {
            var wens = geval % 2 == 0 ? "Drie dagen per week buiten werken." : tekst[..Math.Min(tekst.Length, 400)];
            var invoer = new NieuweAdviesvraag
            {
                StadsdeelId = west,
                Leeftijdscategorie = Leeftijdscategorie.Van45Tot67,
                WensAmsterdammer = wens,
                GewenstPerceel = Perceel.Meedoen,
                Vraag = tekst,
            };
            var uitkomst = await factory.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s => s.PlaatsAsync(actor, invoer));
            if (!uitkomst.Gelukt)
            {
                AssertNetteWeigering(geval, tekst, uitkomst.Fout);
                continue;
            }
            await using var db = await factory.CreateDbContextAsync();
            var opgeslagen = await db.Adviesvragen.AsNoTracking().SingleAsync(a => a.Id == uitkomst.Waarde);
            Assert.True(tekst.Trim() == opgeslagen.Vraag, $"Case {geval}: the question was stored changed.");
            Assert.True(wens.Trim() == opgeslagen.WensAmsterdammer, $"Case {geval}: the wish was stored changed.");
            bewaard++;
        }
        AssertBeideUitkomsten(bewaard);
    }

    [Fact]
    public async Task Reply_WithHostileText_IsSavedExactlyOrRefusedInDutch()
    {
        var vrager = await factory.ActorAsync(Vrager);
        var aanbieder = await factory.ActorAsync("aanbieder.west@example.org");
        var vraag = await factory.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(async s => await s.PlaatsAsync(vrager, new NieuweAdviesvraag
        {
            StadsdeelId = await factory.StadsdeelIdAsync("West"),
            Leeftijdscategorie = Leeftijdscategorie.Van27Tot45,
            WensAmsterdammer = "Iets met koken, twee ochtenden.",
            GewenstPerceel = Perceel.Meedoen,
            Vraag = "Wie heeft plek voor iemand van 30 die graag kookt en in de ochtend kan?",
        }));
        Assert.True(vraag.Gelukt, vraag.Fout);
        var bewaard = 0;
        foreach (var (geval, tekst) in Teksten(15_02, "Wij hebben misschien plek, bel ons via het kanaal."))
        {
            var uitkomst = await factory.MetServiceAsync<AdviesvraagService, Uitkomst<int>>(s =>
                s.ReageerAsync(aanbieder, vraag.Waarde, new NieuweReactie { Tekst = tekst }));
            if (!uitkomst.Gelukt)
            {
                AssertNetteWeigering(geval, tekst, uitkomst.Fout);
                continue;
            }
            await using var db = await factory.CreateDbContextAsync();
            var opgeslagen = await db.Reacties.AsNoTracking().SingleAsync(r => r.Id == uitkomst.Waarde);
            Assert.True(tekst.Trim() == opgeslagen.Tekst, $"Case {geval}: the reply was stored changed.");
            bewaard++;
        }
        AssertBeideUitkomsten(bewaard);
    }

    [Fact]
    public async Task ArchiveSearch_WithHostileText_AnswersOrRefusesInDutch()
    {
        var actor = await factory.ActorAsync(Vrager);
        foreach (var (geval, tekst) in Teksten(15_03, "hout"))
        {
            var uitkomst = await factory.MetServiceAsync<AdviesvraagService, Uitkomst<IReadOnlyList<ArchiefTreffer>>>(s =>
                s.ZoekInArchiefAsync(actor, new ArchiefFilter { Tekst = tekst }));
            if (!uitkomst.Gelukt)
            {
                AssertNetteWeigering(geval, tekst, uitkomst.Fout);
            }
        }
    }

    [Fact]
    public async Task Kenmerk_WithHostileText_IsSavedExactlyOrRefusedInDutch()
    {
        var actor = await factory.ActorAsync(Vrager);
        var west = await factory.StadsdeelIdAsync("West");
        var bewaard = 0;
        foreach (var (geval, tekst) in Teksten(15_04, "K-" + Guid.NewGuid().ToString("N")[..6]))
        {
            var uitkomst = await factory.MetServiceAsync<CasusService, Uitkomst<int>>(s =>
                s.MaakAanAsync(actor, new NieuweCasus { StadsdeelId = west, Kenmerk = tekst, Perceel = Perceel.Meedoen }));
            if (!uitkomst.Gelukt)
            {
                AssertNetteWeigering(geval, tekst, uitkomst.Fout);
                continue;
            }
            await using var db = await factory.CreateDbContextAsync();
            Assert.True(tekst.Trim() == (await db.Casussen.AsNoTracking().SingleAsync(c => c.Id == uitkomst.Waarde)).Kenmerk,
                $"Case {geval}: the kenmerk was stored changed.");
            bewaard++;
        }
        AssertBeideUitkomsten(bewaard);
    }
}

public sealed class SqliteVijandigeInvoerTests(SqlitePortalFactory factory)
    : VijandigeInvoerTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlVijandigeInvoerTests(PostgreSqlPortalFactory factory)
    : VijandigeInvoerTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
