namespace Dagbesteding.Portal.Domain.Audit;

/// <summary>
/// One NEN 7513 log line: who (account, medewerker, organisation, roles at that moment) did what (action, result)
/// to which object, when (UTC), from where (IP, client) in which session, and on whose behalf. Append-only: the
/// portal has no update or delete path, and a database trigger refuses both (only the retention job may delete,
/// see AuditTriggers). Never free text of a casus or adviesvraag: <see cref="Toelichting"/> is built by code from
/// fixed words and ids only.
/// </summary>
public class AuditRegel
{
    public long Id { get; set; }
    /// <summary>UTC.</summary>
    public DateTimeOffset Op { get; set; }
    public string? GebruikerId { get; set; }
    public int? MedewerkerId { get; set; }
    public int? OrganisatieId { get; set; }
    /// <summary>The actor's roles at that moment, comma-separated (roles change; the line keeps what was true then).</summary>
    public string? Rollen { get; set; }
    public AuditActie Actie { get; set; }
    public AuditResultaat Resultaat { get; set; } = AuditResultaat.Gelukt;
    public required string ObjectSoort { get; set; }
    /// <summary>Null when the object has no id (a failed sign-in with an unknown e-mail address, a search).</summary>
    public int? ObjectId { get; set; }
    public string? IpAdres { get; set; }
    /// <summary>The client (user agent), shortened.</summary>
    public string? Client { get; set; }
    /// <summary>The server-side session the action belongs to (claim dagbesteding:sessie).</summary>
    public string? SessieId { get; set; }
    /// <summary>The person on whose behalf the actor acted (a netwerkmanager who signs off a member).</summary>
    public int? NamensMedewerkerId { get; set; }
    /// <summary>The background job that acted for the portal itself (no person: the actor fields are empty).</summary>
    public string? Taak { get; set; }
    public string? Toelichting { get; set; }
}

public enum AuditActie
{
    Bekeken = 1,
    Aangemaakt = 2,
    Gewijzigd = 3,
    Verwijderd = 4,
    // 5 was "Geweigerd" before the result got its own field (migration AuditLogNen7513 converted those lines).
    /// <summary>Data left the portal as a CSV or Excel file.</summary>
    Geexporteerd = 6,
    /// <summary>A sign-in attempt (result: gelukt or mislukt).</summary>
    Inloggen = 7,
    /// <summary>The account was locked after too many failed attempts, or an attempt was made while it was locked.</summary>
    Geblokkeerd = 8,
    Uitgelogd = 9,
    /// <summary>A search in the audit log itself.</summary>
    Gezocht = 10,
}

public enum AuditResultaat
{
    Gelukt = 1,
    /// <summary>Refused: no access (the rights did not allow it).</summary>
    Geweigerd = 2,
    /// <summary>Failed: e.g. a wrong password.</summary>
    Mislukt = 3,
}
