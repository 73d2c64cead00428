using System.Collections.Concurrent;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Meldingen;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Features.Netwerk;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.IntegrationTests.Infrastructure;
using Dagbesteding.Portal.Realtime;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dagbesteding.Portal.IntegrationTests.Netwerk;

/// <summary>The rules of the channel, on the server, on a real database; once per provider.</summary>
public abstract class AdviesvraagTests<TFactory>(TFactory factory) where TFactory : PortalFactory
{
    private const string Vrager = "regievoerder.west@example.org";
    private const string Aanbieder = "aanbieder.west@example.org";
    private const string Wpi = "wpi.west@example.org";
    private const string Oost = "regievoerder.oost@example.org";

    private Task<T> Vragen<T>(Func<AdviesvraagService, Task<T>> actie) => factory.MetServiceAsync(actie);

    private async Task<NieuweAdviesvraag> InvoerAsync(string stadsdeel = "West", string vraag = "Wie heeft plek voor een man van 52 met NAH die graag met hout werkt?") =>
        new()
        {
            StadsdeelId = await factory.StadsdeelIdAsync(stadsdeel),
            Leeftijdscategorie = Leeftijdscategorie.Van45Tot67,
            WensAmsterdammer = "Wil graag met hout werken, drie dagen per week.",
            GewenstPerceel = Domain.Organisaties.Perceel.Meedoen,
            VervoerNodig = true,
            Vraag = vraag,
        };

    /// <summary>An offer for the aanbieder's first own locatie, available at once.</summary>
    private async Task<Uitkomst<int>> AanbodAsync(Actor aanbieder, int adviesvraagId)
    {
        var locaties = await Vragen(s => s.EigenLocatiesAsync(aanbieder));
        return await Vragen(s => s.ReageerAsync(aanbieder, adviesvraagId, new NieuweReactie
        {
            Tekst = "Wij hebben plek.",
            IsAanbod = true,
            LocatieId = locaties[0].Id,
            WachttijdWeken = 0,
        }));
    }

    private async Task<int> PlaatsAsync(string email = Vrager)
    {
        var actor = await factory.ActorAsync(email);
        var invoer = await InvoerAsync();
        var uitkomst = await Vragen(s => s.PlaatsAsync(actor, invoer));
        Assert.True(uitkomst.Gelukt, uitkomst.Fout);
        return uitkomst.Waarde;
    }

    [Fact]
    public async Task Plaats_ByAMember_StoresTheQuestionWithItsTwoWorkingDayDeadline_AndPushesIt()
    {
        var westKanaal = await factory.KanaalIdAsync("West");
        using var ontvanger = new LiveOntvanger<KanaalGebeurtenis>(factory.Services, LiveSleutel.Kanaal(westKanaal));

        var id = await PlaatsAsync();
        var gebeurtenis = await ontvanger.WachtOpAsync(g => g.AdviesvraagId == id);

        await using var db = await factory.CreateDbContextAsync();
        var vraag = await db.Adviesvragen.Include(a => a.Kanaal).SingleAsync(a => a.Id == id);
        Assert.Equal(AdviesvraagStatus.Open, vraag.Status);
        Assert.Equal("Netwerk West", vraag.Kanaal!.Naam);
        Assert.Equal(new WerkdagKalender().Deadline(vraag.GeplaatstOp, 2), vraag.Deadline);
        Assert.Equal(new WerkdagKalender().Waarschuwing(vraag.GeplaatstOp, 2), vraag.WaarschuwingOp);
        Assert.Single(ontvanger.Ontvangen, g => g.AdviesvraagId == id);
        Assert.Equal(KanaalGebeurtenisSoort.NieuweVraag, gebeurtenis.Soort);
        Assert.DoesNotContain("hout", gebeurtenis.Samenvatting);
        // The card travels with the event (one read for every open feed), with neutral per-viewer fields.
        Assert.Equal(vraag.Vraag, gebeurtenis.Kaart!.Vraag);
        Assert.Equal(vraag.Deadline, gebeurtenis.Kaart.Deadline);
        Assert.False(gebeurtenis.Kaart.IsEigen);
        Assert.True(await db.AuditRegels.AnyAsync(r => r.ObjectSoort == "Adviesvraag" && r.ObjectId == id && r.Actie == AuditActie.Aangemaakt));
    }

