"""Pipeline steps that relate figures to each other and drop the ones that are not this partner's claims.

- ``merge_restated``: "USD 156 million (DKK 1.1 billion)", "10 millions d'euros, soit 11 millions de dollars" and
  "مليون يورو، أي ما يعادل ..." are one claim each, in the first currency; the evidence covers both.
- ``link_breakdowns``: "EUR 45 million since 2017, of which EUR 15 million in 2017" keeps both, the second
  pointing at the first as its parent.
- ``drop_others``: money or people of somebody else: a coalition-wide total, or a package another country
  announced.
- ``drop_restatements``: a figure that repeats one already claimed (same kind, value, currency, and no
  disagreement on places or period) counts once; what the repeat adds (places, lines, a period) goes to the
  first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import givers, tables
from .attributes import DONOR_VERB as _DONOR_VERB
from .attributes import gate, is_short_line, scan_places
from .context import clause_bounds
from .currencies import partner_currency
from .doc import Doc, Figure
from .keywords import keyword_regex, nested_alternation
from .language import detect_language
from .partner import CAPITALS
from .places import (
    DESTINATION_WEIGHT,
    codes_named,
    demonym_names,
    demonyms,
    is_prefixed_destination,
    place_regex,
    place_table,
)

_RESTATE_GAP = re.compile(
    # a few words of the first figure's own may come first when a comma leads the restatement: "150 millions
    # d'euros sur trois ans, soit environ 165 millions de dollars", and its year: "depuis 2012, soit environ ...";
    # or a bracket leads it: "$75 million over four years (about US$53 million)"; or it is the next cell of its
    # table row ("44,000,000 | 12,000,000" under "Amount (AED) | Amount (USD)")
    r"(?:(?:\s+(?:[^\W\d_]+|(?:19|20)\d\d)){1,4}(?=\s*[,،(]))?"
    # "about 5.18 million dollars, about 600 million yen": a comma and a hedge before the other currency
    # "9.2 مليون درهم – 2.5 مليون دولار –": a dash, and "ما يعادل" written as one word ("مايعادل")
    # ", that is one hundred million US dollars", ", which is about USD 19 million" (round 21)
    r"\s*(?:\(|/|\||,\s*or|\bor\b|\bi\.e\.|,\s*(?:that|which)\s+is|,?\s*soit|[,،]?\s*(?:أي|ما\s*يعادل)|\s[–—]|[,،](?=\s*(?:about|approximately|"
    r"approx\.|around|roughly|some|nearly|environ|près\s+de|حوالي|حوالى|نحو)\s))\s*"
    # ... also inside the bracket: "480 000 CHF (soit environ 440 000 €)", "(i.e. about USD 5 million)"
    r"(?:(?:or|soit|i\.e\.,?|أي|approx\.?|approximately|about|around|some|equivalent\s+to|the\s+equivalent\s+of|ca\.|"
    r"c\.|roughly|"
    r"nearly|close\s+to|environ|près\s+de|quelque|ما\s*يعادل|حوالي|حوالى|بحوالي|نحو|بنحو|قرابة|ما\s+يقارب|زهاء|"
    # ... or a bound: "3.7 مليار درهم (أكثر من مليار دولار)", "(more than USD 1 billion)" (round 20)
    r"more\s+than|over|in\s+excess\s+of|plus\s+de|أكثر\s+من|ما\s+يزيد\s+(?:على|عن)|ما\s+لا\s+يقل\s+عن|"
    r"ما\s+يناهز)\s+)*(?:plus\s+d['’])?$",
    re.IGNORECASE,
)
#: The bracket may end with the rate the sum was converted at: "(environ 2 685 milliards de livres libanaises au taux du
#: jour)", "(about EUR 9 million at current exchange rates)" (round 22).
_CLOSE_PAREN = re.compile(r"\s*(?:,?\s*(?:au\s+taux|at\s+(?:the\s+)?(?:current\s+|today['’]s\s+)?(?:exchange\s+)?rates?)\b"
                          r"[^()\n]{0,40}?)?\)")
#: Between a restatement and a third currency in the same bracket: "(US$655 million; € 545 million)", "(about
#: US$655 million or € 545 million)".
_NEXT_RESTATEMENT = re.compile(r"\s*(?:[;,،]|\s(?:or|ou|أو))\s*(?:(?:about|around|some|environ|حوالي|نحو)\s+)?")
_BREAKDOWN = re.compile(r"(?<![\w])(?:" + "|".join(tables.BREAKDOWN_MARKERS) + r")(?![\w])", re.IGNORECASE)
_OTHERS = re.compile(gate(tables.OTHERS_MONEY) + r"(?<![\w])(?:" + "|".join(tables.OTHERS_MONEY) + r")", re.IGNORECASE)
_CONVERTED_AFTER = re.compile(r"(?:" + "|".join(tables.CONVERTED_AFTER) + r")", re.IGNORECASE)
#: Why a sum converted from another that the page gave is no claim of its own (round 25).
CONVERTED = "a conversion of another figure"
_NOT_GIVEN = re.compile(r"(?<![\w])(?:" + "|".join(tables.NOT_GIVEN_BEFORE) + r")", re.IGNORECASE)
_NOT_GIVEN_AFTER = re.compile(tables.NOT_GIVEN_AFTER, re.IGNORECASE)
_OWN_FORCES_PURCHASE = re.compile(r"(?<![\w])(?:" + "|".join(tables.OWN_FORCES_PURCHASE) + r")", re.IGNORECASE)
_OWN_SERVICE_PURCHASE_AR = re.compile(tables.OWN_SERVICE_PURCHASE_AR)
_ARTICLE_NATIONAL = re.compile(r"(?:ال)?وطني(?:ة)?")
#: A body named by the partner's own demonym, right after a sum, that receives it: money spent at home ("3 ملايين دينار
#: سنوياً للجنة التونسية للتحاليل المالية" in Tunisia's budget) (round 31).
_HOME_BODY_AFTER_AR = re.compile(r"\s+(?:سنوي(?:اً|ا|ًا)\s+)?(?:لل|ل)[^\W\d_]+(?:\s+ال[^\W\d_]+)?\s+"
                                 r"(?P<own>ال[^\W\d_]+ي(?:ة)?)(?!\w)")
_DOMESTIC_COST = re.compile(r"(?<![\w])(?:" + "|".join(tables.DOMESTIC_COSTS) + r")", re.IGNORECASE)
#: Why an appeal's, a need's or an estimate's figure is no claim, whoever is named beside it.
NOT_GIVEN = "an appeal, a need or an estimate"
#: Why a sum in the money of a country the coalition helps, on another partner's page, is no claim: a partner gives in
#: its own currency or a world one, and a recipient restating a grant in its own is merged with the grant (round 31).
RECIPIENTS_OWN = "the money of the country helped"
_RECIPIENT_GOVERNMENT = re.compile(tables.RECIPIENT_GOVERNMENT_BEFORE)
#: Another's budget named by its owner right before the sum: "the vote on Kraków's PLN 8.1 billion budget", "Iraq's
#: USD 150 billion budget for 2026", "the city's EUR 2 billion budget" (round 24). The partner's own is kept.
_BUDGET_OWNER = re.compile(r"(?<![\w])(?:[A-Z][^\W\d_]*(?:[ -][A-Z][^\W\d_]*)?|[Tt]he\s+(?:city|municipality|council|capital|"
                           r"town|province|region|host))['’]s\s+(?:own\s+)?$")
_BUDGET_AFTER = re.compile(r"\s+(?:(?:annual|yearly|total|municipal|city|national|draft|(?:19|20)\d\d)\s+)?budget\b",
                           re.IGNORECASE)
SMALL_SUM = "a price or a private gift"
#: The cost of one unit, named before the sum: "متوسط كلفة الساعة الواحدة لطائرة F-16 بلغ نحو ٨ آلاف دينار", "the cost
#: per flight hour of an F-16 is about EUR 8,000", "le coût d'une heure de vol" (round 29): a price, no contribution.
#: The size of the partner's defence budget right before the sum, maybe hedged (see :data:`tables.DEFENCE_BUDGET_BEFORE`).
_DEFENCE_BUDGET = re.compile(rf"(?:{tables.DEFENCE_BUDGET_BEFORE})(?:[^\W\d_]+\s+){{0,2}}$", re.IGNORECASE)
_UNIT_COST = re.compile(
    r"(?<!\w)(?:متوسط\s+)?(?:كلفة|تكلفة|سعر|ثمن)\s+(?:ال)?(?:ساعة|طلعة|وحدة|رحلة)(?:\s+(?:ال)?(?:واحدة|جوية))?(?!\w)"
    r"|\b(?:cost|price)\s+(?:of\s+(?:one|a|each|a\s+single)|per)\s+(?:flight\s+|flying\s+)?(?:hour|sortie|unit|flight)\b"
    r"|\bco[uû]t\s+(?:d['’]une|de\s+l['’]|par)\s*(?:heure|sortie|unité)\b", re.IGNORECASE)
#: A sum said to come from its giver's own resources, right after it: "من موارده الأساسية", "from its own core
#: resources", "sur ses ressources propres" (round 25).
_OWN_RESOURCES_AFTER = re.compile(
    r"\s+(?:[^\W\d_]+\s+)?من\s+(?:موارده|مواردها|ميزانيته|ميزانيتها)(?:\s+(?:ال)?(?:ذاتية|خاصة|أساسية))?(?!\w)"
    r"|\s+(?:\w+\s+)?from\s+its\s+own\s+(?:core\s+)?(?:resources|budget|funds)\b"
    r"|\s+sur\s+ses\s+(?:ressources|fonds)\s+propres\b", re.IGNORECASE)
#: A correction notice's wrong figure: the retracting words, then the rest of its clause up to the figure, unless it
#: gives the corrected one ("said 500, the correct figure is 375"); or "et non 400 millions", "and not 150". The clause
#: may run over a line break of wrapped text, not over a blank line (round 24).
_RETRACTED = re.compile(r"(?<![\w])(?:" + "|".join(tables.RETRACTED_BEFORE) + r")"
                        r"(?:(?!" + tables.RETRACTION_ENDS + r")(?:[^;\n]|\n(?![ \t]*\n))){0,160}$", re.IGNORECASE)
_RETRACTED_RIGHT_BEFORE = re.compile(tables.RETRACTED_RIGHT_BEFORE, re.IGNORECASE)
RETRACTED = "a figure an earlier version gave wrongly"
#: The words of a correction notice before its right figure: "والصحيح", "the correct figure".
_RIGHT_FIGURE = re.compile(r"(?<![\w])و?(?:" + tables.RETRACTION_ENDS + r")", re.IGNORECASE)
#: How many sentences after a retracted figure the correction notice may name it again (round 18).
RETRACTED_REACH = 2
_OTHERS_AFTER = re.compile(r"\s*(?:\S+\s+){0,2}?(?:" + "|".join(tables.OTHERS_MONEY_AFTER) + r")", re.IGNORECASE)
#: What a country keeps somewhere ("l'Allemagne compte 100 soldats", "le Danemark dispose de 130 militaires", "l'Espagne
#: a 300 militaires"): its people, when the country opens its noun phrase (not "la mission EUAM Irak compte"), also
#: after an aside that sets it apart ("Les États-Unis, pour leur part, comptent", "Germany, for its part, keeps").
_KEEPS_VERB = re.compile(
    # another country on its own: "The United States alone has some 2,500 troops"
    r"(?:\s+(?:alone|itself|on\s+its\s+own)(?=\s))?"
    # ... also after an aside of its own: "L'Italie, qui commande la mission de l'Otan, maintient" (round 21); not the
    # next items of a list of places ("la Syrie, le Liban, la Jordanie et l'Irak, dispose")
    r"(?:\s*,(?!\s*(?:le|la|les|l['’]|the)\s*[A-ZÀ-Ý])(?![^,.;]*\s(?:et|and)\s)[^,.;\d]{1,80},(?=\s+[^\W\d_]))?"
    r"(?:\s*,\s*(?:pour\s+(?:sa|leur)\s+part|de\s+(?:son|leur)\s+côté|quant\s+à\s+(?:lui|elle|eux|elles)|"
    r"for\s+(?:its|their)\s+part|in\s+turn|meanwhile)\s*,)?"
    r"(?:\s+(?:comptent|compte|disposent\s+de?|dispose\s+de?|conservent|conserve|maintient|stationnent|stationne|"
    r"gardent|garde|keeps|keep|maintains|maintain|stations|station|retains|retain)\b"
    r"|\s+(?:a|ont|has|have)\s+(?=(?:quelque|environ|près\s+d|plus\s+d|about|some|around|nearly|more\s+than|"
    r"over)?\s*\d))",
    re.IGNORECASE,
)
#: Another country ranked among the donors, its sum after: "The United States remains by far the largest donor, with
#: more than US$3 billion", "Germany is the second-largest donor, with EUR 2 billion" (round 32).
_DONOR_RANK = re.compile(
    r"\s+(?:remains|is|was|has\s+been|had\s+been|became|ranks\s+as|ranked\s+as)\s+(?:by\s+far\s+|still\s+|again\s+)?"
    r"(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:donor|contributor|funder)\b", re.IGNORECASE)
_SUBJECT_OPENS = re.compile(r"(?:[.,;:]\s*|(?<![\w])(?:le|la|les|the|où|where|et|and)\s+|(?<![\w])l['’])$",
                            re.IGNORECASE)
#: An organisation as the subject of a money clause in a one-partner document: "The EU as a whole has mobilised",
#: "L'Union européenne a, de son côté, mobilisé", "The World Bank estimates that ... will cost".
_ORGANISATION_SLUGS = {name: slug for table in (givers.ORGANISATIONS, givers.ORGANISATIONS_AR)
                       for slug, names in table.items() for name in names}
#: Only the capitalised names: "the EU" and "l'Union européenne" are found by "EU" and "Union européenne"; and the
#: Arabic ones, which have no capitals.
_CAPITALISED = sorted((n for n in _ORGANISATION_SLUGS if n[:1].isupper() or "\u0600" <= n[:1] <= "\u06ff"),
                      key=len, reverse=True)
_ORGANISATION_SUBJECT = keyword_regex([(re.escape(n), _ORGANISATION_SLUGS[n]) for n in _CAPITALISED],
                                      # ... with Arabic's "and" glued: "والاتحاد الأوروبي" (round 24)
                                      before=r"(?:(?<![\w])|(?<=(?<![\w])[وف])(?=ال))")
_ORGANISATION_VERB = re.compile(
    # "L'Union européenne s'est engagée, à elle seule, à hauteur de", "s'est pour sa part engagée"
    # "que l'Union européenne ait annoncé", "L'Union européenne, dont l'Italie est membre, a pour sa part mobilisé"
    # ... its apposition as long as a country's may be: "L'Union européenne, premier donateur de la réponse régionale,
    # a annoncé" (round 26)
    # ... or with "qui" and a pronoun for the programme between, maybe after its acronym in brackets: "ECHO, qui y
    # consacre", "(ECHO), qui y consacre", "l'Union européenne y consacre", "la Commission européenne lui accorde"
    # (round 31)
    r"(?:\)|\s*\([^()]{1,20}\))?(?:\s*,?\s+qui)?(?:\s+(?:y|en|lui|leur))?"
    r"(?:\s+as\s+a\s+whole)?(?:\s+(?:has|have|had|a|ont|ait|aient|avait|s['’]est|se\s+sont))?(?:\s*,[^,.;]{1,80},)?"
    r"(?:\s+(?:has|have|had|a|ont|ait|avait))?\s+"
    r"(?:also\s+|already\s+|(?:pour\s+sa\s+part|de\s+son\s+côté|d['’]ailleurs|aussi|également|déjà"
    # a linking adverb: "l'Union européenne a ainsi annoncé" (round 23)
    r"|ainsi|en\s+outre|par\s+ailleurs)\s+)?"
    r"(?:pledged|announced|committed|provided|given|granted|allocated|contributed|mobili[sz]ed|mobilisé|estimates?|"
    r"estime|promis|versé|annoncé|engagée?s?|fourni|accordé|alloué|débloqué|consacré|octroyé|apporté"
    # the present of a headline or a live blog: "l'UE débloque 150 millions d'euros", "La Commission européenne
    # annonce 2,1 milliards d'euros" (round 21)
    r"|annonce|promet|débloque|verse|accorde|alloue|octroie|consacre|mobilise|apporte|fournit|pledges|announces|"
    r"commits|allocates|provides|grants|mobili[sz]es"
    # a co-financier of the partner's programme: "La Banque mondiale cofinance le programme à hauteur de", "The World
    # Bank co-finances the project with" (round 22)
    r"|co-?finance|co-?finances|co-?financé|finance|financé|co-?funds|funds|co-?funded|funded)\b"
    # Arabic's past perfect puts the verb after its subject: "وكان الاتحاد الأوروبي قد أعلن"
    r"|\s+قد\s+(?:[أا]علن|[أا]طلق|تعهد|قدم|خصص|رصد|منح|حشد|تبرع)"
    # ... and its verb right after it, maybe after an aside on who belongs to it: "والاتحاد الأوروبي، الذي تنتمي
    # إليه إسبانيا، تعهّد بدوره بأكثر من 380 مليون يورو", "البنك الدولي قدّم"; in the masculine of its name, not a
    # feminine verb of the partner after it ("بالتعاون مع الاتحاد الأوروبي قدمت إسبانيا") (round 24)
    r"|(?:\s*[,،]\s*(?:الذي|التي)[^,،.؛\n]{1,60}[,،])?\s+(?:[أا]علن|تعهد|قدم|خصص|رصد|منح|ساهم|أسهم|مول)(?!\w)"
    # a donor by its rank: "L'Office européen d'aide humanitaire (ECHO) reste notre premier bailleur, avec", "The EU
    # remains our largest donor" (round 21)
    r"|(?:\s*\([^()]{1,20}\))?\s+(?:est|reste|demeure|était|is|remains|was)\s+(?:de\s+loin\s+|toujours\s+|by\s+far\s+)?"
    r"(?:le|la|notre|leur|the|our|their)\s+(?:premier|première|principal|principale|plus\s+grand|largest|biggest|"
    r"main|top)\s+(?:donateur|bailleur|financeur|soutien|contributeur|donor|funder|contributor)",
    re.IGNORECASE,
)
#: Arabic puts the verb first: "فيما أعلن الاتحاد الأوروبي عن", "بعد إطلاق الاتحاد الأوروبي حزمة".
_ORGANISATION_VERB_BEFORE = re.compile(
    r"(?<!\w)[وف]?(?:قد\s+)?(?:أعلن|أعلنت|أطلق|أطلقت|إطلاق|إعلان|تعهد|تعهدت|قدم|قدمت|يقدم|تقدم|سيقدم|"
    r"خصص|خصصت|رصد|رصدت|منح|منحت|حشد|حشدت|تبرع|تبرعت"
    # a share it pays into the same programme: "ويساهم الاتحاد الأوروبي في البرنامج نفسه بمبلغ"
    r"|ساهم|ساهمت|يساهم|تساهم|أسهم|أسهمت|يسهم|تسهم|يمول|تمول|مول|مولت"
    # a project's co-financier: "يشارك في تمويلها الصندوق العربي ... بقرض قيمته" (round 19)
    r"|[يت]?شارك(?:ت)?\s+(?:أيضا\s+)?في\s+تمويل(?:ه|ها|هما|(?:\s+ال[^\W\d_]+){1,2}"
    # ... its project named by a noun and its places: "يشارك في تمويل طريق بغداد–الموصل البنك الإسلامي" (round 25)
    r"|\s+[^\W\d_]+(?:\s+(?:ال)?[^\W\d_]+(?:[–-][^\W\d_]+)?){0,2})?"
    # the next donor of a ranking: "تليها المفوضية الأوروبية بنحو"
    r"|تليها|يليها|تليه|يليه"
    # the lender or giver of an agreement a recipient approves: "اتفاقية القرض الموقعة مع البنك الدولي بقيمة", "المنحة
    # المقدمة من البنك الدولي", "بتمويل من البنك الدولي" (round 23)
    r"|(?:ال)?(?:موقعة|موقع|مبرمة|مبرم)\s+مع|(?:ال)?(?:مقدمة|مقدم|ممنوحة|ممنوح|ممولة|ممول)\s+من"
    r"|(?:ال)?(?:قرض|منحة|هبة)\s+(?:ميسرة?\s+)?من|بتمويل\s+من)\s+$"
)
#: ... and after "أن" or "إن" the subject comes first: "يُذكر أن الولايات المتحدة قدّمت", "وأن الاتحاد الأوروبي خصص"
#: (round 21). A shadda may follow a letter.
_THAT_BEFORE_AR = re.compile(r"(?<!\w)[وف]?(?:أن|ان|إن|لأن)\s+$")
#: ... after a clause between commas, as in French: "أن الاتحاد الأوروبي، ونحن من أعضائه، قدم" (round 28).
_VERB_AFTER_AR = re.compile(r"(?:\s*[،,][^،,.؛;\d]{1,60}[،,])?\s+(?:قد\s+)?"
                            r"(?:تعه\u0651?د|قد\u0651?م|[أا]علن|نشر|[أا]رسل|خص\u0651?ص|تبر\u0651?ع|ساهم|منح|رصد)(?:ت)?(?!\w)")
_PLACE_PREPOSITION = re.compile(r"(?<![\w])(?:in|at|en|au|aux|à|في|لدى)\s+(?:the\s+)?$", re.IGNORECASE)
#: ... or, less often, before it, as the subject a comparison puts first: "فاليابان وحدها قدمت أكثر من ٣ مليارات دولار",
#: "والكويت قدمت" (round 32).
_DONOR_VERB_AFTER_AR = re.compile(
    r"\s+(?:(?:وحدها|بدورها|أيضا|أيضاً|نفسها|من\s+جهتها|من\s+جانبها)\s+)?(?:قد\s+)?"
    r"(?:تعهدت|قدمت|[أا]علنت|نشرت|[أا]رسلت|خصصت|تبرعت|ساهمت|منحت|رصدت)(?!\w)")
#: An Arabic sentence names its donor after the verb: "وكانت هولندا قد نشرت", "تعهدت ألمانيا بتقديم".
_DONOR_VERB_BEFORE = re.compile(
    # at a sentence's opening too, where the search starts after the space: "وتعهدت اليابان بمبلغ" (round 23)
    r"(?<![^\s.،])و?(?:كانت\s+|قد\s+)?(?:تعهدت|قدمت|[أا]علنت|نشرت|[أا]رسلت|خصصت|تبرعت|ساهمت|تليها|يليها|تليه|يليه"
    # a change of its own share: "بينما رفعت السعودية من معوناتها إلى 260 مليون دولار"
    r"|رفعت|زادت|ضاعفت|خفضت"
    # ... now or to come: "في حين تنشر نيوزيلندا 95 عسكرياً", "بينما سترسل كندا 200 جندي" (round 20)
    r"|س?(?:تنشر|ترسل|تقدم|تخصص|تساهم|تتبرع|تمنح|ترصد|تحتفظ)"
    # a handing over: "وسلّمت اليابان سلطة المياه معدات بقيمة" (round 24)
    r"|سلمت)"
    # ... also through its government, agency or embassy: "قدمت الحكومة اليابانية", "سلّمت الوكالة اليابانية للتعاون
    # الدولي", "وقدمت سفارة اليابان" (round 24)
    r"\s+(?:دولة\s+|(?:ال)?(?:حكومة|وكالة|سفارة)\s+)?$"
)


#: Why a figure in brackets after another, in another currency, is no claim of its own.
IN_ANOTHER_CURRENCY = "restates the figure before it in another currency"
#: A sum said to equal one stated before it, further off than a bracket: "المنحة، التي تعادل نحو 13,2 مليون دولار",
#: "ويوازي هذا المبلغ نحو", "The grant, equivalent to about USD 15 million", and "soit" closing the first sum's
#: clause: "300 000 dollars ... au titre de l'année 2026, soit près de 930 000 dinars".
_EQUALS_BEFORE = re.compile(
    r"(?:(?<!\w)[وف]?(?:تعادل|يعادل|توازي|يوازي)(?:\s+(?:هذا|هذه)\s+[^\W\d_]+)?|\b(?:equivalent|equal)\s+to"
    r"|l['’]équivalent\s+de|,\s*soit)\s+(?:(?:about|around|approximately|some|roughly|nearly|environ|près\s+de|"
    r"quelque|نحو|حوالي|حوالى|قرابة|ما\s+يقارب|زهاء)\s+)?$",
    re.IGNORECASE,
)
#: ... or by a verb of value, the sum it converts in the same sentence: "Les 3 070 millions de FDJ prévus en 2030
#: représentent environ 17,3 millions de dollars", "ce qui équivaut à", "which corresponds to about USD 5 million"
#: (round 31).
_CONVERTS_BEFORE = re.compile(
    r"(?<![\w])(?:représent(?:e|ent|ant|aient|ait)|équiva(?:ut|lent|laient|lait)\s+à|correspond(?:ent|ant)?\s+à"
    r"|represent(?:s|ing|ed)?|corresponds?\s+to|amounts?\s+to\s+(?:about|around|approximately|some|roughly))"
    r"\s+(?:(?:about|around|approximately|some|roughly|nearly|environ|près\s+de|quelque|à\s+peu\s+près)\s+"
    r"|près\s+d['’])?$",
    re.IGNORECASE,
)
#: Its words, looked for in the page before the expression is tried at every figure.
_EQUALS_KEYS = ("عادل", "وازي", "equivalent", "equal", "équivalent", "soit", "représent", "équiva", "correspond",
                "represent", "amount")
#: A converted sum in brackets, hedged, at the end of the first sum's clause: "37 millions de dollars au PAM pour les
#: réfugiés en Jordanie (environ 26,5 millions de dollars américains)". A bracket with no hedge may be a label's sum
#: ("l'Allemagne (50 millions d'euros) et le Japon (30 millions de dollars)").
_HEDGED_BRACKET_BEFORE = re.compile(
    r"\(\s*(?:soit\s+|i\.e\.,?\s+)?(?:environ|about|approximately|approx\.|around|roughly|près\s+de|quelque|some|"
    r"nearly|حوالي|حوالى|نحو)\s+$",
    re.IGNORECASE,
)
_SENTENCE_BREAK = re.compile(r"[.;!?؛]\s")
#: How far back the sum it equals may stand.
EQUALS_WINDOW = 400


def merge_restated(doc: Doc) -> Doc:
    text = doc.text
    figures = doc.figures
    anchor: Figure | None = None  # the figure the last restatement restated: a third currency may follow
    for first, second in zip(figures, figures[1:]):
        if anchor is not None and first.dropped == IN_ANOTHER_CURRENCY and not second.dropped and (
                second.kind == "funding" and second.currency not in (anchor.currency, first.currency)) and (
                _NEXT_RESTATEMENT.fullmatch(text, first.end, second.start)):
            second.dropped = IN_ANOTHER_CURRENCY  # "76.5 billion yen (US$655 million; € 545 million)"
            close = _CLOSE_PAREN.match(text, second.end)
            anchor.restates.append((second.start, close.end() if close else second.end))
            continue
        anchor = None
        if first.dropped or second.dropped or first.kind != "funding" or second.kind != "funding":
            continue
        # the same currency twice is a restatement only when the second was a bare "$" read as the partner's own
        # dollar: "25 million AU dollars ($16.2 million)"
        if first.currency == second.currency and not second.currency_inferred or second.start - first.end > 40:
            continue
        if not _RESTATE_GAP.fullmatch(text, first.end, second.start):
            continue
        if first.currency == second.currency and "|" in text[first.end : second.start]:
            continue  # two columns of one currency ("Stabilisation (NOK) | Humanitarian aid (NOK)")
        second.dropped = IN_ANOTHER_CURRENCY
        end = second.end
        close = _CLOSE_PAREN.match(text, end)
        if close:
            end = close.end()
        first.restates.append((second.start, end))
        anchor = first
    if not any(key in doc.lower for key in _EQUALS_KEYS) and "(" not in text:
        return doc
    for i, figure in enumerate(figures):
        if figure.dropped or figure.kind != "funding":
            continue
        bracket = _HEDGED_BRACKET_BEFORE.search(text, max(0, figure.start - 40), figure.start)
        converts = not bracket and _CONVERTS_BEFORE.search(text, max(0, figure.start - 40), figure.start)
        if not bracket and not converts and not _EQUALS_BEFORE.search(text, max(0, figure.start - 40), figure.start):
            continue
        earlier = next((f for f in reversed(figures[:i]) if not f.dropped and f.kind == "funding"), None)
        if not earlier or earlier.currency == figure.currency or figure.start - earlier.end > EQUALS_WINDOW:
            continue
        if converts and earlier.sentence != figure.sentence:
            continue  # "Le coût représente 12 millions de dollars" after a sum in euros is a sum of its own
        if bracket and (not _CLOSE_PAREN.match(text, figure.end)
                        or _SENTENCE_BREAK.search(text, earlier.end, figure.start)):
            continue
        figure.dropped = IN_ANOTHER_CURRENCY
        if bracket:
            earlier.restates.append((figure.start, _CLOSE_PAREN.match(text, figure.end).end()))
    return doc


def link_breakdowns(doc: Doc) -> Doc:
    text = doc.text
    live = [(i, f) for i, f in enumerate(doc.figures) if not f.dropped]
    for (pi, parent), (_, child) in zip(live, live[1:]):
        if parent.kind != child.kind or parent.sentence != child.sentence:
            continue
        if child.currency != parent.currency or child.value >= parent.value:
            continue
        if _BREAKDOWN.search(text, parent.end, child.start):
            child.parent = pi
            _span_of_parts(doc, parent)
    if any(key in doc.lower for key in _INSTALMENT_KEYS):
        _link_instalments(doc)
    return doc


#: A list's intro that says a sum is paid in instalments: "تُحوَّل المساهمة المذكورة في المادة الرابعة على ثلاث دفعات:",
#: "versée en trois tranches :", "paid in three instalments:" (round 25).
_INSTALMENTS_INTRO = re.compile(r"على\s+(?:[^\W\d_]+\s+)?(?:دفعات|دفعتين|أقساط|قسطين)(?!\w)"
                                r"|\b(?:en|in)\s+(?:\w+\s+)?(?:tranches|versements|instal?ments|payments)\b", re.IGNORECASE)
_INSTALMENT_KEYS = ("دفع", "أقساط", "قسطين", "tranches", "versements", "instalments", "installments", "payments")


def _link_instalments(doc: Doc) -> None:
    """The items of a list whose intro says a sum is paid in instalments are parts of the last larger sum in that
    currency before the intro: with no words of their own, they take its period, places and lines."""
    live = [(i, f) for i, f in enumerate(doc.figures) if not f.dropped and f.kind == "funding" and f.sentence >= 0]
    for _, item in live:
        block = doc.blocks[doc.sentences[item.sentence].block]
        if block.kind != "bullet" or block.heading is None:
            continue
        start, end = doc.block_span(block.heading)
        if not doc.text[start:end].rstrip().endswith(":") or not _INSTALMENTS_INTRO.search(doc.text, start, end):
            continue
        total = next(((i, f) for i, f in reversed(live)
                      if f.end <= start and f.currency == item.currency and f.value > item.value), None)
        if total is None:
            continue
        index, whole = total
        if item.parent is None:
            item.parent = index
        if item.period is None:
            item.period, item.year, item.since = whole.period, whole.year, whole.since
        if not item.places:
            item.places, item.place_source = list(whole.places), "reference"
        if not item.lines:
            item.lines = list(whole.lines)


def _span_of_parts(doc: Doc, total: Figure) -> None:
    """A total with no period whose parts after it are its sum year by year ("6,5 مليون يورو، منها 3,5 مليون يورو
    لعام 2025 و3 ملايين يورو لعام 2026") is a sum over those years: cumulative, since the first."""
    if total.period is not None:
        return
    parts = [f for f in doc.figures if f.sentence == total.sentence and f.start > total.end and not f.dropped
             and f.kind == total.kind and f.currency == total.currency and f.period == "year"]
    years = {f.year for f in parts}
    if len(years) >= 2 and abs(sum(f.value for f in parts) - total.value) <= 0.005 * total.value:
        total.period, total.since = "cumulative", min(years)


#: Allies named by their demonym, as the subject of a verb of giving: "nos partenaires britanniques ont annoncé".
#: A government or its head named by nationality, as a sentence's subject: "The British government pledged", "German
#: Chancellor Angela Merkel promised" (the office after the demonym), "le gouvernement britannique a promis", "la
#: chancelière allemande Angela Merkel a promis" (before it, French); a person's name may follow.
_OFFICE_AFTER = re.compile(r"\s+(?:[Gg]overnment|[Cc]hancellor|Prime\s+Minister|President|(?:Foreign\s+|Development\s+)?"
                           r"Minister|[Aa]uthorities|[Ee]mbassy)(?:\s+[A-Z][\w'’-]+){0,3}")
_OFFICE_BEFORE = re.compile(r"(?=[gcpmaGCPMA])(?<![\w])(?:gouvernement|chancelière|chancelier|Premier\s+ministre|présidente?|ministre"
                            r"|autorités|ambassade)\s+$", re.IGNORECASE)
_NAME_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]+){0,3}")
#: Nothing but an article before a sentence's first words: "Le ", "L'", "Les ".
_ARTICLE_ONLY = re.compile(r"\s*(?:le|la|les|l['’])\s*", re.IGNORECASE)
#: A list label that names another government's share of a project ("Contribution of the Iraqi Government: IQD 12
#: billion", "Iraq's share: IQD 12 billion", "Co-financing by the Jordanian authorities:"): its sum is theirs
#: (round 22).
_SHARE_OF_BEFORE = re.compile(r"(?<![\w])(?:contribution|share|co-?financing|co-?funding|participation)\s+"
                              r"(?:of|from|by)\s+(?:the\s+)?$"
                              # ... in French, the state named by its adjective: "La contribution de l'État tunisien
                              # au programme, d'un montant de 4,2 millions de dinars" (round 23)
                              r"|(?<![\w])(?:contribution|part|participation|apport|cofinancement|contrepartie)\s+"
                              r"(?:de\s+l['’][ÉE]tat|du\s+gouvernement|de\s+la\s+partie|des\s+autorités)\s+$",
                              re.IGNORECASE)
