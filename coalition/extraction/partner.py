"""Pipeline step: which partner the document is about, from its title, its first lines, or its subjects.

"Norway's contribution ...", "Contribution of Denmark ...", "The European Union in the Global Coalition", a press
release's "Canada announces ...", "Contribution de la Belgique", "L'Allemagne et la Coalition": the first name
that reads as a country (or the EU) in such a phrase wins. An Arabic title names its partner first ("مساهمة دولة
الكويت في التحالف"), so there the first country of the title wins, unless a preposition makes it the destination
("لدعم النازحين في العراق").

Failing that, the text's signs of who wrote it are weighed (:data:`SIGNALS`): the partner's institutions ("Bundeswehr",
"Ministère des Armées", "واس"), its government's web domain ("dfat.gov.au"), "the Government of Japan" or a
demonym beside a government noun ("The German Government", "militaires belges", "الجيش الألماني"), a capital-city
dateline ("BRUXELLES —", "الرياض"), and the country that is a sentence's subject ("Japan has provided", "قدمت
مصر"). A country that the coalition's texts mostly name as a destination weighs less (:data:`DESTINATION_WEIGHT`).
The best candidate is taken only when it is strong enough and leads clearly: a missed partner costs less than a
wrong one, which spoils the currency of a bare "$", the places and the head counts. A text written in the first
person plural ("our assistance", "nos soldats", "بلادنا") comes from a government, so there a weaker lead is enough.
"""

from __future__ import annotations

import re
from collections import Counter

from . import tables
from .doc import Doc
from .givers import ORGANISATIONS_AR
from .keywords import keyword_regex
from .places import DESTINATION_WEIGHT, arabic_bare_names, country_names, demonym_names, place_regex, place_table

_NAME = r"[A-ZÀ-Ý][\w .'’-]"
#: A title opening with its subject: "Le Canada prolonge sa mission", "Belgium adjusts its presence", also after a
#: topic and a colon: "Lutte contre Daech : la Belgique renvoie ses F-16", "Irak : l'Espagne réduit".
_SUBJECT_TITLE = re.compile(
    # a kicker in capitals may lead the topic: "DIRECT. Conférence de Bruxelles sur la Syrie : l'Allemagne reste",
    # "EN DIRECT – Syrie : ...", "LIVE - Iraq: ..." (round 21)
    r"^\W*(?:(?-i:[A-ZÀ-Ý]{2,}(?:\s+[A-ZÀ-Ý]{2,}){0,3})\s*[.–—-]\s+)?"
    r"(?:[^:\n]{1,40}\s?:\s*)?(?:the\s+|le\s+|la\s+|les\s+|l['’])?"
    # a headline opening with a preposition names where, not who: "From Mosul's water pumps to Basra's classrooms"
    r"(?!(?:From|In|Inside|Across|Around|At|Beyond|Through|Throughout|To|For|With|On)\s)"
    # ... and one opening with a gerund names what is done, not who: "Rebuilding Iraq is a marathon" (round 29)
    r"(?![A-Z][a-z]+ing\s)"
    # a quotation opening a headline is someone's words: '"Iraq needs jobs": an interview with the ambassador'
    r"(?<![\"“‘])(?<!^')"
    # French puts the EU's adjective in lower case: "Irak : l'Union européenne renforce son aide"
    r"(?P<name>(?:Union|Commission)\s+européenne|[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){0,2})"
    r"\s+(?=[a-zà-ÿ])(?!and\b|et\b|in\b|en\b|to\b|for\b|pour\b)"
)
#: A country before a mission's noun is where it goes, unless a possessive names whose ("Norway's Iraq mission"):
#: "Iraq training contingent back home", "Jordan deployment ends".
_MISSION_NOUN = re.compile(r"(?:training|mission|contingent|deployment|detachment|operations?|rotation|tour"
                           r"|veterans)\b")
#: A headline about the partner's aircraft or people by their nationality: "Les F-16 belges de retour au bercail",
#: "Belgian F-16s return from Jordan" (not the forces of the theatre's hosts: "Iraqi troops retake Mosul").
_FORCES_TITLE = re.compile(
    r"^\W*(?:(?:les|des|nos|the)\s+)?(?:(?:F-16|F-35|Rafale|avions|militaires|soldats|troupes|instructeurs|formateurs|"
    r"démineurs)\s+(?P<name>[a-zéèëï-]+)\b|(?P<demonym>[A-Z][a-z]+)\s+(?:F-16s?|F-35s?|troops|soldiers|trainers|"
    r"instructors|deminers|fighter\s+jets)\b)", re.IGNORECASE)
#: A headline writes the office in lower case: "Live: Albanian parliament debates Iraq mission", "Greek defence
#: ministry confirms ..." (round 21); never a destination's ("Iraqi ministry receives equipment from Japan").
_LOWER_GOVERNMENT_TITLE = re.compile(
    r"\b(?P<name>[A-Z][a-z]+)\s+(?:government|parliament|cabinet|(?:defen[cs]e\s+|foreign\s+)?ministry)\b")
#: A letterhead in capitals, maybe with the document's name after a dash: "PRINCIPAUTÉ DE MONACO – Budget Primitif de
#: l'exercice 2027", "KINGDOM OF NORWAY – Ministry of Foreign Affairs" (round 26); or with the state's motto beside it,
#: apart by a run of spaces: "RÉPUBLIQUE DE DJIBOUTI          Unité - Égalité - Paix" (round 31)
_CAPITALS_LETTERHEAD = re.compile(
    r"^\W*(?:ROYAUME|KINGDOM|REPUBLIC|RÉPUBLIQUE|GRAND-DUCHÉ|GRAND\s+DUCHY|SULTANATE|SULTANAT|STATE|ÉTAT|PRINCIPALITY"
    r"|PRINCIPAUTÉ)\s+(?:OF\s+THE|OF|DU|DE\s+LA|DE\s+L['’]|DES|DE|D['’])\s*(?P<name>[A-ZÀ-Ý][A-ZÀ-Ý'’ -]+?)\s*"
    r"(?:\s[–—-]\s|(?<=\S)[ \t]{2,}|$)")
_TITLE_FORMS = (
    re.compile(r"(?<![\w'’])(?P<name>[A-Z][\w.'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.'’-]*){0,3}?)['’]s?\s+"
               r"(?:[a-z]+\s+){0,2}?(?i:contributions?|support|engagement|participation|role|efforts?|commitment|"
               r"activities|factsheet|fact\s+sheet)\b"),
    re.compile(r"^\W*(?:the\s+)?(?P<name>[A-Z][\w .'’-]+?)\s+(?:announces|extends|increases|confirms|adjusts|expands|"
               r"steps\s+up|to\s+provide|provides|pledges|deploys|commits|boosts|renews|"
               # a headline in the future or of a cut: "Czechs to send more soldiers", "Canada reduces its aid"
               r"to\s+(?:send|deploy|withdraw|draw\s+down|reduce|increase|boost|double|extend|keep|give|fund|pledge|"
               r"commit|expand|cut|scale\s+back|end|bring\s+home)|sends|withdraws|reduces|draws\s+down|doubles|gives|"
               r"keeps|cuts|allocates|approves|contributes|donates|grants|offers|unveils|launches|delivers)\b",
               re.IGNORECASE),
    re.compile(r"\bGovernment\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"),
    # a demonym before the contribution: "Extension of Dutch contribution to the fight against ISIS"
    re.compile(r"\b(?P<name>[A-Z][a-z]+(?:\s+Zealand)?)\s+(?:military\s+|humanitarian\s+|civilian\s+)?"
               r"(?:contributions?|support|engagement|participation|commitment)\b"),
    # ... also in the plural: "Suivi des engagements de la Belgique aux conférences de Bruxelles" (round 23)
    re.compile(rf"\b(?:contributions?|engagements?|actions?|soutiens?|participations?|aides?)\s+"
               rf"(?:de\s+la|de\s+l['’]|du|des|de)"
               rf"\s*(?P<name>{_NAME}+)", re.IGNORECASE),
    re.compile(rf"^\W*(?:le\s+|la\s+|les\s+|l['’])?(?P<name>{_NAME}+?)\s+(?:et|dans|au\s+sein\s+de)\s+la\s+"
               rf"(?:Coalition|lutte)", re.IGNORECASE),
    _SUBJECT_TITLE,
    _FORCES_TITLE,
    # a letterhead with an adjective: "République tunisienne – Ministère de la Défense nationale"
    re.compile(r"^\W*(?:République|Royaume|Confédération|Principauté|Sultanat)\s+(?P<name>[a-zà-ÿ-]+)\b"),
    # a letterhead: "Royaume du Maroc", "Kingdom of the Netherlands", "Grand-Duché de Luxembourg"
    re.compile(r"^\W*(?:Royaume|Kingdom|Republic|République|Grand-Duché|Grand\s+Duchy|Sultanate|Sultanat|State|État|"
               r"Federal\s+Republic|République\s+fédérale|Principality|Principauté)\s+(?:of\s+the|of|du|de\s+la|de\s+l['’]|"
               r"des|de|d['’])\s*(?P<name>[A-ZÀ-Ý][\w .'’-]+?)\s*$"),
    _CAPITALS_LETTERHEAD,
    # "The German Bundestag", "the Swedish Government", "Le gouvernement du Canada", "la participation belge"
    re.compile(r"\b(?P<name>[A-Z][a-z]+)\s+(?:Government|Bundestag|Parliament|Ministry|Armed\s+Forces|"
               r"Defen[cs]e\s+Forces?|cabinet|Foreign\s+Office)\b"),
    _LOWER_GOVERNMENT_TITLE,
    re.compile(rf"\bgouvernement\s+(?:du|de\s+la|de\s+l['’]|des)\s*(?P<name>{_NAME}+)", re.IGNORECASE),
    # "la participation belge", also with the kind of help between: "La réponse humanitaire belge", "l'aide
    # militaire danoise"
    re.compile(r"\b(?:contribution|participation|engagement|soutien|présence|aide|action|réponse)\s+"
               r"(?:(?:humanitaire|militaire|financière|financier|civile|civil)\s+)?(?P<name>[a-zéèëï-]+)\b"),
    re.compile(r"\b(?:contributions?|support|engagement|participation)\s+(?:of|by|from)\s+(?:the\s+)?"
               r"(?P<name>[A-Z][\w .'’-]+)", re.IGNORECASE),
    re.compile(r"^\W*(?:the\s+)?(?P<name>[A-Z][\w .'’-]+?)\s+(?:in|and)\s+the\s+(?:Global\s+)?Coalition"),
    re.compile(r"^\W*(?:Partner|Country)\s*:\s*(?P<name>[A-Z][\w .'’-]+)", re.IGNORECASE),
    re.compile(r"^\W*(?:the\s+)?(?P<name>[A-Z][\w .'’-]+?)\s*[:–—-]\s*(?:its\s+|the\s+)?(?:contributions?|support"
               # a donor's page at an agency that receives its money: "Autriche – profil de donateur" (round 22)
               r"|engagement|participation|factsheet|profil\s+(?:de|du)\s+donateur|donor\s+profile)\b", re.IGNORECASE),
)
#: The title forms that name a partner in a heading further down ("La contribution de la France en chiffres").
_HEADING_FORMS = _TITLE_FORMS[:1] + _TITLE_FORMS[4:5]
#: A conjunction that opens a headline's second clause, whose subject is the verb's: "Trainers home from Iraq as
#: Government commits $18.5m" is the government's headline, not Iraq's (round 29).
_HEADLINE_CONJUNCTION = re.compile(r"\s(?:as|while|after|when|once|because|but|alors\s+que|tandis\s+que)\s",
                                   re.IGNORECASE)
