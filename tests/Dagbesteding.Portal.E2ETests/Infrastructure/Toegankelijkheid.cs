using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Dagbesteding.Portal.E2ETests.Infrastructure;

/// <summary>WCAG 2.1 AA is the legal bar for Dutch government services: serious or critical axe findings fail.</summary>
public static class Toegankelijkheid
{
    public static async Task AssertGeenErnstigeProblemenAsync(IPage page)
    {
        var resultaat = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
        {
            RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions
            {
                Type = "tag",
                Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"],
            },
        });
        var ernstig = resultaat.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(" ", n.Target?.ToString() ?? "")))}")
            .ToList();
        Assert.True(ernstig.Count == 0, $"Toegankelijkheid op {page.Url}:\n{string.Join("\n", ernstig)}");
    }
}
