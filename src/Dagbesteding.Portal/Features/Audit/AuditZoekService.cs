using System.Runtime.CompilerServices;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Dashboard;
using Dagbesteding.Portal.Domain.Datums;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Features.Dashboard;
using Dagbesteding.Portal.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Audit;

/// <summary>
/// What a Beheerder asks of the audit log; every part is optional and they combine (and). The period is in whole
/// Amsterdam days, both ends included; without one it is the last year up to today.
/// </summary>
public sealed record AuditFilter
{
    /// <summary>One of <see cref="AuditZoekService.Soorten"/>.</summary>
    public string? ObjectSoort { get; init; }
    public int? ObjectId { get; init; }
    /// <summary>The medewerker who acted, or on whose behalf someone acted.</summary>
    public int? MedewerkerId { get; init; }
    public DateOnly? Van { get; init; }
    public DateOnly? Tot { get; init; }
    public AuditActie? Actie { get; init; }
    public AuditResultaat? Resultaat { get; init; }
}

/// <summary>One line of the log as the screen shows it: the stored fields with the names of the people and organisation.</summary>
public sealed record AuditRij(
    long Id, DateTimeOffset Op, int? MedewerkerId, string? Medewerker, int? OrganisatieId, string? Organisatie, string? Rollen,
    AuditActie Actie, AuditResultaat Resultaat, string ObjectSoort, int? ObjectId, string? IpAdres, string? Client, string? SessieId,
    int? NamensMedewerkerId, string? NamensMedewerker, string? Taak, string? Toelichting);

/// <summary>Where the next page starts: after this line (newest first).</summary>
public sealed record AuditCursor(DateTimeOffset Op, long Id);

/// <summary>A page of results, newest first; <see cref="Volgende"/> is null on the last page.</summary>
public sealed record AuditResultaten(IReadOnlyList<AuditRij> Regels, AuditCursor? Volgende, DateOnly Van, DateOnly Tot);

/// <summary>A medewerker to choose in the filter.</summary>
public sealed record MedewerkerKeuze(int Id, string Naam, string Organisatie)
{
    public override string ToString() => $"{Naam} ({Organisatie})";
}

/// <summary>
/// Reading the audit log (NEN 7513): only a Beheerder, read from the one access context for every call. Searches run
/// in the database, newest first, a page at a time (keyset on moment and id, never the whole table); every search and
/// every export is itself written to the log, with the filters as ids, dates and fixed codes.
/// </summary>
public sealed class AuditZoekService(IDbContextFactory<PortalDbContext> dbFactory, AuditLog audit, TimeProvider tijd)
{
    public const int StandaardPagina = 50;
    public const int MaxPagina = 100;
    /// <summary>The longest period of one search or export: a year (a leap year included).</summary>
    public const int MaxDagen = 366;
    public const int MaxExport = 10_000;
    private const int ExportBlok = 500;

    public const string GeenToegangFout = "Alleen een beheerder kan het auditlog inzien.";

    /// <summary>The last line of a capped export.</summary>
    public static readonly string AfgekaptMelding =
        $"Let op: alleen de nieuwste {MaxExport} regels zijn geëxporteerd, er zijn er meer. Verfijn de filters (periode, object, medewerker) voor de rest.";

    /// <summary>The kinds of object in the log, with the label the screen shows.</summary>
    public static readonly IReadOnlyList<(string Soort, string Weergave)> Soorten =
    [
        (AuditLog.Casus, "Casus"),
        (AuditLog.Adviesvraag, "Adviesvraag"),
        (AuditLog.Kanaal, "Netwerkkanaal"),
        (AuditLog.Overleg, "Casuïstiekoverleg"),
        (AuditLog.Casusbord, "Casusbord (stadsdeel)"),
        (AuditLog.Evaluatielijst, "Eigen evaluatielijst"),
        (AuditLog.Lidmaatschap, "Lidmaatschap"),
        (AuditLog.Account, "Account (inloggen)"),
        (AuditLog.Meldinginstellingen, "Meldinginstellingen"),
        (AuditLog.Sluitingsdag, "Sluitingsdag"),
        (AuditLog.Organisatie, "Organisatie"),
        (AuditLog.Locatie, "Locatie (sociale kaart)"),
        (DashboardEndpoints.Audit, "Dashboard (export)"),
        (AuditLog.Auditlog, "Auditlog"),
    ];

    public static string Weergave(AuditActie actie) => actie switch
    {
        AuditActie.Bekeken => "Bekeken",
        AuditActie.Aangemaakt => "Aangemaakt",
        AuditActie.Gewijzigd => "Gewijzigd",
        AuditActie.Verwijderd => "Verwijderd",
        AuditActie.Geexporteerd => "Geëxporteerd",
        AuditActie.Inloggen => "Inloggen",
        AuditActie.Geblokkeerd => "Geblokkeerd",
        AuditActie.Uitgelogd => "Uitgelogd",
        AuditActie.Gezocht => "Gezocht in auditlog",
        _ => actie.ToString(),
    };

