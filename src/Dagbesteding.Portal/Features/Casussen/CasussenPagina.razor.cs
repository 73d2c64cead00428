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
    private readonly BordSleep _sleep = new();
    private IDisposable? _aanwezig;
    private int _aanwezigStadsdeel;
    private BordFilter? _geladenFilter;
    private List<ChartSeries<double>> _reeksen = [];
    private string[] _labels = [];
    private readonly SemaphoreSlim _laadSlot = new(1, 1);

    private Perceel? PerceelFilter => Enum.TryParse<Perceel>(PerceelTekst, out var p) && Enum.IsDefined(p) ? p : null;

    private BordFilter Filter => new(Mijn == true, PerceelFilter, Aanbieder, Regievoerder, Spoed == true ? true : null, Evaluatie == true);

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
    }

    private void VerversGrafiek()
    {
        if (_bord is { AlleenAantallen: true })
        {
            _labels = _bord.Kolommen.Select(a => a.Stap.Weergave()).ToArray();
            _reeksen = [new ChartSeries<double> { Name = "Casussen", Data = new ChartData<double>(_bord.Kolommen.Select(a => (double)a.Aantal).ToArray()) }];
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

    /// <summary>The filter goes into the query string, so a link reproduces the view (the board reads again from there).</summary>
    private void KiesFilter(BordFilter filter)
    {
        var parameters = new Dictionary<string, object?>
        {
            ["mijn"] = filter.Mijn ? true : null,
            ["perceel"] = filter.Perceel?.ToString(),
            ["aanbieder"] = filter.AanbiederId,
            ["regievoerder"] = filter.RegievoerderId,
            ["spoed"] = filter.Spoed == true ? true : null,
            ["evaluatie"] = filter.EvaluatieAanDeBeurt ? true : null,
        };
        Navigatie.NavigateTo(Navigatie.GetUriWithQueryParameters(parameters));
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
    }

    private async Task VerplaatsAsync(CasusKaart kaart, WerkprocesStap naar)
    {
        var uitkomst = await Casussen.VerplaatsAsync(Gebruiker.AlsActor(), kaart.Id, naar, kaart.Versie);
        if (uitkomst.Gelukt)
        {
            // The stored move reaches this board as a live event, like everyone else's.
            Snackbar.Add($"{kaart.Kenmerk} staat nu in {naar.Weergave()}.", Severity.Success);
            return;
        }
        Snackbar.Add($"{kaart.Kenmerk} is niet verplaatst: {uitkomst.Fout}", Severity.Error);
        // A refused card goes back to its place, from the stored state.
        if (_bord is not null)
        {
            await LeesBordAsync(_bord.StadsdeelId, HuidigPerKolom(), geopend: false);
        }
    }

    public override void Dispose()
    {
        _aanwezig?.Dispose();
        base.Dispose();
    }
}