#: ... and the rest of that clause up to its sum, with no other sum between: "au programme, d'un montant de".
_SHARE_CLAUSE = re.compile(r"(?:\s+(?:government|authorities|side))?\s+(?:au|à\s+la|aux|à\s+l['’]|to\s+the)\s"
                           r"[^.;:\d]{0,60}?$", re.IGNORECASE)
_SHARE_LABEL_END = re.compile(r"(?:\s+(?:[Gg]overnment|[Aa]uthorities|[Ss]ide))?\s*:\s*(?:[^\W\d_]{1,4}\s+)?$")
_SHARE_LABEL_AFTER = re.compile(r"(?:['’]s)?\s+(?:[Gg]overnment['’]s\s+|own\s+)?"
                                r"(?:contribution|share|co-?financing)\s*:\s*(?:[^\W\d_]{1,4}\s+)?$", re.IGNORECASE)
#: ... and in Arabic, the receiving side's own share, its nationality after "government", "side" or "authorities":
#: "وتتكفل الحكومة العراقية من جانبها بمبلغ", "ويتحمل الجانب الأردني 4 ملايين دينار", "مساهمة الحكومة العراقية
#: 6 ملايين دولار" (round 28).
_SHARE_OF_BEFORE_AR = re.compile(r"(?<!\w)[وف]?(?:[تي]تكفل|[تي]تحمل|[تي]سهم|[تي]ساهم|مساهمة|حصة)\s+"
                                 r"(?:ال)?(?:حكومة|جانب|سلطات)\s+$")