    public static string Weergave(AuditResultaat resultaat) => resultaat switch
    {
        AuditResultaat.Gelukt => "Gelukt",
        AuditResultaat.Geweigerd => "Geweigerd",
        AuditResultaat.Mislukt => "Mislukt",
        _ => resultaat.ToString(),
    };

    public static string SoortWeergave(string soort) => Soorten.FirstOrDefault(s => s.Soort == soort).Weergave ?? soort;

    /// <summary>The filter refused in Dutch, or null. <paramref name="vandaag"/> is today in Amsterdam (the dates' window).</summary>
    public static string? Toets(AuditFilter filter, DateOnly vandaag)
    {
        if (filter.ObjectSoort is { } soort && !Soorten.Any(s => s.Soort == soort))
        {
            return "Deze soort object kent het auditlog niet. Kies een soort uit de lijst.";
        }
        if (filter.ObjectId is { } id && (id <= 0 || filter.ObjectSoort is null))
        {
            return id <= 0 ? "Een objectnummer is een positief getal." : "Kies bij een objectnummer ook de soort object.";
        }
        if (filter.MedewerkerId is <= 0)
        {
            return "Kies een medewerker uit de lijst.";
        }
        if (filter.Actie is { } actie && !Enum.IsDefined(actie) || filter.Resultaat is { } resultaat && !Enum.IsDefined(resultaat))
        {
            return "Kies een actie en een resultaat uit de lijst.";
        }
        // Before the default period is computed from them: year 1 or 9999 would overflow that arithmetic.
        if ((DatumRegels.Begindatum(vandaag).Toets(filter.Van) ?? DatumRegels.Einddatum(vandaag).Toets(filter.Tot)) is { } buiten)
        {
            return buiten;
        }
        if (filter is { Van: { } van, Tot: { } tot } && tot < van)
        {
            return "De einddatum ligt vóór de begindatum. Kies een einddatum op of na de begindatum.";
        }
        return filter is { Van: { } v, Tot: { } t } && t.DayNumber - v.DayNumber + 1 > MaxDagen
            ? $"Kies een periode van hoogstens een jaar ({MaxDagen} dagen)."
            : null;
    }

