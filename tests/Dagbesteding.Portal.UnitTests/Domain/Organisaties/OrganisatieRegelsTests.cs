using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.UnitTests.Domain.Organisaties;

public sealed class OrganisatieRegelsTests
{
    private static readonly HashSet<int> Stadsdelen = [1, 2];

    [Fact]
    public void ADuplicateName_IsRefusedWhateverItsCaseOrSpaces()
    {
        var fouten = OrganisatieRegels.Controleer("  de HOUTLOODS ", OrganisatieType.Aanbieder, null, null, Stadsdelen, new HashSet<string> { OrganisatieRegels.Sleutel("De Houtloods") });
        var fout = Assert.Single(fouten);
        Assert.Equal(OrganisatieRegels.VeldNaam, fout.Veld);
        Assert.Equal("Er is al een organisatie met de naam ‘de HOUTLOODS’.", fout.Melding);
    }

    [Fact]
    public void ABuurtteamWithoutStadsdeel_AndAWebsiteWithoutHttps_AreRefused()
    {
        var fouten = OrganisatieRegels.Controleer("Buurtteam Weesp", OrganisatieType.Buurtteamorganisatie, null, "http://buurtteam.example.org", Stadsdelen, new HashSet<string>());
        Assert.Equal([OrganisatieRegels.VeldStadsdeel, OrganisatieRegels.VeldWebsite], fouten.Select(f => f.Veld));
    }

    [Fact]
    public void ABehandelaar_CannotBeAdded()
    {
        var fout = Assert.Single(OrganisatieRegels.Controleer("Praktijk", OrganisatieType.Behandelaar, null, null, Stadsdelen, new HashSet<string>()));
        Assert.Equal(OrganisatieRegels.VeldType, fout.Veld);
    }

    [Fact]
    public void AnAanbiederWithAnHttpsWebsite_HasNoProblems() =>
        Assert.Empty(OrganisatieRegels.Controleer("Nieuwe Werkplaats", OrganisatieType.Aanbieder, null, "https://werkplaats.example.org/", Stadsdelen, new HashSet<string> { "de houtloods" }));
}
