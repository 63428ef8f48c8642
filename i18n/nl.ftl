# Regelingencheck Heemskerk: Nederlands (brontaal, taalniveau B1, u-vorm).
# De namen van de regelingen blijven Nederlands in alle talen; ze staan in de code.
# Bedragen, datums, percentages en leeftijden komen als variabele uit de code.
#
# Woordenlijst: één woord per begrip. Gebruik in elk bericht precies dit woord.
# Eerst het gewone woord, tussen haakjes het woord van brieven en formulieren.
# regeling: hulp van de gemeente voor mensen met een laag inkomen, zoals geld of een betaalde sportclub.
# gemeente: de gemeente Heemskerk. De gemeente beslist over uw aanvraag.
# aanvragen: met een formulier om een regeling vragen. Daarna neemt de gemeente een besluit.
# uitkomst: wat deze app uitrekent. Dat is nog geen besluit.
# bijstand: een uitkering van de gemeente als u te weinig geld heeft om van te leven.
# uitkering: geld van de overheid als u niet of weinig kunt werken, bijvoorbeeld bijstand of WW.
# bedrag van de bijstand (bijstandsnorm): wat iemand met bijstand per maand krijgt, voor een huishouden zoals het uwe.
# grens (inkomensgrens): het hoogste inkomen dat u mag hebben voor een regeling. Elke grens is een percentage van het bedrag van de bijstand.
# net boven de grens (marge): uw inkomen is maar een klein beetje hoger dan de grens. De gemeente kan het dan toch goedkeuren.
# netto inkomen: wat u echt op uw bankrekening krijgt van uw loon, uitkering of pensioen.
# huishouden: u, uw partner en de kinderen die bij u wonen.
# partner: met wie u samenwoont, getrouwd of niet getrouwd.
# toeslagen: geld van de Belastingdienst voor zorg, huur of kinderopvang (zorgtoeslag, huurtoeslag, kinderopvangtoeslag). Telt niet mee als inkomen.
# kinderbijslag en kindgebonden budget: geld van de overheid voor uw kinderen. Telt niet mee als inkomen.
# vakantiegeld (of vakantietoeslag, zo heet het vaak bij een uitkering): extra geld, één keer per jaar, meestal in mei.
# geld en spullen van waarde (vermogen): geld op de bank, spaargeld en dure dingen die u kunt verkopen. Ook hiervoor is er een grens (vermogensgrens).
# studiefinanciering: geld van DUO voor een opleiding. Ook een lening van DUO is studiefinanciering.
# AOW: het pensioen van de overheid. AOW-leeftijd: de leeftijd waarop iemand AOW krijgt.
# hulp bij schulden: schuldhulpverlening (via de gemeente) of WSNP (via de rechter).
# belasting voor afval en riool (afvalstoffenheffing en rioolheffing): belasting die u aan de gemeente betaalt.
# kwijtschelding: de gemeente schrapt die belasting voor u. U betaalt dan geen belasting voor afval en riool.
# premie: het bedrag dat u elke maand betaalt voor een verzekering.
# DigiD: uw inlogcode voor de overheid. U heeft die nodig voor het formulier op heemskerk.nl.
# Serviceplein: de balie van de gemeente in het gemeentehuis. Daar helpen ze u met aanvragen, ook als u geen DigiD heeft.
# intermediair: iemand die de aanvraag voor u doet, zoals de leraar of de intern begeleider op school, of het Serviceplein.

app-name = Regelingencheck Heemskerk
app-tagline = Iedereen doet mee
language-label = Taal
skip-link = Naar de inhoud
step-n = Vraag { $n }
page-title = { $step } – Regelingencheck Heemskerk
result-title = Uitkomst – Regelingencheck Heemskerk

button-start = Begin
button-next = Volgende
button-back = Vorige
button-show-result = Bekijk de uitkomst
button-change = Wijzig
button-restart = Opnieuw beginnen
button-print = Afdrukken

