namespace Dagbesteding.Portal.Realtime;

/// <summary>
/// A membership changed on another node: this node's hub connections of that medewerker join or leave their channel
/// groups (the SignalR backplane carries group messages, not the groups of another node's connections).
/// </summary>
public sealed class LidmaatschapRelayVerwerker(HubVerbindingen hubVerbindingen, ILogger<LidmaatschapRelayVerwerker> logger) : IRelayVerwerker
{
    public void Verwerk(string node, ILiveGebeurtenis gebeurtenis)
    {
        if (gebeurtenis is LidmaatschapGewijzigd lidmaatschap)
        {
            // Not awaited: the next relayed message must not wait for this node's hub regrouping.
            _ = HergroepeerAsync(lidmaatschap.MedewerkerId);
        }
    }

    private async Task HergroepeerAsync(int medewerkerId)
    {
        try
        {
            await hubVerbindingen.HergroepeerAsync(medewerkerId);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Hubverbindingen van medewerker {MedewerkerId} niet bijgewerkt.", medewerkerId);
        }
    }
}
