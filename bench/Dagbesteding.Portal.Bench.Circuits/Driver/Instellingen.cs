namespace Dagbesteding.Portal.Bench.Circuits.Driver;

/// <summary>The command line of the driver.</summary>
public sealed record Instellingen(
    IReadOnlyList<int> Aantallen, IReadOnlyList<int> AantallenCasussen, int Updates, int Parallel, int Casussen, IReadOnlyList<string> Onderdelen, TimeSpan Wachttijd, TimeSpan OpenBudget, int Leden, TimeSpan Duur, TimeSpan Tussenpoos)
{
    public const string Gebruik =
        "dotnet run -c Release --project bench/Dagbesteding.Portal.Bench.Circuits -- [--aantallen 10,100,500,1000,2000] [--aantallen-casussen 10,100,500] [--updates 5] " +
        "[--parallel 8] [--casussen 400] [--onderdelen netwerk,casussen,sjabloon,hub,belasting] [--wachttijd 30] [--openbudget 180] " +
        "[--leden 200] [--duur 300] [--tussenpoos 10]  (belasting: the load test of issue 15, not in the default run)";

    public static Instellingen Lees(string[] args)
    {
        string? Waarde(string naam) => args.SkipWhile(a => a != naam).Skip(1).FirstOrDefault();
        int Getal(string naam, int standaard) => int.TryParse(Waarde(naam), out var v) ? v : standaard;
        List<int> Lijst(string naam, string standaard) => (Waarde(naam) ?? standaard).Split(',').Select(int.Parse).Order().ToList();
        var aantallen = Lijst("--aantallen", "10,100,500,1000,2000");
        // A casusbord circuit holds megabytes and every new viewer redraws every open board (presence), so opening
        // 2,000 of them takes far longer than the rest of the run: by default the board stops at 500.
        var aantallenCasussen = Lijst("--aantallen-casussen", Waarde("--aantallen") ?? "10,100,500");
        var onderdelen = (Waarde("--onderdelen") ?? "netwerk,casussen,sjabloon,hub").Split(',').ToList();
        return new Instellingen(aantallen, aantallenCasussen, Getal("--updates", 5), Getal("--parallel", 8), Getal("--casussen", 400), onderdelen,
            TimeSpan.FromSeconds(Getal("--wachttijd", 30)), TimeSpan.FromSeconds(Getal("--openbudget", 180)),
            Getal("--leden", 200), TimeSpan.FromSeconds(Getal("--duur", 300)), TimeSpan.FromSeconds(Getal("--tussenpoos", 10)));
    }
}
