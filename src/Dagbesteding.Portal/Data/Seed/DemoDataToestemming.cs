namespace Dagbesteding.Portal.Data.Seed;

/// <summary>
/// Whether this host may load the demo network, its accounts and the shared demo password. Only the Development
/// environment may: an acceptance or staging server reachable from the city's network must never accept a
/// password that is printed in the README. Configuration cannot grant it; a test host or benchmark says so in
/// code (<see cref="DemoDataTesthost.LaadDemoData"/>), because such a host is a process nobody else can reach.
/// </summary>
public sealed record DemoDataToestemming(bool Toegestaan)
{
    public static DemoDataToestemming Testhost { get; } = new(true);
}

public static class DemoDataTesthost
{
    /// <summary>For WebApplicationFactory hosts in tests and benchmarks: load the demo network outside Development.</summary>
    public static IWebHostBuilder LaadDemoData(this IWebHostBuilder builder, int casussen = DemoDataOptions.StandaardCasussen) =>
        builder.UseSetting("DemoData:Enabled", "true")
            .UseSetting("DemoData:Casussen", casussen.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ConfigureServices(services => services.AddSingleton(DemoDataToestemming.Testhost));
}
