using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.UnitTests.Domain.Netwerk;

public sealed class LidmaatschapRegelsTests
{
    private const int West = 2;
    private const int Oost = 3;

    private static Kandidaat Kandidaat(
        OrganisatieType type,
        Functie functie,
        int? organisatieStadsdeel = null,
        int[]? locaties = null,
        bool actief = true,
        bool organisatieActief = true) =>
        new("Sanne Smit", actief, functie, type, organisatieActief, organisatieStadsdeel, locaties ?? []);

    private static Beslissing West_(Kandidaat kandidaat, bool isAlLid = false) =>
        LidmaatschapRegels.MagLidWorden(kandidaat, West, "West", isAlLid);

    [Theory]
    [InlineData(Functie.Buurtteammedewerker)]
    [InlineData(Functie.Netwerkmanager)]
    public void BuurtteamStaffOfThatStadsdeel_MayJoin(Functie functie) =>
        Assert.True(West_(Kandidaat(OrganisatieType.Buurtteamorganisatie, functie, organisatieStadsdeel: West)).Toegestaan);

    [Fact]
    public void BuurtteamStaffOfAnotherStadsdeel_IsRefused()
    {
        var beslissing = West_(Kandidaat(OrganisatieType.Buurtteamorganisatie, Functie.Buurtteammedewerker, organisatieStadsdeel: Oost));
        Assert.False(beslissing.Toegestaan);
        Assert.Contains("ander stadsdeel", beslissing.Reden);
    }

    [Fact]
    public void AanbiederWithALocatieInTheStadsdeel_MayJoin() =>
        Assert.True(West_(Kandidaat(OrganisatieType.Aanbieder, Functie.AanbiederContactpersoon, locaties: [Oost, West])).Toegestaan);

    [Fact]
    public void AanbiederWithoutALocatieInTheStadsdeel_IsRefused()
    {
        var beslissing = West_(Kandidaat(OrganisatieType.Aanbieder, Functie.AanbiederContactpersoon, locaties: [Oost]));
        Assert.False(beslissing.Toegestaan);
        Assert.Contains("geen locatie in West", beslissing.Reden);
    }

    [Theory]
    [InlineData(Functie.Inkomensconsulent, true)]
    [InlineData(Functie.Klantbegeleider, true)]
    [InlineData(Functie.Functioneelbeheerder, false)]
    public void Wpi_OnlyInkomensconsulentenAndKlantbegeleiders_MayJoin(Functie functie, bool toegestaan) =>
        Assert.Equal(toegestaan, West_(Kandidaat(OrganisatieType.Wpi, functie)).Toegestaan);

    [Theory]
    [InlineData(OrganisatieType.Behandelaar, "behandelaar")]
    [InlineData(OrganisatieType.Huisartsenpraktijk, "huisartsenpraktijk")]
    public void BehandelaarsAndHuisartsen_AreRefused_CitingTheWerkprocesRule(OrganisatieType type, string soort)
    {
        // Even with a function and a location that would otherwise fit.
        var beslissing = West_(Kandidaat(type, Functie.AanbiederContactpersoon, organisatieStadsdeel: West, locaties: [West]));
        Assert.False(beslissing.Toegestaan);
        Assert.Contains(soort, beslissing.Reden);
        Assert.Contains("werkproces Dagbesteding", beslissing.Reden);
        Assert.Contains("behandelaars en huisartsen", beslissing.Reden);
    }

    [Fact]
    public void InactiveMedewerker_IsRefused()
    {
        var beslissing = West_(Kandidaat(OrganisatieType.Buurtteamorganisatie, Functie.Buurtteammedewerker, organisatieStadsdeel: West, actief: false));
        Assert.False(beslissing.Toegestaan);
        Assert.Contains("niet meer actief", beslissing.Reden);
    }

    [Fact]
    public void MedewerkerOfAnInactiveOrganisation_IsRefused() =>
        Assert.False(West_(Kandidaat(OrganisatieType.Wpi, Functie.Inkomensconsulent, organisatieActief: false)).Toegestaan);

