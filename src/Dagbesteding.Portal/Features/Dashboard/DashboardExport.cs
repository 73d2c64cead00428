using System.Globalization;
using System.Text;
using Dagbesteding.Portal.Domain.Casussen;
using Dagbesteding.Portal.Domain.Dashboard;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Domain.Werkdagen;
using Dagbesteding.Portal.Infrastructure;
using MiniExcelLibs;

namespace Dagbesteding.Portal.Features.Dashboard;

/// <summary>A table of the dashboard with Dutch headers; rows come in as they are read.</summary>
public sealed record DashboardTabel(string Naam, IReadOnlyList<string> Kolommen, IAsyncEnumerable<IReadOnlyList<object?>> Rijen);

/// <summary>
/// Every table of the dashboard as CSV (nl-NL: semicolons, decimal commas, Amsterdam dates — what Dutch Excel opens
/// directly) or as a real .xlsx (MiniExcel, written row by row to a temporary file, so a long period never sits in
/// memory). The figures come from <see cref="NetwerkCijfersService"/>, the same path as the page.
/// </summary>
public sealed class DashboardExport(NetwerkCijfersService cijfers)
{
    public static readonly IReadOnlyList<string> Tabellen = ["reactietijden", "organisaties", "weken", "evaluaties", "stroom", "volume", "vragen"];

    private static readonly CultureInfo Nl = CultureInfo.GetCultureInfo("nl-NL");

    /// <summary>The table, or null when it does not exist or the actor may not see this stadsdeel.</summary>
    public async Task<DashboardTabel?> TabelAsync(Actor actor, string tabel, int stadsdeelId, DashboardPeriode periode, CancellationToken cancellationToken)
    {
        if (tabel == "vragen")
        {
            return await cijfers.MagZienAsync(actor, stadsdeelId, cancellationToken)
                ? new DashboardTabel("Adviesvragen", ["Adviesvraag", "Geplaatst", "Deadline", "Status", "Eerste reactie", "Werkuren tot eerste reactie", "Op tijd", "Reacties"],
                    Rijen(cijfers.VragenAsync(actor, stadsdeelId, periode, cancellationToken), v =>
                        [v.Id, v.GeplaatstOp, v.Deadline, v.Status, v.EersteReactieOp, v.Werkuren, JaNee(v.OpTijd), v.Reacties]))
                : null;
        }
        if (!Tabellen.Contains(tabel) || await cijfers.CijfersAsync(actor, stadsdeelId, periode, cancellationToken) is not { } c)
        {
            return null;
        }
        return tabel switch
        {
            "reactietijden" => new DashboardTabel("Reactietijden",
                ["Geplaatst", "Op tijd", "Te laat", "Verlopen zonder reactie", "Nog open", "% op tijd", "Mediaan werkuren", "90e percentiel werkuren", "Reacties per vraag"],
                Een([c.Reacties.Geplaatst, c.Reacties.OpTijd, c.Reacties.TeLaat, c.Reacties.VerlopenZonderReactie, c.Reacties.Open,
                    c.Reacties.PercentageOpTijd, c.Reacties.MediaanUren, c.Reacties.P90Uren, c.Reacties.ReactiesPerVraag])),
            "organisaties" => new DashboardTabel("Organisaties",
                ["Organisatie", "Soort", "Leden", "Vragen beantwoord", "Mediaan werkuren eerste reactie", "Aanbiedingen", "Leden zonder reactie"],
                Alle(c.Organisaties, o => [o.Organisatie, o.Type.Weergave(), o.Leden, o.VragenBeantwoord, o.MediaanUren, o.Aanbiedingen, o.LedenZonderReactie])),
            "weken" => new DashboardTabel("Per week",
                ["Week van", "Geplaatst", "% op tijd", "Mediaan werkuren"],
                Alle(c.Weken, w => [w.Maandag, w.Geplaatst, w.PercentageOpTijd, w.MediaanUren])),
            "stroom" => new DashboardTabel("Stroom",
                ["Maand", "Stap", "In", "Uit"],
                Alle(c.Stroom.Maanden.SelectMany(m => Werkprocesregels.Stappen.Select(s => (m, s))),
                    x => [x.m.Maand.ToString("MMMM yyyy", Nl), x.s.Weergave(), x.m.In[x.s], x.m.Uit[x.s]])),
            "volume" => new DashboardTabel("Volume",
                ["Maand", "Aanmeldingen", "Verlengingen", "Aanvragen", "Prognose gemeente"],
                Alle(c.Stroom.Maanden, m => [m.Maand.ToString("MMMM yyyy", Nl), m.Aanmeldingen, m.Verlengingen, m.Aanvragen, m.Prognose])),
            _ => new DashboardTabel("Evaluaties",
                ["Aanbieder", "Evaluaties", "Tijdig geopend", "% tijdig", "Te laat", "Afsluiten", "Verlengen", "Wijzigen", "Overdragen"],
                Alle(c.Evaluaties, e => [e.Aanbieder, e.Aantal, e.TijdigGeopend, e.PercentageTijdig, e.TeLaat, e.Afsluiten, e.Verlengen, e.Wijzigen, e.Overdragen])),
        };
    }