start-heading = Welke regelingen passen bij u?
start-intro = Heeft u weinig geld? Dan kan de gemeente Heemskerk u helpen. Bijvoorbeeld met de kosten van school, sport en de zorgverzekering. Beantwoord een paar korte vragen. Dan ziet u welke regelingen u kunt aanvragen.
start-time = Het duurt ongeveer 3 minuten.
start-privacy = Uw antwoorden blijven alleen op dit apparaat. Wij sturen ze nergens naartoe.
start-norms = Wij rekenen met de bedragen van de bijstand vanaf { $date }.

q-partner = Woont u samen met een partner?
q-partner-hint = Het maakt niet uit of u getrouwd bent.
a-partner-no = Nee, ik woon zonder partner (met of zonder kinderen)
a-partner-yes = Ja, ik woon samen met een partner
q-age = Hoe oud bent u?
q-partner-age = Hoe oud is uw partner?
age-label = Leeftijd in jaren
q-aow = Bent u { $age } of ouder?
q-partner-aow = Is uw partner { $age } of ouder?
q-aow-hint = Vanaf die leeftijd krijgt iemand AOW. Dat is het pensioen van de overheid.
aow-age = { $months ->
    [0] { $years } jaar
   *[other] { $years } jaar en { $months } maanden
  }
a-yes = Ja
a-no = Nee
a-dont-know = Weet ik niet
q-children = Hoeveel kinderen wonen bij u thuis?
q-children-hint = Tel alle kinderen die bij u thuis wonen. Tel ook kinderen van 18 jaar en ouder.
children-ages-legend = Leeftijd van de kinderen
child-age-label = Kind { $n }: leeftijd in jaren
q-income = Hoeveel netto inkomen heeft u?
q-income-hint = Netto is wat u echt op uw bankrekening krijgt van uw loon, uitkering of pensioen. Heeft u een partner? Tel het geld van uw partner erbij.
income-label = Netto inkomen in euro
income-example = Bijvoorbeeld: 1250 of 1.250,50
period-legend = Hoe vaak krijgt u dit bedrag?
period-month = maand
period-four-weeks = 4 weken
period-week = week
period-year = jaar
period-option-month = Elke maand
period-option-four-weeks = Elke 4 weken
period-option-week = Elke week
period-option-year = Per jaar, met vakantiegeld (zoals op uw jaaropgaaf)
income-counts-heading = Dit telt mee:
income-counts-wages = loon
income-counts-benefit = uitkering, zoals bijstand of WW
income-counts-pension = pensioen en AOW
income-counts-alimony = alimentatie voor uzelf (niet voor uw kinderen)
income-counts-tax-credit = geld dat uw partner zonder werk van de Belastingdienst krijgt (heffingskorting)
income-not-heading = Dit telt niet mee:
income-not-child-benefit = kinderbijslag en kindgebonden budget
income-not-toeslagen = toeslagen: zorgtoeslag, huurtoeslag, kinderopvangtoeslag
income-not-holiday-pay = vakantiegeld (of vakantietoeslag): extra geld, één keer per jaar, meestal in mei. Kiest u "Per jaar"? Tel het vakantiegeld dan wel mee.
income-not-children = geld dat uw kinderen verdienen
income-not-energietoeslag = de energietoeslag
q-assets = Heeft u meer dan { $limit } aan geld en spullen van waarde?
q-assets-no-limit = Heeft u meer geld en spullen van waarde dan de grens voor uw huishouden?
q-assets-hint = Tel alles bij elkaar op: geld op al uw bankrekeningen, spaargeld en dure dingen die u kunt verkopen. Bijvoorbeeld een auto, goud of sieraden. Heeft u een partner? Tel ook alles van uw partner mee. Weet u het niet zeker? Kies dan "Weet ik niet".
q-low-income = Heeft u al { $years } jaar of langer een laag inkomen?
q-low-income-hint = Bijvoorbeeld: u heeft al { $years } jaar een uitkering of een klein loon. En u verwacht dat uw inkomen voorlopig laag blijft.
q-student = Krijgt u studiefinanciering?
q-student-hint = Studiefinanciering is geld van DUO voor een opleiding. Ook een lening van DUO is studiefinanciering.
q-debt-help = Krijgt u hulp bij schulden (schuldhulpverlening of WSNP)?
q-debt-help-hint = Schuldhulpverlening is hulp bij schulden via de gemeente. De WSNP is hulp bij schulden via de rechter.

