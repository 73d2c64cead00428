using Dagbesteding.Portal.Realtime;

namespace Dagbesteding.Portal.Features.Casussen;

/// <summary>Another node's viewers of a board: merged into this node's "Ook aan het kijken".</summary>
public sealed class AanwezigheidRelayVerwerker(BordAanwezigheid aanwezigheid) : IRelayVerwerker
{
    public void Verwerk(string node, ILiveGebeurtenis gebeurtenis)
    {
        if (gebeurtenis is BordKijkers kijkers)
        {
            aanwezigheid.Ontvang(node, kijkers);
        }
    }
}
