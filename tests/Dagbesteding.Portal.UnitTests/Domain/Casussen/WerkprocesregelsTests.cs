using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.UnitTests.Domain.Casussen;

public sealed class WerkprocesregelsTests
{
    private static CasusToestand In(WerkprocesStap stap, bool spoed = false, bool akkoord = false, bool toestemming = true) =>
        new(stap, spoed, akkoord ? PlanStatus.Akkoord : PlanStatus.Concept, toestemming);

    private static Ondersteuningsplan PlanKlaarVoorAkkoord() => new()
    {
        Perceel = Perceel.Meedoen,
        AanbiederId = 7,
        Startdatum = new DateOnly(2026, 1, 5),
        Evaluatiedatum = new DateOnly(2027, 1, 5),
        ToestemmingGegevenOp = new DateTimeOffset(2026, 1, 2, 10, 0, 0, TimeSpan.Zero),
        AanbiederGeraadpleegdOp = new DateTimeOffset(2026, 1, 3, 10, 0, 0, TimeSpan.Zero),
    };

    // --- verplaatsen ---

    [Theory]
    [InlineData(WerkprocesStap.Aanmelding, WerkprocesStap.Regiecheck)]
    [InlineData(WerkprocesStap.Regiecheck, WerkprocesStap.BredeVraagverheldering)]
    [InlineData(WerkprocesStap.BredeVraagverheldering, WerkprocesStap.WieDoetWatWanneer)]
    [InlineData(WerkprocesStap.WieDoetWatWanneer, WerkprocesStap.Ondersteuningsplan)]
    public void Verplaatsing_EenStapVooruit_IsToegestaan(WerkprocesStap van, WerkprocesStap naar) =>
        Assert.Null(Werkprocesregels.ToetsVerplaatsing(In(van), naar));

    [Theory]
    [InlineData(WerkprocesStap.Aanmelding, WerkprocesStap.BredeVraagverheldering)]
    [InlineData(WerkprocesStap.Regiecheck, WerkprocesStap.Ondersteuningsplan)]
    [InlineData(WerkprocesStap.Aanmelding, WerkprocesStap.Beschikken)]
    public void Verplaatsing_StapOverslaan_WordtGeweigerd(WerkprocesStap van, WerkprocesStap naar)
    {
        var fout = Werkprocesregels.ToetsVerplaatsing(In(van, akkoord: true), naar);
        Assert.Contains("stap voor stap", fout);
    }

    [Theory]
    [InlineData(WerkprocesStap.Regiecheck, WerkprocesStap.Aanmelding)]
    [InlineData(WerkprocesStap.WieDoetWatWanneer, WerkprocesStap.BredeVraagverheldering)]
    [InlineData(WerkprocesStap.Beschikken, WerkprocesStap.Ondersteuningsplan)]
    [InlineData(WerkprocesStap.Ondersteuningsplan, WerkprocesStap.Aanmelding)]
    public void Verplaatsing_TerugVoorDeLevering_IsToegestaan(WerkprocesStap van, WerkprocesStap naar) =>
        Assert.Null(Werkprocesregels.ToetsVerplaatsing(In(van), naar));

    [Theory]
    [InlineData(WerkprocesStap.Aanmelding)]
    [InlineData(WerkprocesStap.Regiecheck)]
    [InlineData(WerkprocesStap.Ondersteuningsplan)]
    [InlineData(WerkprocesStap.LeverenInzet)]
    [InlineData(WerkprocesStap.Evalueren)]
    public void Verplaatsing_NaarGestopt_KanVanuitElkeStap(WerkprocesStap van) =>
        Assert.Null(Werkprocesregels.ToetsVerplaatsing(In(van), WerkprocesStap.Gestopt));

    [Fact]
    public void Verplaatsing_NaarDezelfdeStap_WordtGeweigerd() =>
        Assert.Equal("De casus staat al in Regiecheck.", Werkprocesregels.ToetsVerplaatsing(In(WerkprocesStap.Regiecheck), WerkprocesStap.Regiecheck));

    [Fact]
    public void Verplaatsing_NaarOnbekendeStap_WordtGeweigerd() =>
        Assert.NotNull(Werkprocesregels.ToetsVerplaatsing(In(WerkprocesStap.Regiecheck), (WerkprocesStap)42));