#: How many opening lines may carry the partner's name in a title-like phrase, and how long a title may be.
TITLE_LINES = 3
TITLE_WORDS = 18
#: Letterhead lines a release opens with, passed over when looking for its headline: the minister's name and
#: office, the kind of release, its date ("Hon Jane Doe", "Minister of Defence", "MEDIA RELEASE", "5 May 2019").
_LETTERHEAD = re.compile(
    r"\W*(?:(?:the\s+)?(?:Rt\.?\s+)?Hon\.?\s|Senator\s|(?:Deputy\s+|Prime\s+|Assistant\s+)?Minister\b|"
    r"(?:media|press|news)\s+(?:release|statement)\b|media\s+statement\b|joint\s+statement\b|"
    r"(?:\d{1,2}\s+)?[A-Z][a-z]+\s+(?:\d{1,2},\s+)?\d{4}\s*$)[^\n]{0,80}$", re.IGNORECASE)
#: How many letterhead lines may stand before the headline.
LETTERHEAD_LINES = 8


#: Institutions, operations and news agencies of one partner, as written (case counts: "ADF", "واس").
INSTITUTIONS: dict[str, str] = {
    "Australian Defence Force": "AU", "ADF": "AU", "DFAT": "AU", "Operation OKRA": "AU", "Operation Okra": "AU",
    "Global Affairs Canada": "CA", "Affaires mondiales Canada": "CA", "Operation IMPACT": "CA",
    "opération IMPACT": "CA", "Opération IMPACT": "CA",
    "NZDF": "NZ", "MFAT": "NZ", "Vote Defence Force": "NZ", "Vote Defence": "NZ", "Vote Foreign Affairs": "NZ",
    "Foreign, Commonwealth & Development Office": "GB", "Foreign, Commonwealth and Development Office": "GB",
    "Foreign and Commonwealth Office": "GB", "FCDO": "GB", "DFID": "GB", "Operation SHADER": "GB", "Foreign Office": "GB",
    "Operation Shader": "GB", "opération Shader": "GB", "Royal Air Force": "GB",
    "Foreign and Commonwealth Affairs": "GB", "House of Lords": "GB",  # not "House of Commons": Canada has one too
    # the services of a defence transcript: "the RAF flew more than 1,700 strike missions" (round 22)
    "RAF": "GB", "Royal Navy": "GB", "British Army": "GB",
    "Federal Foreign Office": "DE", "Auswärtiges Amt": "DE", "Bundeswehr": "DE", "Bundestag": "DE",
    "Federal Ministry for Economic Cooperation and Development": "DE", "BMZ": "DE", "KfW": "DE", "GIZ": "DE",
    "بوندستاغ": "DE", "البوندستاغ": "DE",
    "JICA": "JP", "Self-Defense Forces": "JP", "Japan Platform": "JP",
    "Ministère des Armées": "FR", "ministère des Armées": "FR", "ministère des armées": "FR", "France Diplomatie": "FR",
    "Ministère de l'Europe et des Affaires étrangères": "FR", "ministère de l'Europe et des Affaires étrangères": "FR",
    "Ministère de l'Europe et des affaires étrangères": "FR", "ministère de l'Europe et des affaires étrangères": "FR",
    "ministre de l'Europe et des affaires étrangères": "FR", "Quai d'Orsay": "FR",
    "Centre de crise et de soutien": "FR", "Chammal": "FR", "CHAMMAL": "FR", "عملية شمال": "FR",
    "composante Air": "BE", "Défense belge": "BE", "Enabel": "BE", "SPF Affaires étrangères": "BE",
    # Belgium's air bases and wings, which a local paper names instead of the country (round 27)
    "Florennes": "BE", "Kleine-Brogel": "BE", "Kleine Brogel": "BE", "Wing Tactique": "BE", "Composante Air": "BE",
    "Desert Falcon": "BE",
    # ... and Spain's bases and brigades, which a regional paper names instead of the country: "the Legion's brigade
    # here at Viator", "a contingent from the Guadarrama XII Brigade" (round 30)
    "Viator": "ES", "Álvarez de Sotomayor": "ES", "Bétera": "ES", "Cerro Muriano": "ES", "El Goloso": "ES",
    "Guadarrama XII": "ES", "Guzmán el Bueno X": "ES", "Rey Alfonso XIII": "ES", "Brigada de la Legión": "ES",
    # development agencies, named in full or by their initials
    "Agence française de développement": "FR", "Agence Française de Développement": "FR", "AFD": "FR",
    "Expertise France": "FR", "Agence belge de développement": "BE", "LuxDev": "LU", "Lux-Development": "LU",
    "Direction du développement et de la coopération": "CH", "Swiss Agency for Development and Cooperation": "CH",
    # the Swiss government by its own names: "le Conseil fédéral", "la Confédération", its foreign ministry
    "Conseil fédéral": "CH", "Confédération": "CH", "DFAE": "CH", "DDC": "CH", "Swiss Federal Council": "CH",
    "Federal Department of Foreign Affairs": "CH",
    "AECID": "ES", "AICS": "IT",
    "Guardia Civil": "ES", "Carabinieri": "IT", "Prima Parthica": "IT", "Farnesina": "IT",
    "Her Majesty's Government": "GB", "His Majesty's Government": "GB", "HM Government": "GB", "Hansard": "GB",
    "Tweede Kamer": "NL", "Storting": "NO", "Norad": "NO", "Riksdag": "SE", "Folketing": "DK",
    "Danida": "DK", "USAID": "US", "State Department": "US", "Department of State": "US", "Pentagon": "US",
    # the part-time soldiers a regional paper names instead of the country: "Guardsmen who in ordinary life teach
    # school", "the Iowa Army National Guard" (round 27); not "National Guard" alone, which Gulf states have too
    "Army National Guard": "US", "Air National Guard": "US", "Guardsmen": "US", "Guardsman": "US",
    "KSrelief": "SA", "King Salman Humanitarian Aid and Relief Center": "SA",
    "King Salman Humanitarian Aid and Relief Centre": "SA", "Saudi Press Agency": "SA", "SPA --": "SA",
    "Custodian of the Two Holy Mosques": "SA", "Emirates News Agency": "AE", "Kuwait News Agency": "KW",
    "Qatar News Agency": "QA", "WAM": "AE", "KUNA": "KW", "Emirates Red Crescent": "AE", "Kuwait Fund": "KW",
    "Qatar Fund for Development": "QA", "Qatar Charity": "QA",
    "مركز الملك سلمان": "SA", "واس": "SA", "كونا": "KW", "الصندوق الكويتي للتنمية": "KW", "وام": "AE",
    "الهلال الأحمر الإماراتي": "AE", "(WAM)": "AE", "(KUNA)": "KW", "(SPA)": "SA", "(QNA)": "QA", "(BNA)": "BH",
    "/ بنا /": "BH", "/بنا/": "BH", "(بنا)": "BH", "/ قنا /": "QA", "(قنا)": "QA", "قوة دفاع البحرين": "BH",
    # donors' own funds, foundations and societies
    "مؤسسة خليفة بن زايد": "AE", "Khalifa bin Zayed Al Nahyan Foundation": "AE", "صندوق أبوظبي للتنمية": "AE",
    "Abu Dhabi Fund for Development": "AE", "الصندوق السعودي للتنمية": "SA", "Saudi Fund for Development": "SA",
    "الهلال الأحمر القطري": "QA", "Qatar Red Crescent": "QA", "قطر الخيرية": "QA", "صندوق قطر للتنمية": "QA",
    "جمعية الهلال الأحمر الكويتي": "KW", "Kuwait Red Crescent": "KW",
    # the European Commission and its commissioners speak for the EU
    "المفوضية الأوروبية": "EU", "المفوضة الأوروبية": "EU", "المفوض الأوروبي": "EU", "بعثة الاتحاد الأوروبي": "EU",
    "Commission européenne": "EU", "European Commission": "EU",
    # ministries, forces, parliaments and aid agencies of partners first read in round 16
    "MINDEF": "SG", "Singapore Armed Forces": "SG", "Republic of Singapore Air Force": "SG", "RSAF": "SG",
    "Irish Aid": "IE", "Dáil Éireann": "IE", "Oireachtas": "IE", "Óglaigh na hÉireann": "IE", "SlovakAid": "SK",
    "Slovak Aid": "SK", "Hellenic Aid": "GR", "Hellenic Armed Forces": "GR",
    # parliaments and aid agencies of partners first read in round 17
    "Saeima": "LV", "KOICA": "KR", "Korea International Cooperation Agency": "KR", "Polish Aid": "PL", "Sida": "SE",
    # Morocco's forces and aid agency, which its press names instead of the country (round 18)
    "Forces Armées Royales": "MA", "Forces armées royales": "MA", "Forces Armées royales": "MA",
    "Agence marocaine de coopération internationale": "MA",
    # Morocco's news agency, as its dispatches credit it: "Rabat, 13 mai 2024 (MAP) –" (round 24)
    "(MAP)": "MA", "Agence Marocaine de Presse": "MA", "Maghreb Arabe Presse": "MA",
    # Turkey's development agency, which its notices name instead of the country (round 22)
    "TİKA": "TR", "TIKA": "TR", "تيكا": "TR", "وكالة التعاون والتنسيق التركية": "TR",
    "Turkish Cooperation and Coordination Agency": "TR",
    # agencies, forces and ministries by their Arabic or full names, which pages name instead of the country: Korea's
    # aid agency, Morocco's Royal Armed Forces, and Spain's foreign ministry, whose name holds the EU's (round 26)
    "كويكا": "KR", "الوكالة الكورية للتعاون الدولي": "KR", "القوات المسلحة الملكية": "MA",
    # (without "وزارة", which a prefix may glue: "لوزارة", "ووزارة")
    "الشؤون الخارجية والاتحاد الأوروبي والتعاون": "ES", "الخارجية والاتحاد الأوروبي والتعاون": "ES",
    "Ministry of Foreign Affairs, European Union and Cooperation": "ES",
    "ministère des Affaires étrangères, de l'Union européenne et de la Coopération": "ES",
    "Ministère des Affaires étrangères, de l'Union européenne et de la Coopération": "ES",
}

