using MudBlazor;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>Colours chosen for WCAG 2.1 AA contrast (Amsterdam red darkened to 6.9:1 on white).</summary>
public static class PortalThema
{
    public static readonly MudTheme Thema = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#b40000",
            Secondary = "#004699",
            AppbarBackground = "#b40000",
            AppbarText = "#ffffff",
            Background = "#f5f5f5",
            Info = "#005a9c",
            Success = "#2e7d32",
            Warning = "#a15c00",
            Error = "#b40000",
            TextSecondary = "rgba(0,0,0,0.70)",
            DrawerText = "rgba(0,0,0,0.87)",
            DrawerIcon = "rgba(0,0,0,0.70)",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#ff8a80",
            Secondary = "#90caf9",
            AppbarBackground = "#2b1010",
            AppbarText = "#ffffff",
            TextSecondary = "rgba(255,255,255,0.78)",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = ["Arial", "Helvetica", "sans-serif"] },
        },
    };
}