error-choose = Kies een antwoord.
error-age-empty = Vul de leeftijd in.
error-age-not-number = Vul de leeftijd in met cijfers, bijvoorbeeld 34.
error-age-too-high = Deze leeftijd is te hoog. Vul een leeftijd in tot en met 120.
error-partner-age-under-18 = Uw partner moet 18 jaar of ouder zijn voor deze regelingen. Is uw partner jonger? Vraag het Serviceplein om hulp.
error-age-under-18 = Deze regelingen zijn voor mensen van 18 jaar en ouder. Bent u jonger? Vraag het Serviceplein om hulp.
error-child-age = Vul voor elk kind de leeftijd in met cijfers, bijvoorbeeld 7. Is een kind jonger dan 1 jaar? Vul dan 0 in.
error-income-empty = Vul het bedrag in.
error-income-not-a-number = Vul een bedrag in met cijfers, bijvoorbeeld 1250 of 1.250,50.
error-income-negative = Vul het bedrag in zonder min (-), bijvoorbeeld 1250.
error-income-too-many-decimals = Gebruik na de komma 1 of 2 cijfers, bijvoorbeeld 1.250,50.
error-income-ambiguous = Dit bedrag kunnen wij op twee manieren lezen. Schrijf het zo: 1250 of 1.250,50.
error-income-too-large = Dit bedrag is te hoog. Kijk het bedrag nog eens na.
panic-message = Sorry, er ging iets mis in de app. Uw antwoorden zijn niet verstuurd. Laad de pagina opnieuw.

result-heading = Uw uitkomst
result-indication = Dit is nog geen besluit. De gemeente beslist als u het aanvraagt.
result-income = Uw inkomen is { $income } per maand. Dat is { $percent } van het bedrag van de bijstand voor uw huishouden.
result-norms = Wij rekenen met de bedragen van de bijstand vanaf { $date }.
result-sources = Bronnen: { $sources }.
result-made-on = Gemaakt op { $date }.
group-yes = U kunt dit aanvragen
group-maybe = Misschien voor u
group-no = Nu niet voor u
verdict-yes = Ja
verdict-maybe = Misschien
verdict-no = Nee
limit-line = De grens voor u is { $limit } per maand, zonder vakantiegeld. Telt u het vakantiegeld mee? Dan is de grens { $limitIncl }. Dat is { $percentage } van het bedrag van de bijstand voor uw huishouden.

why-income-within-limit = Uw inkomen is { $income }. Dat past binnen de grens van { $limit }.
why-within-margin = Uw inkomen is { $income }. Dat is { $overBy } boven de grens van { $limit }. Dat is maar een klein beetje.
why-income-above-limit = Uw inkomen is { $income }. Dat is { $overBy } boven de grens van { $limit }.
why-debt-help-no-income-limit = U krijgt hulp bij schulden. Dan mag uw inkomen voor deze regeling ook boven de grens zijn.
why-debt-help-unknown = Uw inkomen is boven de grens. Krijgt u hulp bij schulden (schuldhulpverlening of WSNP)? Dan kunt u deze regeling misschien toch krijgen.
why-no-child-in-age-range = Er woont geen kind van { $min } tot en met { $max } jaar bij u.
why-no-child-under = Er woont geen kind jonger dan { $age } jaar bij u.
why-age-below = U bent jonger dan { $minAge } jaar.
why-aow-age = U bent { $age } of ouder. Dat is de AOW-leeftijd.
why-assets-above-limit = U heeft meer dan { $limit } aan geld en spullen van waarde.
why-assets-unknown = Het hangt ervan af hoeveel geld en spullen van waarde u heeft. De grens is { $limit }.
why-student = U krijgt studiefinanciering.
why-student-unknown = Het hangt ervan af of u studiefinanciering krijgt.
why-short-low-income = U heeft korter dan { $years } jaar een laag inkomen.
why-low-income-3-years-unknown = Het hangt ervan af hoe lang u al een laag inkomen heeft.
why-capacity-test-needed = De gemeente kijkt eerst wat u zelf kunt betalen.

