"""Place names to ISO 3166-1 alpha-2 codes, in English, French and Arabic: data, not code.

Country names come from pycountry (English) and from babel's CLDR territory names (French and Arabic). Small
declared tables add what they do not know: short and common names ("Syria", "the UK"), demonyms ("Iraqi",
"irakiens", "العراقية"), and regions and cities that sit inside one country ("Northeast Syria", "Mossoul",
"الموصل") or span several ("Lake Chad Basin"). A region that is no country and names none maps to an empty list
("the Sahel", "le Moyen-Orient", "منطقة الساحل").

Arabic writes "and", "in", "to" and "the" as prefixes ("والعراق", "بالأردن", "للعراق"), so every Arabic name is
also listed with them.
"""

from __future__ import annotations

import re
from functools import lru_cache

import pycountry
from babel import Locale

from .keywords import nested_alternation

#: Names, short forms, demonyms, regions and cities. Values are lists of alpha-2 codes; [] = a region, no country.
PLACE_ALIASES: dict[str, list[str]] = {
    # short and common country names
    "Syria": ["SY"], "Iraq": ["IQ"], "Jordan": ["JO"], "Lebanon": ["LB"], "Turkey": ["TR"], "Türkiye": ["TR"],
    # Jordan by its kingdom's name: "the Hashemite Kingdom", "le royaume hachémite", "المملكة الهاشمية"
    "Hashemite Kingdom": ["JO"], "Hashemite Kingdom of Jordan": ["JO"],
    # Luxembourg by its title: "the Grand Duchy has spent", "le Grand-Duché a dépensé"
    "Grand Duchy": ["LU"], "the Grand Duchy": ["LU"],
    "Iran": ["IR"], "Russia": ["RU"], "Libya": ["LY"], "Tunisia": ["TN"], "Egypt": ["EG"], "Yemen": ["YE"],
    "Afghanistan": ["AF"], "Somalia": ["SO"], "Nigeria": ["NG"], "Niger": ["NE"], "Chad": ["TD"],
    "Cameroon": ["CM"], "Mali": ["ML"], "Burkina Faso": ["BF"], "Mozambique": ["MZ"], "Kenya": ["KE"],
    "Democratic Republic of the Congo": ["CD"], "DRC": ["CD"], "Philippines": ["PH"], "the Philippines": ["PH"],
    "Tanzania": ["TZ"], "Mauritania": ["MR"], "Benin": ["BJ"], "Togo": ["TG"], "Ghana": ["GH"],
    "Côte d'Ivoire": ["CI"], "Ivory Coast": ["CI"], "Palestine": ["PS"], "Moldova": ["MD"], "Kosovo": ["XK"],
    "United Kingdom": ["GB"], "the UK": ["GB"], "UK": ["GB"], "U.K.": ["GB"], "Britain": ["GB"],
    "Great Britain": ["GB"], "United States": ["US"], "the US": ["US"], "US": ["US"], "U.S.": ["US"], "USA": ["US"],
    "America": ["US"], "Netherlands": ["NL"], "the Netherlands": ["NL"], "Holland": ["NL"],
    "South Korea": ["KR"], "Republic of Korea": ["KR"], "Korea": ["KR"], "Czechia": ["CZ"],
    "Czech Republic": ["CZ"], "Slovakia": ["SK"], "North Macedonia": ["MK"], "Bosnia and Herzegovina": ["BA"],
    "Taiwan": ["TW"], "Vietnam": ["VN"], "Laos": ["LA"], "Bolivia": ["BO"], "Venezuela": ["VE"],
    "UAE": ["AE"], "U.A.E.": ["AE"], "the UAE": ["AE"], "Emirates": ["AE"], "the Emirates": ["AE"],
    "Saudi Arabia": ["SA"], "KSA": ["SA"],
}

#: Adjectives of nationality, to the one country they point at.
DEMONYMS: dict[str, str] = {k: v[0] for k, v in {
    "Iraqi": ["IQ"], "Syrian": ["SY"], "Jordanian": ["JO"], "Lebanese": ["LB"], "Turkish": ["TR"],
    "Afghan": ["AF"], "Libyan": ["LY"], "Tunisian": ["TN"], "Egyptian": ["EG"], "Yemeni": ["YE"],
    "Somali": ["SO"], "Nigerian": ["NG"], "Nigerien": ["NE"], "Chadian": ["TD"], "Cameroonian": ["CM"],
    "Malian": ["ML"], "Burkinabe": ["BF"], "Burkinabè": ["BF"], "Mozambican": ["MZ"], "Kenyan": ["KE"],
    "Norwegian": ["NO"], "Danish": ["DK"], "German": ["DE"], "British": ["GB"], "Canadian": ["CA"],
    "Dutch": ["NL"], "Japanese": ["JP"], "Italian": ["IT"], "Australian": ["AU"], "French": ["FR"],
    "American": ["US"], "Swedish": ["SE"], "Finnish": ["FI"], "Spanish": ["ES"], "Belgian": ["BE"],
    "Polish": ["PL"], "Icelandic": ["IS"], "Estonian": ["EE"], "Latvian": ["LV"], "Lithuanian": ["LT"],
    "Portuguese": ["PT"], "Austrian": ["AT"], "Swiss": ["CH"], "Irish": ["IE"], "Greek": ["GR"],
    "Hungarian": ["HU"], "Czech": ["CZ"], "Slovak": ["SK"], "Slovenian": ["SI"], "Croatian": ["HR"],
    "Romanian": ["RO"], "Bulgarian": ["BG"], "Korean": ["KR"], "New Zealand": ["NZ"], "Saudi": ["SA"],
    "Emirati": ["AE"], "Qatari": ["QA"], "Kuwaiti": ["KW"], "Bahraini": ["BH"], "Moroccan": ["MA"],
    "Albanian": ["AL"], "Georgian": ["GE"], "Ukrainian": ["UA"], "Luxembourgish": ["LU"], "Maltese": ["MT"],
    "Cypriot": ["CY"], "Singaporean": ["SG"], "Malaysian": ["MY"], "Filipino": ["PH"], "Indian": ["IN"],
    "Pakistani": ["PK"], "Bosnian": ["BA"], "Montenegrin": ["ME"], "Serbian": ["RS"], "Mexican": ["MX"],
    "Brazilian": ["BR"], "Argentine": ["AR"], "Palestinian": ["PS"],
}.items()}
#: English demonyms as plural nouns, for the people helped ("to help Iraqis return") or a headline's subject
#: ("Czechs to send more soldiers"): "-an" and "-i" add an "s", the rest are listed.
DEMONYMS.update({f"{word}s": code for word, code in DEMONYMS.items() if word.endswith(("an", "i"))})
DEMONYMS.update({"Czechs": "CZ", "Danes": "DK", "Swedes": "SE", "Finns": "FI", "Turks": "TR"})
#: UNRWA's name for the people it serves, wherever they live: "Palestine refugees in Syria and Lebanon" (round 16)
DEMONYMS.update({"Palestine refugees": "PS", "Palestine refugee": "PS"})

