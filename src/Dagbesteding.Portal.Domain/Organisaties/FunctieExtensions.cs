namespace Dagbesteding.Portal.Domain.Organisaties;

public static class FunctieExtensions
{
    public static string Weergave(this Functie functie) => functie switch
    {
        Functie.Buurtteammedewerker => "Buurtteammedewerker",
        Functie.AanbiederContactpersoon => "Contactpersoon aanbieder",
        Functie.Inkomensconsulent => "Inkomensconsulent",
        Functie.Klantbegeleider => "Klantbegeleider",
        Functie.Netwerkmanager => "Netwerkmanager",
        Functie.Functioneelbeheerder => "Functioneel beheerder",
        _ => functie.ToString(),
    };
}
