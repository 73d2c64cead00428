namespace Dagbesteding.Portal.Bench.Circuits.Client;

/// <summary>
/// What the bench client answers to a JS interop call, as JSON. Without a DOM, "nothing" (null) is the honest
/// answer for almost every call; a call that asks for a JS object reference gets a fresh id, because the server
/// cannot deserialize null into an <c>IJSObjectReference</c>.
/// </summary>
public static class JsInteropAntwoorden
{
    // JSCallResultType in Microsoft.JSInterop: Default = 0, JSObjectReference = 1, JSStreamReference = 2, JSVoidResult = 3.
    private const int JsObjectReferentie = 1;

    private static long _volgendObject;

    public static string Voor(string identifier, int resultType) => resultType switch
    {
        JsObjectReferentie => $"{{\"__jsObjectId\":{Interlocked.Increment(ref _volgendObject)}}}",
        _ => identifier switch
        {
            // The netwerk page asks whether desktop notifications are allowed; "denied" hides the offer to allow them.
            "portal.meldingStatus" => "\"denied\"",
            _ => "null",
        },
    };
}
