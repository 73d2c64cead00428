#!/usr/bin/env python3
"""Makes src/Dagbesteding.Portal/Infrastructure/Wachtwoorden/gangbare-wachtwoorden.txt (ASVS 6.2).

The list is generated, not copied: the words people are known to build passwords from (the top of every
published breach analysis, Dutch words, clubs, places, months, first names, keyboard walks) combined with the
endings they add to reach a length rule (years, 123, !, 01). Only entries of at least 12 characters are kept,
because shorter ones are refused by the length rule already. Run it again after changing the words:

    python3 scripts/gangbare-wachtwoorden.py
"""
from pathlib import Path

WOORDEN = """
password passwort wachtwoord paswoord wachtwoordje welkom welkom01 welcome letmein iloveyou ikhouvanjou
qwerty azerty qwertz admin administrator beheerder gebruiker gebruikersnaam test testtest geheim secret
monkey dragon shadow master superman batman spiderman pokemon starwars sunshine princess prinses football
voetbal baseball soccer hockey tennis liverpool chelsea arsenal barcelona realmadrid manchester juventus
ajax ajaxamsterdam feyenoord psv psveindhoven azalkmaar fcutrecht fctwente vitesse heerenveen sparta
amsterdam mokum rotterdam utrecht denhaag eindhoven groningen haarlem zaandam almere weesp nederland holland
oranje hollandia zomer winter lente herfst vakantie januari februari maart april mei juni juli augustus
september oktober november december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag hallo hoi
doei schat schatje lieverd liefje poesje hondje konijn tijger kanarie bloem tulp roos snoopy kitty hello
hellokitty computer internet laptop samsung iphone apple google facebook instagram microsoft windows
changeme wijzigen veranderen nieuw nieuwwachtwoord startwachtwoord tijdelijk inloggen login portal
gemeente buurtteam zorg wmo werk kantoor personeel medewerker trustno1 whatever freedom qazwsx abc123
asdfgh zxcvbn 1q2w3e4r 1qaz2wsx michael jennifer jordan thomas daniel jessica charlie killer mustang
daan sem lucas levi finn noah milan luuk bram jesse thijs lars ruben tim emma julia sophie tess mila
anna sara zoe eva lisa fleur lotte noor saar jan piet kees henk gerrit johan marco peter maria anouk
mohamed fatima yasmine ayoub sanne linda esther ingrid wendy sandra monique patricia marleen ilse
""".split()

LOOPJES = """
qwertyuiop qwertyuiopasdfghjkl asdfghjkl zxcvbnm qwertyuiop1234 1q2w3e4r5t6y 1q2w3e4r5t6y7u8i 1qaz2wsx3edc
1qaz2wsx3edc4rfv zaq12wsxcde3 123456789012 1234567890123 12345678901234 123456789abc 1234567890ab
0987654321abc 098765432112 111111111111 000000000000 123123123123 121212121212 123412341234 abcdefghijkl
abcdefghijklmnop abcabcabcabc abc123abc123 qweasdzxc123 qwerty123456 azerty123456 aaaaaaaaaaaa
passwordpassword wachtwoordwachtwoord welkomwelkom iloveyouiloveyou ikhouvanjouheel correcthorsebatterystaple
""".split()

EINDES = ["", "1", "01", "12", "123", "1234", "12345", "123456", "!", "!!", "!!!", "1!", "123!", "@123", "#1",
          "?", ".", "_", "01!", "007", "69", "99", "00", "2000"]
EINDES += [str(jaar) for jaar in range(1970, 2027)]
EINDES += [str(jaar) + "!" for jaar in range(2015, 2027)]
# Doubled words and "ik"/"mijn" phrases take only the commonest endings: the list stays a few thousand lines.
KORTE_EINDES = ["", "1", "123", "!"]


def main() -> None:
    kandidaten = set(LOOPJES)
    for woord in WOORDEN:
        for einde in EINDES:
            kandidaten.add(woord + einde)
        for einde in KORTE_EINDES:
            kandidaten.add(woord + woord + einde)
            kandidaten.add("ik" + woord + einde)
            kandidaten.add("mijn" + woord + einde)
    lijst = sorted(k for k in kandidaten if len(k) >= 12)
    doel = Path(__file__).resolve().parent.parent / "src/Dagbesteding.Portal/Infrastructure/Wachtwoorden/gangbare-wachtwoorden.txt"
    doel.write_text("\n".join(lijst) + "\n", encoding="utf-8")
    print(f"{len(lijst)} wachtwoorden naar {doel}")


if __name__ == "__main__":
    main()
