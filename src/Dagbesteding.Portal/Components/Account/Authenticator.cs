using System.Text;
using Microsoft.AspNetCore.Components;
using QRCoder;

namespace Dagbesteding.Portal.Components.Account;

/// <summary>How the shared key of an authenticator app is shown: in groups of four, and as an otpauth:// QR code (inline SVG, no script).</summary>
public static class Authenticator
{
    public const int AantalHerstelcodes = 10;

    public static string InGroepen(string sleutel)
    {
        var groepen = new StringBuilder();
        for (var i = 0; i < sleutel.Length; i += 4)
        {
            groepen.Append(groepen.Length > 0 ? " " : "").Append(sleutel.AsSpan(i, Math.Min(4, sleutel.Length - i)));
        }
        return groepen.ToString().ToLowerInvariant();
    }

    /// <summary>The key-uri format the authenticator apps read (issuer and account label, SHA-1, 6 digits, 30 seconds).</summary>
    public static string OtpauthUri(string uitgever, string account, string sleutel) =>
        $"otpauth://totp/{Uri.EscapeDataString(uitgever)}:{Uri.EscapeDataString(account)}?secret={sleutel}&issuer={Uri.EscapeDataString(uitgever)}&digits=6";

    public static MarkupString QrCodeSvg(string inhoud)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(inhoud, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", true, SvgQRCode.SizingMode.ViewBoxAttribute);
        return new MarkupString(svg);
    }

    /// <summary>A recovery code as Identity stores it (XXXXX-XXXXX, capitals), also when typed without the dash or in lower case.</summary>
    public static string Herstelcode(string schoon) =>
        (schoon.Length == 10 ? $"{schoon[..5]}-{schoon[5..]}" : schoon).ToUpperInvariant();

    /// <summary>What the user typed, without the spaces and dashes an app or a printout shows.</summary>
    public static string Schoon(string? code) => new((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
}
