# Dramatis: every word of the widget a reader sees or hears, in English. This file is the
# contract: every other language has every message here with the same placeables, and the
# build fails otherwise (crates/i18n/build.rs). Messages whose id starts with a family name
# (actor-kind-, actor-phrase-, relation-kind-, relation-, cameo-) are looked up by kind or code.
#
# Placeables: { $name } is text (a name, a title, a sentence); a { $count } that a message
# selects on is a number, and its variants are the language's plural categories
# (CLDR: one, other in English).

## The widget's frame

kicker = Who said what
map-region = Map of the actors
details-region = Details and statements
show-everyone = Show everyone
show-everything = Show everything
show-less = Show less

## The details panel

details-region-label = Details
details-hint = Tap or click an actor or a line on the map to see who they are, how they are connected and what the article says.
speaks-for-label = Speaks for
relations-label = Relations
actor-counts =
    { $relations ->
        [one] 1 relation
       *[other] { $relations } relations
    } · { $by ->
        [one] 1 statement
       *[other] { $by } statements
    } by · { $about } about
relation-and = and
relation-evidence-heading = What the article says
show-in-article = Show in the article
evidence-event = { $summary } ({ $act })
evidence-quoted = { $speaker }, quoted: { $text }
evidence-reported = { $speaker }, reported: { $text }
added-context = added context
added-context-title = Not stated in the article; added by the editors

## Statements

statements-region = Statements
statements-heading = Who said what
statements-count =
    { $shown } of { $total ->
        [one] 1 statement
       *[other] { $total } statements
    }
statements-filter = Show statements
filter-all = All
filter-quoted = Quoted
filter-reported = Reported
no-statements-match = No statements match.
no-statements = No statements
row-position = { $at } of { $total }
row-previous = Previous statement
row-next = Next statement
card-quoted = Quoted
card-reported = Reported speech, not a direct quote
quote-break = the article's words in between left out
in-context = In context
copy = Copy
copied = Copied
copy-failed = Could not copy
copied-announcement = Copied.
copy-failed-announcement = Could not copy.
share = Share
context-missing = This sentence is not in the article on this page as the story has it (it may have been edited). The story's version:

## The article

article-region = The article
article-heading = The article
article-help = Marked passages are the evidence for the map and the statements. Activate one to see what it supports.

## The map, its key and the map as text

map-label = Map of the actors. Left and right arrows step through the actors, up and down move by rows, Enter selects.
zoom-group = Zoom and pan the map
zoom-in = Zoom in
zoom-out = Zoom out
zoom-fit = Whole map
pan-left = Pan left
pan-up = Pan up
pan-down = Pan down
pan-right = Pan right
legend = Key to the map
legend-lines = Lines
legend-actors = Actors
legend-directed = { $kind } (arrow: who acts on whom)
legend-speaks-for = Speaks for
legend-size = Larger marks are actors the story mentions more often.
map-as-text = The map as text
actors-count =
    { $count ->
        [one] 1 actor
       *[other] { $count } actors
    }
relations-count =
    { $count ->
        [one] 1 relation
       *[other] { $count } relations
    }

## Sentences made from the data (the map as text, the actors' names for screen readers)

list-separator = {", "}
identity-speaks-for = speaks for { $name }
actor-no-relations = No relations in this story
actor-relations =
    { $count ->
        [one] 1 relation
       *[other] { $count } relations
    }: { $list }
actor-statements =
    { $by ->
        [one] 1 statement
       *[other] { $by } statements
    } by, { $about } about.
relation-from = { $kind } from { $name }
speaker-speaks-for = (speaks for { $name })
speaker-as = as “{ $name }”
citation-reported = { $text } (reported, not a direct quote)
citation-in = in “{ $title }”

## What screen readers hear when the selection changes

statements-shown =
    { $count ->
        [one] 1 statement shown
       *[other] { $count } statements shown
    }
announce-everyone = Showing everyone. { $statements }.
announce-actor = Selected { $name }. { $statements }.
announce-relation = Selected: { $sentence } { $statements }.
announce-quote = Selected a statement by { $name }.

## When a story cannot be shown

loading = Loading the story…
builtin-broken = The built-in story is broken
not-loaded = The story could not be loaded
no-answer = { $url } did not answer within { $seconds } seconds
network-failed = the network request for { $url } failed ({ $reason })
server-answered = the server answered { $status } for { $url }
too-large = The story is too large
too-large-detail = it has { $bytes } bytes; the widget reads stories of at most { $limit } bytes
not-text = This story's data is not text
not-utf8 = { $url } is not valid UTF-8
checker-failed = The story checker could not start
story-problems =
    This story's data has { $count ->
        [one] 1 problem
       *[other] { $count } problems
    }
