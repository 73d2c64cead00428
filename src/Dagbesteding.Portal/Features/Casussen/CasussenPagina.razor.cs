using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.Realtime;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dagbesteding.Portal.Features.Casussen;

/// <summary>
/// The live casusbord. The filter lives in the query string, so a link reproduces the view; changes by others
/// arrive as live events carrying the changed card; the board applies that one card with the viewer's own rights and
/// filter (<see cref="BordBijwerking"/>), without reading the database.
/// </summary>
public partial class CasussenPagina
{
    [Inject] private CasusService Casussen { get; set; } = default!;
    [Inject] private TimeProvider Tijd { get; set; } = default!;
    [Inject] private BordAanwezigheid Aanwezigheid { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private NavigationManager Navigatie { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "mijn")] public bool? Mijn { get; set; }
    [SupplyParameterFromQuery(Name = "perceel")] public string? PerceelTekst { get; set; }
    [SupplyParameterFromQuery(Name = "aanbieder")] public int? Aanbieder { get; set; }
    [SupplyParameterFromQuery(Name = "regievoerder")] public int? Regievoerder { get; set; }
    [SupplyParameterFromQuery(Name = "spoed")] public bool? Spoed { get; set; }
    [SupplyParameterFromQuery(Name = "evaluatie")] public bool? Evaluatie { get; set; }

    private Bord? _bord;
    private List<CasusKaart> _items = [];
    private BordKeuzes _keuzes = new([], [], []);
    private MudDropContainer<CasusKaart>? _container;
    private IDisposable? _aanwezig;
    private int _aanwezigStadsdeel;
    private BordFilter? _geladenFilter;
    private List<ChartSeries<double>> _reeksen = [];
    private string[] _labels = [];
    private NieuweCasus _nieuw = new();
    private string? _nieuwFout;
    private readonly SemaphoreSlim _laadSlot = new(1, 1);
    private bool _zonesVerversen;

    private Perceel? PerceelFilter => Enum.TryParse<Perceel>(PerceelTekst, out var p) && Enum.IsDefined(p) ? p : null;

    private BordFilter Filter => new(Mijn == true, PerceelFilter, Aanbieder, Regievoerder, Spoed == true ? true : null, Evaluatie == true);

    private static string PerceelWeergave(Perceel? perceel) => perceel?.Weergave() ?? "";

    private static string Naam(IEnumerable<Keuze> keuzes, int? id) => Keuze.NaamVan(keuzes, id);

