namespace Dagbesteding.Portal.Realtime;

/// <summary>What the server pushes to SignalR clients: ids and anonymised summaries only.</summary>
public interface INetwerkClient
{
    Task KanaalGewijzigd(KanaalGebeurtenis gebeurtenis);

    Task Melding(PersoonlijkeMelding melding);
}