    public static async Task SchrijfCsvAsync(DashboardTabel tabel, Stream uit, CancellationToken cancellationToken)
    {
        // UTF-8 with BOM: Excel then reads the ë in "beëindigd" correctly.
        await using var schrijver = new StreamWriter(uit, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true) { NewLine = "\r\n" };
        await schrijver.WriteLineAsync(string.Join(';', tabel.Kolommen.Select(Csv)));
        await foreach (var rij in tabel.Rijen.WithCancellation(cancellationToken))
        {
            await schrijver.WriteLineAsync(string.Join(';', rij.Select(w => Csv(Tekst(w)))));
        }
    }

    public static async Task SchrijfXlsxAsync(DashboardTabel tabel, Stream uit, CancellationToken cancellationToken)
    {
        var pad = Path.Combine(Path.GetTempPath(), $"dashboard-{Guid.NewGuid():N}.xlsx");
        try
        {
            await using (var bestand = new FileStream(pad, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                var rijen = tabel.Rijen.ToBlockingEnumerable(cancellationToken).Select(rij =>
                {
                    var regel = new Dictionary<string, object?>();
                    for (var i = 0; i < tabel.Kolommen.Count; i++)
                    {
                        regel[tabel.Kolommen[i]] = Cel(rij[i]);
                    }
                    return regel;
                });
                // MiniExcel writes synchronously; off the request thread, into the temporary file.
                await Task.Run(() => bestand.SaveAs(rijen, sheetName: tabel.Naam, excelType: ExcelType.XLSX), cancellationToken);
            }
            await using var lees = new FileStream(pad, FileMode.Open, FileAccess.Read, FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
            await lees.CopyToAsync(uit, cancellationToken);
        }
        finally
        {
            File.Delete(pad);
        }
    }

    /// <summary>How a value reads in nl-NL: dates in Amsterdam time, decimals with a comma, empty for none.</summary>
    public static string Tekst(object? waarde) => waarde switch
    {
        null => "",
        DateTimeOffset op => TimeZoneInfo.ConvertTime(op, WerkdagKalender.Tijdzone).ToString("dd-MM-yyyy HH:mm", Nl),
        DateOnly dag => dag.ToString("dd-MM-yyyy", Nl),
        double d => d.ToString("0.0##", Nl),
        IFormattable f => f.ToString(null, Nl),
        _ => waarde.ToString() ?? "",
    };

    // Excel gets real numbers and dates (it formats them in the reader's own locale); moments in Amsterdam time.
    private static object? Cel(object? waarde) => waarde switch
    {
        DateTimeOffset op => TimeZoneInfo.ConvertTime(op, WerkdagKalender.Tijdzone).DateTime,
        DateOnly dag => dag.ToDateTime(TimeOnly.MinValue),
        _ => waarde,
    };

    private static string Csv(string waarde) =>
        waarde.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{waarde.Replace("\"", "\"\"")}\"" : waarde;

    private static string? JaNee(bool? waarde) => waarde switch { true => "ja", false => "nee", null => null };

    private static async IAsyncEnumerable<IReadOnlyList<object?>> Rijen<T>(IAsyncEnumerable<T> bron, Func<T, IReadOnlyList<object?>> rij)
    {
        await foreach (var item in bron)
        {
            yield return rij(item);
        }
    }

    private static IAsyncEnumerable<IReadOnlyList<object?>> Alle<T>(IEnumerable<T> bron, Func<T, IReadOnlyList<object?>> rij) =>
        bron.Select(rij).ToAsyncEnumerable();

    private static IAsyncEnumerable<IReadOnlyList<object?>> Een(IReadOnlyList<object?> rij) => new[] { rij }.ToAsyncEnumerable();
}