    [Fact]
    public void Verplaatsing_GestoptNaarAanmelding_BegintOpnieuw() =>
        Assert.Null(Werkprocesregels.ToetsVerplaatsing(In(WerkprocesStap.Gestopt), WerkprocesStap.Aanmelding));

    [Theory]
    [InlineData(WerkprocesStap.Regiecheck)]
    [InlineData(WerkprocesStap.LeverenInzet)]
    [InlineData(WerkprocesStap.Evalueren)]
    public void Verplaatsing_GestoptNaarAndereStap_WordtGeweigerd(WerkprocesStap naar) =>
        Assert.Equal("Een gestopte casus begint opnieuw bij Aanmelding.",
            Werkprocesregels.ToetsVerplaatsing(In(WerkprocesStap.Gestopt, akkoord: true, spoed: true), naar));

    [Fact]
    public void Verplaatsing_PlanNaarBeschikken_ZonderAkkoord_WordtGeweigerd() =>
        Assert.Contains("akkoord", Werkprocesregels.ToetsVerplaatsing(In(WerkprocesStap.Ondersteuningsplan), WerkprocesStap.Beschikken));

    [Fact]
    public void Verplaatsing_PlanNaarBeschikken_MetIngetrokkenToestemming_WordtGeweigerd() =>
        Assert.NotNull(Werkprocesregels.ToetsVerplaatsing(In(WerkprocesStap.Ondersteuningsplan, akkoord: true, toestemming: false), WerkprocesStap.Beschikken));

    [Fact]
    public void Verplaatsing_PlanNaarBeschikken_MetAkkoord_IsToegestaan() =>
        Assert.Null(Werkprocesregels.ToetsVerplaatsing(In(WerkprocesStap.Ondersteuningsplan, akkoord: true), WerkprocesStap.Beschikken));

    [Fact]
    public void Verplaatsing_BeschikkenNaarLeveren_MetAkkoord_IsToegestaan() =>
        Assert.Null(Werkprocesregels.ToetsVerplaatsing(In(WerkprocesStap.Beschikken, akkoord: true), WerkprocesStap.LeverenInzet));

    [Fact]
    public void Verplaatsing_NietSpoedNaarLeveren_ZonderAkkoord_WordtGeweigerd()
    {
        var fout = Werkprocesregels.ToetsVerplaatsing(In(WerkprocesStap.Beschikken), WerkprocesStap.LeverenInzet);
        Assert.Contains("Alleen bij spoed", fout);
    }

    [Fact]
    public void Verplaatsing_NietSpoedNaarLeveren_VanuitPlanMetAkkoord_MoetEerstBeschikken() =>
        Assert.Contains("beschikken", Werkprocesregels.ToetsVerplaatsing(In(WerkprocesStap.Ondersteuningsplan, akkoord: true), WerkprocesStap.LeverenInzet));

    [Theory]
    [InlineData(WerkprocesStap.Aanmelding)]
    [InlineData(WerkprocesStap.WieDoetWatWanneer)]
    [InlineData(WerkprocesStap.Ondersteuningsplan)]
    [InlineData(WerkprocesStap.Beschikken)]
    public void Verplaatsing_SpoedNaarLeveren_VoorHetPlanAkkoord_IsToegestaan(WerkprocesStap van) =>
        Assert.Null(Werkprocesregels.ToetsVerplaatsing(In(van, spoed: true), WerkprocesStap.LeverenInzet));

    [Fact]
    public void LeveringOpEigenRisico_SpoedInLeverenZonderAkkoord_IsWaar() =>
        Assert.True(Werkprocesregels.LeveringOpEigenRisico(In(WerkprocesStap.LeverenInzet, spoed: true)));

    [Fact]
    public void LeveringOpEigenRisico_MetAkkoordPlan_IsOnwaar() =>
        Assert.False(Werkprocesregels.LeveringOpEigenRisico(In(WerkprocesStap.LeverenInzet, spoed: true, akkoord: true)));

    [Fact]
    public void LeveringOpEigenRisico_BuitenLeveren_IsOnwaar() =>
        Assert.False(Werkprocesregels.LeveringOpEigenRisico(In(WerkprocesStap.Beschikken, spoed: true)));

