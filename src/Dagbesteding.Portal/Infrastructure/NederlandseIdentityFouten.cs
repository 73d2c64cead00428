using Microsoft.AspNetCore.Identity;

namespace Dagbesteding.Portal.Infrastructure;

/// <summary>Identity's error messages in Dutch: they reach the user on the password and account pages.</summary>
public sealed class NederlandseIdentityFouten : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Fout(nameof(DefaultError), "Er ging iets mis. Probeer het opnieuw.");
    public override IdentityError ConcurrencyFailure() => Fout(nameof(ConcurrencyFailure), "Het account is intussen door iemand anders gewijzigd. Probeer het opnieuw.");
    public override IdentityError PasswordMismatch() => Fout(nameof(PasswordMismatch), "Het huidige wachtwoord klopt niet.");
    public override IdentityError InvalidToken() => Fout(nameof(InvalidToken), "De code is ongeldig of verlopen.");
    public override IdentityError RecoveryCodeRedemptionFailed() => Fout(nameof(RecoveryCodeRedemptionFailed), "Deze herstelcode is ongeldig of al gebruikt.");
    public override IdentityError LoginAlreadyAssociated() => Fout(nameof(LoginAlreadyAssociated), "Dit externe account is al aan een portal-account gekoppeld.");
    public override IdentityError InvalidUserName(string? userName) => Fout(nameof(InvalidUserName), "Deze gebruikersnaam bevat tekens die niet zijn toegestaan.");
    public override IdentityError InvalidEmail(string? email) => Fout(nameof(InvalidEmail), "Dit is geen geldig e-mailadres.");
    public override IdentityError DuplicateUserName(string userName) => Fout(nameof(DuplicateUserName), "Deze gebruikersnaam is al in gebruik.");
    public override IdentityError DuplicateEmail(string email) => Fout(nameof(DuplicateEmail), "Dit e-mailadres is al in gebruik.");
    public override IdentityError InvalidRoleName(string? role) => Fout(nameof(InvalidRoleName), "Deze rolnaam is niet geldig.");
    public override IdentityError DuplicateRoleName(string role) => Fout(nameof(DuplicateRoleName), "Deze rol bestaat al.");
    public override IdentityError UserAlreadyHasPassword() => Fout(nameof(UserAlreadyHasPassword), "Dit account heeft al een wachtwoord.");
    public override IdentityError UserLockoutNotEnabled() => Fout(nameof(UserLockoutNotEnabled), "Blokkeren is voor dit account niet ingeschakeld.");
    public override IdentityError UserAlreadyInRole(string role) => Fout(nameof(UserAlreadyInRole), $"Dit account heeft de rol {role} al.");
    public override IdentityError UserNotInRole(string role) => Fout(nameof(UserNotInRole), $"Dit account heeft de rol {role} niet.");
    public override IdentityError PasswordTooShort(int length) => Fout(nameof(PasswordTooShort), $"Het wachtwoord moet minstens {length} tekens lang zijn. Een zin van een paar woorden is makkelijk te onthouden.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Fout(nameof(PasswordRequiresUniqueChars), $"Het wachtwoord moet minstens {uniqueChars} verschillende tekens bevatten.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => Fout(nameof(PasswordRequiresNonAlphanumeric), "Het wachtwoord moet een leesteken of symbool bevatten.");
    public override IdentityError PasswordRequiresDigit() => Fout(nameof(PasswordRequiresDigit), "Het wachtwoord moet een cijfer bevatten.");
    public override IdentityError PasswordRequiresLower() => Fout(nameof(PasswordRequiresLower), "Het wachtwoord moet een kleine letter bevatten.");
    public override IdentityError PasswordRequiresUpper() => Fout(nameof(PasswordRequiresUpper), "Het wachtwoord moet een hoofdletter bevatten.");

    private static IdentityError Fout(string code, string beschrijving) => new() { Code = code, Description = beschrijving };
}