    /// <summary>
    /// One page of the log matching the filter, newest first, after <paramref name="na"/> (null: the first page).
    /// Refused for anyone but a Beheerder (the refusal is logged) and for a bad filter (then nothing was read).
    /// </summary>
    public async Task<Uitkomst<AuditResultaten>> ZoekAsync(Actor actor, AuditFilter filter, AuditCursor? na = null, int aantal = StandaardPagina,
        CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await WeigerAsync(db, actor, AuditActie.Gezocht, cancellationToken) is { } geweigerd)
        {
            return Uitkomst<AuditResultaten>.Geweigerd(geweigerd);
        }
        if (Toets(filter, Vandaag) is { } fout)
        {
            return Uitkomst<AuditResultaten>.Geweigerd(fout);
        }
        var periode = Periode(filter);
        var regels = await PaginaAsync(db, filter, periode, na, Math.Clamp(aantal, 1, MaxPagina) + 1, cancellationToken);
        var meer = regels.Count > Math.Clamp(aantal, 1, MaxPagina);
        if (meer)
        {
            regels.RemoveAt(regels.Count - 1);
        }
        audit.Schrijf(db, actor, AuditActie.Gezocht, AuditLog.Auditlog, null, Toelichting(filter, periode, na is null ? null : ("pagina", "vervolg")));
        await db.SaveChangesAsync(cancellationToken);
        return Uitkomst<AuditResultaten>.Klaar(new AuditResultaten(
            regels, meer ? new AuditCursor(regels[^1].Op, regels[^1].Id) : null, periode.Van, periode.Tot));
    }

    /// <summary>
    /// The lines of the filter as a table for <see cref="DashboardExport.SchrijfCsvAsync"/>: at most <see cref="MaxExport"/>,
    /// newest first, read in blocks; when there are more, a last line says so. The export is logged before it is read.
    /// </summary>
    public async Task<Uitkomst<DashboardTabel>> ExportAsync(Actor actor, AuditFilter filter, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await WeigerAsync(db, actor, AuditActie.Geexporteerd, cancellationToken) is { } geweigerd)
        {
            return Uitkomst<DashboardTabel>.Geweigerd(geweigerd);
        }
        if (Toets(filter, Vandaag) is { } fout)
        {
            return Uitkomst<DashboardTabel>.Geweigerd(fout);
        }
        var periode = Periode(filter);
        audit.Schrijf(db, actor, AuditActie.Geexporteerd, AuditLog.Auditlog, null, Toelichting(filter, periode, ("bestand", "csv")));
        await db.SaveChangesAsync(cancellationToken);
        return Uitkomst<DashboardTabel>.Klaar(new DashboardTabel("Auditlog",
            ["Tijdstip", "Medewerker", "Medewerker-id", "Organisatie", "Rollen", "Actie", "Resultaat", "Soort object", "Object-id",
                "Namens", "Taak", "IP-adres", "Client", "Sessie", "Toelichting"],
            ExportRijenAsync(filter, periode, cancellationToken)));
    }

    /// <summary>Medewerkers whose name or organisation contains the text, for the filter's picker (a Beheerder only).</summary>
    public async Task<IReadOnlyList<MedewerkerKeuze>> MedewerkersAsync(Actor actor, string? tekst, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!(await Toegangscontext.LeesAsync(db, actor, cancellationToken)).IsBeheerder)
        {
            return [];
        }
        var zoek = tekst?.Trim().ToLowerInvariant() ?? "";
        return await db.Medewerkers.AsNoTracking()
            .Where(m => zoek == "" || m.Naam.ToLower().Contains(zoek) || m.Organisatie!.Naam.ToLower().Contains(zoek))
            .OrderBy(m => m.Naam).ThenBy(m => m.Id)
            .Take(20)
            .Select(m => new MedewerkerKeuze(m.Id, m.Naam, m.Organisatie!.Naam))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The medewerker of a link's filter (?medewerker=…), to show their name in the picker.</summary>
    public async Task<MedewerkerKeuze?> MedewerkerAsync(Actor actor, int medewerkerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!(await Toegangscontext.LeesAsync(db, actor, cancellationToken)).IsBeheerder)
        {
            return null;
        }
        return await db.Medewerkers.AsNoTracking().Where(m => m.Id == medewerkerId)
            .Select(m => new MedewerkerKeuze(m.Id, m.Naam, m.Organisatie!.Naam))
            .FirstOrDefaultAsync(cancellationToken);
    }

    private async Task<string?> WeigerAsync(PortalDbContext db, Actor actor, AuditActie actie, CancellationToken cancellationToken)
    {
        if ((await Toegangscontext.LeesAsync(db, actor, cancellationToken)).IsBeheerder)
        {
            return null;
        }
        // Someone trying to read the log without the right is itself worth a line.
        audit.Weiger(db, actor, actie, AuditLog.Auditlog, null, $"Geen toegang tot het auditlog");
        await db.SaveChangesAsync(cancellationToken);
        return GeenToegangFout;
    }

    private DateOnly Vandaag => WerkdagKalender.DagInAmsterdam(tijd.GetUtcNow());

    private DashboardPeriode Periode(AuditFilter filter)
    {
        var vandaag = Vandaag;
        return (filter.Van, filter.Tot) switch
        {
            ({ } van, { } tot) => new DashboardPeriode(van, tot),
            ({ } van, null) => new DashboardPeriode(van, Min(van.AddDays(MaxDagen - 1), vandaag < van ? van : vandaag)),
            (null, { } tot) => new DashboardPeriode(tot.AddYears(-1).AddDays(1), tot),
            _ => new DashboardPeriode(vandaag.AddYears(-1).AddDays(1), vandaag),
        };
    }

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static async Task<List<AuditRij>> PaginaAsync(PortalDbContext db, AuditFilter filter, DashboardPeriode periode, AuditCursor? na, int aantal,
        CancellationToken cancellationToken)
    {
        var (begin, einde) = (periode.Begin, periode.Einde);
        var query = db.AuditRegels.AsNoTracking().Where(a => a.Op >= begin && a.Op < einde);
        if (filter.ObjectSoort is { } soort)
        {
            query = query.Where(a => a.ObjectSoort == soort);
        }
        if (filter.ObjectId is { } objectId)
        {
            query = query.Where(a => a.ObjectId == objectId);
        }
        if (filter.MedewerkerId is { } medewerkerId)
        {
            query = query.Where(a => a.MedewerkerId == medewerkerId || a.NamensMedewerkerId == medewerkerId);
        }
        if (filter.Actie is { } actie)
        {
            query = query.Where(a => a.Actie == actie);
        }
        if (filter.Resultaat is { } resultaat)
        {
            query = query.Where(a => a.Resultaat == resultaat);
        }
        if (na is { } cursor)
        {
            var (op, id) = (cursor.Op, cursor.Id);
            query = query.Where(a => a.Op < op || (a.Op == op && a.Id < id));
        }
        var regels = await query.OrderByDescending(a => a.Op).ThenByDescending(a => a.Id).Take(aantal).ToListAsync(cancellationToken);

        // The names for this page only, in two small queries (the log keeps ids; names are read as they are now).
        var medewerkerIds = regels.SelectMany(r => new[] { r.MedewerkerId, r.NamensMedewerkerId }).OfType<int>().Distinct().ToList();
        var organisatieIds = regels.Select(r => r.OrganisatieId).OfType<int>().Distinct().ToList();
        var namen = await db.Medewerkers.AsNoTracking().Where(m => medewerkerIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Naam, cancellationToken);
        var organisaties = await db.Organisaties.AsNoTracking().Where(o => organisatieIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Naam, cancellationToken);
        return regels.Select(r => new AuditRij(
                r.Id, r.Op, r.MedewerkerId, Naam(namen, r.MedewerkerId), r.OrganisatieId, Naam(organisaties, r.OrganisatieId), r.Rollen,
                r.Actie, r.Resultaat, r.ObjectSoort, r.ObjectId, r.IpAdres, r.Client, r.SessieId,
                r.NamensMedewerkerId, Naam(namen, r.NamensMedewerkerId), r.Taak, r.Toelichting))
            .ToList();
    }

    private static string? Naam(Dictionary<int, string> namen, int? id) => id is { } i && namen.TryGetValue(i, out var naam) ? naam : null;

    private async IAsyncEnumerable<IReadOnlyList<object?>> ExportRijenAsync(AuditFilter filter, DashboardPeriode periode,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        AuditCursor? na = null;
        var geschreven = 0;
        while (true)
        {
            // One more than may be written, so the last block shows whether the export was capped.
            var vraag = Math.Min(ExportBlok, MaxExport + 1 - geschreven);
            List<AuditRij> blok;
            // A context per block: a long export holds no context (or transaction) open between blocks.
            await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
            {
                blok = await PaginaAsync(db, filter, periode, na, vraag, cancellationToken);
            }
            foreach (var r in blok)
            {
                if (geschreven == MaxExport)
                {
                    yield return [AfgekaptMelding];
                    yield break;
                }
                geschreven++;
                yield return
                [
                    TimeZoneInfo.ConvertTime(r.Op, WerkdagKalender.Tijdzone).ToString("dd-MM-yyyy HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
                    Veilig(r.Medewerker), r.MedewerkerId, Veilig(r.Organisatie), Veilig(r.Rollen), Weergave(r.Actie), Weergave(r.Resultaat),
                    SoortWeergave(r.ObjectSoort), r.ObjectId, Veilig(r.NamensMedewerker), Veilig(r.Taak), Veilig(r.IpAdres), Veilig(r.Client),
                    Veilig(r.SessieId), Veilig(r.Toelichting),
                ];
            }
            if (blok.Count < vraag)
            {
                yield break;
            }
            na = new AuditCursor(blok[^1].Op, blok[^1].Id);
        }
    }

    /// <summary>
    /// Text from outside (a client's user agent, a name) that Excel would run as a formula gets a leading apostrophe:
    /// a crafted user agent on a failed sign-in must not become a formula on the Beheerder's machine.
    /// </summary>
    public static string? Veilig(string? waarde) =>
        waarde is { Length: > 0 } && waarde[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + waarde : waarde;

    /// <summary>The filters as the log line's toelichting: ids, dates, enum values and fixed codes only.</summary>
    private static FormattableString Toelichting(AuditFilter filter, DashboardPeriode periode, (string Woord, string Code)? extra)
    {
        var delen = new List<string>();
        var waarden = new List<object?>();
        void Voeg(string tekst, object? waarde, string formaat = "")
        {
            delen.Add($"{tekst} {{{waarden.Count}{formaat}}}");
            waarden.Add(waarde);
        }
        if (extra is { } e)
        {
            Voeg(e.Woord, AuditLog.Code(e.Code));
        }
        Voeg("van", periode.Van, ":yyyy-MM-dd");
        Voeg("t/m", periode.Tot, ":yyyy-MM-dd");
        if (filter.ObjectSoort is { } soort)
        {
            Voeg("object", AuditLog.Code(soort.ToLowerInvariant()));
        }
        if (filter.ObjectId is { } id)
        {
            Voeg("id", id);
        }
        if (filter.MedewerkerId is { } medewerker)
        {
            Voeg("medewerker", medewerker);
        }
        if (filter.Actie is { } actie)
        {
            Voeg("actie", actie);
        }
        if (filter.Resultaat is { } resultaat)
        {
            Voeg("resultaat", resultaat);
        }
        return FormattableStringFactory.Create("Filters: " + string.Join(", ", delen), waarden.ToArray());
    }
}
