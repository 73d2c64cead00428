namespace Dagbesteding.Portal.Infrastructure;

/// <summary>
/// A configuration or environment problem at start-up, with a message meant for the operator. <see cref="IsTijdelijk"/>:
/// an outage that may pass by itself (the database server not reachable yet), which the start waits out
/// (<see cref="DatabaseWachtstand"/>) instead of stopping; every other problem stops the start.
/// </summary>
public sealed class PortalStartupException(string message, Exception? inner = null, bool isTijdelijk = false) : Exception(message, inner)
{
    public bool IsTijdelijk { get; } = isTijdelijk;
}