#: Capitals, for datelines ("BRUXELLES —", "Madrid (AFP) –", "الرياض ١٢ رجب", "Ottawa, Ontario").
CAPITALS: dict[str, str] = {
    "Canberra": "AU", "كانبرا": "AU", "Ottawa": "CA", "أوتاوا": "CA", "Wellington": "NZ", "London": "GB",
    "Londres": "GB", "لندن": "GB", "Berlin": "DE", "برلين": "DE", "Tokyo": "JP", "طوكيو": "JP", "Paris": "FR",
    "باريس": "FR", "Brussels": "BE", "Bruxelles": "BE", "بروكسل": "BE", "Madrid": "ES", "مدريد": "ES",
    "Rome": "IT", "روما": "IT", "The Hague": "NL", "La Haye": "NL", "لاهاي": "NL", "Oslo": "NO", "أوسلو": "NO",
    "Copenhagen": "DK", "Copenhague": "DK", "Stockholm": "SE", "Helsinki": "FI", "Washington": "US",
    "واشنطن": "US", "Rabat": "MA", "الرباط": "MA", "Riyadh": "SA", "Riyad": "SA", "الرياض": "SA",
    "Abu Dhabi": "AE", "Abou Dhabi": "AE", "أبوظبي": "AE", "أبو ظبي": "AE", "Kuwait City": "KW",
    "مدينة الكويت": "KW", "Doha": "QA", "الدوحة": "QA", "Manama": "BH", "المنامة": "BH", "Cairo": "EG",
    "Le Caire": "EG", "القاهرة": "EG", "Amman": "JO", "عمّان": "JO", "Baghdad": "IQ", "Bagdad": "IQ",
    "بغداد": "IQ", "Ankara": "TR", "أنقرة": "TR", "Seoul": "KR", "Séoul": "KR", "Lisbon": "PT", "Lisbonne": "PT",
    "Warsaw": "PL", "Varsovie": "PL", "Vienna": "AT", "Vienne": "AT", "Dublin": "IE",
    # in Arabic, for datelines and subjects ("براغ: «الشرق الأوسط»", "تقدّم كوبنهاغن بموجبها") (round 18)
    "كوبنهاغن": "DK", "كوبنهاجن": "DK", "ستوكهولم": "SE", "هلسنكي": "FI", "براغ": "CZ", "بودابست": "HU",
    "براتيسلافا": "SK", "ويلينغتون": "NZ", "فيينا": "AT", "وارسو": "PL", "لشبونة": "PT", "دبلن": "IE",
    "أثينا": "GR", "بوخارست": "RO", "تالين": "EE", "ريغا": "LV", "فيلنيوس": "LT", "زغرب": "HR",
    "ليوبليانا": "SI", "ريكيافيك": "IS",
}

#: What one sign of authorship weighs.
SIGNALS = {"institution": 3.0, "domain": 3.0, "government": 3.0, "heading": 3.0, "dateline": 2.0, "subject": 1.5,
           "own": 1.5, "sign": 1.5}
#: Occurrences of one sign counted per country, so one repeated phrase does not decide alone.
MAX_SIGNS = 2
#: The score the best candidate needs (less in a text written in the first person plural), and its lead.
MIN_SCORE, MIN_SCORE_FIRST_PERSON, MIN_LEAD = 3.0, 2.0, 2.0
#: ... and the lead it needs in the first person: a prime minister's statement signed only by its capital's dateline,
#: whose Iraqi hosts weigh little as a destination ("كوبنهاغن، 24 تشرين الثاني" over "التقيت ... وأشكر شركاءنا
#: العراقيين") (round 29).
MIN_LEAD_FIRST_PERSON = 1.5
#: How much of the text is read for signs: a government's signature sits at the top or bottom of a page.
HEAD_CHARS, TAIL_CHARS = 6000, 1500
#: How much of a sentence's opening may hold its subject: a reported clause may come first, "Le ministre de la
#: Défense, excusé, a fait savoir par écrit que le Luxembourg maintient" (round 25).
SUBJECT_HEAD_CHARS = 110

_INSTITUTIONS = keyword_regex([(re.escape(name), code) for name, code in
                               sorted(INSTITUTIONS.items(), key=lambda item: -len(item[0]))])
_CAPITALS = keyword_regex([(re.escape(name), code) for name, code in
                           sorted(CAPITALS.items(), key=lambda item: -len(item[0]))], flags=re.IGNORECASE)
#: ... a foreign ministry's own domain counts as a government's: "emb.beirut@mfa.no", "amman@mfa.gr" (round 27).
_DOMAIN = re.compile(r"(?i)(?<![\w.-])(?:[a-z0-9-]+\.)*(?:(?:gov|govt|gouv|gc|go|gob|mil|admin|fgov|mfa|mofa)\."
                     r"(?P<tld>[a-z]{2})"
                     r"|(?P<us>[a-z0-9-]+\.gov)|(?P<named>canada\.ca|belgium\.be|government\.nl|regjeringen\.no|"
                     r"auswaertiges-amt\.de|esteri\.it|wam\.ae))(?![\w.-]*\w)")
_NAMED_DOMAINS = {"canada.ca": "CA", "belgium.be": "BE", "government.nl": "NL", "regjeringen.no": "NO",
                  "auswaertiges-amt.de": "DE", "esteri.it": "IT", "wam.ae": "AE"}
#: Government nouns after a demonym or country (English) ...
_GOVERNMENT_AFTER = re.compile(r"(?:['’]?s?\s+|"
                               # a donor's name as a funding tracker lists it: "Switzerland, Government of" (round 25)
                               r",\s+(?=Government\s+of\b))(?:Government|government|Defen[cs]e\s+Forces?|Armed\s+Forces|Air\s+Force|"
                               r"Navy|Army|Ministry|Parliament|Cabinet|cabinet|Embassy|embassy|Foreign\s+Office|[Aa]uthorities|"
                               # "an interview with the Dutch ambassador"
                               r"[Aa]mbassador|"
                               # "The Canadian Minister of Foreign Affairs", "Australian Foreign Minister"
                               r"(?:(?:Foreign|Defen[cs]e|Prime|Development|Foreign\s+Affairs|Culture|Trade|Finance|"
                               # ... any office of its cabinet: "UAE Culture Minister Noura al Kaabi", "the Emirati
                               # minister"
                               r"Interior|Health|Education|Economy|State)\s+)?[Mm]inister|"
                               r"Secretary\s+of\s+State|(?:Foreign|Defen[cs]e)\s+Secretary)\b")
