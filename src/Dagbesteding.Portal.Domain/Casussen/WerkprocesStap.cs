namespace Dagbesteding.Portal.Domain.Casussen;

/// <summary>The werkproces steps, in board order. Numbers follow the werkproces (a and b are the municipal steps).</summary>
public enum WerkprocesStap
{
    Aanmelding = 1,
    Regiecheck = 2,
    BredeVraagverheldering = 3,
    WieDoetWatWanneer = 4,
    Ondersteuningsplan = 5,
    Beschikken = 6,
    LeverenInzet = 7,
    Evalueren = 8,
    Gestopt = 9,
}

public static class WerkprocesStapExtensions
{
    public static string Weergave(this WerkprocesStap stap) => stap switch
    {
        WerkprocesStap.Aanmelding => "Aanmelding",
        WerkprocesStap.Regiecheck => "Regiecheck",
        WerkprocesStap.BredeVraagverheldering => "Brede vraagverheldering",
        WerkprocesStap.WieDoetWatWanneer => "Wie doet wat wanneer",
        WerkprocesStap.Ondersteuningsplan => "Ondersteuningsplan",
        WerkprocesStap.Beschikken => "Beschikken",
        WerkprocesStap.LeverenInzet => "Leveren inzet",
        WerkprocesStap.Evalueren => "Evalueren",
        WerkprocesStap.Gestopt => "Gestopt",
        _ => stap.ToString(),
    };

    /// <summary>The label the werkproces itself uses: 1, a, 3, 4, 5, b, 6, 7.</summary>
    public static string Nummer(this WerkprocesStap stap) => stap switch
    {
        WerkprocesStap.Aanmelding => "1",
        WerkprocesStap.Regiecheck => "a",
        WerkprocesStap.BredeVraagverheldering => "3",
        WerkprocesStap.WieDoetWatWanneer => "4",
        WerkprocesStap.Ondersteuningsplan => "5",
        WerkprocesStap.Beschikken => "b",
        WerkprocesStap.LeverenInzet => "6",
        WerkprocesStap.Evalueren => "7",
        _ => "",
    };
}
