using System.Collections;
using System.Globalization;
using Dagbesteding.Portal.Data;
using Dagbesteding.Portal.Domain.Audit;
using Dagbesteding.Portal.Infrastructure;

namespace Dagbesteding.Portal.Features.Audit;

/// <summary>
/// NEN 7513: every view and change of casus, plan, evaluation, adviesvraag, membership, closure day, user and role,
/// and every sign-in, is logged with who (account, medewerker, organisation, roles), what (action, result, object),
/// when (UTC), from where (IP, client, session) and on whose behalf. The line is added to the same DbContext as the
/// change, so it is saved in the same transaction; a read saves it on its own.
/// <para>
/// No free text of a casus or adviesvraag can reach a line: the explanation is an interpolated string whose fixed
/// words come from the code and whose holes may only hold ids, numbers, dates and enum values (a string hole is
/// refused with an exception, so a test finds the mistake, not a reader of the log).
/// </para>
/// </summary>
public sealed class AuditLog(TimeProvider time)
{
    public const string Adviesvraag = "Adviesvraag";
    public const string Casus = "Casus";
    public const string Kanaal = "Kanaal";
    /// <summary>A casuïstiekoverleg (its agenda names questions and cases).</summary>
    public const string Overleg = "Overleg";
    /// <summary>The casusbord of a stadsdeel (the id): which cards a person was shown when they opened or filtered it.</summary>
    public const string Casusbord = "Casusbord";
    /// <summary>A person's own list of evaluations (the id is the medewerker's): which casussen it showed.</summary>
    public const string Evaluatielijst = "Evaluatielijst";
    /// <summary>A person's own choices for meldingen outside the portal (preferences, devices); the id is the medewerker's.</summary>
    public const string Meldinginstellingen = "Meldinginstellingen";
    /// <summary>Membership of a channel; the id is the channel's, the member is in <see cref="AuditRegel.NamensMedewerkerId"/> or the toelichting.</summary>
    public const string Lidmaatschap = "Lidmaatschap";
    public const string Sluitingsdag = "Sluitingsdag";
    /// <summary>An organisation of the network (added, changed, ended by the Beheerder).</summary>
    public const string Organisatie = "Organisatie";
    /// <summary>A locatie of the sociale kaart; the toelichting names the changed fields by code.</summary>
    public const string Locatie = "Locatie";
    /// <summary>A sign-in account (login, logout, lockout, roles); the id is the medewerker's.</summary>
    public const string Account = "Account";
    /// <summary>The audit log itself (searches and exports by a Beheerder).</summary>
    public const string Auditlog = "Auditlog";

    public const int MaxToelichting = 500;

    public void Schrijf(PortalDbContext db, Actor actor, AuditActie actie, string objectSoort, int? objectId,
        FormattableString? toelichting = null, AuditResultaat resultaat = AuditResultaat.Gelukt, int? namensMedewerkerId = null)
    {
        if (actie == AuditActie.Bekeken && actor.Prerender is { } prerender && !prerender.MoetSchrijven(objectSoort, objectId))
        {
            return;
        }
        db.AuditRegels.Add(new AuditRegel
        {
            Op = time.GetUtcNow(),
            GebruikerId = actor.GebruikerId,
            MedewerkerId = actor.MedewerkerId == 0 ? null : actor.MedewerkerId,
            OrganisatieId = actor.OrganisatieId,
            Rollen = actor.Rollen.Count == 0 ? null : string.Join(",", actor.Rollen.Order(StringComparer.Ordinal)),
            Actie = actie,
            Resultaat = resultaat,
            ObjectSoort = objectSoort,
            ObjectId = objectId,
            IpAdres = actor.Herkomst?.IpAdres,
            Client = actor.Herkomst?.Client,
            SessieId = actor.Herkomst?.SessieId,
            NamensMedewerkerId = namensMedewerkerId,
            Toelichting = toelichting is null ? null : Tekst(toelichting),
        });
    }

    /// <summary>Access was refused (a service answered "geen toegang"): logged with result geweigerd.</summary>
    public void Weiger(PortalDbContext db, Actor actor, AuditActie actie, string objectSoort, int? objectId, FormattableString? toelichting = null) =>
        Schrijf(db, actor, actie, objectSoort, objectId, toelichting, AuditResultaat.Geweigerd);

