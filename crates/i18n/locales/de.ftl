# Dramatis: jedes Wort des Widgets, das Leserinnen und Leser sehen oder hören, auf Deutsch.
# Maßgeblich ist die englische Fassung (en.ftl): Dieser Katalog hat jede ihrer Meldungen mit
# denselben Platzhaltern, sonst bricht der Build ab (crates/i18n/build.rs). Meldungen, deren
# Kennung mit einem Familiennamen beginnt (actor-kind-, relation-kind-, relation-, cameo-),
# werden nach Art oder Code nachgeschlagen.
#
# Platzhalter: { $name } ist Text (ein Name, ein Titel, ein Satz); ein { $count }, nach dem
# eine Meldung auswählt, ist eine Zahl, und ihre Varianten sind die Pluralkategorien der
# Sprache (CLDR: one, other im Deutschen).

## Der Rahmen des Widgets

kicker = Wer sagte was
map-region = Karte der Akteure
details-region = Details und Aussagen
show-everyone = Alle Akteure
show-everything = Alles zeigen
show-less = Weniger zeigen

## Die Detailansicht

details-region-label = Details
details-hint = Tippen oder klicken Sie auf einen Akteur oder eine Linie in der Karte: Sie sehen dann, wer das ist, wie die Akteure zusammenhängen und was im Artikel steht.
speaks-for-label = Spricht für
relations-label = Beziehungen
actor-counts =
    { $relations ->
        [one] 1 Beziehung
       *[other] { $relations } Beziehungen
    } · { $by ->
        [one] 1 Aussage
       *[other] { $by } Aussagen
    } von · { $about } über
relation-and = und
relation-evidence-heading = Was im Artikel steht
show-in-article = Im Artikel zeigen
evidence-event = { $summary } ({ $act })
evidence-quoted = { $speaker }, wörtlich: { $text }
evidence-reported = { $speaker }, sinngemäß: { $text }
added-context = Ergänzung der Redaktion
added-context-title = Steht nicht im Artikel; von der Redaktion ergänzt

## Aussagen

statements-region = Aussagen
statements-heading = Wer sagte was
statements-count =
    { $shown } von { $total ->
        [one] 1 Aussage
       *[other] { $total } Aussagen
    }
statements-filter = Aussagen zeigen
filter-all = Alle
filter-quoted = Wörtlich
filter-reported = Sinngemäß
no-statements-match = Keine passenden Aussagen.
no-statements = Keine Aussagen
row-position = { $at } von { $total }
row-previous = Vorherige Aussage
row-next = Nächste Aussage
card-quoted = Wörtliches Zitat
card-reported = Indirekte Rede, kein wörtliches Zitat
quote-break = Text des Artikels dazwischen ausgelassen
in-context = Im Kontext
copy = Kopieren
copied = Kopiert
copy-failed = Nicht kopiert
copied-announcement = Kopiert.
copy-failed-announcement = Kopieren fehlgeschlagen.
share = Teilen
context-missing = Dieser Satz steht in dieser Form nicht im Artikel auf dieser Seite (möglicherweise wurde er bearbeitet). Die Fassung der Geschichte:

## Der Artikel

article-region = Der Artikel
article-heading = Der Artikel
article-help = Markierte Stellen sind die Belege für die Karte und die Aussagen. Aktivieren Sie eine Stelle, um zu sehen, was sie belegt.

## Die Karte, ihre Legende und die Karte als Text

map-label = Karte der Akteure. Mit den Pfeiltasten links und rechts gehen Sie die Akteure durch, mit oben und unten wechseln Sie die Reihe, die Eingabetaste wählt aus.
zoom-group = Karte zoomen und verschieben
zoom-in = Vergrößern
zoom-out = Verkleinern
zoom-fit = Ganze Karte
pan-left = Nach links verschieben
pan-up = Nach oben verschieben
pan-down = Nach unten verschieben
pan-right = Nach rechts verschieben
legend = Legende
legend-lines = Linien
legend-actors = Akteure
legend-directed = { $kind } (Pfeil: von wem zu wem)
legend-speaks-for = Spricht für
legend-size = Größere Markierungen stehen für Akteure, die der Artikel häufiger erwähnt.
map-as-text = Die Karte als Text
actors-count =
    { $count ->
        [one] 1 Akteur
       *[other] { $count } Akteure
    }
relations-count =
    { $count ->
        [one] 1 Beziehung
       *[other] { $count } Beziehungen
    }

## Sätze aus den Daten (die Karte als Text, die Namen der Akteure für Screenreader)

list-separator = {", "}
identity-speaks-for = spricht für { $name }
actor-no-relations = Keine Beziehungen in dieser Geschichte
actor-relations =
    { $count ->
        [one] 1 Beziehung
       *[other] { $count } Beziehungen
    }: { $list }