regeling-kindpakket = Geld voor uw kinderen jonger dan { $age } jaar. Bijvoorbeeld voor een schoolreis, een fiets, een computer, muziekles, zwemles voor diploma A of schoolspullen.
regeling-iit = Een bedrag per jaar als u al lang een laag inkomen heeft.
regeling-czm = Een zorgverzekering bij Zilveren Kruis, via de gemeente. Er zit ook een extra verzekering bij (aanvullende verzekering). De gemeente betaalt elke maand een deel van de kosten (premie) van die extra verzekering.
regeling-jfsc = Het fonds betaalt de sportclub of de les in muziek, dans of kunst voor uw kind. Het geld gaat direct naar de club.
regeling-maatschappelijke-activiteiten = Geld voor uzelf. Bijvoorbeeld voor een sportclub, de bibliotheek of een cursus.
regeling-computerregeling = Een laptop, tablet of computer voor uw schoolkind van { $min } tot en met { $max } jaar. U kunt dit 1 keer in de 5 jaar krijgen.
regeling-energietoeslag-2023 = Geld voor de hoge energiekosten in { $year }: { $total } (eerst { $advance }, daarna { $rest }).
regeling-kwijtschelding = U betaalt geen belasting voor afval en riool (afvalstoffenheffing en rioolheffing). Dat kan alleen als de gemeente uw aanvraag goedkeurt.
regeling-bijzondere-bijstand = Geld voor extra kosten die echt nodig zijn, maar te hoog om zelf te betalen. De gemeente beslist of u het krijgt. Vraag het aan voordat u iets koopt.

help-serviceplein = Ga naar het Serviceplein in het gemeentehuis. Of bel de gemeente.

summary-heading = Uw antwoorden
summary-partner = Partner
summary-age = Uw leeftijd
summary-partner-age = Leeftijd partner
summary-aow = AOW-leeftijd bereikt
summary-partner-aow = AOW-leeftijd partner bereikt
summary-children = Kinderen thuis
summary-children-none = Geen
summary-income = Netto inkomen
summary-income-value = { $amount } per { $period }
summary-assets = Meer geld en spullen van waarde dan de grens
summary-low-income = { $years } jaar of langer laag inkomen
summary-student = Studiefinanciering
summary-debt-help = Hulp bij schulden
summary-children-ages = { $count } ({ $count ->
    [one] leeftijd
   *[other] leeftijden
  }: { $ages })

# Uitkomstkaart, tweetalige weergave, meenemen, modus voor intermediairs
doc-digid = DigiD
doc-id = paspoort, ID-kaart of verblijfsdocument
doc-bank-statements = bankafschriften van de laatste maand, met saldo
doc-quote-or-receipt = offerte (prijsopgave) of bon van wat u nodig heeft
bilingual-on = Toon ook in het Nederlands
bilingual-off = Toon alleen in mijn taal
mode-intermediair = Modus voor intermediairs
button-next-family = Volgend gezin
compact-heading = Gegevens van het gezin