_SHARE_CLAUSE_AR = re.compile(r"[^.؛:\d]{0,30}$")
#: ... and in Arabic, the office before the nationality, then "his country" giving: "وأعلن وزير الخارجية الأميركي
#: تعهد بلاده بتقديم 380 مليون دولار".
_OFFICE_BEFORE_AR = re.compile(r"(?=[ورأمس])(?<!\w)(?:وزيرة?|رئيسة?|أمير|ملك|سفيرة?|مندوبة?)\s+(?:ال\S+\s+){0,2}$")
_HIS_COUNTRY = re.compile(r"(?<!\w)(?:بلاده|بلادها|حكومته|حكومتها)(?!\w)")


def _names_partner(doc: Doc, start: int, end: int) -> bool:
    """Whether a place name in [start, end) is the partner's own country (or a group of countries holding it)."""
    return any(doc.partner in codes for codes, _ in (m.value for m in doc.hits("places", scan_places, start, end)))


_PART_MARKER = re.compile(r"(?<![\w])(?:" + "|".join(tables.BREAKDOWN_MARKERS) + r")(?![\w])", re.IGNORECASE)


def _own_part(doc: Doc, start: int, end: int) -> bool:
    """Whether the partner names itself after a part marker in [start, end): its own share of others' total."""
    marker = None
    for marker in _PART_MARKER.finditer(doc.text, start, end):
        pass
    return marker is not None and any(doc.partner in codes for codes in codes_named(doc.text, marker.end(), end))


_ALLIES_BEFORE = re.compile(r"(?<![\w])(?:partenaires|alliés|homologues)\s+$", re.IGNORECASE)
#: How far before a figure a donor named as subject is looked for.
SUBJECT_WINDOW = 300
#: A capital standing for its government as a donor: "Washington alone committed more than $20 million".
_CAPITAL_NAMES = keyword_regex([(re.escape(name), code) for name, code in
                                sorted(CAPITALS.items(), key=lambda item: -len(item[0]))])


#: A fact-check's verdict line ("الحكم: مضلِّل", "Verdict: False"): such a page tests figures others claimed. Its
#: headline asks about the claimed figure ("هل قدّمت لوكسمبورغ 100 مليون يورو ...؟") and a section quotes it under a
#: heading of its own ("الادعاء", "The claim"); neither states a contribution (round 21).
_VERDICT = re.compile(r"(?m)^[ \t]*(?:الحكم|التقييم|النتيجة|(?:our\s+|notre\s+)?verdict|rating)[ \t]*:", re.IGNORECASE)
_YES_NO_QUESTION = re.compile(r"\s*(?:[وف]?هل|(?:did|does|do|has|have|is|was|were|will)\s|est-ce\s+que|est-il\s+vrai"
                              # French asks by inversion: "Le Luxembourg a-t-il versé ... ?"
                              r"|[^?\n]{0,80}?-(?:t-)?(?:il|elle|ils|elles)\b)", re.IGNORECASE)
_CLAIM_HEADING = re.compile(r"[ \t]*(?:(?:ال)?ادّ?عاء(?:\s+(?:ال)?متداول)?|(?:the\s+)?claim|l['’]affirmation|"
                            r"ce\s+qui\s+(?:est|a\s+été)\s+affirmé)[ \t]*:?[ \t]*", re.IGNORECASE)
_VERDICT_KEYS = ("الحكم", "التقييم", "النتيجة", "verdict", "rating")  # looked for before the expression is tried
TESTED_CLAIM = "the figure a fact-check tests"
#: A journalist's question in a transcript that puts what reports said ("سؤال (قناة العربية): تحدثت تقارير عن بقاء 2500
#: جندي ... هل هذا صحيح؟", "Q: Reports say 2,500 troops will stay. Is that right?"): its figures are others' words put
#: to the speaker, not the speaker's (round 22). A plain question keeps its figure ("س: هل سترسلون 200 جندي؟", round 21).
_QUESTION_OPENS = re.compile(r"[ \t]*(?:" + "|".join(tables.QUESTION_MARKS) + r")[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?:")
_REPORTED = re.compile(r"(?<!\w)(?:ال)?(?:تقارير|تقرير|أنباء|شائعات)(?!\w)|(?<!\w)(?:يقال|قيل|يتردد)(?!\w)|\breport(?:s|ed)?\b|"
                       r"\brumou?rs?\b|\baccording\s+to\b|\brapports?\b|\bselon\b|\brumeurs?\b", re.IGNORECASE)
#: How many words a line above a paragraph may have to be read as its heading.
HEADING_WORDS = 5


def _tested_claim(doc: Doc, sentence) -> bool:
    """In a fact-check, a yes-or-no question, or a paragraph under the heading of the claim tested."""
    text = doc.text
    if text[sentence.start:sentence.end].rstrip()[-1:] in ("?", "؟") and _YES_NO_QUESTION.match(text, sentence.start):
        return True
    end = text.rfind("\n", 0, sentence.start)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip()
        if line and len(line.split()) <= HEADING_WORDS and line[-1] not in ".!?؟،,":
            return bool(_CLAIM_HEADING.fullmatch(line))
        end = start - 1
    return False


#: A journalist's question in a transcript, from its label to the figure ("QUESTION (Reuters): there are reports that
#: Britain will send 1,000 more troops"): what it asks about is no claim; the answer gives the facts (round 22).
_ASKED = re.compile(r"[ \t]*(?:" + "|".join(tables.QUESTION_MARKS) + r")(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*:"
                    r"(?:(?![ \t](?:" + "|".join(tables.ANSWER_MARKS) + r")[ \t]*:)[^\n])*$")
ASKED = "a figure a journalist's question puts"
HEARSAY = "a sum told as hearsay"
_HEARSAY_VERB = re.compile("|".join(tables.HEARSAY_VERBS), re.IGNORECASE)
_HEARSAY_SOURCE = re.compile("|".join(tables.HEARSAY_SOURCES), re.IGNORECASE)
_HEARSAY_KEYS = ("aurai", "reportedly", "allegedly", "said to have")
#: ... unless the answer opens by confirming it: "س: هل سترسلون 200 جندي إلى العراق؟" over "ج: نعم، في الربيع المقبل."
_CONFIRMED = re.compile(r"\s*(?:[^:\n]{1,40}:)?\W*(?:yes|indeed|correct|exactly|that['’]s\s+right|oui|"
                        r"tout\s+à\s+fait|exactement|نعم|أجل|بالتأكيد)(?!\w)", re.IGNORECASE)
_QUESTION_INITIALS = frozenset(mark[0] for mark in tables.QUESTION_MARKS) | {" ", "\t"}


#: What stands between another giver and its own sum: its verb of giving ("la Belgique, qui a annoncé 30 millions",
#: "l'Union européenne a présenté un paquet de 1 milliard", "the EU, which has pledged EUR 2 billion"), or a bracket
#: ("l'Allemagne (410 millions USD)") (round 25).
_GIVER_TO_SUM = re.compile(
    r"\s*(?:\(\s*|,?\s*(?:qui\s+|which\s+|that\s+)?(?:a|ont|avait|avaient|has|have|had)\s+(?:déjà\s+|already\s+)?"
    r"(?:annoncé|présenté|promis|versé|engagé|débloqué|consacré|alloué|accordé|announced|pledged|presented|promised|"
    r"committed|given|provided|allocated)\b[^.;:!?\n()]{0,60}"
    # ... or a relative clause's verb in the past: "co-financed by the US Department of State, which contributed USD
    # 250,000", "with support from Japan, which added USD 4 million" (round 31)
    # (the giver's body may follow its name: "the US Department of State, which")
    r"|(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|the)){0,5},\s*(?:which|who|qui)\s+(?:also\s+|itself\s+)?"
    r"(?:contributed|provided|gave|added|pledged|committed|announced|granted|donated|allocated"
    r"|a\s+(?:versé|apporté|donné))\b[^.;:!?\n()]{0,40}"
    # ... or its possessive before its noun of giving: "alongside the European Union's pledge of €2.5 billion",
    # "Japan's contribution of USD 30 million" (round 30)
    r"|['’]s?\s+(?:own\s+|new\s+|latest\s+|additional\s+)?(?:pledge|contribution|grant|donation|gift|package"
    r"|commitment)\s+of\s*)$")
#: ... or a co-funder's label: "Cofinancement de la KfW (Allemagne) : 10 millions d'euros", "Co-funding from Germany:
#: EUR 6 million"; or the funder a passive names with its share: "cofinancé par l'Union européenne à hauteur de 2
#: millions d'euros", "également financé par le Japon à hauteur de", "co-funded by the EU to the tune of" (round 32).
_COFUNDER = re.compile(r"(?i)\bco-?financ|\bco-?fund|\b(?:financée?s?|funded|financed)\s+(?:également\s+|aussi\s+|"
                       r"also\s+)?(?:par|by)\s")
