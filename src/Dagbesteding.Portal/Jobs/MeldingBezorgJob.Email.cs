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

    private async Task<List<EmailTaak>> EmailTakenAsync(PortalDbContext db, BezorgWeg weg, DateTimeOffset nu, CancellationToken cancellationToken) =>
        await Te(db, weg, nu).OrderBy(b => b.Id).Take(Batch)
            .Select(b => new EmailTaak(b.Id, b.Pogingen + 1, b.MedewerkerId, b.Melding!.Medewerker!.Email, b.Melding.Samenvatting, b.Melding.Link, b.Melding.GelezenOp != null))
            .ToListAsync(cancellationToken);

    private async Task VerstuurEmailAsync(Teller teller, CancellationToken cancellationToken)
    {
        var nu = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var taken = await EmailTakenAsync(db, BezorgWeg.Email, nu, cancellationToken);
        if (taken.Count == 0)
        {
            return;
        }
        var geweigerd = await GeweigerdeAdressenAsync(db, taken.Select(t => t.MedewerkerId), cancellationToken);
        await using var sessie = email.OpenSessie();
        foreach (var taak in taken)
        {
            if (!await ClaimAsync(db, taak.Id, nu, cancellationToken))
            {
                continue;
            }
            if (taak.Gelezen || geweigerd.Contains(taak.MedewerkerId) || !email.Beschikbaar)
            {
                await MarkeerAsync(db, [taak.Id], BezorgStatus.Overgeslagen,
                    taak.Gelezen ? "Al gelezen in de portal" : !email.Beschikbaar ? "E-mail staat uit" : "Het e-mailadres weigert berichten", null, nu, cancellationToken);
                continue;
            }
            var bericht = new EmailBericht($"melding-{taak.Id}", taak.Adres, taak.Samenvatting, EmailTekst([taak]), nu);
            var resultaat = await sessie.StuurAsync(bericht, cancellationToken);
            teller.Tel(await AfrondenAsync(db, [taak.Id], taak.Pogingen, resultaat, nu, cancellationToken));
            if (resultaat.Afloop == Afloop.Blijvend && await AdresGeweigerdAsync(db, taak.MedewerkerId, resultaat.Fout, nu, cancellationToken))
            {
                geweigerd.Add(taak.MedewerkerId);
            }
        }
    }

    /// <summary>One e-mail per person with every overview line that is due; the lines are claimed together and marked together.</summary>
    private async Task VerstuurOverzichtenAsync(Teller teller, CancellationToken cancellationToken)
    {
        var nu = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var taken = await EmailTakenAsync(db, BezorgWeg.Overzicht, nu, cancellationToken);
        if (taken.Count == 0)
        {
            return;
        }
        var geweigerd = await GeweigerdeAdressenAsync(db, taken.Select(t => t.MedewerkerId), cancellationToken);
        await using var sessie = email.OpenSessie();
        foreach (var persoon in taken.GroupBy(t => t.MedewerkerId))
        {
            var mijn = new List<EmailTaak>();
            foreach (var taak in persoon)
            {
                if (await ClaimAsync(db, taak.Id, nu, cancellationToken))
                {
                    mijn.Add(taak);
                }
            }
            var overslaan = geweigerd.Contains(persoon.Key) || !email.Beschikbaar ? mijn : mijn.Where(t => t.Gelezen).ToList();
            if (overslaan.Count > 0)
            {
                await MarkeerAsync(db, overslaan.Select(t => t.Id).ToList(), BezorgStatus.Overgeslagen, "Niet nodig of e-mail niet mogelijk", null, nu, cancellationToken);
            }
            var regels = mijn.Except(overslaan).ToList();
            if (regels.Count == 0)
            {
                continue;
            }
            var onderwerp = regels.Count == 1 ? $"Overzicht: {regels[0].Samenvatting}" : $"Overzicht van de Dagbesteding Portal: {regels.Count} meldingen";
            var bericht = new EmailBericht($"overzicht-{persoon.Key}-{regels.Min(r => r.Id)}", regels[0].Adres, onderwerp, EmailTekst(regels), nu);
            var resultaat = await sessie.StuurAsync(bericht, cancellationToken);
            var status = await AfrondenAsync(db, regels.Select(r => r.Id).ToList(), regels.Max(r => r.Pogingen), resultaat, nu, cancellationToken);
            teller.Tel(status);
            if (resultaat.Afloop == Afloop.Blijvend)
            {
                await AdresGeweigerdAsync(db, persoon.Key, resultaat.Fout, nu, cancellationToken);
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
    /// A bounce: e-mail to this person stops until they retry on the settings page, and they are told in the portal (a
    /// melding that stays inside: it is planned already, so it never goes to the address that refused it).
    /// </summary>
    private async Task<bool> AdresGeweigerdAsync(PortalDbContext db, int medewerkerId, string? fout, DateTimeOffset nu, CancellationToken cancellationToken)
    {
        var instellingen = await db.MeldingInstellingen.FirstOrDefaultAsync(i => i.MedewerkerId == medewerkerId, cancellationToken);
        if (instellingen is null)
        {
            var functie = await db.Medewerkers.Where(m => m.Id == medewerkerId).Select(m => m.Functie).FirstAsync(cancellationToken);
            instellingen = StandaardVoorkeuren.Instellingen(medewerkerId, functie);
            db.MeldingInstellingen.Add(instellingen);
        }
        if (instellingen.EmailGeweigerdOp is not null)
        {
            return false;
        }
        instellingen.EmailGeweigerdOp = nu;
        instellingen.EmailFout = fout is { Length: > 500 } ? fout[..500] : fout;
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
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        melder.NaCommit([melding]);
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
