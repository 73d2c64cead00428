namespace Dagbesteding.Portal.Realtime;

/// <summary>
/// Links in meldingen are followed by a click, a toast action and a desktop notification: only a path inside the
/// portal passes, so a stored or relayed link can never lead to <c>javascript:</c> or another host.
/// </summary>
public static class LokaleLink
{
    public static string? Of(string? link)
    {
        if (string.IsNullOrEmpty(link) || link.Length > 300 || link[0] != '/')
        {
            return null;
        }
        // "//host" and "/\host" are other hosts to a browser; control characters and spaces hide tricks.
        if (link.Length > 1 && (link[1] == '/' || link[1] == '\\'))
        {
            return null;
        }
        if (link.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || c == '\\'))
        {
            return null;
        }
        return Uri.TryCreate(link, UriKind.Relative, out _) ? link : null;
    }
}