#: Regions and cities: inside one country, across several, or (empty list) no country at all.
REGIONS: dict[str, list[str]] = {
    "Northeast Syria": ["SY"], "North-East Syria": ["SY"], "North East Syria": ["SY"], "northeast Syria": ["SY"],
    "north-east Syria": ["SY"], "NES": ["SY"], "Raqqa": ["SY"], "Raqqah": ["SY"], "Deir ez-Zor": ["SY"],
    "Deir ez-Zour": ["SY"], "Deir Ezzor": ["SY"], "Hasakah": ["SY"], "al-Hol": ["SY"], "Al Hol": ["SY"],
    "al-Hawl": ["SY"], "Roj": ["SY"], "Kobani": ["SY"], "Aleppo": ["SY"], "Idlib": ["SY"], "Damascus": ["SY"],
    "Mosul": ["IQ"], "Baghdad": ["IQ"], "Erbil": ["IQ"], "Anbar": ["IQ"], "Ramadi": ["IQ"], "Fallujah": ["IQ"],
    "Sinjar": ["IQ"], "Nineveh": ["IQ"], "Ninewa": ["IQ"], "Ninawa": ["IQ"], "Tikrit": ["IQ"], "Kirkuk": ["IQ"],
    "Salah al-Din": ["IQ"], "Diyala": ["IQ"], "Basra": ["IQ"], "Sulaymaniyah": ["IQ"], "Duhok": ["IQ"],
    "Kurdistan Region": ["IQ"], "Kurdistan Region of Iraq": ["IQ"], "KRI": ["IQ"], "Iraqi Kurdistan": ["IQ"],
    "Taji": ["IQ"], "Camp Taji": ["IQ"], "Besmaya": ["IQ"], "Al Asad": ["IQ"], "Ain al-Asad": ["IQ"],
    "Tal Afar": ["IQ"], "Azraq": ["JO"], "Incirlik": ["TR"], "Al Dhafra": ["AE"], "Camp Arifjan": ["KW"],
    "Amman": ["JO"], "Beirut": ["LB"], "Gaza": ["PS"], "Gaza Strip": ["PS"], "West Bank": ["PS"], "Kabul": ["AF"], "Mogadishu": ["SO"], "Cabo Delgado": ["MZ"],
    "Borno": ["NG"], "Maiduguri": ["NG"], "Tripoli": ["LY"], "Bekaa": ["LB"], "Beqaa": ["LB"], "Zaatari": ["JO"],
    "Naqoura": ["LB"],  # UNIFIL's headquarters
    "Za'atari": ["JO"],
    # missions whose short name stands for the country they serve in: NATO Mission Iraq (round 20)
    "NMI": ["IQ"],
    "Lake Chad Basin": ["CM", "NE", "NG", "TD"], "Lake Chad region": ["CM", "NE", "NG", "TD"],
    "Gulf of Guinea": [], "Gulf of Oman": [], "South Lebanon": ["LB"],
    "Sahel": [], "the Sahel": [], "Middle East": [], "the region": [], "West Africa": [], "East Africa": [],
    "Horn of Africa": [], "Levant": [], "MENA": [], "Africa": [], "Europe": [], "Central Asia": [],
}