problem-line = line { $line }
problem-line-path = line { $line }, { $path }
problem-document = document
more-problems = …and { $count } more.
apology = Sorry, this interactive story stopped working. Reload the page to try again.

## The kinds of actors and relations

actor-kind-state = State
actor-kind-government = Government
actor-kind-person = Person
actor-kind-organization = Organisation
actor-kind-alliance = Alliance
actor-kind-collective = Collective actor

# The same kinds as a word inside a phrase ("Dmitri Peskov, Kremlin spokesman, person"):
# in lower case where the language writes them so.
actor-phrase-state = state
actor-phrase-government = government
actor-phrase-person = person
actor-phrase-organization = organisation
actor-phrase-alliance = alliance
actor-phrase-collective = collective actor

relation-kind-conflict = Conflict
relation-kind-negotiation = Talks
relation-kind-mediation = Mediation
relation-kind-alliance = Alliance
relation-kind-membership = Membership
relation-kind-support = Support
relation-kind-economic = Economic ties
relation-kind-accusation = Accusation
relation-kind-criticism = Criticism
relation-kind-appeal = Appeal
relation-kind-invitation = Invitation
relation-kind-rejection = Rejection

## Relations in words: from one end to the other, and as seen from the source

relation-conflict = { $source } is in conflict with { $target }.
relation-negotiation = { $source } is in talks with { $target }.
relation-mediation = { $source } mediates with { $target }.
relation-alliance = { $source } is allied with { $target }.
relation-membership = { $source } is a member of { $target }.
relation-support = { $source } supports { $target }.
relation-economic = { $source } has economic ties with { $target }.
relation-economic-directed = { $source } trades with { $target }.
relation-accusation = { $source } accuses { $target }.
relation-criticism = { $source } criticises { $target }.
relation-appeal = { $source } appeals to { $target }.
relation-invitation = { $source } invites { $target }.
relation-rejection = { $source } rejects { $target }.
relation-with-conflict = is in conflict with { $other }
relation-with-negotiation = is in talks with { $other }
relation-with-mediation = mediates with { $other }
relation-with-alliance = is allied with { $other }
relation-with-membership = is a member of { $other }
relation-with-support = supports { $other }
relation-with-economic = has economic ties with { $other }
relation-with-economic-directed = trades with { $other }
relation-with-accusation = accuses { $other }
relation-with-criticism = criticises { $other }
relation-with-appeal = appeals to { $other }
relation-with-invitation = invites { $other }
relation-with-rejection = rejects { $other }

## The acts of the CAMEO codebook (version 1.1b3), by code

