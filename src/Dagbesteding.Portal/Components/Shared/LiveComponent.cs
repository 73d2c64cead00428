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
    private readonly List<IDisposable> _abonnementen = [];

    [Inject]
    protected LiveVerbinding Live { get; set; } = default!;

    /// <summary>Shows events of type <typeparamref name="T"/> on <paramref name="sleutel"/> with <paramref name="opGebeurtenis"/>.</summary>
    protected void Volg<T>(LiveSleutel sleutel, Func<T, Task> opGebeurtenis) where T : ILiveGebeurtenis
    {
        if (!RendererInfo.IsInteractive)
        {
            return;
        }
        _abonnementen.Add(Live.Abonneer<T>(
            sleutel,
            gebeurtenis => InvokeAsync(async () =>
            {
                await opGebeurtenis(gebeurtenis);
                StateHasChanged();
            }),
            InhalenNaGemist));
    }

    /// <summary>Ends every subscription (before subscribing to other keys, e.g. after a stadsdeel switch).</summary>
    protected void StopVolgen()
    {
        foreach (var abonnement in _abonnementen)
        {
            abonnement.Dispose();
        }
        _abonnementen.Clear();
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
        StopVolgen();
        GC.SuppressFinalize(this);
    }
}
