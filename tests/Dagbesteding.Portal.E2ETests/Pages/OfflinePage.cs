using Microsoft.Playwright;

namespace Dagbesteding.Portal.E2ETests.Pages;

/// <summary>The page the service worker answers when a portal page cannot be loaded (wwwroot-assets/offline.html).</summary>
public sealed class OfflinePage(IPage page)
{
    public ILocator Kop => page.GetByRole(AriaRole.Heading, new() { Level = 1 });
    public ILocator Uitleg => page.Locator("main p");
    public ILocator OpnieuwProberen => page.GetByRole(AriaRole.Link, new() { Name = "Opnieuw proberen", Exact = true });
}
