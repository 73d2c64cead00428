using Dagbesteding.Portal.Domain.Dashboard;
using Dagbesteding.Portal.Domain.Datums;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Infrastructure;
using Dagbesteding.Portal.Realtime;
using MudBlazor;

namespace Dagbesteding.Portal.Features.Dashboard;

/// <summary>
/// The netwerkmanager dashboard: response times per stadsdeel and organisation, evaluations, for a chosen period.
/// Redraws when something happens in the stadsdeel channel (a question, a reply), so it is live.
/// </summary>
public partial class DashboardPagina
{
    private readonly ChartOptions _opties = new() { ChartPalette = DashboardGrafieken.Kleuren };
    private PeriodeSoort _soort = PeriodeSoort.Maand;
    private DashboardPeriode _periode = new(DateOnly.MinValue, DateOnly.MinValue); // replaced on the first load, when "today" is known
    private DateOnly? _van;
    private DateOnly? _tot;
    private string? _periodeFout;
    private NetwerkCijfers? _cijfers;
    private DashboardCijfers? _kengetallen;
    private List<ChartSeries<double>> _opTijdReeks = [];
    private List<ChartSeries<double>> _mediaanReeks = [];
    private string[] _opTijdLabels = [];
    private string[] _mediaanLabels = [];
    private List<ChartSeries<double>> _organisatieReeks = [];
    private string[] _organisatieLabels = [];
    private StadsdeelKeuze? _stadsdeel;
    private List<ChartSeries<double>> _volumeReeksen = [];
    private string[] _volumeLabels = [];
    private static readonly System.Globalization.CultureInfo Nl = System.Globalization.CultureInfo.GetCultureInfo("nl-NL");

    private DateTime? Van
    {
        get => _van?.ToDateTime(TimeOnly.MinValue);
        set => _van = value is { } d ? DateOnly.FromDateTime(d) : null;
    }

    private DateTime? Tot
    {
        get => _tot?.ToDateTime(TimeOnly.MinValue);
        set => _tot = value is { } d ? DateOnly.FromDateTime(d) : null;
    }

    private DateOnly Vandaag => WerkdagKalender.DagInAmsterdam(Tijd.GetUtcNow());

    /// <summary>The pickers offer the dates the server accepts (the server still checks).</summary>
    private DateTime MinDatum => DatumRegels.Begindatum(Vandaag).Van.ToDateTime(TimeOnly.MinValue);

    private DateTime MaxDatum => DatumRegels.Einddatum(Vandaag).Tot.ToDateTime(TimeOnly.MinValue);

    private static string SoortTekst(PeriodeSoort soort) => soort switch
    {
        PeriodeSoort.Week => "Afgelopen week",
        PeriodeSoort.Maand => "Afgelopen maand",
        PeriodeSoort.Kwartaal => "Afgelopen kwartaal",
        _ => "Zelf kiezen",
    };

    protected override async Task LaadAsync(StadsdeelKeuze stadsdeel)
    {
        _stadsdeel = stadsdeel;
        if (_soort != PeriodeSoort.Aangepast)
        {
            _periode = DashboardPeriode.Laatste(_soort, Vandaag);
        }
        _van ??= _periode.Van;
        _tot ??= _periode.Tot;
        _kengetallen = await Dashboard.CijfersAsync(stadsdeel.Id);
        await LeesCijfersAsync();
    }

    private async Task LeesCijfersAsync()
    {
        if (_stadsdeel is not { } stadsdeel)
        {
            return;
        }
        await LeesAsync(async _ => _cijfers = await Netwerk.CijfersAsync(Gebruiker.AlsActor(), stadsdeel.Id, _periode));
        if (_cijfers?.KanaalId is { } kanaal)
        {
            StopVolgen(s => s != LiveSleutel.Kanaal(kanaal));
            Volg<KanaalGebeurtenis>(LiveSleutel.Kanaal(kanaal), _ => LeesCijfersAsync());
        }
        if (_cijfers is { } c)
        {
            (_opTijdLabels, _opTijdReeks) = DashboardGrafieken.PerWeek(c.Weken, w => w.PercentageOpTijd, "% op tijd");
            (_mediaanLabels, _mediaanReeks) = DashboardGrafieken.PerWeek(c.Weken, w => w.MediaanUren, "Mediaan (werkuren)");
            (_organisatieLabels, _organisatieReeks) = DashboardGrafieken.Beantwoord(c.Organisaties);
            (_volumeLabels, _volumeReeksen) = DashboardGrafieken.Volume(c.Stroom.Maanden);
        }
    }

    private async Task KiesSoortAsync(PeriodeSoort soort)
    {
        _soort = soort;
        _periodeFout = null;
        if (soort != PeriodeSoort.Aangepast)
        {
            _periode = DashboardPeriode.Laatste(soort, Vandaag);
            await LeesCijfersAsync();
        }
    }

    private async Task ToonAsync()
    {
        _periodeFout = DashboardPeriode.Toets(_van, _tot, Vandaag);
        if (_periodeFout is null)
        {
            _periode = new DashboardPeriode(_van!.Value, _tot!.Value);
            await LeesCijfersAsync();
        }
    }
}
