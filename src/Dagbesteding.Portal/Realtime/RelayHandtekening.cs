using System.Security.Cryptography;
using System.Text;

namespace Dagbesteding.Portal.Realtime;

/// <summary>
/// The MAC in front of every relay message: <c>base64(HMAC-SHA256(secret, json)).json</c>. Redis is shared
/// infrastructure; whoever can publish on it must not be able to put text on the portal's screens.
/// </summary>
public sealed class RelayHandtekening
{
    public const int MinimaleSleutelLengte = 32;
    private readonly byte[] _sleutel;

    public RelayHandtekening(string sleutel)
    {
        if (string.IsNullOrEmpty(sleutel) || sleutel.Length < MinimaleSleutelLengte)
        {
            throw new ArgumentException($"De relaysleutel moet minstens {MinimaleSleutelLengte} tekens hebben.", nameof(sleutel));
        }
        _sleutel = Encoding.UTF8.GetBytes(sleutel);
    }

    public string Onderteken(string json) => Convert.ToBase64String(Mac(json)) + "." + json;

    /// <summary>The json of a message whose MAC is right, or null (missing, malformed or wrong MAC).</summary>
    public string? Controleer(string bericht)
    {
        var punt = bericht.IndexOf('.');
        if (punt <= 0)
        {
            return null;
        }
        Span<byte> gegeven = stackalloc byte[HMACSHA256.HashSizeInBytes];
        if (!Convert.TryFromBase64Chars(bericht.AsSpan(0, punt), gegeven, out var lengte) || lengte != HMACSHA256.HashSizeInBytes)
        {
            return null;
        }
        var json = bericht[(punt + 1)..];
        // Constant time: how many leading bytes of a guess were right must not show in the time to refuse it.
        return CryptographicOperations.FixedTimeEquals(gegeven, Mac(json)) ? json : null;
    }

    private byte[] Mac(string json) => HMACSHA256.HashData(_sleutel, Encoding.UTF8.GetBytes(json));
}
