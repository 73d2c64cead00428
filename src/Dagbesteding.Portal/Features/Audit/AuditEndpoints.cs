using System.Globalization;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Features.Dashboard;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Audit;

/// <summary>
/// The filters of the audit screen as a query string (soort, id, medewerker, van, tot, actie, resultaat), the same
/// for the page's address and for the export, so a link such as <c>/beheer/audit?soort=Casus&amp;id=12</c> opens
/// "who looked at casus 12" and the export carries exactly what the screen shows.
/// </summary>
public static class AuditQuery
{
    public const string Pagina = "/beheer/audit";
    public const string Export = "/beheer/audit/export.csv";

    /// <summary>The query string of a filter (with the leading '?', or empty).</summary>
    public static string Van(AuditFilter filter)
    {
        var delen = new List<string>();
        void Voeg(string naam, string? waarde)
        {
            if (!string.IsNullOrEmpty(waarde))
            {
                delen.Add($"{naam}={Uri.EscapeDataString(waarde)}");
            }
        }
        Voeg("soort", filter.ObjectSoort);
        Voeg("id", filter.ObjectId?.ToString(CultureInfo.InvariantCulture));
        Voeg("medewerker", filter.MedewerkerId?.ToString(CultureInfo.InvariantCulture));
        Voeg("van", filter.Van?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Voeg("tot", filter.Tot?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Voeg("actie", filter.Actie?.ToString());
        Voeg("resultaat", filter.Resultaat?.ToString());
        return delen.Count == 0 ? "" : "?" + string.Join('&', delen);
    }

    /// <summary>A filter from the query string's values, or a Dutch reason why they cannot be read.</summary>
    public static Uitkomst<AuditFilter> Lees(string? soort, string? id, string? medewerker, string? van, string? tot, string? actie, string? resultaat,
        DateOnly vandaag)
    {
        string? fout = null;
        int? Getal(string? tekst, string melding)
        {
            if (string.IsNullOrWhiteSpace(tekst))
            {
                return null;
            }
            if (int.TryParse(tekst, NumberStyles.None, CultureInfo.InvariantCulture, out var getal))
            {
                return getal;
            }
            fout ??= melding;
            return null;
        }
        DateOnly? Datum(string? tekst)
        {
            if (string.IsNullOrWhiteSpace(tekst))
            {
                return null;
            }
            if (DateOnly.TryParseExact(tekst, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var datum))
            {
                return datum;
            }
            fout ??= "Een datum in het adres is ongeldig; gebruik jjjj-mm-dd, bijvoorbeeld 2026-06-01.";
            return null;
        }
        T? Keuze<T>(string? tekst) where T : struct, Enum
        {
            if (string.IsNullOrWhiteSpace(tekst))
            {
                return null;
            }
            // Names only: a number would reach values the list does not offer.
            if (!tekst.All(char.IsAsciiLetter) || !Enum.TryParse<T>(tekst, ignoreCase: true, out var waarde) || !Enum.IsDefined(waarde))
            {
                fout ??= "Kies een actie en een resultaat uit de lijst.";
                return null;
            }
            return waarde;
        }
        var filter = new AuditFilter
        {
            ObjectSoort = string.IsNullOrWhiteSpace(soort) ? null
                : AuditZoekService.Soorten.FirstOrDefault(s => string.Equals(s.Soort, soort, StringComparison.OrdinalIgnoreCase)).Soort ?? soort,
            ObjectId = Getal(id, "Een objectnummer is een positief getal."),
            MedewerkerId = Getal(medewerker, "Kies een medewerker uit de lijst."),
            Van = Datum(van),
            Tot = Datum(tot),
            Actie = Keuze<AuditActie>(actie),
            Resultaat = Keuze<AuditResultaat>(resultaat),
        };
        fout ??= AuditZoekService.Toets(filter, vandaag);
        return fout is null ? Uitkomst<AuditFilter>.Klaar(filter) : Uitkomst<AuditFilter>.Geweigerd(fout);
    }
}

public static class AuditEndpoints
{
    /// <summary>
    /// GET /beheer/audit/export.csv?soort=…&amp;id=…&amp;medewerker=…&amp;van=jjjj-mm-dd&amp;tot=jjjj-mm-dd&amp;actie=…&amp;resultaat=… —
    /// the lines of the audit screen's filter as CSV (the dashboard's writer: UTF-8 with BOM, semicolons), at most
    /// <see cref="AuditZoekService.MaxExport"/> lines (a last line says when there were more). Only a Beheerder;
    /// every export is itself logged.
    /// </summary>
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(AuditQuery.Export, ExportAsync)
            .RequireAuthorization(policy => policy.RequireRole(Toegang.Beheer))
            .ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> ExportAsync(
        string? soort, string? id, string? medewerker, string? van, string? tot, string? actie, string? resultaat, HttpContext http,
        AuditZoekService zoeken, IDbContextFactory<PortalDbContext> dbFactory, TimeProvider tijd, CancellationToken cancellationToken)
    {
        Actor actor;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            var toegang = await Toegangscontext.LeesAsync(db, http.User, cancellationToken);
            if (!toegang.IsBekend)
            {
                return Results.Forbid();
            }
            actor = toegang.AlsActor() with { Herkomst = Herkomst.Van(http) };
        }
        var vandaag = Domain.Werkdagen.WerkdagKalender.DagInAmsterdam(tijd.GetUtcNow());
        var filter = AuditQuery.Lees(soort, id, medewerker, van, tot, actie, resultaat, vandaag);
        if (!filter.Gelukt)
        {
            return Results.BadRequest(filter.Fout);
        }
        var uitkomst = await zoeken.ExportAsync(actor, filter.Waarde!, cancellationToken);
        if (!uitkomst.Gelukt)
        {
            return uitkomst.Fout == AuditZoekService.GeenToegangFout ? Results.Forbid() : Results.BadRequest(uitkomst.Fout);
        }
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"dagbesteding-auditlog-{vandaag:yyyyMMdd}.csv\"";
        http.Response.ContentType = "text/csv; charset=utf-8";
        await DashboardExport.SchrijfCsvAsync(uitkomst.Waarde!, http.Response.Body, cancellationToken);
        return Results.Empty;
    }
}