    [Fact]
    public void Verplaatsing_LeverenNaarEvalueren_MetAkkoord_IsToegestaan() =>
        Assert.Null(Werkprocesregels.ToetsVerplaatsing(In(WerkprocesStap.LeverenInzet, akkoord: true), WerkprocesStap.Evalueren));

    [Fact]
    public void Verplaatsing_LeverenOpEigenRisicoNaarEvalueren_WordtGeweigerd() =>
        Assert.NotNull(Werkprocesregels.ToetsVerplaatsing(In(WerkprocesStap.LeverenInzet, spoed: true), WerkprocesStap.Evalueren));

    [Fact]
    public void Verplaatsing_LeverenNaarPlan_BijsturenIsToegestaan() =>
        Assert.Null(Werkprocesregels.ToetsVerplaatsing(In(WerkprocesStap.LeverenInzet, akkoord: true), WerkprocesStap.Ondersteuningsplan));

    [Theory]
    [InlineData(WerkprocesStap.Aanmelding)]
    [InlineData(WerkprocesStap.Beschikken)]
    public void Verplaatsing_LeverenNaarVroegereStap_WordtGeweigerd(WerkprocesStap naar) =>
        Assert.Contains("Tijdens het leveren", Werkprocesregels.ToetsVerplaatsing(In(WerkprocesStap.LeverenInzet, akkoord: true), naar));

    [Theory]
    [InlineData(WerkprocesStap.LeverenInzet)]
    [InlineData(WerkprocesStap.Ondersteuningsplan)]
    public void Verplaatsing_EvaluerenNaarVerlengenOfWijzigen_IsToegestaan(WerkprocesStap naar) =>
        Assert.Null(Werkprocesregels.ToetsVerplaatsing(In(WerkprocesStap.Evalueren, akkoord: true), naar));

    [Fact]
    public void Verplaatsing_EvaluerenVerlengenZonderToestemming_WordtGeweigerd() =>
        Assert.NotNull(Werkprocesregels.ToetsVerplaatsing(In(WerkprocesStap.Evalueren, akkoord: true, toestemming: false, spoed: true), WerkprocesStap.LeverenInzet));

    [Theory]
    [InlineData(WerkprocesStap.Aanmelding)]
    [InlineData(WerkprocesStap.Beschikken)]
    public void Verplaatsing_EvaluerenNaarAndereStap_WordtGeweigerd(WerkprocesStap naar) =>
        Assert.Contains("Na de evaluatie", Werkprocesregels.ToetsVerplaatsing(In(WerkprocesStap.Evalueren, akkoord: true), naar));

    // --- regievoerder en aanbieder ---

    [Fact]
    public void Regievoerder_VanBuurtteam_IsToegestaan() =>
        Assert.Null(Werkprocesregels.ToetsRegievoerder(OrganisatieType.Buurtteamorganisatie, actief: true));

    [Theory]
    [InlineData(OrganisatieType.Aanbieder)]
    [InlineData(OrganisatieType.Wpi)]
    [InlineData(OrganisatieType.Gemeente)]
    public void Regievoerder_BuitenBuurtteam_WordtGeweigerd(OrganisatieType type) =>
        Assert.Equal("De regievoerder is altijd een medewerker van een buurtteam.", Werkprocesregels.ToetsRegievoerder(type, actief: true));

    [Fact]
    public void Regievoerder_NietActief_WordtGeweigerd() =>
        Assert.NotNull(Werkprocesregels.ToetsRegievoerder(OrganisatieType.Buurtteamorganisatie, actief: false));

    [Fact]
    public void Aanbieder_MoetAanbiederZijn()
    {
        Assert.Null(Werkprocesregels.ToetsAanbieder(OrganisatieType.Aanbieder, actief: true));
        Assert.NotNull(Werkprocesregels.ToetsAanbieder(OrganisatieType.Buurtteamorganisatie, actief: true));
        Assert.NotNull(Werkprocesregels.ToetsAanbieder(OrganisatieType.Aanbieder, actief: false));
    }

    // --- plan akkoord ---

    [Fact]
    public void PlanAkkoord_MetToestemmingEnRaadpleging_IsToegestaan() =>
        Assert.Null(Werkprocesregels.ToetsPlanAkkoord(PlanKlaarVoorAkkoord()));