cameo-01 = Make public statement
cameo-010 = Make statement
cameo-011 = Decline comment
cameo-012 = Make pessimistic comment
cameo-013 = Make optimistic comment
cameo-014 = Consider policy option
cameo-015 = Acknowledge or claim responsibility
cameo-016 = Deny responsibility
cameo-017 = Engage in symbolic act
cameo-018 = Make empathetic comment
cameo-019 = Express accord
cameo-02 = Appeal
cameo-020 = Make an appeal or request
cameo-021 = Appeal for material cooperation
cameo-022 = Appeal for diplomatic cooperation
cameo-023 = Appeal for aid
cameo-024 = Appeal for political reform
cameo-025 = Appeal to yield
cameo-026 = Appeal to others to meet or negotiate
cameo-027 = Appeal to others to settle dispute
cameo-028 = Appeal to others to engage in or accept mediation
cameo-03 = Express intent to cooperate
cameo-030 = Express intent to cooperate
cameo-031 = Express intent to engage in material cooperation
cameo-032 = Express intent to provide diplomatic cooperation
cameo-033 = Express intent to provide material aid
cameo-034 = Express intent to institute political reform
cameo-035 = Express intent to yield
cameo-036 = Express intent to meet or negotiate
cameo-037 = Express intent to settle dispute
cameo-038 = Express intent to accept mediation
cameo-039 = Express intent to mediate
cameo-04 = Consult
cameo-040 = Consult
cameo-041 = Discuss by telephone
cameo-042 = Make a visit
cameo-043 = Host a visit
cameo-044 = Meet at a third location
cameo-045 = Mediate
cameo-046 = Engage in negotiation
cameo-05 = Engage in diplomatic cooperation
cameo-050 = Engage in diplomatic cooperation
cameo-051 = Praise or endorse
cameo-052 = Defend verbally
cameo-053 = Rally support on behalf of
cameo-054 = Grant diplomatic recognition
cameo-055 = Apologize
cameo-056 = Forgive
cameo-057 = Sign formal agreement
cameo-06 = Engage in material cooperation
cameo-060 = Engage in material cooperation
cameo-061 = Cooperate economically
cameo-062 = Cooperate militarily
cameo-063 = Engage in judicial cooperation
cameo-064 = Share intelligence or information
cameo-07 = Provide aid
cameo-070 = Provide aid
cameo-071 = Provide economic aid
cameo-072 = Provide military aid
cameo-073 = Provide humanitarian aid
cameo-074 = Provide military protection or peacekeeping
cameo-075 = Grant asylum
cameo-08 = Yield
cameo-080 = Yield
cameo-081 = Ease administrative sanctions
cameo-082 = Ease political dissent
cameo-083 = Accede to requests or demands for political reform
cameo-084 = Return, release
cameo-085 = Ease economic sanctions, boycott, embargo
cameo-086 = Allow international involvement
cameo-087 = De-escalate military engagement
cameo-09 = Investigate
cameo-090 = Investigate
cameo-091 = Investigate crime, corruption
cameo-092 = Investigate human rights abuses
cameo-093 = Investigate military action
cameo-094 = Investigate war crimes
cameo-10 = Demand
cameo-100 = Demand
cameo-101 = Demand material cooperation
cameo-102 = Demand diplomatic cooperation
cameo-103 = Demand material aid
cameo-104 = Demand political reform
cameo-105 = Demand that target yields
cameo-106 = Demand meeting, negotiation
cameo-107 = Demand settling of dispute
cameo-108 = Demand mediation
cameo-11 = Disapprove
cameo-110 = Disapprove
cameo-111 = Criticize or denounce
cameo-112 = Accuse
cameo-113 = Rally opposition against
cameo-114 = Complain officially
cameo-115 = Bring lawsuit against
cameo-116 = Find guilty or liable (legally)
cameo-12 = Reject
cameo-120 = Reject
cameo-121 = Reject material cooperation
cameo-122 = Reject request or demand for material aid
cameo-123 = Reject request or demand for political reform
cameo-124 = Refuse to yield
cameo-125 = Reject proposal to meet, discuss, or negotiate
cameo-126 = Reject mediation
cameo-127 = Reject plan, agreement to settle dispute
cameo-128 = Defy norms, law
cameo-129 = Veto
cameo-13 = Threaten
cameo-130 = Threaten
cameo-131 = Threaten non-force
cameo-132 = Threaten with administrative sanctions
cameo-133 = Threaten with political dissent, protest
cameo-134 = Threaten to halt negotiations
cameo-135 = Threaten to halt mediation
cameo-136 = Threaten to halt international involvement
cameo-137 = Threaten with repression
cameo-138 = Threaten to use military force
cameo-139 = Give ultimatum
cameo-14 = Protest
cameo-140 = Engage in political dissent
cameo-141 = Demonstrate or rally
cameo-142 = Conduct hunger strike
cameo-143 = Conduct strike or boycott
cameo-144 = Obstruct passage, block
cameo-145 = Protest violently, riot
cameo-15 = Exhibit force posture
cameo-150 = Demonstrate military or police power
cameo-151 = Increase police alert status
cameo-152 = Increase military alert status
cameo-153 = Mobilize or increase police power
cameo-154 = Mobilize or increase armed forces
cameo-16 = Reduce relations
cameo-160 = Reduce relations
cameo-161 = Reduce or break diplomatic relations
cameo-162 = Reduce or stop material aid
cameo-163 = Impose embargo, boycott, or sanctions
cameo-164 = Halt negotiations
cameo-165 = Halt mediation
cameo-166 = Expel or withdraw
cameo-17 = Coerce
cameo-170 = Coerce
cameo-171 = Seize or damage property
cameo-172 = Impose administrative sanctions
cameo-173 = Arrest, detain, or charge with legal action
cameo-174 = Expel or deport individuals
cameo-175 = Use tactics of violent repression
cameo-18 = Assault
cameo-180 = Use unconventional violence
cameo-181 = Abduct, hijack, or take hostage
cameo-182 = Physically assault
cameo-183 = Conduct suicide, car, or other non-military bombing
cameo-184 = Use as human shield
cameo-185 = Attempt to assassinate
cameo-186 = Assassinate
cameo-19 = Fight
cameo-190 = Use conventional military force
cameo-191 = Impose blockade, restrict movement
cameo-192 = Occupy territory
cameo-193 = Fight with small arms and light weapons
cameo-194 = Fight with artillery and tanks
cameo-195 = Employ aerial weapons
cameo-196 = Violate ceasefire
cameo-20 = Use unconventional mass violence
cameo-200 = Use unconventional mass violence
cameo-201 = Engage in mass expulsion
cameo-202 = Engage in mass killings
cameo-203 = Engage in ethnic cleansing
cameo-204 = Use weapons of mass destruction
