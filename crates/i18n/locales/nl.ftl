# Dramatis: elk woord van de widget dat een lezer ziet of hoort, in het Nederlands. De Engelse
# versie (en.ftl) is het contract: deze catalogus heeft elk bericht daaruit met dezelfde
# plaatshouders, anders faalt de build (crates/i18n/build.rs). Berichten waarvan de id begint
# met een familienaam (actor-kind-, relation-kind-, relation-, cameo-) worden opgezocht op
# soort of code.
#
# Plaatshouders: { $name } is tekst (een naam, een titel, een zin); een { $count } waarop een
# bericht selecteert is een getal, en de varianten zijn de meervoudscategorieën van de taal
# (CLDR: one, other in het Nederlands).

## Het kader van de widget

kicker = Wie zei wat
map-region = Kaart van de actoren
details-region = Details en uitspraken
show-everyone = Iedereen tonen
show-everything = Alles tonen
show-less = Minder tonen

## Het detailpaneel

details-region-label = Details
details-hint = Tik of klik op een actor of een lijn op de kaart om te zien wie het is, hoe ze met elkaar verbonden zijn en wat het artikel erover zegt.
speaks-for-label = Spreekt namens
relations-label = Relaties
actor-counts =
    { $relations ->
        [one] 1 relatie
       *[other] { $relations } relaties
    } · { $by ->
        [one] 1 uitspraak
       *[other] { $by } uitspraken
    } van · { $about } over
relation-and = en
relation-evidence-heading = Wat het artikel zegt
show-in-article = In het artikel tonen
evidence-event = { $summary } ({ $act })
evidence-quoted = { $speaker }, letterlijk: { $text }
evidence-reported = { $speaker }, indirect: { $text }
added-context = aanvulling redactie
added-context-title = Staat niet in het artikel; toegevoegd door de redactie

## Uitspraken

statements-region = Uitspraken
statements-heading = Wie zei wat
statements-count =
    { $shown } van { $total ->
        [one] 1 uitspraak
       *[other] { $total } uitspraken
    }
statements-filter = Uitspraken tonen
filter-all = Alle
filter-quoted = Letterlijk
filter-reported = Indirect
no-statements-match = Geen uitspraken gevonden.
no-statements = Geen uitspraken
row-position = { $at } van { $total }
row-previous = Vorige uitspraak
row-next = Volgende uitspraak
card-quoted = Letterlijk citaat
card-reported = Indirecte rede, geen letterlijk citaat
quote-break = tussenliggende tekst van het artikel weggelaten
in-context = In context
copy = Kopiëren
copied = Gekopieerd
copy-failed = Kopiëren mislukt
copied-announcement = Gekopieerd.
copy-failed-announcement = Kopiëren mislukt.
share = Delen
context-missing = Deze zin staat niet zo in het artikel op deze pagina (mogelijk is hij aangepast). De versie van het verhaal:

## Het artikel

article-region = Het artikel
article-heading = Het artikel
article-help = Gemarkeerde passages vormen de onderbouwing van de kaart en de uitspraken. Activeer een passage om te zien wat die onderbouwt.

## De kaart, de legenda en de kaart als tekst

map-label = Kaart van de actoren. Met de pijltjestoetsen links en rechts ga je langs de actoren, met omhoog en omlaag van rij naar rij, Enter selecteert.
zoom-group = Kaart zoomen en verschuiven
zoom-in = Inzoomen
zoom-out = Uitzoomen
zoom-fit = Hele kaart
pan-left = Naar links schuiven
pan-up = Naar boven schuiven
pan-down = Naar beneden schuiven
pan-right = Naar rechts schuiven
legend = Legenda
legend-lines = Lijnen
legend-actors = Actoren
legend-directed = { $kind } (pijl: van wie naar wie)
legend-speaks-for = Spreekt namens
legend-size = Grotere markeringen zijn actoren die het artikel vaker noemt.
map-as-text = De kaart als tekst
actors-count =
    { $count ->
        [one] 1 actor
       *[other] { $count } actoren
    }
relations-count =
    { $count ->
        [one] 1 relatie
       *[other] { $count } relaties
    }

## Zinnen uit de gegevens (de kaart als tekst, de namen van de actoren voor schermlezers)

list-separator = {", "}
identity-speaks-for = spreekt namens { $name }
actor-no-relations = Geen relaties in dit verhaal
actor-relations =
    { $count ->
        [one] 1 relatie
       *[other] { $count } relaties
    }: { $list }