#: French names babel does not give, short forms, regions and cities.
PLACE_ALIASES_FR: dict[str, list[str]] = {
    "Irak": ["IQ"], "Iraq": ["IQ"], "Syrie": ["SY"], "Mossoul": ["IQ"], "Bagdad": ["IQ"], "Erbil": ["IQ"],
    "royaume hachémite": ["JO"], "Royaume hachémite": ["JO"], "royaume hachémite de Jordanie": ["JO"],
    "Grand-Duché": ["LU"], "grand-duché": ["LU"],
    "Kurdistan irakien": ["IQ"], "Besmaya": ["IQ"], "Raqqa": ["SY"], "nord-est de la Syrie": ["SY"],
    "Bassin du lac Tchad": ["CM", "NE", "NG", "TD"], "bassin du lac Tchad": ["CM", "NE", "NG", "TD"],
    # waters named after a country are no country; a country's south is that country (round 25)
    "golfe de Guinée": [], "golfe d'Oman": [], "golfe d’Oman": [], "Sud-Liban": ["LB"], "Liban-Sud": ["LB"],
    "Moyen-Orient": [], "Proche-Orient": [], "Afrique de l'Ouest": [], "la région": [], "Levant": [],
    "Tal Afar": ["IQ"], "Taji": ["IQ"], "Azraq": ["JO"], "Gaza": ["PS"], "Cisjordanie": ["PS"],
    "Ninive": ["IQ"], "Kirkouk": ["IQ"], "Fallouja": ["IQ"], "Falloujah": ["IQ"], "Ramadi": ["IQ"], "Tikrit": ["IQ"],
    "Sinjar": ["IQ"], "Anbar": ["IQ"], "Bassora": ["IQ"], "Souleimaniye": ["IQ"], "Dohouk": ["IQ"],
    "Alep": ["SY"], "Idlib": ["SY"], "Damas": ["SY"], "Deir ez-Zor": ["SY"], "Hassaké": ["SY"], "Kobané": ["SY"],
    "Al-Hol": ["SY"], "Al-Asad": ["IQ"],
    "Beyrouth": ["LB"], "Bekaa": ["LB"], "Békaa": ["LB"], "Salaheddine": ["IQ"], "Zaatari": ["JO"],
    "Royaume-Uni": ["GB"], "États-Unis": ["US"], "Pays-Bas": ["NL"], "Corée du Sud": ["KR"], "Koweït": ["KW"],
    # capitals written without their accent, as French press often does: "les Etats-Unis", "l'Egypte"
    "Etats-Unis": ["US"], "Emirats arabes unis": ["AE"], "Emirats": ["AE"], "Egypte": ["EG"], "Koweit": ["KW"],
}

#: French demonyms, masculine singular; feminine and plural forms are made by :func:`_french_forms`.
DEMONYMS_FR: dict[str, str] = {
    "irakien": "IQ", "syrien": "SY", "jordanien": "JO", "libanais": "LB", "turc": "TR", "afghan": "AF",
    "palestinien": "PS",
    "libyen": "LY", "tunisien": "TN", "égyptien": "EG", "yéménite": "YE", "somalien": "SO", "nigérian": "NG",
    "nigérien": "NE", "tchadien": "TD", "camerounais": "CM", "malien": "ML", "burkinabé": "BF", "norvégien": "NO",
    "danois": "DK", "allemand": "DE", "britannique": "GB", "canadien": "CA", "néerlandais": "NL", "japonais": "JP",
    "italien": "IT", "australien": "AU", "français": "FR", "américain": "US", "suédois": "SE", "finlandais": "FI",
    "espagnol": "ES", "belge": "BE", "polonais": "PL", "portugais": "PT", "autrichien": "AT", "suisse": "CH",
    "grec": "GR", "hongrois": "HU", "tchèque": "CZ", "roumain": "RO", "coréen": "KR", "saoudien": "SA",
    "émirien": "AE", "qatarien": "QA", "koweïtien": "KW", "bahreïnien": "BH", "marocain": "MA",
    "luxembourgeois": "LU", "néo-zélandais": "NZ", "irlandais": "IE", "estonien": "EE", "letton": "LV",
    "lituanien": "LT", "slovaque": "SK", "slovène": "SI", "croate": "HR", "bulgare": "BG", "albanais": "AL",
    "géorgien": "GE", "ukrainien": "UA", "islandais": "IS",
    # West African and Horn partners (round 31): "50 militaires sénégalais", "la contribution ivoirienne"
    "sénégalais": "SN", "ivoirien": "CI", "djiboutien": "DJ", "béninois": "BJ", "mauritanien": "MR", "guinéen": "GN",
    "togolais": "TG", "gabonais": "GA", "gambien": "GM", "centrafricain": "CF", "ghanéen": "GH", "burkinabè": "BF",
}

