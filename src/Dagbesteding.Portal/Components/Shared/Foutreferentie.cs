using System.Security.Cryptography;

namespace Dagbesteding.Portal.Components.Shared;

/// <summary>
/// A short code for one unexpected error, read aloud over the phone to the functioneel beheerder and searched for in
/// the log: eight characters without the ones that look alike (0/O, 1/I/L), in two groups.
/// </summary>
public static class Foutreferentie
{
    private const string Tekens = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string Nieuw()
    {
        Span<char> code = stackalloc char[8];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = Tekens[RandomNumberGenerator.GetInt32(Tekens.Length)];
        }
        return $"F-{code[..4]}-{code[4..]}";
    }
}