    [Fact]
    public void PlanAkkoord_ZonderToestemming_WordtGeweigerd()
    {
        var plan = PlanKlaarVoorAkkoord();
        plan.ToestemmingGegevenOp = null;
        Assert.Contains("toestemming", Werkprocesregels.ToetsPlanAkkoord(plan));
    }

    [Fact]
    public void PlanAkkoord_MetIngetrokkenToestemming_WordtGeweigerd()
    {
        var plan = PlanKlaarVoorAkkoord();
        plan.ToestemmingIngetrokkenOp = plan.ToestemmingGegevenOp!.Value.AddDays(1);
        Assert.Contains("ingetrokken", Werkprocesregels.ToetsPlanAkkoord(plan));
    }

    [Fact]
    public void PlanAkkoord_ZonderRaadplegingAanbieder_WordtGeweigerd()
    {
        var plan = PlanKlaarVoorAkkoord();
        plan.AanbiederGeraadpleegdOp = null;
        Assert.Contains("geraadpleegd", Werkprocesregels.ToetsPlanAkkoord(plan));
    }

    [Fact]
    public void PlanAkkoord_ZonderAanbieder_WordtGeweigerd()
    {
        var plan = PlanKlaarVoorAkkoord();
        plan.AanbiederId = null;
        Assert.Contains("aanbieder", Werkprocesregels.ToetsPlanAkkoord(plan));
    }

    [Fact]
    public void PlanAkkoord_ZonderDatums_WordtGeweigerd()
    {
        var plan = PlanKlaarVoorAkkoord();
        plan.Evaluatiedatum = null;
        Assert.NotNull(Werkprocesregels.ToetsPlanAkkoord(plan));
    }

    [Fact]
    public void PlanDatums_EvaluatieVoorStart_WordtGeweigerd() =>
        Assert.Equal("De evaluatiedatum moet na de startdatum liggen.",
            Werkprocesregels.ToetsPlanDatums(new DateOnly(2026, 5, 1), new DateOnly(2026, 4, 1)));

    [Fact]
    public void StandaardEvaluatiedatum_IsEenJaarNaStart() =>
        Assert.Equal(new DateOnly(2027, 3, 1), Ondersteuningsplan.StandaardEvaluatiedatum(new DateOnly(2026, 3, 1)));

    [Fact]
    public void Vaststellen_AlleenDoorRegievoerderVanDeCasus()
    {
        Assert.Null(Werkprocesregels.ToetsVaststellen(isRegievoerderVanCasus: true));
        Assert.NotNull(Werkprocesregels.ToetsVaststellen(isRegievoerderVanCasus: false));
    }

    // --- plan invullen ---

    [Fact]
    public void PlanInvullen_Buurtteam_IsToegestaan() =>
        Assert.Null(Werkprocesregels.ToetsPlanInvullen(OrganisatieType.Buurtteamorganisatie, 1, 2));

    [Fact]
    public void PlanInvullen_AanbiederInEigenCasus_IsToegestaan() =>
        Assert.Null(Werkprocesregels.ToetsPlanInvullen(OrganisatieType.Aanbieder, 5, 5));

    [Fact]
    public void PlanInvullen_AanbiederInCasusVanAnder_WordtGeweigerd() =>
        Assert.Contains("zelf heeft aangemaakt", Werkprocesregels.ToetsPlanInvullen(OrganisatieType.Aanbieder, 5, 1));

    [Fact]
    public void PlanInvullen_Wpi_WordtGeweigerd() =>
        Assert.NotNull(Werkprocesregels.ToetsPlanInvullen(OrganisatieType.Wpi, 5, 5));

    // --- signalen ---

    [Fact]
    public void Signaal_TijdelijkeStopTijdensLeveren_IsToegestaan() =>
        Assert.Null(Werkprocesregels.ToetsSignaal(WerkprocesStap.LeverenInzet, SignaalSoort.TijdelijkeStop, tijdelijkGestopt: false));

    [Fact]
    public void Signaal_TijdelijkeStopBuitenLeveren_WordtGeweigerd() =>
        Assert.NotNull(Werkprocesregels.ToetsSignaal(WerkprocesStap.Beschikken, SignaalSoort.TijdelijkeStop, tijdelijkGestopt: false));

