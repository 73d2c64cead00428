using System.Threading.Channels;
using Dagbesteding.Portal.Domain.Meldingen;
using Dagbesteding.Portal.Jobs;
using Dagbesteding.Portal.Realtime;
using Hangfire;

namespace Dagbesteding.Portal.Features.Meldingen;

/// <summary>
/// What happens after a commit that stored meldingen, in one place for every feature and job: the bell's meldingen go
/// live to open pages, and the delivery job is woken to send push and e-mail. Both hand over and return; the meldingen
/// are already stored, so a failure here is logged and the job's minutely run picks them up anyway.
/// </summary>
public sealed class Melder(IRealtimePublisher publisher, MeldingWekker wekker)
{
    public void NaCommit(IEnumerable<Melding> meldingen)
    {
        var lijst = meldingen.ToList();
        publisher.Publiceer(lijst.Where(m => m.InBel).Select(PersoonlijkeMelding.Van));
        if (lijst.Count > 0)
        {
            wekker.Wek();
        }
    }
}

/// <summary>
/// Wakes <see cref="MeldingBezorgJob"/> soon after meldingen were stored, without the poster waiting for Hangfire's
/// storage: a signal goes into a one-place channel and a background loop enqueues the job. Signals that arrive while one
/// waits are folded into it — the job sends everything that is due, not one melding.
/// </summary>
public sealed class MeldingWekker : IDisposable
{
    private readonly Channel<bool> _signalen = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly IBackgroundJobClient _jobs;
    private readonly ILogger<MeldingWekker> _logger;

    public MeldingWekker(IBackgroundJobClient jobs, ILogger<MeldingWekker> logger)
    {
        _jobs = jobs;
        _logger = logger;
        _ = Task.Run(LusAsync);
    }

    public void Wek() => _signalen.Writer.TryWrite(true);

    private async Task LusAsync()
    {
        await foreach (var _ in _signalen.Reader.ReadAllAsync())
        {
            try
            {
                _jobs.Enqueue<MeldingBezorgJob>(job => job.UitvoerenAsync(CancellationToken.None));
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "De bezorging van meldingen kon niet worden gestart; de minutelijkse run neemt ze mee.");
            }
        }
    }

    public void Dispose() => _signalen.Writer.TryComplete();
}
