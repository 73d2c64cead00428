using System.Globalization;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Dashboard;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace Dagbesteding.Portal.Features.Audit;

/// <summary>
/// The Beheerder's view of the audit log. The filter lives in the query string (a link such as
/// <c>/beheer/audit?soort=Casus&amp;id=12</c> opens "who looked at casus 12"), the service pages in the database and
/// logs every search; a bad filter shows the reason and keeps what was typed.
/// </summary>
public partial class AuditPagina
{
    [Inject] private AuditZoekService Zoeken { get; set; } = default!;
    [Inject] private GebruikerContext Gebruiker { get; set; } = default!;
    [Inject] private NavigationManager Navigatie { get; set; } = default!;
    [Inject] private TimeProvider Tijd { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "soort")] public string? Soort { get; set; }
    [SupplyParameterFromQuery(Name = "id")] public string? Id { get; set; }
    [SupplyParameterFromQuery(Name = "medewerker")] public string? Medewerker { get; set; }
    [SupplyParameterFromQuery(Name = "van")] public string? VanTekst { get; set; }
    [SupplyParameterFromQuery(Name = "tot")] public string? TotTekst { get; set; }
    [SupplyParameterFromQuery(Name = "actie")] public string? ActieTekst { get; set; }
    [SupplyParameterFromQuery(Name = "resultaat")] public string? ResultaatTekst { get; set; }

    private string? _soort;
    private int? _objectId;
    private MedewerkerKeuze? _medewerker;
    private DateTime? _van;
    private DateTime? _tot;
    private AuditActie? _actie;
    private AuditResultaat? _resultaat;

    private readonly List<AuditRij> _regels = [];
    private AuditFilter? _gezocht;
    private AuditCursor? _volgende;
    private DashboardPeriode _periode = new(default, default);
    private string? _fout;
    private bool _bezig;
    /// <summary>The query string last searched, so the page's own change of address does not search twice.</summary>
    private string? _adres;

    private string ExportLink => AuditQuery.Export + AuditQuery.Van(_gezocht ?? new AuditFilter());

    private DateOnly Vandaag => Domain.Werkdagen.WerkdagKalender.DagInAmsterdam(Tijd.GetUtcNow());

    /// <summary>The pickers offer the dates the server accepts (the server still checks).</summary>
    private DateTime MinDatum => Domain.Datums.DatumRegels.Begindatum(Vandaag).Van.ToDateTime(TimeOnly.MinValue);

    private DateTime MaxDatum => Domain.Datums.DatumRegels.Einddatum(Vandaag).Tot.ToDateTime(TimeOnly.MinValue);

    private static string Link(AuditFilter filter) => AuditQuery.Pagina + AuditQuery.Van(filter);

    private static string Tijdstip(DateTimeOffset op) =>
        TimeZoneInfo.ConvertTime(op, WerkdagKalender.Tijdzone).ToString("dd-MM-yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    private static string Kort(string tekst, int lengte = 60) => tekst.Length <= lengte ? tekst : tekst[..lengte] + "…";

    protected override async Task OnParametersSetAsync()
    {
        // Not while prerendering: that render is thrown away, and each search is a line in the log.
        var adres = new Uri(Navigatie.Uri).Query;
        if (adres == _adres)
        {
            return;
        }
        _bezig = true;
        if (!RendererInfo.IsInteractive)
        {
            return;
        }
        _adres = adres;
        await Gebruiker.LaadAsync();
        var gelezen = AuditQuery.Lees(Soort, Id, Medewerker, VanTekst, TotTekst, ActieTekst, ResultaatTekst, Vandaag);
        if (!gelezen.Gelukt)
        {
            _fout = gelezen.Fout;
            _bezig = false;
            return;
        }
        var filter = gelezen.Waarde!;
        _soort = filter.ObjectSoort;
        _objectId = filter.ObjectId;
        _medewerker = filter.MedewerkerId is { } id ? await Zoeken.MedewerkerAsync(Gebruiker.AlsActor(), id) ?? new MedewerkerKeuze(id, $"medewerker {id}", "") : null;
        _van = filter.Van?.ToDateTime(TimeOnly.MinValue);
        _tot = filter.Tot?.ToDateTime(TimeOnly.MinValue);
        _actie = filter.Actie;
        _resultaat = filter.Resultaat;
        await VoerUitAsync(filter, na: null);
    }

    private AuditFilter Formulier() => new()
    {
        ObjectSoort = _soort,
        ObjectId = _objectId,
        MedewerkerId = _medewerker?.Id,
        Van = _van is { } van ? DateOnly.FromDateTime(van) : null,
        Tot = _tot is { } tot ? DateOnly.FromDateTime(tot) : null,
        Actie = _actie,
        Resultaat = _resultaat,
    };

    private async Task ZoekAsync()
    {
        var filter = Formulier();
        if (await VoerUitAsync(filter, na: null))
        {
            // The address follows the filter (a link or reload reproduces it); this page already searched.
            _adres = AuditQuery.Van(filter);
            Navigatie.NavigateTo(Link(filter), replace: true);
        }
    }

    private async Task WisAsync()
    {
        (_soort, _objectId, _medewerker, _van, _tot, _actie, _resultaat) = (null, null, null, null, null, null, null);
        await ZoekAsync();
    }

    private Task MeerAsync() => _gezocht is null ? Task.CompletedTask : VoerUitAsync(_gezocht, _volgende);

    /// <summary>Searches; on a refusal the reason shows and the form and earlier results stay as they were.</summary>
    private async Task<bool> VoerUitAsync(AuditFilter filter, AuditCursor? na)
    {
        _bezig = true;
        try
        {
            var uitkomst = await Zoeken.ZoekAsync(Gebruiker.AlsActor(), filter, na);
            _fout = uitkomst.Fout;
            if (!uitkomst.Gelukt)
            {
                return false;
            }
            var resultaten = uitkomst.Waarde!;
            if (na is null)
            {
                _regels.Clear();
            }
            _regels.AddRange(resultaten.Regels);
            _volgende = resultaten.Volgende;
            _periode = new DashboardPeriode(resultaten.Van, resultaten.Tot);
            _gezocht = filter;
            return true;
        }
        finally
        {
            _bezig = false;
        }
    }

    private async Task<IEnumerable<MedewerkerKeuze>> ZoekMedewerkersAsync(string? tekst, CancellationToken cancellationToken) =>
        await Zoeken.MedewerkersAsync(Gebruiker.AlsActor(), tekst, cancellationToken);
}