actor-statements =
    { $by ->
        [one] 1 Aussage
       *[other] { $by } Aussagen
    } von, { $about } über.
relation-from = { $kind } von { $name }
speaker-speaks-for = (spricht für { $name })
speaker-as = als „{ $name }“
citation-reported = { $text } (sinngemäß, kein wörtliches Zitat)
citation-in = in „{ $title }“

## Was Screenreader hören, wenn sich die Auswahl ändert

statements-shown =
    { $count ->
        [one] 1 Aussage angezeigt
       *[other] { $count } Aussagen angezeigt
    }
announce-everyone = Alle Akteure sichtbar. { $statements }.
announce-actor = { $name } ausgewählt. { $statements }.
announce-relation = Ausgewählt: { $sentence } { $statements }.
announce-quote = Aussage von { $name } ausgewählt.

## Wenn eine Geschichte nicht angezeigt werden kann

loading = Die Geschichte wird geladen …
builtin-broken = Die eingebaute Geschichte ist fehlerhaft
not-loaded = Die Geschichte konnte nicht geladen werden
no-answer = { $url } hat nicht innerhalb von { $seconds } Sekunden geantwortet
network-failed = die Netzwerkanfrage an { $url } ist fehlgeschlagen ({ $reason })
server-answered = der Server hat für { $url } mit { $status } geantwortet
too-large = Die Geschichte ist zu groß
too-large-detail = sie ist { $bytes } Byte groß; das Widget liest Geschichten bis höchstens { $limit } Byte
not-text = Die Daten dieser Geschichte sind kein Text
not-utf8 = { $url } ist kein gültiges UTF-8
checker-failed = Die Prüfung der Geschichte konnte nicht starten
story-problems =
    Die Daten dieser Geschichte enthalten { $count ->
        [one] 1 Problem
       *[other] { $count } Probleme
    }
problem-line = Zeile { $line }
problem-line-path = Zeile { $line }, { $path }
problem-document = Dokument
more-problems = … und { $count } weitere.
apology = Diese interaktive Geschichte funktioniert leider nicht mehr. Laden Sie die Seite neu, um es noch einmal zu versuchen.

## Die Arten von Akteuren und Beziehungen

actor-kind-state = Staat
actor-kind-government = Regierung
actor-kind-person = Person
actor-kind-organization = Organisation
actor-kind-alliance = Bündnis
actor-kind-collective = Gruppe

actor-phrase-state = Staat
actor-phrase-government = Regierung
actor-phrase-person = Person
actor-phrase-organization = Organisation
actor-phrase-alliance = Bündnis
actor-phrase-collective = Gruppe

relation-kind-conflict = Konflikt
relation-kind-negotiation = Gespräche
relation-kind-mediation = Vermittlung
relation-kind-alliance = Bündnis
relation-kind-membership = Mitgliedschaft
relation-kind-support = Unterstützung
relation-kind-economic = Wirtschaftsbeziehungen
relation-kind-accusation = Vorwurf
relation-kind-criticism = Kritik
relation-kind-appeal = Appell
relation-kind-invitation = Einladung
relation-kind-rejection = Ablehnung

## Beziehungen in Worten: von einem Ende zum anderen und aus Sicht der Quelle

relation-conflict = { $source } steht im Konflikt mit { $target }.
relation-negotiation = { $source } führt Gespräche mit { $target }.
relation-mediation = { $source } vermittelt bei { $target }.
relation-alliance = { $source } ist mit { $target } verbündet.
relation-membership = { $source } ist Mitglied von { $target }.
relation-support = { $source } unterstützt { $target }.
relation-economic = { $source } unterhält Wirtschaftsbeziehungen zu { $target }.
relation-economic-directed = { $source } treibt Handel mit { $target }.
relation-accusation = { $source } erhebt Vorwürfe gegen { $target }.
relation-criticism = { $source } kritisiert { $target }.
relation-appeal = { $source } appelliert an { $target }.
relation-invitation = { $source } lädt { $target } ein.
relation-rejection = { $source } lehnt { $target } ab.
relation-with-conflict = steht im Konflikt mit { $other }
relation-with-negotiation = führt Gespräche mit { $other }
relation-with-mediation = vermittelt bei { $other }
relation-with-alliance = ist mit { $other } verbündet
relation-with-membership = ist Mitglied von { $other }
relation-with-support = unterstützt { $other }
relation-with-economic = unterhält Wirtschaftsbeziehungen zu { $other }
relation-with-economic-directed = treibt Handel mit { $other }
relation-with-accusation = erhebt Vorwürfe gegen { $other }
relation-with-criticism = kritisiert { $other }
relation-with-appeal = appelliert an { $other }
relation-with-invitation = lädt { $other } ein
relation-with-rejection = lehnt { $other } ab