    protected override async Task LaadAsync(StadsdeelKeuze stadsdeel)
    {
        // Subscribe first, then read: a change published during the read still arrives.
        StopVolgen(s => s != LiveSleutel.Bord(stadsdeel.Id));
        Volg<BordGebeurtenis>(LiveSleutel.Bord(stadsdeel.Id), OpBordGebeurtenisAsync);
        await LeesBordAsync(stadsdeel.Id);
        _keuzes = await Casussen.KeuzesAsync(Gebruiker.AlsActor(), stadsdeel.Id);
        if (IsWeg)
        {
            return;
        }
        if (_bord is not { AlleenAantallen: false })
        {
            // Counts only (or no access) here: not "looking at" this board, and no longer at the previous one.
            _aanwezig?.Dispose();
            _aanwezig = null;
            _aanwezigStadsdeel = 0;
        }
        else if (_aanwezigStadsdeel != stadsdeel.Id)
        {
            _aanwezig?.Dispose();
            _aanwezig = Aanwezigheid.Kijk(stadsdeel.Id, Gebruiker.MedewerkerId, Gebruiker.Naam);
            _aanwezigStadsdeel = stadsdeel.Id;
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        // The query string changed (a filter was chosen, or back/forward): read the board for the new filter.
        if (_geladenFilter is not null && _geladenFilter != Filter && Gebruiker.Stadsdeel is { } stadsdeel)
        {
            await LeesBordAsync(stadsdeel.Id);
        }
    }

    /// <param name="geopend">The person opened or filtered the board (audited); false for a re-read after an event.</param>
    private async Task LeesBordAsync(int stadsdeelId, int? perKolom = null, bool geopend = true)
    {
        await _laadSlot.WaitAsync();
        try
        {
            await LeesAsync(async _ =>
            {
                var filter = Filter;
                _bord = await Casussen.BordAsync(Gebruiker.AlsActor(), stadsdeelId, filter, perKolom ?? CasusService.KaartenPerKolom, geopend);
                _geladenFilter = filter;
                _items = _bord?.Kolommen.SelectMany(k => k.Kaarten).ToList() ?? [];
            });
            VerversGrafiek();
        }
        finally
        {
            _laadSlot.Release();
        }
        _zonesVerversen = true;
    }

    private void VerversGrafiek()
    {
        if (_bord is { AlleenAantallen: true })
        {
            _labels = _bord.Kolommen.Select(a => a.Stap.Weergave()).ToArray();
            _reeksen = [new ChartSeries<double> { Name = "Casussen", Data = new ChartData<double>(_bord.Kolommen.Select(a => (double)a.Aantal).ToArray()) }];
        }
    }

    // The drop zones draw their cards from the container; they only redraw after the container has the new items.
    protected override void OnAfterRender(bool firstRender)
    {
        if (_zonesVerversen && _container is not null)
        {
            _zonesVerversen = false;
            _container.Refresh();
        }
    }

    /// <summary>Keeps what the user had opened with "Meer laden" when the board is read again.</summary>
    private int HuidigPerKolom() =>
        Math.Max(CasusService.KaartenPerKolom, _items.Count == 0 ? 0 : _items.GroupBy(k => k.Stap).Max(g => g.Count()));

    private async Task OpBordGebeurtenisAsync(BordGebeurtenis gebeurtenis)
    {
        if (TijdensLezen() || _bord is null || gebeurtenis.StadsdeelId != _bord.StadsdeelId)
        {
            return;
        }
        if (BordBijwerking.Verwerk(_bord, _items, gebeurtenis, Filter, BordFilter.EvaluatieGrens(Tijd.GetUtcNow()), HuidigPerKolom()) is { } uitkomst)
        {
            _bord = uitkomst.Bord;
            _items = uitkomst.Getoond;
            _zonesVerversen = true;
            VerversGrafiek();
        }
        else
        {
            await LeesBordAsync(gebeurtenis.StadsdeelId, HuidigPerKolom(), geopend: false);
        }
    }

    protected override async Task InhalenAsync()
    {
        if (_bord is not null)
        {
            await LeesBordAsync(_bord.StadsdeelId, HuidigPerKolom(), geopend: false);
        }
    }

    private Task FilterAsync(
        bool? mijn = null, Perceel? perceel = null, bool perceelGezet = false, int? aanbieder = null, bool aanbiederGezet = false,
        int? regievoerder = null, bool regievoerderGezet = false, bool? spoed = null, bool? evaluatie = null)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["mijn"] = (mijn ?? Mijn) == true ? true : null,
            ["perceel"] = perceelGezet ? perceel?.ToString() : PerceelFilter?.ToString(),
            ["aanbieder"] = aanbiederGezet ? aanbieder : Aanbieder,
            ["regievoerder"] = regievoerderGezet ? regievoerder : Regievoerder,
            ["spoed"] = (spoed ?? Spoed) == true ? true : null,
            ["evaluatie"] = (evaluatie ?? Evaluatie) == true ? true : null,
        };
        Navigatie.NavigateTo(Navigatie.GetUriWithQueryParameters(parameters));
        return Task.CompletedTask;
    }

    private async Task MeerAsync(WerkprocesStap stap)
    {
        if (_bord is null)
        {
            return;
        }
        var getoond = _items.Count(k => k.Stap == stap);
        var meer = await Casussen.MeerAsync(Gebruiker.AlsActor(), _bord.StadsdeelId, Filter, stap, getoond);
        _items = [.. _items, .. meer.Where(m => _items.All(k => k.Id != m.Id))];
        _zonesVerversen = true;
    }

    private async Task OpDropAsync(MudItemDropInfo<CasusKaart> drop)
    {
        if (drop.Item is { } kaart && Enum.TryParse<WerkprocesStap>(drop.DropzoneIdentifier, out var naar) && naar != kaart.Stap)
        {
            await VerplaatsAsync(kaart, naar);
        }
        else
        {
            _zonesVerversen = true;
        }
    }

    private async Task VerplaatsAsync(CasusKaart kaart, WerkprocesStap naar)
    {
        var uitkomst = await Casussen.VerplaatsAsync(Gebruiker.AlsActor(), kaart.Id, naar, kaart.Versie);
        if (uitkomst.Gelukt)
        {
            // The stored move reaches this board as a live event, like everyone else's.
            Snackbar.Add($"{kaart.Kenmerk} staat nu in {naar.Weergave()}.", Severity.Success);
            _zonesVerversen = true;
            return;
        }
        Snackbar.Add($"{kaart.Kenmerk} is niet verplaatst: {uitkomst.Fout}", Severity.Error);
        // A refused card goes back to its place, from the stored state.
        if (_bord is not null)
        {
            await LeesBordAsync(_bord.StadsdeelId, HuidigPerKolom(), geopend: false);
        }
    }

    private async Task MaakAanAsync()
    {
        if (_bord is null)
        {
            return;
        }
        _nieuw.StadsdeelId = _bord.StadsdeelId;
        var uitkomst = await Casussen.MaakAanAsync(Gebruiker.AlsActor(), _nieuw);
        if (!uitkomst.Gelukt)
        {
            _nieuwFout = uitkomst.Fout;
            return;
        }
        Snackbar.Add($"Casus {_nieuw.Kenmerk.Trim()} is aangemeld.", Severity.Success);
        _nieuw = new NieuweCasus();
        _nieuwFout = null;
        // The new card arrives as a live event, on this board as on every other.
    }

    public override void Dispose()
    {
        _aanwezig?.Dispose();
        base.Dispose();
    }
}
