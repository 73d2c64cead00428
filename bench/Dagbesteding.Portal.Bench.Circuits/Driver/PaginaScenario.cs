using System.Text;
using Dagbesteding.Portal.Bench.Circuits.Server;

namespace Dagbesteding.Portal.Bench.Circuits.Driver;

/// <summary>
/// A portal page with a live update: who looks at it, which bytes say "the data is on screen", and how to make
/// one update happen (the bytes that prove it arrived, and the call that posts it).
/// </summary>
public sealed record PaginaScenario(string Naam, string Pad, string Email, byte[] KlaarMarker, Func<ServerProces, Task<(byte[] Sentinel, Func<Task<Besturing.Antwoord>> Post)>> Bereid)
{
    /// <summary>The netwerk feed of West; the update is a new adviesvraag whose text holds a unique word of letters only
    /// (the anonymity check refuses digits that could be a phone number or a BSN).</summary>
    public static PaginaScenario Netwerk { get; } = new("netwerk", "netwerk", "aanbieder.west@example.org",
        ExacteString("Adviesvragen"), // the feed's aria-label: rendered once the feed has loaded
        server =>
        {
            var sentinel = string.Concat(Enumerable.Range(0, 10).Select(_ => (char)('A' + Random.Shared.Next(26))));
            return Task.FromResult<(byte[], Func<Task<Besturing.Antwoord>>)>(
                (Encoding.UTF8.GetBytes(sentinel), () => server.PostAsync($"plaats?sentinel={sentinel}")));
        });

    /// <summary>The casusbord of West; the update is a card moved to another column, which the board re-creates there,
    /// so its kenmerk is written into that render batch as a string of its own.</summary>
    public static PaginaScenario Casussen { get; } = new("casussen", "casussen", "regievoerder.west@example.org",
        Encoding.UTF8.GetBytes("gap-3 bord"), // the drop container's classes: rendered once the board has loaded
        async server =>
        {
            var kaart = await server.GetAsync<PortalServer.Kandidaat>("kandidaat");
            return (ExacteString(kaart.Kenmerk),
                () => server.PostAsync($"verplaats?casusId={kaart.CasusId}&naar={kaart.Naar}&versie={kaart.Versie}"));
        });

    /// <summary>
    /// A render batch keeps its strings in a table, each written as a 7-bit encoded length and then UTF-8 (as
    /// BinaryWriter.Write(string) does). Searching for length + bytes matches that exact string, not a longer one
    /// that contains it (kenmerk "CAS-12" must not match "CAS-123").
    /// </summary>
    public static byte[] ExacteString(string tekst)
    {
        using var stroom = new MemoryStream();
        using (var writer = new BinaryWriter(stroom, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(tekst);
        }
        return stroom.ToArray();
    }
}
