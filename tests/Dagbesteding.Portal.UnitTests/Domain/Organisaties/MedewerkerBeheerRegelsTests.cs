using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.UnitTests.Domain.Organisaties;

public sealed class MedewerkerBeheerRegelsTests
{
    private const int Eigen = 10;
    private const int Ander = 20;

    private static readonly Beheerder Beheerder = new(1, IsBeheerder: true, IsNetwerkmanager: false, OrganisatieId: 99);
    private static readonly Beheerder Netwerkmanager = new(2, IsBeheerder: false, IsNetwerkmanager: true, OrganisatieId: Eigen);
    private static readonly Beheerder Netwerklid = new(3, IsBeheerder: false, IsNetwerkmanager: false, OrganisatieId: Eigen);

    private static Beheerde Persoon(int organisatie = Eigen, bool actief = true, int id = 50, params string[] rollen) =>
        new(id, organisatie, rollen.Length == 0 ? [Rollen.Netwerklid] : rollen, actief);

    [Fact]
    public void Beheerder_ManagesEveryOrganisation()
    {
        Assert.True(MedewerkerBeheerRegels.MagBeherenIn(Beheerder, Eigen).Toegestaan);
        Assert.True(MedewerkerBeheerRegels.MagBeheren(Beheerder, Persoon(Ander, rollen: Rollen.Netwerkmanager)).Toegestaan);
    }

    [Fact]
    public void Netwerkmanager_ManagesOwnOrganisation_NotAnother()
    {
        Assert.True(MedewerkerBeheerRegels.MagBeheren(Netwerkmanager, Persoon(Eigen)).Toegestaan);
        var ander = MedewerkerBeheerRegels.MagBeheren(Netwerkmanager, Persoon(Ander));
        Assert.False(ander.Toegestaan);
        Assert.Equal("Een netwerkmanager beheert alleen de medewerkers van de eigen organisatie.", ander.Reden);
    }

    [Theory]
    [InlineData(Rollen.Beheerder)]
    [InlineData(Rollen.Netwerkmanager)]
    public void Netwerkmanager_DoesNotTouchAManager_InOwnOrganisation(string rol)
    {
        var besluit = MedewerkerBeheerRegels.MagBeheren(Netwerkmanager, Persoon(Eigen, rollen: rol));
        Assert.False(besluit.Toegestaan);
        Assert.Contains("dat doet de beheerder", besluit.Reden);
    }

    [Fact]
    public void Netwerklid_ManagesNobody()
    {
        var besluit = MedewerkerBeheerRegels.MagBeherenIn(Netwerklid, Eigen);
        Assert.False(besluit.Toegestaan);
        Assert.Equal("Alleen de beheerder en de netwerkmanager beheren medewerkers.", besluit.Reden);
        Assert.False(MedewerkerBeheerRegels.MagInzien(Netwerklid).Toegestaan);
    }

    [Theory]
    [InlineData(Rollen.Beheerder)]
    [InlineData(Rollen.Netwerkmanager)]
    public void Netwerkmanager_MayNotGrantManagerRoles_ButMayGrantTheOthers(string rol)
    {
        var besluit = MedewerkerBeheerRegels.MagRollenGeven(Netwerkmanager, null, [rol], OrganisatieType.Buurtteamorganisatie, 5);
        Assert.False(besluit.Toegestaan);
        Assert.Equal($"Alleen de beheerder kan de rol {rol} geven of afnemen.", besluit.Reden);
        Assert.True(MedewerkerBeheerRegels.MagRollenGeven(Netwerkmanager, null, [Rollen.Netwerklid, Rollen.Regievoerder], OrganisatieType.Buurtteamorganisatie, 5).Toegestaan);
        Assert.True(MedewerkerBeheerRegels.MagRollenGeven(Beheerder, null, [rol], OrganisatieType.Buurtteamorganisatie, 5).Toegestaan);
    }

