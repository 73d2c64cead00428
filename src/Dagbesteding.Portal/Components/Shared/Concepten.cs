using Microsoft.JSInterop;

namespace Dagbesteding.Portal.Components.Shared;

/// <summary>
/// The browser side keeps what someone types in a field marked <c>data-concept="naam"</c> (portal.js, sessionStorage of
/// the tab) so that a dropped connection or a server restart loses no typing. A form puts the drafts back after its
/// first interactive render and forgets them once the post succeeded. Both calls are short and never fail the form: a
/// page whose browser went away has nothing to restore.
/// </summary>
public sealed class Concepten(IJSRuntime js, ILogger<Concepten> logger)
{
    private static readonly TimeSpan Tijdslimiet = TimeSpan.FromSeconds(3);

    public Task HerstelAsync() => RoepAanAsync("portal.concept.herstel", []);

    public Task WisAsync(params string[] velden) => RoepAanAsync("portal.concept.wis", [.. velden]);

    private async Task RoepAanAsync(string functie, object[] argumenten)
    {
        try
        {
            using var tijd = new CancellationTokenSource(Tijdslimiet);
            await js.InvokeVoidAsync(functie, tijd.Token, argumenten);
        }
        catch (Exception ex) when (ex is JSException or JSDisconnectedException or OperationCanceledException or InvalidOperationException)
        {
            logger.LogDebug("Concepten: {Functie} niet uitgevoerd ({Fout}).", functie, ex.GetType().Name);
        }
    }
}
