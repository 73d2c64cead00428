using Bogus;
using Dagbesteding.Portal.Domain.Organisaties;

namespace Dagbesteding.Portal.Data.Seed;

/// <summary>
/// The sociale-kaart fields of the demo locaties: invented addresses, group sizes, languages, waiting times and contact
/// persons. Its own random source, so the rest of the demo network stays the same as before these fields existed.
/// </summary>
internal static class DemoLocaties
{
    private static readonly string[] Straten =
        ["Werkplaatsstraat", "Ateliergracht", "Tuinderslaan", "Kringloopkade", "Molenpad", "Pontweg", "Ankerplein", "Lindeplantsoen"];

    private static readonly string[] ExtraTalen = ["engels", "turks", "arabisch", "papiaments", "sranantongo", "pools", "spaans"];

    public static void Vul(IEnumerable<Organisatie> aanbieders, Randomizer random, DateOnly vandaag)
    {
        foreach (var aanbieder in aanbieders)
        {
            var contactpersonen = aanbieder.Medewerkers.Where(m => m.Functie == Functie.AanbiederContactpersoon).ToList();
            foreach (var locatie in aanbieder.Locaties)
            {
                locatie.Adres = $"{random.ArrayElement(Straten)} {random.Int(1, 240)} (demo)";
                locatie.Groepsgrootte = random.Int(4, 16);
                locatie.Rolstoeltoegankelijk = random.Bool(0.6f);
                locatie.Stadsbreed = random.Bool(0.2f);
                locatie.Talen = ["nederlands", .. random.Shuffle(ExtraTalen).Take(random.Int(0, 2))];
                locatie.WachttijdIndicatie = random.Enum<Wachttijd>();
                locatie.WachttijdBijgewerktOp = vandaag.AddDays(-random.Int(0, 120));
                locatie.Contactpersoon = contactpersonen.Count > 0 ? random.ListItem(contactpersonen) : null;
                // A link to the public sociale kaart, not to a real provider page: the demo providers are invented.
                locatie.JekuntmeerUrl = "https://www.jekuntmeer.nl/";
            }
            aanbieder.ActieveStadsdelen = aanbieder.Locaties.Select(l => l.Stadsdeel!).Distinct().ToList();
        }
    }
}
