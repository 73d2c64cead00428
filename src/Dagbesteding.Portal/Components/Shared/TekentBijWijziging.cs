using Microsoft.AspNetCore.Components;

namespace Dagbesteding.Portal.Components.Shared;

/// <summary>
/// Base of the components an open page holds many of (cards, board columns). A live event makes the page draw again;
/// then only those whose shown state changed draw, so hundreds of open pages do not each diff dozens of unchanged
/// cards per event. <see cref="Getoond"/> is what the markup shows; it is compared with what was drawn last.
/// </summary>
public abstract class TekentBijWijziging<T> : ComponentBase
{
    private T? _getekend;
    private bool _heeftGetekend;

    /// <summary>Everything the markup depends on (records compare by value, and first by reference).</summary>
    protected abstract T Getoond();

    protected virtual bool Zelfde(T getekend, T nu) => EqualityComparer<T>.Default.Equals(getekend, nu);

    // The first render always happens (ShouldRender is not asked): remember what it draws.
    protected override void OnInitialized() => Onthoud();

    protected override bool ShouldRender()
    {
        if (_heeftGetekend && Zelfde(_getekend!, Getoond()))
        {
            return false;
        }
        Onthoud();
        return true;
    }

    private void Onthoud()
    {
        _getekend = Getoond();
        _heeftGetekend = true;
    }
}
