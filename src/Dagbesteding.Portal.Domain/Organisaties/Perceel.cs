namespace Dagbesteding.Portal.Domain.Organisaties;

/// <summary>The three procured dagbesteding lots. Inloop needs no aanvraag and is out of scope.</summary>
public enum Perceel
{
    Meedoen = 1,
    Meewerken = 2,
    MeewerkenPlus = 3,
}

/// <summary>The lots a locatie offers.</summary>
[Flags]
public enum Percelen
{
    Geen = 0,
    Meedoen = 1,
    Meewerken = 2,
    MeewerkenPlus = 4,
}

public static class PerceelExtensions
{
    public static string Weergave(this Perceel perceel) => perceel switch
    {
        Perceel.Meedoen => "Meedoen",
        Perceel.Meewerken => "Meewerken",
        Perceel.MeewerkenPlus => "Meewerken-plus",
        _ => perceel.ToString(),
    };
}
