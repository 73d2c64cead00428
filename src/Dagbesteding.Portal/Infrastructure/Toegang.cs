using Dagbesteding.Portal.Domain;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>
/// Which roles reach which area. The navigation and the pages' [Authorize] use the same constants,
/// so a link is never shown for a page that would refuse the user.
/// </summary>
public static class Toegang
{
    public const string Netwerk = Rollen.Netwerklid + "," + Rollen.Netwerkmanager + "," + Rollen.Beheerder;
    // Netwerklid: buurtteam colleagues see the board; aanbieders only the cases in which they are the aanbieder (CasusService decides).
    public const string Casussen = Rollen.Regievoerder + "," + Rollen.Netwerklid + "," + Rollen.Netwerkmanager + "," + Rollen.Beheerder;
    // Netwerklid: aanbieders see the evaluations for which they owe the overdracht (the page refuses WPI).
    public const string Evaluaties = Rollen.Regievoerder + "," + Rollen.Netwerklid + "," + Rollen.Beheerder;
    public const string Dashboard = Rollen.Netwerkmanager + "," + Rollen.Beheerder;
    public const string Beheer = Rollen.Beheerder;
    // The netwerkmanager manages the staff of their own organisation; MedewerkerBeheerService enforces the scope.
    public const string Medewerkers = Rollen.Netwerkmanager + "," + Rollen.Beheerder;
}
