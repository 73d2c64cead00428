using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Evaluaties;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Infrastructure;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Evaluaties;

/// <summary>The user's active calendar link: when it was made and when a calendar app last fetched it.</summary>
public sealed record AgendaKoppelingStatus(DateTimeOffset AangemaaktOp, DateTimeOffset? LaatstGebruiktOp);

/// <summary>A link just made. <see cref="Sleutel"/> exists only here: the database keeps its hash.</summary>
public sealed record NieuweAgendaKoppeling(string Sleutel, DateTimeOffset AangemaaktOp);

/// <summary>
/// The private iCalendar feed per medewerker: the start and evaluatiedatum of every open evaluation in the user's
/// casussen, as all-day events that carry only ids, dates and a link to the casus page — no kenmerk, no names, no
/// perceel, because a calendar is synced to phones and mail providers outside the portal. The URL is the only
/// credential (calendar apps cannot sign in), so it is 256 random bits, stored as a SHA-256 hash, and revocable.
/// </summary>
public sealed class AgendaService(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time)
{
    public const string AgendaNaam = "Dagbesteding Portal · evaluaties";

    /// <summary>32 random bytes in base64url without padding.</summary>
    public const int SleutelLengte = 43;

    /// <summary>An evaluation stays in the feed this long after its evaluatiedatum while it is not afgerond.</summary>
    public const int DagenTerug = 60;

    public const int JarenVooruit = 2;

    /// <summary>A calendar app polls every few minutes; recording each poll would be a write per poll.</summary>
    public static readonly TimeSpan GebruikVastleggenPer = TimeSpan.FromHours(1);

    public static string FeedPad(string sleutel) => $"/agenda/{sleutel}.ics";

