using System.Globalization;
using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Features.Aanbod;

/// <summary>
/// A search of the sociale kaart. It lives in the query string (<see cref="NaarQuery"/>, <see cref="VanQuery"/>), so a
/// link reproduces the search. Stadsdeel and doelgroep are codes, not ids: a link stays readable.
/// </summary>
public sealed record AanbodFilter
{
    public string? Zoek { get; init; }
    public Perceel? Perceel { get; init; }
    public string? Doelgroep { get; init; }
    /// <summary>A stadsdeel code; city-wide locaties match every stadsdeel.</summary>
    public string? Stadsdeel { get; init; }
    public string? Activiteit { get; init; }
    public string? Taal { get; init; }
    /// <summary>At most this waiting time (a locatie without an indication does not match).</summary>
    public Wachttijd? MaxWachttijd { get; init; }
    public int? MaxGroepsgrootte { get; init; }
    public bool Prikkelarm { get; init; }
    public bool Rolstoeltoegankelijk { get; init; }
    public bool Vervoer { get; init; }
    public bool Stadsbreed { get; init; }

    public bool IsLeeg => this == new AanbodFilter();

    /// <summary>The query-string parameters (null removes one), for NavigationManager.GetUriWithQueryParameters.</summary>
    public IReadOnlyDictionary<string, object?> NaarQuery() => new Dictionary<string, object?>
    {
        ["q"] = Leeg(Zoek),
        ["perceel"] = Perceel?.ToString(),
        ["doelgroep"] = Leeg(Doelgroep),
        ["stadsdeel"] = Leeg(Stadsdeel),
        ["activiteit"] = Leeg(Activiteit),
        ["taal"] = Leeg(Taal),
        ["wachttijd"] = MaxWachttijd?.ToString(),
        ["maxgroep"] = MaxGroepsgrootte,
        ["prikkelarm"] = Prikkelarm ? true : null,
        ["rolstoel"] = Rolstoeltoegankelijk ? true : null,
        ["vervoer"] = Vervoer ? true : null,
        ["stadsbreed"] = Stadsbreed ? true : null,
    };

    /// <summary>The filter of a query string; a value that does not parse is ignored (an old or edited link still opens).</summary>
    public static AanbodFilter VanQuery(Func<string, string?> waarde) => new()
    {
        Zoek = Leeg(waarde("q")),
        Perceel = Enum.TryParse<Perceel>(waarde("perceel"), out var p) && Enum.IsDefined(p) ? p : null,
        Doelgroep = Leeg(waarde("doelgroep")),
        Stadsdeel = Leeg(waarde("stadsdeel")),
        Activiteit = Leeg(waarde("activiteit")),
        Taal = Leeg(waarde("taal")),
        MaxWachttijd = Enum.TryParse<Wachttijd>(waarde("wachttijd"), out var w) && Enum.IsDefined(w) ? w : null,
        MaxGroepsgrootte = int.TryParse(waarde("maxgroep"), NumberStyles.None, CultureInfo.InvariantCulture, out var g) && g is > 0 and <= LocatieRegels.MaxGroepsgrootte ? g : null,
        Prikkelarm = Waar(waarde("prikkelarm")),
        Rolstoeltoegankelijk = Waar(waarde("rolstoel")),
        Vervoer = Waar(waarde("vervoer")),
        Stadsbreed = Waar(waarde("stadsbreed")),
    };

    private static string? Leeg(string? tekst) => string.IsNullOrWhiteSpace(tekst) ? null : tekst.Trim();

    private static bool Waar(string? tekst) => string.Equals(tekst, "true", StringComparison.OrdinalIgnoreCase);
}
