using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dagbesteding.Portal.Features.Netwerk.Leden;

public partial class LedenPagina
{
    private LedenOverzicht? _overzicht;
    private StadsdeelKeuze? _stadsdeel;
    private bool _zelfAfmelden;
    private bool _toevoegen;
    private string? _zoekterm;
    private IReadOnlyList<KandidaatRij>? _kandidaten;
    private string? _toevoegFout;
    private LidRij? _afTeMelden;
    private bool _bezig;

    [Inject]
    private LidmaatschapService Lidmaatschap { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task LaadAsync(StadsdeelKeuze stadsdeel)
    {
        if (_stadsdeel != stadsdeel)
        {
            // Another stadsdeel: forms that belonged to the previous channel close.
            _zelfAfmelden = false;
            _afTeMelden = null;
            SluitToevoegen();
        }
        _stadsdeel = stadsdeel;
        _overzicht = await Lidmaatschap.OverzichtAsync(stadsdeel.Id, Gebruiker.MedewerkerId);
    }

    private async Task HerlaadAsync()
    {
        if (_stadsdeel is not null)
        {
            _overzicht = await Lidmaatschap.OverzichtAsync(_stadsdeel.Id, Gebruiker.MedewerkerId);
        }
    }

    private async Task OpenToevoegenAsync()
    {
        _toevoegen = true;
        _toevoegFout = null;
        await ZoekAsync(_zoekterm);
    }

    private void SluitToevoegen()
    {
        _toevoegen = false;
        _kandidaten = null;
        _toevoegFout = null;
    }

    private async Task ZoekAsync(string? zoekterm)
    {
        if (_overzicht is null)
        {
            return;
        }
        _kandidaten = await Lidmaatschap.ZoekKandidatenAsync(_overzicht.KanaalId, Gebruiker.MedewerkerId, zoekterm);
    }

    private async Task VoegToeAsync(KandidaatRij kandidaat)
    {
        if (_overzicht is null || _bezig)
        {
            return;
        }
        _bezig = true;
        _toevoegFout = null;
        try
        {
            var resultaat = await Lidmaatschap.VoegToeAsync(_overzicht.KanaalId, kandidaat.MedewerkerId, Gebruiker.AlsActor());
            if (!resultaat.Gelukt)
            {
                _toevoegFout = resultaat.Melding;
                return;
            }
            Snackbar.Add(resultaat.Melding, Severity.Success);
            await HerlaadAsync();
            await ZoekAsync(_zoekterm);
        }
        finally
        {
            _bezig = false;
        }
    }

    private async Task<LidmaatschapResultaat> MeldAfAsync(int lidmaatschapId, string reden)
    {
        var resultaat = await Lidmaatschap.MeldAfAsync(lidmaatschapId, reden, Gebruiker.AlsActor());
        if (resultaat.Gelukt)
        {
            _zelfAfmelden = false;
            _afTeMelden = null;
            Snackbar.Add(resultaat.Melding, Severity.Success);
            await HerlaadAsync();
            StateHasChanged();
        }
        return resultaat;
    }

    private static string Datum(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, WerkdagKalender.Tijdzone).ToString("d MMMM yyyy");
}
