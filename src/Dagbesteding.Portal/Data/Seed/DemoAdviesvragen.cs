using Bogus;
using Dagbesteding.Portal.Domain.Netwerk;
using Dagbesteding.Portal.Domain.Organisaties;
using Dagbesteding.Portal.Domain.Werkdagen;

namespace Dagbesteding.Portal.Data.Seed;

/// <summary>
/// Generated advice requests for the demo channels: open ones with a running timer, answered, verlopen and
/// besloten ones for the archive. The texts are invented and pass the anonymity check (a test proves it).
/// </summary>
internal static class DemoAdviesvragen
{
    public static readonly string[] Vragen =
    [
        "Wie heeft plek voor een man van 52 met NAH die graag met hout werkt? Vervoer is nodig, eigen netwerk kan niet rijden.",
        "Jonge vrouw van 23, komt net uit de jeugdzorg, zoekt iets met structuur en collega's van haar leeftijd. Liefst richting horeca.",
        "Meneer van 70 met beginnende dementie, woont alleen, zoekt een plek met ontmoeting en een warme maaltijd. Drie dagdelen.",
        "Wie kent een prikkelarme plek voor een man van 35 met autisme? Hij werkt graag zelfstandig, bijvoorbeeld in een drukkerij of met fietsen.",
        "Vrouw van 48, psychosociale problematiek, wil iets creatiefs doen. Atelier of textiel. Liefst dichtbij, ze reist niet graag.",
        "Man van 60 met een verslavingsachtergrond, stabiel nu, zoekt zinvolle dagbesteding buiten, groen of tuin. Wie heeft ruimte?",
        "Zoeken een plek met culturele aansluiting voor een vrouw van 55 die weinig Nederlands spreekt. Koken of handwerken zou mooi zijn.",
        "Jongeman van 19 met een licht verstandelijke beperking, wil leren werken. Meewerken-plus, richting logistiek of magazijn.",
        "Wie heeft een groep waar iemand uit de LHBTIQ+-gemeenschap zich veilig voelt? Het gaat om iemand van 30, Meedoen.",
        "Man van 44 met een lichamelijke beperking (rolstoel), zoekt een toegankelijke locatie met computerwerk of administratie.",
        "Vrouw van 66 met psychiatrische achtergrond, wil na een opname weer ritme. Twee ochtenden per week, rustige groep.",
        "Wie heeft op korte termijn plek? Spoed: man van 40, dakloos geweest, nu in begeleid wonen, moet overdag iets omhanden hebben.",
        "Zoeken werkgerichte dagbesteding voor een vrouw van 28 met autisme, sterk in precisiewerk. Meewerken, liefst in de buurt.",
        "Man van 57 met NAH na een ongeval, snel moe. Zoekt kleinschalige plek, halve dagen, met vervoer geregeld.",
        "Iemand van 35 met een verstandelijke beperking wil graag met dieren werken. Kent iemand een zorgboerderij met vervoer vanuit de stad?",
        "Vrouw van 50 met psychosociale klachten, wil iets terugdoen voor de buurt. Ontmoetingscentrum of buurtkamer?",
    ];

    /// <summary>The wish of the Amsterdammer behind each question of <see cref="Vragen"/>, in the same order.</summary>
    public static readonly string[] Wensen =
    [
        "Wil graag iets met zijn handen maken, het liefst met hout.",
        "Wil ergens horen bij een groep van haar eigen leeftijd.",
        "Wil niet meer de hele dag alleen thuis zitten en samen eten.",
        "Wil rustig en op zichzelf kunnen werken, zonder drukte.",
        "Wil iets creatiefs doen, dicht bij huis.",
        "Wil buiten bezig zijn, in het groen.",
        "Wil koken of handwerken met mensen die haar taal spreken.",
        "Wil leren werken en later misschien een baan.",
        "Wil zich veilig voelen en zichzelf kunnen zijn in de groep.",
        "Wil achter een computer werken op een plek die goed bereikbaar is.",
        "Wil weer een vast ritme, in een rustige groep.",
        "Wil overdag iets te doen hebben, zo snel mogelijk.",
        "Wil precies werk doen waar ze goed in is, in de buurt.",
        "Wil korte dagen in een kleine groep, zonder te hoeven reizen.",
        "Wil met dieren werken.",
        "Wil iets terugdoen voor de buurt.",
    ];

    private static readonly string[] Reacties =
    [
        "Bij ons kan dat, we hebben een kleine groep en vaste begeleiders. Bel gerust voor een kennismaking.",
        "Wij hebben nu helaas een wachtlijst, maar probeer het eens bij een zorgboerderij in de regio.",
        "Dit past goed bij onze werkplaats. We kunnen vervoer regelen vanaf het stadsdeel.",
        "Goede ervaringen met een vergelijkbare vraag: kijk ook op jekuntmeer.nl bij de activiteiten in de buurt.",
        "We hebben plek op dinsdag en donderdag. Een proefdag is mogelijk.",
        "Let op: Meewerken-plus vraagt een indicatie; stem dat eerst af met het buurtteam.",
    ];