    [Fact]
    public void SomeoneWhoIsAlreadyAMember_IsRefused()
    {
        var beslissing = West_(Kandidaat(OrganisatieType.Wpi, Functie.Klantbegeleider), isAlLid: true);
        Assert.False(beslissing.Toegestaan);
        Assert.Contains("al lid", beslissing.Reden);
    }

    [Theory]
    [InlineData(OrganisatieType.Aanbieder, Functie.Buurtteammedewerker)]
    [InlineData(OrganisatieType.Buurtteamorganisatie, Functie.AanbiederContactpersoon)]
    [InlineData(OrganisatieType.Gemeente, Functie.Functioneelbeheerder)]
    public void WrongFunctionOrGemeente_IsRefused(OrganisatieType type, Functie functie) =>
        Assert.False(West_(Kandidaat(type, functie, organisatieStadsdeel: West, locaties: [West])).Toegestaan);

    [Fact]
    public void EveryRefusal_HasADutchReason()
    {
        foreach (var type in Enum.GetValues<OrganisatieType>())
        {
            foreach (var functie in Enum.GetValues<Functie>())
            {
                var beslissing = LidmaatschapRegels.MagLidWorden(Kandidaat(type, functie, organisatieStadsdeel: Oost, locaties: [Oost]), West, "West", false);
                Assert.True(beslissing.Toegestaan || !string.IsNullOrWhiteSpace(beslissing.Reden), $"{type}/{functie}");
            }
        }
    }

    [Theory]
    [InlineData(true, false, null, West, true)]
    [InlineData(true, false, null, Oost, true)]
    [InlineData(false, true, West, West, true)]
    [InlineData(false, true, West, Oost, false)]
    [InlineData(false, true, null, West, false)]
    [InlineData(false, false, West, West, false)]
    public void MagBeheren_BeheerderAnyChannel_NetwerkmanagerOnlyTheirOwnStadsdeel(bool beheerder, bool netwerkmanager, int? eigen, int kanaal, bool verwacht)
    {
        var beslissing = LidmaatschapRegels.MagBeheren(beheerder, netwerkmanager, eigen, kanaal);
        Assert.Equal(verwacht, beslissing.Toegestaan);
        Assert.Equal(verwacht, beslissing.Reden is null);
    }

    [Fact]
    public void MagAfmelden_AMemberMayLeaveThemselves() =>
        Assert.True(LidmaatschapRegels.MagAfmelden(isActief: true, isAutomatisch: false, isZelf: true, magBeheren: false).Toegestaan);

    [Fact]
    public void MagAfmelden_SomeoneElse_OnlyByAManager()
    {
        Assert.False(LidmaatschapRegels.MagAfmelden(true, false, isZelf: false, magBeheren: false).Toegestaan);
        Assert.True(LidmaatschapRegels.MagAfmelden(true, false, isZelf: false, magBeheren: true).Toegestaan);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void MagAfmelden_AnAutomaticMembership_CannotBeEnded(bool zelf)
    {
        var beslissing = LidmaatschapRegels.MagAfmelden(true, isAutomatisch: true, isZelf: zelf, magBeheren: true);
        Assert.False(beslissing.Toegestaan);
        Assert.Contains("automatisch lid", beslissing.Reden);
    }

    [Fact]
    public void MagAfmelden_AnEndedMembership_IsRefused() =>
        Assert.False(LidmaatschapRegels.MagAfmelden(isActief: false, false, true, true).Toegestaan);

    [Theory]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("   kort   ", false)]
    [InlineData("Baan", false)]
    [InlineData("Weg.!", true)]
    [InlineData("Andere functie buiten het netwerk", true)]
    public void AfmeldReden_IsRequired_FiveCharactersAtLeast(string? reden, bool verwacht) =>
        Assert.Equal(verwacht, LidmaatschapRegels.ControleerAfmeldReden(reden).Toegestaan);

    [Fact]
    public void AfmeldReden_OfMoreThan300Characters_IsRefused_SayingHowLong()
    {
        Assert.True(LidmaatschapRegels.ControleerAfmeldReden(new string('a', 300)).Toegestaan);
        var beslissing = LidmaatschapRegels.ControleerAfmeldReden(new string('a', 301));
        Assert.False(beslissing.Toegestaan);
        Assert.Contains("301", beslissing.Reden);
    }
}
