using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Features.Evaluaties;
using Hangfire;

namespace Dagbesteding.Portal.Jobs;

/// <summary>
/// Every recurring job of the portal, in one place. Jobs receive no data (ids at most) and derive their work
/// from the database, so re-registering at every start-up — also with in-memory storage — loses nothing.
/// </summary>
public static class JobSchedules
{
    public const string AdviesvraagTermijnen = "adviesvraag-termijnen";
    public const string Bewaartermijn = "adviesvraag-bewaartermijn";
    public const string AuditBewaartermijn = "audit-bewaartermijn";
    public const string SessiesOpruimen = "sessies-opruimen";
    public const string EvaluatiesAfstemmen = "evaluaties-afstemmen";
    public const string MeldingenBezorgen = "meldingen-bezorgen";

    public static void Registreer(IRecurringJobManager jobs, EvaluatiesOptions evaluaties)
    {
        // Cron times are Amsterdam time, like every other moment the users see.
        var amsterdam = new RecurringJobOptions { TimeZone = WerkdagKalender.Tijdzone };

        jobs.AddOrUpdate<AdviesvraagTermijnJob>(AdviesvraagTermijnen, job => job.UitvoerenAsync(CancellationToken.None), Cron.Minutely(), amsterdam);
        jobs.AddOrUpdate<BewaartermijnJob>(Bewaartermijn, job => job.UitvoerenAsync(CancellationToken.None), Cron.Daily(3, 15), amsterdam);
        jobs.AddOrUpdate<AuditBewaartermijnJob>(AuditBewaartermijn, job => job.UitvoerenAsync(CancellationToken.None), Cron.Daily(3, 30), amsterdam);
        jobs.AddOrUpdate<SessieOpruimJob>(SessiesOpruimen, job => job.UitvoerenAsync(CancellationToken.None), Cron.Daily(3, 45), amsterdam);
        jobs.AddOrUpdate<EvaluatieAfstemJob>(EvaluatiesAfstemmen, job => job.UitvoerenAsync(CancellationToken.None),
            $"*/{evaluaties.ReconcileMinuten} * * * *", amsterdam);
        // Besides the wake-up after every commit: retries, what waited for the working morning, and the overviews.
        jobs.AddOrUpdate<MeldingBezorgJob>(MeldingenBezorgen, job => job.UitvoerenAsync(CancellationToken.None), Cron.Minutely(), amsterdam);
    }
}
