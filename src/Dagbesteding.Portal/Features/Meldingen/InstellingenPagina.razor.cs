using Dagbesteding.Portal.Domain.Meldingen;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace Dagbesteding.Portal.Features.Meldingen;

/// <summary>
/// The person's own settings for meldingen outside the portal. The browser side of push (permission, subscription) is
/// in portal.js; the server checks and stores the subscription for the signed-in person only.
/// </summary>
public partial class InstellingenPagina
{
    /// <summary>The browser's answer can take as long as the person takes to click the permission prompt.</summary>
    private static readonly TimeSpan PushTimeout = TimeSpan.FromMinutes(2);

    [Inject] private GebruikerContext Gebruiker { get; set; } = default!;
    [Inject] private MeldingInstellingenService Instellingen { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private MeldingInstellingenWeergave? _weergave;
    private List<SoortRegel> _soorten = [];
    private List<KanaalRegel> _kanalen = [];
    private bool _stil;
    private bool _spoed;
    private string _pushStatus = "onbekend";
    private string? _pushFout;
    private bool _bezig;

    private sealed class SoortRegel(MeldingSoort soort, bool push, EmailKeuze email)
    {
        public MeldingSoort Soort { get; } = soort;
        public bool Push { get; set; } = push;
        public EmailKeuze Email { get; set; } = email;
    }

    private sealed class KanaalRegel(int id, string naam, bool aan)
    {
        public int Id { get; } = id;
        public string Naam { get; } = naam;
        public bool Aan { get; set; } = aan;
    }

    private sealed record PushAntwoord(bool Ok, PushAbonnementJs? Abonnement, string? Reden, string? Fout);
    private sealed record PushAbonnementJs(string? Endpoint, string? P256dh, string? Auth);

    protected override async Task OnInitializedAsync()
    {
        await Gebruiker.LaadAsync();
        await LadenAsync();
    }

    private async Task LadenAsync()
    {
        _weergave = await Instellingen.LeesAsync(Gebruiker.AlsActor());
        if (_weergave is null)
        {
            return;
        }
        _soorten = _weergave.Soorten.Select(s => new SoortRegel(s.Soort, s.Push, s.Email)).ToList();
        _kanalen = _weergave.Kanalen.Select(k => new KanaalRegel(k.KanaalId, k.Naam, k.Aan)).ToList();
        _stil = _weergave.StilBuitenWerktijd;
        _spoed = _weergave.SpoedDoorbreektStilte;
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || _weergave is not { PushMogelijk: true })
        {
            return;
        }
        _pushStatus = await JsAsync<string>("portal.pushStatus", TimeSpan.FromSeconds(10)) ?? "niet-ondersteund";
        if (_pushStatus == "aan")
        {
            // Permission was given before: the subscription is refreshed for whoever is signed in on this browser now,
            // without a prompt (also after the push service dropped it, or another person used this browser).
            await KoppelAsync(toonFout: false);
        }
        StateHasChanged();
    }

    private async Task PushAanzettenAsync()
    {
        _bezig = true;
        _pushFout = null;
        await KoppelAsync(toonFout: true);
        _bezig = false;
    }

    private async Task KoppelAsync(bool toonFout)
    {
        var antwoord = await JsAsync<PushAntwoord>("portal.pushAanzetten", PushTimeout, _weergave!.VapidPublicKey);
        if (antwoord is not { Ok: true, Abonnement: { } abonnement })
        {
            _pushStatus = antwoord?.Reden switch
            {
                "geweigerd" => "geweigerd",
                "niet-ondersteund" => "niet-ondersteund",
                _ => "uit",
            };
            if (toonFout && _pushStatus == "uit")
            {
                _pushFout = "Aanzetten is niet gelukt: de browser kreeg geen verbinding met zijn pushdienst. Probeer het later opnieuw.";
            }
            return;
        }
        var userAgent = await JsAsync<string>("portal.apparaat", TimeSpan.FromSeconds(5));
        var uitkomst = await Instellingen.RegistreerApparaatAsync(Gebruiker.AlsActor(), new NieuwApparaat(abonnement.Endpoint, abonnement.P256dh, abonnement.Auth), userAgent);
        if (!uitkomst.Gelukt)
        {
            _pushFout = uitkomst.Fout;
            return;
        }
        _pushStatus = "aan";
        _weergave = await Instellingen.LeesAsync(Gebruiker.AlsActor()) ?? _weergave;
        if (toonFout)
        {
            Snackbar.Add("Pushmeldingen staan aan op dit apparaat.", Severity.Success);
        }
    }

    private async Task PushUitzettenAsync()
    {
        _bezig = true;
        var endpoint = await JsAsync<string>("portal.pushUitzetten", TimeSpan.FromSeconds(10));
        if (endpoint is not null)
        {
            await Instellingen.VerwijderApparaatAsync(Gebruiker.AlsActor(), null, endpoint);
        }
        _pushStatus = "uit";
        _weergave = await Instellingen.LeesAsync(Gebruiker.AlsActor()) ?? _weergave;
        _bezig = false;
    }

    private async Task ApparaatVerwijderenAsync(ApparaatRegel apparaat)
    {
        _bezig = true;
        await Instellingen.VerwijderApparaatAsync(Gebruiker.AlsActor(), apparaat.Id, null);
        _weergave = await Instellingen.LeesAsync(Gebruiker.AlsActor()) ?? _weergave;
        _bezig = false;
    }

    private async Task EmailOpnieuwAsync()
    {
        _bezig = true;
        await Instellingen.EmailOpnieuwProberenAsync(Gebruiker.AlsActor());
        _weergave = await Instellingen.LeesAsync(Gebruiker.AlsActor()) ?? _weergave;
        _bezig = false;
    }

    private async Task OpslaanAsync()
    {
        _bezig = true;
        var uitkomst = await Instellingen.BewaarAsync(Gebruiker.AlsActor(), new NieuweMeldingInstellingen(
            _soorten.Select(s => new SoortKeuze(s.Soort, s.Push, s.Email)).ToList(),
            _kanalen.Select(k => new KanaalKeuze(k.Id, k.Naam, k.Aan)).ToList(),
            _stil, _spoed));
        _bezig = false;
        if (uitkomst.Gelukt)
        {
            Snackbar.Add("Uw keuzes voor meldingen zijn opgeslagen.", Severity.Success);
        }
        else
        {
            Snackbar.Add(uitkomst.Fout!, Severity.Error);
        }
    }

    /// <summary>A browser without the helper, or one that is gone, gives null instead of an error page.</summary>
    private async Task<T?> JsAsync<T>(string functie, TimeSpan timeout, params object?[] argumenten)
    {
        try
        {
            using var bron = new CancellationTokenSource(timeout);
            return await JS.InvokeAsync<T>(functie, bron.Token, argumenten);
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or OperationCanceledException or InvalidOperationException)
        {
            return default;
        }
    }

    private static string Datum(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Domain.Werkdagen.WerkdagKalender.Tijdzone).ToString("d MMMM yyyy");
}
