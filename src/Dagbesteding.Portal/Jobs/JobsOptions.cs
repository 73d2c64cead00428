namespace Dagbesteding.Portal.Jobs;

/// <summary>Where Hangfire keeps its jobs.</summary>
public enum JobOpslag
{
    /// <summary>Embedded default: in the app's memory. Safe because every job is derived from the database.</summary>
    InMemory = 1,
    /// <summary>Production: schema "hangfire" in the portal's PostgreSQL database.</summary>
    PostgreSql = 2,
}

/// <summary>Settings section "Hangfire" (documented in appsettings.template.json).</summary>
public sealed class JobsOptions
{
    public const string Section = "Hangfire";

    /// <summary>Runs the processing server. Tests switch it off and call the jobs directly.</summary>
    public bool Enabled { get; set; } = true;

    public JobOpslag Storage { get; set; } = JobOpslag.InMemory;

    /// <summary>How often the server looks for scheduled jobs that are due (Hangfire's default: 15 seconds).</summary>
    public int SchedulePollingSeconden { get; set; } = 15;
}

/// <summary>Settings section "Netwerk" (documented in appsettings.template.json).</summary>
public sealed class NetwerkOptions
{
    public const string Section = "Netwerk";

    /// <summary>Adviesvragen older than this many months are removed by <see cref="BewaartermijnJob"/>.</summary>
    public int BewaartermijnMaanden { get; set; } = 12;

    /// <summary>
    /// A spoed question without a reply warns the netwerkmanagers after this much working time (in working days), instead
    /// of when one working day is left. More than 0, at most the termijn (2).
    /// </summary>
    public double SpoedWaarschuwingWerkdagen { get; set; } = 0.5;
}
