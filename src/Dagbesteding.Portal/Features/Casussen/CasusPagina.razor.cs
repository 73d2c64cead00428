using System.Globalization;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.Realtime;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dagbesteding.Portal.Features.Casussen;

/// <summary>
/// The case page. Every open is audited by the service. A save based on a stale version is refused: the page then
/// shows the latest state, but keeps what the user typed in the plan form so nothing is lost.
/// </summary>
public partial class CasusPagina
{
    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    [Parameter] public int Id { get; set; }

    [Inject] private CasusService Casussen { get; set; } = default!;
    [Inject] private GebruikerContext Gebruiker { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private CasusDetail? _detail;
    private BordKeuzes _keuzes = new([], [], []);
    private PlanInvoer _plan = new();
    private bool _laden = true;
    private string? _fout;
    private bool _elders;
    private int? _nieuweRegievoerder;
    private int? _nieuweAanbieder;
    private WerkprocesStap? _naar;
    private SignaalSoort _signaalSoort = SignaalSoort.Zorg;
    private string? _signaalToelichting;

    private DateTime? Start
    {
        get => _plan.Startdatum?.ToDateTime(TimeOnly.MinValue);
        set => _plan.Startdatum = value is { } d ? DateOnly.FromDateTime(d) : null;
    }

    // The pickers offer the dates the server accepts (the server still checks, and keeps an unchanged older date).
    private static DateOnly Vandaag => Domain.Werkdagen.WerkdagKalender.DagInAmsterdam(DateTimeOffset.UtcNow);

    private static DateTime AlsDatum(DateOnly dag) => dag.ToDateTime(TimeOnly.MinValue);

    private Domain.Datums.Datumbereik StartBereik => Domain.Datums.DatumRegels.Startdatum(Vandaag);

    private Domain.Datums.Datumbereik EvaluatieBereik => Domain.Datums.DatumRegels.Evaluatiedatum(_plan.Startdatum, Vandaag);

    private DateTime? Evaluatiedatum
    {
        get => _plan.Evaluatiedatum?.ToDateTime(TimeOnly.MinValue);
        set => _plan.Evaluatiedatum = value is { } d ? DateOnly.FromDateTime(d) : null;
    }

    protected override async Task OnParametersSetAsync()
    {
        _laden = true;
        await Gebruiker.LaadAsync();
        // Subscribe first, then read: a change published during the read still arrives.
        StopVolgen(s => s != LiveSleutel.Casus(Id));
        Volg<BordGebeurtenis>(LiveSleutel.Casus(Id), OpCasusGewijzigd);
        await LeesAsync(async _ => _detail = await Casussen.OpenAsync(Gebruiker.AlsActor(), Id));
        if (_detail is not null)
        {
            _plan = PlanInvoer.Van(_detail.Plan);
            _keuzes = await Casussen.KeuzesAsync(Gebruiker.AlsActor(), _detail.Kaart.StadsdeelId);
        }
        else
        {
            StopVolgen();
        }
        _laden = false;
    }

    // Someone else changed this casus: say so; the user decides when to see the latest state (their input stays).
    private Task OpCasusGewijzigd(BordGebeurtenis gebeurtenis)
    {
        if (!TijdensLezen() && _detail is not null && gebeurtenis.DoorMedewerkerId != Gebruiker.MedewerkerId && gebeurtenis.Kaart?.Versie != Versie)
        {
            _elders = true;
        }
        return Task.CompletedTask;
    }

    // Back after missing events: only the card's version is read, to know whether to say so.
    protected override async Task InhalenAsync()
    {
        if (await Casussen.KaartAsync(Gebruiker.AlsActor(), Id) is { } kaart && kaart.Versie != Versie)
        {
            _elders = true;
        }
    }

    private async Task VerversAsync()
    {
        _detail = await Casussen.OpenAsync(Gebruiker.AlsActor(), Id);
        _elders = false;
        _fout = null;
    }

    private static string Datum(DateTimeOffset op) => TimeZoneInfo.ConvertTime(op, Amsterdam).ToString("d MMM yyyy HH:mm", Nl);

    private Guid Versie => _detail?.Kaart.Versie ?? Guid.Empty;

    /// <summary>Shows the outcome; on a refusal the latest state is shown but the plan input is kept.</summary>
    private void Verwerk(Uitkomst<CasusDetail> uitkomst, string gelukt, bool planOpnieuwInlezen = false)
    {
        if (uitkomst.Waarde is { } detail)
        {
            _detail = detail;
        }
        if (uitkomst.Gelukt)
        {
            _fout = null;
            _elders = false;
            if (planOpnieuwInlezen)
            {
                _plan = PlanInvoer.Van(_detail!.Plan);
            }
            Snackbar.Add(gelukt, Severity.Success);
        }
        else
        {
            _fout = uitkomst.Fout;
        }
    }

    private async Task BewaarPlanAsync() =>
        Verwerk(await Casussen.BewaarPlanAsync(Gebruiker.AlsActor(), Id, _plan, Versie), "Het plan is opgeslagen.", planOpnieuwInlezen: true);

    private async Task ToestemmingAsync(bool gegeven) =>
        Verwerk(await Casussen.ToestemmingAsync(Gebruiker.AlsActor(), Id, gegeven, Versie), gegeven ? "De toestemming is geregistreerd." : "De toestemming is ingetrokken.");

    private async Task GeraadpleegdAsync() =>
        Verwerk(await Casussen.AanbiederGeraadpleegdAsync(Gebruiker.AlsActor(), Id, Versie), "Vastgelegd dat de aanbieder is geraadpleegd.");

    private async Task AkkoordAsync() =>
        Verwerk(await Casussen.StelPlanVastAsync(Gebruiker.AlsActor(), Id, Versie), "Het plan is akkoord.");

    private async Task SignaleerAsync()
    {
        var uitkomst = await Casussen.SignaleerAsync(Gebruiker.AlsActor(), Id, _signaalSoort, _signaalToelichting, Versie);
        Verwerk(uitkomst, "Het signaal is doorgegeven.");
        if (uitkomst.Gelukt)
        {
            _signaalToelichting = null;
        }
    }

    private async Task RegievoerderAsync()
    {
        if (_nieuweRegievoerder is { } id)
        {
            Verwerk(await Casussen.WijsRegievoerderToeAsync(Gebruiker.AlsActor(), Id, id, Versie), "De regie is overgedragen; beide regievoerders zijn op de hoogte gebracht.");
            _nieuweRegievoerder = null;
        }
    }

    private async Task AanbiederAsync()
    {
        if (_nieuweAanbieder is { } id)
        {
            Verwerk(await Casussen.WijsAanbiederToeAsync(Gebruiker.AlsActor(), Id, id, Versie), "De aanbieder is gewijzigd; de betrokkenen zijn op de hoogte gebracht.");
            _nieuweAanbieder = null;
        }
    }

    private async Task VerplaatsAsync()
    {
        if (_naar is { } naar)
        {
            Verwerk(await Casussen.VerplaatsAsync(Gebruiker.AlsActor(), Id, naar, Versie), $"De casus staat nu in {naar.Weergave()}.");
            _naar = null;
        }
    }

}
