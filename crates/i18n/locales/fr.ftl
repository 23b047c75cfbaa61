# Dramatis : tous les mots du widget qu’un lecteur voit ou entend, en français. Le contrat est
# le catalogue anglais (en.ftl) : ce fichier en reprend tous les messages, avec les mêmes
# placeables, et la compilation échoue sinon (crates/i18n/build.rs). Les messages dont l’id
# commence par un nom de famille (actor-kind-, relation-kind-, relation-, cameo-) sont
# recherchés par type ou par code.
#
# Placeables : { $name } est du texte (un nom, un titre, une phrase) ; un { $count } sur lequel
# un message fait une sélection est un nombre, et ses variantes sont les catégories de pluriel
# de la langue (CLDR : one, many, other en français ; 0 et 1 sont au singulier).

## Le cadre du widget

kicker = Qui a dit quoi
map-region = Carte des acteurs
details-region = Détails et déclarations
show-everyone = Tous les acteurs
show-everything = Tout afficher
show-less = Afficher moins

## Le panneau de détails

details-region-label = Détails
details-hint = Touchez ou cliquez sur un acteur ou une ligne de la carte pour voir de qui il s’agit, quels liens les unissent et ce qu’en dit l’article.
speaks-for-label = Représente
relations-label = Relations
actor-counts =
    { $relations ->
        [one] { $relations } relation
        [many] { $relations } relations
       *[other] { $relations } relations
    } · { $by ->
        [one] { $by } déclaration
        [many] { $by } déclarations
       *[other] { $by } déclarations
    } de sa part · { $about } à son sujet
relation-and = et
relation-evidence-heading = Ce que dit l’article
show-in-article = Voir dans l’article
evidence-event = { $summary } ({ $act })
evidence-quoted = { $speaker }, citation : { $text }
evidence-reported = { $speaker }, propos rapportés : { $text }
added-context = contexte ajouté
added-context-title = Ne figure pas dans l’article ; ajouté par la rédaction

## Les déclarations

statements-region = Déclarations
statements-heading = Qui a dit quoi
statements-count =
    { $shown } sur { $total ->
        [one] { $total } déclaration
        [many] { $total } déclarations
       *[other] { $total } déclarations
    }
statements-filter = Afficher les déclarations
filter-all = Toutes
filter-quoted = Citées
filter-reported = Rapportées
no-statements-match = Aucune déclaration ne correspond.
no-statements = Aucune déclaration
row-position = { $at } sur { $total }
row-previous = Déclaration précédente
row-next = Déclaration suivante
card-quoted = Citation directe
card-reported = Propos rapportés, et non une citation directe
quote-break = passage de l’article omis entre les deux
in-context = En contexte
copy = Copier
copied = Copié
copy-failed = Impossible de copier
copied-announcement = Copié.
copy-failed-announcement = Impossible de copier.
share = Partager
context-missing = Cette phrase, telle que le récit la donne, ne figure pas dans l’article de cette page (l’article a peut-être été modifié). Version du récit :

## L’article

article-region = L’article
article-heading = L’article
article-help = Les passages marqués sont les éléments du texte sur lesquels reposent la carte et les déclarations. Activez-en un pour voir ce qu’il étaye.

## La carte, sa légende et la carte en version texte

map-label = Carte des acteurs. Les flèches gauche et droite passent d’un acteur à l’autre, les flèches haut et bas changent de rangée, et Entrée sélectionne.
zoom-group = Zoom et déplacement de la carte
zoom-in = Zoom avant
zoom-out = Zoom arrière
zoom-fit = Carte entière
pan-left = Déplacer vers la gauche
pan-up = Déplacer vers le haut
pan-down = Déplacer vers le bas
pan-right = Déplacer vers la droite
legend = Légende de la carte
legend-lines = Lignes
legend-actors = Acteurs
legend-directed = { $kind } (flèche : qui agit sur qui)
legend-speaks-for = Représente
legend-size = Plus la marque est grande, plus le récit mentionne souvent l’acteur.
map-as-text = La carte en version texte
actors-count =
    { $count ->
        [one] { $count } acteur
        [many] { $count } acteurs
       *[other] { $count } acteurs
    }
relations-count =
    { $count ->
        [one] { $count } relation
        [many] { $count } relations
       *[other] { $count } relations
    }

## Phrases tirées des données (la carte en version texte, les noms des acteurs pour les lecteurs d’écran)