## Die Handlungen des CAMEO-Codebuchs (Version 1.1b3), nach Code

cameo-01 = Öffentliche Erklärung abgeben
cameo-010 = Erklärung abgeben
cameo-011 = Stellungnahme verweigern
cameo-012 = Sich pessimistisch äußern
cameo-013 = Sich optimistisch äußern
cameo-014 = Politische Option erwägen
cameo-015 = Verantwortung einräumen oder übernehmen
cameo-016 = Verantwortung bestreiten
cameo-017 = Symbolische Handlung vornehmen
cameo-018 = Mitgefühl äußern
cameo-019 = Zustimmung bekunden
cameo-02 = Appellieren
cameo-020 = Appellieren oder bitten
cameo-021 = Zu materieller Zusammenarbeit aufrufen
cameo-022 = Zu diplomatischer Zusammenarbeit aufrufen
cameo-023 = Um Hilfe bitten
cameo-024 = Zu politischen Reformen aufrufen
cameo-025 = Zum Einlenken aufrufen
cameo-026 = Zu Treffen oder Verhandlungen aufrufen
cameo-027 = Zur Beilegung eines Streits aufrufen
cameo-028 = Aufrufen, zu vermitteln oder Vermittlung anzunehmen
cameo-03 = Bereitschaft zur Zusammenarbeit bekunden
cameo-030 = Bereitschaft zur Zusammenarbeit bekunden
cameo-031 = Bereitschaft zu materieller Zusammenarbeit bekunden
cameo-032 = Bereitschaft zu diplomatischer Zusammenarbeit bekunden
cameo-033 = Bereitschaft zu materieller Hilfe bekunden
cameo-034 = Bereitschaft zu politischen Reformen bekunden
cameo-035 = Bereitschaft zum Einlenken bekunden
cameo-036 = Bereitschaft zu Treffen oder Verhandlungen bekunden
cameo-037 = Bereitschaft zur Beilegung eines Streits bekunden
cameo-038 = Bereitschaft bekunden, Vermittlung anzunehmen
cameo-039 = Bereitschaft bekunden, zu vermitteln
cameo-04 = Beraten
cameo-040 = Beraten
cameo-041 = Telefonisch beraten
cameo-042 = Besuch abstatten
cameo-043 = Besuch empfangen
cameo-044 = Sich an einem dritten Ort treffen
cameo-045 = Vermitteln
cameo-046 = Verhandeln
cameo-05 = Diplomatisch zusammenarbeiten
cameo-050 = Diplomatisch zusammenarbeiten
cameo-051 = Loben oder befürworten
cameo-052 = In Schutz nehmen
cameo-053 = Unterstützung für andere mobilisieren
cameo-054 = Diplomatisch anerkennen
cameo-055 = Sich entschuldigen
cameo-056 = Vergeben
cameo-057 = Förmliches Abkommen unterzeichnen
cameo-06 = Materiell zusammenarbeiten
cameo-060 = Materiell zusammenarbeiten
cameo-061 = Wirtschaftlich zusammenarbeiten
cameo-062 = Militärisch zusammenarbeiten
cameo-063 = Justiziell zusammenarbeiten
cameo-064 = Geheimdienst- oder andere Informationen teilen
cameo-07 = Hilfe leisten
cameo-070 = Hilfe leisten
cameo-071 = Wirtschaftshilfe leisten
cameo-072 = Militärhilfe leisten
cameo-073 = Humanitäre Hilfe leisten
cameo-074 = Militärischen Schutz oder Friedenssicherung leisten
cameo-075 = Asyl gewähren
cameo-08 = Einlenken
cameo-080 = Einlenken
cameo-081 = Administrative Sanktionen lockern
cameo-082 = Politischen Widerstand mäßigen
cameo-083 = Bitten oder Forderungen nach politischen Reformen nachkommen
cameo-084 = Zurückgeben, freilassen
cameo-085 = Wirtschaftssanktionen, Boykott, Embargo lockern
cameo-086 = Internationale Beteiligung zulassen
cameo-087 = Militärisch deeskalieren
cameo-09 = Untersuchen
cameo-090 = Untersuchen
cameo-091 = Wegen Verbrechen, Korruption ermitteln
cameo-092 = Menschenrechtsverletzungen untersuchen
cameo-093 = Militäreinsätze untersuchen
cameo-094 = Kriegsverbrechen untersuchen
cameo-10 = Fordern
cameo-100 = Fordern
cameo-101 = Materielle Zusammenarbeit fordern
cameo-102 = Diplomatische Zusammenarbeit fordern
cameo-103 = Materielle Hilfe fordern
cameo-104 = Politische Reformen fordern
cameo-105 = Einlenken der Gegenseite fordern
cameo-106 = Treffen, Verhandlungen fordern
cameo-107 = Beilegung eines Streits fordern
cameo-108 = Vermittlung fordern
cameo-11 = Missbilligen
cameo-110 = Missbilligen
cameo-111 = Kritisieren oder anprangern
cameo-112 = Vorwürfe erheben
cameo-113 = Widerstand gegen andere mobilisieren
cameo-114 = Offiziell Beschwerde einlegen
cameo-115 = Verklagen
cameo-116 = Schuldig sprechen oder haftbar machen
cameo-12 = Ablehnen
cameo-120 = Ablehnen
cameo-121 = Materielle Zusammenarbeit ablehnen
cameo-122 = Bitte oder Forderung nach materieller Hilfe ablehnen
cameo-123 = Bitte oder Forderung nach politischen Reformen ablehnen
cameo-124 = Einlenken verweigern
cameo-125 = Vorschlag für Treffen, Gespräche oder Verhandlungen ablehnen
cameo-126 = Vermittlung ablehnen
cameo-127 = Plan oder Abkommen zur Beilegung eines Streits ablehnen
cameo-128 = Normen, Gesetze missachten
cameo-129 = Veto einlegen
cameo-13 = Drohen
cameo-130 = Drohen
cameo-131 = Mit gewaltfreien Maßnahmen drohen
cameo-132 = Mit administrativen Sanktionen drohen
cameo-133 = Mit politischem Widerstand, Protest drohen
cameo-134 = Mit Abbruch der Verhandlungen drohen
cameo-135 = Mit Abbruch der Vermittlung drohen
cameo-136 = Mit Ende der internationalen Beteiligung drohen
cameo-137 = Mit Repression drohen
cameo-138 = Mit militärischer Gewalt drohen
cameo-139 = Ultimatum stellen
cameo-14 = Protestieren
cameo-140 = Politischen Widerstand leisten
cameo-141 = Demonstrieren oder Kundgebung abhalten
cameo-142 = In Hungerstreik treten
cameo-143 = Streiken oder boykottieren
cameo-144 = Weg versperren, blockieren
cameo-145 = Gewaltsam protestieren, randalieren
cameo-15 = Stärke demonstrieren
cameo-150 = Militärische oder polizeiliche Stärke demonstrieren
cameo-151 = Alarmbereitschaft der Polizei erhöhen
cameo-152 = Alarmbereitschaft des Militärs erhöhen
cameo-153 = Polizeikräfte mobilisieren oder verstärken
cameo-154 = Streitkräfte mobilisieren oder verstärken
cameo-16 = Beziehungen einschränken
cameo-160 = Beziehungen einschränken
cameo-161 = Diplomatische Beziehungen einschränken oder abbrechen
cameo-162 = Materielle Hilfe kürzen oder einstellen
cameo-163 = Embargo, Boykott oder Sanktionen verhängen
cameo-164 = Verhandlungen abbrechen
cameo-165 = Vermittlung abbrechen
cameo-166 = Ausweisen oder abziehen
cameo-17 = Zwang ausüben
cameo-170 = Zwang ausüben
cameo-171 = Eigentum beschlagnahmen oder beschädigen
cameo-172 = Administrative Sanktionen verhängen
cameo-173 = Festnehmen, inhaftieren oder anklagen
cameo-174 = Personen ausweisen oder abschieben
cameo-175 = Gewaltsame Repression anwenden
cameo-18 = Angreifen
cameo-180 = Unkonventionelle Gewalt anwenden
cameo-181 = Entführen, kapern oder Geiseln nehmen
cameo-182 = Tätlich angreifen
cameo-183 = Selbstmord-, Autobomben- oder andere nichtmilitärische Anschläge verüben
cameo-184 = Als menschliche Schutzschilde missbrauchen
cameo-185 = Mordanschlag verüben
cameo-186 = Ermorden
cameo-19 = Kämpfen
cameo-190 = Konventionelle militärische Gewalt anwenden
cameo-191 = Blockade verhängen, Bewegungsfreiheit einschränken
cameo-192 = Gebiet besetzen
cameo-193 = Mit Kleinwaffen und leichten Waffen kämpfen
cameo-194 = Mit Artillerie und Panzern kämpfen
cameo-195 = Aus der Luft angreifen
cameo-196 = Waffenruhe brechen
cameo-20 = Unkonventionelle Massengewalt anwenden
cameo-200 = Unkonventionelle Massengewalt anwenden
cameo-201 = Massenvertreibungen verüben
cameo-202 = Massentötungen verüben
cameo-203 = Ethnische Säuberungen verüben
cameo-204 = Massenvernichtungswaffen einsetzen
