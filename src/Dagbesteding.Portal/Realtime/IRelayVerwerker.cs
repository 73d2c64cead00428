namespace Dagbesteding.Portal.Realtime;

/// <summary>
/// What a node does itself with an event that another node relayed, besides handing it to its own circuits: drop a
/// cache, regroup hub connections, take the other node's board viewers. One per concern, registered in DI; the relay
/// calls every one for every valid event from another node (never for its own echo: the sending node did its part
/// when it published), and each picks the events it is about.
/// </summary>
public interface IRelayVerwerker
{
    /// <summary>
    /// Called on the relay's receiving thread, one message after the other: return quickly and hand longer work off,
    /// or the next relayed message waits. An exception is logged by the relay and stops nothing else.
    /// </summary>
    /// <param name="node">The sending node's id (a new one at every start).</param>
    void Verwerk(string node, ILiveGebeurtenis gebeurtenis);
}
