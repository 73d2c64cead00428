using Dagbesteding.Portal.Infrastructure;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dagbesteding.Portal.Features.Beheer.Medewerkers;

public partial class MedewerkersPagina
{
    [Inject] private MedewerkerBeheerService Beheer { get; set; } = default!;
    [Inject] private GebruikerContext Gebruiker { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogen { get; set; } = default!;

    private MedewerkersOverzicht? _overzicht;
    private int? _filter;
    private string _zoek = "";
    private string? _fout;
    private bool _bezig;
    private NieuweMedewerker? _nieuw;
    private Uitnodiging? _uitnodiging;
    private MedewerkerRij? _bewerk;
    private HashSet<string> _rollen = [];
    private string? _rolFout;

    protected override async Task OnInitializedAsync()
    {
        await Gebruiker.LaadAsync();
        await LaadAsync();
    }

    private async Task LaadAsync()
    {
        var uitkomst = await Beheer.OverzichtAsync(Gebruiker.AlsActor(), _filter);
        _overzicht = uitkomst.Waarde;
        if (!uitkomst.Gelukt)
        {
            _fout = uitkomst.Fout;
        }
    }

    private async Task FilterAsync(int? organisatieId)
    {
        _filter = organisatieId;
        await LaadAsync();
    }

    private bool Past(MedewerkerRij rij) => string.IsNullOrWhiteSpace(_zoek)
        || rij.Naam.Contains(_zoek, StringComparison.OrdinalIgnoreCase) || rij.Email.Contains(_zoek, StringComparison.OrdinalIgnoreCase);

    private static string Tijd(DateTimeOffset? op) => op is { } t
        ? TimeZoneInfo.ConvertTime(t, Domain.Werkdagen.WerkdagKalender.Tijdzone).ToString("dd-MM-yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture)
        : "";

    private void BeginToevoegen()
    {
        _fout = null;
        _bewerk = null;
        _nieuw = new NieuweMedewerker { OrganisatieId = _filter ?? (_overzicht!.IsBeheerder ? 0 : Gebruiker.OrganisatieId ?? 0) };
    }

    private void StopToevoegen()
    {
        _nieuw = null;
        _fout = null;
    }

    private async Task ToevoegenAsync()
    {
        _bezig = true;
        try
        {
            var uitkomst = await Beheer.MaakAanAsync(Gebruiker.AlsActor(), _nieuw!);
            // Refused: the typed input stays, the reason above it.
            _fout = uitkomst.Fout;
            if (uitkomst.Waarde is { } uitnodiging)
            {
                _uitnodiging = uitnodiging;
                _nieuw = null;
                await LaadAsync();
            }
        }
        finally
        {
            _bezig = false;
        }
    }

    private void BewerkRollen(MedewerkerRij rij)
    {
        _nieuw = null;
        _rolFout = null;
        _bewerk = rij;
        _rollen = rij.Rollen.ToHashSet();
    }

    private static void Wissel(HashSet<string> rollen, string rol, bool aan)
    {
        if (aan)
        {
            rollen.Add(rol);
        }
        else
        {
            rollen.Remove(rol);
        }
    }

    private async Task RollenOpslaanAsync()
    {
        _bezig = true;
        try
        {
            var uitkomst = await Beheer.WijzigRollenAsync(Gebruiker.AlsActor(), _bewerk!.Id, _rollen.ToList());
            _rolFout = uitkomst.Fout;
            if (uitkomst.Gelukt)
            {
                Snackbar.Add(uitkomst.Waarde ? $"De rollen van {_bewerk.Naam} zijn gewijzigd." : "Er is niets gewijzigd.", Severity.Normal);
                _bewerk = null;
                await LaadAsync();
            }
        }
        finally
        {
            _bezig = false;
        }
    }

    private async Task DeactiveerAsync(MedewerkerRij rij)
    {
        var zeker = await Dialogen.ShowMessageBoxAsync("Medewerker deactiveren",
            $"{rij.Naam} wordt meteen uitgelogd, ook in pagina's die nu open staan, en kan niet meer inloggen tot iemand het account weer activeert.",
            yesText: "Deactiveren", cancelText: "Annuleren");
        if (zeker == true)
        {
            await VoerUitAsync(() => Beheer.DeactiveerAsync(Gebruiker.AlsActor(), rij.Id), $"{rij.Naam} is gedeactiveerd en uitgelogd.");
        }
    }

    private async Task ActiveerAsync(MedewerkerRij rij)
    {
        var zeker = await Dialogen.ShowMessageBoxAsync("Medewerker activeren",
            $"{rij.Naam} kan weer inloggen met de bestaande rollen.", yesText: "Activeren", cancelText: "Annuleren");
        if (zeker == true)
        {
            await VoerUitAsync(() => Beheer.ActiveerAsync(Gebruiker.AlsActor(), rij.Id), $"{rij.Naam} is weer actief.");
        }
    }

    private async Task NieuweLinkAsync(MedewerkerRij rij)
    {
        var zeker = await Dialogen.ShowMessageBoxAsync("Nieuwe link maken",
            $"Een eerdere link voor {rij.Naam} werkt daarna niet meer.", yesText: "Nieuwe link", cancelText: "Annuleren");
        if (zeker != true)
        {
            return;
        }
        _bezig = true;
        try
        {
            var uitkomst = await Beheer.NieuweLinkAsync(Gebruiker.AlsActor(), rij.Id);
            if (uitkomst.Waarde is { } uitnodiging)
            {
                _uitnodiging = uitnodiging;
            }
            else
            {
                Snackbar.Add(uitkomst.Fout!, Severity.Normal);
            }
        }
        finally
        {
            _bezig = false;
        }
    }

    private async Task VoerUitAsync(Func<Task<Uitkomst<bool>>> actie, string gelukt)
    {
        _bezig = true;
        try
        {
            var uitkomst = await actie();
            Snackbar.Add(uitkomst.Gelukt ? gelukt : uitkomst.Fout!, Severity.Normal);
            await LaadAsync();
        }
        finally
        {
            _bezig = false;
        }
    }
}
