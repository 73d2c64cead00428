namespace Dagbesteding.Portal.Realtime;

public enum LiveOnderwerp
{
    Kanaal = 1,
    Adviesvraag = 2,
    Bord = 3,
    Casus = 4,
    Medewerker = 5,
}

/// <summary>
/// What a screen subscribes to: the thing it shows (a channel, a question, a stadsdeel board, a casus, the
/// medewerker's own meldingen). An event visits only the subscriptions on its keys.
/// </summary>
public readonly record struct LiveSleutel(LiveOnderwerp Onderwerp, int Id)
{
    public static LiveSleutel Kanaal(int kanaalId) => new(LiveOnderwerp.Kanaal, kanaalId);

    public static LiveSleutel Adviesvraag(int adviesvraagId) => new(LiveOnderwerp.Adviesvraag, adviesvraagId);

    public static LiveSleutel Bord(int stadsdeelId) => new(LiveOnderwerp.Bord, stadsdeelId);

    public static LiveSleutel Casus(int casusId) => new(LiveOnderwerp.Casus, casusId);

    public static LiveSleutel Medewerker(int medewerkerId) => new(LiveOnderwerp.Medewerker, medewerkerId);
}