_COFUNDER_TO_SUM = re.compile(r"[^.;:\n]{0,20}:\s*(?:(?:de|d['’]|of)\s+)?$|\s+(?:à\s+hauteur\s+(?:de\s+|d['’])|"
                              r"pour\s+un\s+montant\s+de\s+|to\s+the\s+tune\s+of\s+|in\s+the\s+amount\s+of\s+|"
                              r"with\s+)(?:(?:plus\s+de|près\s+de|environ|some|about|over|more\s+than)\s+)?$",
                              re.IGNORECASE)
#: ... or a donor set beside the partner by its rank, with its own sum: "l'Allemagne, premier donateur européen avec
#: plus de 4 milliards d'euros", "Germany, the largest European donor with" (round 32).
_RANKED_DONOR_TO_SUM = re.compile(
    r",\s*(?:le\s+|la\s+|the\s+)?(?:premier|première|deuxième|second|troisième|principal|plus\s+gros|largest|"
    r"biggest|second[- ]largest|top|leading)\s+(?:[\w-]+\s+){0,3}?(?:donateur|donatrice|bailleur|contributeur|donor|"
    r"contributor)s?\b[^.;:\n\d]{0,40}?\s(?:avec|with)\s+(?:(?:plus\s+de|près\s+de|environ|some|about|over|more\s+than"
    r")\s+)?$", re.IGNORECASE)
_GIVING_WORD = re.compile(r":|\(|annonc|présent|promis|versé|engagé|débloqué|consacré|alloué|accordé|announced|pledge|"
                          r"presented|promised|commit|given|provided|allocated|contribut|grant|donat|gift|package|"
                          r"added|gave|apporté|donné|financ|fund|donor|bailleur")


def _another_givers(doc: Doc, sentence_start: int, figure: Figure) -> bool:
    """Whether the sum's clause opens with another giver and its verb of giving, or brackets the sum after its name."""
    if not _GIVING_WORD.search(doc.text, max(sentence_start, figure.start - 100), figure.start):
        return False
    mentions = doc.giver_mentions
    if mentions is None:  # a partner given by the caller: no names were looked for
        mentions = givers.giver_mentions(doc.text, arabic=False)
        if doc.language != "ar":
            doc.giver_mentions = mentions  # what :func:`attribution.detect_givers` finds in a Latin text
    last = next((m for m in reversed(mentions) if sentence_start <= m.start and m.end <= figure.start), None)
    own = givers.PARTNER_SLUGS.get(doc.partner, doc.partner)  # the EU's pages name it "european-union"
    if not last or last.code in (doc.partner, own) or last.demonym:
        return False
    return bool(_GIVER_TO_SUM.match(doc.text, last.end, figure.start)) or bool(
        _RANKED_DONOR_TO_SUM.match(doc.text, last.end, figure.start)) or bool(
        _COFUNDER_TO_SUM.match(doc.text, last.end, figure.start)) and bool(
        _COFUNDER.search(doc.text, max(sentence_start, last.start - 40), last.start))


#: A unit named by its nationality: "the Belgian (military) contingent", "le contingent belge", "الوحدة البلجيكية".
_UNIT_NOUNS = (r"contingent|detachment|task\s+group|battalion|squadron|unit|team|détachement|unité|équipe|escadron"
               r"|bataillon|(?:ال)?(?:وحدة|كتيبة|مفرزة|فرقة|قوة)")
_UNIT_AFTER_DEMONYM = re.compile(rf"\s+(?:(?:military|army|air\s+force|armed\s+forces)\s+)?(?:{_UNIT_NOUNS})\b", re.IGNORECASE)
_UNIT_BEFORE_DEMONYM = re.compile(rf"(?<![\w])(?:{_UNIT_NOUNS})\s+$", re.IGNORECASE)
#: A nation's forces as a whole, counted by a verb of counting: "Les forces françaises stationnées à Djibouti comptent
#: environ 1 500 militaires", "The French forces stationed in Djibouti number some 1,500 troops" on Djibouti's page
#: (round 31). Only with the verb: "au profit des forces irakiennes, 300 formateurs belges" are the partner's.
_FORCE_NOUNS = r"forces|troupes|troops"
_FORCE_AFTER_DEMONYM = re.compile(rf"\s+(?:{_FORCE_NOUNS})\b", re.IGNORECASE)
_FORCE_BEFORE_DEMONYM = re.compile(rf"(?<![\w])(?:{_FORCE_NOUNS})\s+$", re.IGNORECASE)
_COUNTED_AS = re.compile(r"(?<![\w])(?:comptent|compte|comptaient|totalisent|réunissent|number|numbers|numbered"
                         r"|totals?|totalled)\s+(?:[\w'’]+\s+){0,2}$", re.IGNORECASE)
#: How far before a head count its unit's nationality may stand: "The Belgian military contingent should number 120,
#: including eight pilots".
OTHER_UNIT_REACH = 80


def _other_unit(doc: Doc, start: int, figure: Figure) -> bool:
    """Whether a head count is of a unit another partner's nationality names ("Le contingent belge compte 120
    militaires" in a Danish story), with the partner named nowhere between (round 25's real press)."""
    text, table, adjectives = doc.text, place_table(), demonym_names()
    begin = max(start, figure.start - OTHER_UNIT_REACH)
    for m in place_regex().finditer(text, begin, figure.start):
        codes = table[m.group(0)]
        if len(codes) != 1 or codes[0] == doc.partner or m.group(0) not in adjectives:
            continue
        if (_UNIT_AFTER_DEMONYM.match(text, m.end()) or _UNIT_BEFORE_DEMONYM.search(text, begin, m.start())) and (
                not _names_partner(doc, m.end(), figure.start)):
            return True
        if (_FORCE_AFTER_DEMONYM.match(text, m.end()) or _FORCE_BEFORE_DEMONYM.search(text, begin, m.start())) and (
                _COUNTED_AS.search(text, m.end(), figure.start)) and not any(
                other.group(0) in adjectives and list(table[other.group(0)]) == [doc.partner]
                for other in place_regex().finditer(text, m.end(), figure.start)):
            return True  # the partner as where they are stationed ("à Djibouti") is no subject; its demonym would be
    return False


#: What names where a sum comes from, right after it: "USD 500 million from Saudi Arabia", "500 مليون دولار من المملكة
#: العربية السعودية", "5 millions d'euros de la part du Japon".
_FROM_AFTER = re.compile(r"\s+(?:from|de\s+la\s+part\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)|من)\s+"
                         r"(?:the\s+(?:government\s+of\s+)?|(?:حكومة\s+)?(?:دولة\s+)?)?", re.IGNORECASE)


#: A purchase of equipment that opens its sentence: "L'achat de 152 véhicules blindés", "La commande de quatre avions",
#: "The purchase of 152 armoured vehicles". With no one it is handed to, it is for the partner's own forces, a project
#: at home (round 32); not a part of a grant that buys something ("800 millions serviront à l'achat de vivres").
_PURCHASE_KEYS = ("achat", "acquisition", "commande", "purchase", "procurement")
_PURCHASE = re.compile(r"[^\w]{0,30}?(?:[^\n:]{1,40}:\s*)?(?:l['’]achat|l['’]acquisition|la\s+commande|(?:the\s+)?purchase|(?:the\s+)?procurement"
                       r"|(?:the\s+)?acquisition)\s+(?:de|d['’]|des|du|of)\b", re.IGNORECASE)
#: ... words that hand the purchase over to another: "remis à l'armée libanaise", "handed over", "offerts".
_HANDED_OVER = re.compile(r"(?<![\w])(?:remis|remise|remises|offerts?|offertes?|donnés?|données?|livrés?\s+(?:à|aux?)|"
                          r"cédés?|handed|donated|delivered\s+to|given\s+to|gifted|destinés?\s+(?:à|aux?))(?![\w])",
                          re.IGNORECASE)
#: A sentence that points back to what the one before named: "Ces 32 appareils, d'une valeur de ...".
_POINTS_BACK = re.compile(r"[^\w]{0,30}?(?:[^\n:]{1,40}:\s*)?(?:Ces|Cette|Cet|Ce|These|This|Those)\s")


def _bought_for_itself(doc: Doc, figure: Figure) -> bool:
    """Whether the sum is what a purchase of equipment costs, in its sentence or in the one its sentence points back
    to ("L'achat des nouveaux hélicoptères ?" over "Ces 32 appareils, d'une valeur de 8 milliards de zlotys"), and
    nothing hands it over to another."""
    sentence = doc.sentences[figure.sentence]
    spans = [(sentence.start, sentence.end)]
    if figure.sentence > 0 and _POINTS_BACK.match(doc.text, sentence.start):
        spans.append((doc.sentences[figure.sentence - 1].start, doc.sentences[figure.sentence - 1].end))
    return any(_PURCHASE.match(doc.text, *span) for span in spans) and not any(
        _HANDED_OVER.search(doc.text, *span) for span in spans)


#: A loan or credit before the sum, and the bank or fund that grants it right after: "un prêt de 25 milliards de francs
#: CFA de la Banque ouest-africaine de développement", "a loan of USD 45 million from the African Development Bank".
_LOAN_BEFORE = re.compile(r"(?<![\w])(?:prêts?|crédits?|loans?|credits?)\s+(?:\w+\s+){0,2}?(?:de\s+|d['’]|of\s+)?"
                          r"(?:(?:plus\s+de|près\s+de|environ|some|about|over|more\s+than)\s+)?$", re.IGNORECASE)
_LENDER_AFTER = re.compile(r"\s+(?:de\s+la|du|de\s+l['’]|from\s+the|from)\s*(?P<lender>(?:Banque|Bank|Fonds|Fund)\b"
                           r"[^.;,:\n()]{0,60}|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}\s+(?:Bank|Fund)\b)")


def _lent_by_a_bank(doc: Doc, sentence_start: int, figure: Figure) -> bool:
    """Whether the sum is a loan or credit that a bank or fund grants, named right after it: the lender's money, which
    the partner or another receives, not the partner's (round 32). A fund of the partner's own keeps it."""
    lender = _LENDER_AFTER.match(doc.text, figure.end)
    return bool(lender) and bool(_LOAN_BEFORE.search(doc.text, max(sentence_start, figure.start - 40), figure.start)) \
        and not _names_partner(doc, *lender.span("lender"))


def _from_another_giver(doc: Doc, figure: Figure) -> bool:
    """Whether the sum is said to come from another country than the partner, right after it, as a recipient's page
    writes it (round 26's real press: an Iraqi minister on Saudi and Kuwaiti grants)."""
    source = _FROM_AFTER.match(doc.text, figure.end)
    name = place_regex().match(doc.text, source.end()) if source else None
    codes = place_table()[name.group(0)] if name else []
    return len(codes) == 1 and codes[0] != doc.partner and DESTINATION_WEIGHT.get(codes[0], 1.0) >= 1


#: Why a figure in a list of links to other stories is no claim of the page (round 29).
OTHER_STORY = "a headline of another story"
#: The list's label, alone on its line or before its first link.
_RELATED_LABEL = re.compile(r"(?im)^[ \t]*(?:" + "|".join(tables.RELATED_STORIES_LABELS) + r")[ \t]*(?::|$)")
#: A link of the list on a line of its own: "- كوريا الجنوبية تقدم 8 ملايين دولار", "• Canada extends its mission".
_LINK_ITEM = re.compile(r"[ \t]*(?:[-•*·▪–—]|\d{1,2}[.)])[ \t]+\S")


def _related_stories(doc: Doc) -> list[tuple[int, int]]:
    """Where a page lists links to its other stories: the label's line and the bulleted lines under it."""
    if not any(key in doc.lower for key in tables.RELATED_STORIES_KEYS):
        return []
    text, spans = doc.text, []
    for label in _RELATED_LABEL.finditer(text):
        end = text.find("\n", label.end())
        end = len(text) if end == -1 else end
        while end < len(text):
            following = text.find("\n", end + 1)
            following = len(text) if following == -1 else following
            if not _LINK_ITEM.match(text, end + 1, following):
                break
            end = following
        spans.append((label.start(), end))
    return spans


