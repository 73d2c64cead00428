using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Dagbesteding.Portal.Bench.Circuits.Client;

/// <summary>
/// What blazor.web.js reads from a prerendered page before it starts a circuit: the start markers of the
/// interactive server roots (<c>&lt;!--Blazor:{"type":"server",...}--&gt;</c>) and the persisted component state.
/// </summary>
public sealed partial record PaginaMarkers(IReadOnlyList<JsonObject> Componenten, string Toestand)
{
    public static PaginaMarkers Lees(string html)
    {
        var componenten = new List<JsonObject>();
        foreach (Match match in MarkerPatroon().Matches(html))
        {
            // End markers carry only a prerenderId; only start markers name their type and descriptor.
            if (JsonNode.Parse(match.Groups["json"].Value) is JsonObject marker && marker["type"]?.GetValue<string>() == "server")
            {
                componenten.Add(marker);
            }
        }
        var toestand = ToestandPatroon().Match(html) is { Success: true } t ? t.Groups["state"].Value : "";
        // The browser adds them in the order of their sequence numbers; the server checks that order.
        componenten.Sort((a, b) => a["sequence"]!.GetValue<int>().CompareTo(b["sequence"]!.GetValue<int>()));
        return new PaginaMarkers(componenten, toestand);
    }

    /// <summary>The first UpdateRootComponents batch: one "add" operation per root component.</summary>
    public string AlsOperaties() =>
        new JsonObject
        {
            ["batchId"] = 1,
            ["operations"] = new JsonArray(Componenten.Select((marker, i) => (JsonNode)new JsonObject
            {
                ["type"] = "add",
                ["ssrComponentId"] = i + 1,
                ["marker"] = marker.DeepClone(),
            }).ToArray()),
        }.ToJsonString(new JsonSerializerOptions { WriteIndented = false });

    [GeneratedRegex(@"<!--Blazor:(?<json>\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex MarkerPatroon();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:(?<state>[A-Za-z0-9+/=]+)-->")]
    private static partial Regex ToestandPatroon();
}
