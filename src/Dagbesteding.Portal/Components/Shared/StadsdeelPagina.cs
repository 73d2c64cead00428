using Dagbesteding.Portal.Infrastructure;
using Microsoft.AspNetCore.Components;

namespace Dagbesteding.Portal.Components.Shared;

/// <summary>
/// Base of the pages that show one stadsdeel: loads for the chosen stadsdeel and again when the user switches.
/// </summary>
public abstract class StadsdeelPagina : LiveComponent
{
    [Inject]
    protected GebruikerContext Gebruiker { get; set; } = default!;

    protected bool Laden { get; private set; } = true;

    protected abstract Task LaadAsync(StadsdeelKeuze stadsdeel);

    protected override async Task OnInitializedAsync()
    {
        await Gebruiker.LaadAsync();
        if (IsWeg)
        {
            return;
        }
        Gebruiker.StadsdeelGewijzigd += OpStadsdeelGewijzigd;
        await HerlaadAsync();
    }

    private async Task HerlaadAsync()
    {
        Laden = true;
        if (Gebruiker.Stadsdeel is { } stadsdeel)
        {
            await LaadAsync(stadsdeel);
        }
        Laden = false;
    }

    private void OpStadsdeelGewijzigd() => _ = InvokeAsync(async () =>
    {
        await HerlaadAsync();
        StateHasChanged();
    });

    public override void Dispose()
    {
        Gebruiker.StadsdeelGewijzigd -= OpStadsdeelGewijzigd;
        base.Dispose();
    }
}