#: Arabic names babel does not give (or gives in a form press text rarely uses), regions and cities. "مالي"
#: (Mali) also means "financial" and "عمان" is both Oman and Amman, so only their long forms are listed.
PLACE_ALIASES_AR: dict[str, list[str]] = {
    "المملكة الأردنية الهاشمية": ["JO"], "المملكة الهاشمية": ["JO"], "المملكة المغربية": ["MA"], "الإمارات": ["AE"], "بريطانيا": ["GB"],
    "الولايات المتحدة الأمريكية": ["US"], "الولايات المتحدة الأميركية": ["US"], "أمريكا": ["US"],
    "جمهورية كوريا": ["KR"], "كوريا": ["KR"], "جمهورية مالي": ["ML"], "كوسوفو": ["XK"],
    # spellings the press uses beside CLDR's, often without the hamza
    "الدنمارك": ["DK"], "الدنمرك": ["DK"], "الدانمارك": ["DK"], "الدانمرك": ["DK"], "النروج": ["NO"],
    "هولاندا": ["NL"], "فنلاندا": ["FI"], "تشيكيا": ["CZ"], "لوكسمبورج": ["LU"], "مقدونيا": ["MK"], "أميركا": ["US"],
    "بريطانيا العظمى": ["GB"], "المانيا": ["DE"], "ايطاليا": ["IT"], "اسبانيا": ["ES"],
    "استراليا": ["AU"], "نيوزيلاندا": ["NZ"], "نيوزلندا": ["NZ"], "جمهورية التشيك": ["CZ"], "المجر": ["HU"], "استونيا": ["EE"],
    "أيسلندا": ["IS"], "ايرلندا": ["IE"], "في مالي": ["ML"], "إلى مالي": ["ML"], "سلطنة عمان": ["OM"], "سورية": ["SY"], "الموصل": ["IQ"], "بغداد": ["IQ"], "التاجي": ["IQ"], "عين الأسد": ["IQ"], "غزة": ["PS"], "قطاع غزة": ["PS"],
    "الضفة الغربية": ["PS"],
    # Luxembourg by its title, as in English and French: "نشكر الدوقية الكبرى", "سفير الدوقية الكبرى" (round 28)
    "الدوقية الكبرى": ["LU"],
    "الناقورة": ["LB"],
    "أربيل": ["IQ"], "الأنبار": ["IQ"], "كركوك": ["IQ"], "نينوى": ["IQ"], "سنجار": ["IQ"], "إقليم كردستان": ["IQ"],
    "إقليم كوردستان": ["IQ"],
    "الرقة": ["SY"], "دير الزور": ["SY"], "الحسكة": ["SY"], "الهول": ["SY"], "حلب": ["SY"], "إدلب": ["SY"],
    # provinces, cities and camps ("الرمادي" and "الأزرق" are also colours, so they are left out)
    "دهوك": ["IQ"], "السليمانية": ["IQ"], "ديالى": ["IQ"], "البصرة": ["IQ"], "الفلوجة": ["IQ"],
    "تكريت": ["IQ"], "تلعفر": ["IQ"], "بسماية": ["IQ"], "الزعتري": ["JO"], "البقاع": ["LB"],
    "عرسال": ["LB"], "دمشق": ["SY"], "عين العرب": ["SY"], "كوباني": ["SY"],
    "بيروت": ["LB"], "طرابلس": ["LY"], "جمهورية إفريقيا الوسطى": ["CF"], "جمهورية أفريقيا الوسطى": ["CF"],
    "إفريقيا الوسطى": ["CF"], "أفريقيا الوسطى": ["CF"], "مقديشو": ["SO"], "حوض بحيرة تشاد": ["CM", "NE", "NG", "TD"],
    "منطقة الساحل": [], "الساحل": [], "الشرق الأوسط": [], "المنطقة": [],
    # Amman with its shadda, which Oman ("عُمان") never takes, where something happens in it or goes to it (not a
    # dateline's city) (round 21)
    "في عمّان": ["JO"], "إلى عمّان": ["JO"],
}

#: Arabic demonyms, masculine singular without the article; the other forms are made by :func:`_arabic_forms`.
DEMONYMS_AR: dict[str, str] = {
    "عراقي": "IQ", "سوري": "SY", "أردني": "JO", "لبناني": "LB", "تركي": "TR", "ليبي": "LY", "تونسي": "TN",
    "فلسطيني": "PS",
    "مصري": "EG", "يمني": "YE", "سعودي": "SA", "إماراتي": "AE", "قطري": "QA", "كويتي": "KW", "بحريني": "BH",
    "مغربي": "MA", "أمريكي": "US", "أميركي": "US", "بريطاني": "GB", "فرنسي": "FR", "ألماني": "DE",
    "إيطالي": "IT", "إسباني": "ES", "كندي": "CA", "أسترالي": "AU", "ياباني": "JP", "هولندي": "NL",
    "نرويجي": "NO", "نروجي": "NO", "دنماركي": "DK", "دانماركي": "DK", "هولاندي": "NL",
    "فنلاندي": "FI", "لوكسمبورجي": "LU", "بلجيكي": "BE", "كوري": "KR", "سويدي": "SE", "فنلندي": "FI",
    "مجري": "HU", "تشيكي": "CZ", "نمساوي": "AT", "بولندي": "PL", "نيوزيلندي": "NZ", "نيوزلندي": "NZ", "سويسري": "CH",
    "برتغالي": "PT", "يوناني": "GR", "الماني": "DE", "ايطالي": "IT", "اسباني": "ES", "امريكي": "US",
    "اميركي": "US", "استرالي": "AU", "هنغاري": "HU", "عماني": "OM",
    # smaller partners first read in round 18 ("المنحة السلوفاكية", "خبراء إستونيون")
    "سلوفاكي": "SK", "سلوفيني": "SI", "كرواتي": "HR", "بلغاري": "BG", "إستوني": "EE", "لاتفي": "LV",
    "ليتواني": "LT", "أيرلندي": "IE", "آيسلندي": "IS", "لوكسمبورغي": "LU", "أوكراني": "UA",
    # a state's own name for its forces: "القوات الجوية الهيلينية" (round 31)
    "هيليني": "GR",
}

_ARABIC_PREFIXES = ("", "و", "ب", "ل", "ف", "وب", "ول", "وال")
#: Names babel gives that are also common words in the other language's texts.
#: ... and "Réunion", which French capitalises for a meeting opening a title: "Réunion des donateurs" (round 30); the
#: island stays known as "La Réunion".
_AMBIGUOUS_NAMES = frozenset({"مالي", "عُمان", "عمان", "Maurice", "Jersey", "Man", "Guernesey", "Inde", "Réunion"})
#: Words after (English) or before (French, Arabic) a demonym that make it part of a unit's or base's name:
#: "the American base", "an Italian-led battalion", "la base américaine", "القاعدة الأمريكية".
UNIT_WORDS_AFTER = (r"(?:-led|-run|(?:\s+(?:F-16|F-35|air|fighter|aircraft))?\s+(?:base|battalion|brigade|camp|unit|"
                    r"contingent|regiment|embassy|company|task\s+force|command|headquarters|detachment|squadron))\b")