#: ... and before one (French, Arabic, and "the Government of Japan").
_GOVERNMENT_BEFORE = re.compile(
    # ... and its forces or parliament: "members of the Armed Forces of the Czech Republic", "the Parliament of Romania"
    r"(?:\b(?:Government|Embassy|Ministry\s+of\s+Foreign\s+Affairs|Ambassador|Armed\s+Forces|Parliament)\s+of\s+"
    r"(?:the\s+)?"
    r"(?:Kingdom\s+of\s+(?:the\s+)?)?"
    r"|\b(?:[Gg]ouvernement|[Mm]inistère|[Ss]ecrétaire\s+d['’][ÉE]tat|[Aa]rmées?|[Ff]orces\s+armées|[Aa]mbassade|[Cc]oopération|[Pp]arlement|[Aa]ide|"
    r"[Mm]ilitaires|[Ss]oldats|[Cc]ontingent|[Dd]iplomatie|"
    # French puts the nationality after its noun: "la participation belge", "les F-16 belges", "le Conseil des ministres
    # belge"
    r"[Pp]articipation|[Cc]ontribution|[Ee]ngagement|[Pp]résence|[Aa]rmée|[Dd]éfense|[Mm]inistres?|[Aa]vions|"
    r"[Aa]ppareils|[Cc]hasseurs(?:-bombardiers)?|F-16|F-35|Rafale|[Ff]orces|[Tt]roupes|[Ii]nstructeurs|[Ff]ormateurs|"
    r"[Aa]utorités|"
    # the office named before the state: "ministre des Affaires étrangères du Luxembourg", "ministère de la Défense de"
    r"(?:[Mm]inistre|[Mm]inistère)\s+(?:des\s+[Aa]ffaires\s+[ée]trangères(?:\s+et\s+européennes)?|de\s+la\s+[Dd]éfense"
    r"|de\s+la\s+[Cc]oopération|des\s+[Ff]inances)|"
    # the ambassador, and the kind of aid between: "L'ambassadeur d'Australie", "l'aide humanitaire du Luxembourg"
    # (round 20)
    r"[Aa]mbassadeur|[Aa]mbassadrice)(?:\s+(?:humanitaire|militaire|financière|civile))?"
    r"\s+(?:(?:du|de\s+la|de\s+l['’]|de|des|d['’])\s*)?"
    r"|(?<!\w)و?(?:ال)?(?:حكومة|وزارة\s+الخارجية|وزارة\s+الدفاع|الجيش|القوات\s+المسلحة|السفارة|"
    # ... and each of its arms, also as what a unit belongs to: "القوات الجوية الهيلينية", "سلاح الجو السويدي",
    # "مجموعة جوية تابعة للقوات الجوية الهيلينية" (not "معدات للقوات العراقية", which receive them) (round 31)
    r"القوات\s+(?:الجوية|البحرية|البرية)|سلاح\s+(?:الجو|البحرية)|البحرية|تابعة?\s+لل(?:جيش|قوات\s+(?:المسلحة|الجوية|"
    r"البحرية|البرية))|سفارة|البرلمان|الجنود|العسكريين"
    # the state's authorities or cabinet: "أعلنت السلطات اليابانية", "مجلس الوزراء الياباني"
    r"|سلطات|مجلس\s+الوزراء"
    # the minister's nationality after the office: "وزير الدفاع النيوزيلندي", "رئيس الوزراء الياباني"
    r"|وزيرة?\s+(?:الخارجية|الدفاع|التنمية)|رئيسة?\s+الوزراء"
    # an embassy or ambassador with the state's title between: "سفارة مملكة الدنمارك", "السفير الدنماركي" (round 18)
    r"|(?:السفارة|سفارة)\s+(?:دولة|مملكة|جمهورية|سلطنة)|السفير"
    # the government with the state's title between: "حكومة الجمهورية الإيطالية" (round 23)
    r"|حكومة\s+(?:ال)?(?:جمهورية|مملكة|دولة|سلطنة)"
    # a ministry "in" its country: "أعلنت وزارة التنمية الدولية في بريطانيا"
    r"|وزارة(?:\s+[^\W\d_]+){1,3}\s+في"
    # a speaker's greetings from his state's leadership: "أنقل إليكم تحيات قيادة دولة الإمارات" (round 27)
    r"|تحيات(?:\s+(?:قيادة|حكومة))?(?:\s+(?:دولة|مملكة|المملكة|جمهورية|سلطنة))?"
    # ... and its joining the coalition: "منذ انضمام المملكة المغربية إلى التحالف" (checked after the name)
    r"|انضمام(?:\s+(?:دولة|مملكة|المملكة|جمهورية|سلطنة))?)\s+)$"
)
_BEFORE_WINDOW = 40
#: A ministry seated in a capital is that capital's government: "وزارة الدفاع في كانبرا", "the Department of Defence in
#: Canberra" (round 30).
_MINISTRY_IN = re.compile(r"(?:(?<!\w)وزارة(?:\s+[^\W\d_]+){1,2}\s+في|\b(?:Ministry|Department)\s+of\s+(?:[A-Z]\w+\s+)"
                          r"{1,3}in)\s+$")
#: What follows a state that joined the coalition: "انضمام دولة الإمارات إلى التحالف".
_JOINS_AFTER_AR = re.compile(r"(?:\s+\S+){0,2}?\s+(?:إلى|الى)\s+(?:ال)?تحالف")
#: ... or its people: "The 105 military trainers from New Zealand".
_PEOPLE_FROM = re.compile(r"\b(?:troops|soldiers|trainers|personnel|instructors|advis[eo]rs|officers|militaires|soldats"
                          r"|formateurs)\s+(?:from|de\s+la|de\s+l['’]|du|des|de)\s*$")
#: ... and in Arabic the adjective after the aid: "المساعدات الإنسانية الأميركية", "المنحة اليابانية".
_OWN_BEFORE_AR = re.compile(r"(?<!\w)(?:ال)?(?:مساعدات|مساعدة|مساهمات|مساهمة|تمويل|منح|منحة|قوات)(?:\s+ال\S+)?\s+$")
#: A country's own aid or forces: "Australia's total assistance", "U.S. humanitarian assistance", "German aid".
_OWN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:total|ongoing|overall|new|additional|humanitarian|military|development|stabili[sz]ation|"
    r"financial)\s+){0,3}(?:assistance|aid|funding|support|contribution|commitment|response|troops|personnel|soldiers"
    # ... and the people it sends, which a budget's or a gallery's text names by nationality alone: "the costs of
    # Finnish contingents", "Up to six Finnish trainers serve in Mogadishu" (round 26)
    r"|deployment|contingents?|efforts|programmes?|programs?|pledges?|peacekeepers|trainers|instructors)\b",
    re.IGNORECASE)
#: A partner named as a co-operator is no sign of who wrote the text: "served alongside the Australian Defence
#: Force", "together with the German Armed Forces and the Bundeswehr", "aux côtés de l'armée française".
_CO_OPERATOR_BEFORE = re.compile(
    r"(?:alongside|together\s+with|along\s+with|jointly\s+with|in\s+partnership\s+with|side\s+by\s+side\s+with|"
    r"aux\s+côtés\s+d[eu']|conjointement\s+avec|بالتعاون\s+مع|إلى\s+جانب)\s*(?:the\s+|la\s+|le\s+|l['’])?"
    r"(?:[^.;:\n]{0,40}\s(?:and|et)\s+(?:the\s+|la\s+|le\s+|l['’])?)?$",
    re.IGNORECASE,
)
_CO_OPERATOR_WINDOW = 90
#: A sentence's subject: "Japan has provided", "La France demeure", "Par ailleurs, la France soutient" ...
_SUBJECT_LEAD = re.compile(
    r"\W*(?:[^.;:\n]{1,60}\s[–—-]\s+)?"  # a dateline: "Abou Dhabi, 8 juillet 2019 (WAM) – Les Émirats ont"
    r"(?:[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*){0,2}:\s+)?"  # ... or a city and a colon: "Abu Dhabi: The UAE has announced"
    r"(?:[^.;:\n()]{0,40}\([A-Z][A-Za-z/ ]{1,20}\)\s+)?"  # ... or a wire's with no dash: "Madrid, Oct 10 (IANS/EFE) Spain"
    # a reported clause: "Kerry announced that the United States is providing", "a annoncé que la France versera"
    r"(?:[^.;:\n]{1,60}\s(?:that|que|qu['’])\s*)?"
    # a fronted phrase, whose figures may hold a decimal comma: "En quatre mois et avec 2,5 millions d'euros, la France"
    r"(?:(?:[^,.;:\n]|(?<=\d)[,.](?=\d)){1,60},\s+){0,2}(?:The\s+|the\s+|La\s+|la\s+|Le\s+|le\s+|Les\s+|les\s+|L['’]|l['’])?$")
_SUBJECT_VERB = re.compile(
    r"\s+(?:has|have|is|was|will|also|"
    r"a|ont|est|sont|va|vont|demeure|reste|soutient|maintient|contribue|participe|fournit|verse|consacre|accueille|"
    r"enverra|réaffirme|poursuit|renforce|apporte|finance|déploie|mobilise|"
    # common verbs of giving and keeping: "Le Luxembourg met deux officiers", "New Zealand keeps 12 officers"
    # the future of the French auxiliaries: "le Luxembourg aura ainsi versé", "la Belgique sera" (round 24)
    r"aura|auront|sera|seront|fera|feront|"
    r"met|mettra|débloque|octroie|prolonge|porte|envoie|took|gave|sent|made|spent|kept|paid|built|brought|led|"
    # French verbs of giving in the present: "Le Canada annonce", "Le Canada bonifie son aide"
    r"annonce|accorde|alloue|attribue|bonifie|double|triple|augmente|intensifie|renouvelle|offre|promet|donne|livre|"
    r"dépêche|engage|lance|signe|remet|étend|"
    # a French reflexive verb: "la France s'engage", "la France se prépare à mobiliser"
    r"se|s['’]|"
    # any verb by its ending: a French future or imperfect ("La Belgique portera", "engageait"), an English third
    # person or past ("Belgium adjusts", "Norway doubled", "Japan has provided")
    r"[a-zàâçéèêëîïôûù]{2,}(?:era|eront|ira|iront|ait|aient)|[a-z]{3,}(?:[^s\W]s|ed))\b"
)
#: ... and in Arabic, the country after a sentence's first verb ("قدمت مصر", "وكانت دولة الإمارات قد").
#: A particle may stand before the verb, and a minister's answer may open on its topic and a colon: "كما أوفدت مصر",
#: "أما الجانب الإنساني، فقد قدمت مصر", "أبدأ بالجانب العسكري: تشارك مصر" (round 30).
_SUBJECT_LEAD_AR = re.compile(r"\W*(?:[^،,.:\n]{1,50}[،,:]\s*)?(?:(?:[وف]?(?:كما|قد|لقد)|ثم)\s+)?(?:و|ف)?"
                              r"(?:\S+ت|ت\S{2,})\s+(?:دولة\s+|المملكة\s+)?")
#: ... or first, before its verb: "الولايات المتحدة تقدم", "دولة الكويت قدمت".
_SUBJECT_FIRST_AR = re.compile(r"\W*(?:و\s*)?(?:دولة\s+|مملكة\s+|المملكة\s+|جمهورية\s+|سلطنة\s+)?")
_VERB_FIRST_AR = re.compile(r"\s+(?:\S+ت|ت\S{2,})(?!\w)")
#: ... or before its verb after "أن": "أعلنت وزارة الخارجية أن مملكة البحرين قدمت".
_SUBJECT_LEAD_AR_NOUN_FIRST = re.compile(r".*(?<!\w)(?:أن|إن|ان)\s+(?:دولة\s+|مملكة\s+|المملكة\s+|جمهورية\s+|سلطنة\s+)?")
#: ... in the past or the present: "أن مملكة البحرين قدمت", "وحيث إن مصر تشارك حالياً" (round 26).
_VERB_AFTER_AR = re.compile(r"\s+(?:\S+ت|ت\S{2,})(?!\w)")
#: ... in Arabic also by the possessive on the government's own nouns: "حكومتي ستقدم", "جنودنا", "قواتنا" (round 29).
_FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Nn]ous|[Nn]otre|[Nn]os)\b|(?<!\w)(?:نحن|بلادنا|بلادي|لدينا|قدمنا|نواصل"
                           r"|[وف]?(?:حكومتي|حكومتنا|جنودنا|قواتنا|بلدنا|دولتنا|رجالنا))(?!\w)")