    private static readonly string[] Besluiten =
    [
        "Na een proefdag gekozen voor deze plek; de Amsterdammer voelde zich er thuis.",
        "Gekozen voor dichtbij, vervoer is zo niet nodig.",
        "Geen van de aanbiedingen paste; in overleg eerst een vrijwilligersplek geprobeerd.",
    ];

    public static List<Adviesvraag> Bouw(IReadOnlyList<Kanaal> kanalen, IReadOnlyList<Doelgroep> doelgroepen, Randomizer random, DateTimeOffset nu)
    {
        var kalender = new WerkdagKalender();
        var vragen = new List<Adviesvraag>();
        foreach (var kanaal in kanalen)
        {
            var leden = kanaal.Lidmaatschappen.Where(l => l.AfgemeldOp is null).Select(l => l.Medewerker!).ToList();
            var vragers = leden.Where(m => m.Functie == Functie.Buurtteammedewerker).ToList();
            var aanbieders = leden.Where(m => m.Functie == Functie.AanbiederContactpersoon).ToList();
            var aantal = random.Int(6, 10);
            for (var i = 0; i < aantal; i++)
            {
                // The first two of every channel are fresh, so the demo shows running timers.
                var geplaatst = i < 2 ? nu.AddHours(-random.Int(1, 20)) : nu.AddHours(-random.Int(30, 24 * 90));
                var vraag = new Adviesvraag
                {
                    Kanaal = kanaal,
                    Auteur = random.ListItem(vragers),
                    Leeftijdscategorie = random.Enum<Leeftijdscategorie>(),
                    GewenstPerceel = random.Bool(0.2f) ? null : random.Enum<Perceel>(),
                    VervoerNodig = random.Bool(0.4f),
                    Spoed = random.Bool(0.1f),
                    Vraag = random.ArrayElement(Vragen),
                    Doelgroepen = random.ListItems(doelgroepen.ToList(), random.Int(0, 2)).ToList(),
                    Status = AdviesvraagStatus.Open,
                    GeplaatstOp = geplaatst,
                    Deadline = kalender.Deadline(geplaatst, 2).ToUniversalTime(),
                };
                // No extra random draw: the demo data of every other table stays as it was.
                vraag.WensAmsterdammer = Wensen[Array.IndexOf(Vragen, vraag.Vraag)];
                vraag.WaarschuwingOp = Features.Netwerk.Vragen.AdviesvraagService.WaarschuwingOp(kalender, geplaatst, vraag.Spoed,
                    new Jobs.NetwerkOptions().SpoedWaarschuwingWerkdagen).ToUniversalTime();
                var aantalReacties = i < 2 ? random.Int(0, 1) : random.Int(0, 3);
                var moment = geplaatst;
                for (var r = 0; r < aantalReacties && aanbieders.Count > 0; r++)
                {
                    moment = moment.AddHours(random.Int(1, 40));
                    if (moment > nu)
                    {
                        break;
                    }
                    var auteur = random.ListItem(aanbieders);
                    var locatie = auteur.Organisatie!.Locaties.FirstOrDefault(l => l.Stadsdeel == kanaal.Stadsdeel) ?? auteur.Organisatie.Locaties.First();
                    var aanbod = random.Bool(0.6f);
                    vraag.Reacties.Add(new Reactie
                    {
                        Auteur = auteur,
                        AuteurOrganisatie = auteur.Organisatie,
                        Tekst = random.ArrayElement(Reacties),
                        GeplaatstOp = moment,
                        WerktijdSindsVraag = kalender.Werktijd(geplaatst, moment),
                        IsAanbod = aanbod,
                        AanbodOrganisatie = aanbod ? auteur.Organisatie : null,
                        AanbodLocatie = aanbod ? locatie : null,
                        WachttijdWeken = aanbod ? random.Int(0, 8) : null,
                        VervoerMogelijk = aanbod ? locatie.VervoerMogelijk : null,
                    });
                }
                if (vraag.Reacties.FirstOrDefault() is { } eerste)
                {
                    vraag.Status = AdviesvraagStatus.Beantwoord;
                    vraag.EersteReactieOp = eerste.GeplaatstOp;
                    vraag.EersteReactieWerktijd = kalender.Werktijd(geplaatst, eerste.GeplaatstOp);
                    vraag.TermijnGehaald = eerste.GeplaatstOp <= vraag.Deadline;
                }
                else if (vraag.Deadline <= nu)
                {
                    vraag.Status = AdviesvraagStatus.Verlopen;
                    vraag.VerlopenOp = vraag.Deadline;
                    vraag.EscalatieVerstuurdOp = vraag.WaarschuwingOp;
                }
                if (vraag.Status == AdviesvraagStatus.Beantwoord && geplaatst < nu.AddDays(-7) && random.Bool(0.8f))
                {
                    vraag.Status = AdviesvraagStatus.Besloten;
                    vraag.BesluitOp = moment.AddDays(random.Int(1, 4));
                    vraag.BesluitToelichting = random.ArrayElement(Besluiten);
                    vraag.Afsluiting = Afsluiting.Besluit;
                    vraag.BesluitDoor = vraag.Auteur;
                }
                vragen.Add(vraag);
            }
        }
        return vragen;
    }
}