#: Words after any place name that make it part of an event's or body's name ("the Kuwait International
#: Conference", "the Kuwait-based Arab Fund"): the place hosts it, nothing goes there.
EVENT_WORDS_AFTER = (r"(?:-based|\s+(?:International\s+)?(?:Conference|Summit|Declaration|Process)"
                     # ... or the language a release is given in: "English version", "French translation" (round 31)
                     r"|\s+(?:version|translation|text)(?!\s+(?:of|for|in)\s)"
                     # ... or a command or mission it runs: "within the US Central Command Forward Headquarters"
                     r"|(?:\s+[A-Z][\w-]+){0,2}\s+(?:Command|Headquarters|Embassy|Consulate))\b")
#: ... and words before it: "la conférence de Koweït", "مؤتمر الكويت الدولي". Each "before" pattern opens with a
#: look-ahead on its words' first letters: it is searched in a window before every place name, and the look-ahead lets
#: the engine skip the window's other positions at once.
EVENT_WORDS_BEFORE = (r"(?=[csrmtvlامCSRMTVL])(?:(?:conférence|sommet)\s+(?:de\s+|d['’]|du\s+)|(?:ال)?مؤتمر\s+"
                      # the language a release is given in: "version française", "traduction française" (round 31)
                      r"|(?:version|traduction|texte|langue)\s+"
                      # "à la conférence des donateurs à Koweït", "lors de la réunion ministérielle à Rome"
                      r"|(?:conférence|sommet|réunion)\s+(?:[\w'’-]+\s+){1,2}?(?:à|au)\s+"
                      # where a figure was announced: "at the Coalition meeting in Amman", "during a visit to Amman"
                      r"|(?:meeting|conference|summit|ministerial|talks|visit)\s+(?:in|to)\s+"
                      # a ministry named for a region: "ministère de l'Europe et des Affaires étrangères",
                      # "Minister for Europe and Africa"
                      r"|(?:minist[èe]re|ministre|ministry|minister)\s+(?:de\s+l['’]|for\s+|of\s+))$")
#: Where a meeting is held, before its place: "la Conférence sur la Syrie qui se tiendra au Koweït", "held in London",
#: "الذي عقد في الكويت". Looked for only in a range that holds one of :data:`HELD_KEYS`.
HELD_WORDS_BEFORE = (r"(?:(?:se\s+tiendra|se\s+tient|s['’]est\s+tenue?|a\s+eu\s+lieu|aura\s+lieu)\s+(?:à|au|en)"
                     r"|(?:(?:to\s+be\s+)?held|took\s+place|taking\s+place)\s+in"
                     r"|(?:عقد|عقدت|يعقد|تعقد|انعقد|المنعقد|المنعقدة)(?:\s+ف[يى])?)\s+(?:the\s+)?$")
HELD_KEYS = ("tiendra", "tient", "tenu", "lieu", "held", "place", "عقد")
#: Words before a country that leave it out of what the figure covers: "excluding Syria", "à l'exclusion de la
#: Syrie", "مع استبعاد سوريا كمنطقة عمليات", "باستثناء سوريا"; or a verb of covering, denied: "the extension does
#: not include Syria", "le mandat ne couvre pas la Syrie", "التعديل لا يشمل سوريا" (real press).
EXCLUDED_WORDS_BEFORE = (r"(?:excluding|except(?:\s+for|\s+in)?|with\s+the\s+exception\s+of|à\s+l['’]exclusion\s+(?:de|du|des)"
                         r"|excepté|sauf|hormis|(?:ب|مع\s+)?[اإ]ستبعاد|باستثناء|[اإ]ستثناء|(?:ما\s+)?عدا"
                         r"|(?:does|do|did|will)\s+not\s+(?:include|cover|extend\s+to)|not\s+including"
                         r"|n[e']\s*(?:comprend|couvre|concerne|inclut|englobe|s['’]étend)\s+pas(?:\s+(?:à|au|aux))?"
                         r"|(?:لا|لن)\s+[يت]شمل)"
                         r"\s+(?:the\s+|la\s+|le\s+|l['’])?$")
