using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Features.Beheer.Medewerkers;

/// <summary>
/// <c>dotnet run --project src/Dagbesteding.Portal -- beheerder-aanmaken --email … --naam … [--organisatie "Gemeente Amsterdam"] [--forceer]</c>:
/// the first Beheerder of an installation without demo data. Runs after the migrations (Program.cs), makes the
/// organisation (type Gemeente) when it does not exist, the medewerker and an account with role Beheerder, prints
/// the one-time link and exits. Bad input, or a Beheerder that already exists (without --forceer), is one Dutch
/// line on stderr and exit code 1; nothing is saved then.
/// </summary>
public static class BeheerderCommando
{
    public const string Naam = "beheerder-aanmaken";
    public const string StandaardOrganisatie = "Gemeente Amsterdam";
    /// <summary>The audit log's name for this command (no person acts: the operator at the console).</summary>
    public const string Taak = "beheerder-aanmaken";

    public static bool IsCommando(string[] args) => args.Length > 0 && args[0] == Naam;

    public static async Task<int> UitvoerenAsync(IServiceProvider services, string[] args, TextWriter uit, TextWriter fout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(uit);
        ArgumentNullException.ThrowIfNull(fout);
        if (LeesOpties(args) is not { } opties)
        {
            await fout.WriteLineAsync($"Gebruik: {Naam} --email naam@organisatie.nl --naam \"Voornaam Achternaam\" [--organisatie \"{StandaardOrganisatie}\"] [--forceer]");
            return 1;
        }
        var probleem = new[] { MedewerkerBeheerRegels.ControleerEmail(opties.Email), MedewerkerBeheerRegels.ControleerNaam(opties.Naam), MedewerkerBeheerRegels.ControleerNaam(opties.Organisatie) }
            .FirstOrDefault(b => !b.Toegestaan);
        if (probleem is not null)
        {
            await fout.WriteLineAsync(probleem.Reden);
            return 1;
        }
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalGebruiker>>();
        var uitnodigingen = scope.ServiceProvider.GetRequiredService<Uitnodigingen>();
        var audit = scope.ServiceProvider.GetRequiredService<AuditLog>();
        if (!opties.Forceer && await db.UserRoles.Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).AnyAsync(n => n == Rollen.Beheerder, cancellationToken))
        {
            await fout.WriteLineAsync("Er bestaat al een beheerder. Maak nieuwe medewerkers aan in de portal (Beheer → Medewerkers), of gebruik --forceer.");
            return 1;
        }
        var email = opties.Email.Trim();
        if (await MedewerkerBeheerService.EmailBestaatAsync(db, email, cancellationToken))
        {
            await fout.WriteLineAsync("Er is al een medewerker met dit e-mailadres.");
            return 1;
        }

        await using var transactie = await db.Database.BeginTransactionAsync(cancellationToken);
        var organisatie = await db.Organisaties.FirstOrDefaultAsync(o => o.Naam == opties.Organisatie.Trim(), cancellationToken);
        if (organisatie is null)
        {
            // A production database has no demo data: the municipality itself may not exist yet either.
            var gemeente = await db.Gemeenten.OrderBy(g => g.Id).FirstOrDefaultAsync(cancellationToken) ?? new Gemeente { Naam = "Amsterdam" };
            organisatie = new Organisatie { Gemeente = gemeente, Naam = opties.Organisatie.Trim(), Type = OrganisatieType.Gemeente };
            db.Organisaties.Add(organisatie);
        }
        else if (!organisatie.Actief)
        {
            await fout.WriteLineAsync("Deze organisatie is niet actief; kies een actieve organisatie.");
            return 1;
        }
        var medewerker = new Medewerker { Naam = opties.Naam.Trim(), Email = email, Organisatie = organisatie, Functie = Functie.Functioneelbeheerder };
        db.Medewerkers.Add(medewerker);
        await db.SaveChangesAsync(cancellationToken);
        if (await MedewerkerBeheerService.MaakAccountAsync(users, medewerker, [Rollen.Beheerder], cancellationToken) is { } weigering)
        {
            await transactie.RollbackAsync(cancellationToken);
            await fout.WriteLineAsync(weigering);
            return 1;
        }
        var gebruiker = await users.Users.SingleAsync(u => u.MedewerkerId == medewerker.Id, cancellationToken);
        var link = await uitnodigingen.MaakLinkAsync(users, gebruiker);
        audit.SchrijfTaak(db, Taak, AuditActie.Aangemaakt, AuditLog.Account, medewerker.Id,
            $"Beheerder aangemaakt in organisatie {organisatie.Id}, uitnodiging geldig tot {link.GeldigTot}");
        await db.SaveChangesAsync(cancellationToken);
        await transactie.CommitAsync(cancellationToken);
        await uit.WriteLineAsync($"Beheerder {medewerker.Naam} ({email}) aangemaakt bij {organisatie.Naam}.");
        await uit.WriteLineAsync($"Eenmalige link om het wachtwoord in te stellen (geldig tot {link.GeldigTot:yyyy-MM-dd HH:mm} UTC):");
        await uit.WriteLineAsync(link.Link);
        return 0;
    }

    private sealed record Opties(string Email, string Naam, string Organisatie, bool Forceer);

    private static Opties? LeesOpties(string[] args)
    {
        string? email = null, naam = null, organisatie = StandaardOrganisatie;
        var forceer = false;
        for (var i = 1; i < args.Length; i++)
        {
            var waarde = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--email" when waarde is not null: email = waarde; i++; break;
                case "--naam" when waarde is not null: naam = waarde; i++; break;
                case "--organisatie" when waarde is not null: organisatie = waarde; i++; break;
                case "--forceer": forceer = true; break;
                default: return null;
            }
        }
        return email is null || naam is null ? null : new Opties(email, naam, organisatie, forceer);
    }
}
