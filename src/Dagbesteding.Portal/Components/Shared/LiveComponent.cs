using Dagbesteding.Portal.Realtime;
using Microsoft.AspNetCore.Components;

namespace Dagbesteding.Portal.Components.Shared;

/// <summary>
/// Base of every component that shows live updates: one way to subscribe (<see cref="Volg{T}"/>, by key), handlers
/// that run on the component's own dispatcher and re-render after, a catch-up after missed events
/// (<see cref="InhalenAsync"/>), and every subscription ended when the component goes away.
/// Nothing is subscribed while prerendering: that render is thrown away.
/// </summary>
public abstract class LiveComponent : ComponentBase, IDisposable
{
    private readonly Dictionary<(LiveSleutel Sleutel, Type Soort), IDisposable> _abonnementen = [];

    [Inject]
    protected LiveVerbinding Live { get; set; } = default!;

    /// <summary>Set first when the component goes away: an await that finishes later must not subscribe again.</summary>
    protected bool IsWeg { get; private set; }

    /// <summary>
    /// Shows events of type <typeparamref name="T"/> on <paramref name="sleutel"/> with <paramref name="opGebeurtenis"/>.
    /// Subscribing twice to the same key and type keeps the first subscription (nothing queued for it is lost).
    /// Subscribe before reading what is shown: a change published during the read then still arrives.
    /// </summary>
    protected void Volg<T>(LiveSleutel sleutel, Func<T, Task> opGebeurtenis) where T : ILiveGebeurtenis
    {
        if (!RendererInfo.IsInteractive || IsWeg || _abonnementen.ContainsKey((sleutel, typeof(T))))
        {
            return;
        }
        _abonnementen.Add((sleutel, typeof(T)), Live.Abonneer<T>(
            sleutel,
            gebeurtenis => InvokeAsync(async () =>
            {
                _nietTekenen = false;
                await opGebeurtenis(gebeurtenis);
                if (!_nietTekenen)
                {
                    StateHasChanged();
                }
            }),
            InhalenNaGemist));
    }

    private bool _nietTekenen;

    /// <summary>In an event handler: nothing on screen changed, so this component need not render (saves every circuit the diff).</summary>
    protected void NietTekenen() => _nietTekenen = true;

    /// <summary>Ends the subscriptions on the keys that match (all when none is given), e.g. after a stadsdeel switch.</summary>
    protected void StopVolgen(Func<LiveSleutel, bool>? welke = null)
    {
        foreach (var (sleutel, abonnement) in _abonnementen.Where(a => welke?.Invoke(a.Key.Sleutel) ?? true).ToList())
        {
            abonnement.Dispose();
            _abonnementen.Remove(sleutel);
        }
    }

    /// <summary>True while <see cref="LeesAsync"/> reads; handlers then call <see cref="TijdensLezen"/> and stop.</summary>
    private bool _leest;
    private int _tijdensLezen;

    /// <summary>How often a read is repeated when events keep arriving during it.</summary>
    private const int MaxLeespogingen = 5;

    /// <summary>
    /// Reads what the component shows (subscribe first). An event that arrives while the read runs may or may not be
    /// in it, so the handler leaves it (<see cref="TijdensLezen"/>) and the read is done again: a read that starts
    /// after an event was published includes that change, which was committed before it was published.
    /// <paramref name="lees"/> gets the attempt number (0 first), e.g. to audit only the first read.
    /// </summary>
    protected async Task LeesAsync(Func<int, Task> lees)
    {
        for (var poging = 0; poging < MaxLeespogingen && !IsWeg; poging++)
        {
            _leest = true;
            _tijdensLezen = 0;
            try
            {
                await lees(poging);
            }
            finally
            {
                _leest = false;
            }
            if (_tijdensLezen == 0)
            {
                return;
            }
        }
    }

    /// <summary>In an event handler: true (and noted) when a read is running, which then reads again instead.</summary>
    protected bool TijdensLezen()
    {
        if (_leest)
        {
            _tijdensLezen++;
        }
        return _leest;
    }

    /// <summary>
    /// Events were missed (the connection was down, or this page could not keep up): read what is shown again
    /// from the database.
    /// </summary>
    protected virtual Task InhalenAsync() => Task.CompletedTask;

    private Task InhalenNaGemist() => InvokeAsync(async () =>
    {
        await InhalenAsync();
        StateHasChanged();
    });

    public virtual void Dispose()
    {
        IsWeg = true;
        StopVolgen();
        GC.SuppressFinalize(this);
    }
}