    [Fact]
    public void Roles_AtLeastOne_Known_AndRegievoerderOnlyInABuurtteam()
    {
        Assert.Equal("Kies minstens één rol.", MedewerkerBeheerRegels.MagRollenGeven(Beheerder, null, [], OrganisatieType.Gemeente, 5).Reden);
        Assert.Contains("bestaat niet", MedewerkerBeheerRegels.MagRollenGeven(Beheerder, null, ["Superuser"], OrganisatieType.Gemeente, 5).Reden);
        Assert.Contains("buurtteamorganisatie", MedewerkerBeheerRegels.MagRollenGeven(Beheerder, null, [Rollen.Regievoerder], OrganisatieType.Aanbieder, 5).Reden);
    }

    [Fact]
    public void LastActiveBeheerder_KeepsTheRole_UnlessAnotherExists()
    {
        var laatste = Persoon(rollen: Rollen.Beheerder);
        var besluit = MedewerkerBeheerRegels.MagRollenGeven(Beheerder, laatste, [Rollen.Netwerklid], OrganisatieType.Gemeente, actieveBeheerders: 1);
        Assert.False(besluit.Toegestaan);
        Assert.Contains("laatste actieve beheerder", besluit.Reden);
        Assert.True(MedewerkerBeheerRegels.MagRollenGeven(Beheerder, laatste, [Rollen.Netwerklid], OrganisatieType.Gemeente, actieveBeheerders: 2).Toegestaan);
    }

    [Fact]
    public void Deactivating_Yourself_TheLastBeheerder_OrTwice_IsRefused()
    {
        Assert.Equal("U kunt uzelf niet deactiveren. Vraag een andere beheerder.",
            MedewerkerBeheerRegels.MagDeactiveren(Beheerder, Persoon(id: Beheerder.MedewerkerId, rollen: Rollen.Beheerder), 3).Reden);
        Assert.Contains("laatste actieve beheerder", MedewerkerBeheerRegels.MagDeactiveren(Beheerder, Persoon(rollen: Rollen.Beheerder), 1).Reden);
        Assert.Equal("Deze medewerker is al gedeactiveerd.", MedewerkerBeheerRegels.MagDeactiveren(Beheerder, Persoon(actief: false), 3).Reden);
        Assert.True(MedewerkerBeheerRegels.MagDeactiveren(Beheerder, Persoon(rollen: Rollen.Beheerder), 2).Toegestaan);
        Assert.True(MedewerkerBeheerRegels.MagDeactiveren(Netwerkmanager, Persoon(Eigen), 1).Toegestaan);
    }

    [Fact]
    public void Reactivating_OnlyAnInactivePerson()
    {
        Assert.True(MedewerkerBeheerRegels.MagActiveren(Netwerkmanager, Persoon(actief: false)).Toegestaan);
        Assert.Equal("Deze medewerker is al actief.", MedewerkerBeheerRegels.MagActiveren(Netwerkmanager, Persoon()).Reden);
        Assert.False(MedewerkerBeheerRegels.MagActiveren(Netwerkmanager, Persoon(Ander, actief: false)).Toegestaan);
    }

    [Theory]
    [InlineData("sanne.smit@example.org", true)]
    [InlineData(" sanne@example.org ", true)]
    [InlineData("", false)]
    [InlineData("sanne", false)]
    [InlineData("sanne@example", false)]
    [InlineData("Sanne <sanne@example.org>", false)]
    [InlineData("san ne@example.org", false)]
    [InlineData("sanne@@example.org", false)]
    public void Email_MustBeAPlainAddress(string email, bool geldig) =>
        Assert.Equal(geldig, MedewerkerBeheerRegels.ControleerEmail(email).Toegestaan);

    [Theory]
    [InlineData("", false)]
    [InlineData("A", false)]
    [InlineData("Sanne Smit", true)]
    public void Naam_IsRequired(string naam, bool geldig) =>
        Assert.Equal(geldig, MedewerkerBeheerRegels.ControleerNaam(naam).Toegestaan);
}