list-separator = {", "}
identity-speaks-for = représente { $name }
actor-no-relations = Aucune relation dans ce récit
actor-relations =
    { $count ->
        [one] { $count } relation
        [many] { $count } relations
       *[other] { $count } relations
    } : { $list }
actor-statements =
    { $by ->
        [one] { $by } déclaration
        [many] { $by } déclarations
       *[other] { $by } déclarations
    } de sa part, { $about } à son sujet.
relation-from = { $kind } par { $name }
speaker-speaks-for = (représente { $name })
speaker-as = sous le nom de « { $name } »
citation-reported = { $text } (propos rapportés, et non une citation directe)
citation-in = dans « { $title } »

## Ce qu’entendent les lecteurs d’écran quand la sélection change

statements-shown =
    { $count ->
        [one] { $count } déclaration affichée
        [many] { $count } déclarations affichées
       *[other] { $count } déclarations affichées
    }
announce-everyone = Tous les acteurs sont affichés. { $statements }.
announce-actor = Sélection : { $name }. { $statements }.
announce-relation = Sélection : { $sentence } { $statements }.
announce-quote = Sélection : une déclaration faite par { $name }.

## Quand un récit ne peut pas être affiché

loading = Chargement du récit…
builtin-broken = Le récit intégré est défectueux
not-loaded = Le récit n’a pas pu être chargé
no-answer = { $url } n’a pas répondu dans un délai de { $seconds } secondes
network-failed = la requête réseau vers { $url } a échoué ({ $reason })
server-answered = le serveur a renvoyé { $status } pour { $url }
too-large = Le récit est trop volumineux
too-large-detail = il fait { $bytes } octets ; le widget lit des récits de { $limit } octets au maximum
not-text = Les données de ce récit ne sont pas du texte
not-utf8 = { $url } n’est pas de l’UTF-8 valide
checker-failed = Le vérificateur de récits n’a pas pu démarrer
story-problems =
    Les données de ce récit comportent { $count ->
        [one] { $count } problème
        [many] { $count } problèmes
       *[other] { $count } problèmes
    }
problem-line = ligne { $line }
problem-line-path = ligne { $line }, { $path }
problem-document = document
more-problems = …et { $count } de plus.
apology = Désolé, ce récit interactif a cessé de fonctionner. Rechargez la page pour réessayer.

## Les types d’acteurs et de relations

actor-kind-state = État
actor-kind-government = Gouvernement
actor-kind-person = Personne
actor-kind-organization = Organisation
actor-kind-alliance = Alliance
actor-kind-collective = Acteur collectif

actor-phrase-state = État
actor-phrase-government = gouvernement
actor-phrase-person = personne
actor-phrase-organization = organisation
actor-phrase-alliance = alliance
actor-phrase-collective = acteur collectif

relation-kind-conflict = Conflit
relation-kind-negotiation = Négociations
relation-kind-mediation = Médiation
relation-kind-alliance = Alliance
relation-kind-membership = Appartenance
relation-kind-support = Soutien
relation-kind-economic = Liens économiques
relation-kind-accusation = Accusation
relation-kind-criticism = Critique
relation-kind-appeal = Appel
relation-kind-invitation = Invitation
relation-kind-rejection = Rejet

## Les relations en mots : d’un bout à l’autre, et vues depuis la source

relation-conflict = { $source } est en conflit avec { $target }.
relation-negotiation = { $source } négocie avec { $target }.
relation-mediation = { $source } mène une médiation avec { $target }.
relation-alliance = { $source } forme une alliance avec { $target }.
relation-membership = { $source } appartient à { $target }.
relation-support = { $source } soutient { $target }.
relation-economic = { $source } a des liens économiques avec { $target }.
relation-economic-directed = { $source } fait du commerce avec { $target }.
relation-accusation = { $source } accuse { $target }.
relation-criticism = { $source } critique { $target }.
relation-appeal = { $source } lance un appel à { $target }.
relation-invitation = { $source } invite { $target }.
relation-rejection = { $source } rejette { $target }.
relation-with-conflict = est en conflit avec { $other }
relation-with-negotiation = négocie avec { $other }
relation-with-mediation = mène une médiation avec { $other }
relation-with-alliance = forme une alliance avec { $other }
relation-with-membership = appartient à { $other }
relation-with-support = soutient { $other }
relation-with-economic = a des liens économiques avec { $other }
relation-with-economic-directed = fait du commerce avec { $other }
relation-with-accusation = accuse { $other }
relation-with-criticism = critique { $other }
relation-with-appeal = lance un appel à { $other }
relation-with-invitation = invite { $other }
relation-with-rejection = rejette { $other }

