using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Dagbesteding.Portal.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>
/// ASVS 6.2 beyond the length: refuses a password from the bundled list of common passwords
/// (<c>Wachtwoorden/gangbare-wachtwoorden.txt</c>, made by <c>scripts/gangbare-wachtwoorden.py</c>), one that holds
/// the person's e-mail name or own name, and one of only a few different characters. No composition rules.
/// </summary>
public sealed class WachtwoordValidator(IDbContextFactory<PortalDbContext> dbFactory) : IPasswordValidator<PortalGebruiker>
{
    public const int MinimaleLengte = 12;
    private const int MinimaleVerschillendeTekens = 5;
    // Shorter parts of a name ("Jan", "Ali") occur in ordinary words; refusing them would refuse good passphrases.
    private const int MinimaleNaamLengte = 4;

    private static readonly Lazy<FrozenSet<string>> Lijst = new(LeesLijst);

    public static bool IsGangbaar(string wachtwoord) => Lijst.Value.Contains(Normaliseer(wachtwoord));

    public async Task<IdentityResult> ValidateAsync(UserManager<PortalGebruiker> manager, PortalGebruiker user, string? password)
    {
        if (string.IsNullOrEmpty(password))
        {
            return IdentityResult.Success;
        }
        var fouten = new List<IdentityError>();
        if (IsGangbaar(password))
        {
            fouten.Add(new IdentityError
            {
                Code = "WachtwoordGangbaar",
                Description = "Dit wachtwoord komt voor in de lijst van veelgebruikte wachtwoorden en is daardoor makkelijk te raden. Kies een ander, bijvoorbeeld een zin van een paar woorden.",
            });
        }
        if (password.Distinct().Count() < MinimaleVerschillendeTekens)
        {
            fouten.Add(new IdentityError
            {
                Code = "WachtwoordHerhaling",
                Description = $"Het wachtwoord bestaat uit te weinig verschillende tekens; gebruik er minstens {MinimaleVerschillendeTekens}.",
            });
        }
        var genormaliseerd = Normaliseer(password);
        if ((await PersoonlijkeDelenAsync(user)).Any(genormaliseerd.Contains))
        {
            fouten.Add(new IdentityError
            {
                Code = "WachtwoordPersoonlijk",
                Description = "Het wachtwoord bevat uw naam of e-mailadres. Kies een wachtwoord dat niet naar u te herleiden is.",
            });
        }
        return fouten.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. fouten]);
    }

    private async Task<IEnumerable<string>> PersoonlijkeDelenAsync(PortalGebruiker user)
    {
        var bronnen = new List<string?> { user.UserName, user.Email, user.Medewerker?.Naam };
        if (user.Medewerker is null && user.MedewerkerId is { } medewerkerId)
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            bronnen.Add(await db.Medewerkers.Where(m => m.Id == medewerkerId).Select(m => m.Naam).SingleOrDefaultAsync());
        }
        // "naima.netwerk@example.org" and "Naima Netwerk" give "naima" and "netwerk"; the domain is not personal.
        return bronnen
            .Where(b => !string.IsNullOrWhiteSpace(b))
            .SelectMany(b => b!.Split('@')[0].Split([' ', '.', '-', '_', '+'], StringSplitOptions.RemoveEmptyEntries))
            .Select(Normaliseer)
            .Where(deel => deel.Length >= MinimaleNaamLengte)
            .Distinct();
    }

    /// <summary>
    /// Lower case, accents off, and the usual letter swaps undone ("W3lk0m" is "welkom"), so a list entry also covers
    /// the variants people make of it.
    /// </summary>
    public static string Normaliseer(string tekst)
    {
        var zonderAccenten = new StringBuilder(tekst.Length);
        foreach (var teken in tekst.ToLowerInvariant().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(teken) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            zonderAccenten.Append(teken switch
            {
                '@' or '4' => 'a',
                '3' => 'e',
                '1' or '!' or '|' => 'i',
                '0' => 'o',
                '$' or '5' => 's',
                '7' => 't',
                _ => teken,
            });
        }
        return zonderAccenten.ToString();
    }

    private static FrozenSet<string> LeesLijst()
    {
        using var stroom = typeof(WachtwoordValidator).Assembly.GetManifestResourceStream("gangbare-wachtwoorden.txt")
            ?? throw new InvalidOperationException("The embedded list gangbare-wachtwoorden.txt is missing.");
        using var lezer = new StreamReader(stroom, Encoding.UTF8);
        var woorden = new HashSet<string>(StringComparer.Ordinal);
        while (lezer.ReadLine() is { } regel)
        {
            if (regel.Length > 0)
            {
                woorden.Add(Normaliseer(regel));
            }
        }
        return woorden.ToFrozenSet(StringComparer.Ordinal);
    }
}
