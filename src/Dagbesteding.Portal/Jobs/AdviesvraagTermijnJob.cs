using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Meldingen;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Meldingen;
using Dagbesteding.Portal.Features.Netwerk.Vragen;
using Dagbesteding.Portal.Realtime;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Jobs;

/// <summary>
/// The reply-timer sweep (every minute). The stored moments on each adviesvraag are the truth; this job only
/// acts on them, and the "sent" fields (EscalatieVerstuurdOp, VerlopenOp) make a second run send nothing twice:
/// <list type="bullet">
/// <item>escalation: still open (no reply) at WaarschuwingOp — one Melding per netwerkmanager of the channel;</item>
/// <item>overdue: still open at the Deadline — the request becomes Verlopen, and the asker and the netwerkmanagers get a
/// Melding (stored in the same transaction as the status change).</item>
/// </list>
/// Each request is claimed with a conditional update inside its own transaction, so two sweeps running at
/// the same time (two nodes, or a slow run overlapping the next) cannot both act on it. Persist first, then push.
/// </summary>
public sealed class AdviesvraagTermijnJob(
    IDbContextFactory<PortalDbContext> dbFactory,
    Melder melder,
    AdviesvraagService vragen,
    TimeProvider timeProvider,
    IOptions<NetwerkOptions> netwerkOptions,
    ILogger<AdviesvraagTermijnJob> logger)
{
    public const string SamenvattingVerlopen = "Adviesvraag verlopen";

    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)] // the next run, a minute later, is the retry
    public async Task UitvoerenAsync(CancellationToken cancellationToken)
    {
        var nu = timeProvider.GetUtcNow();
        var meldingen = await EscaleerAsync(nu, cancellationToken);
        var verlopen = await MarkeerVerlopenAsync(nu, cancellationToken);
        if (meldingen > 0 || verlopen > 0)
        {
            logger.LogInformation("Termijnen adviesvragen: {Meldingen} escalatiemeldingen verstuurd, {Verlopen} adviesvragen verlopen", meldingen, verlopen);
        }
    }

    /// <summary>
    /// The text of the escalation melding for the netwerkmanagers. A spoed question is escalated after
    /// <paramref name="spoedWerkdagen"/> of working time, or at the normal moment (1 working day) if that is sooner.
    /// </summary>
    public static string EscalatieTekst(int adviesvraagId, string kanaalNaam, bool spoed = false, double spoedWerkdagen = 1) =>
        spoed
            ? $"Spoedvraag #{adviesvraagId} in {kanaalNaam} heeft na {WerkdagenTekst(Math.Min(spoedWerkdagen, 1))} nog geen reactie."
            : $"Adviesvraag #{adviesvraagId} in {kanaalNaam} heeft na 1 werkdag nog geen reactie.";

    /// <summary>The text of the melding at expiry, for the asker and the netwerkmanagers.</summary>
    public static string VerlopenTekst(int adviesvraagId, string kanaalNaam) =>
        $"De reactietermijn van 2 werkdagen van adviesvraag #{adviesvraagId} in {kanaalNaam} is verstreken zonder reactie. "
        + "Bespreek de vraag zo nodig in het casuïstiekoverleg.";

    private static string WerkdagenTekst(double werkdagen) => werkdagen switch
    {
        0.5 => "een halve werkdag",
        1 => "1 werkdag",
        _ => $"{werkdagen.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"))} werkdag",
    };

    /// <summary>Where the melding leads: the thread of the adviesvraag.</summary>
    public static string AdviesvraagLink(int adviesvraagId) => MeldingTeksten.AdviesvraagLink(adviesvraagId);

    private async Task<int> EscaleerAsync(DateTimeOffset nu, CancellationToken cancellationToken)
    {
        List<(int Id, int KanaalId, string KanaalNaam)> teEscaleren;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            teEscaleren = (await db.Adviesvragen
                .Where(a => a.Status == AdviesvraagStatus.Open && a.EscalatieVerstuurdOp == null && a.WaarschuwingOp <= nu)
                .OrderBy(a => a.Id)
                .Select(a => new { a.Id, a.KanaalId, KanaalNaam = a.Kanaal!.Naam })
                .ToListAsync(cancellationToken))
                .Select(a => (a.Id, a.KanaalId, a.KanaalNaam))
                .ToList();
        }

        var verstuurd = 0;
        foreach (var (id, kanaalId, kanaalNaam) in teEscaleren)
        {
            var meldingen = await EscaleerEenAsync(id, kanaalId, kanaalNaam, nu, cancellationToken);
            melder.NaCommit(meldingen);
            verstuurd += meldingen.Count;
        }
        return verstuurd;
    }

    /// <summary>Claims one request and stores its meldingen in one transaction; empty when another run was first.</summary>
    private async Task<IReadOnlyList<Melding>> EscaleerEenAsync(int id, int kanaalId, string kanaalNaam, DateTimeOffset nu, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var geclaimd = await db.Adviesvragen
            .Where(a => a.Id == id && a.Status == AdviesvraagStatus.Open && a.EscalatieVerstuurdOp == null)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.EscalatieVerstuurdOp, nu), cancellationToken);
        if (geclaimd == 0)
        {
            return [];
        }

        var netwerkmanagers = await NetwerkmanagersAsync(db, kanaalId, cancellationToken);
        var spoed = await db.Adviesvragen.Where(a => a.Id == id).Select(a => a.Spoed).FirstAsync(cancellationToken);
        var tekst = EscalatieTekst(id, kanaalNaam, spoed, netwerkOptions.Value.SpoedWaarschuwingWerkdagen);
        var meldingen = netwerkmanagers
            .Select(m => new Melding
            {
                MedewerkerId = m,
                Soort = MeldingSoort.Escalatie,
                Op = nu,
                Tekst = tekst,
                Samenvatting = MeldingTeksten.Escalatie(id, kanaalNaam),
                Link = AdviesvraagLink(id),
                KanaalId = kanaalId,
                Spoed = spoed,
            })
            .ToList();
        db.Meldingen.AddRange(meldingen);
        await db.SaveChangesAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        if (meldingen.Count == 0)
        {
            logger.LogWarning("Adviesvraag {AdviesvraagId} moest worden geëscaleerd, maar kanaal {KanaalId} heeft geen netwerkmanager", id, kanaalId);
        }
        return meldingen;
    }

    private async Task<int> MarkeerVerlopenAsync(DateTimeOffset nu, CancellationToken cancellationToken)
    {
        List<int> teLaat;
        await using (var db = await dbFactory.CreateDbContextAsync(cancellationToken))
        {
            teLaat = await db.Adviesvragen
                .Where(a => a.Status == AdviesvraagStatus.Open && a.Deadline <= nu)
                .OrderBy(a => a.Id)
                .Select(a => a.Id)
                .ToListAsync(cancellationToken);
        }

        var verlopen = 0;
        foreach (var id in teLaat)
        {
            if (await MarkeerEenVerlopenAsync(id, nu, cancellationToken) is not { } vraag)
            {
                continue;
            }
            verlopen++;
            melder.NaCommit(vraag.Meldingen);
            await vragen.PubliceerMetKaartAsync(new KanaalGebeurtenis(vraag.KanaalId, id, KanaalGebeurtenisSoort.StatusGewijzigd, SamenvattingVerlopen, nu,
                Gericht: vraag.Gericht));
        }
        return verlopen;
    }

    /// <summary>
    /// Claims one overdue request and stores the meldingen for the asker and the netwerkmanagers in the same transaction;
    /// null when a reply stored meanwhile (status Beantwoord) or another sweep won.
    /// </summary>
    private async Task<(int KanaalId, IReadOnlyList<Melding> Meldingen, Gericht? Gericht)?> MarkeerEenVerlopenAsync(int id, DateTimeOffset nu, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var gewijzigd = await db.Adviesvragen
            .Where(a => a.Id == id && a.Status == AdviesvraagStatus.Open)
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.Status, AdviesvraagStatus.Verlopen)
                .SetProperty(a => a.VerlopenOp, nu), cancellationToken);
        if (gewijzigd == 0)
        {
            return null;
        }

        var vraag = await db.Adviesvragen.Where(a => a.Id == id)
            .Select(a => new { a.KanaalId, KanaalNaam = a.Kanaal!.Naam, a.AuteurId, a.Spoed, AuteurActief = a.Auteur!.Actief, a.GerichtAanOrganisatieId })
            .FirstAsync(cancellationToken);
        var ontvangers = await NetwerkmanagersAsync(db, vraag.KanaalId, cancellationToken);
        if (vraag.AuteurActief && !ontvangers.Contains(vraag.AuteurId))
        {
            ontvangers = [vraag.AuteurId, .. ontvangers];
        }
        var meldingen = ontvangers
            .Select(m => new Melding
            {
                MedewerkerId = m,
                Soort = MeldingSoort.AdviesvraagVerlopen,
                Op = nu,
                Tekst = VerlopenTekst(id, vraag.KanaalNaam),
                Samenvatting = MeldingTeksten.Verlopen(id, vraag.KanaalNaam),
                Link = AdviesvraagLink(id),
                KanaalId = vraag.KanaalId,
                Spoed = vraag.Spoed,
            })
            .ToList();
        db.Meldingen.AddRange(meldingen);
        await db.SaveChangesAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        return (vraag.KanaalId, meldingen, Gericht.Voor(vraag.GerichtAanOrganisatieId, vraag.AuteurId));
    }

    /// <summary>The active netwerkmanagers who are members of the channel, by id.</summary>
    private static async Task<List<int>> NetwerkmanagersAsync(PortalDbContext db, int kanaalId, CancellationToken cancellationToken) =>
        await db.Lidmaatschappen
            .Where(l => l.KanaalId == kanaalId && l.AfgemeldOp == null
                && l.Medewerker!.Functie == Functie.Netwerkmanager && l.Medewerker.Actief)
            .Select(l => l.MedewerkerId)
            .Distinct()
            .OrderBy(m => m)
            .ToListAsync(cancellationToken);
}
