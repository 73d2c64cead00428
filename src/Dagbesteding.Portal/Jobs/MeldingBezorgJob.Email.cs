using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Meldingen;
using Dagbesteding.Portal.Features.Meldingen;
using Dagbesteding.Portal.Realtime;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Jobs;

/// <summary>The e-mail half of the delivery job: one e-mail per direct melding, and the morning overview per person.</summary>
public sealed partial class MeldingBezorgJob
{
    private sealed record EmailTaak(long Id, int Pogingen, int MedewerkerId, string Adres, string Samenvatting, string? Link, bool Gelezen);

    private static IQueryable<EmailTaak> AlsEmailTaak(IQueryable<MeldingBezorging> bezorgingen) =>
        bezorgingen.OrderBy(b => b.Id)
            .Select(b => new EmailTaak(b.Id, b.Pogingen, b.MedewerkerId, b.Melding!.Medewerker!.Email, b.Melding.Samenvatting, b.Melding.Link, b.Melding.GelezenOp != null));

    private async Task VerstuurEmailAsync(Teller teller, DateTimeOffset einde, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var taken = await AlsEmailTaak(Te(db, BezorgWeg.Email, time.GetUtcNow()).Take(Batch)).ToListAsync(cancellationToken);
        if (taken.Count == 0)
        {
            return;
        }
        var geweigerd = await GeweigerdeAdressenAsync(db, taken.Select(t => t.MedewerkerId), cancellationToken);
        await using var sessie = email.OpenSessie();
        foreach (var taak in taken)
        {
            if (time.GetUtcNow() >= einde || cancellationToken.IsCancellationRequested)
            {
                break;
            }
            if (await ClaimAsync(db, BezorgWeg.Email, taak.Id, null) is null)
            {
                continue;
            }
            if (taak.Gelezen || geweigerd.Contains(taak.MedewerkerId) || !email.Beschikbaar)
            {
                await MarkeerAsync(db, [taak.Id], BezorgStatus.Overgeslagen,
                    taak.Gelezen ? "Al gelezen in de portal" : !email.Beschikbaar ? "E-mail staat uit" : "Het e-mailadres weigert berichten");
                continue;
            }
            var bericht = new EmailBericht($"melding-{taak.Id}", taak.Adres, taak.Samenvatting, EmailTekst([taak]), time.GetUtcNow());
            var resultaat = await sessie.StuurAsync(bericht, cancellationToken);
            teller.Tel(await AfrondenAsync(db, [taak.Id], taak.Pogingen + 1, resultaat));
            if (resultaat.Afloop == Afloop.Blijvend && await AdresGeweigerdAsync(db, taak.MedewerkerId, resultaat.Fout))
            {
                geweigerd.Add(taak.MedewerkerId);
            }
            if (resultaat.Afloop == Afloop.Tijdelijk)
            {
                // The mail server is down or refuses for now: the others wait for the next run rather than each waiting
                // for a connection timeout in this one.
                break;
            }
        }
    }

    /// <summary>
    /// One e-mail per person with every overview line that is due. The people are chosen first and each person's lines
    /// are claimed in one statement, so a morning never splits one person's lines over two e-mails.
    /// </summary>
    private async Task VerstuurOverzichtenAsync(Teller teller, DateTimeOffset einde, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var mensen = await Te(db, BezorgWeg.Overzicht, time.GetUtcNow()).Select(b => b.MedewerkerId).Distinct().OrderBy(m => m).Take(Batch)
            .ToListAsync(cancellationToken);
        if (mensen.Count == 0)
        {
            return;
        }
        var geweigerd = await GeweigerdeAdressenAsync(db, mensen, cancellationToken);
        await using var sessie = email.OpenSessie();
        foreach (var persoon in mensen)
        {
            if (time.GetUtcNow() >= einde || cancellationToken.IsCancellationRequested)
            {
                break;
            }
            if (await ClaimAsync(db, BezorgWeg.Overzicht, null, persoon) is not { } claim)
            {
                continue;
            }
            var mijn = await AlsEmailTaak(db.MeldingBezorgingen.Where(b => b.MedewerkerId == persoon && b.Claim == claim)).ToListAsync(CancellationToken.None);
            var overslaan = geweigerd.Contains(persoon) || !email.Beschikbaar ? mijn : mijn.Where(t => t.Gelezen).ToList();
            if (overslaan.Count > 0)
            {
                await MarkeerAsync(db, overslaan.Select(t => t.Id).ToList(), BezorgStatus.Overgeslagen, "Niet nodig of e-mail niet mogelijk");
            }
            var regels = mijn.Except(overslaan).ToList();
            if (regels.Count == 0)
            {
                continue;
            }
            var onderwerp = regels.Count == 1 ? $"Overzicht: {regels[0].Samenvatting}" : $"Overzicht van de Dagbesteding Portal: {regels.Count} meldingen";
            // The id names the claim: a later retry, which may carry more lines, is a different message.
            var bericht = new EmailBericht($"overzicht-{persoon}-{claim:N}", regels[0].Adres, onderwerp, EmailTekst(regels), time.GetUtcNow());
            var resultaat = await sessie.StuurAsync(bericht, cancellationToken);
            teller.Tel(await AfrondenAsync(db, regels.Select(r => r.Id).ToList(), regels.Max(r => r.Pogingen), resultaat));
            if (resultaat.Afloop == Afloop.Blijvend)
            {
                await AdresGeweigerdAsync(db, persoon, resultaat.Fout);
            }
            if (resultaat.Afloop == Afloop.Tijdelijk)
            {
                break;
            }
        }
    }