    [Fact]
    public async Task Plaats_ASpoedQuestion_WarnsAfterHalfAWorkingDay_AndStaysAboveNewerQuestionsInTheFeed()
    {
        var actor = await factory.ActorAsync(Vrager);
        var spoedInvoer = await InvoerAsync();
        spoedInvoer.Spoed = true;
        var spoed = await Vragen(s => s.PlaatsAsync(actor, spoedInvoer));
        Assert.True(spoed.Gelukt, spoed.Fout);
        var gewoon = await PlaatsAsync();

        await using var db = await factory.CreateDbContextAsync();
        var vraag = await db.Adviesvragen.SingleAsync(a => a.Id == spoed.Waarde);
        var kalender = await factory.Services.GetRequiredService<WerkdagKalenderProvider>().KalenderAsync();
        var halveWerkdag = kalender.NaWerktijd(vraag.GeplaatstOp, TimeSpan.FromHours(12));
        var gewoneWaarschuwing = kalender.Waarschuwing(vraag.GeplaatstOp, 2);
        Assert.Equal(halveWerkdag < gewoneWaarschuwing ? halveWerkdag : gewoneWaarschuwing, vraag.WaarschuwingOp);
        Assert.True(vraag.WaarschuwingOp < vraag.Deadline);
        var normaal = await db.Adviesvragen.SingleAsync(a => a.Id == gewoon);
        Assert.Equal(kalender.Waarschuwing(normaal.GeplaatstOp, 2), normaal.WaarschuwingOp);

        var feed = await Vragen(s => s.FeedAsync(actor, vraag.KanaalId));
        var ids = feed.Select(k => k.Id).ToList();
        Assert.True(ids.IndexOf(spoed.Waarde) < ids.IndexOf(gewoon), $"Spoed {spoed.Waarde} hoort boven {gewoon}: {string.Join(",", ids)}");
        Assert.Equal(vraag.WaarschuwingOp, feed.Single(k => k.Id == spoed.Waarde).WaarschuwingOp);
        // The feed read and the live insert agree on the whole order.
        var opnieuwGesorteerd = feed.ToList();
        opnieuwGesorteerd.Sort((a, b) => FeedBijwerking.KomtVoor(a, b) ? -1 : FeedBijwerking.KomtVoor(b, a) ? 1 : 0);
        Assert.Equal(ids, opnieuwGesorteerd.Select(k => k.Id));
    }

    [Theory]
    [InlineData("Wie heeft plek voor meneer met BSN 111222333 uit West?", "BSN")]
    [InlineData("Wie heeft plek? Bel mij even op 06-12345678 voor details.", "Telefoon")]
    [InlineData("Het gaat om mevrouw Bakker, 45 jaar, graag iets creatiefs.", "Naam")]
    public async Task Plaats_WithPersonalData_IsRefusedWithTheFinding_AndNothingIsStored(string tekst, string soort)
    {
        var actor = await factory.ActorAsync(Vrager);
        await using var db = await factory.CreateDbContextAsync();
        var voor = await db.Adviesvragen.CountAsync();
        var invoer = await InvoerAsync(vraag: tekst);

        var uitkomst = await Vragen(s => s.PlaatsAsync(actor, invoer));

        Assert.False(uitkomst.Gelukt);
        Assert.Contains(uitkomst.Bevindingen, b => b.Soort == soort);
        Assert.Equal(voor, await db.Adviesvragen.CountAsync());
    }

