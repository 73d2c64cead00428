using System.Security.Claims;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Dashboard;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Features.Audit;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Dashboard;

public static class DashboardEndpoints
{
    public const string Audit = "Dashboard";

    /// <summary>
    /// GET /dashboard/export/{tabel}.{csv|xlsx}?stadsdeel=…&amp;van=jjjj-mm-dd&amp;tot=jjjj-mm-dd — the dashboard's tables as a
    /// file, for the same people and with the same figures as the page. Every export is audited (who, which table,
    /// which stadsdeel and period). A stadsdeel the user may not see answers 404, like one that does not exist.
    /// </summary>
    public static IEndpointRouteBuilder MapDashboardEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/dashboard/export/{tabel}.{formaat}", ExportAsync)
            .RequireAuthorization(policy => policy.RequireRole(Toegang.Dashboard.Split(',')))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>The link the page offers for a table.</summary>
    public static string Link(string tabel, string formaat, int stadsdeelId, DashboardPeriode periode) =>
        $"/dashboard/export/{tabel}.{formaat}?stadsdeel={stadsdeelId}&van={periode.Van:yyyy-MM-dd}&tot={periode.Tot:yyyy-MM-dd}";

    private static async Task<IResult> ExportAsync(
        string tabel, string formaat, int stadsdeel, DateOnly? van, DateOnly? tot, HttpContext http,
        DashboardExport export, IDbContextFactory<PortalDbContext> dbFactory, AuditLog audit, TimeProvider time, CancellationToken cancellationToken)
    {
        if (formaat is not ("csv" or "xlsx"))
        {
            return Results.NotFound();
        }
        if (DashboardPeriode.Toets(van, tot, WerkdagKalender.DagInAmsterdam(time.GetUtcNow())) is { } fout)
        {
            return Results.BadRequest(fout);
        }
        var actor = await ActorAsync(http.User, dbFactory, cancellationToken) is { } gevonden ? gevonden with { Herkomst = Herkomst.Van(http) } : null;
        var periode = new DashboardPeriode(van!.Value, tot!.Value);
        if (actor is null || await export.TabelAsync(actor, tabel, stadsdeel, periode, cancellationToken) is not { } gegevens)
        {
            return Results.NotFound();
        }
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            audit.Schrijf(db, actor, AuditActie.Geexporteerd, Audit, stadsdeel, $"{AuditLog.Code(tabel)}.{AuditLog.Code(formaat)} {periode.Van:yyyy-MM-dd} t/m {periode.Tot:yyyy-MM-dd}");
            await db.SaveChangesAsync(cancellationToken);
        }
        var bestand = $"dagbesteding-{tabel}-{periode.Van:yyyyMMdd}-{periode.Tot:yyyyMMdd}.{formaat}";
        http.Response.Headers.CacheControl = "private, no-store";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{bestand}\"";
        http.Response.ContentType = formaat == "csv"
            ? "text/csv; charset=utf-8"
            : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        if (formaat == "csv")
        {
            await DashboardExport.SchrijfCsvAsync(gegevens, http.Response.Body, cancellationToken);
        }
        else
        {
            await DashboardExport.SchrijfXlsxAsync(gegevens, http.Response.Body, cancellationToken);
        }
        return Results.Empty;
    }

    /// <summary>Who is asking: the one access context of the signed-in account, read for this request.</summary>
    private static async Task<Actor?> ActorAsync(ClaimsPrincipal gebruiker, IDbContextFactory<PortalDbContext> dbFactory, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var toegang = await Toegangscontext.LeesAsync(db, gebruiker, cancellationToken);
        return toegang.IsBekend ? toegang.AlsActor() : null;
    }
}
