namespace Dagbesteding.Portal.Domain;

/// <summary>The four roles of the portal (DESIGN.md §1).</summary>
public static class Rollen
{
    public const string Netwerklid = "Netwerklid";
    public const string Regievoerder = "Regievoerder";
    public const string Netwerkmanager = "Netwerkmanager";
    public const string Beheerder = "Beheerder";

    public static readonly IReadOnlyList<string> Alle = [Netwerklid, Regievoerder, Netwerkmanager, Beheerder];
}