    /// <summary>A background job acting for the portal itself: no person, the job's name instead.</summary>
    public void SchrijfTaak(PortalDbContext db, string taak, AuditActie actie, string objectSoort, int? objectId, FormattableString? toelichting = null) =>
        db.AuditRegels.Add(Taakregel(time.GetUtcNow(), taak, actie, objectSoort, objectId, toelichting));

    /// <summary>The line of <see cref="SchrijfTaak"/>, for code that runs before the services exist (start-up).</summary>
    public static AuditRegel Taakregel(DateTimeOffset op, string taak, AuditActie actie, string objectSoort, int? objectId, FormattableString? toelichting = null) =>
        new()
        {
            Op = op,
            Taak = taak,
            Actie = actie,
            ObjectSoort = objectSoort,
            ObjectId = objectId,
            Toelichting = toelichting is null ? null : Tekst(toelichting),
        };

    /// <summary>
    /// The explanation as stored: only the code's own words and values that cannot carry a person's text.
    /// </summary>
    /// <exception cref="ArgumentException">A hole holds text (or anything but an id, number, date, enum or list of ids).</exception>
    public static string Tekst(FormattableString toelichting)
    {
        var waarden = toelichting.GetArguments().Select(Waarde).ToArray();
        var tekst = string.Format(CultureInfo.InvariantCulture, toelichting.Format, waarden);
        return tekst.Length <= MaxToelichting ? tekst : tekst[..(MaxToelichting - 3)] + "...";
    }

    /// <summary>
    /// A fixed code of the portal (a table or format name already checked against the known ones) for a hole in a
    /// toelichting: lower-case letters, digits and hyphens, at most 40, so no sentence fits.
    /// </summary>
    public static AuditCode Code(string code) => new(code);

    /// <summary>"Velden adres,wachttijd": a list of field codes as one explanation (each code checked).</summary>
    public static FormattableString Velden(string voorvoegsel, IEnumerable<string> codes)
    {
        var lijst = codes.Select(c => (object)Code(c)).ToArray();
        var gaten = string.Join(",", Enumerable.Range(0, lijst.Length).Select(i => $"{{{i}}}"));
        return System.Runtime.CompilerServices.FormattableStringFactory.Create(voorvoegsel.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal) + " " + gaten, lijst);
    }

    /// <summary>A method name as a code: "BewaarPlanAsync" becomes "bewaar-plan".</summary>
    public static AuditCode Handeling(string methode)
    {
        var naam = methode.EndsWith("Async", StringComparison.Ordinal) ? methode[..^5] : methode;
        var code = new System.Text.StringBuilder();
        foreach (var c in naam)
        {
            if (char.IsUpper(c) && code.Length > 0)
            {
                code.Append('-');
            }
            code.Append(char.ToLowerInvariant(c));
        }
        return Code(code.Length == 0 ? "onbekend" : code.ToString());
    }

    private static object? Waarde(object? waarde) => waarde switch
    {
        null => "",
        AuditCode code => code.Waarde,
        string => throw new ArgumentException(
            "Een audittoelichting mag geen tekst bevatten (alleen ids, getallen, datums en vaste woorden): vrije tekst van een casus of adviesvraag hoort niet in het auditlog.",
            nameof(waarde)),
        Enum or bool or Guid or DateOnly or DateTime or DateTimeOffset or TimeSpan => waarde,
        _ when waarde.GetType().IsPrimitive || waarde is decimal => waarde,
        IEnumerable<int> ids => string.Join(",", ids),
        IEnumerable<long> ids => string.Join(",", ids),
        IEnumerable => throw new ArgumentException("Een audittoelichting mag alleen lijsten van ids bevatten.", nameof(waarde)),
        _ => throw new ArgumentException($"Een audittoelichting mag geen {waarde.GetType().Name} bevatten.", nameof(waarde)),
    };
}

/// <summary>A code (see <see cref="AuditLog.Code"/>), checked when made.</summary>
public readonly record struct AuditCode
{
    public AuditCode(string waarde)
    {
        if (waarde.Length is 0 or > 40 || !waarde.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            throw new ArgumentException("Een auditcode bestaat uit kleine letters, cijfers en streepjes (hoogstens 40).", nameof(waarde));
        }
        Waarde = waarde;
    }

    public string Waarde { get; }
}
