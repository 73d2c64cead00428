namespace Dagbesteding.Portal.Infrastructure;

/// <summary>A configuration or environment problem at start-up, with a message meant for the operator.</summary>
public sealed class PortalStartupException(string message, Exception? inner = null) : Exception(message, inner);