EXCLUDED_KEYS = ("exclu", "except", "sauf", "hormis", "ستبعاد", "ستثناء", "عدا", "not ", " pas", "شمل")
#: Words before a country that make it a co-operator, not a destination: "alongside New Zealand", "aux côtés de la
#: France", "بالتعاون مع الأردن"; or the chair of a meeting ("a meeting chaired by the United States, the European
#: Union and Germany", "la conférence coprésidée par la France et l'Irak").
PARTNER_WORDS_BEFORE = (
    r"(?=[atjicepfldmroبإامجشATJICEPFLDMRO])(?:alongside|together\s+with|along\s+with|jointly\s+with|in\s+partnership\s+with|aux\s+côtés\s+d[eu']|"
    # a mission run jointly with another partner: "the joint training mission with Australia at Taji, Iraq" (round 26)
    r"(?:joint|combined)\s+(?:[\w-]+\s+){0,2}?(?:mission|operation|deployment|force|contingent)s?\s+with|"
    # ... or a mission in a country with another partner: "a joint-training mission in Iraq with Australia" (real press)
    r"(?:mission|operation|deployment|contingent)s?\s+(?:in|at)\s+(?-i:[A-Z][\w'’-]+)\s+with|"
    r"conjointement\s+avec|en\s+partenariat\s+avec|بالتعاون\s+مع|إلى\s+جانب|بالشراكة\s+مع|"
    # jointly with, and who leads: "بالاشتراك مع أستراليا", "في بعثات مشتركة مع استراليا", "بقيادة الولايات المتحدة"
    r"بالاشتراك\s+مع|مشتركة?\s+مع|بقيادة|"
    # the partner it joined in a mission: "انضمت أستراليا إلى نيوزيلندا في مهمة", "Australia joined New Zealand in"
    # (round 25)
    r"[اإ]نضم(?:ت|وا)?\s+(?:[^\W\d_]+\s+){0,2}?إلى|joined|(?:a|ont)\s+rejoint|"
    # "in cooperation with the Netherlands and Norway", "une possibilité de coopération avec les Pays-Bas"
    r"(?:in\s+)?co-?operation\s+with|coopération\s+avec|"
    # a co-funder, or its agency and its country in brackets: "Cofinancement de la KfW (Allemagne)", "co-funding from
    # Germany" (round 25)
    r"co-?financements?\s+(?:de\s+|du\s+|des\s+|d['’])(?:la\s+|l['’])?(?:[\w-]+\s*\(\s*)?|"
    r"co-?funding\s+(?:from|by)\s+(?:the\s+)?(?:[\w-]+\s*\(\s*)?|"
    # by agreement, in coordination or taking turns: "une rotation agréée avec les Pays-Bas", "in alternation with the
    # Netherlands", "en coordination avec la France", "بالتنسيق مع الأردن", "بالتناوب مع هولندا"
    r"in\s+(?:agreement|coordination|rotation|alternation)\s+with|agreed\s+(?:upon\s+)?with|"
    # who leads the coalition or mission: "la coalition dirigée par les Etats-Unis", "the coalition led by the US"
    r"led\s+by|(?:dirigée?s?|menée?s?|conduite?s?|pilotée?s?)\s+par|"
    r"en\s+(?:accord|coordination|alternance|rotation)\s+avec|(?:agréé|convenu|conclu)e?s?\s+avec|"
    r"بالتنسيق\s+مع|بالتناوب\s+مع|بالاتفاق\s+مع|"
    # "side by side with": "جنباً إلى جنب مع أستراليا"; the countries thanked: "قدمت الشكر لألمانيا والنرويج" (round 18)
    r"جنب\S{0,2}\s+إلى\s+جنب\s+مع|(?:ال|بال)?شكر(?:ها|ه)?(?:\s+(?:أيضا|كذلك))?(?:\s+(?:إلى|الى))?|"
    r"(?:co-?)?chaired\s+by|co-?hosted\s+by|co-?organi[sz]ed\s+by|(?:co-?)?présidée?s?\s+par|"
    r"co-?organisée?s?\s+par|برئاسة(?:\s+مشتركة)?(?:\s+(?:من|بين))?|بتنظيم\s+مشترك\s+(?:من|بين)|"
    # the other funders of a programme: "funded by the United States, Germany and Denmark", "ممول من قبل"
    r"(?:co-?)?funded\s+by|financed\s+by|(?:co)?financée?s?\s+par|(?:ال)?ممول(?:ة)?\s+من\s+قبل|بتمويل\s+(?:مشترك\s+)?من)"
    r"\s*(?:the\s+|la\s+|le\s+|les\s+|l['’])?$"
)
#: Words around a country that make it the one who asked, not where anyone goes: "at the request of the United
#: States", "following a U.S. request", "à la demande des États-Unis", "بناء على طلب من الولايات المتحدة", "بطلب أمريكي".
#: A host of the coalition's theatre (:data:`DESTINATION_WEIGHT`) asks for help on its own soil and stays a place.
REQUESTER_WORDS_BEFORE = (
    r"(?=[aoufàsAOUFÀSبتط])(?:(?:at|upon|on|after|following)\s+(?:the\s+|a\s+)?(?:request|invitation)\s+"
    r"(?:of|from)|(?:à|sur)\s+la\s+demande\s+(?:de\s+l['’]|de\s+la|du|des|de|d['’])|(?:بناء\s*ً?\s+على\s+|تلبية\s+ل|ب)?"
    r"طلب\s+(?:من\s+)?)\s*(?:the\s+)?$"
)
REQUESTER_WORDS_AFTER = r"(?:['’]s)?\s+(?:request|invitation)\b"
#: Another country's forces that the partner's people serve in: "serve with the US forces", "embedded with American
#: special forces", "part of the US forces" (the name, then :data:`FORCES_AFTER`), "font partie des forces spéciales
#: américaines", "ضمن القوات الأمريكية" (the forces, then the demonym). Whose forces they are, not where; a host of the
#: theatre stays a place, and so do forces one only works with ("to work with the Lebanese army").
ALLIED_FORCES_BEFORE = (
    r"(?=[sedifpwaAuUc\u0636])(?:(?:(?:serv\w*|embedded|integrated|fight\w*)\s+(?:with|within|among|in)|part\s+of|within|"
    r"alongside\s+(?:their|our|its))\s+(?:the\s+)?|(?:au\s+sein\s+des|partie\s+des|côtés\s+(?:des|de\s+leurs|de\s+nos|de\s+ses))"
    r"\s+(?P<fr>forces|troupes|soldats|militaires|collègues|homologues|camarades)(?:\s+spéciales)?\s+"
    r"|ضمن\s+(?P<ar>القوات|قوات)(?:\s+الخاصة)?\s+)$"
)
FORCES_AFTER = (r"\s+(?:special\s+(?:operations\s+)?)?(?:forces|troops|soldiers|army|military|personnel|marines|colleagues|"
                r"counterparts|comrades)\b")
