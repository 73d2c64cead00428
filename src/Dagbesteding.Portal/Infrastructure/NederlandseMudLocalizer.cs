using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>Dutch texts for the MudBlazor strings the portal shows (MudBlazor ships English only).</summary>
public sealed class NederlandseMudLocalizer : MudLocalizer
{
    private static readonly Dictionary<string, string> Teksten = new()
    {
        ["MudDataGrid_Contains"] = "bevat",
        ["MudDataGrid_Equals"] = "is gelijk aan",
        ["MudDataGrid_FilterValue"] = "Filterwaarde",
        ["MudDataGrid_Clear"] = "Wissen",
        ["MudDataGrid_Apply"] = "Toepassen",
        ["MudTablePager_RowsPerPage"] = "Rijen per pagina:",
        ["MudTablePager_InfoFormat"] = "{first_item}-{last_item} van {all_items}",
        ["MudDataGridPager_RowsPerPage"] = "Rijen per pagina:",
        ["MudDataGridPager_InfoFormat"] = "{first_item}-{last_item} van {all_items}",
        ["MudDataGridPager_FirstPage"] = "Eerste pagina",
        ["MudDataGridPager_LastPage"] = "Laatste pagina",
        ["MudDataGridPager_NextPage"] = "Volgende pagina",
        ["MudDataGridPager_PreviousPage"] = "Vorige pagina",
        ["MudTablePager_FirstPage"] = "Eerste pagina",
        ["MudTablePager_LastPage"] = "Laatste pagina",
        ["MudTablePager_NextPage"] = "Volgende pagina",
        ["MudTablePager_PreviousPage"] = "Vorige pagina",
        ["MudSnackbar_Close"] = "Sluiten",
        ["MudDialog_Close"] = "Sluiten",
        ["MudChart_HideSeries"] = "Verberg reeks",
        ["MudChart_ShowSeries"] = "Toon reeks",
    };

    public override LocalizedString this[string key] =>
        Teksten.TryGetValue(key, out var tekst) ? new LocalizedString(key, tekst) : new LocalizedString(key, key, resourceNotFound: true);
}
