using Dagbesteding.Portal.Realtime;

namespace Dagbesteding.Portal.Features.Netwerk;

/// <summary>A closure day changed on another node: this node drops its cached calendar too (see <see cref="WerkdagKalenderProvider"/>).</summary>
public sealed class SluitingsdagenRelayVerwerker(WerkdagKalenderProvider kalenders) : IRelayVerwerker
{
    public void Verwerk(string node, ILiveGebeurtenis gebeurtenis)
    {
        if (gebeurtenis is SluitingsdagenGewijzigd)
        {
            kalenders.Invalideer();
        }
    }
}