actor-statements =
    { $by ->
        [one] 1 uitspraak
       *[other] { $by } uitspraken
    } van, { $about } over.
relation-from = { $kind } van { $name }
speaker-speaks-for = (spreekt namens { $name })
speaker-as = als “{ $name }”
citation-reported = { $text } (indirecte rede, geen letterlijk citaat)
citation-in = in “{ $title }”

## Wat schermlezers horen als de selectie verandert

statements-shown =
    { $count ->
        [one] 1 uitspraak getoond
       *[other] { $count } uitspraken getoond
    }
announce-everyone = Iedereen zichtbaar. { $statements }.
announce-actor = { $name } geselecteerd. { $statements }.
announce-relation = Geselecteerd: { $sentence } { $statements }.
announce-quote = Uitspraak van { $name } geselecteerd.

## Als een verhaal niet getoond kan worden

loading = Het verhaal wordt geladen…
builtin-broken = Het ingebouwde verhaal is defect
not-loaded = Het verhaal kon niet worden geladen
no-answer = { $url } gaf binnen { $seconds } seconden geen antwoord
network-failed = het netwerkverzoek voor { $url } is mislukt ({ $reason })
server-answered = de server antwoordde { $status } voor { $url }
too-large = Het verhaal is te groot
too-large-detail = het is { $bytes } byte groot; de widget leest verhalen tot hoogstens { $limit } byte
not-text = De gegevens van dit verhaal zijn geen tekst
not-utf8 = { $url } is geen geldige UTF-8
checker-failed = De controle van het verhaal kon niet starten
story-problems =
    De gegevens van dit verhaal bevatten { $count ->
        [one] 1 probleem
       *[other] { $count } problemen
    }
problem-line = regel { $line }
problem-line-path = regel { $line }, { $path }
problem-document = document
more-problems = … en nog { $count }.
apology = Sorry, dit interactieve verhaal werkt niet meer. Laad de pagina opnieuw om het nog eens te proberen.

## De soorten actoren en relaties

actor-kind-state = Staat
actor-kind-government = Regering
actor-kind-person = Persoon
actor-kind-organization = Organisatie
actor-kind-alliance = Bondgenootschap
actor-kind-collective = Groep

actor-phrase-state = staat
actor-phrase-government = regering
actor-phrase-person = persoon
actor-phrase-organization = organisatie
actor-phrase-alliance = bondgenootschap
actor-phrase-collective = groep

relation-kind-conflict = Conflict
relation-kind-negotiation = Gesprekken
relation-kind-mediation = Bemiddeling
relation-kind-alliance = Bondgenootschap
relation-kind-membership = Lidmaatschap
relation-kind-support = Steun
relation-kind-economic = Economische banden
relation-kind-accusation = Beschuldiging
relation-kind-criticism = Kritiek
relation-kind-appeal = Oproep
relation-kind-invitation = Uitnodiging
relation-kind-rejection = Afwijzing

## Relaties in woorden: van het ene eind naar het andere, en gezien vanuit de bron

relation-conflict = { $source } is in conflict met { $target }.
relation-negotiation = { $source } is in gesprek met { $target }.
relation-mediation = { $source } bemiddelt bij { $target }.
relation-alliance = { $source } is bondgenoot van { $target }.
relation-membership = { $source } is lid van { $target }.
relation-support = { $source } steunt { $target }.
relation-economic = { $source } heeft economische banden met { $target }.
relation-economic-directed = { $source } drijft handel met { $target }.
relation-accusation = { $source } beschuldigt { $target }.
relation-criticism = { $source } bekritiseert { $target }.
relation-appeal = { $source } doet een oproep aan { $target }.
relation-invitation = { $source } nodigt { $target } uit.
relation-rejection = { $source } wijst { $target } af.
relation-with-conflict = is in conflict met { $other }
relation-with-negotiation = is in gesprek met { $other }
relation-with-mediation = bemiddelt bij { $other }
relation-with-alliance = is bondgenoot van { $other }
relation-with-membership = is lid van { $other }
relation-with-support = steunt { $other }
relation-with-economic = heeft economische banden met { $other }
relation-with-economic-directed = drijft handel met { $other }
relation-with-accusation = beschuldigt { $other }
relation-with-criticism = bekritiseert { $other }
relation-with-appeal = doet een oproep aan { $other }
relation-with-invitation = nodigt { $other } uit
relation-with-rejection = wijst { $other } af

