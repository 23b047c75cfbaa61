# Dramatis: todas las palabras del widget que un lector ve u oye, en español. El contrato es el
# catálogo inglés (en.ftl): este archivo tiene todos sus mensajes, con los mismos placeables, y
# la compilación falla si no es así (crates/i18n/build.rs). Los mensajes cuyo id empieza por un
# nombre de familia (actor-kind-, relation-kind-, relation-, cameo-) se buscan por tipo o por
# código.
#
# Placeables: { $name } es texto (un nombre, un título, una frase); un { $count } sobre el que
# un mensaje hace una selección es un número, y sus variantes son las categorías de plural del
# idioma (CLDR: one, many, other en español).

## El marco del widget

kicker = Quién dijo qué
map-region = Mapa de los actores
details-region = Detalles y declaraciones
show-everyone = Ver a todos
show-everything = Mostrar todo
show-less = Mostrar menos

## El panel de detalles

details-region-label = Detalles
details-hint = Toca o haz clic en un actor o en una línea del mapa para ver de quién se trata, qué relación hay y qué dice el artículo.
speaks-for-label = Habla en nombre de
relations-label = Relaciones
actor-counts =
    { $relations ->
        [one] { $relations } relación
        [many] { $relations } relaciones
       *[other] { $relations } relaciones
    } · { $by ->
        [one] { $by } declaración suya
        [many] { $by } declaraciones suyas
       *[other] { $by } declaraciones suyas
    } · { $about } sobre este actor
relation-and = y
relation-evidence-heading = Lo que dice el artículo
show-in-article = Ver en el artículo
evidence-event = { $summary } ({ $act })
evidence-quoted = { $speaker }, cita textual: { $text }
evidence-reported = { $speaker }, en estilo indirecto: { $text }
added-context = contexto añadido
added-context-title = No figura en el artículo; lo ha añadido la redacción

## Las declaraciones

statements-region = Declaraciones
statements-heading = Quién dijo qué
statements-count =
    { $shown } de { $total ->
        [one] { $total } declaración
        [many] { $total } declaraciones
       *[other] { $total } declaraciones
    }
statements-filter = Mostrar declaraciones
filter-all = Todas
filter-quoted = Textuales
filter-reported = Indirectas
no-statements-match = Ninguna declaración coincide.
no-statements = Ninguna declaración
row-position = { $at } de { $total }
row-previous = Declaración anterior
row-next = Declaración siguiente
card-quoted = Cita textual
card-reported = Estilo indirecto, no es una cita textual
quote-break = se omite el texto intermedio del artículo
in-context = En contexto
copy = Copiar
copied = Copiado
copy-failed = No se pudo copiar
copied-announcement = Copiado.
copy-failed-announcement = No se pudo copiar.
share = Compartir
context-missing = Esta frase, tal como figura en la historia, no aparece en el artículo de esta página (puede que el artículo se haya modificado). La versión de la historia:

## El artículo

article-region = El artículo
article-heading = El artículo
article-help = Los pasajes marcados son los fragmentos del texto en los que se basan el mapa y las declaraciones. Activa uno para ver qué respalda.

## El mapa, su leyenda y el mapa en formato texto

map-label = Mapa de los actores. Las flechas izquierda y derecha pasan de un actor a otro, las flechas arriba y abajo cambian de fila e Intro selecciona.
zoom-group = Zoom y desplazamiento del mapa
zoom-in = Acercar
zoom-out = Alejar
zoom-fit = Mapa completo
pan-left = Desplazar a la izquierda
pan-up = Desplazar hacia arriba
pan-down = Desplazar hacia abajo
pan-right = Desplazar a la derecha
legend = Leyenda del mapa
legend-lines = Líneas
legend-actors = Actores
legend-directed = { $kind } (flecha: quién actúa sobre quién)
legend-speaks-for = Habla en nombre de
legend-size = Las marcas más grandes corresponden a los actores que la historia menciona con más frecuencia.
map-as-text = El mapa en formato texto
actors-count =
    { $count ->
        [one] { $count } actor
        [many] { $count } actores
       *[other] { $count } actores
    }
relations-count =
    { $count ->
        [one] { $count } relación
        [many] { $count } relaciones
       *[other] { $count } relaciones
    }

## Frases construidas a partir de los datos (el mapa en formato texto, los nombres de los actores para los lectores de pantalla)