# De uitkomst: eerst wat u moet doen, dan de regelingen
result-income-converted = U heeft ingevuld: { $amount } per { $period }. Dat is { $perMonth } per maand.
result-income-converted-year = U heeft ingevuld: { $amount } per jaar, met vakantiegeld. Dat is { $perMonth } per maand, met vakantiegeld.
todo-heading = Wat moet u doen?
route-digid-form = vul één formulier in op heemskerk.nl. U logt in met DigiD.
route-gezondverzekerd = meld u aan op gezondverzekerd.nl.
route-intermediair = vraag de leraar of de intern begeleider op school, of het Serviceplein. Zij vragen het voor u aan.
route-automatic-or-digid-form = heeft u bijstand? Dan krijgt u dit vanzelf. Anders: vul het formulier in op heemskerk.nl, met DigiD.
route-tax-office-form = vraag het aan met het formulier voor kwijtschelding.
route-bijzondere-bijstand-form = vraag het aan op heemskerk.nl voordat u iets koopt. U logt in met DigiD.
route-documents = Zorg dat u dit klaar heeft:
help-heading = Hulp nodig, of geen DigiD?
help-phone = Bel { $phone }
link-new-tab = (opent in een nieuw tabblad)
distance-below = { $amount } onder de grens
distance-at-limit = Precies op de grens
distance-within-margin = Net boven de grens: { $amount }
distance-above = { $amount } boven de grens
distance-no-limit = Geen inkomensgrens, want u krijgt hulp bij schulden
apply-anyway = Vraag het toch aan. De gemeente beslist.
more-details = Meer uitleg
group-no-show = Bekijk deze regelingen
children-none = Regelingen voor kinderen: er wonen geen kinderen jonger dan 18 jaar bij u.
short-kindpakket = Geld voor school, sport en uitjes van uw kinderen.
short-iit = Een bedrag per jaar als uw inkomen al lang laag is.
short-czm = Een zorgverzekering. De gemeente betaalt een deel.
short-jfsc = Het fonds betaalt de sportclub of les van uw kind.
short-maatschappelijke-activiteiten = Geld voor uzelf: sportclub, bibliotheek of cursus.
short-computerregeling = Een laptop, tablet of computer voor uw schoolkind.
short-energietoeslag-2023 = Geld voor de hoge energiekosten van { $year }.
short-kwijtschelding = Geen belasting voor afval en riool, als de gemeente het goedkeurt.
short-bijzondere-bijstand = Geld voor extra kosten die echt nodig zijn, als de gemeente het goedkeurt.
confirm-wipe = Wilt u alle antwoorden wissen?
button-wipe = Ja, wis alles
button-keep = Nee, ga terug

# Afdrukken
amounts-from = Bedragen van { $date }
stale-norms = Deze check rekent met de bedragen van { $date }. Uw uitkomst kan nu anders zijn. Vraag het Serviceplein.
regeling-ended = Deze regeling is gestopt. Aanvragen kan niet meer.

# Modus voor intermediairs
error-summary-heading = Deze vragen hebben nog een antwoord nodig
not-needed = Niet nodig voor dit gezin
hint-toggle = Uitleg
overview-heading = Overzicht
column-regeling = Regeling
column-verdict = Uitkomst
column-reason = Belangrijkste reden
column-apply = Hoe aanvragen
apply-jfsc-intermediair = Meld het kind aan op jeugdfondssportencultuur.nl, met uw account als intermediair. Het fonds vraagt geen bewijsstukken: u schat het inkomen zelf in.
route-short-digid-form = Formulier op heemskerk.nl, met DigiD
route-short-gezondverzekerd = Aanmelden op gezondverzekerd.nl
route-short-intermediair = Via een intermediair
route-short-automatic-or-digid-form = Vanzelf bij bijstand, anders formulier met DigiD
route-short-tax-office-form = Formulier voor kwijtschelding
route-short-bijzondere-bijstand-form = Formulier bijzondere bijstand, met DigiD
