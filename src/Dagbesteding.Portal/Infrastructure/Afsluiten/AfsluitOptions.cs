namespace Dagbesteding.Portal.Infrastructure.Afsluiten;

/// <summary>The "Afsluiten" settings: how a node stops on SIGTERM (a rolling upgrade, a scale-in).</summary>
public sealed class AfsluitOptions
{
    public const string Sectie = "Afsluiten";

    /// <summary>The most an operator can ask for: an orchestrator kills a node that takes much longer anyway.</summary>
    public const int MaximaleWachttijdSeconden = 60;

    /// <summary>
    /// Seconds between SIGTERM and the actual stop, during which /health/ready answers 503 and new pages and
    /// connections are refused, so the load balancer takes the node out before its users are cut off. 0 (the quick
    /// start: Ctrl+C stops at once); a few seconds more than the load balancer's probe interval behind one.
    /// </summary>
    public int WachttijdSeconden { get; set; }
}