def drop_others(doc: Doc) -> Doc:
    text = doc.text
    related = _related_stories(doc)
    organisations = _organisation_subjects(doc) if doc.partner and not doc.many else []
    corrected = any(key in doc.lower for key in tables.RETRACTED_KEYS)  # a correction notice is rare: look once
    retracted: list[Figure] = []
    fact_check = any(key in doc.lower for key in _VERDICT_KEYS) and _VERDICT.search(doc.text) is not None
    arabic = doc.language == "ar"
    hearsay = any(key in doc.lower for key in _HEARSAY_KEYS)  # a conditional of report is rare: look once
    own_nationals = any(key in doc.lower for key in _OWN_NATIONALS_KEYS)  # students, nationals: rare, look once
    purchases = any(key in doc.lower for key in _PURCHASE_KEYS)  # a purchase: rare, look once
    ends_before, last_end = {}, -1  # where the figures before each one end, at the latest
    for figure in doc.figures:
        ends_before[id(figure)], last_end = last_end, max(last_end, figure.end)
    for figure in doc.figures:
        if figure.dropped or not doc.sentences:
            continue
        if related and any(start <= figure.start < end for start, end in related):
            figure.dropped = OTHER_STORY
            continue
        sentence = doc.sentences[figure.sentence]
        if fact_check and _tested_claim(doc, sentence):
            figure.dropped = TESTED_CLAIM
            continue
        if hearsay and (verb := _HEARSAY_VERB.search(text, sentence.start, figure.start)) and (
                verb.group(0).lower().startswith(("reportedly", "allegedly", "is said"))
                or _HEARSAY_SOURCE.search(text, sentence.start, figure.start)):
            figure.dropped = HEARSAY
            continue
        line, line_end = text.rfind("\n", 0, figure.start) + 1, text.find("\n", figure.start)
        question = text[line:len(text) if line_end == -1 else line_end]
        reported = ("?" in question or "؟" in question) and _QUESTION_OPENS.match(question) and _REPORTED.search(
            text, line, figure.start)
        if reported or text[line:line + 1] in _QUESTION_INITIALS and _ASKED.match(text, line, figure.start) and not (
                line_end != -1 and _CONFIRMED.match(text, line_end)):
            figure.dropped = ASKED
            continue
        start = max(sentence.start, figure.seg_start - 200)
        near = doc.lower[max(sentence.start, figure.start - 16):figure.start]
        if corrected and _RETRACTED.search(text, start, figure.start) or ("non" in near or "not" in near) and (
                _RETRACTED_RIGHT_BEFORE.search(near)) or any(
                r.kind == figure.kind and r.value == figure.value and figure.sentence - r.sentence <= RETRACTED_REACH
                for r in retracted):  # the notice names the wrong figure again: "the $6 million figure was"
            figure.dropped = RETRACTED
            retracted.append(figure)
            continue
        if retracted and not figure.places and _RIGHT_FIGURE.search(text, sentence.start, figure.start) and (
                wrong := next((r for r in reversed(retracted) if r.kind == figure.kind and r.places
                               and 0 <= figure.sentence - r.sentence <= RETRACTED_REACH), None)):
            # the right figure is where the wrong one went: "ورد ... أن سويسرا خصصت للبنان 20 مليون فرنك. والصحيح أن
            # المبلغ 12 مليون فرنك" (round 24)
            figure.places, figure.place_source = list(wrong.places), "reference"
        if figure.kind == "funding" and _CONVERTED_AFTER.match(text, figure.end) and any(
                f.kind == "funding" and f.currency != figure.currency and not f.dropped and f.end <= figure.start
                for f in doc.figures):
            figure.dropped = CONVERTED  # "the total contribution corresponds to approximately USD 8.6 million at
            continue  # the exchange rate of ...": the SEK 90 million again
        if figure.kind == "funding" and not figure.places and not figure.lines and _DOMESTIC_COST.search(
                text, sentence.start, sentence.end):
            figure.dropped = NOT_GIVEN  # a cabinet's other business: what a school at home costs (round 28)
            continue
        if figure.kind == "funding" and "budget" in doc.lower[max(sentence.start, figure.start - 60):figure.start] and (
                _DEFENCE_BUDGET.search(text, max(sentence.start, figure.start - 60), figure.start)):
            figure.dropped = NOT_GIVEN  # the whole defence budget at home: "the defence budget ... EUR 1.73 billion"
            continue
        if figure.kind == "funding" and not figure.places and _OWN_FORCES_PURCHASE.search(text, figure.end, sentence.end):
            figure.dropped = NOT_GIVEN  # "لاقتناء طائرات دورية بحرية لفائدة جيش البحر" (round 31)
            continue
        if figure.kind == "funding" and doc.partner and not doc.many and purchases and _bought_for_itself(doc, figure):
            figure.dropped = NOT_GIVEN  # "L'achat de 152 véhicules blindés ... pour 1,3 milliard d'euros" (round 32)
            continue
        if figure.kind == "funding" and doc.partner and not doc.many and _lent_by_a_bank(doc, sentence.start, figure):
            figure.dropped = "somebody else's figure"  # "un prêt de 25 milliards de francs CFA de la Banque ..."
            continue
        if figure.kind == "funding" and arabic and doc.partner and not figure.places and (
                bought := _OWN_SERVICE_PURCHASE_AR.search(text, figure.end, sentence.end)) and (
                not bought.group("whose") or _names_partner(doc, *bought.span("whose"))
                or _ARTICLE_NATIONAL.fullmatch(bought.group("whose").strip())):
            figure.dropped = NOT_GIVEN  # "لشراء ثماني مقاتلات من طراز إف-16 لسلاح الجو البلغاري" (round 32)
            continue
        if figure.kind == "funding" and figure.currency in tables.RECIPIENT_CURRENCIES and doc.partner and (
                not doc.many and figure.currency != partner_currency(doc.partner)) and _RECIPIENT_GOVERNMENT.search(
                text, sentence.start, figure.start):
            figure.dropped = RECIPIENTS_OWN  # "his government had set aside IQD 300 billion" (round 31)
            continue
        if figure.kind == "funding" and (_NOT_GIVEN.search(text, start, figure.start)
                                         or _NOT_GIVEN_AFTER.match(text, figure.end)):
            figure.dropped = NOT_GIVEN
            continue
        if figure.kind == "funding" and doc.partner and not doc.many and doc.language == "ar" and (
                body := _HOME_BODY_AFTER_AR.match(text, figure.end)) and _names_partner(doc, *body.span("own")):
            figure.dropped = NOT_GIVEN  # "3 ملايين دينار سنوياً للجنة التونسية للتحاليل المالية" in Tunisia's budget
            continue
        if figure.kind == "funding" and doc.partner and not doc.many and _BUDGET_AFTER.match(text, figure.end) and (
                owner := _BUDGET_OWNER.search(text, max(sentence.start, figure.start - 40), figure.start)) and (
                not _names_partner(doc, owner.start(), owner.end())):
            figure.dropped = "somebody else's figure"
            continue
        if figure.kind == "funding" and doc.partner and not doc.many and _OWN_RESOURCES_AFTER.match(
                text, figure.end) and not _names_partner(doc, sentence.start, figure.start):
            # the other party's own share, from its own resources: "ويقدم مساهمة عينية تُقدَّر بـ350 ألف دولار من
            # موارده الأساسية" in an agreement of the partner with an agency (round 25)
            figure.dropped = "somebody else's figure"
            continue
        if figure.kind == "funding" and figure.value < tables.MIN_CONTRIBUTION_IN.get(figure.currency,
                                                                                     tables.MIN_CONTRIBUTION):
            figure.dropped = SMALL_SUM  # "Un don de 50 $ fournit un colis", "120 euros par mois" (round 19)
            continue
        if figure.kind == "funding" and _UNIT_COST.search(text, sentence.start, figure.start):
            figure.dropped = SMALL_SUM
            continue
        others = _OTHERS.search(text, start, figure.start)
        if others and _own_part(doc, others.end(), figure.start):
            others = None  # "Donors pledged $7.3 billion, of which Kuwait paid $1.3 billion": the partner's part
        if others or figure.kind == "funding" and _OTHERS_AFTER.match(text, figure.end, sentence.end):
            figure.dropped = "somebody else's figure"
            continue
        if figure.kind == "funding" and doc.partner and not doc.many and _from_another_giver(doc, figure):
            figure.dropped = "somebody else's figure"
            continue
        if figure.kind == "funding" and doc.partner and not doc.many and _another_givers(doc, sentence.start, figure):
            figure.dropped = "somebody else's figure"
            continue
        if figure.kind == "funding" and doc.partner and not doc.many and _under_other_funders(doc, sentence.block):
            figure.dropped = "somebody else's figure"  # "Other funders" over "UN Iraq Humanitarian Fund: US$500,000"
            continue
        if figure.kind == "funding" and doc.partner and not doc.many and own_nationals and _spent_on_own_nationals(
                doc, sentence.start, sentence.end):
            figure.dropped = OWN_PEOPLE  # "bourses ... pour 40 étudiants sénégalais", "ressortissants sénégalais"
            continue
        if doc.partner and not doc.many and _under_writers_own_figures(doc, sentence.block):
            figure.dropped = "somebody else's figure"  # "Hydra Solidarité en chiffres" over its own budget
            continue
        if organisations and any(sentence.start <= at < figure.start for at in organisations) or (
                figure.kind == "funding" and doc.partner and not doc.many
                and _given_by_organisation(doc, figure, sentence.end)):
            figure.dropped = "somebody else's figure"
            continue
        if figure.kind == "personnel" and doc.partner and not doc.many and _OUR_BEFORE.search(
                text, max(0, figure.start - 8), figure.start) and _funded_writer(doc):
            figure.dropped = "somebody else's figure"  # a charity the partner funds: "Our 142 staff" (round 21)
            continue
        if figure.kind == "personnel" and doc.partner and not doc.many and _alliance_strength(doc, sentence.start,
                                                                                              figure.start):
            figure.dropped = "somebody else's figure"
            continue
        if figure.kind == "personnel" and doc.partner and not doc.many and _other_unit(doc, sentence.start, figure):
            figure.dropped = "somebody else's figure"
            continue
        for marker in doc.hits("places", scan_places, max(sentence.start, figure.start - SUBJECT_WINDOW),
                               figure.start):
            codes, _ = marker.value
            if len(codes) != 1 or codes[0] == doc.partner or doc.partner is None:
                continue
            if marker.end < ends_before[id(figure)] and _names_partner(doc, marker.end, figure.start):
                continue  # another donor's own figure, then the partner's: "قدمت اليابان 5 ملايين، وقدمت النرويج 150"
            if (_SHARE_OF_BEFORE.search(text, max(sentence.start, marker.start - 40), marker.start)
                    and (_SHARE_LABEL_END.match(text, marker.end, figure.num_start)
                         or _SHARE_CLAUSE.match(text, marker.end, figure.num_start))
                    or _SHARE_LABEL_AFTER.match(text, marker.end, figure.num_start)):
                figure.dropped = "somebody else's figure"
                break
            if arabic and _SHARE_OF_BEFORE_AR.search(text, max(sentence.start, marker.start - 20), marker.start) and (
                    _SHARE_CLAUSE_AR.match(text, marker.end, figure.num_start)) and not _names_partner(
                    doc, marker.end, figure.start):
                figure.dropped = "somebody else's figure"
                break
            if _named_gift(text, sentence.start, marker, figure):
                figure.dropped = "somebody else's figure"
                break
            office_before = _OFFICE_BEFORE.search(text, max(sentence.start, marker.start - 30), marker.start)
            office = _OFFICE_AFTER.match(text, marker.end) or (office_before and _NAME_AFTER.match(text, marker.end))
            if office_before and _ARTICLE_ONLY.fullmatch(text, sentence.start, office_before.start()) and not any(
                    code in DESTINATION_WEIGHT for code in codes) and not _names_partner(doc, sentence.start, figure.start):
                figure.dropped = "somebody else's figure"  # "Le gouvernement allemand ... en baissant la contribution
                break  # maximum de 700 à 500 militaires": the sentence's subject is another state (real press)
            if _OFFICE_BEFORE_AR.search(text, max(sentence.start, marker.start - 30), marker.start) and _HIS_COUNTRY.search(
                    text, marker.end, figure.start) and not _names_partner(doc, marker.end, figure.start):
                figure.dropped = "somebody else's figure"  # "وأعلن وزير الخارجية الأميركي تعهد بلاده بتقديم"
                break
            if office and _DONOR_VERB.match(text, office.end()):
                figure.dropped = "somebody else's figure"  # "The British government pledged", "la chancelière
                break  # allemande Angela Merkel a promis"
            if arabic and _that_subject(text, sentence.start, marker.start, marker.end) and not any(
                    marker.end < other.start < figure.start for other in doc.figures):  # its first figure only
                figure.dropped = "somebody else's figure"
                break
            if text[marker.start].islower() and not _ALLIES_BEFORE.search(text, max(sentence.start, marker.start - 20),
                                                                            marker.start):
                continue
            if _DONOR_VERB.match(text, marker.end) or _HOST_PAYS.match(text, marker.end) or _DONOR_RANK.match(
                    text, marker.end) or arabic and (verb := _DONOR_VERB_AFTER_AR.match(text, marker.end)) and (
                    not is_prefixed_destination(text[marker.start:marker.end])) and not _names_partner(
                    doc, verb.end(), figure.start) or _DONOR_VERB_BEFORE.search(
                    text, max(sentence.start, marker.start - 30), marker.start) and not is_prefixed_destination(
                    text[marker.start:marker.end]) or _KEEPS_VERB.match(
                    text, marker.end) and (not text[sentence.start:marker.start].strip() or _SUBJECT_OPENS.search(
                        text, max(sentence.start, marker.start - 12), marker.start)):
                if _PLACE_PREPOSITION.search(text, max(sentence.start, marker.start - 12), marker.start):
                    continue  # "The Embassy of Japan in Jordan announced": where the speaker sits, not who gives
                figure.dropped = "somebody else's figure"
                break
        if not figure.dropped and doc.partner and not doc.many and _capital_gives(doc, sentence.start, figure.start):
            figure.dropped = "somebody else's figure"
        if not figure.dropped and arabic and doc.partner and not doc.many and _titled_state_gives(
                doc, sentence.start, figure.start):
            figure.dropped = "somebody else's figure"
    _drop_further_goals(doc)
    if doc.partner and not doc.many:
        _drop_outside_theatre(doc)
    return doc


OUTSIDE_THEATRE = "a mission outside the coalition's theatre"
_OUTSIDE_WATERS = re.compile(r"(?=[MRGBNIHmgOoEefpاخعوح])(?:" + tables.OUTSIDE_THEATRE_WATERS + ")")
_OUTSIDE_MISSIONS = re.compile(tables.OUTSIDE_THEATRE_MISSIONS)
#: Words one of which every name of :data:`tables.OUTSIDE_THEATRE_MISSIONS` holds, looked for before the expression.
_OUTSIDE_MISSION_KEYS = ("kfor", "eufor", "unmiss", "unficyp", "cyprus", "observers", "forward", "air policing",
                         "aspides", "atalanta", "irini", "sea guardian", "eunavfor", "operations", "missions",
                         "deployments", "avancée", "minuss", "الحضور", "police du ciel", "baltes", "baltic",
                         "ecomig", "unmik", "minuk", "كفور", "كيفور", "يوفور")
_OUTSIDE_BODIES = re.compile(tables.OUTSIDE_THEATRE_BODIES)
_COALITION_OPERATION = re.compile(tables.COALITION_OPERATION)
#: ... or as a section's heading that opens its line: "لاتفيا – الحضور الأمامي المعزز", "Kosovo – KFOR".
_WHERE_BEFORE = re.compile(r"(?:(?<![\w])(?:in|to|into|at|en|au|aux|à|dans|vers)\s+(?:the\s+|l['’])?|:[ \t]*|(?<!\w)(?:في|إلى)\s+"
                           r"|(?:^|\n)[ \t]*)$", re.IGNORECASE)


#: A head count deployed worldwide or abroad counts all of the partner's missions, not the coalition's: "plus de 30 000
#: militaires français sont déployés à travers le monde. Parmi eux, 1 200 ..." (round 25's real press).
_WORLDWIDE_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:(?:sont|est|are|is|were|was)\s+(?:currently\s+|actuellement\s+)?)?"
    r"(?:(?:déployée?s?|deployed|stationed|stationnée?s?|engagée?s?|serving|serve|committed|engaged|en\s+mission"
    r"|en\s+opérations?|منتشرين|منتشرون)\s+)?"
    # ... on its missions or in its operations there: "deployed on missions abroad" (round 29)
    r"(?:(?:on|in)\s+(?:\w+\s+)?(?:missions|operations)\s+)?"
    r"(?:à\s+travers\s+le\s+monde|dans\s+le\s+monde(?:\s+entier)?|around\s+the\s+(?:world|globe)|worldwide"
    r"|across\s+the\s+(?:world|globe)|abroad|overseas|à\s+l['’]étranger|hors\s+de\s+France|en\s+opérations\s+extérieures"
    # ... or all its international operations: "some 7,400 personnel committed to international operations in 38
    # missions", "soldiers serve in overseas operations" (round 29)
    r"|(?:to|in|on)\s+(?:international|overseas|foreign)\s+(?:operations|missions|deployments)"
    r"(?!\s+(?:against|of\s+the\s+coalition)\b)"
    r"|(?:حول\s+|في\s+(?:مختلف\s+)?(?:أنحاء\s+)?)العالم|في\s+الخارج)(?![\w])"
    # ... but not abroad to a place it names: "sends 200 soldiers abroad to Iraq" (a count of missions is no place)
    r"(?!\s+(?:to|in|into|en|au|aux|à|vers|إلى|في)\s(?!\d))", re.IGNORECASE)


