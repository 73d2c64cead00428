namespace Dagbesteding.Portal.Data.Seed;

/// <summary>Settings section "DemoData" (documented in appsettings.template.json).</summary>
public sealed class DemoDataOptions
{
    public const string Section = "DemoData";
    public const string Wachtwoord = "Dagbesteding!2026";

    /// <summary>Seed fake demo data into an empty database. Refused outside Development (see DemoDataToestemming).</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Number of casussen over all stadsdelen. About 4,000 Amsterdammers hold a dagbesteding at any time
    /// (CONTEXT.md); tests use fewer to stay fast.
    /// </summary>
    public int Casussen { get; set; } = StandaardCasussen;

    public const int StandaardCasussen = 4000;

    /// <summary>Fixed seed, so the demo looks the same on every machine.</summary>
    public int Seed { get; set; } = 2026;
}