## Les actes du codebook CAMEO (version 1.1b3), par code

cameo-01 = Faire une déclaration publique
cameo-010 = Faire une déclaration
cameo-011 = Refuser de commenter
cameo-012 = Faire un commentaire pessimiste
cameo-013 = Faire un commentaire optimiste
cameo-014 = Envisager une option politique
cameo-015 = Reconnaître ou revendiquer la responsabilité
cameo-016 = Nier toute responsabilité
cameo-017 = Accomplir un acte symbolique
cameo-018 = Faire un commentaire empathique
cameo-019 = Exprimer son accord
cameo-02 = Lancer un appel
cameo-020 = Lancer un appel ou formuler une demande
cameo-021 = Appeler à une coopération matérielle
cameo-022 = Appeler à une coopération diplomatique
cameo-023 = Appeler à l’aide
cameo-024 = Appeler à une réforme politique
cameo-025 = Appeler l’autre partie à céder
cameo-026 = Appeler les parties à se rencontrer ou à négocier
cameo-027 = Appeler les parties à régler leur différend
cameo-028 = Appeler les parties à engager ou à accepter une médiation
cameo-03 = Exprimer l’intention de coopérer
cameo-030 = Exprimer l’intention de coopérer
cameo-031 = Exprimer l’intention de coopérer sur le plan matériel
cameo-032 = Exprimer l’intention de coopérer sur le plan diplomatique
cameo-033 = Exprimer l’intention de fournir une aide matérielle
cameo-034 = Exprimer l’intention d’engager une réforme politique
cameo-035 = Exprimer l’intention de céder
cameo-036 = Exprimer l’intention de se rencontrer ou de négocier
cameo-037 = Exprimer l’intention de régler un différend
cameo-038 = Exprimer l’intention d’accepter une médiation
cameo-039 = Exprimer l’intention de mener une médiation
cameo-04 = Consulter
cameo-040 = Consulter
cameo-041 = S’entretenir par téléphone
cameo-042 = Effectuer une visite
cameo-043 = Recevoir une visite
cameo-044 = Se rencontrer dans un lieu tiers
cameo-045 = Mener une médiation
cameo-046 = Négocier
cameo-05 = Coopérer sur le plan diplomatique
cameo-050 = Coopérer sur le plan diplomatique
cameo-051 = Saluer ou approuver
cameo-052 = Défendre verbalement
cameo-053 = Mobiliser des soutiens en faveur d’un autre acteur
cameo-054 = Accorder une reconnaissance diplomatique
cameo-055 = Présenter des excuses
cameo-056 = Pardonner
cameo-057 = Signer un accord formel
cameo-06 = Coopérer sur le plan matériel
cameo-060 = Coopérer sur le plan matériel
cameo-061 = Coopérer sur le plan économique
cameo-062 = Coopérer sur le plan militaire
cameo-063 = Coopérer sur le plan judiciaire
cameo-064 = Partager du renseignement ou des informations
cameo-07 = Apporter une aide
cameo-070 = Apporter une aide
cameo-071 = Apporter une aide économique
cameo-072 = Apporter une aide militaire
cameo-073 = Apporter une aide humanitaire
cameo-074 = Assurer une protection militaire ou le maintien de la paix
cameo-075 = Accorder l’asile
cameo-08 = Céder
cameo-080 = Céder
cameo-081 = Assouplir des sanctions administratives
cameo-082 = Modérer la contestation politique
cameo-083 = Accéder à des demandes ou exigences de réforme politique
cameo-084 = Restituer, libérer
cameo-085 = Assouplir des sanctions économiques, un boycott ou un embargo
cameo-086 = Autoriser une implication internationale
cameo-087 = Procéder à une désescalade militaire
cameo-09 = Enquêter
cameo-090 = Enquêter
cameo-091 = Enquêter sur des délits ou des faits de corruption
cameo-092 = Enquêter sur des violations des droits humains
cameo-093 = Enquêter sur une action militaire
cameo-094 = Enquêter sur des crimes de guerre
cameo-10 = Exiger
cameo-100 = Exiger
cameo-101 = Exiger une coopération matérielle
cameo-102 = Exiger une coopération diplomatique
cameo-103 = Exiger une aide matérielle
cameo-104 = Exiger une réforme politique
cameo-105 = Exiger que l’autre partie cède
cameo-106 = Exiger une rencontre ou une négociation
cameo-107 = Exiger le règlement d’un différend
cameo-108 = Exiger une médiation
cameo-11 = Désapprouver
cameo-110 = Désapprouver
cameo-111 = Critiquer ou dénoncer
cameo-112 = Accuser
cameo-113 = Mobiliser une opposition contre un autre acteur
cameo-114 = Se plaindre officiellement
cameo-115 = Intenter une action en justice
cameo-116 = Déclarer coupable ou responsable (en justice)
cameo-12 = Rejeter
cameo-120 = Rejeter
cameo-121 = Rejeter une coopération matérielle
cameo-122 = Rejeter une demande ou une exigence d’aide matérielle
cameo-123 = Rejeter une demande ou une exigence de réforme politique
cameo-124 = Refuser de céder
cameo-125 = Rejeter une proposition de rencontre, de discussion ou de négociation
cameo-126 = Rejeter une médiation
cameo-127 = Rejeter un plan ou un accord de règlement d’un différend
cameo-128 = Braver les normes ou la loi
cameo-129 = Opposer son veto
cameo-13 = Menacer
cameo-130 = Menacer
cameo-131 = Menacer de mesures sans recours à la force
cameo-132 = Menacer de sanctions administratives
cameo-133 = Menacer d’actions de contestation ou de manifestations
cameo-134 = Menacer d’interrompre les négociations
cameo-135 = Menacer d’interrompre la médiation
cameo-136 = Menacer d’interrompre l’implication internationale
cameo-137 = Menacer de répression
cameo-138 = Menacer de recourir à la force militaire
cameo-139 = Lancer un ultimatum
cameo-14 = Protester
cameo-140 = Exprimer une contestation politique
cameo-141 = Manifester ou se rassembler
cameo-142 = Faire une grève de la faim
cameo-143 = Faire grève ou boycotter
cameo-144 = Entraver le passage, bloquer
cameo-145 = Manifester violemment, se livrer à des émeutes
cameo-15 = Faire une démonstration de force
cameo-150 = Faire étalage de sa puissance militaire ou policière
cameo-151 = Relever le niveau d’alerte de la police
cameo-152 = Relever le niveau d’alerte de l’armée
cameo-153 = Mobiliser ou renforcer les forces de police
cameo-154 = Mobiliser ou renforcer les forces armées
cameo-16 = Réduire les relations
cameo-160 = Réduire les relations
cameo-161 = Réduire ou rompre les relations diplomatiques
cameo-162 = Réduire ou suspendre l’aide matérielle
cameo-163 = Imposer un embargo, un boycott ou des sanctions
cameo-164 = Interrompre les négociations
cameo-165 = Interrompre la médiation
cameo-166 = Expulser ou se retirer
cameo-17 = Contraindre
cameo-170 = Contraindre
cameo-171 = Saisir ou endommager des biens
cameo-172 = Imposer des sanctions administratives
cameo-173 = Arrêter, détenir ou poursuivre en justice
cameo-174 = Expulser ou renvoyer des personnes
cameo-175 = Recourir à la répression violente
cameo-18 = Agresser
cameo-180 = Recourir à une violence non conventionnelle
cameo-181 = Enlever, détourner ou prendre en otage
cameo-182 = Agresser physiquement
cameo-183 = Commettre un attentat-suicide, à la voiture piégée ou tout autre attentat à l’explosif
cameo-184 = Se servir de boucliers humains
cameo-185 = Tenter d’assassiner
cameo-186 = Assassiner
cameo-19 = Combattre
cameo-190 = Recourir à la force militaire conventionnelle
cameo-191 = Imposer un blocus, restreindre les déplacements
cameo-192 = Occuper un territoire
cameo-193 = Combattre avec des armes légères et de petit calibre
cameo-194 = Combattre avec de l’artillerie et des chars
cameo-195 = Mener des frappes aériennes
cameo-196 = Violer le cessez-le-feu
cameo-20 = Recourir à une violence de masse non conventionnelle
cameo-200 = Recourir à une violence de masse non conventionnelle
cameo-201 = Procéder à des expulsions massives
cameo-202 = Commettre des massacres
cameo-203 = Procéder à un nettoyage ethnique
cameo-204 = Utiliser des armes de destruction massive