list-separator = {", "}
identity-speaks-for = habla en nombre de { $name }
actor-no-relations = Sin relaciones en esta historia
actor-relations =
    { $count ->
        [one] { $count } relación
        [many] { $count } relaciones
       *[other] { $count } relaciones
    }: { $list }
actor-statements =
    { $by ->
        [one] { $by } declaración suya
        [many] { $by } declaraciones suyas
       *[other] { $by } declaraciones suyas
    }, { $about } sobre este actor.
relation-from = { $kind } por parte de { $name }
speaker-speaks-for = (habla en nombre de { $name })
speaker-as = como «{ $name }»
citation-reported = { $text } (estilo indirecto, no es una cita textual)
citation-in = en «{ $title }»

## Lo que oyen los lectores de pantalla cuando cambia la selección

statements-shown =
    { $count ->
        [one] { $count } declaración mostrada
        [many] { $count } declaraciones mostradas
       *[other] { $count } declaraciones mostradas
    }
announce-everyone = Se muestra a todos los actores. { $statements }.
announce-actor = Selección: { $name }. { $statements }.
announce-relation = Selección: { $sentence } { $statements }.
announce-quote = Selección: una declaración de { $name }.

## Cuando no se puede mostrar una historia

loading = Cargando la historia…
builtin-broken = La historia integrada está dañada
not-loaded = No se pudo cargar la historia
no-answer = { $url } no respondió en { $seconds } segundos
network-failed = la solicitud de red a { $url } falló ({ $reason })
server-answered = el servidor devolvió { $status } para { $url }
too-large = La historia es demasiado grande
too-large-detail = tiene { $bytes } bytes; el widget lee historias de { $limit } bytes como máximo
not-text = Los datos de esta historia no son texto
not-utf8 = { $url } no es UTF-8 válido
checker-failed = No se pudo iniciar el verificador de historias
story-problems =
    Los datos de esta historia tienen { $count ->
        [one] { $count } problema
        [many] { $count } problemas
       *[other] { $count } problemas
    }
problem-line = línea { $line }
problem-line-path = línea { $line }, { $path }
problem-document = documento
more-problems = …y { $count } más.
apology = Lo sentimos, esta historia interactiva ha dejado de funcionar. Recarga la página para volver a intentarlo.

## Los tipos de actores y de relaciones

actor-kind-state = Estado
actor-kind-government = Gobierno
actor-kind-person = Persona
actor-kind-organization = Organización
actor-kind-alliance = Alianza
actor-kind-collective = Actor colectivo

actor-phrase-state = Estado
actor-phrase-government = Gobierno
actor-phrase-person = persona
actor-phrase-organization = organización
actor-phrase-alliance = alianza
actor-phrase-collective = actor colectivo

relation-kind-conflict = Conflicto
relation-kind-negotiation = Negociaciones
relation-kind-mediation = Mediación
relation-kind-alliance = Alianza
relation-kind-membership = Pertenencia
relation-kind-support = Apoyo
relation-kind-economic = Lazos económicos
relation-kind-accusation = Acusación
relation-kind-criticism = Crítica
relation-kind-appeal = Llamamiento
relation-kind-invitation = Invitación
relation-kind-rejection = Rechazo

## Las relaciones en palabras: de un extremo al otro, y vistas desde el origen

relation-conflict = { $source } está en conflicto con { $target }.
relation-negotiation = { $source } negocia con { $target }.
relation-mediation = { $source } media ante { $target }.
relation-alliance = { $source } tiene una alianza con { $target }.
relation-membership = { $source } pertenece a { $target }.
relation-support = { $source } apoya a { $target }.
relation-economic = { $source } tiene lazos económicos con { $target }.
relation-economic-directed = { $source } comercia con { $target }.
relation-accusation = { $source } acusa a { $target }.
relation-criticism = { $source } critica a { $target }.
relation-appeal = { $source } hace un llamamiento a { $target }.
relation-invitation = { $source } invita a { $target }.
relation-rejection = { $source } rechaza a { $target }.
relation-with-conflict = está en conflicto con { $other }
relation-with-negotiation = negocia con { $other }
relation-with-mediation = media ante { $other }
relation-with-alliance = tiene una alianza con { $other }
relation-with-membership = pertenece a { $other }
relation-with-support = apoya a { $other }
relation-with-economic = tiene lazos económicos con { $other }
relation-with-economic-directed = comercia con { $other }
relation-with-accusation = acusa a { $other }
relation-with-criticism = critica a { $other }
relation-with-appeal = hace un llamamiento a { $other }
relation-with-invitation = invita a { $other }
relation-with-rejection = rechaza a { $other }