#: Arabic prefixes that make a name a destination ("بالعراق", "للعراق"), and the prepositions before one.
_DESTINATION_PREFIXES = ("ب", "ل", "وب", "ول", "فب", "فل")
_DESTINATION_BEFORE = re.compile(
    r"(?<!\w)(?:في|إلى|الى|لدى|داخل|دعم|لدعم)\s+$"
    # what is rebuilt: "صندوق إعادة إعمار العراق"
    r"|(?<!\w)(?:ل|ل?إعادة\s+|ل?اعادة\s+)?(?:إعمار|اعمار)\s+$"
    # the people helped: "لدعم الشعب الفلسطيني", "للاجئين السوريين"
    r"|(?<!\w)(?:ال|لل|ل)?(?:شعب|لاجئين|نازحين|أطفال|عائلات|أسر|مواطنين)\s+$"
    # ... and in the construct state, without the article: "لنازحي الفلوجة", "للاجئي سوريا"
    r"|(?<!\w)(?:ل|ول)?(?:لاجئي|نازحي|مواطني)\s+$")


def _code_in(name: str, *, demonym_alone: bool = True) -> str | None:
    """The country ``name`` names, never one that is no partner. A title's subject that is a demonym alone
    ("Syrian refugees", "Iraqi forces") names none (``demonym_alone=False``); a capital standing for its
    government names its country ("Syrie : Oslo annonce une aide")."""
    if not demonym_alone and name.strip() in CAPITALS:
        return CAPITALS[name.strip()]
    table = place_table()
    demonyms = demonym_names()
    for m in place_regex().finditer(name):
        codes = table[m.group(0)]
        if len(codes) == 1 and DESTINATION_WEIGHT.get(codes[0], 1.0) > 0:
            if (not demonym_alone and m.group(0) in demonyms and m.group(0) == name.strip()
                    and m.group(0) not in country_names()):
                continue
            return codes[0]
    if _EU.search(name):
        return "EU"
    return None


_EU = re.compile(r"\bEU\b|European\s+(?:Union|Commission)|(?:Union|Commission)\s+européenne|\bUE\b|"
                 r"الاتحاد\s+الأوروبي|المفوضية\s+الأوروبية")
#: The other organisations that give, by their Arabic names, for Arabic titles: "البنك الدولي يوافق على قرض", "حلف
#: الأطلسي يرفع عدد قواته".
_ORGANISATIONS_AR = keyword_regex([(re.escape(name), slug) for slug, names in ORGANISATIONS_AR.items()
                                   if slug != "european-union" for name in sorted(names, key=len, reverse=True)])


def _organisation(line: str) -> tuple[int, str] | None:
    """Where the first organisation an Arabic title names stands, and its code."""
    if eu := _EU.search(line):
        return eu.start(), "EU"
    body = next(_ORGANISATIONS_AR.finditer(line, 0, len(line)), None)
    return (body.start(), _ORGANISATIONS_AR.value(body)) if body else None


def _is_destination(text: str, match: re.Match) -> bool:
    """An Arabic name written as where something goes: "في العراق", "بالعراق", "للعراق"."""
    name = match.group(0)
    if name not in arabic_bare_names() and name.startswith(_DESTINATION_PREFIXES):
        return True
    return bool(_DESTINATION_BEFORE.search(text, max(0, match.start() - 12), match.start()))


#: A verb of thanks after a country: "الأردن يشكر النرويج", "العراق يثمن دعم اليابان".
_THANKS_AFTER = re.compile(r"\s+(?:ي|ت)(?:شكر|ثمن|ثمّن|شيد|قدر|قدّر)(?!\w)")
_THANKS_BEFORE = re.compile(r"(?<!\w)(?:ي|ت)?(?:شكر|ثمن|ثمّن)(?:ت)?\s+(?:[^\W\d_]+\s+){0,2}$")
#: What joins a name to the destination before it in a list: "في سوريا ولبنان والأردن", "إلى العراق، والأردن".
_LISTED_AFTER = re.compile(r"\s*(?:[,،]\s*)?(?:و\s*)?")


_SPEAKS = re.compile(r"\s*:\s*\S")


def _capital_subject(line: str) -> str | None:
    """The country of a capital opening an Arabic line before its verb or as the speaker of a quote: "واشنطن تقدم
    ...", "واشنطن: قدمنا ..." is its government."""
    # "واشنطن" opens with the letter of a glued "و" ("and"): the name is tried whole first
    capital = _CAPITALS.pattern.match(line) or _CAPITALS.pattern.match(line, _SUBJECT_FIRST_AR.match(line).end())
    if capital and (_VERB_FIRST_AR.match(line, capital.end()) or _SPEAKS.match(line, capital.end())):
        code = _CAPITALS.value(capital)
        return code if DESTINATION_WEIGHT.get(code, 1.0) >= 1 else None
    return None


def _first_country(line: str, *, demonyms: bool = True) -> str | None:
    """The first country (or the EU) named in ``line`` and not as a destination, for Arabic titles; never one that
    is no partner ("لدعم اللاجئين السوريين" names the people helped). A partner's institution before it names the
    partner ("مركز الملك سلمان للإغاثة يوزع ... في لبنان"), and a name listed after a destination is one too; a
    capital opening the line before its verb is its government ("واشنطن تقدم")."""
    if capital := _capital_subject(line):
        return capital
    table = place_table()
    body = _organisation(line)
    adjectives = demonym_names()
    institution = next(_INSTITUTIONS.finditer(line, 0, len(line)), None)
    destination_end = None
    for m in place_regex().finditer(line):
        if institution and institution.start() < m.start():
            return _INSTITUTIONS.value(institution)
        if body and body[0] < m.start():
            return body[1]
        listed = destination_end is not None and (
            _LISTED_AFTER.fullmatch(line, destination_end, m.start()) and (m.group(0).startswith("و") or "و" in
                                                                            line[destination_end:m.start()]))
        thanked = _THANKS_BEFORE.search(line, 0, m.start())
        if thanked and len(table[m.group(0)]) == 1:
            return table[m.group(0)][0]  # "العراق يثمن دعم اليابان": the country thanked gives
        codes = table[m.group(0)]
        if len(codes) == 1 and DESTINATION_WEIGHT.get(codes[0], 1.0) >= 1 and _GOVERNMENT_BEFORE.search(
                line, max(0, m.start() - _BEFORE_WINDOW), m.start()):
            return codes[0]  # "أعلنت وزارة التنمية الدولية في بريطانيا": the ministry's country, not a destination
        if _is_destination(line, m) or listed:
            destination_end = m.end()
            continue
        if _THANKS_AFTER.match(line, m.end()):
            continue  # "الأردن يشكر النرويج": the country that thanks is helped; the one it thanks gives
        if not demonyms and m.group(0) in adjectives and not _GOVERNMENT_BEFORE.search(
                line, max(0, m.start() - _BEFORE_WINDOW), m.start()):
            continue  # a long paragraph's demonym is the people helped, unless it names an office's country
        # in an opening paragraph, Iraq (or its cities: "في قاعدة التاجي") is where the people or money go
        weight = DESTINATION_WEIGHT.get(codes[0], 1.0) if len(codes) == 1 else 0
        if weight < 1 and _TOPIC_LABEL.match(line, m.end()):
            continue  # "العراق: بريطانيا ترسل مساعدات": the topic's label, then the giver
        if weight < 1 and _with_another_theatre(line, m):
            continue  # "الفصل السادس: العراق وسوريا": a report's chapter on where the help goes (round 30)
        if weight < 1 and not line[: m.start()].strip() and _DATELINE_AFTER.match(line, m.end()):
            continue  # "بغداد، 5 أبريل – قدمت الدنمارك": a wire's dateline in a destination is where it was filed
        # ... and a destination's demonym names whose official speaks, not who gives: "عرض وزير الهجرة العراقي ما تم
        # نقاشه في مؤتمر باريس" over Saudi and Kuwaiti grants (round 26's real press)
        if weight >= 1 or weight > 0 and demonyms and m.group(0) not in adjectives:
            return codes[0]
    if institution:
        return _INSTITUTIONS.value(institution)
    return body[1] if body else None


#: A colon after a country that opens a title: the story's topic, as a site labels it ("العراق: بريطانيا ترسل").
_TOPIC_LABEL = re.compile(r"\s*:")
#: What joins two places listed together: "العراق وسوريا", "سوريا، والعراق".
_AND_LISTED_AR = re.compile(r"\s*(?:[،,]\s*)?(?:و\s*)?")


def _with_another_theatre(line: str, m: re.Match) -> bool:
    """Whether the place ``m`` is listed with another of the coalition's theatres, which are named as where the help
    goes ("العراق وسوريا"), not as who gives it."""
    table = place_table()
    following = next(place_regex().finditer(line, m.end()), None)
    before = [p for p in place_regex().finditer(line, 0, m.start())]
    pairs = [(m, following)] if following else []
    pairs += [(before[-1], m)] if before else []
    return any(_AND_LISTED_AR.fullmatch(line, first.end(), second.start())
               and ("و" in line[first.end():second.start()] or second.group(0).startswith("و"))
               and all(DESTINATION_WEIGHT.get(code, 1.0) < 1 for p in (first, second) for code in table[p.group(0)])
               for first, second in pairs)