#: Words one of which every name of :data:`tables.OUTSIDE_THEATRE_WATERS` holds, looked for before the expression.
_WATER_KEYS = ("sea", "mediterran", "méditerran", "mer ", "aden", "ocean", "horn of", "البحر", "عدن", "operation",
               "opération", "eunavfor", "عملية", "forward", "avancée", "وجود", "حضور")


@lru_cache(maxsize=1)
def _outside_place_regex() -> re.Pattern[str]:
    """The names of the places of other missions alone: scanning a whole page for them costs a tenth of scanning it
    for every place."""
    names = [name for name, codes in place_table().items() if codes and set(codes) <= tables.OUTSIDE_THEATRE_PLACES]
    initials = "".join(sorted({re.escape(name[0]) for name in names}))
    return re.compile(rf"(?=[{initials}])(?<![\w-])(?:{nested_alternation(names)})(?![\w$])")


def _drop_outside_theatre(doc: Doc) -> None:
    """A figure whose paragraph names only places of the partner's other missions ("KFOR / Area of operations: Kosovo /
    Currently deployed: 291 soldiers", "187 soldiers in the Mediterranean") is not for the coalition (round 25); nor is
    one whose sentence or clause names only such a mission, nor a head count deployed worldwide (round 26), nor one
    that the sentence before placed there and whose clause names another body's mission (round 30)."""
    text = doc.text
    for figure in doc.figures:  # "plus de 30 000 militaires français sont déployés à travers le monde"
        if figure.kind == "personnel" and not figure.dropped and _WORLDWIDE_AFTER.match(text, figure.end):
            figure.dropped = OUTSIDE_THEATRE
    for figure in doc.figures:  # "وماذا عن قواتنا في جنوب السودان؟ — هؤلاء نحو ٨٠٠ ... في بعثة الأمم المتحدة هناك"
        if (not figure.dropped and figure.place_source == "reference" and figure.places
                and set(figure.places) <= tables.OUTSIDE_THEATRE_PLACES
                and _OUTSIDE_BODIES.search(text, *clause_bounds(doc, figure))):
            figure.dropped = OUTSIDE_THEATRE  # placed by the sentence before, in another body's mission (round 30)
    lower = doc.lower
    waters = [m.span() for m in _OUTSIDE_WATERS.finditer(text)] if any(key in lower for key in _WATER_KEYS) else []
    # named as where, after a preposition or a field's label, not as a giver: "Estonia and Lithuania each have"
    outside = [m.span() for m in _outside_place_regex().finditer(text)
               if set(place_table()[m.group(0)]) <= tables.OUTSIDE_THEATRE_PLACES - {doc.partner}
               and (_WHERE_BEFORE.search(text, max(0, m.start() - 12), m.start())
                    or is_prefixed_destination(m.group(0)))]  # "بجمهورية إفريقيا الوسطى"
    missions = [m.span() for m in _OUTSIDE_MISSIONS.finditer(text)] if any(
        key in lower for key in _OUTSIDE_MISSION_KEYS) else []
    outside += waters + missions
    if not outside:
        return
    for index, figure in enumerate(doc.figures):
        if figure.dropped:
            continue
        start = text.rfind("\n\n", 0, figure.start) + 1
        end = text.find("\n\n", figure.end)
        end = len(text) if end == -1 else end
        if not any(start <= a < end for a, _ in outside):
            continue
        clause_start, clause_end = clause_bounds(doc, figure)
        # a clause ends with its line: a table's next row is another mission's ("KFOR, Kosovo (2)   9 850")
        clause_start = max(clause_start, text.rfind("\n", 0, figure.start) + 1)
        line_end = text.find("\n", figure.end)
        clause_end = min(clause_end, len(text) if line_end == -1 else line_end)
        if not any(clause_start <= a < clause_end for a, _ in outside) and _COALITION_OPERATION.search(
                text, clause_start, clause_end):
            continue  # "١٢٠ من منتسبي قوة دفاع البحرين في عمليات التحالف، ولا يشمل ... البحر الأحمر" (round 26)
        named = _countries_named(doc, start, end)
        if named <= tables.OUTSIDE_THEATRE_PLACES or missions and _outside_clause(doc, index, missions):
            # the paragraph's own places outweigh a heading's further up
            figure.dropped = OUTSIDE_THEATRE
        elif figure.sentence >= 0 and (named & tables.THEATRE_PLACES or any(
                doc.sentences[figure.sentence].start <= a < doc.sentences[figure.sentence].end for a, _ in missions)) and (
                _outside_sentence(doc, figure, outside)):
            figure.dropped = OUTSIDE_THEATRE
        elif any(clause_start <= a < clause_end for a, _ in outside) and (
                any(clause_start <= a < clause_end for a, _ in waters) or _OUTSIDE_BODIES.search(text, clause_start,
                                                                                                  clause_end)):
            # a paragraph that also names Iraq may give the other mission a clause of its own, which names its body or
            # its sea: "... في العراق، فيما يشارك 260 جندياً في قوة الأمم المتحدة في قبرص", "- نحو 900 جندي في إستونيا
            # ضمن الوجود المتقدم لحلف الناتو" in a list (round 26)
            named = _countries_named(doc, clause_start, clause_end)
            if named <= tables.OUTSIDE_THEATRE_PLACES:
                figure.dropped = OUTSIDE_THEATRE


def _countries_named(doc: Doc, start: int, end: int) -> set[str]:
    """The countries [start, end) names by their names, other than the partner: a nationality there is more often a
    unit's ("au sein du bataillon britannique") than where the people serve."""
    table, adjectives = place_table(), demonym_names()
    return {code for m in place_regex().finditer(doc.text, start, end) if m.group(0) not in adjectives
            for code in table[m.group(0)]} - {doc.partner}


def _outside_sentence(doc: Doc, figure: Figure, outside: list[tuple[int, int]]) -> bool:
    """A paragraph that names Iraq may end on another mission: "Par ailleurs, environ 900 militaires britanniques
    servent au sein de la présence avancée de l'OTAN en Estonie." The figure's sentence, or its words up to the
    figure, name only that mission's places (round 26)."""
    sentence = doc.sentences[figure.sentence]
    if not any(sentence.start <= a < sentence.end for a, _ in outside):
        return False
    # ... unless the figure's own clause names a place of its own and no other mission: "up to 25 troops with KFOR in
    # Kosovo and up to 6 instructors with the EU training mission in Mozambique" (round 31)
    start, end = clause_bounds(doc, figure)
    if start > sentence.start and not any(start <= a < end for a, _ in outside) and (
            _countries_named(doc, start, end) - tables.OUTSIDE_THEATRE_PLACES):
        return False
    for end in (sentence.end, figure.end):
        spans = [(a, b) for a, b in outside if sentence.start <= a < end]
        named = _countries_named(doc, sentence.start, end)
        if spans and named <= tables.OUTSIDE_THEATRE_PLACES:
            return True
    return False


def _outside_clause(doc: Doc, index: int, missions: list[tuple[int, int]]) -> bool:
    """Whether the figure's stretch of its sentence, between the figures beside it, names a mission outside the theatre
    by its name, and the sentence names no place inside the theatre: a list's item or a letter's aside ("The 250
    British personnel serving with the UN Peacekeeping Force in Cyprus") in a paragraph about Iraq (round 26). Another
    figure's place in the sentence is its own: "12 instructeurs ... au Mali, et ... une soixantaine d'aviateurs ... la
    police du ciel au-dessus des pays baltes" (round 27)."""
    figure, text = doc.figures[index], doc.text
    if not doc.sentences:
        return False
    line = text.rfind("\n", 0, figure.start) + 1
    if "  " in text[line:figure.start] or " | " in text[line:figure.start]:
        # a table's row: its label names the mission ("KFOR, Kosovo (2)      9 850      10 100")
        end = text.find("\n", figure.end)
        start, end = line, len(text) if end == -1 else end
        scope = start, end
    else:
        sentence = doc.sentences[figure.sentence]
        before = [f.end for f in doc.figures[:index] if f.sentence == figure.sentence and f.end <= figure.start]
        after = [f.start for f in doc.figures[index + 1:] if f.sentence == figure.sentence and f.start >= figure.end]
        start, end = max(before, default=sentence.start), min(after, default=sentence.end)
        scope = sentence.start, sentence.end
    if not any(start <= a < end for a, _ in missions):
        return False
    own_start = max(start, clause_bounds(doc, figure)[0])
    return _countries_named(doc, own_start, end) <= tables.OUTSIDE_THEATRE_PLACES and not (
        _countries_named(doc, *scope) & tables.THEATRE_PLACES)


#: Another state named with its title after a verb of giving: "وخصصت دولة قطر 20 مليون دولار", "وقدمت سلطنة عمان"
#: (a titled state is an actor, so it is no place marker above) (round 23).
_TITLED_STATE_GIVER_AR = re.compile(
    r"(?<![^\s.،])[وف]?(?:كانت\s+|قد\s+)?(?:تعهدت|قدمت|[أا]علنت|خصصت|تبرعت|ساهمت|منحت|رصدت|[أا]رسلت|نشرت"
    # ... or the auxiliary before it, its verb after the name: "وكانت مملكة البحرين قد تبرعت"
    r"|(?P<aux>كانت))\s+(?:دولة|مملكة|سلطنة|جمهورية)\s+")
_THEN_VERB_AR = re.compile(r"\s+قد\s+\S+ت(?!\w)")


def _titled_state_gives(doc: Doc, start: int, end: int) -> bool:
    """Whether another titled state gives in [start, end), the words before the figure in its sentence."""
    for m in _TITLED_STATE_GIVER_AR.finditer(doc.text, start, end):
        name = place_regex().match(doc.text, m.end())
        codes = place_table()[name.group(0)] if name else []
        if len(codes) == 1 and codes[0] != doc.partner and not (m.group("aux") and not _THEN_VERB_AR.match(
                doc.text, name.end())):
            return True
    return False


def _that_subject(text: str, sentence_start: int, start: int, end: int) -> bool:
    """Whether the name at [start, end) is the subject of a verb of giving right after "أن" or "إن"."""
    return bool(_VERB_AFTER_AR.match(text, end) and _THAT_BEFORE_AR.search(text, max(sentence_start, start - 8), start))


#: A writer that calls the partner its funder ("The UK Government remained our largest institutional funder") is
#: not the partner: its own people ("Our 142 staff") are no claim (round 21).
_FUNDED_WRITER = re.compile(r"\bour\s+(?:[\w-]+\s+){0,3}?(?:funders?|donors?|backers?)\b", re.IGNORECASE)
_OUR_BEFORE = re.compile(r"\b(?:our|notre|nos)\s+$", re.IGNORECASE)


def _funded_writer(doc: Doc) -> bool:
    return "our" in doc.lower and bool(_FUNDED_WRITER.search(doc.text))


_OTHER_FUNDERS = re.compile(r"(?:" + "|".join(tables.OTHER_FUNDERS_HEADING) + r")\W*", re.IGNORECASE)


def _under_other_funders(doc: Doc, block: int) -> bool:
    heading = doc.blocks[block].heading
    return heading is not None and bool(_OTHER_FUNDERS.fullmatch(doc.text, *doc.block_span(heading)))


#: Why a sum spent on the partner's own nationals is no claim.
OWN_PEOPLE = "spent on the partner's own people"
_OWN_NATIONALS_BEFORE = re.compile(rf"(?<![\w])(?:{'|'.join(tables.OWN_NATIONALS_NOUNS_FR)})\s+$", re.IGNORECASE)
_OWN_NATIONALS_AFTER = re.compile(rf"\s+(?:{'|'.join(tables.OWN_NATIONALS_NOUNS_EN)})\b", re.IGNORECASE)
_OWN_NATIONALS_KEYS = tuple(noun[:7] for noun in tables.OWN_NATIONALS_NOUNS_FR + tables.OWN_NATIONALS_NOUNS_EN)


def _spent_on_own_nationals(doc: Doc, start: int, end: int) -> bool:
    """Whether [start, end) names the partner's own nationals by their demonym ("étudiants sénégalais", "des
    ressortissants sénégalais", "Australian students"): a sum for them is spent on its own people (round 31)."""
    table, adjectives = place_table(), demonym_names()
    for m in place_regex().finditer(doc.text, start, end):
        if m.group(0) in adjectives and list(table[m.group(0)]) == [doc.partner] and (
                _OWN_NATIONALS_BEFORE.search(doc.text, max(start, m.start() - 20), m.start())
                or _OWN_NATIONALS_AFTER.match(doc.text, m.end(), end)):
            return True
    return False


_OWN_FIGURES = re.compile(tables.OWN_FIGURES_HEADING, re.IGNORECASE)
_OWN_FIGURES_PARTNERS = re.compile(tables.OWN_FIGURES_PARTNERS, re.IGNORECASE)


def _under_writers_own_figures(doc: Doc, block: int) -> bool:
    """Whether the figure stands under a box of an organisation's own key figures ("Hydra Solidarité en chiffres" over
    "un budget de 24 millions d'euros en 2028") that names neither the partner nor its aid (round 31)."""
    heading = doc.blocks[block].heading
    if heading is None:
        return False
    start, end = doc.block_span(heading)
    if doc.lower.find("chiffres", start, end) == -1 and doc.lower.find(" in ", start, end) == -1:
        return False  # most headings are no such box: look for its words first
    box = _OWN_FIGURES.fullmatch(doc.text, start, end)
    return bool(box) and not _OWN_FIGURES_PARTNERS.search(box.group("name")) and not _names_partner(
        doc, box.start("name"), box.end("name"))


def _drop_further_goals(doc: Doc) -> None:
    """Another sum after one that is no money given, in its sentence, is another part of the same goal: "يهدف
    المؤتمر إلى جمع مليار دولار للدول المجاورة ... و500 مليون أخرى لتمويل ...", "to raise $1 billion and a further
    $500 million"."""
    previous: Figure | None = None
    for figure in doc.figures:
        if figure.kind != "funding":
            continue
        if (previous is not None and previous.dropped == NOT_GIVEN and not figure.dropped
                and previous.sentence == figure.sentence and _another(doc, previous, figure)):
            figure.dropped = NOT_GIVEN
        previous = figure


#: A gift named for its giver's nationality: "منحة ألمانية بقيمة", "المساعدات الألمانية البالغة", "a German grant of",
#: "une subvention allemande de".
_GIFT_NOUN_BEFORE = re.compile(r"(?<!\w)(?:[وبل]?(?:ال)?(?:منحة|منح|مساعدات|مساهمة|قرض|حزمة|تبرعات|تمويل|هبة)|subvention|aide|"
                               r"contribution|enveloppe|don|prêt)\s+$", re.IGNORECASE)
_GIFT_NOUN_AFTER = re.compile(r"\s+(?:grant|loan|package|contribution|donation|pledge|aid)\b", re.IGNORECASE)
#: What may stand between the gift's name and its sum: "بقيمة", "البالغة", "of", "worth", "de".
_GIFT_GLUE = re.compile(r"[^\W\d_]*(?:\s+[^\W\d_]+){0,3}\s*")