## Los actos del libro de códigos CAMEO (versión 1.1b3), por código

cameo-01 = Hacer una declaración pública
cameo-010 = Hacer una declaración
cameo-011 = Negarse a hacer comentarios
cameo-012 = Hacer un comentario pesimista
cameo-013 = Hacer un comentario optimista
cameo-014 = Estudiar una opción política
cameo-015 = Reconocer o reivindicar la responsabilidad
cameo-016 = Negar la responsabilidad
cameo-017 = Realizar un acto simbólico
cameo-018 = Hacer un comentario empático
cameo-019 = Expresar acuerdo
cameo-02 = Hacer un llamamiento
cameo-020 = Hacer un llamamiento o una petición
cameo-021 = Pedir cooperación material
cameo-022 = Pedir cooperación diplomática
cameo-023 = Pedir ayuda
cameo-024 = Pedir una reforma política
cameo-025 = Pedir a la otra parte que ceda
cameo-026 = Pedir a las partes que se reúnan o negocien
cameo-027 = Pedir a las partes que resuelvan su disputa
cameo-028 = Pedir a las partes que inicien o acepten una mediación
cameo-03 = Expresar la intención de cooperar
cameo-030 = Expresar la intención de cooperar
cameo-031 = Expresar la intención de cooperar en el plano material
cameo-032 = Expresar la intención de cooperar en el plano diplomático
cameo-033 = Expresar la intención de prestar ayuda material
cameo-034 = Expresar la intención de emprender una reforma política
cameo-035 = Expresar la intención de ceder
cameo-036 = Expresar la intención de reunirse o negociar
cameo-037 = Expresar la intención de resolver una disputa
cameo-038 = Expresar la intención de aceptar una mediación
cameo-039 = Expresar la intención de mediar
cameo-04 = Consultar
cameo-040 = Consultar
cameo-041 = Conversar por teléfono
cameo-042 = Realizar una visita
cameo-043 = Recibir una visita
cameo-044 = Reunirse en un tercer lugar
cameo-045 = Mediar
cameo-046 = Negociar
cameo-05 = Cooperar en el plano diplomático
cameo-050 = Cooperar en el plano diplomático
cameo-051 = Elogiar o respaldar
cameo-052 = Defender verbalmente
cameo-053 = Recabar apoyos a favor de otro actor
cameo-054 = Otorgar reconocimiento diplomático
cameo-055 = Pedir disculpas
cameo-056 = Perdonar
cameo-057 = Firmar un acuerdo formal
cameo-06 = Cooperar en el plano material
cameo-060 = Cooperar en el plano material
cameo-061 = Cooperar en el plano económico
cameo-062 = Cooperar en el plano militar
cameo-063 = Cooperar en el plano judicial
cameo-064 = Compartir inteligencia o información
cameo-07 = Prestar ayuda
cameo-070 = Prestar ayuda
cameo-071 = Prestar ayuda económica
cameo-072 = Prestar ayuda militar
cameo-073 = Prestar ayuda humanitaria
cameo-074 = Proporcionar protección militar o mantenimiento de la paz
cameo-075 = Conceder asilo
cameo-08 = Ceder
cameo-080 = Ceder
cameo-081 = Aliviar sanciones administrativas
cameo-082 = Moderar la protesta política
cameo-083 = Acceder a peticiones o exigencias de reforma política
cameo-084 = Devolver, liberar
cameo-085 = Aliviar sanciones económicas, boicots o embargos
cameo-086 = Permitir la implicación internacional
cameo-087 = Desescalar el enfrentamiento militar
cameo-09 = Investigar
cameo-090 = Investigar
cameo-091 = Investigar delitos o corrupción
cameo-092 = Investigar violaciones de los derechos humanos
cameo-093 = Investigar acciones militares
cameo-094 = Investigar crímenes de guerra
cameo-10 = Exigir
cameo-100 = Exigir
cameo-101 = Exigir cooperación material
cameo-102 = Exigir cooperación diplomática
cameo-103 = Exigir ayuda material
cameo-104 = Exigir una reforma política
cameo-105 = Exigir que la otra parte ceda
cameo-106 = Exigir una reunión o una negociación
cameo-107 = Exigir la resolución de una disputa
cameo-108 = Exigir una mediación
cameo-11 = Desaprobar
cameo-110 = Desaprobar
cameo-111 = Criticar o denunciar
cameo-112 = Acusar
cameo-113 = Movilizar la oposición contra otro actor
cameo-114 = Presentar una queja formal
cameo-115 = Presentar una demanda judicial
cameo-116 = Declarar culpable o responsable (judicialmente)
cameo-12 = Rechazar
cameo-120 = Rechazar
cameo-121 = Rechazar la cooperación material
cameo-122 = Rechazar una petición o exigencia de ayuda material
cameo-123 = Rechazar una petición o exigencia de reforma política
cameo-124 = Negarse a ceder
cameo-125 = Rechazar una propuesta de reunión, diálogo o negociación
cameo-126 = Rechazar una mediación
cameo-127 = Rechazar un plan o acuerdo para resolver una disputa
cameo-128 = Desafiar las normas o la ley
cameo-129 = Vetar
cameo-13 = Amenazar
cameo-130 = Amenazar
cameo-131 = Amenazar con medidas sin uso de la fuerza
cameo-132 = Amenazar con sanciones administrativas
cameo-133 = Amenazar con disidencia política o protestas
cameo-134 = Amenazar con interrumpir las negociaciones
cameo-135 = Amenazar con interrumpir la mediación
cameo-136 = Amenazar con interrumpir la implicación internacional
cameo-137 = Amenazar con la represión
cameo-138 = Amenazar con usar la fuerza militar
cameo-139 = Dar un ultimátum
cameo-14 = Protestar
cameo-140 = Expresar disidencia política
cameo-141 = Manifestarse o concentrarse
cameo-142 = Hacer una huelga de hambre
cameo-143 = Hacer huelga o boicot
cameo-144 = Obstaculizar el paso, bloquear
cameo-145 = Protestar con violencia, provocar disturbios
cameo-15 = Hacer una demostración de fuerza
cameo-150 = Exhibir poderío militar o policial
cameo-151 = Elevar el nivel de alerta policial
cameo-152 = Elevar el nivel de alerta militar
cameo-153 = Movilizar o reforzar las fuerzas policiales
cameo-154 = Movilizar o reforzar las fuerzas armadas
cameo-16 = Reducir las relaciones
cameo-160 = Reducir las relaciones
cameo-161 = Reducir o romper las relaciones diplomáticas
cameo-162 = Reducir o suspender la ayuda material
cameo-163 = Imponer un embargo, un boicot o sanciones
cameo-164 = Interrumpir las negociaciones
cameo-165 = Interrumpir la mediación
cameo-166 = Expulsar o retirarse
cameo-17 = Coaccionar
cameo-170 = Coaccionar
cameo-171 = Confiscar o dañar bienes
cameo-172 = Imponer sanciones administrativas
cameo-173 = Detener, retener o procesar
cameo-174 = Expulsar o deportar a personas
cameo-175 = Recurrir a tácticas de represión violenta
cameo-18 = Agredir
cameo-180 = Recurrir a la violencia no convencional
cameo-181 = Secuestrar o tomar rehenes
cameo-182 = Agredir físicamente
cameo-183 = Cometer un atentado suicida, con coche bomba u otro atentado con explosivos
cameo-184 = Utilizar escudos humanos
cameo-185 = Intentar asesinar
cameo-186 = Asesinar
cameo-19 = Combatir
cameo-190 = Recurrir a la fuerza militar convencional
cameo-191 = Imponer un bloqueo, restringir los desplazamientos
cameo-192 = Ocupar territorio
cameo-193 = Combatir con armas pequeñas y ligeras
cameo-194 = Combatir con artillería y tanques
cameo-195 = Lanzar ataques aéreos
cameo-196 = Violar el alto el fuego
cameo-20 = Recurrir a la violencia masiva no convencional
cameo-200 = Recurrir a la violencia masiva no convencional
cameo-201 = Llevar a cabo expulsiones masivas
cameo-202 = Cometer matanzas
cameo-203 = Llevar a cabo una limpieza étnica
cameo-204 = Usar armas de destrucción masiva