#: What follows the city of a dateline: its date, agency or dash ("بغداد، 5 أبريل –", "بغداد (واع) –").
_DATELINE_AFTER = re.compile(r"\s*(?:[,،(–—-]|\d|[٠-٩])")
#: A news agency's or paper's name atop an Arabic page ("وكالة الأنباء العراقية (واع)", "صحيفة الرأي"), its credit
#: line ("و.ض.أ / بغداد / مراسلنا"), a site's section ("أخبار العراق"), or a
#: ministry's letterhead ("جمهورية العراق – وزارة الهجرة والمهجرين"): its country is the publisher's, the giver's only
#: when the headline names no other.
_MASTHEAD_AR = re.compile(r"\W*(?:وكالة\s+(?:ال)?أنباء|صحيفة|جريدة"
                          # a magazine, a radio or television station: "مجلة الأقصى", "إذاعة بغداد" (round 23)
                          r"|مجلة|إذاعة|قناة|تلفزيون|راديو"
                          # a government office's letterhead, either way round: "رئاسة الوزراء – المملكة الأردنية
                          # الهاشمية", "جمهورية العراق – الأمانة العامة لمجلس الوزراء" (round 23)
                          r"|(?:رئاسة|الأمانة\s+العامة|مجلس\s+الوزراء)[^\n]*?[–—-]\s*(?:ال)?(?:جمهورية|مملكة|المملكة|سلطنة|دولة)"
                          r"|(?:ال)?(?:جمهورية|مملكة|المملكة|سلطنة|دولة)\s+[^\n]*?[–—-]\s*(?:رئاسة|الأمانة\s+العامة|مجلس\s+الوزراء)"
                          # a site's section: "أخبار العراق", "العراق - أخبار محلية"
                          r"|أخبار\s+[^\W\d_]+\s*$|[^\W\d_]+\s*[–—-]\s*أخبار"
                          r"|(?:ال)?(?:جمهورية|مملكة|المملكة|سلطنة|دولة)\s+[^\n]*?[–—-]\s*وزارة"
                          # a ministry's name alone: "وزارة الدفاع العراقية", "وزارة التخطيط والتعاون الدولي"
                          r"|(?:وزارة|الخارجية|الدفاع)(?:\s+[^\W\d_]+){1,3}\s*$"
                          # an agency's credit line, agency / city / reporter: "و.ض.أ / بغداد / مراسلنا"
                          r"|(?:[^\n/]{1,25}/){2}[^\n/]{1,40}$)(?!\w)")
MASTHEAD_WORDS = 8
#: A publication's masthead may run longer when it says who issues it: "مجلة الأقصى – مجلة عسكرية شهرية تصدر عن
#: القوات المسلحة الأردنية" (round 23).
_ISSUED_BY_AR = re.compile(r"(?<!\w)(?:تصدر|يصدر|صادرة|صادر|تصدرها|يصدرها)\s+عن(?!\w)")


#: A verb of receiving at the head of a page the recipient published: "الوزارة تتسلم هبة إيطالية", "تسلمت الوزارة من
#: سفارة اليابان"; the country named after it gives, whatever the letterhead or dateline above says.
_RECEIVES_AR = re.compile(
    r"(?<!\w)[وف]?(?:تتسلم|يتسلم|تسلمت|تسلم|تستلم|يستلم|استلمت|استلم|تتلقى|يتلقى|تلقت|تلقى)(?!\w)"
)
_VOWEL_MARKS = re.compile("[\u064b-\u0652]")
#: What is received must be a gift, not a letter or a delegation ("تسلم رسالة من رئيس العراق").
_GIFT_AR = re.compile(r"(?<!\w)(?:ال)?(?:هبة|منحة|منح|مساعدات|مساعدة|شحنة|تبرع|تبرعات|مساهمة|معدات|أجهزة|تجهيزات)(?!\w)")
_FROM_AR = re.compile(r"(?<!\w)من\s+(?:(?:ال)?(?:سفارة|حكومة|دولة|مملكة|جمهورية)\s+)?")
#: How far after the verb the gift is named.
GIFT_CHARS = 120


def _received_from(lines: list[str]) -> str | None:
    """The giver an Arabic page's headline or opening says the recipient received a gift from."""
    for line in lines:
        line = _VOWEL_MARKS.sub("", line)
        m = _RECEIVES_AR.search(line)
        if m and _GIFT_AR.search(line, m.end(), m.end() + GIFT_CHARS):
            span = line[m.end(): m.end() + 300]
            # the country it came "from" gives, not the recipient named after the verb ("تلقي العراق منحة من الدنمارك")
            source = _FROM_AR.search(span)
            return (_first_country(span[source.end():]) if source else None) or _first_country(span)
    return None


#: A verb in the dual after two countries, a title's joint subject: "يوقعان", "يبحثان", "تطلقان".
_DUAL_VERB_AR = re.compile(r"\s+[يت]\S{2,}ان(?!\w)")


#: An agreement between two governments names neither as the giver: "اتفاقية القرض بين حكومة جمهورية العراق
#: وحكومة جمهورية كوريا", "مذكرة تفاهم بين الأردن واليابان" (round 23).
_BETWEEN_PAIR_AR = re.compile(
    r"(?<!\w)(?:اتفاقية|اتفاق|مذكرة\s+تفاهم|بروتوكول)(?:\s+\S+){0,3}\s+بين\s+(?:حكومة\s+|حكومتي\s+)?"
    r"(?:(?:ال)?(?:جمهورية|مملكة|المملكة|دولة|سلطنة)\s+)?\S+(?:\s+\S+)?\s+و(?:حكومة\s+)?")


def _pair_subject(line: str) -> bool:
    """Whether a title opens with two countries joined by "and" before a verb in the dual ("العراق واليابان
    يوقعان اتفاقية قرض"): the helped and the giver sign together, and the order names neither."""
    names = place_regex().finditer(line, 0, 80)
    first, second = next(names, None), next(names, None)
    return bool(first and second and not line[: first.start()].strip() and second.group(0).startswith("و")
                and not line[first.end(): second.start()].strip() and _DUAL_VERB_AR.match(line, second.end()))


#: A date line under a paper's headline or notice: a city, a dash or comma, then only a weekday and a date ("بيروت –
#: الجمعة 7 آذار 2025", "عمّان، 3 أيار 2024"). It names where the paper is written, not the giver (round 24).
_DATE_LINE_AR = re.compile(
    r"\W*(?:\S+(?:\s+\S+)?\s*[–—,،-]"
    # ... or a release's line of furniture, its fields set apart by bars, that ends on the date: "بيان صحفي | القامشلي -
    # بيروت | 17 يناير 2027" (round 31)
    r"|(?:[^|\n]{1,30}\|){1,3})"
    r"\s*(?:(?:يوم\s+)?(?:ال)?(?:أحد|اثنين|ثلاثاء|أربعاء|خميس|جمعة|سبت)\s*[،,]?\s*)?"
    rf"\d{{1,2}}\s+(?:{tables.MONTHS_AR})\s+\d{{4}}\W*")

#: The heading of a paper's round-up of short items ("موجز الأخبار", "أخبار في سطور", "متفرقات"): its items that name
#: no giver (the economy, the weather) are passed over to the item that does (round 24).
_ROUNDUP_AR = re.compile(r"\W*(?:موجز|باختصار|متفرقات|(?:أخبار\s+)?في\s+سطور|حصاد|نشرة)(?:\s+[^\W\d_]+){0,3}\W*")


def _arabic_title_partner(lines: list[str], limit: int) -> tuple[str | None, bool]:
    """The partner an Arabic page's opening lines name, and whether a headline named it (not only the masthead):
    the first line that names a country decides, past a masthead and past short lines that name none (a paper's
    name, a date line: "الشرق الأوسط", "الأحد 9 شباط"); an agency's dateline names its partner ("أبوظبي – وام").
    Up to ``limit`` lines are read past the masthead lines."""
    table = place_table()
    masthead = None
    roundup = False
    for line in lines:
        words = len(line.split())
        if (words <= MASTHEAD_WORDS or words <= TITLE_WORDS and _ISSUED_BY_AR.search(line)) and _MASTHEAD_AR.match(line):
            masthead = masthead or _first_country(line)
            continue
        if words <= MASTHEAD_WORDS and _ROUNDUP_AR.fullmatch(line):
            roundup = True
            continue
        if limit <= 0:
            break
        limit -= 1
        if _DATE_LINE_AR.fullmatch(line):
            continue
        names = (_organisation(line) or next(_INSTITUTIONS.finditer(line, 0, len(line)), None) or _capital_subject(line)
                 or any(len(table[m.group(0)]) == 1 for m in place_regex().finditer(line)))
        if words <= TITLE_WORDS and not names:
            limit += roundup
            continue
        if words <= TITLE_WORDS and (_pair_subject(line) or _BETWEEN_PAIR_AR.search(line)):
            return masthead, False  # "الأردن والدنمارك يوقعان اتفاقية منحة": the text's signs tell the giver
        # in a long opening paragraph a demonym is more often the people helped ("أطفال عراقيون") than the giver
        code = _first_country(line[:300], demonyms=words <= TITLE_WORDS)
        if roundup and not code:
            limit += 1  # an item of the round-up about no giver
            continue
        return code or masthead, bool(code)
    return masthead, False


def _domain_code(m: re.Match) -> str | None:
    if m.group("us"):
        return "US"
    if m.group("named"):
        return _NAMED_DOMAINS[m.group("named").lower()]
    tld = m.group("tld").upper()
    return "GB" if tld == "UK" else tld