def _named_gift(text: str, sentence_start: int, marker, figure: Figure) -> bool:
    """Whether the figure is the sum of a gift the place marker names as another country's ("منحة ألمانية بقيمة")."""
    if text[marker.start:marker.end].lower() not in demonyms():
        return False  # "مساعدات للعراق": a country's name after the gift is where it goes
    end = marker.end
    if not _GIFT_NOUN_BEFORE.search(text, max(sentence_start, marker.start - 20), marker.start):
        after = _GIFT_NOUN_AFTER.match(text, marker.end)
        if after is None:
            return False
        end = after.end()
    return figure.start - end <= 30 and _GIFT_GLUE.fullmatch(text, end, figure.start) is not None


def _capital_gives(doc: Doc, sentence_start: int, end: int) -> bool:
    """Whether another partner's capital is the subject of a verb of giving before ``end`` ("Washington alone
    committed"); a capital after "in" is where somebody speaks or meets."""
    text = doc.text
    for m in _CAPITAL_NAMES.finditer(text, max(sentence_start, end - SUBJECT_WINDOW), end):
        if _CAPITAL_NAMES.value(m) == doc.partner or not _DONOR_VERB.match(text, m.end()):
            continue
        if not _PLACE_PREPOSITION.search(text, max(sentence_start, m.start() - 12), m.start()):
            return True
    return False


#: Another government paying or signing: "the Iraqi government signed a $296 million contract", "le gouvernement
#: irakien a financé"; also spending its own budget, after an aside: "The Iraqi government, for its part, has put IQD
#: 4.2 trillion of its own budget into reconstruction" (round 24).
_HOST_PAYS = re.compile(
    r"\s+(?:government|authorities|ministry\s+of\s+\w+)(?:,\s*(?:for\s+its\s+part|for\s+their\s+part|in\s+turn|"
    r"itself|themselves|too),|\s+(?:itself|themselves))?\s+(?:has\s+|have\s+|had\s+)?(?:signed|paid|financed|funded|"
    r"awarded|allocated|budgeted|put|puts|spent|spends|invested|invests|earmarked|set\s+aside|sets\s+aside)\b",
    re.IGNORECASE)
#: An alliance's or organisation's own mission or force, whose size is no partner's: "the alliance's mission in Iraq
#: from about 500 to 4,000 personnel", "NATO's mission will grow to 4,000 troops".
_ALLIANCE_STRENGTH = re.compile(
    r"\b(?:NATO|[Tt]he\s+(?:[Aa]lliance|[Cc]oalition|UN|United\s+Nations))['’]s?\s+(?:\w+\s+)?"
    r"(?:mission|force|forces|presence|troops|personnel|contingent|strength)\b"
    # the alliance's mission as the subject that provides its people: "The NATO mission, which provides 500"
    r"|\b(?:NATO|[Aa]lliance|[Cc]oalition)\s+(?:\w+\s+)?mission,?\s+(?:which|that)\s+(?:provides|has|comprises|"
    r"includes|numbers|counts)\b"
    # in French, the coalition, the alliance or its mission as the subject of a verb of counting: "la coalition compte
    # encore environ 2 500 militaires", "la mission de l'OTAN en Irak réunit quelque 1 200 personnels" (round 19)
    r"|(?:\b[Ll]a\s+[Cc]oalition|\b[Ll]['’][Aa]lliance|\b[Ll]a\s+mission\s+de\s+l['’](?:OTAN|[Aa]lliance))\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:compte|comptait|comptera|réunit|rassemble|aligne|totalise|regroupe)\b"
)
#: The whole coalition's strength in the figure's own clause: "ويبلغ العدد الإجمالي لقوات التحالف في البلدين نحو".
_ALLIANCE_STRENGTH_AR = re.compile(
    r"(?<!\w)(?:ال)?(?:عدد|عديد|مجموع|إجمالي)\s+(?:[^\W\d_]+\s+)?(?:ل)?(?:قوات|جنود|عسكريي|أفراد)\s+"
    r"(?:التحالف|الناتو|حلف\s+شمال\s+الأطلسي)(?!\w)[^\d،,؛.\n]{0,60}$"
)
_OWN_WORDS = re.compile(r"\b(?:its|our|we|their|notre|nos|nous|son|ses|leur|leurs)\b", re.IGNORECASE)


def _alliance_strength(doc: Doc, start: int, end: int) -> bool:
    """Whether [start, end) states the size of an alliance's mission, with no word of the partner's own in it:
    "Denmark will raise its share of NATO's mission from 100 to 150 soldiers" stays Denmark's."""
    if doc.language == "ar" and (arabic := _ALLIANCE_STRENGTH_AR.search(doc.text, start, end)):
        start = arabic.start()  # the partner named in an earlier clause ("القرار البولندي") does not own it
    elif not _ALLIANCE_STRENGTH.search(doc.text, start, end) or _OWN_WORDS.search(doc.text, start, end):
        return False
    return not _names_partner(doc, start, end)


#: A sum given by an organisation named after it: "2,7 milliards d'euros mobilisés par l'Union européenne", "EUR 2.7
#: billion pledged by the European Union".
_GIVEN_BY = re.compile(
    r"\s*(?:[^\W\d_]+\s+){0,2}?(?:mobilisée?s?|promise?s?|annoncée?s?|engagée?s?|versée?s?|apportée?s?|débloquée?s?|"
    r"accordée?s?|fournie?s?|octroyée?s?|pledged|announced|committed|provided|mobili[sz]ed|given|granted)\s+(?:par|by)\s+"
    r"(?:the\s+|l['’]|la\s+|le\s+)?", re.IGNORECASE)


#: How far after a sum its agent's "par" or "by" may stand.
GIVEN_BY_CHARS = 60


def _given_by_organisation(doc: Doc, figure: Figure, end: int) -> bool:
    """Whether an organisation other than the partner is named as the giver right after the sum."""
    if doc.lower.find(" par ", figure.end, figure.end + GIVEN_BY_CHARS) == -1 and doc.lower.find(
            " by ", figure.end, figure.end + GIVEN_BY_CHARS) == -1:
        return False  # most sums have no agent after them: look for its word first
    by = _GIVEN_BY.match(doc.text, figure.end, end)
    m = by and _ORGANISATION_SUBJECT.pattern.match(doc.text, by.end())
    return bool(m) and _ORGANISATION_SUBJECT.value(m) not in (doc.partner, givers.PARTNER_SLUGS.get(doc.partner))


def _organisation_subjects(doc: Doc) -> list[int]:
    """Where an organisation other than the partner is the subject of a verb of giving ("The EU as a whole has
    mobilised"); a name after a preposition ("through the World Bank") gives nothing."""
    last: dict[int, int] = {}  # only the words before a sentence's last figure can be its subject
    for figure in doc.figures:
        if not figure.dropped and figure.sentence >= 0:
            last[figure.sentence] = max(last.get(figure.sentence, 0), figure.start)
    return [m.start() for index, end in last.items()
            for m in _ORGANISATION_SUBJECT.finditer(doc.text, doc.sentences[index].start, end)
            if _ORGANISATION_SUBJECT.value(m) not in (doc.partner, givers.PARTNER_SLUGS.get(doc.partner)) and (
                _ORGANISATION_VERB.match(doc.text, m.end())
                or _that_subject(doc.text, doc.sentences[index].start, m.start(), m.end())
                or _ORGANISATION_VERB_BEFORE.search(doc.text, max(doc.sentences[index].start, m.start() - 40),
                                                    m.start()))]


def _agree(a, b) -> bool:
    return not a or not b or a == b


def _alike(a: Figure, b: Figure) -> bool:
    """Figures that could say the same thing: the same kind, currency and giver."""
    return a.kind == b.kind and a.currency == b.currency and a.giver == b.giver


def _same(a: Figure, b: Figure, *, headline: bool = False) -> bool:
    """Whether ``b`` says ``a`` again. A headline names fewer places than its story ("$28 Million for IDPs in Iraq,
    Syria", then "in Iraq and Syria"): there places agree when one holds the other's."""
    if not _alike(a, b):
        return False
    if abs(a.value - b.value) > 0.005 * max(a.value, b.value):
        return False
    one, other = set(a.places), set(b.places)
    # ... and so does a sum of one named year said again of one of its places: a table's "2026 | 63.0" for Iraq and
    # Syria, then "Australia's 2026 contribution of $63 million placed it among the largest donors to Syria" (round 28)
    same_year = a.period == b.period == "year" and a.year is not None and a.year == b.year
    places = _agree(a.places, b.places) or (headline or same_year) and (one <= other or other <= one)
    return places and (_agree(a.period, b.period) and _agree(a.year, b.year) or _committed_when(a, b)
                       or _committed_when(b, a))


def _committed_when(total: Figure, day: Figure) -> bool:
    """A total over years from Y, then the same sum committed in year Y: "Total budget: JPY 1,350,000,000 for the
    period 2024-04-01 to 2026-12-31", then "2024-06-10 | Outgoing commitment | JPY 1,350,000,000" (round 23)."""
    return (total.period == "cumulative" and day.period == "year" and total.since is not None
            and day.year == total.since and total.value == day.value)


#: How many short lines may open a page before its story: a paper's name, a date line, headline and subtitle.
OPENING_BLOCKS = 6


def _is_headline(doc: Doc, figure: Figure, story: int) -> bool:
    """Whether the figure stands in the document's headline (its first block, when that is a short line, or a
    subtitle among the short lines that open a news story under its masthead: before block ``story``) or in a
    heading."""
    if not 0 <= figure.sentence < len(doc.sentences):
        return False
    block = doc.sentences[figure.sentence].block
    if block == 0:
        return is_short_line(doc, doc.blocks[0])
    return doc.blocks[block].kind == "heading" or block < story


def _story_start(doc: Doc) -> int:
    """The index of the first long block, when only short lines stand before it (0 when none is near the top)."""
    for index, block in enumerate(doc.blocks[:OPENING_BLOCKS + 1]):
        if not is_short_line(doc, block):
            return index
    return 0


def _absorb(original: Figure, figure: Figure, *, places: bool = True) -> None:
    """``figure`` restates ``original``: the original keeps what only the restatement said."""
    if places and (not original.places or set(original.places) < set(figure.places)):
        original.places = figure.places
    if not original.lines:
        original.lines = figure.lines
    if original.period is None and figure.period is not None:  # a headline, then its sentence with the period
        original.period, original.year, original.since = figure.period, figure.year, figure.since
    elif original.period == figure.period == "cumulative" and original.since is None:
        # the years come after the sum restated in words: "SEK 90,000,000 (ninety million Swedish kronor) to the
        # project for the period 2025-2028" (round 25)
        original.since = figure.since


def _other_item(doc: Doc, a: Figure, b: Figure) -> bool:
    """Whether ``a`` and ``b`` stand in two items of one list: "- Iraq: ..., of which EUR 0.5 million" and "- Regional
    programmes: EUR 0.5 million" are two sums, not one said twice."""
    if not (0 <= a.sentence < len(doc.sentences) and 0 <= b.sentence < len(doc.sentences)):
        return False
    one, other = doc.sentences[a.sentence].block, doc.sentences[b.sentence].block
    first, second = doc.blocks[one], doc.blocks[other]
    return one != other and first.kind == second.kind == "bullet" and first.heading == second.heading


#: "One million euro to the ICRC, another €1 million to the pooled fund": a second sum of the same size, not the first
#: said again; Arabic puts the word after the sum ("ومليون دولار آخر").
_ANOTHER_BEFORE = re.compile(r"(?<![\w])(?:another|a\s+further|an\s+additional|a\s+second|(?:un|une)\s+autre|encore)"
                             r"\s+(?:\S+\s+)?$", re.IGNORECASE)
_ANOTHER_AFTER = re.compile(r"\s*(?:آخر|أخرى)(?![\w])")
#: A new sum, with its indefinite article: "une nouvelle contribution de", "a new grant of", "منحة جديدة بقيمة".
_NEW_SUM_BEFORE = re.compile(
    r"(?<![\w])(?:(?:une|un)\s+(?:nouvelle|nouvel|nouveau)\s+(?:contribution|aide|enveloppe|don|financement|"
    r"versement)\s+(?:de\s+|d['’])|(?:a|an)\s+(?:new|fresh)\s+(?:contribution|grant|pledge|package|allocation)\s+of\s+"
    r"|(?:منحة|مساهمة|مساعدة|حزمة)\s+(?:جديدة|إضافية)\s+(?:بقيمة\s+)?)\S{0,12}$", re.IGNORECASE)


def _another(doc: Doc, a: Figure, b: Figure) -> bool:
    """Whether ``b`` is another sum of ``a``'s size in the same sentence (in two sentences, "a further €2.95m" may
    well be the same further sum again), also as the next item of an enumeration: "$5 million to clear landmines,
    $5 million for the World Food Program"."""
    if a.sentence != b.sentence:
        # "... une nouvelle contribution de 3 millions d'euros au pays", after a figure for another country: a new sum
        # for the country the story has moved on to, not the first "3 millions" again
        return bool(_NEW_SUM_BEFORE.search(doc.text, max(0, b.start - 50), b.start)) and any(
            f.places and set(f.places) != set(a.places) for f in doc.figures if a.end <= f.start < b.start) or (
            _listed_after_another_sum(doc, b))
    if _ANOTHER_BEFORE.search(doc.text, max(0, b.start - 25), b.start) or _ANOTHER_AFTER.match(doc.text, b.end):
        return True
    between = doc.text[a.end:b.start]
    return bool(_ENUMERATED.search(between)) and "(" not in between and not _DEFINITE_SUM_BEFORE.search(
        doc.text, max(0, b.start - 40), b.start)


def _translated(doc: Doc, first: Figure, again: Figure) -> bool:
    """Whether ``again`` stands in a paragraph written in another language than the paragraph of ``first``: a release
    given in French, then in English, names each of its sums twice (round 24)."""
    if doc.language == "ar" or not (0 <= first.sentence < again.sentence < len(doc.sentences)):
        return False
    one, other = (doc.blocks[doc.sentences[f.sentence].block] for f in (first, again))
    return one is not other and (detect_language(doc.text[one.start:one.end])
                                 != detect_language(doc.text[other.start:other.end]))


def _listed_after_another_sum(doc: Doc, figure: Figure) -> bool:
    """Whether ``figure`` is the next item of an enumeration of other sums in its sentence ("à hauteur respectivement
    de 3 millions, 2 millions et 1 million d'euros"): a part of a list, not an earlier sum of its size said again."""
    before = [f for f in doc.figures if f.sentence == figure.sentence and f.kind == figure.kind and f.end <= figure.start]
    return bool(before) and before[-1].value != figure.value and bool(
        _ENUMERATED.search(doc.text, before[-1].end, figure.start))


#: What parts two items of one enumeration: "..., $5 million for", "... and $5 million for", "et 5 millions".
_ENUMERATED = re.compile(r"[,;،]\s*(?:and\s+|et\s+|و\s?)?$|\s(?:and|et|و)\s*$")