    [Theory]
    [InlineData("Bel mij op 06-12345678, dan plannen we een proefdag.", "Telefoon")]
    [InlineData("Wij kennen mevrouw Bakker al, zij kan dinsdag komen.", "Naam")]
    [InlineData("Stuur het BSN (111222333) maar door, dan melden we haar aan.", "BSN")]
    public async Task Reageer_WithPersonalData_IsRefusedWithTheFinding_AndNothingIsStored(string tekst, string soort)
    {
        var id = await PlaatsAsync();
        var aanbieder = await factory.ActorAsync(Aanbieder);

        var uitkomst = await Vragen(s => s.ReageerAsync(aanbieder, id, new NieuweReactie { Tekst = tekst }));

        Assert.False(uitkomst.Gelukt);
        Assert.Contains(uitkomst.Bevindingen, b => b.Soort == soort);
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Reacties.CountAsync(r => r.AdviesvraagId == id));
    }

    [Fact]
    public async Task Besluit_WithPersonalDataInTheToelichting_IsRefused_AndTheQuestionStaysOpen()
    {
        var id = await PlaatsAsync();
        var vrager = await factory.ActorAsync(Vrager);

        var uitkomst = await Vragen(s => s.BesluitAsync(vrager, id, new NieuwBesluit { Toelichting = "Mevrouw Bakker kiest zelf voor de tuin." }));

        Assert.False(uitkomst.Gelukt);
        Assert.Contains(uitkomst.Bevindingen, b => b.Soort == "Naam");
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(AdviesvraagStatus.Open, (await db.Adviesvragen.SingleAsync(a => a.Id == id)).Status);
    }

    [Fact]
    public async Task Plaats_ToAChannelTheUserIsNotIn_IsRefused()
    {
        var actor = await factory.ActorAsync(Oost);
        var invoer = await InvoerAsync("West");
        var uitkomst = await Vragen(s => s.PlaatsAsync(actor, invoer));
        Assert.Equal("U bent geen lid van het netwerkkanaal van dit stadsdeel.", uitkomst.Fout);
    }

    [Fact]
    public async Task Plaats_ByANetwerkmanagerWithoutNetwerklidRole_IsRefused()
    {
        var actor = await factory.ActorAsync("netwerkmanager.west@example.org");
        var invoer = await InvoerAsync();
        var uitkomst = await Vragen(s => s.PlaatsAsync(actor, invoer));
        Assert.Equal("Alleen netwerkleden kunnen een adviesvraag stellen.", uitkomst.Fout);
    }

    [Theory]
    [InlineData(5)]
    [InlineData(2001)]
    public async Task Plaats_TooShortOrTooLong_IsRefusedInDutch(int lengte)
    {
        var actor = await factory.ActorAsync(Vrager);
        var invoer = await InvoerAsync(vraag: new string('a', lengte));
        var uitkomst = await Vragen(s => s.PlaatsAsync(actor, invoer));
        Assert.Matches("^De vraag is te (kort|lang)", uitkomst.Fout);
    }

    [Fact]
    public async Task Plaats_WithoutALeeftijdscategorie_IsRefused_AndNothingIsStored()
    {
        var actor = await factory.ActorAsync(Vrager);
        await using var db = await factory.CreateDbContextAsync();
        var voor = await db.Adviesvragen.CountAsync();
        var invoer = await InvoerAsync();
        invoer.Leeftijdscategorie = null;

        var uitkomst = await Vragen(s => s.PlaatsAsync(actor, invoer));

        Assert.Equal("Kies een leeftijdscategorie.", uitkomst.Fout);
        Assert.Equal(voor, await db.Adviesvragen.CountAsync());
    }

    [Fact]
    public async Task Plaats_WithADoelgroepThatDoesNotExist_IsRefused_AndNothingIsStored()
    {
        var actor = await factory.ActorAsync(Vrager);
        await using var db = await factory.CreateDbContextAsync();
        var voor = await db.Adviesvragen.CountAsync();
        var bestaand = await db.Doelgroepen.MinAsync(d => d.Id);
        var onbekend = await db.Doelgroepen.MaxAsync(d => d.Id) + 1000;
        var invoer = await InvoerAsync();
        invoer.DoelgroepIds = [bestaand, onbekend];

        var uitkomst = await Vragen(s => s.PlaatsAsync(actor, invoer));

        Assert.Equal("Een van de gekozen doelgroepen bestaat niet (meer).", uitkomst.Fout);
        Assert.Equal(voor, await db.Adviesvragen.CountAsync());
    }

    [Theory]
    [InlineData(NieuweReactie.MinLengte - 1, "De reactie is te kort: schrijf minstens 2 tekens.")]
    [InlineData(NieuweReactie.MaxLengte + 1, "De reactie is te lang: maximaal 2000 tekens (nu 2001).")]
    public async Task Reageer_TooShortOrTooLong_IsRefusedInDutch_AndNothingIsStored(int lengte, string melding)
    {
        var id = await PlaatsAsync();
        var aanbieder = await factory.ActorAsync(Aanbieder);

        var uitkomst = await Vragen(s => s.ReageerAsync(aanbieder, id, new NieuweReactie { Tekst = new string('a', lengte) }));

        Assert.Equal(melding, uitkomst.Fout);
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Reacties.CountAsync(r => r.AdviesvraagId == id));
    }

    [Fact]
    public async Task Reageer_FirstReplyBySomeoneElse_StoresFirstReplyTimeOnce_AndAnsweredStatus()
    {
        var id = await PlaatsAsync();
        var vrager = await factory.ActorAsync(Vrager);
        var wpi = await factory.ActorAsync(Wpi);
        var aanbieder = await factory.ActorAsync(Aanbieder);

        Assert.True((await Vragen(s => s.ReageerAsync(vrager, id, new NieuweReactie { Tekst = "Aanvulling: liefst op dinsdag." }))).Gelukt);
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Null((await db.Adviesvragen.SingleAsync(a => a.Id == id)).EersteReactieOp);
        }
        Assert.True((await Vragen(s => s.ReageerAsync(wpi, id, new NieuweReactie { Tekst = "Probeer de werkplaats in Noord." }))).Gelukt);
        DateTimeOffset? eerste;
        await using (var db = await factory.CreateDbContextAsync())
        {
            var vraag = await db.Adviesvragen.SingleAsync(a => a.Id == id);
            Assert.Equal(AdviesvraagStatus.Beantwoord, vraag.Status);
            Assert.True(vraag.TermijnGehaald);
            Assert.NotNull(vraag.EersteReactieWerktijd);
            eerste = vraag.EersteReactieOp;
        }
        var locaties = await Vragen(s => s.EigenLocatiesAsync(aanbieder));
        Assert.True((await Vragen(s => s.ReageerAsync(aanbieder, id, new NieuweReactie
        {
            Tekst = "Wij hebben plek in de houtwerkplaats.",
            IsAanbod = true,
            LocatieId = locaties[0].Id,
            WachttijdWeken = 2,
            VervoerMogelijk = true,
        }))).Gelukt);
        await using (var db = await factory.CreateDbContextAsync())
        {
            Assert.Equal(eerste, (await db.Adviesvragen.SingleAsync(a => a.Id == id)).EersteReactieOp);
        }
    }

    [Fact]
    public async Task Reageer_AnOfferForAPlaceOfAnotherOrganisation_IsRefused()
    {
        var id = await PlaatsAsync();
        var aanbieder = await factory.ActorAsync(Aanbieder);
        await using var db = await factory.CreateDbContextAsync();
        var vreemd = await db.Locaties.Where(l => !l.Organisatie!.Medewerkers.Any(m => m.Id == aanbieder.MedewerkerId)).Select(l => l.Id).FirstAsync();

        var uitkomst = await Vragen(s => s.ReageerAsync(aanbieder, id, new NieuweReactie { Tekst = "Kom maar langs.", IsAanbod = true, LocatieId = vreemd, WachttijdWeken = 1 }));

        Assert.Equal("Een aanbod doet u voor een locatie van uw eigen organisatie. Kies een locatie.", uitkomst.Fout);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(105)]
    public async Task Reageer_AnOfferWithAWaitingTimeOutsideZeroTo104Weeks_IsRefused_AndNothingIsStored(int weken)
    {
        var id = await PlaatsAsync();
        var aanbieder = await factory.ActorAsync(Aanbieder);
        var locaties = await Vragen(s => s.EigenLocatiesAsync(aanbieder));

        var uitkomst = await Vragen(s => s.ReageerAsync(aanbieder, id, new NieuweReactie { Tekst = "Wij hebben plek.", IsAanbod = true, LocatieId = locaties[0].Id, WachttijdWeken = weken }));

        Assert.Equal("Vul de wachttijd in weken in (0 tot en met 104).", uitkomst.Fout);
        await using var db = await factory.CreateDbContextAsync();
        Assert.Equal(0, await db.Reacties.CountAsync(r => r.AdviesvraagId == id));
    }

    [Fact]
    public async Task Besluit_OnlyByTheAsker_ClosesTheThread_AndTellsEveryoneWhoReplied()
    {
        var id = await PlaatsAsync();
        var vrager = await factory.ActorAsync(Vrager);
        var aanbieder = await factory.ActorAsync(Aanbieder);
        var aanbod = await AanbodAsync(aanbieder, id);

        var doorAnder = await Vragen(s => s.BesluitAsync(aanbieder, id, new NieuwBesluit { GekozenReactieId = aanbod.Waarde, Toelichting = "Ik kies mezelf.", IedereenGehoord = true }));
        Assert.Equal(Besluitregels.AlleenVragerBesluit, doorAnder.Fout);

        var besluit = await Vragen(s => s.BesluitAsync(vrager, id, new NieuwBesluit { GekozenReactieId = aanbod.Waarde, Toelichting = "Na een proefdag gekozen.", IedereenGehoord = true }));
        Assert.True(besluit.Gelukt, besluit.Fout);

        var naSluiting = await Vragen(s => s.ReageerAsync(aanbieder, id, new NieuweReactie { Tekst = "Nog een idee." }));
        Assert.Equal("Over deze adviesvraag is al besloten; reageren kan niet meer.", naSluiting.Fout);
        var tweedeBesluit = await Vragen(s => s.BesluitAsync(vrager, id, new NieuwBesluit { Toelichting = "Toch iets anders." }));
        Assert.Equal("Over deze adviesvraag is al besloten.", tweedeBesluit.Fout);

        await using var db = await factory.CreateDbContextAsync();
        var vraag = await db.Adviesvragen.SingleAsync(a => a.Id == id);
        Assert.Equal(AdviesvraagStatus.Besloten, vraag.Status);
        Assert.Equal(aanbod.Waarde, vraag.GekozenReactieId);
        // One melding in the bell (the new question reached them too, but outside the bell: the feed shows it live).
        Assert.Equal(1, await db.Meldingen.CountAsync(m => m.MedewerkerId == aanbieder.MedewerkerId && m.Link == $"/netwerk/vragen/{id}" && m.InBel));

        var detail = await Vragen(s => s.OpenAsync(aanbieder, id));
        Assert.False(detail!.MagReageren);
        Assert.True(detail.Reacties.Single().IsGekozen);
    }

    /// <summary>Two tabs of the asker deciding the same questions at the same moment, ten times over.</summary>
    [Fact]
    public async Task Besluit_TwoTabsAtOnce_OneWins_TheOtherIsRefusedInDutch_AndTheMeldingGoesOutOnce()
    {
        var vrager = await factory.ActorAsync(Vrager);
        var aanbieder = await factory.ActorAsync(Aanbieder);
        for (var keer = 0; keer < 10; keer++)
        {
            var id = await PlaatsAsync();
            var aanbod = await AanbodAsync(aanbieder, id);
            var besluit = new NieuwBesluit { GekozenReactieId = aanbod.Waarde, Toelichting = "Na een proefdag gekozen.", IedereenGehoord = true };

            var uitkomsten = await Task.WhenAll(
                Task.Run(() => Vragen(s => s.BesluitAsync(vrager, id, besluit))),
                Task.Run(() => Vragen(s => s.BesluitAsync(vrager, id, besluit))));

            Assert.Single(uitkomsten, u => u.Gelukt);
            // The loser read the question before or after the winner's commit; either way a Dutch refusal, nothing saved.
            Assert.Contains(Assert.Single(uitkomsten, u => !u.Gelukt).Fout, new[] { AdviesvraagService.ZojuistBesloten, "Over deze adviesvraag is al besloten." });
            await using var db = await factory.CreateDbContextAsync();
            Assert.Equal(1, await db.Meldingen.CountAsync(m => m.MedewerkerId == aanbieder.MedewerkerId && m.Link == $"/netwerk/vragen/{id}" && m.Soort == MeldingSoort.BesluitOpMijnReactie));
        }
    }

    /// <summary>
    /// A reply arriving as the question is decided: either it is stored before the decision, and then its author hears of
    /// the decision like everyone who replied, or it is refused. Never a reply stored after the decision, that nobody reads.
    /// </summary>
    [Fact]
    public async Task Reactie_RacingTheDecision_IsEitherPartOfItOrRefused()
    {
        var vrager = await factory.ActorAsync(Vrager);
        var aanbieder = await factory.ActorAsync(Aanbieder);
        var wpi = await factory.ActorAsync(Wpi);
        for (var keer = 0; keer < 10; keer++)
        {
            var id = await PlaatsAsync();
            await AanbodAsync(aanbieder, id);

            var reactieTaak = Task.Run(() => Vragen(s => s.ReageerAsync(wpi, id, new NieuweReactie { Tekst = "Bij het werkplein kan ook iets." })));
            var besluitTaak = Task.Run(() => Vragen(s => s.BesluitAsync(vrager, id, new NieuwBesluit { Toelichting = "Zonder besluit gesloten.", Soort = Afsluiting.ZonderBesluit, IedereenGehoord = true })));
            var reactie = await reactieTaak;
            var besluit = await besluitTaak;

            Assert.True(besluit.Gelukt, besluit.Fout);
            await using var db = await factory.CreateDbContextAsync();
            var opgeslagen = await db.Reacties.AnyAsync(r => r.AdviesvraagId == id && r.AuteurId == wpi.MedewerkerId);
            Assert.Equal(reactie.Gelukt, opgeslagen);
            if (opgeslagen)
            {
                Assert.Equal(1, await db.Meldingen.CountAsync(m => m.MedewerkerId == wpi.MedewerkerId && m.Link == $"/netwerk/vragen/{id}" && m.Soort == MeldingSoort.BesluitOpMijnReactie));
            }
            else
            {
                Assert.Contains(reactie.Fout, new[] { AdviesvraagService.ZojuistBesloten, "Over deze adviesvraag is al besloten; reageren kan niet meer." });
            }
        }
    }

    [Fact]
    public async Task Besluit_ChoosingAnOfferOfAnotherQuestion_IsRefused_AndTheQuestionStaysOpen()
    {
        var id = await PlaatsAsync();
        var andere = await PlaatsAsync();
        var vrager = await factory.ActorAsync(Vrager);
        var aanbieder = await factory.ActorAsync(Aanbieder);
        var aanbodElders = await AanbodAsync(aanbieder, andere);
        Assert.True(aanbodElders.Gelukt, aanbodElders.Fout);

        var uitkomst = await Vragen(s => s.BesluitAsync(vrager, id,
            new NieuwBesluit { GekozenReactieId = aanbodElders.Waarde, Toelichting = "Na een proefdag gekozen.", IedereenGehoord = true }));

        Assert.Equal("Kies een aanbod uit deze adviesvraag, of 'geen van de aanbiedingen'.", uitkomst.Fout);
        await using var db = await factory.CreateDbContextAsync();
        var vraag = await db.Adviesvragen.SingleAsync(a => a.Id == id);
        Assert.NotEqual(AdviesvraagStatus.Besloten, vraag.Status);
        Assert.Null(vraag.GekozenReactieId);
    }

    [Fact]
    public async Task Besluit_WithAnUndefinedSoort_IsRefused_AndTheQuestionStaysOpen()
    {
        var id = await PlaatsAsync();
        var vrager = await factory.ActorAsync(Vrager);

        var uitkomst = await Vragen(s => s.BesluitAsync(vrager, id,
            new NieuwBesluit { Soort = (Afsluiting)99, Toelichting = "Na een proefdag gekozen.", IedereenGehoord = true, SamenMetAmsterdammer = true }));

        Assert.Equal("Kies een besluit of afsluiten zonder besluit.", uitkomst.Fout);
        await using var db = await factory.CreateDbContextAsync();
        var vraag = await db.Adviesvragen.SingleAsync(a => a.Id == id);
        Assert.Equal(AdviesvraagStatus.Open, vraag.Status);
        Assert.Null(vraag.BesluitOp);
    }

    [Theory]
    [InlineData(NieuwBesluit.MinLengte - 1, "De toelichting is te kort: schrijf minstens 5 tekens.")]
    [InlineData(NieuwBesluit.MaxLengte + 1, "De toelichting is te lang: maximaal 1000 tekens (nu 1001).")]
    public async Task Besluit_WithAToelichtingTooShortOrTooLong_IsRefusedInDutch_AndTheQuestionStaysOpen(int lengte, string melding)
    {
        var id = await PlaatsAsync();
        var vrager = await factory.ActorAsync(Vrager);

        var uitkomst = await Vragen(s => s.BesluitAsync(vrager, id,
            new NieuwBesluit { Toelichting = new string('a', lengte), IedereenGehoord = true, SamenMetAmsterdammer = true }));

        Assert.Equal(melding, uitkomst.Fout);
        await using var db = await factory.CreateDbContextAsync();
        var vraag = await db.Adviesvragen.SingleAsync(a => a.Id == id);
        Assert.Equal(AdviesvraagStatus.Open, vraag.Status);
        Assert.Null(vraag.BesluitOp);
    }

    [Fact]
    public async Task Open_ByANonMember_ShowsNothing_AndIsAuditedAsRefused()
    {
        var id = await PlaatsAsync();
        var oost = await factory.ActorAsync(Oost);
        var wpi = await factory.ActorAsync(Wpi);

        Assert.Null(await Vragen(s => s.OpenAsync(oost, id)));
        Assert.NotNull(await Vragen(s => s.OpenAsync(wpi, id)));

        await using var db = await factory.CreateDbContextAsync();
        Assert.True(await db.AuditRegels.AnyAsync(r => r.ObjectId == id && r.ObjectSoort == "Adviesvraag" && r.MedewerkerId == oost.MedewerkerId && r.Resultaat == AuditResultaat.Geweigerd));
        Assert.True(await db.AuditRegels.AnyAsync(r => r.ObjectId == id && r.ObjectSoort == "Adviesvraag" && r.MedewerkerId == wpi.MedewerkerId && r.Actie == AuditActie.Bekeken));
        Assert.Empty((await Vragen(s => s.FeedAsync(oost, (int)(db.Adviesvragen.Single(a => a.Id == id).KanaalId)))));
    }

    [Fact]
    public async Task Feed_MarksUnreadUntilOpened_AndAgainAfterANewReply()
    {
        var id = await PlaatsAsync();
        var wpi = await factory.ActorAsync(Wpi);
        var aanbieder = await factory.ActorAsync(Aanbieder);
        await using var db = await factory.CreateDbContextAsync();
        var kanaal = await db.Adviesvragen.Where(a => a.Id == id).Select(a => a.KanaalId).SingleAsync();

        Assert.True((await Vragen(s => s.FeedAsync(wpi, kanaal))).Single(k => k.Id == id).Ongelezen);
        await Vragen(s => s.OpenAsync(wpi, id));
        Assert.False((await Vragen(s => s.FeedAsync(wpi, kanaal))).Single(k => k.Id == id).Ongelezen);
        await Task.Delay(5);
        await Vragen(s => s.ReageerAsync(aanbieder, id, new NieuweReactie { Tekst = "Wij denken mee." }));
        Assert.True((await Vragen(s => s.FeedAsync(wpi, kanaal))).Single(k => k.Id == id).Ongelezen);
    }

    [Fact]
    public async Task Archief_FindsBeslotenQuestionsByTextAndStadsdeel()
    {
        var vrager = await factory.ActorAsync(Vrager);
        var invoer = await InvoerAsync(vraag: "Zoeken een zorgboerderij met alpaca's voor een vrouw van 30, Meedoen.");
        var id = (await Vragen(s => s.PlaatsAsync(vrager, invoer))).Waarde;
        Assert.True((await Vragen(s => s.BesluitAsync(vrager, id, new NieuwBesluit { Toelichting = "Geen passend aanbod gevonden.", IedereenGehoord = true }))).Gelukt);

        var oost = await factory.ActorAsync(Oost);
        var treffers = await Vragen(s => s.ZoekInArchiefAsync(oost, new ArchiefFilter { Tekst = "ALPACA", StadsdeelId = invoer.StadsdeelId }));
        Assert.True(treffers.Gelukt, treffers.Fout);
        Assert.Contains(treffers.Waarde!, t => t.Kaart.Id == id);
        var elders = await Vragen(s => s.ZoekInArchiefAsync(oost, new ArchiefFilter { Tekst = "alpaca", StadsdeelId = invoer.StadsdeelId + 1 }));
        Assert.True(elders.Gelukt, elders.Fout);
        Assert.DoesNotContain(elders.Waarde!, t => t.Kaart.Id == id);
    }

    [Fact]
    public async Task Seed_DemoQuestionsPassTheAnonymityCheck()
    {
        await using var db = await factory.CreateDbContextAsync();
        var teksten = await db.Adviesvragen.Select(a => a.Vraag).Distinct().ToListAsync();
        var wensen = await db.Adviesvragen.Where(a => a.WensAmsterdammer != null).Select(a => a.WensAmsterdammer!).Distinct().ToListAsync();
        Assert.NotEmpty(teksten);
        Assert.NotEmpty(wensen);
        teksten.AddRange(wensen);
        Assert.All(teksten, t => Assert.Empty(Domain.Anonimiteit.AnonimiteitsControle.Controleer(t)));
        Assert.True(await db.Adviesvragen.AnyAsync(a => a.Status == AdviesvraagStatus.Besloten));
        Assert.True(await db.Adviesvragen.AnyAsync(a => a.Status == AdviesvraagStatus.Open));
    }
}

public sealed class SqliteAdviesvraagTests(SqlitePortalFactory factory)
    : AdviesvraagTests<SqlitePortalFactory>(factory), IClassFixture<SqlitePortalFactory>;

public sealed class PostgreSqlAdviesvraagTests(PostgreSqlPortalFactory factory)
    : AdviesvraagTests<PostgreSqlPortalFactory>(factory), IClassFixture<PostgreSqlPortalFactory>;