def _signs(doc: Doc) -> tuple[Counter[str], bool]:
    """Weigh the signs of who wrote the text, per country; and whether it speaks in the first person plural."""
    text = doc.text
    spans = [(0, min(len(text), HEAD_CHARS))]
    if len(text) > HEAD_CHARS:
        spans.append((max(HEAD_CHARS, len(text) - TAIL_CHARS), len(text)))
    table = place_table()
    demonyms = demonym_names()
    found: dict[tuple[str, str], int] = Counter()

    def sign(kind: str, code: str | None) -> None:
        if code and found[kind, code] < MAX_SIGNS:
            found[kind, code] += 1

    def co_operator(at: int) -> bool:
        return bool(_CO_OPERATOR_BEFORE.search(text, max(0, at - _CO_OPERATOR_WINDOW), at))

    for start, end in spans:
        institutions = []
        for m in _INSTITUTIONS.finditer(text, start, end):
            if doc.is_masked(m.start(), m.end()) and (city := _CAPITALS.pattern.match(
                    text, text.rfind("\n", 0, m.start()) + 1)) and _CAPITALS.value(city) != _INSTITUTIONS.value(m):
                continue  # a wire's credit from another partner's capital: "BERLIN (Emirates News Agency - WAM)"
            if not co_operator(m.start()):
                sign("institution", _INSTITUTIONS.value(m))
            institutions.append(m.span())
        for m in _DOMAIN.finditer(text, start, end):
            sign("domain", _domain_code(m))
        for m in place_regex().finditer(text, start, end):
            codes = table[m.group(0)]
            if len(codes) != 1 or any(a <= m.start() < b for a, b in institutions) or doc.is_masked(m.start(), m.end()):
                continue  # "Australian Defence Force" is one sign, not an institution and a government
            before = _GOVERNMENT_BEFORE.search(text, max(0, m.start() - _BEFORE_WINDOW), m.start())
            after = _GOVERNMENT_AFTER.match(text, m.end())
            if before and "انضمام" in before.group(0) and not _JOINS_AFTER_AR.match(text, m.end()):
                before = None  # "انضمام العراق إلى منظمة" is no sign; "انضمام X إلى التحالف" is
            if (after and not _recipient(text, m.start(), after.group(0))
                    or before and not _recipient(text, before.start(), before.group(0))
                    or _agency_of(text, m)) and not co_operator(m.start()):
                sign("government", codes[0])
            elif _MEMBER_AFTER.match(text, m.end()):
                sign("subject", codes[0])  # "حيث إن جمهورية مصر العربية عضو في التحالف الدولي" (round 26)
            elif _OWN_AFTER.match(text, m.end()) or _PEOPLE_FROM.search(text, max(0, m.start() - 30), m.start()) or (
                    m.group(0) in demonyms and _OWN_BEFORE_AR.search(text, max(0, m.start() - 30), m.start())):
                sign("own", codes[0])
    opening = text[:HEAD_CHARS]
    if "وزارة" in opening or "Ministry of" in opening or "Department of" in opening:  # "وزارة الدفاع في كانبرا"
        for m in _CAPITALS.finditer(text, 0, len(opening)):
            if _MINISTRY_IN.search(text, max(0, m.start() - _BEFORE_WINDOW), m.start()):
                sign("government", _CAPITALS.value(m))
    # a currency sign only one partner writes after its numbers: "43,6 millions $" is a Canadian text's
    for (language, form), code in tables.SIGN_OWNERS.items():
        if language == doc.language and re.search(
                rf"\d(?:\s(?:millions?|milliards?|مليون|ملايين|مليار|مليارات))?\s*{re.escape(form)}", text[:HEAD_CHARS]):
            sign("sign", code)
    for block in doc.blocks:  # "La contribution de la France en chiffres :" further down the page
        if block.kind == "heading" and len(text[block.start: block.end].split()) <= TITLE_WORDS:
            for form in _HEADING_FORMS:
                m = form.search(text, block.start, block.end)
                if m:
                    sign("heading", _code_in(m.group("name")))
                    break
    for block in doc.blocks[:8]:
        line = text[block.start : block.end]
        for m in _CAPITALS.finditer(line, 0, len(line)):
            after = line[m.end() : m.end() + 6]
            opens = not line[: m.start()].strip(" \t•-–—*")
            # "Abu Dhabi: The UAE has announced", "BERLIN, 3 March", "أبوظبي – وام"
            if ((opens and re.match(r"\s*(?:[,،(–—:-]|في\s|\d|[٠-٩])", after)) or (
                    len(line.split()) <= 14 and re.match(r"\s*[,،(–—-]", after))) and not _venue(text, m.group(0)):
                sign("dateline", _CAPITALS.value(m))
    for sentence in doc.sentences[:60]:
        head = text[sentence.start : min(sentence.end, sentence.start + SUBJECT_HEAD_CHARS)]
        capital = _CAPITALS.pattern.search(head)  # a capital for its government: "Madrid a versé", "Oslo a consacré"
        if capital and (_SUBJECT_LEAD.fullmatch(head[: capital.start()]) and _SUBJECT_VERB.match(head, capital.end())
                        # ... also after an Arabic verb: "وقدمت كانبرا كذلك 45 مليون دولار" (round 30)
                        or "\u0600" <= capital.group(0)[0] <= "\u06ff"
                        and _SUBJECT_LEAD_AR.fullmatch(head[: capital.start()])):
            sign("subject", _CAPITALS.value(capital))
            continue
        for m in place_regex().finditer(head):
            codes = table[m.group(0)]
            if len(codes) == 1 and _is_subject(head, m) and not doc.is_masked(sentence.start + m.start(),
                                                                                 sentence.start + m.end()):
                sign("subject", codes[0])
                break
    scores: Counter[str] = Counter()
    for (kind, code), n in found.items():
        scores[code] += SIGNALS[kind] * n * DESTINATION_WEIGHT.get(code, 1.0)
    first_person = any(_FIRST_PERSON.search(text, start, end) for start, end in spans)
    return scores, first_person


#: A country the text calls a member of the coalition: "X is a member of the Global Coalition", "X, membre de la
#: Coalition", "X عضو في التحالف الدولي".
_MEMBER_AFTER = re.compile(r"(?:\s+(?:ال)?عربية)?,?\s+(?:is\s+a\s+|est\s+)?(?:founding\s+|fondateur\s+)?(?:member|membre|عضو)\s+(?:of|de|في)\s+"
                           r"(?:the\s+|la\s+)?(?:global\s+|international\s+)?(?:coalition|(?:ال)?تحالف)", re.IGNORECASE)
#: The forces or government that receive the help ("à l'armée libanaise", "to the Lebanese Armed Forces") are no sign
#: of who wrote the text (round 20).
_RECIPIENT_BEFORE = re.compile(r"(?<![\w])(?:à|aux|au|pour|to|for)\s+(?:l['’]|la\s+|le\s+|les\s+|the\s+)?$",
                               re.IGNORECASE)


_FORCES_NOUN = re.compile(r"(?i)\b(?:armée|forces|troupes|army|armed\s+forces|defen[cs]e\s+forces?)\b")
#: A government whose consent or request is named is a third party, not the writer: "sous réserve de l'accord des
#: autorités jordaniennes", "with the consent of the Iraqi government", "بموافقة الحكومة العراقية".
_CONSENT_BEFORE = re.compile(
    r"(?<![\w])(?:(?:accord|autorisation|consentement|approbation|demande|invitation)\s+(?:des|du|de\s+la|de\s+l['’])"
    r"|(?:consent|approval|agreement|permission|authori[sz]ation|request|invitation)\s+of\s+the"
    r"|[وب]{0,2}(?:موافقة|طلب\s+من|دعوة\s+من))\s*$",
    re.IGNORECASE)


#: Soldiers the partner trains are no sign of who wrote the text either: "un instructeur forme des soldats irakiens",
#: "le contingent a formé plus de 600 militaires irakiens", "trains Iraqi troops" (round 26); nor the army it is sent
#: to train: "envoyés au Mali pour former l'armée malienne", "sent to Mali to train the Malian army" (round 27).
_TRAINED_BEFORE = re.compile(
    r"(?<![\w])(?:form(?:e|er|ent|é|ait|era|eront)|a\s+formé|ont\s+formé|entra[îi]n(?:e|er|ent|é)|instrui(?:t|re|sent)"
    r"|trains?|trained|training)\s+(?:[^.;:\n]{0,20}?[\s'’])?$", re.IGNORECASE)


#: An official whom the writer met is the other party, no sign of who wrote the text: "التقيت رئيس مجلس الوزراء العراقي",
#: "I met the Iraqi Prime Minister", "j'ai rencontré le ministre irakien" (round 29).
_MET_BEFORE = re.compile(r"(?<![\w])(?:التقيت|التقينا|التقى|التقت|قابلت|قابلنا|استقبلت|استقبلني|met|meeting\s+with"
                         r"|rencontré|rencontrer)\s+(?:with\s+)?(?:the\s+|le\s+|la\s+|les\s+|l['’])?(?:[^\W\d_]+\s+){0,2}$",
                         re.IGNORECASE)


def _recipient(text: str, at: int, noun: str) -> bool:
    """Whether the government or forces named at ``at`` receive the help, only consent to it, or are met."""
    before = text[max(0, at - 30) : at]
    return bool(_FORCES_NOUN.search(noun) and _RECIPIENT_BEFORE.search(before[-12:]) or _CONSENT_BEFORE.search(before)
                or _TRAINED_BEFORE.search(before) or _MET_BEFORE.search(before))


_VENUE_NOUNS = "conférence|conference|sommet|summit|réunion|meeting|forum|مؤتمر"
#: A speech's title that says where it was given: its dateline is that meeting's seat, no sign of the speaker's state
#: ("كلمة معالي الوزير أمام الاجتماع الوزاري للتحالف" over "مدريد، 10 يونيو", "Speech at the ministerial meeting").
_SPEECH_AT = re.compile(r"(?i)\b(?:speech|remarks|address|discours|allocution)\b[^\n]{0,120}?\b(?:at|to|before|devant|à|"
                        r"lors\s+de)\s+(?:the\s+|la\s+|le\s+|l['’])?[^\n]{0,40}?\b(?:meeting|conference|summit|réunion|"
                        r"conférence|sommet|forum)|(?<!\w)(?:كلمة|خطاب)[^\n]{0,120}?(?<!\w)(?:أمام|في|خلال)\s+(?:ال)?"
                        r"(?:اجتماع|مؤتمر|قمة|منتدى)")
#: How much of the text's opening may hold such a title.
SPEECH_TITLE_CHARS = 300


#: A state's agency of co-operation or development, named by its demonym: "الوكالة الإسبانية للتعاون الدولي", "الوكالة
#: الفرنسية للتنمية" (a news agency, "وكالة الأنباء الفرنسية", is no sign) (round 30).
_AGENCY_BEFORE_AR = re.compile(r"(?<!\w)(?:ال)?وكالة\s+$")
_AGENCY_PURPOSE_AR = re.compile(r"\s+(?:لل|ل)(?:تعاون|تنمية|إنماء)(?!\w)")


def _agency_of(text: str, m: re.Match) -> bool:
    return bool(_AGENCY_BEFORE_AR.search(text, max(0, m.start() - 12), m.start())
                and _AGENCY_PURPOSE_AR.match(text, m.end()))