#: Countries the coalition's texts name mostly as destinations need more signs to be a document's partner: Syria is
#: no partner at all.
DESTINATION_WEIGHT = {"IQ": 0.3, "SY": 0.0}
#: Words around a country that name its neighbours instead of it: "dans les pays voisins de la Syrie", "the
#: countries neighbouring Syria", "Syria's neighbours", "دول جوار سوريا" (round 18). The neighbours are the region.
NEIGHBOURS_WORDS_BEFORE = (
    r"(?=[pvlnbcدPVLNBC])(?:(?:pays\s+)?(?:voisins|limitrophes)\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])"
    r"|neighbou?r(?:s|ing\s+countries|ing\s+states)\s+of\s+(?:the\s+)?|countries\s+(?:neighbou?ring|bordering)\s+"
    r"(?:the\s+)?|(?:ال)?دول\s+(?:ال)?جوار\s+)$"
)
NEIGHBOURS_WORDS_AFTER = r"['’]s\s+neighbou?r(?:s|ing\s+countries|ing\s+states)\b"
#: What may stand between two countries of one list, other names included: the co-operators after "alongside" are
#: all co-operators ("alongside the United States, the European Union, Germany and the UN", "الولايات المتحدة
#: نفسها، وألمانيا").
LIST_GLUE = (
    r"(?:\s*(?:(?:(?:the|la|le|les)\s+|l['’])?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*|itself|نفس(?:ها|ه))?"
    r"(?:\s*[,،]\s*(?:and\s+|et\s+)?|\s+(?:and|et|&)\s+|\s+و)){1,6}(?:(?:the|la|le|les)\s+|l['’])?$"
)
UNIT_WORDS_BEFORE = (
    r"(?=[bcurgaqéاقكسBCURGAQÉ])(?:base|bataillon|brigade|camp|unité|contingent|régiment|ambassade|commandement|"
    r"quartier\s+général|état-major|القاعدة|قاعدة|الكتيبة|كتيبة|السفارة|القوة)"
    r"\s+(?:\S+\s+)?$"
)
#: A body that a demonym names by its nationality, an NGO or a company: "a Swiss foundation", "the Norwegian Refugee
#: Council", "une ONG suisse", "le Conseil danois pour les réfugiés", «مؤسسة سويسرية», «المجلس النرويجي للاجئين»: who
#: carries the work out, not where it goes (real press); a state's agency ("the Japanese agency JICA") is its giver ...
BODY_WORDS_AFTER = (r"\s+(?:(?:development|humanitarian|aid|relief|demining|non-governmental)\s+)?"
                    r"(?:ngos?|foundations?|(?:refugee\s+)?council|people['’]s\s+aid|demining\s+group|red\s+cross|"
                    r"red\s+crescent|charity|charities|organi[sz]ations?|compan(?:y|ies)|firms?|university|association|"
                    r"church)\b")
BODY_WORDS_BEFORE = (
    r"(?=[ofcseauلمشجا])(?:ong|fondation|conseil|croix-rouge|organisation|organisme|société|entreprise|association|"
    r"université|(?:ال|لل|ل)?(?:مؤسسة|منظمة|مجلس|شركة|جمعية|جامعة)|(?:ال|لل|ل)?(?:هلال|صليب)\s+(?:ال)?أحمر)"
    r"(?:\s+(?:non\s+gouvernementale|غير\s+(?:ال)?حكومية))?\s+$"
)
#: ... unless it is a body of a country that the help goes to, which works at home: "the Iraqi Red Crescent", "the
#: Lebanese Red Cross", «الهلال الأحمر السوري».
HOME_BODY_PLACES = frozenset({"IQ", "SY", "JO", "LB", "TR", "PS"})


def _french_forms(word: str) -> list[str]:
    if word.endswith(("ien", "éen")):
        return [word, word + "s", word + "ne", word + "nes"]
    if word.endswith(("ais", "ois")):
        return [word, word + "e", word + "es"]
    if word.endswith("e") or word in ("burkinabé", "burkinabè"):
        return [word, word + "s"]
    if word.endswith("c"):
        return [word, word + "s", word + "que", word + "ques"]
    return [word, word + "s", word + "e", word + "es"]


def _arabic_forms(word: str) -> list[str]:
    # the press also writes a final ه for ة: "يابانيه"
    stems = [word, word + "ة", word + "ه", word + "ين", word + "ون"]
    return stems + ["ال" + stem for stem in stems]


def _arabic_demonym_forms(word: str) -> list[str]:
    """Every form of an Arabic demonym, those with the article also behind a glued prefix: "للعراقيين", "والسوريين"."""
    return [form for stem in _arabic_forms(word)
            for form in (_with_arabic_prefixes(stem) if stem.startswith("ال") else [stem])]


def _with_arabic_prefixes(name: str) -> list[str]:
    """"العراق" -> "العراق", "والعراق", "بالعراق", "للعراق" (ل + ال is written لل), ..."""
    forms = []
    for prefix in _ARABIC_PREFIXES:
        if prefix.endswith("ل") and name.startswith("ال"):
            forms.append(prefix + name[1:])
        elif prefix.endswith("ال") and name.startswith("ال"):
            continue
        else:
            forms.append(prefix + name)
    return forms


