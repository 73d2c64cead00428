using System.Net.Mail;
using Dagbesteding.Portal.Domain.Netwerk;

namespace Dagbesteding.Portal.Domain.Organisaties;

/// <summary>Who manages people: the facts of the actor the rules need (read from the access context).</summary>
public sealed record Beheerder(int MedewerkerId, bool IsBeheerder, bool IsNetwerkmanager, int OrganisatieId);

/// <summary>The person being managed, as the rules need them.</summary>
public sealed record Beheerde(int MedewerkerId, int OrganisatieId, IReadOnlyCollection<string> Rollen, bool Actief);

/// <summary>
/// Who may create, invite, change the roles of and (de)activate whom (issue 11, "People"), without a database so
/// the page and the service read the same answer and the rules are tested on their own. The Beheerder manages
/// everyone; a netwerkmanager only the staff of their own organisation, and never hands out or takes away the
/// roles that manage others (Beheerder, Netwerkmanager).
/// </summary>
public static class MedewerkerBeheerRegels
{
    public const int NaamMaximaal = 200;
    public const int EmailMaximaal = 256;

    /// <summary>The roles only the Beheerder grants or removes.</summary>
    public static readonly IReadOnlyList<string> BeheerRollen = [Rollen.Beheerder, Rollen.Netwerkmanager];

    public static Beslissing MagInzien(Beheerder actor) =>
        actor.IsBeheerder || actor.IsNetwerkmanager
            ? Beslissing.Ja
            : Beslissing.Nee("Alleen de beheerder en de netwerkmanager beheren medewerkers.");

    /// <summary>May the actor manage people of <paramref name="organisatieId"/> at all (add, list)?</summary>
    public static Beslissing MagBeherenIn(Beheerder actor, int organisatieId)
    {
        if (actor.IsBeheerder)
        {
            return Beslissing.Ja;
        }
        if (!actor.IsNetwerkmanager)
        {
            return MagInzien(actor);
        }
        return actor.OrganisatieId == organisatieId
            ? Beslissing.Ja
            : Beslissing.Nee("Een netwerkmanager beheert alleen de medewerkers van de eigen organisatie.");
    }

    /// <summary>May the actor change this person (roles, active)? A netwerkmanager leaves managers to the Beheerder.</summary>
    public static Beslissing MagBeheren(Beheerder actor, Beheerde doel)
    {
        var organisatie = MagBeherenIn(actor, doel.OrganisatieId);
        if (!organisatie.Toegestaan || actor.IsBeheerder)
        {
            return organisatie;
        }
        return doel.Rollen.Any(BeheerRollen.Contains)
            ? Beslissing.Nee("Een netwerkmanager wijzigt geen beheerder of netwerkmanager; dat doet de beheerder.")
            : Beslissing.Ja;
    }

    /// <summary>
    /// May the actor give <paramref name="doel"/> (null: a new person) exactly <paramref name="nieuw"/>? Checks the
    /// roles are known, at least one, allowed for the organisation, and that the last active Beheerder keeps the role.
    /// </summary>
    public static Beslissing MagRollenGeven(Beheerder actor, Beheerde? doel, IReadOnlyCollection<string> nieuw,
        OrganisatieType organisatieType, int actieveBeheerders)
    {
        if (nieuw.Count == 0)
        {
            return Beslissing.Nee("Kies minstens één rol.");
        }
        if (nieuw.FirstOrDefault(r => !Rollen.Alle.Contains(r)) is { } onbekend)
        {
            return Beslissing.Nee($"De rol '{onbekend}' bestaat niet.");
        }
        var oud = doel?.Rollen ?? [];
        var veranderd = nieuw.Except(oud).Concat(oud.Except(nieuw)).ToList();
        if (!actor.IsBeheerder && veranderd.FirstOrDefault(BeheerRollen.Contains) is { } beheerRol)
        {
            return Beslissing.Nee($"Alleen de beheerder kan de rol {beheerRol} geven of afnemen.");
        }
        if (nieuw.Contains(Rollen.Regievoerder) && organisatieType != OrganisatieType.Buurtteamorganisatie)
        {
            return Beslissing.Nee("De regievoerder is altijd een medewerker van een buurtteamorganisatie (werkproces Dagbesteding).");
        }
        if (doel is { Actief: true } && oud.Contains(Rollen.Beheerder) && !nieuw.Contains(Rollen.Beheerder) && actieveBeheerders <= 1)
        {
            return Beslissing.Nee("Dit is de laatste actieve beheerder. Maak eerst iemand anders beheerder.");
        }
        return Beslissing.Ja;
    }

    /// <summary>May the actor deactivate this person? Never oneself, never the last active Beheerder.</summary>
    public static Beslissing MagDeactiveren(Beheerder actor, Beheerde doel, int actieveBeheerders)
    {
        var beheren = MagBeheren(actor, doel);
        if (!beheren.Toegestaan)
        {
            return beheren;
        }
        if (doel.MedewerkerId == actor.MedewerkerId)
        {
            return Beslissing.Nee("U kunt uzelf niet deactiveren. Vraag een andere beheerder.");
        }
        if (!doel.Actief)
        {
            return Beslissing.Nee("Deze medewerker is al gedeactiveerd.");
        }
        if (doel.Rollen.Contains(Rollen.Beheerder) && actieveBeheerders <= 1)
        {
            return Beslissing.Nee("Dit is de laatste actieve beheerder en die kan niet worden gedeactiveerd. Maak eerst iemand anders beheerder.");
        }
        return Beslissing.Ja;
    }

    public static Beslissing MagActiveren(Beheerder actor, Beheerde doel)
    {
        var beheren = MagBeheren(actor, doel);
        if (!beheren.Toegestaan)
        {
            return beheren;
        }
        return doel.Actief ? Beslissing.Nee("Deze medewerker is al actief.") : Beslissing.Ja;
    }

    public static Beslissing ControleerNaam(string? naam)
    {
        var lengte = naam?.Trim().Length ?? 0;
        if (lengte < 2)
        {
            return Beslissing.Nee("Vul de naam in (minstens 2 tekens).");
        }
        return lengte > NaamMaximaal ? Beslissing.Nee($"De naam mag hoogstens {NaamMaximaal} tekens lang zijn.")
            : Invoer.Invoertekst.Fout(naam, "De naam") is { } tekenFout ? Beslissing.Nee(tekenFout)
            : Beslissing.Ja;
    }

    /// <summary>A plain address (name@domain.tld): no display name, no spaces, at most 256 characters.</summary>
    public static Beslissing ControleerEmail(string? email)
    {
        var adres = email?.Trim() ?? "";
        if (adres.Length == 0)
        {
            return Beslissing.Nee("Vul het e-mailadres in.");
        }
        var geldig = adres.Length <= EmailMaximaal
            && !adres.Any(char.IsWhiteSpace)
            && MailAddress.TryCreate(adres, out var gelezen)
            && gelezen.Address == adres
            && gelezen.Host.Contains('.', StringComparison.Ordinal)
            && !gelezen.Host.EndsWith('.');
        return geldig ? Beslissing.Ja : Beslissing.Nee("Dit is geen geldig e-mailadres (bijvoorbeeld naam@organisatie.nl).");
    }
}