def _venue(text: str, capital: str) -> bool:
    """Whether the text names ``capital`` as the seat of a conference: a speech or statement given there is
    datelined there ("Bruxelles, le 27 mai 2024" under "Discours ... à la conférence de Bruxelles")."""
    if _SPEECH_AT.search(text, 0, SPEECH_TITLE_CHARS):
        return True
    name = re.escape(capital)
    return bool(re.search(rf"(?i)\b(?:{_VENUE_NOUNS})\s+(?:\w+\s+)?(?:de\s+|d['’]|of\s+|in\s+|à\s+)?{name}\b"
                          rf"|\b{name}\s+(?:{_VENUE_NOUNS})\b", text[:HEAD_CHARS]))


def _is_subject(head: str, m: re.Match) -> bool:
    """Whether the place ``m`` is the subject of the sentence opening with ``head``."""
    lead = head[: m.start()]
    if _SUBJECT_LEAD.fullmatch(lead) and _SUBJECT_VERB.match(head, m.end()):
        return True
    if _SUBJECT_LEAD_AR.fullmatch(lead) or _SUBJECT_FIRST_AR.fullmatch(lead) and _VERB_FIRST_AR.match(head, m.end()):
        return True
    return bool(_SUBJECT_LEAD_AR_NOUN_FIRST.fullmatch(lead) and _VERB_AFTER_AR.match(head, m.end()))


#: A line that labels the giver in a summary of a grant or a project sheet, which the recipient often publishes under
#: its own letterhead: "Donateur : le gouvernement des Émirats arabes unis", "Donor: Government of Japan" (round 22).
_DONOR_LABEL = re.compile(r"(?im)^[ \t•*-]*(?:donateur|bailleur(?:\s+de\s+fonds)?|pays\s+donateur|donor(?:\s+country)?)"
                          r"\s*:\s*(?P<name>[^\n]{3,120})$")
#: ... or the party an agreement defines as the donor: "le Royaume de Belgique, représenté par ..., ci-après « le
#: Donateur »", "the Government of Norway, hereinafter referred to as "the Donor"" (round 25).
_DONOR_PARTY = re.compile(r"(?P<name>[^\n;:«»\"“”]{3,200}?),?\s+(?:ci-après|hereinafter)\s+(?:(?:dénommée?|désignée?|"
                          r"referred\s+to\s+as|called)\s+)?[«\"“]\s*(?:le\s+|la\s+|the\s+)?(?:Donateur|Donor)\b")


#: "المملكة" alone giving, as the subject of a title or an opening sentence: "المملكة تقدم 100 مليون دولار", "قدمت
#: المملكة مساهمة بمبلغ". A kingdom's own press names it so; a kingdom named in full ("المملكة المتحدة", "المملكة
#: الأردنية الهاشمية") is read as a place.
_KINGDOM_ALONE_AR = re.compile(
    r"\W*(?:(?:[وف]?(?:قدمت|أعلنت|تبرعت|خصصت|منحت|أكدت|ساهمت|أسهمت)|[^\n]{0,40}?(?:أن|إن))\s+)?المملكة"
    r"\s+(?!المتحدة|العربية|الأردنية|المغربية|الهاشمية|الهولندية|البلجيكية|الإسبانية|الاسبانية|النرويجية|الدنماركية"
    r"|السويدية|البحرينية|التايلاندية)(?:[تي]\S{2,}|مساهمة|مبلغ|بمبلغ|دعما|دعمًا)")
#: The kingdoms that may call themselves "المملكة", by the names, demonyms and capitals that sign them in Arabic.
_KINGDOMS_AR = {"SA": ("السعودية", "السعودي", "الرياض", "واس"), "JO": ("الأردن", "الأردني", "عمّان", "بترا"),
                "MA": ("المغرب", "المغربي", "الرباط"), "BH": ("البحرين", "البحريني", "المنامة", "بنا")}


def _kingdom_alone(doc: Doc, lines: list[str]) -> str | None:
    """The kingdom a page that calls its partner "المملكة" alone means: the one kingdom the page names, or Saudi
    Arabia, the kingdom whose press writes of its gifts so, when it names none (round 25's real press)."""
    if not any(_KINGDOM_ALONE_AR.match(line) and not _RECEIVES_AR.search(_VOWEL_MARKS.sub("", line)[:80])
               for line in lines):
        return None  # "المملكة تتسلم منحة يابانية": the kingdom receives
    head = doc.text[:HEAD_CHARS]
    # named as where the help goes ("في الأردن", "إلى المغرب") is no sign of who gives it
    named = [code for code, words in _KINGDOMS_AR.items()
             if any(re.search(rf"(?<!في\s)(?<!إلى\s)(?<!\w){w}", head) for w in words)]
    if len(named) > 1:
        return None
    return named[0] if named else "SA"


def speaks_for_its_state(doc: Doc, code: str) -> bool:
    """Whether the page's opening names its writer as an office of ``code``'s government ("By the Ambassador of
    Japan", "The Canadian Foreign Minister writes"), so that its "we" is that state and not an agency or charity."""
    text, table = doc.text, place_table()
    end = min(len(text), TAIL_CHARS)
    for m in place_regex().finditer(text, 0, end):
        if table[m.group(0)] != [code]:
            continue
        if _GOVERNMENT_AFTER.match(text, m.end()) or _GOVERNMENT_BEFORE.search(text, max(0, m.start() - _BEFORE_WINDOW),
                                                                              m.start()):
            return True
    return False


#: How far the signs of another country must outweigh a title's subject for the title to name only what an opinion
#: piece argues about: "Le Liban ne doit pas sortir de nos radars" over an ambassador's signature (round 29).
SUBJECT_TITLE_OVERRULED = MIN_SCORE


def _signed_by_other(doc: Doc, code: str) -> bool:
    """Whether the text's signs of authorship point clearly to another country than the title's subject."""
    scores, _ = _signs(doc)
    best, score = (scores.most_common(1) or [("", 0.0)])[0]
    return best != code and score >= SUBJECT_TITLE_OVERRULED and score - scores.get(code, 0.0) >= SUBJECT_TITLE_OVERRULED


def detect_partner(doc: Doc) -> Doc:
    if doc.partner:
        return doc
    head = doc.lower[:HEAD_CHARS]
    label = ("donateur" in head or "bailleur" in head or "donor" in head) and _DONOR_LABEL.search(doc.text, 0, HEAD_CHARS)
    if label and (code := _first_country(label.group("name"))):
        doc.partner = code
        return doc
    party = ("ci-après" in head or "hereinafter" in head) and _DONOR_PARTY.search(doc.text, 0, HEAD_CHARS)
    if party and (code := _first_country(party.group("name"))):
        doc.partner = code
        return doc
    candidates = []
    if doc.title:
        candidates.append(doc.title)
    lines = [doc.text[b.start : b.end] for b in doc.blocks[: TITLE_LINES + LETTERHEAD_LINES]]
    skipped = 0
    while skipped < min(LETTERHEAD_LINES, len(lines) - 1) and _LETTERHEAD.fullmatch(lines[skipped]):
        skipped += 1
    candidates += lines[skipped : skipped + TITLE_LINES]
    if doc.language == "ar" and candidates and (kingdom := _kingdom_alone(doc, lines[skipped: skipped + TITLE_LINES])):
        doc.partner = kingdom
        return doc
    if doc.language == "ar" and candidates:
        code, by_headline = _received_from(lines), True
        if not code:
            # past the masthead lines, as many lines as an English page's title may take
            title = [doc.title] if doc.title else []
            code, by_headline = _arabic_title_partner(title + lines[skipped:], len(title) + TITLE_LINES)
        if code and not by_headline:
            # a publisher's masthead or a letterhead names who published, often the recipient ("رئاسة الوزراء – المملكة
            # الأردنية الهاشمية" above a Saudi grant): the text's signs, when they are clear, tell the giver (round 23)
            scores, first_person = _signs(doc)
            ranked = scores.most_common(2) + [("", 0.0), ("", 0.0)]
            (best, score), (_, second) = ranked[0], ranked[1]
            if _leads(score, second, first_person):
                code = best
        if code:
            doc.partner = code
            return doc
    # a title is short: the opening paragraph of a release goes to the signs below, where "au soutien des forces
    # de sécurité irakiennes" is no title
    for line in (line for line in candidates if len(line.split()) <= TITLE_WORDS):
        for form in _TITLE_FORMS:
            m = form.search(line[:300])
            if m:
                # "Defence Force's Iraq commitments": what follows a possessive is where, not who
                if form is _FORCES_TITLE:
                    name = m.group("name") or m.group("demonym")
                else:
                    name = re.split(r"['’]s\s", m.group("name"))[0] if form is _SUBJECT_TITLE else m.group("name")
                if form is _TITLE_FORMS[1]:
                    name = _HEADLINE_CONJUNCTION.split(name)[-1]
                if form is _SUBJECT_TITLE and name == m.group("name") and _MISSION_NOUN.match(line, m.end()):
                    continue
                if form is _CAPITALS_LETTERHEAD:
                    name = name.title()  # "MONACO", "NORWAY"
                code = _code_in(name, demonym_alone=form is not _SUBJECT_TITLE)
                if code and form is _SUBJECT_TITLE and _signed_by_other(doc, code):
                    continue
                if code and not (form in (_FORCES_TITLE, _LOWER_GOVERNMENT_TITLE) and code in DESTINATION_WEIGHT):
                    doc.partner, doc.headline_partner = code, True
                    return doc
    scores, first_person = _signs(doc)
    ranked = scores.most_common(2) + [("", 0.0), ("", 0.0)]
    (best, score), (_, second) = ranked[0], ranked[1]
    if _leads(score, second, first_person):
        doc.partner = best
    return doc


def _leads(score: float, second: float, first_person: bool) -> bool:
    """Whether the best candidate's signs are strong enough and lead clearly; a text in the first person plural comes
    from a government, so there less is enough."""
    if first_person:
        return score >= MIN_SCORE_FIRST_PERSON and score - second >= MIN_LEAD_FIRST_PERSON
    return score >= MIN_SCORE and score - second >= MIN_LEAD
