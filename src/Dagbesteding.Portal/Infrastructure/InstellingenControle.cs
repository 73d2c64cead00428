using Dagbesteding.Portal.Features.Evaluaties;
using Dagbesteding.Portal.Features.Meldingen;
using Dagbesteding.Portal.Jobs;
using Microsoft.Extensions.Options;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>
/// Reads the validated settings once before the portal starts, so a wrong value stops the start-up with the Dutch
/// sentence of its rule (caught in Program) instead of a stack trace, or a first request that fails an hour later.
/// </summary>
public static class InstellingenControle
{
    public static void ControleerInstellingen(this WebApplication app)
    {
        try
        {
            _ = app.Services.GetRequiredService<IOptions<EvaluatiesOptions>>().Value;
            _ = app.Services.GetRequiredService<IOptions<MeldingenOptions>>().Value;
            _ = app.Services.GetRequiredService<IOptions<NetwerkOptions>>().Value;
            _ = app.Services.GetRequiredService<VapidSleutels>();
        }
        catch (OptionsValidationException ex)
        {
            throw new PortalStartupException(string.Join(" ", ex.Failures), ex);
        }
        catch (InvalidOperationException ex) when (ex.InnerException is FormatException or InvalidCastException or ArgumentException || ex.Message.Contains("configuration", StringComparison.OrdinalIgnoreCase))
        {
            throw new PortalStartupException($"Een instelling heeft een waarde die de portal niet kan lezen: {ex.Message.Trim()}", ex);
        }
    }
}