## De handelingen van het CAMEO-codeboek (versie 1.1b3), op code

cameo-01 = Openbare verklaring afleggen
cameo-010 = Verklaring afleggen
cameo-011 = Commentaar weigeren
cameo-012 = Zich pessimistisch uitlaten
cameo-013 = Zich optimistisch uitlaten
cameo-014 = Beleidsoptie overwegen
cameo-015 = Verantwoordelijkheid erkennen of opeisen
cameo-016 = Verantwoordelijkheid ontkennen
cameo-017 = Symbolisch gebaar maken
cameo-018 = Medeleven betuigen
cameo-019 = Instemming betuigen
cameo-02 = Oproepen
cameo-020 = Oproep of verzoek doen
cameo-021 = Oproepen tot materiële samenwerking
cameo-022 = Oproepen tot diplomatieke samenwerking
cameo-023 = Om hulp vragen
cameo-024 = Oproepen tot politieke hervormingen
cameo-025 = Oproepen om toe te geven
cameo-026 = Oproepen tot een ontmoeting of onderhandelingen
cameo-027 = Oproepen een geschil bij te leggen
cameo-028 = Oproepen te bemiddelen of bemiddeling te aanvaarden
cameo-03 = Zich bereid verklaren tot samenwerking
cameo-030 = Zich bereid verklaren tot samenwerking
cameo-031 = Zich bereid verklaren tot materiële samenwerking
cameo-032 = Zich bereid verklaren tot diplomatieke samenwerking
cameo-033 = Zich bereid verklaren materiële hulp te bieden
cameo-034 = Zich bereid verklaren tot politieke hervormingen
cameo-035 = Zich bereid verklaren toe te geven
cameo-036 = Zich bereid verklaren tot een ontmoeting of onderhandelingen
cameo-037 = Zich bereid verklaren een geschil bij te leggen
cameo-038 = Zich bereid verklaren bemiddeling te aanvaarden
cameo-039 = Zich bereid verklaren te bemiddelen
cameo-04 = Overleggen
cameo-040 = Overleggen
cameo-041 = Telefonisch overleggen
cameo-042 = Een bezoek brengen
cameo-043 = Bezoek ontvangen
cameo-044 = Op een derde locatie bijeenkomen
cameo-045 = Bemiddelen
cameo-046 = Onderhandelen
cameo-05 = Diplomatiek samenwerken
cameo-050 = Diplomatiek samenwerken
cameo-051 = Prijzen of onderschrijven
cameo-052 = Verbaal verdedigen
cameo-053 = Steun mobiliseren voor anderen
cameo-054 = Diplomatiek erkennen
cameo-055 = Excuses aanbieden
cameo-056 = Vergeven
cameo-057 = Formeel akkoord ondertekenen
cameo-06 = Materieel samenwerken
cameo-060 = Materieel samenwerken
cameo-061 = Economisch samenwerken
cameo-062 = Militair samenwerken
cameo-063 = Justitieel samenwerken
cameo-064 = Inlichtingen of informatie delen
cameo-07 = Hulp bieden
cameo-070 = Hulp bieden
cameo-071 = Economische hulp bieden
cameo-072 = Militaire hulp bieden
cameo-073 = Humanitaire hulp bieden
cameo-074 = Militaire bescherming of vredeshandhaving bieden
cameo-075 = Asiel verlenen
cameo-08 = Toegeven
cameo-080 = Toegeven
cameo-081 = Administratieve sancties versoepelen
cameo-082 = Politiek verzet matigen
cameo-083 = Ingaan op verzoeken of eisen om politieke hervormingen
cameo-084 = Teruggeven, vrijlaten
cameo-085 = Economische sancties, boycot, embargo versoepelen
cameo-086 = Internationale betrokkenheid toestaan
cameo-087 = Militair de-escaleren
cameo-09 = Onderzoeken
cameo-090 = Onderzoeken
cameo-091 = Misdaad, corruptie onderzoeken
cameo-092 = Mensenrechtenschendingen onderzoeken
cameo-093 = Militaire acties onderzoeken
cameo-094 = Oorlogsmisdaden onderzoeken
cameo-10 = Eisen
cameo-100 = Eisen
cameo-101 = Materiële samenwerking eisen
cameo-102 = Diplomatieke samenwerking eisen
cameo-103 = Materiële hulp eisen
cameo-104 = Politieke hervormingen eisen
cameo-105 = Eisen dat de ander toegeeft
cameo-106 = Ontmoeting, onderhandelingen eisen
cameo-107 = Eisen dat een geschil wordt bijgelegd
cameo-108 = Bemiddeling eisen
cameo-11 = Afkeuren
cameo-110 = Afkeuren
cameo-111 = Bekritiseren of hekelen
cameo-112 = Beschuldigen
cameo-113 = Verzet tegen anderen mobiliseren
cameo-114 = Officieel een klacht indienen
cameo-115 = Een rechtszaak aanspannen
cameo-116 = Schuldig of aansprakelijk verklaren (juridisch)
cameo-12 = Afwijzen
cameo-120 = Afwijzen
cameo-121 = Materiële samenwerking afwijzen
cameo-122 = Verzoek of eis om materiële hulp afwijzen
cameo-123 = Verzoek of eis om politieke hervormingen afwijzen
cameo-124 = Weigeren toe te geven
cameo-125 = Voorstel tot ontmoeting, gesprek of onderhandelingen afwijzen
cameo-126 = Bemiddeling afwijzen
cameo-127 = Plan of akkoord om een geschil bij te leggen afwijzen
cameo-128 = Normen, wetten negeren
cameo-129 = Veto uitspreken
cameo-13 = Dreigen
cameo-130 = Dreigen
cameo-131 = Dreigen met geweldloze maatregelen
cameo-132 = Dreigen met administratieve sancties
cameo-133 = Dreigen met politiek verzet, protest
cameo-134 = Dreigen de onderhandelingen af te breken
cameo-135 = Dreigen de bemiddeling af te breken
cameo-136 = Dreigen de internationale betrokkenheid te beëindigen
cameo-137 = Dreigen met repressie
cameo-138 = Dreigen met militair geweld
cameo-139 = Ultimatum stellen
cameo-14 = Protesteren
cameo-140 = In politiek verzet komen
cameo-141 = Demonstreren of een manifestatie houden
cameo-142 = In hongerstaking gaan
cameo-143 = Staken of boycotten
cameo-144 = Doorgang versperren, blokkeren
cameo-145 = Gewelddadig protesteren, rellen
cameo-15 = Macht tonen
cameo-150 = Militaire of politiemacht tonen
cameo-151 = Paraatheid van de politie verhogen
cameo-152 = Paraatheid van het leger verhogen
cameo-153 = Politie mobiliseren of versterken
cameo-154 = Strijdkrachten mobiliseren of versterken
cameo-16 = Betrekkingen inperken
cameo-160 = Betrekkingen inperken
cameo-161 = Diplomatieke betrekkingen inperken of verbreken
cameo-162 = Materiële hulp verminderen of stopzetten
cameo-163 = Embargo, boycot of sancties opleggen
cameo-164 = Onderhandelingen afbreken
cameo-165 = Bemiddeling afbreken
cameo-166 = Uitzetten of terugtrekken
cameo-17 = Dwang uitoefenen
cameo-170 = Dwang uitoefenen
cameo-171 = Eigendommen in beslag nemen of beschadigen
cameo-172 = Administratieve sancties opleggen
cameo-173 = Arresteren, vasthouden of aanklagen
cameo-174 = Personen uitzetten of deporteren
cameo-175 = Gewelddadige repressie toepassen
cameo-18 = Aanvallen
cameo-180 = Onconventioneel geweld gebruiken
cameo-181 = Ontvoeren, kapen of gijzelen
cameo-182 = Fysiek aanvallen
cameo-183 = Zelfmoord-, autobom- of andere niet-militaire aanslagen plegen
cameo-184 = Als menselijk schild gebruiken
cameo-185 = Moordaanslag plegen
cameo-186 = Vermoorden
cameo-19 = Vechten
cameo-190 = Conventioneel militair geweld gebruiken
cameo-191 = Blokkade opleggen, bewegingsvrijheid beperken
cameo-192 = Grondgebied bezetten
cameo-193 = Vechten met handvuurwapens en lichte wapens
cameo-194 = Vechten met artillerie en tanks
cameo-195 = Luchtaanvallen uitvoeren
cameo-196 = Staakt-het-vuren schenden
cameo-20 = Onconventioneel massaal geweld gebruiken
cameo-200 = Onconventioneel massaal geweld gebruiken
cameo-201 = Massaal verdrijven
cameo-202 = Massamoorden plegen
cameo-203 = Etnische zuiveringen uitvoeren
cameo-204 = Massavernietigingswapens inzetten