    /// <summary>Shape only (length and base64url alphabet): a malformed secret is refused before the database.</summary>
    public static bool IsGeldigeSleutel(string? sleutel) =>
        sleutel is { Length: SleutelLengte } && sleutel.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>
    /// Makes a new link and returns its secret, once. The user's earlier links stop working in the same transaction,
    /// so "a new link" always means "the old one is dead".
    /// </summary>
    public async Task<Uitkomst<NieuweAgendaKoppeling>> MaakKoppelingAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        var nu = time.GetUtcNow();
        var sleutel = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        // A no-op write on the medewerker row locks it, so two clicks at once cannot each leave an active link
        // (the second waits, then revokes the first); it also checks that the medewerker is still active.
        var actief = await db.Medewerkers.Where(m => m.Id == actor.MedewerkerId && m.Actief && m.Organisatie!.Actief)
            .ExecuteUpdateAsync(m => m.SetProperty(x => x.Actief, true), cancellationToken);
        if (actief == 0)
        {
            return Uitkomst<NieuweAgendaKoppeling>.Geweigerd("Alleen een actieve medewerker kan een agendalink maken.");
        }
        await TrekInIntern(db, actor.MedewerkerId, nu, cancellationToken);
        db.AgendaKoppelingen.Add(new AgendaKoppeling { MedewerkerId = actor.MedewerkerId, SleutelHash = Hash(sleutel), AangemaaktOp = nu });
        await db.SaveChangesAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        return Uitkomst<NieuweAgendaKoppeling>.Klaar(new NieuweAgendaKoppeling(sleutel, nu));
    }

    /// <summary>Revokes the user's active link(s); returns how many there were.</summary>
    public async Task<int> TrekInAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await TrekInIntern(db, actor.MedewerkerId, time.GetUtcNow(), cancellationToken);
    }

    private static Task<int> TrekInIntern(PortalDbContext db, int medewerkerId, DateTimeOffset nu, CancellationToken cancellationToken) =>
        db.AgendaKoppelingen.Where(k => k.MedewerkerId == medewerkerId && k.IngetrokkenOp == null)
            .ExecuteUpdateAsync(k => k.SetProperty(x => x.IngetrokkenOp, nu), cancellationToken);

    /// <summary>The user's active link, or null when there is none.</summary>
    public async Task<AgendaKoppelingStatus?> HeeftKoppelingAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.AgendaKoppelingen
            .Where(k => k.MedewerkerId == actor.MedewerkerId && k.IngetrokkenOp == null)
            .OrderByDescending(k => k.Id)
            .Select(k => new AgendaKoppelingStatus(k.AangemaaktOp, k.LaatstGebruiktOp))
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// The .ics text for a secret, or null when the secret is malformed, unknown or revoked, or its medewerker is no
    /// longer active (the caller answers all of these alike). <paramref name="portaal"/> is the portal's own base
    /// address, for the links to the casus pages.
    /// </summary>
    public async Task<string?> FeedAsync(string sleutel, Uri portaal, CancellationToken cancellationToken = default)
    {
        if (!IsGeldigeSleutel(sleutel))
        {
            return null;
        }
        // Looked up by hash: comparing secrets ourselves could leak, by timing, how much of a guess was right.
        var hash = Hash(sleutel);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var koppeling = await db.AgendaKoppelingen
            .Where(k => k.SleutelHash == hash && k.IngetrokkenOp == null && k.Medewerker!.Actief && k.Medewerker.Organisatie!.Actief)
            .Select(k => new { k.Id, k.MedewerkerId, k.LaatstGebruiktOp, k.Medewerker!.OrganisatieId, k.Medewerker.Functie })
            .SingleOrDefaultAsync(cancellationToken);
        if (koppeling is null)
        {
            return null;
        }

        var nu = time.GetUtcNow();
        var vandaag = WerkdagKalender.DagInAmsterdam(nu);
        var van = vandaag.AddDays(-DagenTerug);
        var tot = vandaag.AddYears(JarenVooruit);
        var alsAanbieder = koppeling.Functie == Functie.AanbiederContactpersoon;
        var evaluaties = await db.Evaluaties
            .Where(e => e.AfgerondOp == null && e.Evaluatiedatum >= van && e.Evaluatiedatum <= tot)
            .Where(e => e.Ondersteuningsplan!.Casus!.RegievoerderId == koppeling.MedewerkerId
                || (alsAanbieder && e.Ondersteuningsplan.Casus.AanbiederId == koppeling.OrganisatieId))
            .OrderBy(e => e.Evaluatiedatum).ThenBy(e => e.Id)
            .Select(e => new FeedEvaluatie(e.Id, e.Ondersteuningsplan!.CasusId, e.StartOp, e.Evaluatiedatum))
            .ToListAsync(cancellationToken);

        var drempel = nu - GebruikVastleggenPer;
        if (koppeling.LaatstGebruiktOp is null || koppeling.LaatstGebruiktOp < drempel)
        {
            // Conditional, so two polls at once still write once.
            await db.AgendaKoppelingen
                .Where(k => k.Id == koppeling.Id && (k.LaatstGebruiktOp == null || k.LaatstGebruiktOp < drempel))
                .ExecuteUpdateAsync(k => k.SetProperty(x => x.LaatstGebruiktOp, nu), cancellationToken);
        }
        return Agenda(evaluaties, portaal, nu);
    }

    private sealed record FeedEvaluatie(int Id, int CasusId, DateOnly StartOp, DateOnly Evaluatiedatum);

    private static string Agenda(IReadOnlyList<FeedEvaluatie> evaluaties, Uri portaal, DateTimeOffset nu)
    {
        var agenda = new Calendar { ProductId = "-//Dagbesteding Portal//Evaluaties//NL" };
        agenda.AddProperty("X-WR-CALNAME", AgendaNaam);
        // A hint for apps that honour it; most poll on their own schedule.
        agenda.AddProperty("X-PUBLISHED-TTL", "PT1H");
        var stempel = new CalDateTime(nu.UtcDateTime);
        foreach (var evaluatie in evaluaties)
        {
            var casus = new Uri(portaal, $"casussen/{evaluatie.CasusId}");
            agenda.Events.Add(Dag($"evaluatie-{evaluatie.Id}-start@dagbesteding-portal", evaluatie.StartOp,
                $"Start evaluatie (casus #{evaluatie.CasusId})",
                $"De evaluatie van het ondersteuningsplan start (evaluatiedatum {evaluatie.Evaluatiedatum:dd-MM-yyyy}). Casus: {casus}",
                casus, stempel));
            agenda.Events.Add(Dag($"evaluatie-{evaluatie.Id}-datum@dagbesteding-portal", evaluatie.Evaluatiedatum,
                $"Evaluatiedatum (casus #{evaluatie.CasusId})",
                $"Evaluatiedatum van het ondersteuningsplan. Casus: {casus}",
                casus, stempel));
        }
        return new CalendarSerializer().SerializeToString(agenda)!;
    }

    private static CalendarEvent Dag(string uid, DateOnly dag, string titel, string omschrijving, Uri casus, CalDateTime stempel) => new()
    {
        Uid = uid,
        DtStamp = stempel,
        DtStart = new CalDateTime(dag),
        // All-day: DTEND is exclusive, the next day.
        DtEnd = new CalDateTime(dag.AddDays(1)),
        Summary = titel,
        Description = omschrijving,
        Url = casus,
        // A reminder, not an appointment: it must not mark the day as busy.
        Transparency = TransparencyType.Transparent,
        // Shared or delegated calendars show only "busy/private", not even the casus number.
        Class = "PRIVATE",
    };

    private static string Hash(string sleutel) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(sleutel)));
}