    [Fact]
    public void Signaal_TweedeTijdelijkeStop_WordtGeweigerd() =>
        Assert.NotNull(Werkprocesregels.ToetsSignaal(WerkprocesStap.LeverenInzet, SignaalSoort.TijdelijkeStop, tijdelijkGestopt: true));

    [Fact]
    public void Signaal_HervatZonderStop_WordtGeweigerd() =>
        Assert.NotNull(Werkprocesregels.ToetsSignaal(WerkprocesStap.LeverenInzet, SignaalSoort.Hervat, tijdelijkGestopt: false));

    [Fact]
    public void Signaal_ZorgKanAltijd() =>
        Assert.Null(Werkprocesregels.ToetsSignaal(WerkprocesStap.Aanmelding, SignaalSoort.Zorg, tijdelijkGestopt: false));

    // --- kenmerk ---

    [Theory]
    [InlineData("RIS-2026-00123")]
    [InlineData("BT-West-4411")]
    [InlineData("WEST-2026-0173")]
    [InlineData("Zuidoost 2027-12")]
    [InlineData("123456789")]
    public void Kenmerk_ZonderBsn_IsToegestaan(string kenmerk) =>
        Assert.Null(Werkprocesregels.ToetsKenmerk(kenmerk));

    [Theory]
    [InlineData("123456782")]
    [InlineData("1234.56.782")]
    [InlineData("123 456 782")]
    [InlineData("12-34-56-782")]
    [InlineData("RIS 123456782")]
    [InlineData("2024-123456782")]
    public void Kenmerk_DatOpEenBsnLijkt_WordtGeweigerd(string kenmerk) =>
        Assert.Equal("Het kenmerk lijkt op een BSN. Gebruik het kenmerk van het dossier in RIS, nooit een BSN.", Werkprocesregels.ToetsKenmerk(kenmerk));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Kenmerk_Leeg_WordtGeweigerd(string? kenmerk) =>
        Assert.NotNull(Werkprocesregels.ToetsKenmerk(kenmerk));

    [Fact]
    public void Kenmerk_TeLang_WordtGeweigerd() =>
        Assert.Contains("te lang", Werkprocesregels.ToetsKenmerk(new string('A', 41)));

    [Theory]
    [InlineData("Casus Yilmaz West", "een naam")]
    [InlineData("mw. Ramdin 2026", "een naam")]
    [InlineData("RIS-12-3-1961", "een geboortedatum")]
    [InlineData("Dapperstraat 12 hs", "een adres of postcode")]
    [InlineData("1093 AB-04", "een adres of postcode")]
    [InlineData("0612345678", "een telefoonnummer")]
    public void Kenmerk_MetPersoonsgegeven_WordtGeweigerdMetDeSoort(string kenmerk, string wat) =>
        Assert.Equal($"Het kenmerk lijkt {wat} te bevatten. Gebruik het kenmerk van het dossier in RIS.", Werkprocesregels.ToetsKenmerk(kenmerk));

    [Fact]
    public void Kenmerk_MetEmail_WordtGeweigerd() =>
        Assert.NotNull(Werkprocesregels.ToetsKenmerk("jan@example.nl"));

    // --- datums op de kaart ---

    [Fact]
    public void VolgendeDatum_TijdensLeveren_IsDeOpgeslagenStartVanDeEvaluatie() =>
        Assert.Equal(("Evaluatie start", new DateOnly(2026, 11, 19)),
            Werkprocesregels.VolgendeDatum(WerkprocesStap.LeverenInzet, new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), new DateOnly(2026, 11, 19)));

    [Fact]
    public void VolgendeDatum_TijdensEvalueren_IsDeEvaluatiedatum() =>
        Assert.Equal(("Evaluatiedatum", new DateOnly(2027, 1, 1)),
            Werkprocesregels.VolgendeDatum(WerkprocesStap.Evalueren, null, new DateOnly(2027, 1, 1), new DateOnly(2026, 11, 19)));

    [Fact]
    public void VolgendeDatum_ZonderPlan_IsLeeg() =>
        Assert.Null(Werkprocesregels.VolgendeDatum(WerkprocesStap.Aanmelding, null, null, null));
}