@lru_cache(maxsize=1)
def country_forms() -> frozenset[str]:
    """The countries' names in all three languages (not their regions, cities or demonyms)."""
    return country_names() | frozenset(name for names in _territory_names().values() for name in names.values())


@lru_cache(maxsize=1)
def _territory_names() -> dict[str, dict[str, str]]:
    codes = {c.alpha_2 for c in pycountry.countries}
    return {lang: {code: name for code, name in Locale(lang).territories.items() if code in codes}
            for lang in ("fr", "ar")}


class _PlaceTable(dict):
    """Names to codes; a name found with its words more than one space apart is the name one space apart."""

    def __missing__(self, key: str) -> list[str]:
        spaced = " ".join(key.split())
        if spaced == key:
            raise KeyError(key)
        return self[spaced]


@lru_cache(maxsize=1)
def place_table() -> dict[str, list[str]]:
    """All names the extractor recognises, mapped to alpha-2 codes (pycountry names first, aliases win)."""
    table: dict[str, list[str]] = _PlaceTable()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            name = getattr(country, attr, None)
            if name and "," not in name and len(name) > 3 and name not in _AMBIGUOUS_NAMES:
                table[name] = [country.alpha_2]
    names = _territory_names()
    for code, name in names["fr"].items():
        if len(name) > 3 and name not in _AMBIGUOUS_NAMES:
            table.setdefault(name, [code])
    for code, name in names["ar"].items():
        if name not in _AMBIGUOUS_NAMES:
            for form in _with_arabic_prefixes(name):
                table.setdefault(form, [code])
    table.update(PLACE_ALIASES)
    table.update({name: [code] for name, code in DEMONYMS.items()})
    table.update(REGIONS)
    table.update(PLACE_ALIASES_FR)
    table.update({form: [code] for word, code in DEMONYMS_FR.items() for form in _french_forms(word)})
    for name, codes in PLACE_ALIASES_AR.items():
        table.update({form: codes for form in _with_arabic_prefixes(name)})
    table.update({form: [code] for word, code in DEMONYMS_AR.items() for form in _arabic_demonym_forms(word)})
    return table


@lru_cache(maxsize=1)
def arabic_bare_names() -> frozenset[str]:
    """Arabic names and demonyms as written without a prefix ("لبنان", "بريطانيا"), to tell them from "للعراق"."""
    names = set(_territory_names()["ar"].values()) | set(PLACE_ALIASES_AR)
    names |= {form for word in DEMONYMS_AR for form in _arabic_forms(word)}
    return frozenset(names)


def is_prefixed_destination(name: str) -> bool:
    """An Arabic name written with "to" or "in" on it ("للعراق", "بالأردن", "لسوريا") says where something goes, so it is
    no subject after a verb of giving ("قدمت للعراق"); "لبنان" is a name of its own (round 20)."""
    return name not in arabic_bare_names() and name.startswith(("ب", "ل", "وب", "ول", "فب", "فل"))


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """The countries' own names (pycountry), some of which English also uses as adjectives ("New Zealand")."""
    return frozenset(getattr(c, attr) for c in pycountry.countries for attr in ("name", "common_name")
                     if getattr(c, attr, None))


@lru_cache(maxsize=1)
def demonym_names() -> frozenset[str]:
    """Every demonym form in the table, in all three languages."""
    forms = set(DEMONYMS)
    forms |= {form for word in DEMONYMS_FR for form in _french_forms(word)}
    forms |= {form for word in DEMONYMS_AR for form in _arabic_demonym_forms(word)}
    return frozenset(forms)


@lru_cache(maxsize=1)
def place_regex() -> re.Pattern[str]:
    names = list(place_table())
    initials = "".join(sorted({re.escape(n[0]) for n in names}))
    # The look-ahead on first letters lets the engine skip most positions at once, and the names are nested
    # under their first letter. "US" inside "US$" is a currency, not a place; the pipeline masks the spans of
    # amounts too ("US dollars").
    # A vowel mark ending a word of an Arabic name reads as a space ("عينِ الأسد" as "عين  الأسد"): its words may stand
    # apart by more than one space, and the table finds the name by its words one space apart.
    spaced = nested_alternation(names).replace(r"\ ", " +")
    return re.compile(rf"(?=[{initials}])(?<![\w-]){spaced}(?![\w$])")


def places_of(name: str) -> list[str]:
    return list(place_table().get(name, []))


def codes_named(text: str, start: int = 0, end: int | None = None) -> list[list[str]]:
    """The countries of each place name in ``text[start:end]``, one list of codes per name, in order."""
    table = place_table()
    return [table[m.group(0)] for m in place_regex().finditer(text, start, len(text) if end is None else end)]


@lru_cache(maxsize=1)
def country_names_by_code() -> dict[str, list[str]]:
    """Every name and demonym that points at exactly one country, grouped by its code."""
    result: dict[str, list[str]] = {}
    for name, codes in place_table().items():
        if len(codes) == 1:
            result.setdefault(codes[0], []).append(name)
    return result


@lru_cache(maxsize=1)
def demonyms() -> dict[str, str]:
    """Adjectives of nationality in all three languages, lower-cased, to their country code."""
    table = place_table()
    return {name.lower(): table[name][0] for name in demonym_names()}