    private static async Task<HashSet<int>> GeweigerdeAdressenAsync(PortalDbContext db, IEnumerable<int> mensen, CancellationToken cancellationToken)
    {
        var ids = mensen.Distinct().ToList();
        return (await db.MeldingInstellingen.Where(i => ids.Contains(i.MedewerkerId) && i.EmailGeweigerdOp != null)
            .Select(i => i.MedewerkerId).ToListAsync(cancellationToken)).ToHashSet();
    }

    /// <summary>
    /// A bounce at submission: e-mail to this person stops until they retry on the settings page, and they are told in
    /// the portal (a melding that stays inside: it is planned already, so it never goes to the address that refused it).
    /// A bounce that comes back later as a message to the sender is not read by the portal.
    /// </summary>
    private async Task<bool> AdresGeweigerdAsync(PortalDbContext db, int medewerkerId, string? fout)
    {
        var nu = time.GetUtcNow();
        var instellingen = await db.MeldingInstellingen.FirstOrDefaultAsync(i => i.MedewerkerId == medewerkerId, CancellationToken.None);
        if (instellingen is null)
        {
            var functie = await db.Medewerkers.Where(m => m.Id == medewerkerId).Select(m => m.Functie).FirstAsync(CancellationToken.None);
            instellingen = StandaardVoorkeuren.Instellingen(medewerkerId, functie);
            db.MeldingInstellingen.Add(instellingen);
        }
        if (instellingen.EmailGeweigerdOp is not null)
        {
            return false;
        }
        instellingen.EmailGeweigerdOp = nu;
        instellingen.EmailFout = fout;
        var melding = new Melding
        {
            MedewerkerId = medewerkerId,
            Soort = MeldingSoort.Casus,
            Op = nu,
            Tekst = "De mailserver weigert berichten aan uw e-mailadres. Kijk bij Instellingen wat er misging.",
            Samenvatting = "E-mail naar u wordt geweigerd",
            Link = "/instellingen",
            VerdeeldOp = nu,
        };
        db.Meldingen.Add(melding);
        await db.SaveChangesAsync(CancellationToken.None);
        db.ChangeTracker.Clear();
        melder.NaCommit([melding]);
        // The server's answer can name the address: the log gets the medewerker's id and the status only.
        logger.LogWarning("E-mail aan medewerker {MedewerkerId} geweigerd: {Fout}", medewerkerId, fout);
        return true;
    }

    /// <summary>Plain text, no personal data: what happened, where to look, and how to change the choice.</summary>
    private string EmailTekst(IReadOnlyList<EmailTaak> regels)
    {
        var basis = options.Value.PortalUrl.TrimEnd('/');
        var tekst = new System.Text.StringBuilder();
        tekst.AppendLine(regels.Count == 1 ? "Er is nieuws in de Dagbesteding Portal:" : "Nieuw in de Dagbesteding Portal sinds het vorige overzicht:");
        tekst.AppendLine();
        foreach (var regel in regels)
        {
            tekst.AppendLine($"- {regel.Samenvatting}");
            tekst.AppendLine($"  {basis}{LokaleLink.Of(regel.Link) ?? "/"}");
        }
        tekst.AppendLine();
        tekst.AppendLine("Dit bericht noemt bewust geen gegevens over personen; die staan alleen in de portal.");
        tekst.AppendLine($"U krijgt dit bericht door uw keuze bij Instellingen. Wijzigen: {basis}/instellingen");
        return tekst.ToString();
    }
}