#: A sum named again with a definite article: "Dans le cadre de l'enveloppe de 200 millions d'euros", "Under the
#: USD 50 million package", "ضمن المنحة البالغة 5 ملايين دولار". It says the sum again, whatever places its sentence
#: names for the sums that follow.
_DEFINITE_SUM_BEFORE = re.compile(
    r"(?<![\w])(?:(?:l['’]|cette\s+|cet\s+|ce\s+)(?:enveloppe|aide|contribution|montant|somme|programme|"
    r"engagement|financement)\s+(?:globale?\s+|totale?\s+)?(?:de\s+|d['’])"
    r"|(?:the|this|that)\s+(?:overall\s+|total\s+|new\s+)?(?:package|envelope|contribution|amount|sum|pledge|"
    r"funding|grant)\s+of\s+|(?:the|this|that)\s+"
    r"|(?:المنحة|الحزمة|المساهمة|المبلغ)\s+(?:البالغة|البالغ|وقدرها|وقدره)\s+"
    # a demonstrative, or "sur les", right before the sum: "Sur ce 1,6 milliard de dollars, 840 millions ...",
    # "de ces 20 millions", "sur les 1,6 milliard annoncés", "Of this DKK 300 million"
    r"|(?:sur|de|dans|avec)\s+(?:ce|cet|cette|ces|les)\s+|(?:ce|cet|cette|ces)\s+"
    r"|(?:of|out\s+of|from)\s+(?:this|these|that)\s+"
    # ... or the article, the sum then a comma before its part: "Of the DKK 250 million, DKK 160 million goes to"
    # (round 26)
    r"|(?P<partitive>(?:of|out\s+of)\s+the\s+)"
    # a bare "les" before the sum, with its participle after it: "les 84 M$ annoncés aujourd'hui" (round 20)
    r"|les\s+)$",
    re.IGNORECASE,
)
_DEFINITE_SUM_AFTER = re.compile(r"\s*(?:package|envelope|contribution|pledge|grant|funding|announced|pledged|promised"
                                 r"|annoncée?s?|promise?s?|débloquée?s?)\b", re.IGNORECASE)


def _refers_back(doc: Doc, a: Figure, b: Figure) -> bool:
    """Whether ``b`` names ``a``'s sum again with a definite article, in another sentence."""
    if a.sentence == b.sentence or not _alike(a, b):
        return False
    if abs(a.value - b.value) > 0.005 * max(a.value, b.value) or not _agree(a.period, b.period):
        return False
    before = _DEFINITE_SUM_BEFORE.search(doc.text, max(0, b.start - 45), b.start)
    if before is None:
        return False
    if before.group("partitive"):
        return doc.text.startswith(",", b.end)
    # "the $50 million" needs its noun after: "the USD 50 million package"
    return bool(re.match(r"(?:the|this|that|les)\s+$", before.group(0), re.IGNORECASE) is None
                or _DEFINITE_SUM_AFTER.match(doc.text, b.end))


#: The people named before, coming home or leaving: "Retour des deux officiers", "the return of the two officers",
#: "le départ des 40 instructeurs" (round 23).
_HOMECOMING_BEFORE = re.compile(
    r"(?<![\w])(?:retour|départ|rapatriement|retrait|return|departure|withdrawal|homecoming)\s+"
    r"(?:des|of\s+the|of\s+our)\s+$", re.IGNORECASE)


def _come_home(doc: Doc, a: Figure, b: Figure) -> bool:
    """Whether ``b`` is the head count ``a`` stated, named again with its article as it comes home or leaves."""
    return (a.kind == b.kind == "personnel" and a.sentence != b.sentence and a.value == b.value
            and a.giver == b.giver and bool(_HOMECOMING_BEFORE.search(doc.text, max(0, b.start - 30), b.start)))


#: The count a change starts from: "would lower the ceiling from 110 to 63", "de 200 à 300", "من 300 إلى 250".
_FROM_BEFORE = re.compile(r"(?<![\w])(?:from|de|من)\s+(?:\S+\s+)?$", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s+(?:to|à|إلى)\s", re.IGNORECASE)


def _changed_from(doc: Doc, a: Figure, b: Figure) -> bool:
    """Whether ``b`` is the count a later change starts from and ``a`` stated it before: the old count said again,
    whatever year the change itself names ("up to 110 ... in 2024", then "for 2025 ... from 110 to 63")."""
    if a.sentence == b.sentence or not _alike(a, b):
        return False
    if a.value != b.value or not _agree(a.places, b.places):
        return False
    return bool(_FROM_BEFORE.search(doc.text, max(0, b.num_start - 20), b.num_start)
                and _TO_AFTER.match(doc.text, b.num_end))


#: A headline rounds the sum its story gives ("€3.7 Million" for "€3.725 million"): at most this far apart.
ROUNDING_GAP = 0.025


def _rounds_to(doc: Doc, headline: Figure, figure: Figure) -> bool:
    """Whether ``figure``'s value, rounded to the digits the headline wrote, is the headline's."""
    written = doc.text[headline.num_start:headline.num_end].replace(",", "")
    number = re.fullmatch(r"\d+(?:\.(\d+))?", written)
    if number is None or not headline.value or headline.value == figure.value:
        return False
    scale = headline.value / float(written)
    decimals = len(number.group(1) or "")
    return (round(figure.value / scale, decimals) == float(written)
            and abs(figure.value - headline.value) <= ROUNDING_GAP * figure.value)


def _drop_rounded_headlines(doc: Doc, story: int) -> None:
    """A headline's rounded sum is the precise one of its story: one claim, the story's."""
    live = [f for f in doc.figures if not f.dropped]
    for head in (f for f in live if _is_headline(doc, f, story)):
        exact = next((f for f in live if f is not head and not f.dropped and not _is_headline(doc, f, story)
                      and _alike(f, head)
                      and _rounds_to(doc, head, f) and _agree(head.places, f.places)), None)
        if exact is not None:
            head.dropped = "restates a later figure, rounded"
            _absorb(exact, head)


_KEY_FIGURES_HEADING = re.compile(tables.KEY_FIGURES_HEADING, re.IGNORECASE)
#: Tiles set side by side on one line: "600 militaires  |  350 M EUR depuis 2014  |  410 M EUR de prêt AFD".
_TILE_GAP = re.compile(r"[ \t]*\|[ \t]*|\t|[ \t]{3,}")


def _on_key_figures_line(doc: Doc, figure: Figure) -> bool:
    """Whether the figure is a tile of a line of key figures: set beside others on its line, under a heading such as
    "CHIFFRES CLÉS"."""
    if not 0 <= figure.sentence < len(doc.sentences):
        return False
    block = doc.blocks[doc.sentences[figure.sentence].block]
    line_start = doc.text.rfind("\n", 0, figure.start) + 1
    line_end = doc.text.find("\n", figure.end)
    if not _TILE_GAP.search(doc.text, line_start, len(doc.text) if line_end < 0 else line_end):
        return False
    above = doc.text.rfind("\n", 0, max(0, line_start - 1)) + 1  # the heading may be the line above, in one block
    heading = doc.blocks[block.heading] if block.heading is not None else None
    return _KEY_FIGURES_HEADING.search(doc.text, above, line_start) is not None or heading is not None and (
        _KEY_FIGURES_HEADING.search(doc.text, heading.start, heading.end) is not None)


def _drop_key_figure_tiles(doc: Doc) -> None:
    """A key figure ("600 militaires", "410 M EUR de prêt AFD") that a section below says in full is that section's
    figure, with the hedge, places and year the section gives it (round 28)."""
    tiles = [f for f in doc.figures if not f.dropped and _on_key_figures_line(doc, f)]
    for tile in tiles:
        full = next((f for f in doc.figures if not f.dropped and f not in tiles and _alike(f, tile)
                     and abs(f.value - tile.value) <= 0.005 * max(f.value, tile.value)
                     and set(tile.places) <= set(f.places)), None)
        if full is not None:
            tile.dropped = "restates a later figure"


def drop_restatements(doc: Doc) -> Doc:
    _drop_corrected_notices(doc)
    if _KEY_FIGURES_HEADING.search(doc.text):
        _drop_key_figure_tiles(doc)
    kept: dict[tuple, list[Figure]] = {}
    story = _story_start(doc)
    for figure in doc.figures:
        if figure.dropped:
            continue
        bucket = kept.setdefault((figure.kind, figure.currency, round(figure.value, -1)), [])
        headline = any(_is_headline(doc, f, story) for f in (figure, *bucket))
        # a live blog runs newest first: "Sur ces 1,12 milliard d'euros, ..." stands above the entry that announced
        # the sum; the announcement is the claim (round 21)
        named = next((k for k in bucket if _refers_back(doc, figure, k) and not _other_item(doc, k, figure)
                      and not _another(doc, k, figure)), None)
        if named is not None:
            named.dropped = "restates a later figure"  # its places and lines are its parts'
            if figure.period is None:
                figure.period, figure.year, figure.since = named.period, named.year, named.since
            bucket[bucket.index(named)] = figure
            continue
        original = next((k for k in bucket if (_same(k, figure, headline=headline) or _refers_back(doc, k, figure)
                                                or _changed_from(doc, k, figure) or _come_home(doc, k, figure))
                         and (not _other_item(doc, k, figure) and not _another(doc, k, figure)
                              or _translated(doc, k, figure) and _same(k, figure, headline=headline))), None)
        if original is None:
            bucket.append(figure)
            continue
        figure.dropped = "restates an earlier figure"
        _parts_take_period(doc, figure, original)
        # a sum named again ("Sur ce 1,6 milliard, 840 millions iront au Liban") lends no places: they are its part's
        # ... nor does a year's sum said again of fewer or more of its places (round 28)
        _absorb(original, figure, places=_same(original, figure, headline=headline) and (
            headline or _agree(original.places, figure.places)))
        if original.qualifier == "exact" and _is_headline(doc, original, story):
            original.qualifier = figure.qualifier  # a headline drops the story's hedge: "to 250 troops", "about 250"
    _drop_second_currency_repeats(doc, story)
    _drop_bare_dollar_headlines(doc, story)
    _drop_rounded_headlines(doc, story)
    return doc


def _parts_take_period(doc: Doc, restated: Figure, original: Figure) -> None:
    """A part of a sum that restates an earlier one ("a versé 2,3 millions de dollars, dont 800 000 dollars" under a
    table row dated by its caption "Plan 2031") takes the earlier figure's period when its own sentence names none, as
    a part takes its total's (round 32)."""
    if original.period is None or restated.period is not None:
        return
    index = next((i for i, f in enumerate(doc.figures) if f is restated), None)
    for part in doc.figures:
        if part.parent == index and part.period is None and not part.dropped:
            part.period, part.year, part.since = original.period, original.year, original.since


#: The dollars of several countries, which a headline may write as bare "dollars".
_DOLLAR_CURRENCIES = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD"})
#: A dollar written with its country: "US$", "dollars américains", "dollars canadiens", "CAD", "A$".
_NAMED_DOLLAR = re.compile(r"(?i)\b(?:US|U\.S\.|USD|CAD|AUD|NZD|SGD)\b|(?:CA|C|A|NZ|S)\$|dollars?\s+(?:américains?|"
                           r"canadiens?|australiens?|néo-zélandais|singapouriens?|des\s+[ÉE]tats-Unis)"
                           r"|(?:American|Canadian|Australian|New\s+Zealand|Singapore)\s+dollars?")


def _drop_bare_dollar_headlines(doc: Doc, story: int) -> None:
    """A headline's bare "75 millions de dollars" is the story's "75 millions de dollars canadiens" from the same
    giver: one claim, in the story's named dollar (round 27)."""
    live = [f for f in doc.figures if not f.dropped and f.kind == "funding" and f.currency in _DOLLAR_CURRENCIES]
    for figure in live:
        if not _is_headline(doc, figure, story) or _NAMED_DOLLAR.search(doc.text, figure.start, figure.end):
            continue
        named = next((f for f in live if f.currency != figure.currency and f.value == figure.value and not f.dropped
                      and f.giver == figure.giver and not _is_headline(doc, f, story)
                      and _NAMED_DOLLAR.search(doc.text, f.start, f.end)), None)
        if named is not None:
            figure.dropped = "restates an earlier figure"
            _absorb(named, figure)


#: The words of a correction notice that give the right figure, a few words before it: "والصحيح أنها قدّمت 3 ملايين",
#: "the correct figure is 375".
_CORRECT_BEFORE = re.compile(r"(?<![\w])و?(?:" + tables.RETRACTION_ENDS + r")\w*(?:\s+[^\W\d_]+){0,4}\s+$",
                             re.IGNORECASE)


_NOT_THE_WRONG = re.compile(r"\s*(?:[^\W\d_]+\s+){0,2}?,?\s*(?:et\s+non|et\s+pas|(?:and\s+)?not|rather\s+than|instead\s+of"
                            r"|au\s+lieu\s+de)\s+(?:de\s+|d['’]|les\s+|the\s+)?\d", re.IGNORECASE)


def _drop_corrected_notices(doc: Doc) -> None:
    """A correction notice names the right figure, then gives the corrected story that holds it again, with its places
    and year: the story's figure is the claim ("والصحيح أنها قدّمت ثلاثة ملايين دولار. وفيما يلي نص الخبر مصوَّباً:
    ... شيكاً بمبلغ 3 ملايين دولار") (round 20)."""
    notice = any(figure.dropped == RETRACTED for figure in doc.figures)
    if not notice and not any(key in doc.lower for key in tables.RETRACTED_KEYS):
        return
    live = [f for f in doc.figures if not f.dropped]
    for index, figure in enumerate(live):
        sentence = doc.sentences[figure.sentence]
        # ... or sets the right figure against the wrong one: "le contingent compte 120 personnels et non 210", "120
        # troops, not 210" (round 24)
        if not (notice and _CORRECT_BEFORE.search(doc.text, max(sentence.start, figure.start - 60), figure.start)
                or _NOT_THE_WRONG.match(doc.text, figure.num_end)):
            continue
        if any(later.kind == figure.kind and later.currency == figure.currency and later.value == figure.value
               and later.sentence != figure.sentence for later in live[index + 1:]):
            figure.dropped = "restates an earlier figure"


def _drop_second_currency_repeats(doc: Doc, story: int) -> None:
    """A headline's "US$35 million" is the "(US$35 million)" its story gives after "CA$44 million": one claim, in the
    story's first currency."""
    seconds = {f.start: f for f in doc.figures if f.dropped == IN_ANOTHER_CURRENCY}
    if not seconds:
        return
    live = [f for f in doc.figures if not f.dropped]
    for first in live:
        for start, _ in first.restates:
            second = seconds.get(start)
            for other in live:
                if second is not None and other is not first and not other.dropped and _same(
                        second, other, headline=_is_headline(doc, other, story)):
                    other.dropped = "restates an earlier figure"
                    _absorb(first, other)
