"""The figure grammar as declared data, for English, French and Arabic.

Everything the extractor knows about factsheet and press-release wording lives here as tables: number words, scale
words, hedges, period phrases, personnel nouns, lines of effort, missions. The three languages share one grammar
(a French hedge in an English text does no harm), so each table holds all three; Arabic entries list the forms
press text writes (tanween, dual and plural). The steps in :mod:`coalition.extraction.steps`
compile these tables into regular expressions once, at import time; changing the grammar means editing a table,
not a chain of ``if``s.
"""

from __future__ import annotations

# --- numbers -------------------------------------------------------------------------------------------------------

NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a dozen": 12, "a hundred": 100,
    "one hundred": 100, "two hundred": 200, "three hundred": 300, "four hundred": 400, "five hundred": 500,
    "half a": 0.5,
    # "more than a thousand soldiers in Iraq" (round 21)
    "a thousand": 1000, "one thousand": 1000,
    # a fraction of a scale: "a quarter of a million pounds", "three-quarters of a million" (round 20)
    "a quarter of a": 0.25, "one quarter of a": 0.25, "three quarters of a": 0.75, "three-quarters of a": 0.75,
    # French
    "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "douze": 12,
    "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
    "deux cents": 200, "trois cents": 300, "cinq cents": 500, "mille": 1000,
    "une dizaine": 10, "une douzaine": 12, "une quinzaine": 15, "une vingtaine": 20, "une trentaine": 30,
    "une quarantaine": 40, "une cinquantaine": 50, "une soixantaine": 60, "une centaine": 100, "la centaine": 100,
    "un millier": 1000, "demi": 0.5,
    # Arabic (masculine and feminine forms, and the duals of the scale words, which carry their own "two")
    "اثنان": 2, "اثنين": 2, "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6,
    "سبعة": 7, "سبع": 7, "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9, "عشرة": 10, "عشر": 10, "عشرون": 20,
    "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50, "خمسين": 50, "ستون": 60,
    "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80, "تسعون": 90, "تسعين": 90, "مئة": 100,
    "مائة": 100, "مئتا": 200, "مئتي": 200, "مئتين": 200, "مائتي": 200, "ثلاثمئة": 300, "ثلاثمائة": 300,
    "خمسمئة": 500, "خمسمائة": 500, "ألف": 1000, "نصف": 0.5, "ربع": 0.25,
    "ثلاثة أرباع": 0.75, "ثلاثة ارباع": 0.75,  # "ثلاثة أرباع مليون دولار" (round 20)
}

#: Arabic duals of the scale words carry their own "two": "مليوني دولار" is two million dollars.
AR_DUAL_SCALES: dict[str, int] = {
    "ألفا": 2000, "ألفي": 2000, "ألفين": 2000, "مليونا": 2_000_000, "مليوني": 2_000_000, "مليونين": 2_000_000,
    "مليارا": 2_000_000_000, "ملياري": 2_000_000_000, "مليارين": 2_000_000_000, "بليونا": 2_000_000_000,
    "بليوني": 2_000_000_000, "بليونين": 2_000_000_000,
    # the nominative, which stands alone: "منها مليونان لصندوق الاستقرار"
    "ألفان": 2000, "مليونان": 2_000_000, "ملياران": 2_000_000_000,
}
NUMBER_WORDS.update(AR_DUAL_SCALES)

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
for _tens, _value in (("twenty", 20), ("thirty", 30), ("forty", 40), ("fifty", 50), ("sixty", 60),
                      ("seventy", 70), ("eighty", 80), ("ninety", 90)):
    for _unit, _n in _UNITS.items():
        NUMBER_WORDS[f"{_tens}-{_unit}"] = NUMBER_WORDS[f"{_tens} {_unit}"] = _value + _n

#: French numbers of two parts are read from them (see :func:`figures.word_value`), as the Arabic ones are: a ten, "-",
#: "-et-" or " et ", and a unit ("quarante-cinq", "trente et un", "soixante-quinze", "quatre-vingt-dix-neuf"), with
#: the Belgian and Swiss tens ("septante", "huitante", "nonante").
FR_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70, "huitante": 80,
           "octante": 80, "nonante": 90, "quatre-vingt": 80}
FR_UNITS = {"un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
            "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
            "dix-sept": 17, "dix-huit": 18, "dix-neuf": 19}
NUMBER_WORDS.update({word: n for word, n in FR_UNITS.items() if n > 10})
NUMBER_WORDS.update({"septante": 70, "huitante": 80, "octante": 80, "nonante": 90, "quatre-vingts": 80,
                     **{f"{unit} cents": n * 100 for unit, n in FR_UNITS.items() if 2 <= n <= 9}})

#: Arabic numbers of two words, read from their parts (see :func:`figures.word_value`): a unit and "عشر(ة)" for 11
#: to 19 ("اثني عشر", "خمسة عشر"), a unit, "و" and a ten for 21 to 99 ("خمسة وعشرين", "واحداً وثلاثين"), and a
#: hundred, "و" and the rest ("مئة وعشرين", "مائتين وخمسة وعشرين"). "أحد" and "اثنا" alone are no numbers ("أحد
#: جنود الوحدة").
AR_UNITS = {
    "واحد": 1, "واحدا": 1, "واحداً": 1, "واحدة": 1, "إحدى": 1, "اثنان": 2, "اثنين": 2, "اثنتان": 2, "اثنتين": 2,
    "ثلاثة": 3, "ثلاث": 3, "أربعة": 4, "أربع": 4, "خمسة": 5, "خمس": 5, "ستة": 6, "ست": 6, "سبعة": 7, "سبع": 7,
    "ثمانية": 8, "ثماني": 8, "تسعة": 9, "تسع": 9,
}
AR_TEEN_UNITS = {"أحد": 1, "احد": 1, "إحدى": 1, "احدى": 1, "اثنا": 2, "اثني": 2, "اثنتا": 2, "اثنتي": 2,
                 **{unit: n for unit, n in AR_UNITS.items() if n > 2}}
AR_HUNDREDS = {
    "مئة": 100, "مائة": 100, "مئتا": 200, "مئتان": 200, "مئتي": 200, "مئتين": 200, "مائتا": 200, "مائتان": 200,
    "مائتي": 200, "مائتين": 200,
    **{f"{unit}{hundred}": n * 100 for unit, n in (("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7),
                                                   ("ثمان", 8), ("تسع", 9)) for hundred in ("مئة", "مائة")},
}
NUMBER_WORDS.update(AR_HUNDREDS)
AR_TENS = {"عشرون": 20, "عشرين": 20, "ثلاثون": 30, "ثلاثين": 30, "أربعون": 40, "أربعين": 40, "خمسون": 50,
           "خمسين": 50, "ستون": 60, "ستين": 60, "سبعون": 70, "سبعين": 70, "ثمانون": 80, "ثمانين": 80,
           "تسعون": 90, "تسعين": 90}

#: Number words that are themselves a rough figure ("une trentaine de formateurs" is about 30), also owned: "son millier
#: de soldats", "sa centaine de formateurs", "leur trentaine d'instructeurs".
_ROUGH_FRENCH = ("une dizaine", "une douzaine", "une quinzaine", "une vingtaine", "une trentaine", "une quarantaine",
                 "une cinquantaine", "une soixantaine", "une centaine", "un millier")
_OWNED_ROUGH = {owner + word[word.index(" "):]: NUMBER_WORDS[word] for word in _ROUGH_FRENCH
                for owner in ("son" if word.startswith("un ") else "sa", "leur", "notre")}
NUMBER_WORDS.update(_OWNED_ROUGH)
APPROXIMATE_NUMBER_WORDS = frozenset({"a dozen", "la centaine", *_ROUGH_FRENCH, *_OWNED_ROUGH})

#: Scale words after a number, longest first when compiled. Keys are lower case.
SCALE_WORDS: dict[str, int] = {
    "thousand": 1_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "mill.": 1_000_000,
    "mill": 1_000_000,
    "mln": 1_000_000,
    "mn": 1_000_000,
    "mio.": 1_000_000,
    "mio": 1_000_000,
    "m": 1_000_000,
    "billion": 1_000_000_000,
    "bn": 1_000_000_000,
    "bln": 1_000_000_000,
    "b": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "tn": 1_000_000_000_000,
    "mil.": 1_000_000,
    "mil": 1_000_000,
    # French
    "milliard": 1_000_000_000,
    "milliards": 1_000_000_000,
    "mds": 1_000_000_000,
    "md": 1_000_000_000,
    "mrd": 1_000_000_000,
    "mille": 1_000,
    "milliers": 1_000,
    "millier": 1_000,
    # "500k", "€750k", "500 k€"
    "k": 1_000,
    # Arabic
    "ألف": 1_000,
    "آلاف": 1_000,
    "ألفا": 1_000,
    "مليون": 1_000_000,
    "ملايين": 1_000_000,
    "مليونا": 1_000_000,
    "مليار": 1_000_000_000,
    "مليارات": 1_000_000_000,
    "مليارا": 1_000_000_000,
    # "billion" as the Levant and translated US texts write it
    "بليون": 1_000_000_000,
    "بلايين": 1_000_000_000,
}

#: The scale words of :data:`SCALE_WORDS` a number word may carry ("Forty-five million euros", "ثلاثة مليارات دولار").
SPELLED_SCALES: tuple[str, ...] = (
    "thousand", "million", "millions", "billion", "billions", "milliard", "milliards",
    "ألف", "آلاف", "مليون", "ملايين", "مليار", "مليارات", "بليون", "بلايين",
    # the accusative after a number from eleven to ninety-nine ("عشرين مليونا"); alone, the same word is a dual
    "ألفا", "مليونا", "مليارا", "بليونا",
)
#: The scale words a head count may carry ("10 thousand troops", "١٠ آلاف عسكري").
PEOPLE_SCALES: tuple[str, ...] = ("thousand", "mille", "ألف", "آلاف")
#: A scale word alone is its own "one" before a currency: "بمبلغ مليار دولار", "a billion dollars".
SCALES_ALONE: dict[str, int] = {
    "مليون": 1_000_000, "مليار": 1_000_000_000, "بليون": 1_000_000_000, "a million": 1_000_000,
    "a billion": 1_000_000_000, "un million": 1_000_000, "un milliard": 1_000_000_000,
}

#: French scale abbreviations that stand before a currency sign, with or without a space ("8 M€", "2,1 Md€").
SIGN_SCALES: dict[str, int] = {"M": 1_000_000, "Md": 1_000_000_000, "Mds": 1_000_000_000, "Mrd": 1_000_000_000,
                               "k": 1_000, "K": 1_000}

#: Scale words that are only trusted when glued to the digits or next to a currency ("€45m", "USD 2b").
SHORT_SCALES = frozenset({"m", "b", "k"})
#: The same in capitals, trusted only glued to an amount after its currency sign or code ("€3.5M", "US$2B", "€750K").
CAPITAL_SHORT_SCALES = frozenset({"M", "B", "K"})
#: Nouns that number a vote, an article or an item: a letter glued to their number is its suffix, not a scale
#: ("Crédit 10b", "Vote 5b", "Article 3b" are no billions) (round 23).
ITEM_NUMBER_NOUNS = ("Crédit", "crédit", "Vote", "vote", "Article", "article", "Art.", "art.", "Item", "item", "Poste",
                     "poste", "Section", "section", "Line", "line", "Ligne", "ligne")

# --- currencies ----------------------------------------------------------------------------------------------------

#: Whose dollar a bare sign is in a text that names no partner, by the text's language: French puts "$" after the
#: number only in Canada ("43,6 millions $").
SIGN_OWNERS: dict[tuple[str, str], str] = {("fr", "$"): "CA", ("ar", "جنيه مصري"): "EG"}

#: ISO codes recognised when written as codes next to a number ("USD 7 million", "7 million NOK").
#: babel supplies names and symbols for all of them; this list keeps three-letter capitals such as "ALL" or "TOP"
#: from being read as currencies.
CURRENCY_CODES: tuple[str, ...] = (
    "USD", "EUR", "GBP", "NOK", "SEK", "DKK", "ISK", "CHF", "JPY", "CAD", "AUD", "NZD", "KRW", "PLN", "CZK",
    "HUF", "RON", "BGN", "TRY", "SAR", "AED", "QAR", "KWD", "BHD", "OMR", "JOD", "IQD", "EGP", "MAD", "TND",
    "NGN", "XOF", "XAF", "INR", "SGD", "MYR", "CNY", "HKD", "TWD", "MXN", "BRL", "ARS", "ZAR", "ILS", "RSD",
    "ALL", "MKD", "BAM", "GEL", "UAH", "MDL", "KES", "ETB",
    # the kuna, which the euro replaced in 2023, in Croatian documents before (round 19)
    "HRK",
    # the pounds of the countries helped, in which a recipient restates a grant (round 22)
    "LBP", "SYP",
    # the francs of Djibouti and Guinea and Mauritania's ouguiya, African partners' own (round 31)
    "DJF", "GNF", "MRU",
)

#: The currencies of the countries the coalition helps: on another partner's page a sum in one of them, in a clause
#: that names the recipient's own government as its giver, is that government's money ("his government had set aside
#: IQD 300 billion", "Baghdad has allocated IQD 500 billion of its own"); a partner may give in them too ("Le Japon
#: accorde au Liban 150 milliards de livres libanaises") (round 31).
RECIPIENT_CURRENCIES = frozenset({"IQD", "SYP", "LBP"})
RECIPIENT_GOVERNMENT_BEFORE = (
    r"\b(?:his|her|their)\s+(?:own\s+)?government\b|\b(?:Baghdad|Damascus|Beirut|Bagdad|Damas|Beyrouth)\b"
    r"|\b(?:the\s+)?(?:Iraqi|Syrian|Lebanese|Kurdistan)\s+(?:federal\s+|regional\s+)?(?:government|ministry|authorities"
    r"|cabinet)\b|\bgovernment\s+of\s+(?:Iraq|Syria|Lebanon)\b|\bson\s+gouvernement\b"
    # ... or the recipient's own budget: "Iraq's own health budget for dialysis is 2 billion dinars" (round 32)
    r"|\b(?:Iraq|Syria|Lebanon)['’]s\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?budget\b"
    r"|\bgouvernement\s+(?:irakien|syrien|libanais)\b"
    r"|(?<!\w)(?:حكومته|حكومتها|الحكومة\s+(?:العراقية|السورية|اللبنانية))(?!\w)"
)

#: Currency words in lower case that stand before the number, as codes and signs do: "Dh37 million".
CURRENCY_WORDS_BEFORE = frozenset({"Dh", "Dhs"})

#: Words and symbols babel does not give, or gives ambiguously. ``None`` means "this partner's own currency of that
#: family": "$" in a Canadian factsheet is Canadian dollars, "kroner" in a Danish one is Danish kroner.
CURRENCY_ALIASES: dict[str, str | None] = {
    "US dollars": "USD", "US dollar": "USD", "U.S. dollars": "USD", "US$": "USD", "U.S.$": "USD",
    "USD$": "USD", "US $": "USD", "U.S. $": "USD", "American dollars": "USD",
    "us dollars": "USD", "u.s. dollars": "USD", "american dollars": "USD",
    "dollars": None, "dollar": None, "$": None,
    "euros": "EUR", "euro": "EUR", "€": "EUR", "EURO": "EUR",
    "pounds sterling": "GBP", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "£": "GBP", "GB£": "GBP",
    "kroner": None, "krone": None, "kronor": "SEK", "krona": "SEK", "kr.": None, "kr": None,
    # the crowns as the British press writes them before the number: "Dkr100 million", "NKr 50m"
    "Dkr": "DKK", "DKr": "DKK", "Nkr": "NOK", "NKr": "NOK", "Skr": "SEK", "SKr": "SEK",
    # the dirham as the Gulf's English press writes it before the number: "Dh37 million", "Dhs 184m"
    # (:data:`CURRENCY_WORDS_BEFORE`)
    "Dh": "AED", "Dhs": "AED",
    # English "crowns" is any partner's crown; with its nationality it is that one
    "crowns": None, "Czech crowns": "CZK", "Czech korunas": "CZK", "Czech koruna": "CZK", "korunas": "CZK",
    "koruna": "CZK", "Danish crowns": "DKK", "Norwegian crowns": "NOK", "Swedish crowns": "SEK",
    "Icelandic crowns": "ISK",
    "yen": "JPY", "¥": "JPY", "JP¥": "JPY",
    # a partner's currency named without its nationality, as wire copy writes it ("40 million zlotys")
    "zlotys": "PLN", "zloty": "PLN", "złotys": "PLN", "złoty": "PLN", "forints": "HUF", "forint": "HUF",
    "lei": "RON", "leva": "BGN",
    # ... and of the Balkan and Caucasus partners: "310 million lek", "25 million denars", "4 million lari" (round 21)
    "lek": "ALL", "leks": "ALL", "lekë": "ALL", "denars": "MKD", "denar": "MKD", "denari": "MKD", "lari": "GEL",
    "Swiss francs": "CHF", "francs": "CHF",
    # the CFA franc, Central Africa's or West Africa's as the partner uses one: "12 milliards de francs CFA" (round 28)
    "francs CFA": None, "franc CFA": None, "FCFA": None, "F CFA": None, "CFA francs": None, "CFA franc": None,
    # ... and the francs of Djibouti and Guinea as their budgets write them: "2 640 millions de FDJ", "francs Djibouti",
    # and the ouguiya without its nationality ("400 millions d'ouguiyas") (round 31)
    "FDJ": "DJF", "francs Djibouti": "DJF", "franc Djibouti": "DJF", "francs djiboutiens": "DJF",
    "Djibouti francs": "DJF", "francs guinéens": "GNF", "franc guinéen": "GNF", "Guinean francs": "GNF",
    "ouguiyas": "MRU", "ouguiya": "MRU",
    "C$": "CAD", "CA$": "CAD", "Can$": "CAD", "CDN$": "CAD",
    # Canadian French writes the country after the sign: "750 000 $ CA", "2 M$ US"
    "$ CA": "CAD", "$CA": "CAD", "$ CAN": "CAD", "$CAN": "CAD", "$ US": "USD", "$US": "USD",
    "A$": "AUD", "AU$": "AUD", "NZ$": "NZD", "S$": "SGD", "SG$": "SGD",
    # the ringgit as Malaysia writes it, before the number: "RM 12 million", "RM12 million" (round 31)
    "RM": "MYR", "ringgit": "MYR", "ringgits": "MYR",
    "AU dollars": "AUD", "Australian dollars": "AUD", "Canadian dollars": "CAD", "NZ dollars": "NZD",
    "New Zealand dollars": "NZD",
    # French
    "dollars américains": "USD", "dollars US": "USD", "dollars canadiens": "CAD", "dollars australiens": "AUD",
    "couronnes": None, "couronne": None, "livres sterling": "GBP", "livres": None,
    "dirhams": None, "dirham": None, "dinars": None, "dinar": None, "riyals": None, "rials": None, "riyal": None,
    "yens": "JPY", "livres égyptiennes": "EGP",
    # the currencies of the countries helped, by their nationality: "2 685 milliards de livres libanaises" (round 22)
    "livres libanaises": "LBP", "livre libanaise": "LBP", "livres syriennes": "SYP", "livre syrienne": "SYP",
    "livres turques": "TRY", "livre turque": "TRY", "dinars irakiens": "IQD", "dinar irakien": "IQD",
    "dinars jordaniens": "JOD", "dinar jordanien": "JOD", "wons": "KRW",
    # Arabic ("دولار" and "دينار" are the partner's own where it has one of that family)
    "دولار": None, "دولارا": None, "دولاراً": None, "دولارًا": None, "دولارات": None, "الدولارات": None,
    "دولار أمريكي": "USD", "دولار أميركي": "USD", "دولارات أمريكية": "USD", "دولار كندي": "CAD",
    "دولار أسترالي": "AUD", "يورو": "EUR", "اليوروهات": "EUR", "يوروهات": "EUR", "جنيه إسترليني": "GBP", "جنيه استرليني": "GBP",
    "جنيه": None, "إسترليني": "GBP", "استرليني": "GBP",  # "2.5 مليون استرليني": sterling without the pound
    "دينار": None, "دينارا": None, "دينارًا": None, "دنانير": None, "ريال": None, "ريالا": None, "ريالات": None,
    "درهم": None, "دراهم": None, "كرونة": None,
    # the press names a currency without its nationality, which babel always adds ("45 مليون زلوتي", "500 مليون ين")
    "زلوتي": "PLN", "فورنت": "HUF", "فورينت": "HUF", "ين": "JPY", "وون": "KRW", "فرنك": "CHF", "فرنكات": "CHF",
    "ليف": "BGN", "ليفا": "BGN",
    # ... and the ringgit in the spellings the press uses beside babel's "رينغيت" (round 31)
    "رينغت": "MYR", "رنجت": "MYR", "رينجت": "MYR", "رينغت ماليزي": "MYR", "رينجت ماليزي": "MYR",
    # the Maghreb's press spells the euro as it is said in French ("140 مليون أورو", without its hamza "اورو")
    "أورو": "EUR", "اورو": "EUR",
}

#: Which currency an ambiguous alias means, by family, for a partner that uses one of them.
CURRENCY_FAMILIES: dict[str, tuple[str, ...]] = {
    "dollars": ("USD", "CAD", "AUD", "NZD", "SGD"),
    "dollar": ("USD", "CAD", "AUD", "NZD", "SGD"),
    "$": ("USD", "CAD", "AUD", "NZD", "SGD"),
    "kroner": ("NOK", "DKK"),
    **dict.fromkeys(("francs cfa", "franc cfa", "fcfa", "f cfa", "cfa francs", "cfa franc"), ("XOF", "XAF")),
    "krone": ("NOK", "DKK"),
    "kr.": ("NOK", "DKK", "SEK"),
    "kr": ("NOK", "DKK", "SEK"),
    "crowns": ("CZK", "DKK", "NOK", "SEK", "ISK"),
    "couronnes": ("DKK", "NOK", "SEK", "CZK", "ISK"),
    # "169 millions de livres": the pound of the partner that has one, else sterling (read only after a scale word:
    # "500 livres de farine" weighs)
    "livres": ("GBP", "EGP"),
    "couronne": ("DKK", "NOK", "SEK", "CZK", "ISK"),
    "كرونة": ("DKK", "NOK", "SEK", "CZK", "ISK"),
    # the plural, as a table's unit gives it: "(بملايين الكرونات السويدية)" (round 24)
    **dict.fromkeys(("كرونات", "الكرونات"), ("DKK", "NOK", "SEK", "CZK", "ISK")),
    **dict.fromkeys(("دولار", "دولارا", "دولاراً", "دولارًا", "دولارات", "الدولارات"), ("USD", "CAD", "AUD", "NZD")),
    **dict.fromkeys(("دينار", "دينارا", "دينارًا", "دنانير", "dinars", "dinar"),
                    ("IQD", "JOD", "KWD", "TND", "BHD", "LYD")),
    **dict.fromkeys(("ريال", "ريالا", "ريالات", "riyals", "rials", "riyal"), ("SAR", "QAR", "OMR")),
    **dict.fromkeys(("درهم", "دراهم", "dirhams", "dirham"), ("AED", "MAD")),
    "جنيه": ("EGP", "GBP"),
}

# --- qualifiers ----------------------------------------------------------------------------------------------------

#: Hedge phrases written before a figure. A bound ("up to", "more than") wins over a softener ("approx.") when both
#: stand before the same figure.
HEDGES_BEFORE: dict[str, str] = {
    "up to": "at_most", "no more than": "at_most", "not more than": "at_most", "less than": "at_most",
    "fewer than": "at_most", "under": "at_most", "below": "at_most", "a maximum of": "at_most",
    "maximum of": "at_most", "maximum": "at_most", "at most": "at_most", "max.": "at_most", "not exceeding": "at_most",
    # a mandate's ceiling: "an upper limit of 700 deployed soldiers", "a cap of 500", "limited to 250"
    "an upper limit of": "at_most", "upper limit of": "at_most", "a ceiling of": "at_most", "ceiling of": "at_most",
    "a cap of": "at_most", "capped at": "at_most", "limited to": "at_most", "upper limit for sending": "at_most",
    "upper limit for deploying": "at_most", "limit for sending": "at_most",
    "un plafond de": "at_most", "plafond de": "at_most", "plafonné à": "at_most", "limité à": "at_most",
    "dans la limite de": "at_most", "حد أقصى قدره": "at_most",
    # a matching fund's bound and "less than" as an adjective: "jusqu'à concurrence de 7,5 millions $", "inférieur à
    # 150 millions d'euros" (round 19)
    "jusqu'à concurrence de": "at_most", "jusqu’à concurrence de": "at_most", "à concurrence de": "at_most",
    "inférieur à": "at_most", "inférieure à": "at_most", "inférieurs à": "at_most", "inférieures à": "at_most",
    "supérieur à": "at_least", "supérieure à": "at_least", "supérieurs à": "at_least", "supérieures à": "at_least",
    "more than": "at_least", "over": "at_least", "at least": "at_least", "in excess of": "at_least",
    "exceeds": "at_least", "exceeding": "at_least", "exceeded": "at_least", "above": "at_least",
    "exceed": "at_least", "surpass": "at_least", "surpasses": "at_least", "surpassed": "at_least",
    "surpassing": "at_least", "topped": "at_least", "tops": "at_least", "topping": "at_least",
    "upwards of": "at_least", "a minimum of": "at_least", "minimum of": "at_least", "well over": "at_least",
    "approximately": "approximate", "approx.": "approximate", "approx": "approximate", "about": "approximate",
    "around": "approximate", "close to": "approximate", "nearly": "approximate", "almost": "approximate",
    "some": "approximate", "roughly": "approximate", "circa": "approximate", "ca.": "approximate",
    "an estimated": "approximate", "estimated": "approximate",
    # ... with the noun of what is estimated between: "at an estimated cost of EUR 55 million" (round 29)
    "an estimated cost of": "approximate", "estimated cost of": "approximate", "an estimated total of": "approximate",
    "an estimated value of": "approximate", "estimated value of": "approximate", "just over": "approximate",
    "just under": "approximate", "around about": "approximate", "c.": "approximate", "~": "approximate",
    # French
    "jusqu'à": "at_most", "jusqu’à": "at_most", "au maximum": "at_most", "au plus": "at_most",
    "moins de": "at_most", "maximum de": "at_most", "plus de": "at_least", "plus d'": "at_least",
    "plus d’": "at_least", "au moins": "at_least", "pas moins de": "at_least", "au minimum": "at_least",
    "près de": "approximate", "près d'": "approximate", "près d’": "approximate", "environ": "approximate", "quelque": "approximate", "presque": "approximate",
    "autour de": "approximate", "de l'ordre de": "approximate", "de l’ordre de": "approximate",
    "approximativement": "approximate", "quasiment": "approximate", "dépasse": "at_least", "dépassent": "at_least",
    "dépassant": "at_least", "excède": "at_least", "estimé à": "approximate", "estimée à": "approximate",
    "estimated at": "approximate", "estimated to be": "approximate",
    # Arabic: "يصل إلى" caps a head count; before money it only says what the sum comes to (AMOUNT_TO)
    "يصل إلى": "at_most", "تصل إلى": "at_most", "ما يصل إلى": "at_most", "حتى": "at_most", "أقل من": "at_most",
    "بحد أقصى": "at_most", "أكثر من": "at_least", "ما يزيد على": "at_least", "ما يزيد عن": "at_least",
    "يزيد على": "at_least", "تزيد على": "at_least", "يزيد عن": "at_least", "أزيد من": "at_least",
    "ما لا يقل عن": "at_least", "لا يقل عن": "at_least", "على الأقل": "at_least", "حوالي": "approximate",
    "حوالى": "approximate", "بحوالي": "approximate", "نحو": "approximate", "بنحو": "approximate",
    "قرابة": "approximate", "زهاء": "approximate", "ما يقارب": "approximate", "يقارب": "approximate",
    "تقريبا": "approximate", "تقريباً": "approximate", "يتجاوز": "at_least", "تتجاوز": "at_least",
    "تجاوز": "at_least", "تجاوزت": "at_least", "فاق": "at_least", "فاقت": "at_least", "تخطى": "at_least",
    "تخطت": "at_least",
    "يفوق": "at_least", "تفوق": "at_least", "ما يقرب من": "approximate", "ما يناهز": "approximate",
    "يناهز": "approximate",
    # a running total that goes past a mark: "has passed CZK 1 billion", "crossed USD 500 million" (round 24)
    "passed": "at_least", "passes": "at_least", "passing": "at_least", "crossed": "at_least", "crosses": "at_least",
}

#: Cities whose name two countries share, the usual reading first: "Tripoli" is Libya's capital unless the same
#: sentence or heading names Lebanon, where aid pages more often mean its second city (round 22).
SHARED_CITY_NAMES: dict[str, tuple[str, ...]] = {"Tripoli": ("LY", "LB")}

#: Verbs that cap what follows their object: "plafonne la participation allemande à 350 soldats", "limits the
#: contingent to 500". The figure is at most that, and so is the earlier cap it is set against ("..., contre 500").
CAP_VERBS = ("plafonne", "plafonnent", "plafonnera", "plafonneront", "plafonnait", "limite", "limitent", "limitera",
             "limiteront", "limitait", "caps", "capped", "will cap", "limits", "will limit",
             # a ceiling raised or lowered, from the old count to the new: "lower the ceiling from 110 to 63 personnel",
             # "relève le plafond de 200 à 300 militaires" (round 15)
             "the ceiling", "its ceiling", "the cap", "the upper limit", "le plafond")

#: Arabic hedges are verbs, in the masculine and the feminine, and the press puts the verb's subject between it and
#: its preposition: "تزيد قيمتها على", "يزيد عددهم عن", "تقارب قيمتها".
_AR_HEDGE_VERBS = {"يزيد": "at_least", "تزيد": "at_least", "يتجاوز": "at_least", "تتجاوز": "at_least",
                   "يفوق": "at_least", "تفوق": "at_least", "يقارب": "approximate", "تقارب": "approximate",
                   "يناهز": "approximate", "تناهز": "approximate"}
_AR_HEDGE_SUBJECTS = ("قيمتها", "قيمته", "عددهم", "عددها", "عدده", "مجموعها", "حجمها", "إجماليها",
                      "قيمتها الإجمالية", "قيمته الإجمالية", "قيمتهما", "قيمتهما الإجمالية")
HEDGES_BEFORE.update({verb: sort for verb, sort in _AR_HEDGE_VERBS.items()})
HEDGES_BEFORE.update({
    f"{verb} {subject}{preposition}": sort
    for verb, sort in _AR_HEDGE_VERBS.items() for subject in _AR_HEDGE_SUBJECTS
    for preposition in ((" على", " عن") if sort == "at_least" and verb.endswith("زيد") else ("",))
})

# a mark passed: "يتجاوز مجموع ما قدمته ... حاجز 20 مليار كرونة", "تخطت عتبة المليار"
HEDGES_BEFORE.update({"حاجز": "at_least", "حاجزَ": "at_least", "عتبة": "at_least"})
# more Arabic hedges: "ما يربو على" and "ما ينيف على" (more than), "بحدود" and "في حدود" (around)
HEDGES_BEFORE.update({f"{verb} {preposition}": "at_least"
                      for verb in ("يربو", "تربو", "ينيف", "تنيف") for preposition in ("على", "عن")})
HEDGES_BEFORE.update({"بحدود": "approximate", "في حدود": "approximate"})
# a sum nearing a mark: "يقترب من ربع مليار دولار", "approaching $250 million", "avoisinant 250 millions"
HEDGES_BEFORE.update({"يقترب من": "approximate", "تقترب من": "approximate", "approaching": "approximate",
                      "nearing": "approximate", "avoisinant": "approximate", "avoisine": "approximate",
                      "avoisinent": "approximate", "frôlant": "approximate", "frôle": "approximate"})
# the estimated value of a gift in kind: "هبة تقدر قيمتها بـ5 ملايين دولار", "معدات قيمتها التقديرية" (round 20)
HEDGES_BEFORE.update({f"{verb} {subject}{preposition}": "approximate" for verb in ("تقدر", "يقدر", "قدرت")
                      for subject in ("قيمتها", "قيمته") for preposition in ("", " ب")})
HEDGES_BEFORE.update({"قيمتها التقديرية": "approximate", "بقيمة تقديرية": "approximate"})
# a bound negated is the other bound: "لا يتجاوز عددها 60", "ما لا يزيد على 60", "لا يتعدى 50"
HEDGES_BEFORE.update({
    f"لا {verb}{subject}{preposition}": "at_most"
    for verb in ("يزيد", "تزيد", "يتجاوز", "تتجاوز", "يتعدى", "تتعدى", "يفوق", "تفوق")
    for subject in ("", " عددهم", " عددها") for preposition in ((" على", " عن") if verb.endswith("زيد") else ("",))
})

# ... with the subject between the verb and its preposition: "وحدة تدريب يصل قوامها إلى 15 عسكريًا", "تصل قيمتها إلى"
# (round 22)
_AR_REACHES_TO = {f"{verb} {subject} إلى" for verb in ("يصل", "تصل", "سيصل", "ستصل")
                  for subject in ("قوامها", "قوامه", "عددهم", "عددها", "عدده", "حجمها", "حجمه", "قيمتها", "قيمته",
                                  "مجموعها", "إجماليها")}
HEDGES_BEFORE.update({reach: "at_most" for reach in _AR_REACHES_TO})

#: Hedges that cap a head count but, before money, only state what the amount comes to (-> exact).
AMOUNT_TO = frozenset({"يصل إلى", "تصل إلى", "ما يصل إلى", *_AR_REACHES_TO})

#: Hedge phrases written after a figure ("EUR 5 million or more").
HEDGES_AFTER: dict[str, str] = {
    "or more": "at_least", "and more": "at_least", "plus": "at_least", "+": "at_least", "and above": "at_least",
    "or less": "at_most", "at most": "at_most", "at the most": "at_most", "maximum": "at_most",
    "or so": "approximate",
    "au moins": "at_least", "au maximum": "at_most", "environ": "approximate",
    # "350 militaires au plus", "20 instructeurs tout au plus", "40 militaires au minimum" (round 26)
    "au plus": "at_most", "tout au plus": "at_most", "au minimum": "at_least",
    "على الأقل": "at_least", "تقريبا": "approximate", "تقريباً": "approximate", "تقريبًا": "approximate",
    "على أقصى تقدير": "at_most", "كحد أقصى": "at_most", "كحد أدنى": "at_least", "حدا أقصى": "at_most",
}

#: Words after "au plus" that make it say when or how strongly, not how many: "au plus tard le 1er mars", "au plus
#: fort de l'opération" (round 26).
AU_PLUS_ADVERBIAL = ("tard", "tôt", "fort", "vite", "près", "loin", "haut", "bas", "vrai")

#: Glue words allowed between a hedge and the figure ("up to a total of 110").
HEDGE_GLUE = ("a total of", "a total amount of", "the total amount of", "the total of", "an amount of", "a sum of",
              "total", "a contingent of", "the equivalent of", "in total",
              "un total de", "un montant de", "au total", "en tout", "بمبلغ", "مبلغ", "بقيمة", "قيمتها", "قدره",
              "قدرها",
              # an adverb after a verb of exceeding: "dépasse désormais 160 millions", "dépassent ainsi"
              "désormais", "ainsi", "déjà", "aujourd'hui", "aujourd’hui", "maintenant", "largement", "now",
              "already")

# --- periods -------------------------------------------------------------------------------------------------------

#: Phrases meaning "per year". Compiled case-insensitively, matched near the figure.
ANNUAL_PATTERNS: tuple[str, ...] = (
    r"annually", r"per\s+(?:year|annum)", r"a\s+year", r"each\s+year", r"every\s+year", r"yearly",
    r"annual", r"p\.\s?a\.", r"/\s?year",
    r"par\s+an", r"par\s+année", r"chaque\s+année", r"tous\s+les\s+ans", r"annuellement", r"annuel(?:le)?s?",
    r"سنوي[اًًٌ]*", r"سنوي", r"كل\s+(?:عام|سنة)",
    # the adjective of the contribution: "مساهمتها السنوية البالغة", "بمساهمة سنوية قدرها"
    r"(?:ال)?سنوية", r"ف[يى]\s+السنة(?!\s+(?:المالية|الجارية|الحالية|الماضية|المقبلة|القادمة))",
)

#: A year the text does not name ("this financial year", "l'an dernier", "العام الماضي"): the figure's period is
#: one year, but which is unknown, so it stays empty, and no "since" further off is taken instead.
#: A section heading that ends with the year it speaks of ("Nos bailleurs institutionnels en 2021", "Pledges for
#: 2022"): it dates the headings and items under it. A dateline names a day or a place before its year instead.
YEAR_HEADING_END = (r"\s(?:(?:en|in|pour|for|au\s+titre\s+de|durant|during)\s+"
                    # Arabic: "تعهّدات بلغاريا لعام ٢٠٢٦", "مساهماتنا في عام 2025" (round 19)
                    r"|(?:في\s+|خلال\s+)?(?:ل|ال|لل)?(?:عام|سنة)\s+)(?:19|20)\d\d$")

#: A chronology's year on a line of its own, with a dash or a colon, over the events of that year: "2014 —",
#: "2016:", "٢٠١٤ —" (round 23). Read on the scanned copy, whose digits are Latin.
YEAR_LINE = r"\s*(?:19|20)\d\d\s*[:—–-]\s*"

#: The label of an activity record's country field, whose value is where every sum of the record goes: "Recipient
#: country: Iraq (100%)", "Country: Syria", "Pays bénéficiaire : Liban" (round 23).
RECIPIENT_COUNTRY_LABEL = (r"(?:recipient\s+countr(?:y|ies)(?:\s*/\s*region)?|countr(?:y|ies)\s+of\s+implementation"
                           r"|pays\s+(?:bénéficiaires?|d['’]intervention))")

#: Where a partner's forces serve on missions that are not the coalition's: a defence ministry's overview of all its
#: deployments lists them beside Iraq (KFOR in Kosovo, EUFOR in Bosnia, the brigade in Lithuania, UNMISS in South
#: Sudan, UNFICYP in Cyprus), and their head counts and costs are no claims (round 25).
OUTSIDE_THEATRE_PLACES = frozenset({"XK", "BA", "RS", "MK", "LT", "LV", "EE", "PL", "RO", "SK", "HU", "BG", "MD", "SS",
                                    "CY",
                                    # the Gambia, where ECOWAS keeps its mission (round 31)
                                    "GM",
                                    # NATO's missions in Afghanistan, in a story that also extends one in Iraq: "زيادة عدد
                                    # الجنود المشاركين في المهمة في أفغانستان من 980 جندي ... إلى 1300" (real press)
                                    "AF"})
#: French nouns of money: "livres" before them are pounds, not a weight ("12 millions de livres d'aide") (round 26).
MONEY_NOUNS_FR = ("aide", "aides", "assistance", "financements?", "soutien", "contributions?", "subventions?", "dons",
                  "prêts?", "crédits", "investissements?", "fonds", "budget", "dépenses")

#: The countries where the coalition's own forces serve: a paragraph that names one of them and ends on a sentence
#: about another mission ("Par ailleurs, environ 900 militaires ... en Estonie") mixes the two (round 26).
THEATRE_PLACES = frozenset({"IQ", "SY", "JO", "KW"})
#: ... and the seas of its naval missions: "Area of operations: Mediterranean Sea", "Red Sea, Gulf of Aden".
OUTSIDE_THEATRE_WATERS = (r"Mediterranean(?:\s+Sea)?|Red\s+Sea|Gulf\s+of\s+Aden|Baltic\s+Sea|North\s+Sea|Indian\s+Ocean"
                          r"|Horn\s+of\s+Africa|(?:mer\s+)?Méditerranée|mer\s+Rouge|golfe\s+d['’]Aden"
                          r"|البحر\s+(?:الأبيض\s+)?المتوسط|البحر\s+الأحمر|خليج\s+عدن"
                          # ... or the operations themselves, and NATO's forward presence, which name no country (round 26)
                          r"|(?:Operation|opération|EUNAVFOR)\s+(?:Atalanta|Aspides|Irini|Sea\s+Guardian)"
                          r"|عملية\s+(?:أتالانتا|اتالانتا|أسبيدس|إيريني|ايريني)"
                          r"|(?:enhanced\s+)?forward\s+presence|présence\s+avancée(?:\s+renforcée)?"
                          r"|(?:ال)?(?:وجود|حضور)\s+(?:ال)?(?:متقدم|أمامي)")

#: The bodies whose missions those are, named in a figure's own clause beside such a place: "في قوة الأمم المتحدة لحفظ
#: السلام في قبرص", "UN peacekeeping force in Cyprus", "بعثة الأمم المتحدة في جنوب السودان" (round 26).
OUTSIDE_THEATRE_BODIES = (r"(?<!\w)(?:ال)?(?:أمم\s+المتحدة|حفظ\s+السلام|ناتو|حلف\s+شمال\s+الأطلسي|كفور|كيفور|يوفور)(?!\w)"
                          r"|\b(?:UN|NATO|OTAN|ONU|KFOR|EUFOR)\b|United\s+Nations|[Pp]eacekeep|Nations\s+unies"
                          r"|maintien\s+de\s+la\s+paix|[Cc]asques\s+bleus")

#: The coalition's own operations, named in a figure's clause: such a figure serves in its theatre, whatever other
#: mission its paragraph names ("١٢٠ من منتسبي قوة دفاع البحرين في عمليات التحالف، ولا يشمل ... البحر الأحمر") (round 26).
COALITION_OPERATION = (r"(?<!\w)(?:ال)?تحالف\s+(?:ال)?دولي|عمليات\s+(?:ال)?تحالف|(?:ال)?عزم\s+(?:ال)?صلب|(?<!\w)داعش(?!\w)"
                       r"|\b[Cc]oalition\s+(?:operations?|forces|mission)|\bInherent\s+Resolve|\b(?:Daesh|ISIS|ISIL|Daech)\b"
                       r"|opérations?\s+de\s+la\s+[Cc]oalition")

#: ... and the names of those missions, which a sentence may give without their country: "Finland's KFOR contingent
#: numbers some 20 soldiers", "eight personnel with the UN Mission in South Sudan"; a paragraph that names Iraq may end
#: on a sentence about one (round 26).
OUTSIDE_THEATRE_MISSIONS = (
    r"\bKFOR\b|\bEUFOR\b|\bUNMISS\b|\bUNFICYP\b|UN\s+Peacekeeping\s+Force\s+in\s+Cyprus"
    r"|\bMultinational\s+Force\s+and\s+Observers\b|(?i:enhanced\s+Forward\s+Presence)|(?i:Forward\s+Land\s+Forces)"
    r"|\bBaltic\s+Air\s+Policing\b|\bOperation\s+(?:Aspides|Atalanta|Irini|Sea\s+Guardian)\b|\bEUNAVFOR\b"
    # ... in French and Arabic too: "la présence avancée de l'OTAN en Estonie", "الحضور الأمامي المعزز" (round 26)
    r"|(?i:présence\s+avancée)|\bMINUSS\b|(?i:opération\s+(?:Aspides|Atalanta|Irini|Sea\s+Guardian))|الحضور\s+الأمامي"
    # ... NATO's air policing and the Baltic states it guards, however named: "la police du ciel au-dessus des pays
    # baltes", "NATO air policing over the Baltic states" (round 27)
    r"|(?i:police\s+du\s+ciel|\bair\s+policing\b|pays\s+baltes|\bBaltic\s+states\b|États\s+baltes)"
    # ... or all of them at once: "about 520 Finnish peacekeepers to serve abroad in all operations", "across all its
    # missions"
    r"|(?i:\b(?:in|across)\s+all\s+(?:its\s+|their\s+|our\s+)?(?:operations|missions|deployments)\b"
    r"(?!\s+(?:against|of\s+the\s+coalition|in\s+Iraq)))"
    # ... ECOWAS's in the Gambia and the UN's in Kosovo, by their acronyms: "250 soldats sénégalais ... de la Mission
    # de la CEDEAO en Gambie (ECOMIG)", "la MINUK" (round 31). Not UNIFIL: the gold pages count its troops in Lebanon.
    r"|\b(?:ECOMIG|UNMIK|MINUK)\b"
    # ... and KFOR and EUFOR as the Arabic press spells them: "نحو 780 جندياً ضمن قوة كفور" (round 32)
    r"|(?<!\w)(?:ال)?(?:كفور|كيفور|يوفور)(?!\w)"
)

#: Words right after a sum that make it a conversion of a sum the page gave in another currency: "corresponds to
#: approximately USD 8.6 million at the exchange rate of 10.45 SEK per USD" (round 25).
CONVERTED_AFTER = (r"\s*(?:\(|,)?\s*(?:at|using)\s+(?:the|an|a|today['’]s|current)\s+(?:\w+\s+)?exchange\s+rate",
                   r"\s*(?:\(|,)?\s*(?:au|selon\s+le)\s+taux\s+de\s+change", r"\s*(?:\(|،)?\s*(?:وفق|حسب|ب)\s*سعر\s+(?:ال)?صرف")

#: The opening words of an agreement's title, which names where all its money goes and what for: "Agreement between the
#: Government of Sweden and UNICEF on humanitarian ... support in Nineveh Governorate, Iraq" (round 25).
AGREEMENT_TITLE = (r"(?:(?:grant|contribution|financing|loan|funding|specific|administrative)\s+)?(?:agreement|arrangement)"
                   r"|memorandum\s+of\s+understanding|(?:accord|convention|arrangement)\s+(?:de\s+(?:financement|"
                   r"subvention|contribution|don)\s+)?entre|(?:ال)?اتفاقي(?:ة|ه)|مذكرة\s+تفاهم")

#: The header of a table's column of years, one per row: "Year", "Fiscal year", "Année", "السنة" (round 25).
YEAR_COLUMN_LABELS = r"(?:fiscal\s+|calendar\s+)?year|année|exercice|(?:ال)?سنة|العام"

#: A note in brackets after a table row's year, which says what its sum is: "2026 (budgeted)", "2026 (prévision)"
#: (round 29).
YEAR_NOTE = r"(?:[ \t]*\([^\W\d_][^()\d\n]{0,29}\))?"

#: The gap between two columns of a plain-text table: two spaces or more, or a tab (round 26).
COLUMN_GAP = r"(?:[ \t]*\t[ \t]*|[ \t]{2,})"


UNNAMED_YEAR_PATTERNS: tuple[str, ...] = (
    r"this\s+(?:financial\s+|fiscal\s+)?year", r"last\s+(?:financial\s+|fiscal\s+)?year", r"next\s+year",
    r"cette\s+année", r"l['’]an\s+dernier", r"l['’]année\s+dernière", r"l['’]an\s+prochain",
    r"هذا\s+العام", r"العام\s+الماضي", r"العام\s+المقبل", r"العام\s+الحالي",
    # "the current year": "في العام الجاري", "في السنة الجارية", "l'année en cours", "the current year"
    r"العام\s+(?:الجاري|القادم)", r"السنة\s+(?:الجارية|الحالية|الماضية|المقبلة|القادمة)", r"هذه\s+السنة",
    r"l['’]année\s+en\s+cours", r"the\s+current\s+(?:financial\s+|fiscal\s+)?year",
)

#: Words that put a head count at the present time ("today around sixty remain"): before it and after any year of
#: its scope, they leave it with no year.
PRESENT_TIME: tuple[str, ...] = (
    r"today", r"now", r"currently", r"at\s+present", r"aujourd['’]hui", r"actuellement", r"à\s+présent",
    r"حاليا", r"حالياً", r"حاليًا", r"اليوم",
    # those still serving, after a total that served since a year: "وما زال نحو 200 منهم", "ولا يزال 150" (round 26)
    r"ما\s+(?:زال|زالت|زالوا|يزال|تزال)", r"وما\s+(?:زال|زالت|زالوا|يزال|تزال)", r"لا\s+(?:يزال|تزال|يزالون)",
    r"ولا\s+(?:يزال|تزال|يزالون)",
)

#: "in the last 5 years" and its variants: read as annual (see the module docs of :mod:`.steps`); "over the past
#: five years" is a total over them (:data:`CUMULATIVE_PATTERNS`).
WINDOW_PATTERN = r"(?:in|during)\s+the\s+(?:last|past|previous)\s+(?P<n>\d{1,2}|[a-z]+)\s+years"

#: Phrases meaning "a total over several years" without a first year.
CUMULATIVE_PATTERNS: tuple[str, ...] = (
    r"in\s+total", r"so\s+far", r"to\s+date", r"overall", r"altogether", r"cumulative(?:ly)?",
    r"in\s+all", r"all\s+together", r"since\s+the\s+(?:start|beginning)", r"total(?:ling|ing)?\s+of",
    # since a crisis broke out, without its year: "since the outbreak of the violence", "since the conflict began",
    # "depuis le déclenchement de la crise", "منذ بدء أعمال العنف", "منذ اندلاع الأزمة"
    r"since\s+the\s+(?:outbreak|onset|eruption)", r"since\s+the\s+(?:\w+\s+){1,3}?(?:began|started|broke\s+out|erupted)",
    r"depuis\s+(?:le\s+déclenchement|l['’]éclatement)",
    # what a new sum brings the partner's total to: "This brings Denmark's total to", "porte l'effort danois à"
    # (not "porte sa contribution 2016 à", a change of one year's sum)
    r"brings?\s+(?:\S+\s+){0,3}?total(?:\s+(?:contributions?|support|aid|assistance|funding))?\s+to",
    r"bringing\s+(?:\S+\s+){0,3}?total(?:\s+(?:contributions?|support|aid|assistance|funding))?\s+to",
    # ... with what the total is of between: "brings the total given to Iraq by the Dutch government to"
    r"(?:brings?|bringing)\s+(?:\S+\s+){0,3}?total\s+(?:given|provided|contributed|pledged|committed|allocated|"
    r"disbursed|donated)\b",
    r"port(?:e|ent|ant|era|eront)\s+(?:l['’]|le\s+|son\s+|notre\s+|leur\s+)(?:effort|total)\s+(?:\S+\s+){0,2}?à",
    # ... or takes it to: "takes the UK's total contribution to the crisis to", "This takes the UK's response to"
    r"tak(?:es|ing)\s+(?:\S+\s+){0,3}?total\b",
    r"(?:tak(?:es|ing)|brings?|bringing)\s+(?:the\s+)?(?:\S+['’]s|our|its|their)\s+(?:overall\s+)?(?:\w+\s+)?"
    r"(?:response|contribution|support|aid|assistance|funding)\s+to\b",
    # (not a loan's repayment term: "up to EUR 60 million, repayable over 30 years" (round 22))
    r"over(?<!repayable\sover)(?<!repaid\sover)(?<!amorti[sz]ed\sover)(?<!reimbursed\sover)\s+(?:the\s+)?"
    r"(?:course\s+of\s+(?:the\s+)?)?(?:next\s+|coming\s+|following\s+|past\s+|last\s+|previous\s+)?"
    r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:financial\s+|fiscal\s+|budget\s+)?years",
    r"over\s+a\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)-year\s+period",
    # a "three-year" programme; each opens with its own letter or a digit, so the pass can be gated (attributes.py)
    r"\d{1,2}[- ]year(?![- ]old)", r"two[- ]year(?![- ]old)", r"three[- ]year(?![- ]old)",
    r"four[- ]year(?![- ]old)", r"five[- ]year(?![- ]old)", r"six[- ]year(?![- ]old)", r"seven[- ]year(?![- ]old)",
    r"eight[- ]year(?![- ]old)", r"nine[- ]year(?![- ]old)", r"ten[- ]year(?![- ]old)", r"multi-?year",
    r"au\s+total", r"en\s+tout", r"à\s+ce\s+jour", r"jusqu['’]à\s+présent", r"jusqu['’]ici", r"depuis\s+le\s+début",
    # (nor in French: "remboursable sur 30 ans dont 10 ans de grâce" (round 23))
    r"sur(?<!remboursable\ssur)(?<!remboursables\ssur)(?<!amortissable\ssur)(?<!amortissables\ssur)"
    r"(?<!remboursé\ssur)(?<!remboursée\ssur)(?<!remboursés\ssur)(?<!remboursées\ssur)"
    r"\s+(?:les\s+)?(?:\d{1,2}\s+|deux\s+|trois\s+|quatre\s+|cinq\s+|dix\s+)"
    r"(?:prochaines\s+|dernières\s+|prochains\s+|derniers\s+)?"
    # ... also budget years: "Sur les deux exercices, la Belgique a décaissé" (round 23)
    r"(?:ans|années|exercices)", r"au\s+cours\s+des\s+(?:\d{1,2}|deux|trois|quatre|cinq|dix)\s+(?:dernières|prochaines)"
    r"\s+années",
    # "dans les cinq prochaines années", "pendant les trois années à venir", "pour les quatre prochaines années"
    r"(?:dans|pendant|pour|durant)\s+les\s+(?:\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+"
    r"(?:prochaines\s+années|années\s+(?:à\s+venir|suivantes))",
    r"إجمالي", r"إجمالا", r"إجمالاً", r"في\s+المجموع", r"مجموع", r"حتى\s+الآن", r"منذ\s+بداية",
    r"و?منذ\s+(?:بدء|اندلاع|نشوب)",
    # since the year named before: "منذ ذلك العام", "منذ ذلك الحين" (the first year comes from the sentence)
    r"منذ\s+ذلك\s+(?:العام|الحين|التاريخ|الوقت)",
    # ... with "and" glued, and in English and French: "ومنذ ذلك العام قدّمنا", "since then", "depuis lors" (round 21)
    r"ومنذ\s+ذلك\s+(?:العام|الحين|التاريخ|الوقت)", r"since\s+then", r"depuis\s+(?:lors|cette\s+date|cette\s+année)",
    r"وإجمالي", r"ومجموع",  # "and" glued: "وإجمالي الدعم المقدم ... إلى 209.9 مليون يورو"
    r"على\s+(?:مدى|مدار)\s+\S+\s+(?:سنوات|أعوام|سنة|عاما|عامًا|عاماً)",
    # the dual carries its own "two": "على مدى عامين", "خلال السنتين المقبلتين"
    r"على\s+(?:مدى|مدار)\s+(?:ال)?(?:عامين|سنتين)", r"خلال\s+(?:ال)?(?:عامين|سنتين)", r"لمدة\s+(?:ال)?(?:عامين|سنتين)",
    # the years before their count: "على مدى السنوات الثلاث المقبلة", "خلال الأعوام الخمسة الماضية"; "على مدار" is
    # "على مدى" too (round 20)
    r"و?(?:على\s+(?:مدى|مدار)|خلال)\s+(?:ال)?(?:سنوات|أعوام)\s+(?:ال)?\S+\s+(?:الماضية|المقبلة|القادمة|الأخيرة)",
    # decades: "خلال العقدين الماضيين", "على مدى العقد الماضي", "خلال العقود الثلاثة الأخيرة" (round 23)
    r"و?(?:على\s+(?:مدى|مدار)|خلال)\s+(?:ال)?(?:عقدين|عقد|عقود)(?:\s+(?:ال)?\S+)?\s+(?:ال)?(?:ماضيين|ماض[يى]|ماضية"
    r"|أخيرين|أخير|أخيرة|مقبلين|مقبل|مقبلة|قادمين|قادم|قادمة)(?!\w)",
    # the years of a campaign, a war or a mission: "خدم نحو 250 عسكرياً على مدى سنوات الحملة", "طوال سنوات الحرب"
    # (round 24)
    r"و?(?:على\s+(?:مدى|مدار)|طوال|طيلة)\s+(?:ال)?(?:سنوات|أعوام)\s+(?:ال)?(?:حملة|حرب|مهمة|أزمة|نزاع|صراع|مشاركة"
    r"|عمليات)(?!\w)",
)

MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)

MONTHS_FR = "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
MONTHS_AR = (
    "يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون\\s+الثاني|شباط|آذار|"
    "نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين\\s+الأول|تشرين\\s+الثاني|كانون\\s+الأول"
)

# --- people --------------------------------------------------------------------------------------------------------

#: Nouns that make a number a head count of the partner's own people. Longest phrases first when compiled.
PERSONNEL_NOUNS: tuple[str, ...] = (
    "staff officers", "staff officer", "service members", "servicemembers", "military personnel",
    # a force's name before its people: "120 New Zealand Defence Force personnel"
    "defence force personnel", "defense force personnel", "armed forces personnel", "defence force troops",
    "military advisers", "military advisors", "military trainers", "police officers", "police advisers",
    "police advisors", "civilian experts", "civilian staff", "special forces", "special operations forces",
    "personnel", "troops", "soldiers", "men and women", "trainers", "instructors", "advisers", "advisors", "mentors",
    "engineers", "officers", "officer", "staff", "experts", "specialists", "medics", "servicemen",
    "servicewomen", "service personnel", "police", "gendarmes", "carabinieri", "marines", "paratroopers",
    "pilots", "sailors", "airmen", "military staff", "liaison officers", "deminers", "seconded experts",
    "secondees", "members of the armed forces", "military observers", "people in uniform",
    # members named by the force they belong to: "up to 110 members of the Defence Forces may serve" (round 15)
    "members of the defence forces", "members of the defense forces", "members of the defence force",
    "members of the defense force", "members of the military",
    # ... and the force's name before its members: "up to 300 Canadian Armed Forces members in Iraq" (round 27)
    "armed forces members", "defence forces members", "defense forces members", "defence force members",
    "defense force members",
    # "military" as a noun, known by the verb after it: "about 500 Portuguese military have served in Iraq" (round 16)
    "military have", "military has", "military are", "military were", "military serve", "military served",
    # French
    "militaires", "militaire", "soldats", "hommes", "formateurs", "instructeurs", "conseillers", "personnels",
    "experts civils", "experts", "policiers", "officiers", "carabiniers", "membres des forces armées",
    # staff named as members of it: "environ 250 membres du personnel du commandement", "40 staff members"
    "membres du personnel", "staff members", "members of staff",
    "aviateurs", "marins", "gardes civils", "médecins", "infirmiers", "démineurs",
    # soldiers named by their arm or corps, as French press counts them: "Nous étions 180 marsouins", "220
    # légionnaires", "150 parachutistes", "30 sapeurs" (round 30)
    "marsouins", "légionnaires", "parachutistes", "sapeurs", "artilleurs", "chasseurs alpins", "fusiliers marins",
    "commandos marine",
    # a medical or technical team's members (round 17)
    "spécialistes", "infirmières", "chirurgiens",
    # an air detachment's crews, as English counts its pilots: "85 aviateurs, dont 12 pilotes et 30 mécaniciens"
    # (round 31)
    "pilotes", "mécaniciens", "contrôleurs aériens", "membres d'équipage", "membres d’équipage", "navigants",
    "people", "persons", "personnes", "members", "membres", "men", "forces spéciales", "casques bleus",
    # ... and in Arabic, persons only when sent or in a unit ("فريق طبي من 14 شخصاً"), and a government's "our men and
    # women" ("يخدم هناك اليوم نحو 130 من رجالنا ونسائنا") (round 29)
    "شخص", "شخصا", "شخصاً", "شخصًا", "أشخاص", "رجالنا", "نسائنا",
    # Arabic, with the tanween, plural and case forms press text uses
    "جندي", "جنديا", "جندياً", "جنديًا", "جنود", "عسكري", "عسكريا", "عسكرياً", "عسكريًا", "عسكريين", "عسكريون",
    # women and men named together: "بنحو 500 جندية وجندي", "جنديات وجنود"
    "جندية وجندي", "جنديات وجنود", "جندية", "جنديات",
    "مدرب", "مدربا", "مدرباً", "مدربًا", "مدربين", "مدربون", "عنصر", "عنصرا", "عنصراً", "عنصرًا", "عناصر",
    "فرد", "فردا", "فرداً", "فردًا", "أفراد", "ضابط", "ضابطا", "ضابطاً", "ضباط", "خبير", "خبيرا", "خبيراً", "خبيرًا",
    "خبراء", "مستشار", "مستشارا", "مستشاراً", "مستشارين", "مستشارون", "شرطي", "شرطيا", "شرطياً",
    "طبيب", "طبيبا", "طبيباً", "طبيبًا", "أطباء", "طيار", "طيارا", "طياراً", "طيارين",
    "مهندس", "مهندسا", "مهندساً", "مهندسين", "مهندسون",
    # the feminine plurals: "ثلاث خبيرات من وحدة الاستجابة للأزمات", "أربع مدربات" (round 32); not "طيارات", which
    # is also "aircraft"
    "خبيرات", "مدربات", "طبيبات", "مستشارات", "ضابطات", "مهندسات", "ممرضات", "شرطيات", "عسكريات",
    # a ship's crew: "فرقاطتان و390 بحاراً" (round 25)
    "بحار", "بحارا", "بحاراً", "بحارًا", "بحارة",
    # English medical and air crews
    "doctors", "nurses", "aircrew",
    # reserve soldiers serving in a contingent: "Some 130 soldiers, among them 35 reservists" (round 18)
    "reservists",
    # members of the partner's forces, named by what they belong to ("نحو ٣٠٠ من منتسبيها")
    "منتسبيها", "منتسبيه", "منتسبي", "منتسبا", "منتسباً", "منتسبين",
    # cadres, as Moroccan and Gulf press count staff ("أزيد من 2800 إطار", "٤٥ من الكوادر الطبية")
    "إطار", "إطارا", "إطاراً", "أطر", "كادر", "كادرا", "كادراً", "كوادر", "الكوادر", "ممرض", "ممرضا", "ممرضاً", "ممرضين",
    # the same in French, known by what follows ("3 cadres juridiques" are frameworks), and the officers a partner
    # lends another army (round 18: "1 600 cadres des FAR", "passera de 40 à 25 coopérants")
    "cadres des", "cadres de santé", "cadres militaires", "cadres médicaux", "cadres et personnels", "coopérants",
    # the partner's own forces after "من": "إرسال نحو 100 من قواتها إلى شمال العراق", "300 من جنودها"
    "قواتها", "قواته", "قواتنا", "جنودها", "جنوده", "جنودنا", "عناصرها", "أفرادها", "عسكرييها", "عسكرييه",
    # ... and the people a government calls its own: "عاد أمس 110 من أفرادنا", "30 من مدربينا" (round 30)
    "أفرادنا", "عناصرنا", "عسكريينا", "مدربينا", "ضباطنا", "مستشارينا", "خبرائنا", "منتسبينا",
    # a contingent counted in troops: "half of its 1,500 troop contingent"
    "troop contingent",
    # the people with the article after "من": "نحو 320 من الجنود", "200 من المدربين", and the marines ("من مشاة
    # البحرية", "المارينز")
    "الجنود", "العسكريين", "المدربين", "المستشارين", "الخبراء", "الضباط", "الأفراد", "العناصر", "المنتسبين",
    "مشاة البحرية", "المارينز", "جنود المارينز",
    # one person seconded, in the singular: "one civilian border management expert to the EU Advisory Mission in
    # Iraq", "a single police adviser" (round 22)
    "expert", "civilian expert", "seconded expert", "adviser", "advisor", "police adviser", "police advisor",
    "trainer", "instructor", "specialist",
    # soldiers serving in a UN force: "around 200 peacekeepers with UNIFIL" (round 23)
    "peacekeepers", "peacekeeper", "blue helmets",
)

#: Words that make a head count "since" a year the sum of the people who took turns, not a strength at one time.
ROTATION_WORDS = (r"(?<!\w)[وف]?(?:تعاقب|تعاقبت|يتعاقب|تتعاقب|تناوب|تناوبت)(?!\w)", r"\brotated\s+through\b",
                  r"\bhave\s+rotated\b", r"se\s+sont\s+succédé", r"\bin\s+(?:successive|consecutive)\s+rotations\b",
                  r"se\s+sont\s+relayée?s",
                  # ... also with "y": "quelque 430 militaires slovaques s'y sont relayés depuis 2018" (round 32)
                  r"s['’]y\s+sont\s+(?:relayée?s|succédée?s?)\b",
                  # "a déployé en Irak plus de 7 000 militaires par rotations successives depuis cette date" (round 26)
                  r"\b(?:par|en|au\s+fil\s+des)\s+rotations(?:\s+successives)?\b",
                  # the past "served" (not the present "يخدم"): "وقد خدم في العراق منذ عام 2015 ما يزيد على 250 جنديًا"
                  # (round 22)
                  r"(?<!\w)[وف]?(?:قد\s+)?(?:خدم|خدمت|خدموا)(?!\w)",
                  # ... and "in rotation": "نشرت نيوزيلندا منذ عام 2015 أكثر من 1,000 عسكري بالتناوب" (round 31)
                  r"(?<!\w)و?(?:ب|على\s+)(?:ال)?تناوب(?!\w)")
#: Arabic duals of personnel nouns, which carry their own "two" ("بضابطي أركان", "خبيرين", "ضابطان"); only the
#: forms no plural or singular shares ("مدربين" is also "trainers", "ضابطا" also "an officer"). Regular expressions.
DUAL_PERSONNEL_NOUNS: tuple[str, ...] = (
    "ضابطان", "ضابطين", "ضابطي", "خبيران", "خبيرين", "خبيري", "جنديان", "جنديين", "مستشاران", "مدربان",
    "طبيبان", "طبيبين", "عسكريان", "طياران",
    # "ضابطا" is "an officer" too, but not before the post that names the pair ("ضابطا اتصال", "ضابطا أركان")
    r"ضابطا(?=\s+(?:اتصال|ارتباط|أركان)(?!\w))",
    "شرطيان", "مهندسان",
    # a form the plural shares, made a pair by the "two" after it: "شرطيين اثنين", "مدربين اثنين" (round 18)
    r"(?:شرطيين|مدربين|مهندسين|عسكريين|مستشارين)(?=\s+(?:اثنين|اثنان)(?!\w))",
    # the feminine duals, which no plural shares: "خبيرتين آيسلنديتين", "مستشارتان", "بضابطتين" (round 21)
    "خبيرتان", "خبيرتين", "مستشارتان", "مستشارتين", "طبيبتان", "طبيبتين", "ضابطتان", "ضابطتين", "مدربتان",
    "مدربتين", "ممرضتان", "ممرضتين", "مهندستان", "مهندستين",
)

#: Words after a number that point back to the head count just stated: "200 of them", "200 d'entre eux".
REFERRING_PERSONNEL = (r"of\s+them|d['’]entre\s+(?:eux|elles)|منهم|من\s+(?:هؤلاء|بينهم)"
                       # a speech to the troops: "environ 250 d'entre vous servent au Koweït" (round 21)
                       r"|d['’]entre\s+vous|of\s+you(?!\w)")
#: French "en" before a verb of sending points back to the people just counted, whose noun it leaves out: "quatre
#: officiers ... et nous sommes prêts à en envoyer jusqu'à dix", "il en déploiera 40 de plus" (round 22).
REFERRING_EN_VERBS = (r"envoyer", r"déployer", r"ajouter", r"dépêcher", r"affecter", r"enverra", r"enverrons",
                      r"enverront", r"déploiera", r"déploierons", r"déploieront", r"ajoutera", r"ajouterons",
                      r"envoie", r"envoient", r"déploie", r"déploient", r"compte", r"comptera", r"comptait")
#: A demonstrative that points back to the head count just stated, as the subject of its change: "Ces effectifs
#: seront portés à 80", "This number will rise to 120", "وسيرتفع هذا العدد إلى 80".
REFERRING_TOTAL = (r"(?:ces\s+effectifs|cet\s+effectif|ce\s+nombre|ce\s+chiffre|ce\s+contingent|this\s+number"
                   r"|this\s+figure|these\s+numbers|this\s+contingent|this\s+force|هذا\s+العدد|هذه\s+القوة"
                   # the people's own number: "from next spring their number will rise to 20" (round 18)
                   r"|their\s+numbers?"
                   # the same in Arabic: "وسيرتفع عددهم إلى 200", "وأن العدد سيرتفع إلى نحو 120" (round 21)
                   r"|عدد(?:هم|هن)|وعدد(?:هم|هن)|العدد(?=\s+(?:[سيت]|إلى|الى|من))|والعدد(?=\s+(?:[سيت]|إلى|الى|من))"
                   # their sum, said after them: "Across Iraq and Kuwait, that makes roughly 830", "this brings the
                   # total to 190" (round 21)
                   r"|(?:that|this)\s+(?:makes|brings\s+the\s+total)"
                   # "that" or "the number" as the subject of a change to a new count: "we have 11 officers in Iraq
                   # today, and from January that rises to 14", "the number goes up to 20 in May" (round 27)
                   r"|(?:that|the\s+number)(?=\s+(?:will\s+)?(?:rises?|grows?|increases?|falls?|drops?|goes\s+(?:up|down)|"
                   r"go\s+(?:up|down))\s+to\b))")

#: What a text must hold for a unit's count with no noun to be looked for (see UNIT_COUNT_LEADS). Lower case.
UNIT_COUNT_KEYS = ("deployment of", "contingent of", "detachment of", "force of", "team of", "staff of",
                   "déploiement d", "contingent d", "détachement d", "équipe d", "قوام",
                   # a military unit named for its task or size (round 23)
                   "task group of", "battalion of", "squadron of",
                   # the people a new contingent relieves (round 24)
                   "relève les", "relèvent les", "remplace les", "remplacent les", "relieve the", "relieves the",
                   "relieving the", "replace the", "replaces the", "replacing the", "over from the", "succeed")

#: Nouns that count people of any sort; a number before them is a head count only after a verb of sending.
WEAK_PERSONNEL_NOUNS = frozenset({"people", "persons", "personnes", "members", "membres", "men",
                                  "شخص", "شخصا", "شخصاً", "شخصًا", "أشخاص"})
#: English plural nouns of nationality that are no "-an"/"-i" plus "s": "143 New Zealanders" counts people of the
#: partner (round 24). Only for head counts: as places they would make co-operators ("alongside 100 New Zealanders")
#: destinations.
PEOPLE_PLURALS: dict[str, str] = {"New Zealanders": "NZ", "Poles": "PL", "Britons": "GB", "Spaniards": "ES"}
#: A unit whose people a weak noun counts ("le détachement d'instruction passera de 30 à 20 personnes").
#: Headers of a table column of head counts ("Base | Pays | Effectif", "Base | Country | Troops"): each number under
#: them is a head count of the row.
HEADCOUNT_COLUMN_HEADERS = (r"effectifs?", r"personnel", r"personnels", r"troops", r"soldiers", r"strength",
                            r"militaires", r"soldats", r"head\s*counts?", r"عدد\s+(?:ال)?(?:جنود|عسكريين|أفراد)")
UNIT_NOUNS = (r"\bdetachments?\b", r"\bcontingents?\b", r"\bdétachements?\b", r"\béquipes?\b", r"\bunits?\b",
              r"\bunités?\b", r"\bteams?\b", r"(?<!\w)(?:ال)?(?:فريق|وحدة|مفرزة|طاقم|كتيبة)(?!\w)")
DEPLOY_VERBS = (
    r"\bdeploy", r"\bsend", r"\bsent\b", r"\bdispatch",
    # not the noun: "17 stations de pompage", "water stations" (round 21)
    r"(?<!pumping\s)(?<!water\s)(?<!police\s)(?<!power\s)\bstation(?!s?\s+(?:de|du|des|d['’]))", r"\bsecond",
    r"\bdéploi", r"\bdéploy",
    r"\benvoi", r"\benvoy", r"أرسل", r"نشر", r"أوفد", r"\bserv(?:e|es|ing)\b",
)

#: Personnel nouns, or parts of them, that make a head count's line "other" when nothing else is said.
CIVILIAN_NOUN_MARKS = ("police", "polici", "civil", "gendarm", "carabin", "شرط")
#: Words of a head count's clause that make its line humanitarian when nothing else is said: doctors, nurses and
#: medical staff ("95 فردا بين أطباء وممرضين", "٤٥ من الكوادر الطبية", "30 médecins, infirmiers et techniciens"); a
#: "medical team" sent by a ministry of defence may be a military unit, and stays military.
MEDICAL_NOUN_MARKS = ("طبيب", "أطباء", "ممرض", "الأطر الطبية", "أطر طبية", "الكوادر الطبية", "كوادر طبية", "doctor",
                      "nurse", "medical staff", "médecin", "infirmi", "personnel médical", "personnels médicaux")
#: A mission its own words call humanitarian: medical staff on it (those above, or a field hospital's: "120
#: personnels de santé militaires", "les 118 cadres de l'hôpital de campagne des Forces armées royales") are
#: humanitarian even when soldiers (round 18).
HUMANITARIAN_MISSION = r"missions?\s+humanitaires?|humanitarian\s+missions?|مهمة\s+إنسانية"
FIELD_HOSPITAL_MARKS = ("personnels de santé", "personnel de santé", "cadres médicaux", "hôpital", "hospital",
                        "مستشفى")
#: Soldiers and troops: their head count after a sum in the same sentence takes no line from that sum's words.
#: Medical staff who belong to the partner's forces serve as its soldiers do, not on a humanitarian mission: a rank
#: before the doctor, the unit's or the army's medical centre, "military doctors" (round 23).
MILITARY_MEDICS = (r"(?:أطباء|ممرضين|ممرضون|طبيب|أطباء\s+وممرضين)\s+عسكريين|(?:ال)?(?:مركز|مستشفى|عيادة)\s+(?:ال)?طبي"
                   r"(?:ة)?\s+(?:للوحدة|للكتيبة|للقاعدة|العسكري|العسكرية)|(?:الرائد|النقيب|المقدم|العقيد|الملازم(?:\s+أول)?)"
                   r"\s+(?:ال)?(?:طبيب|طبيبة)|\bmilitary\s+(?:doctors|medics|nurses)\b|\barmy\s+(?:doctors|medics|nurses)\b")
SOLDIER_NOUN_MARKS = ("جند", "عسكري", "soldier", "troop", "militaire", "soldat")
#: Civilians a partner seconds, whom the generic "aid" of their sentence makes humanitarian ("Deux experts ...
#: détachés auprès de l'OCHA pour appuyer la coordination de l'aide"); soldiers who "aid" or "assist" are not.
AID_WORKER_NOUNS = frozenset({"experts", "seconded experts", "specialists", "خبراء", "خبيراً", "خبيرا", "خبيرات"})

#: A unit and the number of its people, with no personnel noun: "a deployment of 80", "un contingent de 150",
#: "قوة قوامها ٨٠". The number must end the phrase (a stop, or a word of place or purpose after it).
#: When a giver gave, said between its name and its verb: "Germany last week pledged", "Denmark yesterday committed",
#: "the United Kingdom earlier this month pledged" (round 30).
TIME_BEFORE_VERB = (r"(?:(?:last|this|earlier\s+this|later\s+this|next)\s+(?:week|month|year|spring|summer|autumn|winter)"
                    r"|yesterday|today|earlier|recently|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))")
UNIT_COUNT_LEADS = (
    # up to two words may name what the unit does: "A medical team of 14", "An imagery analysis team of 10" (round 16)
    r"(?:a|an|the|its)\s+(?:[a-z-]+\s+){0,2}?(?:deployment|contingent|detachment|force|team|staff"
    # "a Special Operations Task Group of about 200", "an infantry battalion of 450" (round 23)
    r"|task\s+group|battalion|squadron)\s+of",
    r"(?:un|le|son)\s+(?:déploiement|contingent|détachement)\s+(?:de|d['’])", r"(?:une|l['’]|son)\s*équipe\s+(?:de|d['’])",
    r"(?:قوة|فريق|فريقا|فريقاً|وحدة)\s+(?:قوامها|قوامه)",
    # the people a new contingent relieves, who go home: "relève les 115 éléments qui regagnent le Royaume", "replacing
    # the 120 who return home" (round 24)
    r"(?:relève|relèvent|remplace|remplacent)\s+les|(?:reliev(?:e|es|ed|ing)|replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?"
    r"|(?:take|takes|taking|took)\s+over\s+from)\s+the",
)
UNIT_COUNT_ENDS = (
    # ... or where the unit comes from: "A contingent of about 300 from the Guadarrama XII Brigade" (round 30)
    r"\s*(?:[.,;:)،؛]|$)|\s+(?:to|in|at|for|into|on|until|from|en|au|aux|à|pour|sur|dans|jusqu|في|إلى|حتى)\b"
    # the unit's own verb: "relieves a force of 31 that had been in Iraq", "a team of 10 works here" (round 16)
    r"|\s+(?:that|which|who|will|would|is|are|was|were|has|have|had|works|work|serves|serve|served"
    r"|remains|remain|stays|arrived|left)\b"
    # ... and those going home, named by any word: "les 115 éléments qui regagnent le Royaume" (round 24)
    r"|\s+(?:[^\W\d_]+\s+)?(?:qui|who)\s+(?:rentrent|regagnent|retournent|quittent|return|go|are\s+going|head)\b"
)

#: Words ahead of a personnel noun that announce a head count stated further on ("raise its contingent of military
#: personnel to roughly 450", "bring the total number of Dutch personnel in Iraq to 350").
HEADCOUNT_LEADS = r"contingent|number|numbers|strength|presence|deployment|effectif|nombre|ceiling|cap|plafond"
#: The same leads with the people named first: "Our troop presence in Iraq has gone from about 150 to some 60", "Danish
#: troop numbers will fall from 130 to 90", "our military footprint ... is now down to about 40" (round 18).
#: ... and a mission's or the troops' own ceiling, a bound: "Latvia's mission ceiling stays at 45", "the troop cap
#: rises to 150" (round 21).
NOUN_FIRST_HEADCOUNT_LEADS = (r"(?:troop|military|personnel)\s+(?:presence|numbers?|strength|levels?|footprint)"
                              r"|(?:troop|personnel|mission)\s+(?:ceiling|cap)")
#: Leads that make each count they announce a bound ("lowered the ceiling on troops from 500 to 350").
CEILING_LEADS = frozenset({"ceiling", "cap", "plafond"})
#: Words of time that may open a sentence whose subject is a bare count of the people named just before ("At the
#: moment around 250 are deployed there", "Aujourd'hui, 120 sont déployés en Irak").
COUNT_TIME_OPENERS = (r"at\s+the\s+moment|at\s+present|currently|today|right\s+now|now|for\s+now|"
                      r"actuellement|aujourd['’]hui|à\s+ce\s+jour")

#: Words that say the people are someone else's ("16,000 Iraqi soldiers", "local police") or were trained.
NOT_OWN_MODIFIERS: frozenset[str] = frozenset({
    "local", "peshmerga", "kurdish", "partner", "partnered", "host-nation", "national", "iraqi", "syrian",
    "afghan", "trained", "new", "recruited", "nigerian", "somali", "malian", "jordanian", "lebanese",
    "locaux", "locales", "nationaux", "formés", "recrutés", "المحليين", "المحلية", "البيشمركة", "بيشمركة",
    # "quelque 4 000 militaires étrangers en Irak", "5,000 foreign troops": everyone's, not the partner's
    "foreign", "multinational", "étrangers", "étrangères", "multinationaux", "أجنبي", "الأجانب", "الأجنبية",
    # "about 2,500 coalition troops remain in Iraq": all the partners' (round 18)
    "coalition",
})

#: Nouns that a demonym beside them makes a country's own ("the Syrian crisis", "la crise syrienne", "الأزمة
#: السورية"): unlike "Syrian refugees", who may live elsewhere, these stay where the heading above cannot move them.
COUNTRY_NOUNS = (
    r"crisis", r"conflict", r"war", r"civil\s+war", r"territory", r"government", r"authorities", r"people",
    r"crise", r"conflit", r"guerre", r"territoire", r"gouvernement", r"autorités", r"peuple",
    r"الأزمة", r"أزمة", r"الحرب", r"النزاع", r"الصراع", r"الحكومة", r"الشعب", r"الأراضي",
)

#: Verbs that, right before a head count, make it people trained or helped, not people sent.
TRAINED_BEFORE = (
    r"trained", r"train", r"training", r"trains", r"educated", r"equipped", r"mentored", r"taught",
    r"graduated", r"reached", r"assisted", r"helped", r"supported", r"benefited", r"benefitted",
    r"help", r"helps", r"helping", r"assist", r"assists", r"reach", r"reaches",
    r"prepared", r"instructed", r"qualified", r"certified", r"vetted", r"paid", r"salaries\s+of",
    r"training\s+of", r"train(?:ing)?\s+(?:for|to)",
    r"formé", r"formés", r"formées", r"former", r"formation\s+de", r"entraîné", r"entraînés",
    r"درّب", r"درب", r"دربت", r"درّبت", r"تدريب", r"كوّن", r"كون", r"أهّل", r"أهل", r"أهّلت", r"أهلت", r"تأهيل",
    # ... with a plural subject: "وقد درّبوا منذ عام 2015 أكثر من 60,000 عنصر", "يدرّبون نحو 500" (round 25)
    r"دربوا", r"درّبوا", r"أهلوا", r"أهّلوا", r"يدربون", r"يدرّبون",
    # the verbal noun with a glued preposition: "قامت بتدريب", "تعمل على تأهيل"
    r"بتدريب", r"لتدريب", r"بتأهيل", r"لتأهيل",
    # the people who benefited: "استفاد منها 1825 فردا", "يستفيد منها أكثر من 900 فرد"
    r"استفاد", r"استفادت", r"يستفيد", r"تستفيد", r"سيستفيد", r"ستستفيد",
    # the people who completed or passed a course: "وقد أنهى حتى الآن ٢٤٠ عسكرياً ... دورات", "اجتاز 80 ضابطا" (round 19)
    r"أنهى", r"انهى", r"أتم", r"اتم", r"اجتاز", r"تخرج", r"يتخرج",
    # the people who were trained, as the verb's subject: "وتدرب بدعمها نحو 1,200 عنصر", "يتدرب فيه 300 جندي" (round 31)
    r"تدرب", r"تدرّب", r"يتدرب", r"يتدرّب", r"تتدرب", r"تتدرّب",
)

#: A time that may stand between a verb of training and the people trained: "a formé l'an dernier 600 gendarmes",
#: "ont formé en 2027 plus de 900 policiers", "trained last year 450 soldiers" (round 30).
TRAINED_TIME_BETWEEN = (
    r"l['’]an\s+dernier", r"l['’]année\s+dernière", r"cette\s+année", r"(?:en|depuis)\s+\d{4}", r"last\s+year",
    r"this\s+year", r"(?:in|since)\s+\d{4}",
)

#: ... and in Arabic, a time said by its distance from now, between the verb (and its subject) and the people trained:
#: "درّبوا خلال الشهرين الماضيين 45 ممرضاً", "درّب الفريق العام الماضي 300 شرطي", "أهّلت في الأشهر الستة الأخيرة
#: 120 عنصراً" (round 32).
TRAINED_TIME_BETWEEN_AR = (
    r"(?:خلال|في|طوال)\s+(?:ال[^\W\d_]+\s+){1,2}(?:الماضي|الماضيين|الماضية|الأخير|الأخيرين|الأخيرة|الحالي|الجاري)",
    r"(?:العام|الشهر|الأسبوع)\s+(?:الماضي|الحالي|الجاري)", r"هذا\s+العام",
)

#: Words right before a head count that make it the staff of a place the text visits, not people the partner sends
#: ("خدمات يقدمها ١٢ طبيبا", "يعمل فيه 30 طبيبا", "a clinic staffed by 12 doctors").
STAFF_OF_BEFORE = (
    r"(?:يقدمها|يقدمه|تقدمها|يديرها|يديره|يعمل\s+(?:فيه|فيها|به|بها)|تعمل\s+(?:فيه|فيها|به|بها))",
    r"staffed\s+by", r"run\s+by",
)

#: Words right before a head count that make it the soldiers' kin, who are no one's contribution ("عائلات 40 جندياً",
#: "the families of 40 soldiers") (round 30).
KIN_OF_BEFORE = (
    r"[وف]?(?:ل|ب)?(?:عائلات|عوائل|أسر|ذوي|أهالي|أقارب)", r"families\s+of", r"relatives\s+of", r"wives\s+of",
    r"familles\s+d(?:e|es|['’])", r"proches\s+d(?:e|es|['’])",
)

#: A count right after a verb of training: its object, so the people before the verb did the training ("29 soldiers
#: trained more than 2,400 Iraqi soldiers") (round 22).
TRAINED_OBJECT = (r"\s+(?:(?:more\s+than|over|some|about|around|nearly|almost|close\s+to|at\s+least|plus\s+de|"
                  r"près\s+de|environ|quelque)\s+)?\d")

#: Words right after a head count that make it people trained ("500 soldiers have been trained").
TRAINED_AFTER = (
    # a second noun may join the first: "4,000 officers and soldiers trained by the unit" (round 22)
    r"(?:\s+(?:and|or|et|ou)\s+[^\W\d_]+)?"
    # ... also after whose they are, to come: "25 water engineers of the Nineveh Water Directorate will be trained"
    # (round 22)
    r"(?:\s+of(?:\s+the)?(?:\s+[\w'’-]+){1,5}?(?=\s+(?:have|has|had|were|was|are|is|will)\s))?"
    r"(?:(?:\s+(?:have|has|had|were|was|being|been|who\s+\w+|ont|été|a|are|is|will|be|to\s+be))+\s+"
    r"(?:trained|graduated|completed|received|benefited|formés|formées)"
    # ... but not the verb of the partner's people, with its object: "the outgoing rotation of 29 soldiers trained
    # more than 2,400 Iraqi soldiers" (round 22)
    r"|\s+(?:trained|graduated|completed|received|benefited|formés|formées)(?!" + TRAINED_OBJECT + "))"
    # Arabic names them again as the object of the training verb, after the noun and its adjectives: "أكثر من 4000
    # ضابط وجندي درّبتهم الوحدة", "300 عنصر عراقي جرى تدريبهم", "200 مقاتل تدرّبوا على ..." (round 22)
    r"|(?:\s+[^\W\d_]+){0,3}?\s+(?:(?:الذين|ممن|اللذين)\s+)?(?:(?:(?:[يتن]|س[يتن])?(?:درّب|درب|أهّل|أهل|ؤهل)"
    r"(?:ت|نا|وا|تا)?(?:هم|هن))|(?:(?:تم|جرى|يجري|يتم|سيتم)\s+(?:تدريبهم|تأهيلهم|تدريبهن))|"
    r"(?:(?:تدرّبوا|تدربوا|تخرّجوا|تخرجوا|تلقوا\s+تدريب\w*)))(?!\w)"
)

#: Words right after a head count that make it people killed, wounded or missing, not people sent ("9 d'entre eux
#: ont perdu la vie", "12 soldiers were killed", "three of them were wounded").
CASUALTIES_AFTER = (
    r"(?:\s+[^\W\d_]+(?=\s+(?:ont|sont|were|have|had|was)\b))?"  # their nationality: "3 soldats canadiens ont été tués"
    r"(?:\s+(?:have|has|had|were|was|been|ont|avaient|sont|étaient|été|y|en|service|action|mission|opération|"
    r"operations?|opérations?|during|pendant|lors|in|au|aux|de|du|des|d['’]|la|le|les|the|an?))*\s+"
    r"(?:killed|died|perished|lost\s+their\s+lives|wounded|injured|missing|fallen|tués|tuées|morts|mortes|blessés|"
    r"blessées|disparus|perdu\s+la\s+vie|trouvé\s+la\s+mort|péri|décédés|قتلوا|لقوا\s+حتفهم|أصيبوا|جرحى|قتلى)"
)

#: Words right before a head count that make it people killed ("l'attaque a coûté la vie à 17 soldats", "a causé la
#: mort de 12 militaires", "the ambush claimed the lives of 9 soldiers", "l'explosion a tué 4 soldats") (round 30).
CASUALTIES_BEFORE = (
    r"coûté\s+la\s+vie\s+(?:à|aux)", r"causé\s+la\s+mort\s+(?:de|d['’]|des)", r"(?:a|ont|avait|avaient|aurait)\s+tué",
    r"(?:claimed|cost|took)\s+the\s+lives\s+of", r"(?:has\s+|have\s+|had\s+)?killed", r"أودى\s+بحياة", r"أودت\s+بحياة",
)

#: Beneficiary nouns: a big number before them is people helped, not money ("2.3 million people").
COUNT_NOUNS: frozenset[str] = frozenset({
    "people", "persons", "refugees", "children", "families", "households", "beneficiaries", "students",
    "schools", "projects", "meetings", "partners", "members", "countries", "civilians", "women", "girls",
    "boys", "men", "residents", "returnees", "displaced", "idps", "doses", "tons", "tonnes", "km", "kilometres",
    "kilometers", "square", "hectares", "houses", "homes", "jobs", "visitors", "followers", "views", "items",
    "kits", "devices", "mines", "sorties", "aircraft", "ships", "vehicles", "patients", "trainees", "recruits",
    "fighters", "detainees", "inhabitants", "users", "hours", "days", "weeks", "months", "years", "percent",
    "per", "%", "times", "cases", "loan", "loans",
    # aid counted in units: "34 million food rations", "11 million medical consultations" (round 28)
    "rations", "meals", "consultations", "vaccinations", "vaccines", "parcels", "baskets", "treatments", "litres",
    "liters", "textbooks", "books",
    "personnes", "réfugiés", "enfants", "familles", "élèves", "écoles", "projets", "réunions", "pays",
    # groups of people sent, counted as groups: "12 missions d'experts", "3 delegations of trainers" (round 26)
    "missions", "délégations", "sessions", "stages", "teams", "delegations", "équipes",
    "شخص", "لاجئ", "طفل", "أسرة", "مدرسة", "مشروع", "دولة", "طائرة",
    # ... in the plural and the accusative, as Arabic writes them after a number: "3.5 مليون مستفيد", "1.2 مليون
    # لاجئين", "مليون نسمة" (round 23)
    "شخصا", "أشخاص", "لاجئا", "لاجئين", "طفلا", "أطفال", "نازح", "نازحا", "نازحين", "طالب", "طالبا", "طلاب",
    "مستفيد", "مستفيدا", "مستفيدين", "مريض", "مريضا", "مرضى", "مواطن", "مواطنا", "مواطنين", "أسر", "عائلة", "عائلات",
    "مدارس", "مشاريع", "مشروعا", "امرأة", "نساء", "نسمة", "جرعة", "جرعات", "طن", "أطنان", "وجبة", "وجبات", "سلة", "سلال",
    # units of area, length and volume: "تطهير ما يزيد على 4 ملايين متر مربع من الأراضي", "2 مليون لتر" (round 24)
    "متر", "مترا", "أمتار", "كيلومتر", "كيلومترا", "كيلومترات", "كلم", "هكتار", "هكتارا", "هكتارات", "دونم", "دونما",
    "دونمات", "لتر", "لترا", "لترات", "ميغاواط",
})

#: Words that may stand between a bare scaled number and the thing it counts, up to two of them with demonyms: "34
#: million food rations", "1.5 million school meals", "4 million polio vaccinations" (round 28).
COUNT_MODIFIERS = (
    "food", "medical", "health", "school", "hygiene", "polio", "measles", "cholera", "winter", "shelter", "relief",
    "dignity", "emergency", "hot",
    # ... or what kind of people: "5 million vulnerable Palestinian refugees", "3 million hungry children" (real press)
    "vulnerable", "hungry", "needy", "poor", "young", "elderly", "internally", "affected", "conflict-affected",
    "food-insecure", "malnourished", "out-of-school", "registered", "stateless", "host",
)

#: Verbs right after a bare scaled number whose subject is people, the noun left out: "around 1.2 million remain
#: internally displaced", "some 3 million have fled", "1,5 million vivent dans des camps".
PEOPLE_VERBS_AFTER = (
    r"remain(?:s|ed)?", r"(?:are|were|have\s+been|had\s+been)\s+(?:still\s+)?(?:internally\s+)?displaced",
    r"(?:are|were)\s+(?:still\s+)?(?:in\s+need|living|homeless|registered)", r"need(?:ed)?", r"(?:still\s+)?live[ds]?",
    r"(?:have|had)\s+(?:since\s+)?(?:fled|returned)", r"fled", r"returned", r"still\s+(?:live|need|lack|remain)",
    r"restent", r"vivent", r"ont\s+fui", r"sont\s+(?:toujours\s+)?déplacés", r"ont\s+besoin",
    # a participle of what befell them: "with 2.9 million forced to flee", "2 millions de déplacés", "3 millions
    # contraints de fuir"
    r"(?:forced|driven)\s+(?:to\s+flee|from|out)", r"(?:internally\s+)?displaced", r"uprooted", r"affected",
    r"(?:in\s+need|living\s+in)", r"(?:contraint|forcé|poussé)e?s\s+(?:à|de)", r"déplacé(?:e)?s", r"réfugié(?:e)?s",
    r"sinistré(?:e)?s",
)

#: Words that must be near a bare scaled number ("2.3bn") for it to be read as money.
MONEY_CONTEXT = (
    r"fund(?:s|ing|ed)?", r"contribut(?:e|ed|es|ing|ion|ions)", r"pledg(?:e|ed|es|ing)", r"commit(?:ted|ment|s)?",
    r"allocat(?:e|ed|ion)", r"disburs(?:e|ed|ement)", r"provid(?:e|ed|es|ing)", r"budget", r"grants?",
    r"donat(?:e|ed|ion)", r"spent", r"spend(?:ing)?", r"financ(?:e|ed|ing|ial)", r"support", r"aid",
    r"assistance", r"worth", r"package", r"earmarked", r"invest(?:ed|ment)?",
    r"versé", r"alloué", r"consacr\w*", r"financ\w*", r"aide", r"enveloppe", r"budget", r"contribution",
    r"مساعدات", r"مساهمة", r"تمويل", r"قدمت", r"تعهدت", r"خصصت",
    # a possessed contribution and a grant: "رفع مساهمتها السنوية من ٣٠ مليوناً إلى ٤٥ مليون كرونة" (round 21)
    r"مساهمت(?:ها|ه|هم|نا)", r"مساهمات(?:ها|ه|هم|نا)?", r"منحة", r"تبرعات(?:ها|ه)?",
)

#: Scale words a table's caption or header gives in the plural only, for all its cells: "(in thousands of euros)",
#: "(en milliers d'euros)" (round 22).
HEADER_SCALE_WORDS = {"thousands": 1_000, "milliers": 1_000,
                      # ... or in a budget's shorthand: "($'000)", "(AUD ’000)" (round 26)
                      "'000": 1_000, "’000": 1_000}
#: Words a budget table puts beside a column's year, or the budget document it comes from: "2027 estimate", "Budget
#: 2026", "Actual 2025", "BP 2026" (budget primitif), "PLF 2027", "FY 2026", "موازنة 2026" (round 26).
BUDGET_COLUMN_WORDS = (r"estimates?|budget(?:\s+primitif|\s+rectificatif)?|actuals?|outturn|forecast|draft|approved"
                       r"|revised|proposal|plan(?:ned)?|provisional|original|BP|BR|PLF|LFI|LFR|crédits|FY"
                       r"|(?:ال)?موازنة|(?:ال)?ميزانية")

#: The least a government's contribution is: a smaller sum is a price, a private gift or a family's allowance ("Un don
#: de 50 $ fournit un colis d'hygiène", "120 euros par mois", "A gift of $25 buys a blanket") (round 19).
MIN_CONTRIBUTION = 1_000
#: ... and in currencies whose unit is worth a cent or less, the least a contribution is in their own units ("A gift of
#: ISK 5,000 buys a hygiene kit", "Text HJALP to 1900 to give ISK 2,900") (round 22).
MIN_CONTRIBUTION_IN = {"ISK": 100_000, "JPY": 100_000, "KRW": 1_000_000, "HUF": 300_000, "IQD": 1_000_000,
                       "LBP": 10_000_000, "SYP": 10_000_000, "IRR": 10_000_000, "IDR": 10_000_000}

#: The coalition's name after "coalition", in French and English: "mondiale contre Daech", "internationale contre
#: l'État islamique", "against Daesh", "to Defeat ISIS".
COALITION_NAME_TAIL = (
    r"(?:\s+(?:internationale|mondiale|globale))?"
    r"(?:\s+(?:contre|against|to\s+(?:defeat|counter))\s+(?:Daech|Daesh|ISIS|ISIL|l['’]État\s+islamique|l['’]EI))?"
)

#: Sentence subjects that make money somebody else's: a coalition-wide total, or another donor's package.
OTHERS_MONEY = (
    r"coalition[- ]wide", r"(?:the\s+)?(?:global\s+)?coalition\s+(?:partners|members|countries)\s+(?:have|has)",
    # "all partners", "All 30 partners of the Facility together", "all other donors"
    r"(?:the\s+)?(?:global\s+)?coalition\s+(?:as\s+a\s+whole|has|have)\b",
    # ... with an adverb: "the coalition already has some 2,500 troops on the ground" (round 21)
    r"(?:the\s+)?(?:global\s+)?coalition\s+(?:already|still|now|currently)\s+(?:has|have)\b",
    # a regional group of states as a subject: "Baltic states agree joint ammunition order worth EUR 1.1 billion",
    # "the Nordic countries pledged" (round 21)
    r"(?:Baltic|Nordic|Scandinavian|Benelux|Visegr[aá]d)\s+(?:states|countries|nations|governments)\b",
    # a charity's own income and its private sources, in its annual report: "In 2025 our total income was £6.8
    # million", "Public appeals and individual donors: £2.3 million", "Charitable trusts and foundations: £1.1
    # million", "Gifts in kind and other income: £960,000" (round 21)
    r"our\s+(?:total\s+|annual\s+|overall\s+)?income\s+(?:was|is|reached|rose|fell|grew|came|totall?ed|stood)\b",
    r"(?:public\s+appeals?|individual\s+donors|private\s+donors|trusts\s+and\s+foundations|legacies|"
    r"corporate\s+(?:donors|supporters|partners)|other\s+income)\s*:",
    r"all\s+(?:\d+\s+|the\s+)?(?:coalition\s+|other\s+)?(?:partners|donors)",
    r"the\s+international\s+community", r"other\s+(?:donors|partners|members)", r"partners\s+(?:have|together)",
    r"together,?\s+(?:coalition\s+)?(?:partners|members|donors)", r"donors\s+(?:have|pledged|announced)",
    r"in\s+total,\s+(?:coalition|partners|donors)", r"(?:was|were)\s+announced\s+by",
    r"and\s+(?:its|their)\s+member\s+states", r"team\s+europe", r"G-?7\b", r"G-?20\b", r"joint\s+package",
    r"les\s+partenaires\s+de\s+la\s+coalition", r"l['’]ensemble\s+des\s+partenaires",
    r"la\s+coalition\s+dans\s+son\s+ensemble", r"et\s+ses\s+[ée]tats\s+membres", r"la\s+communauté\s+internationale",
    r"les\s+(?:autres\s+)?(?:donateurs|bailleurs)", r"أعضاء\s+التحالف", r"دول\s+التحالف", r"الدول\s+المانحة",
    r"شركاء\s+التحالف", r"المجتمع\s+الدولي", r"الدول\s+الأعضاء",
    # the coalition's partners or members named by a pronoun, or the coalition as the giver: "وجمع شركاؤه أكثر من 5
    # مليارات", "قدم أعضاؤه مجتمعين", "حشد التحالف الدولي منذ عام 2015 أكثر من" (round 27)
    r"(?:شركاؤه|أعضاؤه)(?!\w)",
    r"(?:ال)?تحالف\s+(?:الدولي\s+)?(?:قد\s+)?(?:حشد|جمع|أنفق|وفر|وفّر|قدم|قدّم)(?!\w)",
    r"(?:conference\s+)?participants\s+(?:have\s+|had\s+)?(?:pledged|announced)",
    # a number of countries giving together, the partner among them: "About 40 countries, including Korea, pledged",
    # "une quarantaine de pays, dont la Corée, ont promis", "تعهدت 40 دولة"
    r"\d+\s+(?:countries|donors|nations|states)(?:,\s+including\s+[^,.;]{1,40},)?\s+(?:have\s+|had\s+)?"
    r"(?:pledged|committed|announced|contributed|gave|provided)",
    r"(?:\d+|(?:une\s+)?(?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine))\s+(?:de\s+)?"
    r"(?:pays|donateurs|[ée]tats)(?:,\s+dont\s+[^,.;]{1,40},)?\s+(?:ont\s+)?(?:promis|annoncé|versé|engagé)",
    r"[وف]?(?:تعهدت|أعلنت|قدمت)\s+(?:نحو\s+|حوالي\s+)?\d+\s+(?:دولة|دول|مانحا)",
    r"les\s+participants", r"المشاركون", r"donors['’]?\s+conference", r"pledging\s+conference\s+(?:raised|collected)",
    r"conférence\s+des\s+donateurs", r"مؤتمر\s+(?:ال)?مانحين",
    # "Les membres de la Coalition ont annoncé ensemble", "les pays de la coalition ont promis"
    r"les\s+(?:membres|pays(?:\s+membres)?|[ée]tats\s+membres)\s+de\s+la\s+coalition",
    # ... also with a pronoun before the verb: "Les partenaires y ont annoncé ensemble" (round 32)
    r"(?:donateurs|bailleurs|partenaires|membres|participants)\s+(?:(?:y|en|y\s+en)\s+)?(?:ont\s+|avaient\s+)?(?:\w+\s+)?"
    r"(?:ensemble|collectivement|conjointement)\b",
    r"la\s+communauté\s+des\s+(?:donateurs|bailleurs)",
    # the coalition as the subject of what all its members gave: "la Coalition a mobilisé collectivement plus de 4
    # milliards", "the Coalition has collectively mobilised" (round 26)
    # ... also named in full: "la Coalition mondiale contre Daech a consacré au total", "the Global Coalition to Defeat
    # ISIS has devoted" (round 28)
    r"la\s+coalition" + COALITION_NAME_TAIL + r"\s+a\s+(?:\w+\s+)?(?:mobilisé|réuni|versé|engagé|fourni|consacré|dépensé|"
    r"apporté)",
    r"the\s+(?:global\s+)?coalition" + COALITION_NAME_TAIL + r"\s+(?:has\s+|had\s+)?(?:\w+\s+)?(?:mobili[sz]ed|raised|"
    r"provided|spent|committed|contributed|devoted)",
    # ... also in the future, or with who leads it between ("The Global Coalition, led by the United States, announced
    # about $400 million", "the Coalition will contribute $168 million", "التحالف سيساهم بمبلغ") (real press)
    r"the\s+(?:global\s+)?coalition(?:,\s+(?:led|headed)\s+by\s+[^,.;]{1,40},)?\s+(?:will|would|is\s+to|has|had)?\s*"
    r"(?:also\s+|now\s+|jointly\s+|collectively\s+)?(?:announced|pledged|allocated|contribute[sd]?|provided?|"
    r"commit(?:ted)?|allocate|spend|give|grant(?:ed)?)\b",
    r"la\s+coalition(?:\s+internationale)?(?:,\s+(?:menée|dirigée|conduite)\s+par\s+[^,.;]{1,40},)?\s+"
    r"(?:a|va|avait|aura|devrait)\s+(?:aussi\s+|également\s+|ensemble\s+)?(?:annoncé|promis|alloué|consacrer|verser|"
    r"fournir|mobiliser|apporter|allouer|débloquer|débloqué)\b",
    r"التحالف(?:\s+الدولي)?(?:\s+(?:ضد|لهزيمة|لمحاربة|المناهض)\s+(?:ل?تنظيم\s+)?(?:داعش|الدولة\s+الإسلامية))?"
    r"(?:\s+بقيادة\s+(?:\S+\s+){0,2}?\S+)?\s+[وف]?س?ي?(?:ساهم|خصص|قدم|منح|رصد|تعهد)(?!\w)",
    r"[وف]?(?:خصص|قدم|منح|رصد|ساهم|تعهد)\s+التحالف(?!\w)",
    r"[وف]?أعلن\s+التحالف(?:\s+الدولي)?(?:\s+(?:ضد|لهزيمة|لمحاربة|المناهض)\s+(?:ل?تنظيم\s+)?(?:داعش|الدولة\s+"
    r"الإسلامية))?(?:\s+بقيادة\s+(?:\S+\s+){0,2}?\S+)?\s+(?:عن\s+)?(?:منح|تخصيص|تقديم|رصد)(?!\w)",
    # a conference's running total: "les promesses cumulées atteignent", "le total des promesses" (round 21)
    r"promesses\s+(?:cumulées|totales)", r"(?:total|montant\s+total|cumul)\s+des\s+promesses",
    # "les contributions de l'ensemble des membres de la Coalition", "l'ensemble des pays donateurs"
    r"l['’]ensemble\s+des\s+(?:membres|pays|donateurs|bailleurs|contributeurs|[ée]tats)\b",
    # a project's other financiers and its whole cost: "Cofinancement : Union européenne – 12 M€", "Coût total du
    # projet : 34,5 M€", "total project cost"
    # money an agency runs for another donor: "pour le compte de l'Union européenne", "on behalf of the EU"
    r"pour\s+le\s+compte\s+(?:de\s+l['’](?:Union\s+européenne|UE|Union)|de\s+la\s+(?:Commission|Banque\s+mondiale)|"
    r"d['’]autres\s+(?:bailleurs|donateurs)|de\s+(?:bailleurs|donateurs)\s+tiers|de\s+tiers)",
    r"on\s+behalf\s+of\s+(?:the\s+)?(?:European\s+(?:Union|Commission)|EU|World\s+Bank|other\s+donors|third\s+parties)",
    r"co-?financements?\s*:", r"co[uû]t\s+total\s+(?:du|de\s+ce|de\s+l['’])\s*(?:projet|programme)",
    r"total\s+(?:project|programme|program)\s+cost", r"total\s+cost\s+of\s+the\s+(?:project|programme|program)",
    # a conference as the subject of what it raised: "La conférence de Bruxelles a permis de mobiliser"
    r"la\s+conférence\s+(?:de|d['’])\s*[^\W\d_]+\s+a\s+(?:permis|réuni|mobilisé|recueilli|levé)",
    # ... or a meeting or summit: "Last year's Brussels meeting raised $4.4 billion", "The summit mobilised"
    r"(?:conference|meeting|summit)\s+(?:has\s+|had\s+)?(?:raised|mobili[sz]ed|collected|generated|secured)",
    # ... or a fund or facility, maybe with an aside on who belongs to it, as the subject of what all its donors gave:
    # "The EU Regional Trust Fund in Response to the Syrian Crisis, to which the Czech Republic belongs, has mobilised
    # EUR 2.3 billion", "the Iraq Humanitarian Fund, which has attracted USD 600 million" (round 30)
    r"(?:fund|facility|mechanism)(?:\s+(?:for|in|to|of)\s+[^,.;\d]{1,60}?)?(?:\s*,[^,.;\d]{1,80},)?,?\s+"
    r"(?:which\s+|that\s+)?(?:has\s+|had\s+)?(?:so\s+far\s+|already\s+|now\s+)?(?:mobili[sz]ed|raised|pooled|attracted|"
    r"gathered)\b",
    r"(?:fonds|facilité|mécanisme)(?:\s+[^,.;\d]{1,60}?)?(?:\s*,[^,.;\d]{1,80},)?,?\s+(?:qui\s+)?(?:a|avait)\s+"
    r"(?:déjà\s+|jusqu['’]ici\s+)?(?:mobilisé|levé|réuni|recueilli|attiré)\b",
    # ... also with the words that make it all the donors: "the conference as a whole raised 5.1 billion euros",
    # "the meeting overall mobilised" (round 23)
    r"(?:conference|meeting|summit)\s+(?:as\s+a\s+whole|overall|altogether|in\s+all)\s+(?:has\s+|had\s+)?"
    r"(?:raised|mobili[sz]ed|collected|generated|secured|brought\s+in)",
    # ... or what it closed with: "The conference closed with pledges of €5.8 billion", "the meeting ended with
    # commitments totalling" (round 20)
    r"(?:conference|meeting|summit)\s+(?:has\s+|had\s+)?(?:closed|ended|concluded|wrapped\s+up)\s+with\s+"
    r"(?:\w+\s+){0,2}?(?:pledges|commitments|contributions|announcements)\b",
    # "The UK and its Coalition partners pledged", "إجمالي تعهدات المشاركين في المؤتمر"
    r"and\s+(?:its|their)\s+(?:coalition\s+)?partners", r"et\s+ses\s+partenaires", r"وشركاؤ(?:ها|ه)",
    # the partner and others together: "le Canada et d'autres pays donateurs se sont engagés", "ودول مانحة أخرى"
    r"(?:et|ainsi\s+que)\s+d['’]autres\s+(?:pays\s+)?(?:donateurs|bailleurs|partenaires|pays)",
    r"و(?:ال)?دول\s+(?:ال)?مانحة\s+أخرى", r"وغيرها\s+من\s+(?:الدول|المانحين)",
    r"تعهدات\s+(?:الدول\s+)?(?:المشاركين|المشاركة|المانحين|المانحة)",
    # the givers in a list before their adjective: "تعهدات الدول والمنظمات المشاركة", "تعهدات الدول العربية المانحة"
    r"تعهدات\s+(?:[^\W\d_]+\s+){1,3}?(?:المشاركين|المشاركة|المانحين|المانحة)(?!\w)",
    r"participants\s+(?:of|in|at)\s+the\s+(?:\w+\s+){0,3}?(?:conference|meeting)",
    # a group of givers with an adverb before its verb: "donors together pledged", "members jointly committed"
    r"(?:donors|partners|members|participants)\s+(?:have\s+|had\s+)?(?:together|collectively|jointly|combined)\b",
    # ... or a group of countries: "the Nordic countries together pledged", "the Gulf states jointly committed"
    r"(?:countries|states|governments|nations|institutions)\s+(?:have\s+|had\s+)?(?:together|collectively|jointly)\b",
    # a ranking of donors as the subject: "Top government donors to Syria in 2025 were the United States (US$ 512
    # million)", "The largest donors this year are ..." (round 25)
    r"(?:top|largest|biggest|leading|main)\s+(?:\w+\s+)?donors\s+(?:to\s+[^,.;\d]{1,40}?\s+)?(?:in\s+\d{4}\s+|this\s+year\s+)?"
    r"(?:were|are|included?)\b",
    # another financier's own share in a relative clause: "co-financed with the World Bank, whose own loan of US$1.5
    # billion" (round 25)
    r"whose\s+own\s+(?:loan|grant|contribution|pledge|share|funding)\b",
    # a project's whole budget and the rest of its funders: "The total budget of the project is USD 21.4 million",
    # "the balance is expected from the European Union (EUR 6 million)" (round 25)
    r"total\s+budget\s+of\s+the\s+(?:project|programme|program)", r"(?:project|programme|program)['’]s\s+total\s+budget",
    r"(?:the\s+)?(?:balance|remainder|rest)\s+(?:of\s+the\s+funding\s+)?(?:is|will\s+be)\s+(?:expected|sought|provided)\s+from",
    # ... or their combined sum: "29 donors whose combined contributions exceed", "the combined pledges of its 20
    # partners" (round 19)
    r"(?:donors|partners|members|contributors|countries|governments)\s+whose\s+(?:combined|joint|collective)\b",
    r"(?:combined|joint|collective)\s+(?:contributions|pledges|funding)\s+of\s+(?:all\s+|the\s+|its\s+|their\s+)?"
    r"(?:\d+\s+)?(?:donors|partners|members|contributors|countries|governments)\b",
    # another's pledge welcomed right before its sum: "We welcome the generous pledge of USD 2 billion", "I salute
    # the contribution of"
    r"(?:welcome[sd]?|salute[sd]?|applaud(?:s|ed)?|commend(?:s|ed)?)\s+(?:the|this|that)\s+(?:\w+\s+)?"
    r"(?:pledges?|contributions?|commitments?|donations?)\s+of\s+(?:about\s+|some\s+|over\s+|more\s+than\s+)?$",
    # the delegations or countries at a meeting as the subject of a pledge: "about 80 delegations pledged a combined"
    r"(?:delegations|countries|governments|nations)\s+(?:have\s+|had\s+)?(?:pledged|promised|announced|committed)\b",
    # the coalition's members or partners as the subject of a past verb: "Coalition partners pledged a total of",
    # "The Global Coalition's 86 members have ..."
    r"coalition\s+(?:partners|members|countries)\s+(?:pledged|committed|announced|provided|gave|mobili[sz]ed)\b",
    r"coalition['’]s\s+(?:\d+\s+)?(?:members|partners)",
    # ... named as its members, or as what the coalition says of them: "Members of the Global Coalition against Daesh
    # have together mobilized", "The coalition says its members gave" (round 27)
    r"(?:the\s+)?members\s+of\s+the\s+(?:global\s+)?coalition\b",
    r"coalition\s+(?:says|said|reports|reported|estimates|estimated)\s+(?:that\s+)?its\s+(?:\d+\s+)?(?:members|partners)",
    # the donors or members as the subject of a total: "ما تعهد به المانحون", "إجمالي تعهدات الأعضاء"
    r"المانحون", r"تعهدات\s+(?:الدول\s+)?الأعضاء",
    # ... or, after "that", the donors as the subject of a plural verb: "أن المانحين الدوليين تعهدوا" (round 28)
    r"(?:ال)?مانحين\s+(?:ال)?دوليين\s+(?:قد\s+)?(?:تعهدوا|قدموا|خصصوا|ساهموا|جمعوا|حشدوا)(?!\w)",
    # what a donors' conference raised: "جمعت تعهدات", "اختتم أعماله بتعهدات إجمالية" (a conference the partner
    # hosted is no subject: "مؤتمرات للمانحين ... تعهدت خلالها الكويت بـ")
    r"و?(?:جمع|جمعت|حشد|حشدت|اختتم|اختتمت)\s+(?:\S+\s+){0,3}?ب?تعهدات", r"ب?تعهدات\s+إجمالية",
    # pledges of many, or their sum: "تعهدات بلغ مجموعها", "إجمالي التعهدات", "تعهدات دول مجلس التعاون", givers
    # "together" ("مجتمعة"), and a fund's "29 جهة مانحة"
    r"تعهدات\s+(?:التي\s+)?بلغ(?:ت)?\s+(?:مجموعها|إجماليها|قيمتها\s+الإجمالية)", r"(?:مجموع|إجمالي)\s+التعهدات",
    r"تعهدات\s+دول\s", r"(?:مجتمعة|مجتمعين|مجتمعون)(?!\w)", r"(?:ال)?جه(?:ة|ات)\s+(?:ال)?مانحة",
    # the coalition as a whole, or as the subject of what it raised: "جمع التحالف ككل", "قدم التحالف الدولي"
    r"التحالف\s+(?:الدولي\s+)?(?:ككل|بأكمله|برمته|مجتمعا)",
    r"(?:جمع|جمعت|قدم|قدمت|حشد|حشدت|خصص|خصصت|رصد)\s+التحالف(?!\w)",
    # a conference's pledges all together: "مؤتمر الكويت ... الذي بلغت تعهداته الإجمالية 30 مليار دولار" (round 18)
    r"(?:ال)?مؤتمر\s+(?:\S+\s+){0,8}?(?:الذي|التي)\s+(?:بلغت|وصلت|تجاوزت|فاقت)\s+(?:\S+\s+)?تعهدات",
    r"تعهداته\s+(?:ال)?إجمالية",
    # the public as the giver, in a charity's appeal: "Last year the people of Iceland gave ISK 22 million to our
    # appeals", "members of the public donated", "our supporters raised" (round 22); not the Government and people
    r"(?<!and\s)the\s+people\s+of\s+[\w-]+\s+(?:have\s+|had\s+)?(?:also\s+)?"
    r"(?:gave|given|donated|raised|contributed)\b",
    r"(?:members\s+of\s+the\s+public|(?:our|private|individual)\s+(?:supporters|donors))\s+(?:have\s+|had\s+)?"
    r"(?:also\s+)?(?:gave|given|donated|raised|contributed)\b",
    # another's pledge the speaking partner welcomes: "نرحّب بإعلان الاتحاد الأوروبي تعهّداً قدره", "ونشيد بالمساهمة
    # السخية البالغة" (round 19)
    r"[وف]?(?:نرحب|نثمن|نشيد|نحيي|نقدر|نبارك)\s+(?:[^\W\d_]+\s+){0,6}?[وب]?(?:ال)?(?:تعهد|تعهدا|هبة|منحة|مساهمة|حزمة"
    # ... or its announcement of a sum: "ونرحّب بإعلان الاتحاد الأوروبي اليوم عن 2.5 مليار يورو" (round 22)
    r"|إعلان|اعلان)"
    r"(?!\w)\s+(?:[^\W\d_]+\s+){0,4}?$",
    # what a body raised or runs from many donors, said before the sum: "الذي جمع من جميع المانحين ... نحو 1.3 مليار
    # دولار", "تدير من مساهمات عدة مانحين" (round 22)
    r"من\s+(?:مساهمات\s+)?(?:جميع|مختلف|كافة|عدة|عدد\s+من)\s+(?:ال)?(?:مانحين|دول\s+(?:ال)?مانحة|جهات\s+(?:ال)?مانحة)"
    r"(?!\w)",
    # ... or from a number of them: "مجموع ما تلقاه الصندوق من 30 مانحاً منذ عام 2015 أكثر من" (round 25)
    r"(?:تلقاه|تلقته|تلقى|تلقت|جمعه|جمعته|جمع|جمعت)\s+(?:[^\W\d_]+\s+){0,2}?من\s+(?:(?:نحو|حوالي|قرابة|أكثر\s+من)\s+)?"
    r"\d+\s+(?:مانح|(?:دولة|دول|جهة|جهات)\s+مانحة)",
    # a package of the G7 or G20 right before its sum: "حزمة مجموعة السبع البالغة 1.5 مليار دولار", "أعلنت مجموعة
    # العشرين عن" (round 22)
    r"مجموعة\s+(?:ال)?(?:سبع|عشرين|الدول\s+السبع)(?!\w)(?:\s+[^\W\d_]+){0,4}?\s*$",
    # a fund fed by many donors, whose receipts are theirs: "Ce fonds, alimenté par une trentaine de donateurs, a reçu
    # au total", "the facility, funded by some 30 donors, has received" (round 24)
    r"(?:alimenté|financé|abondé|soutenu)e?s?\s+par\s+(?:une\s+(?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine)\s+"
    r"|plus\s+d['’]une\s+\w+\s+|(?:plus\s+de\s+|quelque\s+|près\s+de\s+)?\d+\s+|de\s+nombreux\s+|plusieurs\s+)"
    r"(?:de\s+|d['’])?(?:donateurs|bailleurs|pays|partenaires|[ée]tats)\b",
    r"(?:funded|financed|supported|backed)\s+by\s+(?:some\s+|more\s+than\s+|over\s+|nearly\s+|about\s+)?(?:\d+|dozens\s+of"
    r"|many|several)\s+(?:donors|partners|countries|governments)\b",
    # ... or that they feed, in a relative clause: "Le Mécanisme, auquel contribuent 31 donateurs, a reçu", "the
    # Facility, to which 31 donors contribute, has received" (round 30)
    r"(?:auquel|à\s+laquelle|auxquels)\s+(?:ont\s+)?(?:contribuent|participent|contribué|participé)\s+(?:plus\s+de\s+|"
    r"quelque\s+|près\s+de\s+)?(?:\d+|une\s+(?:dizaine|vingtaine|trentaine|quarantaine)|plusieurs|de\s+nombreux)\s+"
    r"(?:de\s+|d['’])?(?:donateurs|bailleurs|pays|partenaires|[ée]tats)\b",
    r"to\s+which\s+(?:some\s+|more\s+than\s+|over\s+|about\s+)?(?:\d+|many|several|dozens\s+of)\s+"
    r"(?:donors|partners|countries|governments)\s+(?:have\s+)?(?:contribute|contributed)\b",
    # donors with another group of givers as the subject: "Donors and investors pledged some USD 30 billion", "donors
    # and lenders have committed", "bailleurs et investisseurs ont promis" (round 24)
    r"donors\s+(?:and|&)\s+(?:investors|lenders|creditors|financial\s+institutions|the\s+private\s+sector|"
    r"development\s+banks|banks)\b",
    r"(?:bailleurs|donateurs)\s+et\s+(?:investisseurs|prêteurs|institutions\s+financières|banques)\b",
    # the donors at a meeting as the subject, perhaps before an aside: "Donors at the conference, co-chaired by the
    # European Union, pledged", or a sum that is several givers' by its own words: "pledged a combined €5.8 billion"
    # (round 28)
    r"(?:donors|participants|delegations|countries|governments)\s+(?:at|in|to)\s+(?:the\s+|this\s+|that\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?(?:conference|meeting|summit)\b",
    r"(?:pledged|committed|promised|announced|mobili[sz]ed|provided|gave|contributed|raised)\s+a\s+combined\b",
    # what a conference or meeting sets out to raise: "This conference aims to mobilise at least USD 10 billion", "The
    # meeting seeks to secure" (round 28)
    r"(?:conference|meeting|summit|appeal)\s+(?:aims|seeks|hopes|intends|wants|is\s+expected|is\s+meant)\s+to\s+"
    r"(?:mobili[sz]e|raise|secure|collect|gather|generate)\b",
    # the donors in the room, the speaker among them: "Last year we together pledged EUR 5.6 billion", "Together we
    # mobilised more than $7 billion" (round 28)
    r"\bwe\s+(?:have\s+|had\s+)?(?:all\s+)?(?:together|collectively|jointly)\b", r"\btogether,?\s+we\b",
)
#: A heading over others' money in a report the partner is named in: "Other funders", "Other donors", "Autres
#: bailleurs" (round 21). Its items are no claim of the partner's, whoever they name.
OTHER_FUNDERS_HEADING = (
    r"\W*(?:our\s+)?other\s+(?:funders|donors|income|sources\s+of\s+(?:funding|income)|supporters)",
    r"\W*(?:nos\s+)?autres\s+(?:bailleurs|donateurs|financeurs|sources\s+de\s+financement)",
)

#: The partner's own people, named with its demonym ("étudiants sénégalais", "Australian students"): money spent on them
#: (scholarships, a return home) is spent at home, wherever they go (round 31).
OWN_NATIONALS_NOUNS_FR = ("étudiants", "étudiantes", "élèves", "ressortissants", "ressortissantes", "citoyens",
                          "pèlerins", "boursiers")
OWN_NATIONALS_NOUNS_EN = ("students", "nationals", "citizens", "pilgrims", "scholars")

#: A box of an organisation's own key figures: "Hydra Solidarité en chiffres", "Our charity in numbers", "ACME at a
#: glance" (round 31). Under one that names neither the partner nor its aid, the sums are the writer's own budget.
OWN_FIGURES_HEADING = r"\W*(?P<name>[^\n]{2,60}?)\s+(?:en\s+chiffres|in\s+(?:figures|numbers))\W*"
#: ... words that make such a box the partner's own: "Notre aide en chiffres", "Swiss support in figures", "L'opération
#: Chammal en chiffres", "The mission in numbers".
OWN_FIGURES_PARTNERS = (r"(?<![\w])(?:notre|nos|our|contributions?|aides?|aid|engagements?|soutiens?|support"
                        r"|assistance|coopération|cooperation|gouvernement|government|missions?|opérations?|operations?"
                        r"|contingents?|détachements?|detachments?|programmes?|programs?|projets?|projects?|accords?"
                        r"|agreements?|conventions?|partenariats?|partnerships?)(?![\w])")

#: Words right before a figure that make it no money given at all, by anyone: what an appeal asks for, what needs or
#: a reconstruction are put at, an estimate. Unlike :data:`OTHERS_MONEY`, a document of many givers does not give
#: such a figure to the country named beside it ("l'Irak et la communauté internationale estiment à 80 milliards").
#: What a home project costs, before a sum that names neither a place abroad nor a line: a cabinet's other business
#: ("Le coût de la construction est estimé à 14,2 millions d'euros" for a school at home, "اعتماد إضافي بقيمة ١٥٠ مليون
#: دينار في ميزانية وزارة الإسكان") is no contribution (round 28).
DOMESTIC_COSTS = (
    r"co[uû]t\s+(?:de\s+(?:la\s+)?construction|des\s+travaux|de\s+(?:la\s+)?rénovation)",
    r"(?:construction|building|renovation)\s+costs?", r"cost\s+of\s+(?:building|constructing|the\s+construction)",
    r"تكلفة\s+(?:ال)?(?:بناء|إنشاء|تشييد)",
    # ... or a base of its own forces, a national project: "فتكلفة القاعدة التي بلغت ٨ مليارات جنيه مشروع وطني",
    # "The new naval base cost EGP 8 billion" (round 30)
    r"[وف]?(?:تكلفة|كلفة)\s+(?:ال)?قاعدة", r"مشروع\s+وطني", r"(?:naval|air|military|new)\s+base\s+(?:cost|costs)",
    r"cost\s+of\s+the\s+(?:new\s+)?(?:naval\s+|air\s+|military\s+)?base", r"national\s+project",
    r"co[uû]t\s+de\s+la\s+(?:nouvelle\s+)?base", r"projet\s+national",
    r"ميزانية\s+وزارة\s+(?:ال)?(?:إسكان|تربية|تعليم|صحة|داخلية|أشغال|كهرباء|نقل|بلديات|عدل)",
    r"budget\s+(?:du|de\s+la|de\s+l['’])\s*(?:ministère\s+(?:du|de\s+la|de\s+l['’])\s*)?(?:logement|éducation|"
    r"santé|intérieur|travaux\s+publics|mobilité)",
)

#: Words that name the size of the partner's whole defence budget right before a sum: "the defence budget, which stands
#: at EUR 1.73 billion", "a national defence budget of EUR 2.1 billion", "Le budget de la défense atteint 1,7
#: milliard d'euros" (round 32). Money spent at home, no contribution; a part the budget "includes" is kept.
DEFENCE_BUDGET_BEFORE = (
    r"(?:defen[cs]e|military)\s+(?:budget|spending)(?:\s+for\s+(?:19|20)\d\d)?(?:,?\s+which)?\s+(?:stands\s+at|is|was"
    r"|will\s+be|totals|totalled|totaled|amounts\s+to|reaches|reached|rises\s+to|rose\s+to|of)\s+"
    r"|budget\s+(?:de\s+la\s+défense|des\s+armées|militaire)(?:,?\s+qui)?\s+(?:atteint|atteindra|s['’]élève\s+à|"
    r"s['’]élèvera\s+à|est\s+de|sera\s+de|de)\s+"
)

#: Words after a sum, in its sentence, that say it buys equipment for the partner's own forces, a project at home
#: whatever its line: "لاقتناء طائرات دورية بحرية لفائدة جيش البحر", "لتحديث أسطول طائرات F-16 في القواعد الوطنية",
#: "for its own armed forces", "au profit de la Marine nationale" (not "لصالح الجيش الوطني الصومالي", which receives
#: them) (round 31).
OWN_FORCES_PURCHASE = (
    r"(?:ل|و)?(?:اقتناء|شراء|تحديث)\s+(?:\S+\s+){1,5}?(?:(?:لفائدة|لصالح)\s+(?:جيش\s+(?:البحر|البر|الطيران)|"
    r"(?:ال)?جيش\s+(?:ال)?وطني|(?:ال)?قوات\s+(?:ال)?مسلحة)(?!\s+(?:ال)?[^\W\d_]+ي(?:ة)?(?!\w))|في\s+(?:ال)?قواعد\s+(?:ال)?وطنية)",
    r"for\s+(?:its|our|their)\s+own\s+(?:armed\s+)?forces", r"au\s+profit\s+de\s+(?:la\s+[Mm]arine\s+nationale|"
    r"l['’]armée\s+de\s+(?:terre|l['’]air))",
)

#: ... and the service it buys for, glued to "ل" ("لشراء ثماني مقاتلات من طراز إف-16 لسلاح الجو البلغاري", "لتحديث
#: طائرات النقل للقوات الجوية"): the partner's own when no demonym follows or the partner's does (round 32).
OWN_SERVICE_PURCHASE_AR = (
    r"(?<!\w)[ول]?(?:اقتناء|شراء|تحديث)\s+(?:\S+\s+){1,8}?(?:لل|ل|لصالح\s+(?:ال)?|لفائدة\s+(?:ال)?)"
    r"(?:سلاح\s+(?:ال)?(?:جو|بحرية|طيران|بر)|قوات\s+(?:ال)?(?:جوية|بحرية|برية|مسلحة)|جيش)(?!\w)"
    r"(?P<whose>\s+(?:ال)?[^\W\d_]+)?"
)

NOT_GIVEN_BEFORE = (
    # a state's whole spending in a budget-day summary: "Total spending is set at ISK 1,540 billion", "Total government
    # expenditure for 2028 is forecast at" (round 31)
    r"\b(?:total|overall)\s+(?:public\s+|government\s+|state\s+|budget\s+)?(?:spending|expenditure|outlays)\s+"
    r"(?:for\s+(?:19|20)\d\d\s+)?(?:(?:is|was|will\s+be)\s+)?"
    r"(?:(?:set|forecast|projected|estimated|budgeted|put|planned)\s+)?"
    r"(?:at|of|stands\s+at|amounts\s+to|totals?|reach(?:es|ed)?)\s+(?:about\s+|some\s+|around\s+|over\s+|nearly\s+)?$",
    # ... and what it spends at home on allies' forces: "Host-nation support and NATO common funding at Keflavik rise to
    # ISK 7.9 billion", "Host nation support for allied forces costs about EUR 60 million" (round 31)
    r"\bhost[- ]nation\s+support\b[^.;\n\d]{0,80}?\b(?:rises?|rose|falls?|fell|is|are|was|were|stands?|amounts?|"
    r"totals?|costs?|comes?)\s+(?:(?:to|at|about|some|around|nearly|over)\s+)*$",
    # an organisation's own programme, which its donors fill: "SGI's Syria programme costs around USD 7.5 million a
    # year", "MAG's Iraq operation costs" (round 31)
    r"\b(?-i:[A-Z]{2,6})['’]s\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?:programmes?|programs?|operations?|response|work)\s+"
    r"costs?\s+(?:about\s+|some\s+|around\s+|over\s+|nearly\s+|roughly\s+)?$",
    # trade between countries is no money given: "Bilateral trade in goods totaled $9.4 billion", "U.S. exports of $1.9
    # billion", "Exports to Jordan reached" (not the Export-Import Bank's loans) (round 28)
    r"\b(?:exports?|imports?|trade)(?![\w-])[^.;\n\d]{0,40}?(?:\bof|totall?ed|reached|worth|stood\s+at|amounted\s+to"
    r"|(?:was|were)(?:\s+valued\s+at)?)\s+(?:about\s+|some\s+|over\s+|more\s+than\s+|nearly\s+|around\s+)?$",
    # a state's whole budget: "Iraq's 2026 federal budget of 211 trillion dinars", "Lebanon's national budget of USD 3.2
    # billion" (round 28)
    r"\b(?:national|federal|state|general|government)\s+budget\s+(?:for\s+(?:19|20)\d\d\s+)?(?:of|is|was|stands\s+at|"
    r"amounts\s+to|totals?|reach(?:ed|es)|exceed(?:ed|s))\s+(?:about\s+|some\s+|around\s+|over\s+|nearly\s+)?$",
    # ... or a state's own, by its name: "Iraq's own budget for 2026 exceeds 200 trillion dinars" (round 29)
    r"[A-Z][\w.-]*['’]s\s+own\s+(?:(?:national|federal|state|annual)\s+)?budget\s+(?:for\s+(?:19|20)\d\d\s+)?(?:of|is|was|"
    r"stands\s+at|amounts\s+to|totals?|reach(?:ed|es)|exceed(?:ed|s))\s+(?:about\s+|some\s+|around\s+|over\s+|"
    r"nearly\s+)?$",
    # a fund's budget, which its many donors fill: "the Facility, which has 31 donors and a budget of USD 1.9 billion",
    # "the facility's budget of USD 2 billion" (round 29)
    r"\b(?:donors|partners|contributors)\s+and\s+a\s+(?:total\s+|overall\s+)?budget\s+of\s+(?:about\s+|some\s+|"
    r"around\s+|over\s+|nearly\s+)?$",
    r"\b(?:facility|fund|mechanism)['’]s\s+(?:total\s+|overall\s+)?budget\s+(?:of|is|was|stands\s+at)\s+"
    r"(?:about\s+|some\s+|around\s+|over\s+|nearly\s+)?$",
    # a state's whole budget in Arabic and French: "تبلغ جملة ميزانية الدولة لسنة 2027 حوالي 63 مليار دينار", "le
    # budget de l'État pour 2027 s'élève à 63 milliards de dinars" (round 31)
    r"(?:ال)?(?:ميزانية|موازنة)\s+(?:ال)?(?:دولة|عامة|اتحادية)(?:\s+(?:لسنة|لعام|للعام|للسنة\s+المالية|في\s+عام)\s+\d{4})?"
    r"\s+(?:(?:تبلغ|بلغت|هي|نحو|حوالي|قرابة|ما\s+يقارب)\s+)*$",
    r"\bbudget\s+(?:général\s+)?de\s+l['’]État(?:\s+(?:pour|en)\s+\d{4})?\s+(?:(?:de|s['’]élève\s+à|atteint|est\s+de|"
    r"environ|quelque|près\s+de)\s+)+$",
    # ... and what a body spends of its own, by a possessive: "وبلغت ميزانيتها السنوية 11 مليون دولار" in an NGO's "About
    # us", "its annual budget was $11 million", "son budget annuel s'élève à" (round 31)
    r"(?:ال)?(?:ميزانيت|موازنت)(?:ها|ه)\s+(?:ال)?(?:سنوية|إجمالية|تشغيلية|عامة)(?:\s+(?:لعام|لسنة|في\s+عام)\s+\d{4})?"
    r"\s+(?:(?:تبلغ|بلغت|هي|نحو|حوالي|قرابة)\s+)*$",
    r"\b(?:its|their)\s+(?:annual|yearly|operating)\s+budget\s+(?:(?:for|in)\s+\d{4}\s+)?(?:of|is|was|stands\s+at|"
    r"amounts\s+to|totall?ed|reached)\s+(?:about\s+|some\s+|around\s+|over\s+|nearly\s+)?$",
    r"\b(?:son|leur)\s+budget\s+(?:annuel|de\s+fonctionnement)\s+(?:(?:de|s['’]élève\s+à|s['’]élevait\s+à|atteint|était\s+de|"
    r"est\s+de)\s+)(?:environ\s+|quelque\s+|près\s+de\s+)?$",
    # ... and what a state puts in its own defence ministry's hands: "رُصد لوزارة الدفاع الوطني مبلغ 4 012 مليون دينار"
    # (round 31)
    r"(?:[وف]?(?:رصد|خصص|اعتمد)[\u064b-\u0652]*\s+|(?:اعتمادات|مخصصات)\s+)لوزارة\s+(?:ال)?(?:دفاع|داخلية)"
    r"(?:\s+(?:ال)?وطني)?\s+(?:(?:مبلغ|بمبلغ|نحو|حوالي)\s+)*$",
    # a ministry's whole spending or budget, no sum it gives: "بلغت جملة المصروفات المقدرة لوزارة الخارجية في المشروع
    # 312 مليون دينار", "the ministry's total budget stands at" (round 25)
    r"(?:ال)?(?:مصروفات|نفقات|ميزانية|موازنة)\s+(?:ال)?(?:مقدرة\s+|إجمالية\s+|عامة\s+)?(?:ل)?وزارة\s+[^\W\d_]+"
    r"(?:\s+(?:[^\W\d_]+|(?:19|20)\d\d(?:/(?:19|20)?\d\d)?)){0,5}?\s+(?:(?:هي|تبلغ|بلغت|نحو|حوالي)\s+)?$",
    r"\bthe\s+(?:ministry|department)['’]s\s+(?:total\s+|overall\s+|whole\s+)?(?:budget|spending|expenditure)\s+"
    r"(?:of|is|was|stands\s+at|amounts\s+to)\s+(?:some\s+|about\s+|around\s+)?$",
    # ... as a budget bill names it, by the ministry alone: "Les crédits du ministère de la Défense atteignent 21,4
    # milliards de FDJ", "le budget du ministère des Armées s'élève à" (round 31)
    r"\b(?:crédits|budget|dépenses)\s+(?:total\s+|global\s+)?du\s+ministère\s+(?:de\s+la\s+|de\s+l['’]|des\s+|du\s+)"
    r"[^\W\d_]+(?:\s+[^\W\d_]+)?\s+(?:atteignent|atteint|s['’]élèvent\s+à|s['’]élève\s+à|sont\s+de|est\s+de|"
    r"(?:sont\s+)?portés?\s+à)\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+)?$",
    # what a state takes in, not gives: "les loyers des bases militaires étrangères ... rapporteront 18,6 milliards",
    # "rents from the foreign bases bring in" (round 31)
    r"\b(?:loyers|redevances|recettes)\b[^.;\n\d]{0,80}?\s(?:rapporte\w*|rapportent|rapporteront|atteign\w*)\s+"
    r"(?:plus\s+de\s+|près\s+de\s+|environ\s+)?$",
    r"\b(?:rents?|revenues?|receipts)\b[^.;\n\d]{0,80}?\s(?:bring\s+in|brings\s+in|brought\s+in|yield\w*|earn\w*)\s+"
    r"(?:about\s+|some\s+|over\s+|nearly\s+)?$",
    # what a country or programme needs or requires: "Iraq would need at least $88 billion", "l'Irak aurait besoin de
    # 80 milliards", "يحتاج العراق إلى 88 مليار دولار"
    r"\b(?:needs?|needed|requires?|required)\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+|about\s+|around\s+"
    r"|nearly\s+|an\s+estimated\s+)?$",
    r"\bbesoin\s+d['’e]\s*(?:au\s+moins\s+|plus\s+de\s+|près\s+de\s+|environ\s+)?$",
    r"(?:يحتاج|تحتاج|بحاجة)\s+(?:\S+\s+){0,2}?إلى\s+(?:أكثر\s+من\s+|نحو\s+|حوالي\s+)?$",
    # what a conference or appeal sets out to raise: "aims to raise $9 billion", "l'objectif est de lever neuf
    # milliards", "يهدف المؤتمر إلى جمع 9 مليارات"
    r"\b(?:to\s+)?raise\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|around\s+|nearly\s+|at\s+least\s+|up\s+to\s+)?$",
    # a contract a company won: "Italian company Trevi had won a $2 billion maintenance contract"
    r"\b(?:won|wins|winning)\s+(?:a|an|the)\s+$",
    r"\b(?:lever|récolter|collecter|réunir)\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+)?$",
    # ... and what a fund-raising reaches: "cette levée de fonds qui atteindra 8 milliards", "a fundraising drive that
    # will reach"
    r"\blev[ée]e\s+de\s+fonds?\b[^.\n\d]{0,30}?(?:atteindr\w*|atteint|vise|s['’]élève\w*\s+à|de)\s+"
    r"(?:plus\s+de\s+|près\s+de\s+|environ\s+)?$",
    r"\bfund-?raising\b[^.\n\d]{0,30}?(?:reach(?:es|ed)?|target(?:s|ed)?|aims?\s+at|of)\s+"
    r"(?:more\s+than\s+|over\s+|about\s+|some\s+)?$",
    r"(?<!\w)(?:ل)?جمع\s+(?:(?:مساعدات|تبرعات|أموال|مبلغ)\s+)?(?:بقيمة\s+)?(?:أكثر\s+من\s+|نحو\s+|حوالي\s+)?$",
    # what a whole project or programme costs, all its funders together: "Le budget total du Projet s'élève à",
    # "The total budget of the project amounts to" (round 25)
    r"\b(?:budget|coût)\s+(?:global\s+|total\s+)(?:du|de\s+ce|de\s+la|de\s+l['’])\s*(?:projet|programme|action|"
    r"initiative)\b[^.\n\d]{0,30}?(?:s['’]élève\s+à|est\s+de|atteint|de|:)\s*(?:plus\s+de\s+|près\s+de\s+|environ\s+)?$",
    # assets frozen or seized from terrorists' networks are money taken, not given: "a gelé depuis 2015 des avoirs d'une
    # valeur de", "saisi des avoirs de", "has frozen assets worth", "Les avoirs gelés, d'un montant de" (round 27)
    r"\b(?:gel|saisi|confisqu|bloqu)\w*\s+(?:[^.;\n]{0,30}?\s)?(?:des\s+|les\s+)?avoirs\b[^.;\n\d]{0,40}?$",
    r"\bavoirs\s+(?:gel|saisi|confisqu|bloqu)\w*[^.;\n\d]{0,40}?$",
    r"\b(?:froze|frozen|freez\w*|seized?|seizing|confiscat\w*|blocked)\s+(?:[^.;\n]{0,30}?\s)?assets\b[^.;\n\d]{0,40}?$",
    r"\bassets\s+(?:frozen|seized|confiscated|blocked)[^.;\n\d]{0,40}?$",
    r"\btotal\s+(?:budget|cost)\s+of\s+the\s+(?:project|programme|program|action|initiative)\b[^.\n\d]{0,30}?"
    r"(?:amounts\s+to|is|comes\s+to|of|:)\s*(?:about\s+|some\s+|over\s+|nearly\s+)?$",
    # an agency's turnover: "Chiffre d'affaires total : 310 millions d'euros", "a turnover of EUR 300 million"
    r"chiffre\s+d['’]affaires\b[^.\n\d]{0,40}?$", r"\bturnover\b[^.\n\d]{0,40}?$",
    # an appeal of a sum, what the needs or a reconstruction are put at
    r"un\s+appel\s+(?:de\s+fonds\s+|humanitaire\s+|d['’]urgence\s+)?(?:de|d['’])\s*(?:plus\s+de\s+|près\s+de\s+)?$",
    # "an appeal for", "a flash appeal in July for", "is appealing for nearly"
    r"\bappeal(?:s|ing|ed)?\s+(?:[^.\n\d]{0,30}?\s)?(?:for|of)\s+(?:more\s+than\s+|over\s+|nearly\s+|some\s+|about\s+|"
    r"around\s+|almost\s+)?$",
    # ... named with its article or its agency: "L'appel humanitaire de 4,1 milliards", "l'appel des Nations unies de"
    # (round 19)
    r"(?:l['’]|cet\s+|son\s+|leur\s+)appel\s+(?:de\s+fonds\s+|humanitaire\s+|d['’]urgence\s+)?"
    # ... also by its reach, the sum set off by commas: "L'appel régional des Nations Unies, de 5,1 milliards" (round 22)
    r"(?:(?:régional|éclair|conjoint|mondial|international)\s+)?"
    r"(?:(?:des\s+Nations\s+unies|de\s+l['’]ONU|du\s+HCR|du\s+PAM|de\s+l['’]UNICEF|de\s+l['’]OCHA)\s*,?\s+)?"
    r"(?:de|d['’])\s*(?:plus\s+de\s+|près\s+de\s+)?$",
    r"besoins\b[^.\n]{0,60}?(?:(?:estimés|évalués|chiffrés|s['’]élèvent)\s+à|atteignent)\s*(?:plus\s+de\s+|près\s+de\s+)?$",
    # ... in Arabic, what an agency puts its needs at: "وتقدر المنظمة احتياجاتها في لبنان لعام 2026 بـ" (round 27)
    r"(?:ال)?احتياجات\S*\s+(?:[^.\n،]{0,60}?\s)?(?:ب|بـ|بنحو|بحوالي|بأكثر\s+من|تبلغ|بلغت)\s*(?:نحو\s+|حوالي\s+)?$",
    # assets frozen or seized are no money given: "جمدت السلطات ... أصولاً مشبوهة تقدر قيمتها بنحو", "the authorities
    # have frozen suspect assets worth", "ont gelé des avoirs d'une valeur de" (round 27)
    r"(?<!\w)و?(?:جمد|جمّد|صادر|حجز)(?:ت|وا)?\s+(?:[^.\n]{0,50}?\s)?(?:ال)?(?:أصول|أموال|أرصدة)\S*\s[^.\n\d]{0,40}?$",
    r"\b(?:froze|frozen|freezing|seized|confiscated)\s+(?:[^.\n\d]{0,40}?\s)?(?:assets|funds|cash|accounts)\b"
    r"[^.\n\d]{0,40}?$",
    r"\b(?:gel[ée]|saisi|confisqu[ée])s?\s+(?:[^.\n\d]{0,40}?\s)?(?:avoirs|fonds|actifs|comptes)\b[^.\n\d]{0,40}?$",
    r"needs\b[^.\n]{0,60}?(?:are\s+estimated\s+at|amount\s+to|total)\s*(?:more\s+than\s+|over\s+|some\s+)?$",
    # what someone puts needs, damage or rebuilding at: "The Government puts its reconstruction needs at close to"
    # (not what a deployment cost: "New Zealand puts the cost of the Iraq deployment at $38 million")
    r"\bput(?:s|ting)?\s+(?:[^.\n\d]{0,40}?\s)?(?:needs|damages?|costs?\s+of\s+(?:rebuilding|reconstruct\w*|repair\w*|"
    r"recovery)(?:\s+[^.\n\d]{0,40}?)?)\s+at\s+"
    r"(?:close\s+to\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?$",
    # a partner's whole defence budget is no contribution: "Total Defence funding will be", "The defence budget rises
    # to"
    r"\bdefen[cs]e\s+(?:funding|budget|spending|expenditure)\s+(?:[^.\n\d]{0,30}?\s)?(?:be|is|was|of|totals?|"
    r"reach(?:es)?|rises?\s+to|grows?\s+to|amounts?\s+to)\s+(?:about\s+|around\s+|some\s+|over\s+)?$",
    r"co[uû]t\s+de\s+la\s+reconstruction\b[^.\n]{0,60}?(?:(?:estimé|évalué|chiffré)\s+à|s['’]élève\s+à|atteint|dépasse)"
    r"\s*(?:plus\s+de\s+|près\s+de\s+)?$",
    r"(?:cost\s+of\s+(?:the\s+)?reconstruction|reconstruction\s+costs?)\b[^.\n]{0,60}?"
    r"(?:estimated\s+at|amounts?\s+to|exceeds?|reach(?:es)?|will\s+cost)\s*(?:more\s+than\s+|over\s+|some\s+)?$",
    # what a war or crisis cost a country: "Le conflit en Syrie a coûté à Beyrouth plus de 7,5 milliards de dollars",
    # "the Syrian crisis has cost Lebanon", "كلفت الأزمة السورية لبنان" (not "the response to the crisis has cost")
    r"(?<!to\s)(?<!à\s)(?<!of\s)(?<!de\s)\b(?:le|la|the)\s+(?:[^\W\d_]+\s+)?(?:conflit|guerre|crise|conflict|war|crisis)"
    r"(?:\s+(?:en|in|de|du)\s+[^\W\d_]+|\s+[^\W\d_]+)?\s+(?:a\s+coûté|avait\s+coûté|has\s+cost|had\s+cost|cost)\s+"
    r"(?:à\s+|to\s+)?(?:[^\W\d_]+\s+){0,3}?(?:plus\s+de\s+|more\s+than\s+|over\s+|près\s+de\s+|nearly\s+|about\s+|"
    r"environ\s+)?$",
    r"و?(?:كلف|كلّف|كلفت|كلّفت)\s+(?:ال)?(?:أزمة|حرب|نزاع|صراع)\S*\s+(?:\S+\s+){0,3}?(?:أكثر\s+من\s+|نحو\s+|حوالي\s+)?$",
    # what rebuilding will cost, whoever pays: "the reconstruction would cost the government of Iraq $100 billion",
    # "rebuilding Mosul will cost about", "la reconstruction du pays coûtera", "إعادة إعمار المدن ستكلف"
    r"\b(?:reconstruction|rebuilding|repairs?|recovery)\b[^.\n\d]{0,60}?\b(?:would|will|could|may|might)\s+cost\s+"
    r"(?:[^.\n\d]{0,40}?\s)?(?:about\s+|around\s+|some\s+|over\s+|more\s+than\s+|nearly\s+|at\s+least\s+)?$",
    r"\breconstruction\b[^.\n\d]{0,60}?\bco[uû]ter(?:a|ait|aient|ont)\s+(?:[^.\n\d]{0,40}?\s)?"
    r"(?:environ\s+|plus\s+de\s+|près\s+de\s+|quelque\s+|au\s+moins\s+)?$",
    r"إعادة\s+(?:ال)?إعمار\s+(?:\S+\s+){0,3}?(?:س|سوف\s+|قد\s+)?(?:تكلف|يكلف)\s+(?:\S+\s+){0,3}?"
    r"(?:نحو\s+|حوالي\s+|أكثر\s+من\s+)?$",
    # an estimate right before its figure: "l'Irak et la communauté internationale estiment à environ 80 milliards
    # de dollars le coût", "The World Bank estimates the damage at", "تقدر الأمم المتحدة ... بنحو"
    r"(?:estim|évalu|chiffr)(?:e|ent|ait|aient)\s+à\s+(?:environ\s+|plus\s+de\s+|près\s+de\s+|quelque\s+)?$",
    # ... with the needs between: "Les Nations unies chiffrent leurs besoins pour la Syrie à 4,1 milliards" (round 18)
    r"(?:estim|évalu|chiffr)(?:e|ent|ait|aient)\s+(?:leurs?|ses|les|their|its|the)\s+(?:besoins|needs)\b[^.\n\d]{0,50}?"
    r"\s(?:à|at)\s+(?:environ\s+|plus\s+de\s+|près\s+de\s+|quelque\s+|about\s+|some\s+|over\s+)?$",
    # an agency's own programme, budget or appeal, brought in by "dont" or "whose": "le Service de l'action antimines
    # des Nations unies, dont le programme pour l'Irak est chiffré cette année à", "WFP, whose budget for Syria is"
    r"(?:Nations\s+unies|United\s+Nations|\bONU|(?-i:\bUN)|UNMAS|PNUD|UNDP|HCR|UNHCR|(?-i:PAM)|WFP|UNICEF|OCHA|CICR|"
    r"ICRC|OIM|IOM)\b[^.\n\d]{0,30}?,\s*(?:dont|whose)\s+(?:le\s+|la\s+|les\s+|l['’])?(?:programme|plan|budget|appel|"
    r"besoins|appeal|needs)\b[^.\n\d]{0,60}?$",
    # ... but not what the partner's own deployment or mission costs: "The government estimates the cost of the
    # deployment in Iraq at EUR 1.9 million a year" (round 27)
    r"estimates?\s+(?:that\s+)?(?!(?:the\s+|its\s+|our\s+)?(?:annual\s+|yearly\s+|total\s+)?costs?\s+of\s+(?:the\s+|its\s+|"
    r"our\s+|this\s+)?(?:[\w-]+\s+)?(?:deployment|mission|contingent|participation|rotation|detachment)s?\b)"
    r"(?:[^.\n]{0,50}?\s)?(?:at|will\s+cost|would\s+cost|costs?)\s+(?:about\s+|around\s+|over\s+|"
    r"more\s+than\s+|some\s+)?$",
    # ... but not the giver's own sum described as estimated ("ساهمت بمبلغ يقدر بنحو"), nor the value of a gift in kind
    # ("هبة تقدر قيمتها بنحو 5 ملايين دولار", round 20)
    r"(?<!مبلغ\s)(?<!قيمة\s)(?<!منحة\s)(?<!مساعدات\s)(?<!مساعدة\s)"
    r"و?(?:يقدر|تقدر|قدرت|قدّرت|يُقدّر|تُقدّر)\s+(?!قيمت(?:ها|ه)\s)(?:\S+\s+){0,4}?(?:ب|بنحو\s+|بحوالي\s+|بأكثر\s+من\s+)$",
    # an appeal or response plan stating what it needs ("the UN humanitarian response plan for Syria amounts to")
    # ... also in the plural: "The United Nations appeals for Syria ... total more than", "response plans" (round 19)
    # (not a donor's call for proposals, nor the envelope of one: "L'enveloppe de l'appel s'élève à", round 23)
    r"(?:response\s+plans?|appeals?|plan\s+de\s+réponse|(?<!enveloppe\sde\s)(?<!dotation\sde\s)(?<!budget\sde\s)"
    r"l['’]appel(?!\s+(?:à|aux)\s+(?:projets|propositions|candidatures))|[وف]?خطة\s+الاستجابة|[وف]?(?:ال)?نداء"
    # a regional or humanitarian plan ("le plan régional pour les réfugiés et la résilience, évalué à", "3RP")
    r"|plan\s+(?:régional|humanitaire|d['’]aide\s+humanitaire)|regional\s+(?:refugee\s+and\s+resilience\s+)?plan|3RP)"
    # ... across a PDF's wrapped line, and what it exceeds ("dépasse 4 milliards de dollars", round 20)
    r"\b(?:[^.\n]|\n(?!\n)){0,60}?(?:amounts?\s+to|totals?|calls?\s+for|seeks?|sought|requires?|requests?|asks?\s+for|"
    r"s['’]élève|atteint|dépass(?:e|ent|ait|aient)|exceed(?:s|ed)?|"
    r"requiert|nécessite|demande|demandait|sollicite|réclame|تبلغ|يبلغ|"
    r"بقيمة|احتياجات|تحتاج|تتطلب|تقدر|البالغ|تطلب|يطلب|طلبت|تسعى\s+(?:إلى|ل)\s*جمع|تستهدف\s+جمع"
    # what the plan is costed at: "chiffré à", "évalué à", "estimated at"
    r"|(?:chiffr|évalu|estim)ée?\s+à|(?:estimated|valued|costed)\s+at)",
    # what the UN or an agency seeks or needs, and the further sum it seeks beside it: "The United Nations is seeking
    # $5.5 billion ... and another $3.3 billion", "WFP requires", "UNHCR needs", "the agency has appealed for"
    r"(?:United\s+Nations|U\.?N\.?(?:\s+agencies)?|agency|agencies|WFP|UNHCR|UNICEF|UNRWA|OCHA|IOM|ICRC|Red\s+Cross)"
    r"\s+(?:is\s+|are\s+|was\s+|were\s+|has\s+|have\s+|had\s+)?(?:seeking|seeks|sought|requires|required|needs|needed|"
    r"(?:appeal(?:s|ed|ing)|ask(?:s|ed|ing)|call(?:s|ed|ing))\s+"
    # ... of whom: "has asked donors for", "appealed to donors for"
    r"(?:(?:to\s+|on\s+)?(?:the\s+)?(?:donors|partners|member\s+states|international\s+community)\s+)?for)\s+"
    r"(?:(?:[^.\n]|\.(?=\d)){0,80}?\s(?:and\s+)?(?:another|a\s+further|an\s+additional)\s+)?"
    r"(?:more\s+than\s+|over\s+|some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$",
    # a response plan named for its country or body: "خطة لبنان للاستجابة للأزمة، التي تبلغ احتياجاتها", "تبلغ
    # احتياجات خطة الأمم المتحدة للاستجابة الإنسانية في سوريا"
    r"[وف]?خطة\s+(?:[^\W\d_]+\s+){1,3}?(?:لل|ال)استجابة(?!\w)[^.\n]{0,60}?(?:تبلغ|بلغت|احتياجات|تحتاج|تتطلب|تقدر|البالغ)",
    r"(?:تبلغ|بلغت|يبلغ)\s+احتياجات\s+خطة\s+(?:[^\W\d_]+\s+){0,3}?(?:لل|ال)استجابة(?!\w)[^.\n]{0,60}?$",
    # the appeal as the subject after its verb: "يطلب النداء الإنساني", "وتسعى خطة الاستجابة الإقليمية إلى جمع"
    r"[وف]?(?:تسعى|يسعى|تطلب|يطلب|طلبت|طلب|تستهدف|يستهدف|يبلغ|تبلغ)\s+(?:[^\W\d_]+\s+){0,2}?(?:خطة|النداء|نداء)(?!\w)",
    # the sum an appeal still needs: "المبلغ المطلوب البالغ", "التمويل المطلوب لهذا العام"
    r"(?:ال)?(?:مبلغ|تمويل|احتياجات)\s+(?:ال)?مطلوب(?:ة)?",
    # what a country or a sector needs, or what reconstruction costs, right before the sum: "تحتاج المحافظات إلى",
    # "بحاجة إلى", "قدّرت ... احتياجات إعادة الإعمار بنحو", "تقدر كلفة إعادة الإعمار بأكثر من"
    r"[وف]?(?:تحتاج|يحتاج|تحتاجان|يحتاجان|بحاجة)\s+(?:[^\W\d_]+\s+){0,3}?إلى\s+(?:[^\W\d_]+\s+){0,2}$",
    # ... but not what the partner's own operation or share cost it: "التكلفة الإضافية لعملية أوكرا بنحو" (round 25),
    # "تقدر الحكومة تكاليف البعثة بنحو" (round 32)
    r"(?:ال)?(?:احتياجات|كلفة|تكلفة|تكاليف)\s+(?:(?!(?:ال|لل|ل)?(?:عملية|عمليات|مهمة|بعثة|مشاركة|مساهمة|انتشار)(?!\w))"
    r"[^\W\d_]+\s+){0,4}?(?:ب(?:نحو|حوالي|قرابة|أكثر\s+من|ما\s+يزيد\s+على)?|"
    r"تبلغ|بلغت|تصل\s+إلى|تتجاوز)\s*$",
    # the whole of which a share was funded: "لم تُموَّل إلا بنسبة 28 بالمائة من أصل", "only 30% of the"
    r"(?:\d+(?:[.,]\d+)?\s*%|بالمائة|بالمئة|في\s+المائة|في\s+المئة)\s+(?:فقط\s+)?من\s+(?:أصل|إجمالي)\s+$",
    r"\d+(?:\.\d+)?\s*%\s+(?:only\s+)?of\s+(?:the\s+)?(?:total\s+|required\s+|requested\s+)?$",
    # what someone asks for or needs, as a relative clause: "مجموع ما يطلبه منظّمو المؤتمر يتجاوز", "ما تحتاجه المحافظات
    # يبلغ" (round 19)
    r"(?<!\w)[وف]?ما\s+(?:يطلبه|تطلبه|طلبه|طلبته|يحتاجه|تحتاجه|يحتاج\s+إليه|تحتاج\s+إليه)(?!\w)[^.\n\d]{0,60}?$",
    # an exchange rate, as wire copy gives it in brackets: "(الدينار يساوي 27ر3 دولار)", "(الدولار الأمريكي يعادل 3.64
    # ريال)" (round 19)
    r"(?<!\w)ال(?:دولار|دينار|ريال|يورو|درهم|جنيه|ليرة|فرنك)(?:\s+ال[^\W\d_]+)?\s+(?:يساوي|يعادل)\s+$",
    # the trade between two countries, and the target set for it: "حجم التبادل التجاري بين البلدين تجاوز 24 مليار
    # دولار ... وإن الهدف بلوغ 30 ملياراً", "bilateral trade reached $5 billion", "les échanges commerciaux" (round 21)
    r"(?:التبادل|تبادل|الميزان|ميزان)\s+(?:ال)?تجاري(?!\w)(?:[^.\n\d]{0,60}?|[^.\n]{0,120}?(?:الهدف|يستهدف|تستهدف|نستهدف|"
    r"بهدف)\s+(?:\S+\s+){0,2}?)$",
    r"حجم\s+(?:ال)?تجارة(?!\w)[^.\n\d]{0,60}?$",
    r"trade\s+(?:volume|turnover|exchanges?|between\b|with\b)[^.\n\d]{0,60}?$",
    r"(?:bilateral|two-way)\s+trade\b[^.\n\d]{0,60}?$",
    r"(?:échanges|echanges)\s+commerciaux\b[^.\n\d]{0,60}?$",
    # a country's exports or imports, with the rise that brought them there: "ارتفعت الصادرات الوطنية بنسبة 4.2% لتصل
    # إلى 4.8 مليار دينار", "بلغت قيمة الواردات" (round 24)
    r"(?<!\w)(?:ال)?(?:صادرات|واردات)(?!\w)(?:[^.\n\d]|\d+(?:[.,]\d+)?\s*(?:%|٪))" r"{0,100}?$",
    # a sum no one gave: "ولم تموّل أي دولة منفردة مبلغاً بحجم 100 مليون يورو", "no single donor gave as much as",
    # "aucun pays n'a versé" (round 21)
    r"(?:ولم|فلم|لم|ولا|لا|ولن|لن)\s+\S+\s+(?:أي|أية)\s+(?:دولة|جهة|مانح|حكومة)(?!\w)[^.\n\d]{0,60}?$",
    r"no\s+(?:single\s+|other\s+)?(?:country|donor|government|state|partner)\b[^.\n\d]{0,60}?$",
    r"aucun\s+(?:autre\s+)?(?:pays|donateur|bailleur|[EÉ]tat|partenaire)\b[^.\n\d]{0,60}?$",
    # where an appeal or a response plan stands, right before its sum: "The United Nations humanitarian appeal for
    # Syria stands at US$4.1 billion", "l'appel pour le Yémen s'établit à 4,3 milliards" (round 24)
    r"(?:appeals?|response\s+plans?|l['’]appel|plan\s+de\s+réponse)\b[^.\n\d]{0,60}?(?:stands?\s+at|stood\s+at|"
    r"s['’]établi(?:t|ssait)\s+à)\s+(?:more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+|plus\s+de\s+|près\s+de\s+)?$",
    # what a charity's collection has brought in from the public: "La Chaîne du Bonheur a récolté 12 millions de
    # francs", "the appeal has raised more than £8 million" (round 24)
    r"\b(?:a|ont|avait|avaient)\s+(?:déjà\s+)?(?:récolté|collecté|recueilli)\s+(?:plus\s+de\s+|près\s+de\s+|environ\s+"
    r"|quelque\s+)?$",
    r"\b(?:has|have|had)\s+(?:already\s+)?(?:raised|collected)\s+(?:more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+"
    r"|almost\s+)?$",
    # what an agency's operation needs, against which it is funded: "only 41 percent funded against a requirement of
    # US$ 420 million", "with a requirement of US$4.07 billion" (round 27)
    r"\b(?:against|with|of|has|had|have)\s+(?:a|an|its|the)\s+(?:\w+\s+)?requirements?\s+of\s+"
    r"(?:more\s+than\s+|over\s+|about\s+|some\s+|nearly\s+|almost\s+)?$",
    # what a local fund, charity or club raised from its community, not the government's money: "The Cedar Valley
    # Veterans Fund raised $12,000 at the county fair" (round 27)
    r"\b(?:fund|foundation|charity|charities|association|society|club|church|parish|school|volunteers|residents)\b"
    r"[^.\n\d]{0,40}?\braised\s+(?:more\s+than\s+|over\s+|nearly\s+|about\s+|some\s+|almost\s+)?$",
    # money a plan missed, not spent: "The shortfall of NOK 47.4 million", "an underspend of", "leaving a gap of"
    # (round 24)
    r"\b(?:shortfall|underspend(?:ing)?|under-spend(?:ing)?|unspent\s+balance|(?:funding\s+)?gap|deficit|"
    r"écart|sous-exécution|manque)\s+(?:of|de|d['’])\s*(?:about\s+|some\s+|nearly\s+|around\s+|almost\s+|more\s+than\s+|"
    r"over\s+|près\s+de\s+|environ\s+|plus\s+de\s+)?$",
)
#: Words right after a figure that make it money missing, not given: "a $210 million shortfall in the hospital
#: budget", "a EUR 40 million funding gap", "a £300 million deficit" (round 29).
NOT_GIVEN_AFTER = r"\s+(?:funding\s+|budget\s+)?(?:shortfall|gap|deficit|underspend|overspend|overrun)\b"
#: Words right after a figure that make it the total of all donors: "EUR 5.6 billion pledged by all donors",
#: "٣٠ مليار دولار من مختلف الدول والمنظمات".
OTHERS_MONEY_AFTER = (
    # what is needed, named before its verb: "The United Nations says that €6.5 billion is needed this year", "4
    # milliards sont nécessaires"
    # (not what the partner's sum is: "€6 million, which is needed")
    r"(?<!which\s)(?<!that\s)(?:is|are|was|were|will\s+be)\s+(?:still\s+|urgently\s+|now\s+)?(?:needed|required)\b",
    r"(?<!qui\s)(?:est|sont|seront|était|étaient)\s+(?:encore\s+|toujours\s+)?(?:nécessaires?|requis(?:es?)?)\b",
    # a sum the host announced: "USD 2 billion announced this morning by our host", "pledged by the host country"
    r"(?:pledged|promised|announced|committed|made)\s+(?:\w+\s+){0,2}?by\s+(?:our|the)\s+hosts?\b",
    # ... also with when or where between: "annoncés en 2025 par les donateurs réunis à Bruxelles" (round 23)
    r"(?:pledged|promised|announced|committed|raised|given)\s+(?:[^.;\n]{0,30}?\s)?by\s+(?:all\s+|the\s+|other\s+)?"
    r"(?:donors|participants|partners|members|countries)",
    r"(?:promis|annoncés?|engagés?)\s+(?:[^.;\n]{0,30}?\s)?par\s+(?:l['’]ensemble\s+des|les|tous\s+les)\s+"
    r"(?:bailleurs|donateurs|participants)",
    # "plus de 1,4 Md$ de l'ensemble des bailleurs", "from all donors"
    r"(?:de\s+la\s+part\s+de|de)\s+(?:l['’]ensemble\s+des|tous\s+les)\s+(?:bailleurs|donateurs|participants|partenaires)",
    r"from\s+(?:all|several|many|other)\s+(?:donors|partners|participants)",
    # ... said at the end of its clause: "7,4 milliards d'euros pour 2026 et 2027, tous donateurs confondus", "EUR 6
    # billion by noon, all donors combined" (round 21)
    r"[^.;\n]{0,60}?[,(]\s*(?:tous\s+(?:les\s+)?(?:donateurs|bailleurs|pays|partenaires|contributeurs)\s+confondus|"
    r"all\s+donors\s+(?:combined|together))",
    # funds another donor delegated to the partner's agency: "3 M€ délégués par l'Union européenne"
    r"(?:délégués|delegated)\s+(?:par|by)",
    r"(?:de|from)\s+\d+\s+(?:donateurs|bailleurs|donors|pays\s+donateurs|donor\s+countries)",
    # ... or provided by them: "its budget since 2015 exceeds US$1.5 billion, provided by more than 30 donors" (round 27)
    r"[^.;\n]{0,20}?(?:provided|given|contributed|funded|financed)\s+by\s+(?:more\s+than\s+|over\s+|some\s+|about\s+|"
    r"nearly\s+)?\d+\s+(?:donors|partners|countries|governments|donor\s+countries)",
    # what a fund received from its donors, or from a number of them, or gathered itself, named after the sum: "1,9
    # milliard de dollars par une trentaine de donateurs", "120 millions de dollars de ses donateurs", "les 1,9
    # milliard de dollars réunis par ce mécanisme", "USD 1.9 billion from its donors", "pooled by the facility" (round 27)
    r"(?:de|from)\s+(?:ses|leurs|its|their|plus\s+de\s+\d+|more\s+than\s+\d+|over\s+\d+)\s+(?:\d+\s+)?"
    r"(?:donateurs|bailleurs|donors|pays\s+donateurs|donor\s+countries)\b",
    r"par\s+(?:une\s+(?:dizaine|vingtaine|trentaine|quarantaine|cinquantaine)|(?:plus\s+de\s+|quelque\s+|près\s+de\s+)?"
    r"\d+|plusieurs|de\s+nombreux)\s+(?:de\s+|d['’])?(?:donateurs|bailleurs|pays\s+donateurs)\b",
    r"(?:réuni|collecté|reçu|mobilisé|levé)e?s?\s+(?:au\s+total\s+|à\s+ce\s+jour\s+)?par\s+(?:ce|cet|cette|le|la|l['’])"
    r"\s*(?:mécanisme|fonds|facilité|instrument|dispositif)\b",
    r"(?:pooled|raised|received|collected|mobili[sz]ed|gathered)\s+(?:so\s+far\s+|to\s+date\s+)?by\s+(?:the|this|that)\s+"
    r"(?:facility|fund|mechanism|instrument)\b",
    # what charities raised from the public, not the government's money: "3,2 millions $ auprès du public", "de la part
    # du grand public", "raised from the public" (round 19)
    r"(?:auprès|de\s+la\s+part)\s+(?:du\s+(?:grand\s+)?public|des?\s+particuliers|de\s+la\s+population|"
    r"des\s+donateurs\s+privés)",
    r"(?:raised|collected|donated|given)\s+(?:from|by)\s+(?:the\s+(?:general\s+)?public|private\s+(?:donors|individuals)|"
    r"individual\s+donors|individuals)",
    r"from\s+(?:the\s+(?:general\s+)?public(?!\s+(?:purse|funds?|budget|sector))|private\s+donors|individual\s+donors)",
    r"من\s+(?:مختلف|جميع|كافة|مجموع)\s+(?:الدول|المانحين)",
    # ... also from several donors' contributions: "6 ملايين يورو من مساهمات عدة مانحين" (round 22)
    r"من\s+(?:مساهمات\s+)?(?:عدة|عدد\s+من|مختلف|جميع|كافة)\s+(?:ال)?(?:مانحين|دول\s+(?:ال)?مانحة|جهات\s+(?:ال)?مانحة)"
    r"(?!\w)",
    # a plan or fund that many give to, or the donors who pledged it, named after its sum: "خطة بقيمة 350 مليون دولار
    # لدعم الاستقرار تساهم فيها 25 دولة", "يشارك في تمويله 12 مانحاً", "تعهدت بها الدول المانحة", "a plan to which 25
    # countries contribute" (round 26)
    r"[يت]?(?:ساهم|شارك)(?:ت)?\s+(?:فيها|فيه|في\s+تمويل(?:ها|ه))\s+(?:(?:نحو|حوالي|أكثر\s+من)\s+)?\d+\s+"
    r"(?:دولة|دول|مانح|جهة|جهات)",
    r"(?:تعهد|قدم|ساهم)(?:ت)?\s+(?:بها|به)\s+(?:ال)?(?:دول|جهات)\s+(?:ال)?مانحة",
    # what the coalition raised, named after the sum by a relative verb: "1.6 مليار دولار حشدها التحالف لمرفق الاستقرار",
    # "$1.6 billion raised by the Coalition", "1,6 milliard de dollars mobilisés par la Coalition" (round 29)
    r"(?:حشد|جمع|قدم|قدّم|خصص|رصد|أنفق|وفر)(?:ها|ه)\s+(?:أعضاء\s+|دول\s+|شركاء\s+)?(?:ال)?تحالف(?!\w)",
    r"(?:raised|mobili[sz]ed|pledged|provided|committed|spent)\s+(?:so\s+far\s+|to\s+date\s+|together\s+)?by\s+(?:the\s+)?"
    r"(?:global\s+)?coalition(?:['’]s\s+(?:members|partners))?\b",
    r"(?:mobilisé|réuni|versé|engagé|promis|fourni)e?s?\s+(?:à\s+ce\s+jour\s+|ensemble\s+)?par\s+la\s+coalition\b",
    r"to\s+which\s+(?:\d+|several|many|other)\s+(?:countries|donors|partners|members)\s+(?:contribute|contributed|"
    r"are\s+contributing|have\s+contributed)\b",
    # "من نحو 30 مانحا", "من 28 دولة مانحة"
    r"من\s+(?:(?:نحو|حوالي|قرابة|أكثر\s+من|ما\s+يزيد\s+على)\s+)?\d+\s+(?:مانح|(?:دولة|دول|جهة|جهات)\s+مانحة)",
    # an appeal's requirement: "من أصل 4.07 مليار دولار مطلوبة"
    r"(?:ال)?مطلوب(?:ة)?(?!\w)",
    # what the UN or an agency sought, named after its sum: "the USD 4.1 billion the UN sought", "$2 billion sought by
    # UNHCR", "which UN agencies need" (round 15)
    r"(?:(?:United\s+Nations|UN|U\.N\.)(?:\s+agenc(?:y|ies))?|agenc(?:y|ies)|WFP|UNHCR|UNICEF|UNRWA|OCHA)\s+"
    r"(?:has\s+|had\s+|is\s+|was\s+)?(?:sought|seeks|seeking|requested|requests|needs?|"
    r"needed|requires|required|(?:appealed|asked|called)\s+for)\b",
    r"(?:sought|requested|needed|required|appealed\s+for)\s+by\s+(?:the\s+)?(?:United\s+Nations|UN|U\.N\.|"
    r"(?:UN\s+)?agenc(?:y|ies)|WFP|UNHCR|UNICEF|UNRWA|OCHA)\b",
    # a state's own spending, the whole of its budget: "24,6 milliards d'euros de dépenses pour l'administration
    # centrale", "EUR 25 billion of public spending" (round 24)
    r"dépenses\s+(?:publiques|de\s+l['’][ée]tat|pour\s+l['’]administration|de\s+fonctionnement|courantes|totales)\b",
    r"(?:public|state|government|total)\s+(?:spending|expenditure)\b",
)

#: Words before a figure in its clause that say an earlier version of the page gave it wrongly: a correction notice's
#: figure is no claim ("An earlier version of this article said", "was wrongly given as").
RETRACTED_BEFORE = (
    r"(?:earlier|previous|former|first)\s+version\s+of\s+(?:this|the)\s+(?:article|story|release|report|page|item|"
    r"statement)\s+(?:\w+\s+)?(?:said|stated|reported|gave|put|indicated|misstated|misreported)",
    r"(?:article|story|release|report|page|item)\s+(?:previously|originally|earlier|incorrectly|wrongly|mistakenly)\s+"
    r"(?:said|stated|reported|gave|put)",
    r"(?:was|were|had\s+been)\s+(?:wrongly|incorrectly|mistakenly|erroneously)\s+(?:given|stated|reported|put)\s+as",
    r"misstated\s+(?:the\s+\w+\s+)?as",
    r"(?:version\s+(?:précédente|antérieure)|précédente\s+version)\s+de\s+(?:cet|cette|ce)\s+[^\W\d_]+\s+"
    r"(?:indiquait|mentionnait|affirmait|annonçait|évoquait)",
    r"نسخة\s+سابقة\s+من\s+هذا\s+(?:الخبر|المقال|التقرير|البيان)",
    # "ورد في نسخة سابقة من هذا الخبر أن قيمة القرض 500 مليون ريال، والصحيح 375"
    r"(?:ورد|جاء|ذكر)(?:ت)?\s+(?:في|ف[يى])\s+(?:ال)?(?:نسخة|صيغة)\s+(?:ال)?سابقة",
    r"(?:une|la|l['’])\s*(?:version|édition)\s+(?:précédente|antérieure|initiale|originale|première)\b[^.\n]{0,80}?"
    r"(?:indiquait|mentionnait|affirmait|évoquait|annonçait|faisait\s+état|donnait|citait|parlait)",
    r"(?:une|la|l['’])\s*(?:précédente|première)\s+version\b[^.\n]{0,80}?(?:indiquait|mentionnait|affirmait|"
    r"évoquait|annonçait|faisait\s+état|donnait|citait|parlait)",
    r"(?:an?|the)\s+(?:earlier|previous|original|prior)\s+version\b[^.\n]{0,80}?(?:said|stated|reported|gave|"
    r"misstated|referred|mentioned|put)",
    r"(?:nous\s+avions|il\s+était|avait\s+été)\s+(?:écrit|indiqué|annoncé)\s+par\s+erreur",
    r"(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:said|stated|reported|gave|put)",
    # a notice that names the version it replaces: "this release replaces the version issued on 11 February, which
    # gave the package as", "This corrects the figure of" (round 20)
    r"(?:replaces|supersedes|corrects)\s+(?:the|an?|our)\s+(?:earlier\s+|previous\s+|original\s+)?"
    r"(?:version|release|statement|text)\b[^.\n]{0,80}?(?:gave|said|stated|put|reported|listed|showed)",
    r"(?:corrects|correcting)\s+(?:the|a|our)\s+(?:\w+\s+)?(?:figure|amount|sum|number)\s+of",
    # "ورد خطأً أن", "نُشر سهواً", "تضمّن خطأً في قيمة المساهمة إذ بلغت", and "ورد فيه أن" on a page that corrects
    # itself ("تضمّن خطأً في قيمة المساهمة؛ إذ ورد فيه أن الكويت قدّمت 30 مليون دولار، والصحيح ...") (round 20)
    r"(?:ورد|جاء|ذكر|نشر)(?:ت)?\s+(?:(?:فيه|فيها|في\s+الخبر|في\s+البيان)\s+)?(?:خطأ|سهوا)",
    r"(?:ورد|جاء|ذكر)(?:ت)?\s+(?:فيه|فيها)\s+[أا]ن",  # "ان" is left as written: it is also "إن" (see spelling.py)
    r"تضمن(?:ت)?\s+خطأ",
    # a live blog's own correction: "nous avions d'abord écrit que Berlin promettait", "we initially reported that"
    # (round 21)
    r"(?:nous\s+avions|on\s+avait)\s+(?:d['’]abord\s+|initialement\s+|précédemment\s+|par\s+erreur\s+)?"
    r"(?:écrit|indiqué|annoncé|mentionné|affirmé)",
    r"we\s+(?:had\s+)?(?:initially|first|originally|earlier|previously)\s+(?:said|reported|wrote|stated|gave)",
    # a notice that names the item it corrects by its date or headline: "An article published on 3 March under the
    # headline ... stated that", "a story that ran on Monday said", "Our report of 4 May claimed that" (round 24)
    r"(?:article|story|report|item|piece)\s+(?:published|posted|that\s+ran|which\s+ran|of|on|in)\b[^.;]{0,100}?"
    r"\s(?:stated|said|claimed|reported|wrote|suggested)(?:\s+that)?\b",
    # a paper's correction of an item it printed, up to the "that" of what it said: "ورد في الخبر المنشور في الصفحة
    # السادسة من عدد أمس ... أن الحكومة خصصت 20 مليون فرنك، وأن نحو ستين خبيراً", "ذكرنا في عدد أمس أن" (round 24)
    r"(?:ورد|جاء|ذكر|نشر)(?:ت|نا)?\s+(?:في|ف[يى])\s+(?:(?:ال)?(?:خبر|مقال|موضوع|تقرير)\s+(?:ال)?(?:منشور|سابق|صادر)"
    r"|عدد(?:نا)?\s+(?:أمس|(?:ال)?(?:سابق|ماضي|صادر)))(?:(?!صحيح|صواب)[^.؛\n]){0,160}?(?<!\w)[أا]ن(?!\w)",
)
#: ... and the same right before the figure: "et non 400 millions", "and not 150".
RETRACTED_RIGHT_BEFORE = r"(?:(?:et|,)\s+non\s+(?:pas\s+)?(?:de\s+|d['’])?|(?:and|,)\s+not\s+)$"
#: Words between the retracting words and a figure that make it the corrected one, which stays ("the correct figure
#: is 375", "والصحيح 375").
RETRACTION_ENDS = r"correct|exact|fallait\s+lire|should\s+(?:have\s+)?read|(?:ال)?صحيح|(?:ال)?صواب"

#: Words a page that corrects itself holds ("An earlier version", "Correction:", "previously said", "was wrongly
#: given as"): a cheap look at the page before RETRACTED_BEFORE is tried. Lower case.
RETRACTED_KEYS = ("version", "correct", "previous", "wrong", "misstat", "نسخة", "صيغة", "édition", "erreur",
                  "incorrectly", "mistakenly", "erroneously", "خطأ", "سهوا", "rectifi", "تصويب")

#: The label of a news page's list of links to its other stories ("اقرأ أيضاً:", "Read more:", "À lire aussi :"): the
#: figures of those headlines are other stories' (round 29). The keys are a cheap look at the page first; lower case.
RELATED_STORIES_LABELS = (
    r"اقرأ\s+(?:أيضا|أيضًا|أيضاً|ايضا|المزيد)", r"اقرا\s+(?:أيضا|ايضا|المزيد)", r"شاهد\s+(?:أيضا|أيضاً|ايضا)",
    r"(?:مواضيع|أخبار|مقالات|اخبار)\s+ذات\s+صلة", r"read\s+(?:also|more)", r"related(?:\s+(?:stories|articles|news))?",
    r"see\s+also", r"(?:à\s+)?lire\s+aussi", r"(?:à\s+)?voir\s+aussi", r"sur\s+le\s+même\s+sujet",
)
RELATED_STORIES_KEYS = ("اقرأ", "اقرا", "شاهد", "ذات صلة", "read also", "read more", "related", "see also",
                        "lire aussi", "voir aussi", "même sujet")

#: Words after a personnel noun that make the people the Coalition's or an ally's, not the partner's own
#: ("10 000 militaires de la Coalition"), and verbs before it that make them guests ("hosts 10,000 troops").
NOT_OWN_AFTER = (
    # ... or given by them: "10 000 hommes fournis par cinq pays", "troops provided by five countries" (round 30)
    r"\s+(?:(?:venus|issus|provenant)\s+de|(?:fournis|envoyés|déployés|provided|contributed|sent)\s+(?:par|by)|"
    r"of|from|de|des|du|من|في|التابعين\s+ل)\s*(?:the\s+|la\s+|l['’])?"
    r"(?:Coalition|coalition|التحالف|allied|alliés"
    # "500 personnel from allies and partner nations" (round 19)
    r"|allies|Allies"
    # "4 000 personnels de plusieurs pays", "2,000 soldiers from 23 countries"
    r"|(?:plusieurs|différents|divers|nombreux|\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze)\s+pays"
    r"|(?:several|many|other|various|\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\s+"
    r"(?:countries|nations)"
    # ... with the group they belong to: "about 90 international staff from 20 EU countries" (round 25)
    r"|(?:several|many|other|various|\d+)\s+(?:EU|European|NATO|Arab|African|Western|donor)\s+(?:countries|nations|states)"
    r"|(?:plusieurs|\d+)\s+pays\s+(?:de\s+l['’]UE|européens|de\s+l['’]OTAN|arabes)"
    # "500 personnel from the Alliance's member states", "militaires des États membres", "من الدول الأعضاء"
    r"|Alliance|alliance|(?:other\s+)?(?:member\s+states|partner\s+(?:nations|countries))|[EÉ]tats\s+membres"
    r"|pays\s+partenaires|الدول\s+الأعضاء|الدول\s+الشريكة"
    # "800 militaires de tous les pays alliés", "4,000 personnel from all allied nations" (round 21)
    r"|tous\s+les\s+pays|all\s+(?:the\s+)?(?:allied\s+|member\s+|partner\s+)?"
    r"(?:countries|nations)"
    # "25 خبيراً من عدة دول أعضاء", "من دول مختلفة", "من ١٢ دولة"
    r"|(?:عدة|عدد\s+من|مختلف|شتى|\d+)\s+(?:ال)?(?:دول|دولة|بلدان)|دول\s+(?:أعضاء|مختلفة|شريكة|عدة|متعددة)"
    # "4000 عنصر من دول الحلف", "من حلف شمال الأطلسي"
    r"|دول\s+الحلف|الحلف|حلف\s+(?:شمال\s+الأطلسي|الناتو)|الناتو"
    # a count of allied nations in words: "3,500 troops from nine allied nations", "from twelve partner countries"
    # (round 24)
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|several|\d+)\s+"
    r"(?:allied|partner|member|NATO|coalition)\s+(?:countries|nations|states))"
    # people on a sanctions list: "17 فرداً وكياناً مدرجين على قوائم العقوبات", "12 فرداً وثلاثة كيانات"
    r"|\s+و\s?(?:[^\W\d_]+\s+)?كيان(?:ا|اً|ات)?(?!\w)|\s+(?:ال)?مدرج(?:ين|ون)\s+على"
    # the speakers of what is quoted: "One expert said the UK should send more" (round 22)
    r"|\s+(?:said|says|told|warned|argued|believes|thinks)\b"
    # a formation's whole strength at home, not the people it sends: "The brigade, which has some 3,000 soldiers
    # across the state", "2,400 Guardsmen statewide" (round 27)
    r"|\s+(?:across|throughout)\s+the\s+(?:state|province)\b|\s+(?:statewide|state-wide|nationwide)\b"
)
#: Words later in a head count's sentence that make it everyone's: "près de 2 500 militaires en Irak, toutes nations
#: confondues", "about 2,500 troops remain in Iraq, all nations combined" (round 30).
ALL_NATIONS_AFTER = (r"toutes\s+(?:nations|nationalités)\s+confondues", r"tous\s+pays\s+confondus",
                     r"all\s+(?:nations|nationalities|countries)\s+(?:combined|together|included)")
#: Words before a head count in its sentence that make it the count of an alliance, its mission or the coalition:
#: "عدد أفراد بعثة الناتو ... من نحو 500 عنصر", "عدد قوات التحالف الدولي ... نحو 2500 جندي".
NOT_OWN_COUNT_LEADS = (
    r"عدد\s+(?:أفراد|عناصر|قوات|جنود|العسكريين\s+في)\s+(?:بعثة\s+|قوات\s+)?"
    r"(?:حلف\s+شمال\s+الأطلسي|حلف\s+الناتو|الناتو|الحلف|التحالف)",
    # the alliance as the subject of its own deployment: "La coalition internationale a décidé de déployer 1 500
    # hommes", "NATO will deploy 500 troops", "قرر التحالف الدولي نشر 1500 جندي"
    r"(?:(?<=\A)|(?<=[.!?;:,\n])|(?<=[.!?;:,\n]\s))(?:(?:The|the|La|la|Le|le)\s+|[Ll]['’])?"
    r"(?:(?:Global|global|[Ii]nternational)\s+)?(?:[Cc]oalition|[Aa]lliance|NATO|OTAN|Otan)"
    r"(?:\s+(?:internationale?|mondiale|globale?|anti-[\w-]+|against\s+(?:Daesh|ISIS|ISIL)|contre\s+Daech))*"
    r"(?:\s+(?:on|le|ce|this)\s+\w+)?\s+(?:(?:has|have|will|would|a|va|doit)\s+)?"
    r"(?:decided|decide[sd]?|agreed|plans?|planned|deploy(?:s|ed)?|send(?:s)?|sent|décidé|décide|prévu|prévoit|"
    r"déploie(?:ra)?|déployer|envoie(?:ra)?|envoyer|convenu)\b",
    r"(?<!\w)(?:قرر|قررت|يعتزم|سينشر|ينشر|نشر|أرسل|يرسل|سيرسل)\s+(?:التحالف|حلف\s+شمال\s+الأطلسي|حلف\s+الناتو|الناتو|الحلف)",
    # the whole mission's strength, a few words before its count: "فيما سيبلغ عديد البعثة كلها نحو 4 آلاف فرد", "the
    # whole mission will number about 4,000", "l'ensemble de la mission comptant environ 4 000" (round 20)
    r"(?:(?<!\w)(?:عديد|قوام|عدد\s+(?:أفراد|عناصر))\s+(?:ال)?(?:بعثة|مهمة)\s+(?:كلها|بأكملها|مجتمعة|الإجمالي|الكلي)"
    # "ويبلغ إجمالي عديد البعثة", "العدد الإجمالي لأفراد البعثة"
    r"|(?<!\w)(?:إجمالي\s+(?:عديد|عدد\s+(?:أفراد|عناصر))|(?:ال)?عدد\s+(?:ال)?(?:إجمالي|كلي)\s+ل(?:أفراد|عناصر))\s+"
    r"(?:ال)?(?:بعثة|مهمة)"
    r"|\b(?:whole|entire)\s+(?:mission|operation)|\b(?:mission|operation)\s+as\s+a\s+whole"
    r"|\bl['’]ensemble\s+de\s+la\s+(?:mission|opération)|\b(?:mission|opération)\s+(?:tout\s+entière|dans\s+son\s+ensemble))"
    r"(?:\s+[^\s\d]+){0,4}\s+$",
    # the coalition's effort or mission as the subject of its strength: "one of 15 nations in the coalition's training
    # effort, which counts around 1,800 trainers", "the coalition's mission numbers some 2,500 troops" (round 22)
    r"\b[Cc]oalition['’]s\s+(?:[\w-]+\s+){0,3}?(?:effort|mission|operation|force|presence)s?(?:\s+in\s+[\w-]+)?,?\s+"
    r"(?:(?:which|that)\s+)?"
    r"(?:now\s+|still\s+|currently\s+)?(?:counts?|numbers?|has|includes?|totals?|comprises?)\s+(?:[^\s\d]+\s+){0,2}$",
    # a home ministry's own staff, who follow the aid from the capital: "The ministry's Middle East section had nine
    # staff to follow up all agreements", "the department employs 12 people" (round 24)
    r"\b(?i:ministry|department|directorate|secretariat)(?:['’]s)?\s+(?:[\w-]+\s+){0,4}?"
    r"(?:had|has|have|employs?|employed)\s+(?:only\s+|just\s+)?$",
    # an agreement's counterpart, the agency the partner funds, named by its defined term as the subject: "L'Organisation
    # affecte au Projet une équipe de 12 personnes", "The Organisation shall assign 15 staff" (round 25)
    r"(?:(?<=\A)|(?<=[.!?;:\n])|(?<=[.!?;:\n]\s))(?:L['’]|The\s+)(?:Organisation|Organization|Agence|Agency|Bénéficiaire|"
    r"Recipient)\s+(?:[^\s\d]+\s+){0,6}$",
    # the strength of a whole force or mission the partner is part of, named in a relative clause: "أكبر مساهم في القوة
    # التي يبلغ قوامها نحو 10 آلاف عنصر", "the largest contributor to the force, which numbers some 10,000", "la force,
    # qui compte environ 10 000 hommes" (a force "يبلغ قوامها 300 جندي", with no article, is the partner's) (round 31)
    r"(?<!\w)(?:ال|لل|بال)(?:قوة|بعثة|مهمة|قوات)(?:\s+[^\W\d_]+){0,3}?\s+(?:الت[يى]|الذ[يى])\s+(?:ي|ت)?(?:بلغ|بلغت)\s+"
    r"(?:قوامها|قوامه|عديدها|عديده|عدد\s+(?:أفرادها|عناصرها|أفراده|عناصره))\s+(?:(?:نحو|حوالي|قرابة|أكثر\s+من)\s+)?$",
    r"\bthe\s+(?:[\w-]+\s+){0,3}?(?:force|mission),?\s+which\s+(?:now\s+|still\s+)?(?:numbers|counts|totals|has)\s+"
    r"(?:(?:some|about|around|nearly|over|more\s+than)\s+)?$",
    r"\b(?:la|cette)\s+(?:[\w-]+\s+){0,3}?(?:force|mission),?\s+qui\s+(?:compte|totalise|réunit)\s+"
    r"(?:(?:quelque|environ|près\s+de|plus\s+de)\s+)?$",
)
#: Nouns of a unit that "comprises" its people ("سرية حماية تضم ٣٠ جندياً"): before a verb of HOST_VERBS they make
#: the people the unit's, not guests of a host.
UNIT_NOUNS_AR = (r"سرية", r"فريق(?:ا|اً|ًا)?", r"وحدة", r"قوة", r"كتيبة", r"مفرزة", r"فصيل", r"طاقم(?:ا|اً|ًا)?",
                 # a rotation or group: "الدفعة الجديدة تضم 120 مدرباً" (round 20)
                 r"دفعة", r"مجموعة", r"فرقة", r"مناوبة",
                 # an air component or squadron that holds aircraft and people: "مكوّن جوي يضم 4 طائرات ... ويخدم
                 # فيه 280 عسكرياً" (round 25)
                 r"مكون", r"سرب")
HOST_VERBS = (r"hosts?", r"hosting", r"hosted", r"accueille", r"accueillent", r"héberge", r"تستضيف", r"يستضيف",
              r"تضم", r"يضم")
#: Words before "à", "in" or "في" that say a city is where people met or signed ("Réunis à Luxembourg", "meeting
#: in Kuwait", "signed in Doha"): a venue, not where money goes, so a country of the same name still gives.
VENUE_WORDS = (r"réunie?s?", r"rassemblée?s?", r"tenue?s?", r"signée?s?", r"met", r"meeting", r"gathered", r"held",
               r"signed", r"اجتمعوا", r"المنعقد(?:ة)?", r"عقد(?:ت)?")
#: Nouns of a mission or command an organisation leads ("la mission de l'OTAN", "the mission of NATO", "l'état-major
#: de la coalition"): the organisation after them names whose mission people join, not a giver of its own.
MISSION_OWNER_NOUNS = (r"missions?", r"opérations?", r"operations?", r"état-major", r"quartier\s+général",
                       r"headquarters", r"commandement", r"command",
                       # the fund money is paid into: "au fonds fiduciaire de l'OTAN", "the trust fund of NATO"
                       # (round 23)
                       r"fonds(?:\s+fiduciaires?)?", r"(?:trust\s+)?funds?",
                       # a unit the partner's people serve in: "un groupement tactique de l'OTAN" (round 25)
                       r"groupements?\s+tactiques?", r"bataillons?", r"battalions?", r"brigades?",
                       r"battle\s*groups?")
#: Verbs of giving that stand before an Arabic sentence's giver ("وقدّمت حكومة فنلندا", "ستنشر رومانيا"), and "أما"
#: that sets a giver apart ("أما كرواتيا فتبقي"): in a page of many givers, a country named in a sentence without
#: one is spoken of, not giving. A shadda may follow any letter.
GIVING_VERBS_AR = (
    "قدم", "قدمت", "تقدم", "يقدم", "ستقدم", "سيقدم", "تعهد", "تعهدت", "أعلن", "أعلنت", "خصص", "خصصت", "رصد", "رصدت",
    "منح", "منحت", "تبرع", "تبرعت", "ساهم", "ساهمت", "أسهم", "أسهمت", "نشر", "نشرت", "تنشر", "ستنشر", "ينشر",
    "سينشر", "أرسل", "أرسلت", "ترسل", "سترسل", "يرسل", "سيرسل", "جدد", "جددت", "وقع", "وقعت", "دفع", "دفعت",
    "أعار", "أعارت", "زاد", "زادت", "رفع", "رفعت", "أما",
    # who tops the donors gives: "وتصدّرت ألمانيا قائمة المانحين بتعهد قدره ..."
    "تصدر", "تصدرت", "يتصدر", "تتصدر",
)
#: Words that make a document a joint statement of the partners it names, none of them its sole author.
JOINT_STATEMENT = (r"بيان\s+(?:صحفي\s+)?مشترك|joint\s+(?:press\s+)?(?:statement|release|communiqu[ée])|déclaration\s+conjointe"
                   r"|communiqué\s+(?:de\s+presse\s+)?conjoint")

#: The heading of a line of key figures that the sections below say again in full: "CHIFFRES CLÉS", "Key figures",
#: "En chiffres", "At a glance", "أرقام رئيسية" (round 28).
KEY_FIGURES_HEADING = (r"chiffres[\s-]+cl[ée]s|l['’]essentiel\s+en\s+chiffres|en\s+chiffres|key\s+(?:figures|facts)"
                       r"|at\s+a\s+glance|in\s+numbers|by\s+the\s+numbers|أرقام\s+رئيسية|أبرز\s+الأرقام|بالأرقام")

#: Words that say a figure is a part of the figure just before it.
BREAKDOWN_MARKERS = (
    r"of\s+which", r"out\s+of\s+which", r"of\s+this", r"of\s+these", r"thereof", r"including", r"incl\.",
    r"whereof", r"among\s+which", r"this\s+includes", r"which\s+includes", r"dont", r"منها",
)

#: Words before a place that say only a part of the people goes there ("على أن ينقل جزء منهم إلى الكويت", "with some
#: of them moving to Kuwait"): no place of the whole count.
PART_OF_THEM = (r"(?:جزء|بعض|قسم)\s+منهم", r"بعضهم", r"(?:some|part|a\s+few)\s+of\s+them",
                r"(?:une\s+partie|certains)\s+d['’]entre\s+eux")

#: Words between two figures that make the second a sum given besides the first: its words ("in humanitarian aid")
#: say nothing of the first. "in addition to", "en plus de", "فضلاً عن", "إضافة إلى".
ADDITION_MARKERS = (
    r"in\s+addition\s+to", r"on\s+top\s+of", r"en\s+plus\s+de", r"outre", r"فضلا\s+عن", r"فضلاً\s+عن",
    r"فضلًا\s+عن", r"(?:ب|و)?(?:ال)?إضافة\s+إلى",
)

#: Words that point back to the sentence before for the place of a figure ("this new package", "a further 40
#: advisers"). Lower case.
BACK_REFERENCES = (
    # ... also the operation, mission, tranche or fund just named: "Cette opération est financée par", "Cette mission
    # compte 74 médecins", "Cette nouvelle tranche porte à 4 millions ... la contribution à ce fonds", "this mission"
    r"this\s+(?:new\s+)?(?:package|funding|contribution|support|money|amount|deployment|pledge|commitment|"
    r"(?:mission|operation|tranche|grant|loan|programme|program|fund|contingent|detachment)\b)",
    r"these\s+(?:funds|troops|personnel)",
    # a part of the sum named before: "Of this, about $2.3 billion went to humanitarian aid", "The donation includes
    # US$800,000 for incubators" (round 32)
    r"of\s+(?:this|that)\s*,", r"the\s+(?:donation|grant|gift)\s+(?:also\s+)?(?:includes?|comprises?)\b",
    # the strategy or programme named earlier, which says where: "Ottawa disbursed $415 million under the strategy"
    # (round 32)
    r"under\s+the\s+(?:strategy|plan|programme|program|framework)\b",
    # the fund or facility just named, by its noun alone: "Finland has supported the Facility since 2016" after
    # "UNDP's Funding Facility for Stabilization" (round 32)
    r"the\s+(?-i:Facility|Fund)\b(?!\s+(?:for|of)\s)",
    # a share of the sum just named: "about four million euros of it goes to development work" (round 23)
    r"of\s+it\b(?!['’])",
    # one of the deliveries or tranches of the programme just named: "The first delivery, in 2025, was valued at KRW 2.1
    # billion" (round 21)
    r"the\s+(?:first|second|third|previous|last|earlier|next)\s+(?:delivery|handover|tranche|instal?ment|consignment|"
    r"shipment|phase|disbursement)\b",
    # the deployment's limit or unit named again: "would lower the ceiling from 110 to 63" (round 15)
    r"the\s+(?:ceiling|cap|contingent)", r"a\s+further",
    # the force just announced, by its noun: "Australia will commit a military force to the ... mission in Iraq. The
    # force will involve about 300 ADF personnel"
    r"the\s+(?:force|deployment|task\s+group)\b(?!\s+(?:of|from|in)\s)", r"(?:la\s+force|le\s+déploiement)\b(?!\s+(?:de|du|des|en)\s)", r"an\s+additional", r"join\s+them",
    # the mission just named, as where the people serve: "up to 30 personnel in the mission", "serve with the mission"
    # (round 19)
    r"(?:in|with|to)\s+the\s+mission\b", r"(?:في|إلى)\s+(?:هذه\s+)?المهمة(?!\w)",
    r"cette\s+(?:nouvelle\s+|première\s+|deuxième\s+|seconde\s+|dernière\s+)?(?:aide|enveloppe|contribution|"
    r"(?:tranche|opération|mission|somme|subvention|dotation|allocation|initiative)\b)",
    # the deployment just named, by what it is: "Le coût de cette participation", "Cette présence coûtera", "Cet
    # engagement représente" (round 19)
    r"cette\s+(?:participation|présence)\b", r"cet\s+engagement\b",
    # the relief of the troops just named: "Le coût de cette relève", "Cette rotation coûtera", "this rotation" (round 32)
    r"cette\s+(?:relève|rotation)\b", r"this\s+(?:rotation|relief)\b",
    # ... and in Arabic, by its cost: "تُقدَّر كلفة المهمة في عام 2028 بنحو 3.8 مليون يورو", "تكاليف هذه المشاركة"
    # (round 32); not a participation it names itself: "نفقات مشاركة الجيش الكويتي"
    r"(?:كلفة|تكلفة|تكاليف|نفقات)\s+(?:هذه\s+(?:ال)?|ال)(?:مهمة|بعثة|مشاركة|انتشار)(?!\w)",
    # the grant or loan named earlier, split into its payments: "Le don est versé en trois tranches :" (round 22)
    r"(?:le|la|l['’]|the)\s*(?:don|subvention|prêt|aide|grant|loan|contribution)\s+(?:est|sera|is|will\s+be)\s+"
    r"(?:versée?|décaissée?|payée?|libérée?|paid|disbursed|released)\s+(?:en|in)\s+(?:deux|trois|quatre|cinq|two|three"
    r"|four|five|\d)\s+(?:tranches|versements|instal?ments|payments)",
    # the contingent now serving where the sentence before says: "Le contingent actuel compte 28 militaires", "The
    # current rotation numbers 40" (round 22)
    r"(?:le|notre|leur)\s+(?:contingent|détachement)\s+(?:actuel|présent|en\s+place)\b",
    r"(?:la|notre|leur)\s+(?:rotation|relève)\s+(?:actuelle|présente|en\s+place)\b",
    r"(?:the|our|their)\s+(?:current|present)\s+(?:contingent|rotation|detachment)\b",
    r"ce\s+(?:nouveau\s+|premier\s+|dernier\s+)?(?:montant|financement|(?:fonds|don|prêt|programme|projet|versement|"
    r"détachement|contingent|déploiement)\b)",
    # the facility just named: "Cette structure ... a coûté environ 5 millions de dollars", "this hospital", "هذا
    # المستشفى"
    r"(?:cette\s+structure|cet\s+hôpital|ce\s+centre|this\s+(?:hospital|facility|centre|center|clinic)\b)",
    r"(?:هذا\s+المستشفى|هذه\s+المنشأة|هذا\s+المركز)",
    r"ces\s+fonds",
    # the fund or mechanism just named, named again: "au même mécanisme", "to the same facility" (round 17)
    r"(?:au|le|du|ce)\s+même\s+(?:mécanisme|fonds|programme|instrument|dispositif|projet)",
    r"(?:à\s+la|la|de\s+la|cette)\s+même\s+(?:facilité|initiative|agence|enveloppe|organisation)",
    r"the\s+same\s+(?:fund|facility|mechanism|programme|program|instrument|project|trust\s+fund|initiative)",
    # the sum just named, at another stage: "Le montant décaissé au 31 décembre 2022 s'élevait à", "the amount
    # disbursed by the end of 2022"
    r"le\s+montant\s+(?:total\s+)?(?:effectivement\s+)?(?:décaissé|engagé|versé|dépensé)",
    r"the\s+(?:total\s+)?amount\s+(?:actually\s+)?(?:disbursed|committed|spent|paid\s+out)",
    # the country just named: "il a engagé 1,2 milliard d'euros dans le pays", "in the country"
    r"(?:dans|en|à|au)\s+(?:ce|le)\s+pays", r"in\s+(?:the|that|this)\s+country",
    # ... as the one who receives: "Ce pays recevra", "versé au pays", "to the country", "لهذا البلد", "هذه الدولة"
    r"ce\s+pays\b", r"(?:versée?s?|accordée?s?|allouée?s?)\s+au\s+pays\b", r"(?:to|for)\s+(?:the|that|this)\s+country\b",
    # the two countries just named: "dans les deux pays touchés", "in both countries", "في البلدين"
    r"(?:les|ces)\s+deux\s+pays", r"(?:both|the\s+two)\s+countries", r"(?:في\s+|إلى\s+|ل)?(?:ال)?بلدين",
    r"(?:ل|في\s+|إلى\s+)?هذا\s+البلد", r"(?:ل|في\s+|إلى\s+)?هذه\s+الدولة",
    # the theatre just named: "nous avions jusqu'à 1 200 hommes sur ce théâtre", "in this theatre" (round 20)
    r"(?:sur|dans)\s+ce\s+théâtre", r"in\s+(?:this|that|the\s+same)\s+theat(?:re|er)\b",
    # "y" before a verb of being or serving is "there": "Quelque 90 médecins y sont affectés"
    r"y\s+(?:sont|seront|étaient|restent|resteront|demeurent|servent|serviront|travaillent|ont\s+été)\b",
    # ... and "there", "هناك" after a verb of serving or staying: "About 60 soldiers serve there today", "ويخدم هناك
    # حالياً نحو 60 جندياً"; not the "there" of "there are"
    r"(?:serve[sd]?|serving|remain(?:s|ed)?|stationed|deployed|based|work(?:s|ing)?)\s+there\b",
    r"(?:و)?(?:يخدم|تخدم|يخدمون|يعمل|تعمل|يعملون|ينتشر|تنتشر|ينتشرون|يتمركز|تتمركز|يتمركزون|يبقى|تبقى|يبقون"
    r"|(?:ال)?(?:منتشرين|منتشرون|متمركزين|متمركزون|موجودين|موجودون))\s+هناك(?!\w)", r"هذه\s+(?:المساعدات|الحزمة|المساهمة|التعهدات|المنحة|الأموال)", r"هذا\s+(?:المبلغ|الدعم|التمويل|التعهد)",
    r"بهذه\s+(?:المنحة|المساهمة)", r"إضافي", r"(?:ذات|نفس)(?:ها|ه)",
    r"this\s+includes", r"these\s+include", r"ce\s+montant\s+comprend", r"of\s+this", r"sur\s+ce\s+montant",
    # ... or the total just named: "Sur ce total, environ 38 millions d'euros ont été consacrés au déminage" (round 29)
    r"sur\s+ce\s+total", r"sur\s+cette\s+(?:somme|enveloppe)",
    # the sum just named, named again with its figure: "Of the $229.15 million, $169.15 million in humanitarian funding",
    # "Sur les 229 millions, 169 millions", "ومن أصل 229 مليون دولار" (real press)
    r"(?:of|out\s+of)\s+(?:the|that|this)\s+(?:[$€£]|(?:US|CA|C|A|AU|NZ)\$|(?:USD|EUR|CAD|AUD|NZD|GBP|NOK|SEK|DKK|CHF)\s?)"
    r"\s?\d[\d.,]*\s*(?:million|billion|bn|m)\b",
    r"sur\s+(?:les|ces)\s+\d[\d,.\s]*(?:millions?|milliards?)\b", r"(?:و)?من\s+أصل\s",
    r"من\s+هذا\s+المبلغ", r"(?:و)?يشمل\s+ذلك", r"(?:و)?تشمل\s+هذه",
    # the grant just announced, split or added to: "وتتوزع المنحة الجديدة على", "المبلغ يتوزع بين", "وتشمل المنحة
    # أيضا", "The grant is divided into"
    r"(?:و)?(?:تتوزع|يتوزع|توزعت|تشمل|يشمل|تتضمن|يتضمن)\s+(?:ال)?(?:منحة|مبلغ|حزمة|مساهمة|مساعدات|تمويل)",
    r"(?:ال)?(?:منحة|مبلغ|حزمة|مساهمة)\s+(?:(?:ال)?جديد(?:ة)?\s+)?(?:تتوزع|يتوزع|موزع(?:ة)?|تشمل|يشمل|تتضمن|يتضمن)",
    r"the\s+(?:new\s+)?(?:grant|package|funding|contribution|amount)\s+(?:includes|comprises|is\s+(?:divided|split)|"
    r"will\s+be\s+(?:divided|split))",
    # ... and in French: "le don comprend une composante de", "le prêt prévoit", "ce volet" (round 23)
    r"(?:le|la|l['’])\s*(?:nouveau\s+|nouvelle\s+)?(?:don|subvention|prêt|programme|projet|enveloppe|contribution|"
    r"financement)\s+(?:comprend|inclut|comporte|prévoit|englobe)\b", r"ce\s+volet\b",
    # "thereby": "وبذلك يرتفع إجمالي الدعم إلى", "portant ainsi le total à"
    r"و?بذلك", r"وبهذا", r"portant\s+ainsi",
    # the team or unit just sent: "ويضم الطاقم الجديد", "هذا الفريق", "هذه الوحدة"
    r"(?:ال)?(?:طاقم|فريق|وحدة|كتيبة|سرية)\s+(?:ال)?جديد(?:ة)?", r"هذا\s+(?:الطاقم|الفريق)", r"هذه\s+(?:الوحدة|الكتيبة|السرية)",
    # the head count just stated, as the subject of its change (see REFERRING_TOTAL)
    REFERRING_TOTAL,
    # the projects just named, and the people just placed: "وتشمل مشاريع إعادة الإعمار هذه:", "أفرادنا هناك" (round 18)
    r"(?:ال)?(?:مشاريع|مشروعات)\s+(?:\S+\s+){0,2}?هذه", r"هذه\s+(?:المشاريع|المشروعات)",
    r"(?:أفراد|جنود|قوات|عناصر|مدربي|عسكريي)(?:نا|هم|ها)\s+هناك",
    # ... and the people a question just placed, named by a pronoun in the answer: "وماذا عن قواتنا في جنوب السودان؟
    # — هؤلاء نحو ٨٠٠ من أفراد الشرطة" (round 30)
    r"هؤلاء",
    # the loans, grants or investments just named: "وقد صُرف من هذه القروض والاستثمارات", "هذا القرض" (round 19)
    r"هذه\s+(?:القروض|المنح|الهبة|الاستثمارات)", r"هذا\s+(?:القرض|الاستثمار)",
    # the rotation, agreement or mission just named: "الدفعة الجديدة", "بهذا الاتفاق", "مساهمتها في البعثة" (round 20)
    r"(?:ال)?(?:دفعة|مجموعة|مناوبة)\s+(?:ال)?جديد(?:ة)?", r"هذه\s+(?:الدفعة|المجموعة|المناوبة|البعثة|الاتفاقية)",
    r"(?:ب|و|وب)?هذا\s+(?:الاتفاق|الإعلان|البرنامج|المشروع)", r"(?:في|ضمن)\s+(?:هذه\s+)?البعثة",
    r"(?:ب|و|وب)?موجب\s+هذه\s+الاتفاقية", r"هذه\s+المبادرة",
    # the city just named: "خلال معركة استعادة المدينة", "in the city", "dans la ville" (round 21); the word before it is
    # looked for behind the city, so that the pass is tried only where "the city" stands
    r"المدينة(?:" + "|".join(rf"(?<={word}\sالمدينة)" for word in ("في", "داخل", "استعادة", "تحرير", "سكان", "أحياء"))
    + r")(?!\s+(?:ال)?[^\W\d_]+(?:ية|ي)(?!\w))",
    r"the\s+city\b(?:" + "|".join(rf"(?<={word}\sthe\scity)" for word in ("in", "inside", "of", "retake", "retaking"))
    + r")(?!\s+of\b)",
    r"la\s+ville\b(?:(?<=dans\sla\sville)|(?<=de\sla\sville))(?!\s+d)",
    # the project just named, as what was funded or cost, and its tranches: "مُوِّل المشروع على دفعتين: الأولى بقيمة",
    # "وبلغت كلفة البرنامج", "الدفعة الثانية" (round 22)
    r"(?<!\w)[وف]?(?:مول|يمول|تمول|سيمول)\s+(?:ال)?(?:مشروع|برنامج)(?!\w)",
    r"(?:كلفة|تكلفة|تكاليف|دفعات|تمويل)\s+(?:ال)?(?:مشروع|برنامج)(?!\w)",
    r"(?:ال)?دفع(?:ة|ات)\s+(?:ال)?(?:أولى|ثانية|ثالثة|رابعة|أخيرة)(?!\w)", r"على\s+(?:دفعتين|(?:ثلاث|أربع)\s+دفعات)",
    # the contingent or detachment just named, by its rank in the rotations: "Ce 24e contingent, composé de 120
    # personnels", "Ce nouveau détachement" (round 24)
    r"ce\s+(?:nouveau\s+|\d{1,3}e\s+|premier\s+|dernier\s+)?(?:contingent|détachement)\b",
    # what was spent of the plan just named: "Actual disbursements were NOK 352.6 million, 88 per cent of the plan",
    # "EUR 9 million against the plan" (round 24)
    r"(?:of|against|under|below|above)\s+the\s+(?:plan|planned\s+(?:amount|budget|envelope|sum))\b",
    # a share of the package named a post or two before, by its year: "CZK 18 mil. of the 2026 package goes to"
    # (round 24)
    r"(?:of|from)\s+the\s+(?:19|20)\d\d\s+(?:package|envelope|allocation|pledge)\b",
)
#: The marks that open an interview's question and its answer ("س: ... ؟" then "ج: ..."): the answer takes the places
#: and period its question names ("س: وكم قدمت بلادكم للعراق منذ 2014؟ ج: ما يقارب 90 مليون يورو") (round 20).
#: A sum told as hearsay, in the conditional with its source or with an adverb of report: "selon un hebdomadaire,
#: notre pays aurait dépensé 500 millions de dirhams", "d'après la presse, le Royaume aurait consacré", "Morocco
#: reportedly spent" (round 30): a figure put in question, not the partner's statement.
HEARSAY_SOURCES = (r"\bselon\b", r"\bd['’]après\b", r"\baccording\s+to\b")
HEARSAY_VERBS = (r"\baurai(?:t|ent)\s+(?:(?:déjà|ainsi|donc|bien|en\s+tout|au\s+total)\s+)?[^\W\d_]+(?:é|ée|és|ées|is|it|ert)\b",
                 r"\breportedly\b", r"\ballegedly\b", r"\bis\s+said\s+to\s+have\b")

QUESTION_MARKS = (r"س", r"سؤال", r"السؤال", r"Q", r"Question", r"QUESTION",
                  # the host of a radio or television transcript asks: "المذيعة: يقال إن المانحين تعهدوا" (round 23)
                  r"المذيعة", r"المذيع", r"المحاورة", r"المحاور", r"مقدمة\s+البرنامج", r"مقدم\s+البرنامج")
ANSWER_MARKS = (r"ج", r"جواب", r"الجواب", r"A", r"R", r"Réponse", r"RÉPONSE", r"Answer", r"ANSWER")

#: Words that say money is spent at home ("sur le plan national", "domestically"): its sentence takes no place from
#: the sentence before or from a heading.
DOMESTIC_MARKERS = (
    r"sur\s+le\s+plan\s+national", r"au\s+niveau\s+national", r"à\s+l['’]échelle\s+nationale", r"domestically",
    r"at\s+home", r"at\s+(?:the\s+)?national\s+level",
    # ... and a core contribution to a global agency, which goes to no country in particular: "رفع مساهمتها السنوية
    # الأساسية في المفوضية", "core funding to UNHCR", "contribution de base au HCR" (round 21)
    r"(?:المساهمة|مساهمة|مساهمتها|مساهمته|مساهماتها|التمويل|تمويل|تمويلها)\s+(?:ال)?(?:سنوية\s+(?:ال)?|سنوي\s+(?:ال)?)?"
    r"(?:أساسية|أساسي)",
    r"core\s+(?:funding|contributions?|resources|support)", r"unearmarked", r"un-earmarked",
    r"contributions?\s+(?:annuelles?\s+)?(?:de\s+base|non\s+affectées?)",
    # ... and a sum said of the whole world: "À l'échelle mondiale, l'aide publique au développement monégasque a
    # atteint", "Worldwide, Monaco's aid reached" (round 32)
    r"à\s+l['’]échelle\s+(?:mondiale|internationale)", r"au\s+niveau\s+mondial", r"dans\s+le\s+monde\s+entier",
    r"worldwide", r"globally", r"(?:around|across)\s+the\s+(?:world|globe)", r"(?:على\s+)?(?:ال)?مستوى\s+(?:ال)?عالمي",
)
#: A pronoun opening a sentence points back to the sentence before too ("It allows the deployment of up to 500
#: soldiers", "Elle mobilise environ 600 militaires"). Lower case.
BACK_REFERENCE_OPENERS = (r"it", r"they", r"this", r"il", r"elle", r"ils", r"elles", r"cela", r"ceci")

# --- stage ---------------------------------------------------------------------------------------------------------

FUNDING_STAGE_WORDS: dict[str, str] = {
    r"pledg(?:e|ed|es|ing)": "pledged", r"announc(?:e|ed|es|ing)": "pledged", r"promis(?:e|ed)": "pledged",
    r"commit(?:ted|ment|ments|s)?": "committed", r"allocat(?:e|ed|es|ion)": "committed",
    r"earmark(?:ed|s)?": "committed", r"approv(?:e|ed)": "committed", r"budget(?:ed)?": "committed",
    r"disburs(?:e|ed|es|ement)": "disbursed", r"spent": "disbursed", r"paid": "disbursed",
    r"contribut(?:ed|es|ion|ions)": "disbursed", r"provided": "disbursed", r"delivered": "disbursed",
    r"has\s+been": "disbursed", r"amounts?\s+to": "disbursed",
}

PERSONNEL_DEPLOYED_WORDS = (
    r"deployed", r"currently", r"stationed", r"serv(?:e|es|ing)", r"present", r"contribut(?:e|es|ing)",
    r"based", r"on\s+the\s+ground", r"in\s+theatre", r"in\s+theater",
)

# --- missions ------------------------------------------------------------------------------------------------------

MISSIONS: dict[str, str] = {
    r"[Oo]p[eé]ration\s+Inherent\s+Resolve|\bOIR\b|\bCJTF[- ]OIR\b": "Operation Inherent Resolve",
    r"NATO\s+Mission\s+Iraq|\bNMI\b": "NATO Mission Iraq",
    r"EU\s+Advisory\s+Mission\s+(?:in\s+)?Iraq|\bEUAM(?:\s+Iraq)?\b": "EU Advisory Mission Iraq",
    r"Resolute\s+Support": "Resolute Support",
    r"[Oo]p[eé]ration\s+Shader": "Operation Shader",
    r"[Oo]p[eé]ration\s+IMPACT|[Oo]p[eé]ration\s+Impact": "Operation Impact",
    r"[Oo]p[eé]ration\s+Okra": "Operation Okra",
    r"[Oo]p[eé]ration\s+Chammal": "Operation Chammal",
    r"[Oo]p[eé]ration\s+Prima\s+Parthica": "Operation Prima Parthica",
    r"[Oo]p[eé]ration\s+Barkhane": "Operation Barkhane",
    r"\bMINUSMA\b": "MINUSMA",
    r"\bUNAMI\b": "UNAMI",
    r"Counter\s+Daesh\s+Mission": "Counter Daesh Mission",
}

#: The missions above that are military: money for one of them, named again as "the operation", is military.
MILITARY_MISSIONS = frozenset({
    "Operation Inherent Resolve", "NATO Mission Iraq", "Resolute Support", "Operation Shader", "Operation Impact",
    "Operation Okra", "Operation Chammal", "Operation Prima Parthica", "Operation Barkhane", "Counter Daesh Mission",
})

#: Literal words of which every mission pattern above contains at least one: a cheap test before the regex.
MISSION_ANCHORS = ("Operation", "Opération", "opération", "OIR", "NATO", "NMI", "Advisory", "EUAM", "Resolute", "MINUSMA", "UNAMI", "Mission")

# --- lines of effort -----------------------------------------------------------------------------------------------

#: Keyword patterns for each line of effort. "aid"/"assistance" alone fall back to humanitarian only when no
#: other line is named nearby (:data:`GENERIC_AID`).
LINE_KEYWORDS: dict[str, tuple[str, ...]] = {
    "stabilization": (
        r"stabili[sz](?:ation|ing|e|ed)", r"\bFFI?S\b", r"Funding\s+Facility", r"recovery\s+funds?",
        r"early\s+recovery", r"recover\s+from\s+(?:the\s+)?(?:conflict|war|occupation)",
        # "the Syria Recovery Trust Fund" (round 20)
        r"recovery\s+trust\s+funds?",
        # the return of the displaced: "for return and recovery in the liberated areas of Iraq" (round 21)
        r"return\s+and\s+recovery",
    ),
    "humanitarian": (
        r"humanitarian", r"emergency\s+relief", r"relief\s+aid", r"life-?saving", r"food\s+(?:aid|assistance)",
        r"shelter", r"refugees?", r"humanitaire", r"réfugiés",
        # relief goods: "18 tonnes of medicines and hospital equipment worth EUR 240,000" (round 16)
        r"medicines", r"medical\s+supplies", r"relief\s+(?:goods|items|supplies)",
        # Japan's and others' word for quick relief money: "an emergency grant of 3 mln U.S. dollars" (round 17)
        r"emergency\s+grants?(?:\s+aid)?",
        # relief bodies, which speak only when nothing else does (LINE_NEUTRAL_NAMES)
        r"ksrelief", r"red\s+(?:crescent|cross)", r"croix-rouge", r"croissant-rouge", r"world\s+food\s+program(?:me)?",
        r"\bWFP\b", r"\bUNHCR\b", r"\bUNICEF\b", r"\bUNRWA\b", r"\bOCHA\b", r"\bICRC\b",
        # ... by their French names: "au HCR Liban", "du Programme alimentaire mondial" (round 22)
        r"\bHCR\b", r"programme\s+alimentaire\s+mondial", r"haut[- ]commissariat\s+(?:des\s+nations\s+unies\s+)?pour\s+les\s+réfugiés",
        # the people a crisis hit: "en faveur des populations touchées", "affected populations" (round 17)
        r"populations\s+(?:touchées|affectées|sinistrées)", r"affected\s+populations",
        # relief and emergency in French: "un lot d'équipements de secours", "nos programmes d'urgence", "emergency
        # programmes" (round 21)
        r"équipements?\s+de\s+secours", r"matériels?\s+de\s+secours", r"kits?\s+de\s+secours",
        r"colis\s+de\s+secours", r"secours\s+d['’]urgence", r"programmes?\s+d['’]urgence", r"projets?\s+d['’]urgence",
        r"aide\s+d['’]urgence", r"assistance\s+d['’]urgence", r"interventions?\s+d['’]urgence",
        r"réponse\s+d['’]urgence", r"emergency\s+programmes?", r"emergency\s+projects?", r"emergency\s+response",
        r"emergency\s+assistance", r"emergency\s+aid",
        # a natural disaster answered: "released after the February earthquakes in Türkiye and Syria" (round 21)
        r"earthquakes?", r"floods", r"natural\s+disasters?", r"disaster\s+relief",
        # relief named by what it brings or when: "for urgent food relief", "winter relief", "relief operations"
        r"food\s+relief", r"urgent\s+relief", r"immediate\s+relief", r"winter\s+relief", r"winteri[sz]ation\s+relief",
        r"relief\s+(?:operations|efforts)",
        # orphans looked after: "to sponsor 4,000 orphans", "la prise en charge d'orphelins" (real press)
        r"orphans?", r"orphelins?",
    ),
    "development": (
        r"development\s+(?:cooperation|assistance|aid|funding|support|programmes?|programs?)",
        r"\bdevelopment\b", r"reconstruction", r"economic\s+(?:assistance|support)",
        r"budget\s+support", r"\bgrants?\s+for\s+development\b", r"développement",
        # economic help in French: "insertion économique des jeunes", "relance économique", "aide économique"
        r"aide\s+économiques?", r"soutien\s+économique", r"appui\s+économique", r"assistance\s+économique",
        r"insertion\s+économique", r"relance\s+économique", r"redressement\s+économique",
        # Belgium's word for its bilateral development programmes: "la coopération gouvernementale belge"
        r"coopération\s+gouvernementale", r"governmental\s+cooperation",
        # cooperation beside humanitarian aid is development's: "à l'aide humanitaire et à la coopération" (round 20)
        # training for a trade: "un programme de formation professionnelle", "vocational training" (round 22)
        r"formation\s+professionnelle", r"vocational\s+training",
        r"et(?<=humanitaire et)\s+(?:à\s+)?la\s+coopération"
        r"(?!\s+(?:militaire|sécuritaire|policière|judiciaire|de\s+défense))",
        # money pledged as investment, beside loans: "one billion in loans and one billion in investments", "USD 500
        # million of investment guarantees" (round 24)
        r"in\s+(?:private\s+|public\s+|direct\s+)?investments?\b", r"investment\s+(?:pledges?|guarantees?)",
        # Japan's development agency, by its name: "quatre experts de la JICA" (round 27); not KOICA, whose calls also
        # fund humanitarian projects
        r"\bJICA\b",
        # ... and the development agencies whose name says so, by their acronyms: "l'AICS a engagé", "le bureau de
        # l'AICS à Bagdad compte 9 experts", "l'AECID finance", "l'AFD a accordé" (round 30); not GIZ, which carries
        # out other lines' projects ("mise en œuvre par la GIZ")
        r"\bAICS\b", r"\bAECID\b", r"\bAFD\b",
    ),
    "military": (
        r"troops", r"soldiers", r"military", r"armed\s+forces", r"defen[cs]e\s+forces", r"\bdefen[cs]e\b",
        r"training\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:security\s+)?forces", r"train(?:ing)?\s+(?:\w+\s+)?forces",
        # each keyword opens with a plain letter, so that it nests under it (keywords.py)
        r"security\s+forces", r"military\s+equipment", r"defen[cs]e\s+equipment", r"non-lethal\s+equipment",
        r"lethal\s+equipment", r"protective\s+equipment", r"army\s+equipment",
        r"equipment\s+(?:to|for)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:forces|army|armed|peshmerga|military|soldiers)",
        r"Operation\s+Inherent\s+Resolve", r"\bOIR\b", r"NATO\s+Mission",
        # money for the partners' own names for their part of it (Canada's, Australia's, the United Kingdom's), not
        # beside them ("la prolongation de l'opération IMPACT et une enveloppe de 250 M$ ... à la stabilisation")
        *(rf"{lead}\s+(?:the\s+|l['’]\s*)?op[ée]ration\s+(?:IMPACT|Okra|Shader)\b"
          for lead in ("support", "fund", "for", "on", "into", "à", "pour", "dans")),
        r"\bNMI\b", r"air\s+force", r"aircraft",
        # what the partner's aircraft do: "ses frappes aériennes en Irak", "air strikes", "la campagne aérienne" (round 28)
        r"frappes\s+aériennes", r"air\s*strikes", r"campagne\s+aérienne", r"air\s+campaign", r"fighter\s+jets?", r"special\s+forces", r"capacity\s+building",
        r"force\s+protection", r"\bmilitary\s+training\b", r"peshmerga", r"militaires?", r"soldats",
        r"forces\s+armées", r"forces\s+de\s+sécurité", r"opération\s+chammal", r"chammal", r"\bopex\b",
        r"surcoûts?", r"co[uû]ts?\s+de\s+l['’]op[ée]rations?\b", r"costs?\s+of\s+the\s+op[ée]rations?\b",
        # what the mission costs: "le coût de la mission en Irak s'est élevé à", "the cost of the mission" (round 21)
        r"co[uû]ts?\s+de\s+la\s+mission\b", r"costs?\s+of\s+the\s+mission\b",
        # ... or the partner's part in the operation: "Le coût de la participation belge à l'opération est estimé à",
        # "the cost of Belgium's participation in the operation" (round 29)
        r"co[uû]ts?\s+de\s+(?:la|sa|notre)\s+participation\s+(?:[a-zà-ÿ]+\s+)?(?:à|aux?)\s+(?:l['’]|la\s+|les\s+)?"
        r"(?:op[ée]rations?|missions?|coalition)\b",
        r"costs?\s+of\s+(?:the\s+|its\s+|our\s+)?(?:[a-z]+['’]s\s+|[a-z]+\s+)?participation\s+in\s+(?:the\s+)?"
        r"(?:operations?|missions?|coalition)\b",
        r"train\s+and\s+equip", r"war\s+funding", r"military\s+campaign", r"armed\s+campaign",
        # a mission's budget: "a maximum of 1,100 personnel for the coalition mission in Iraq and assigns it €262
        # million", "EUR 40 million for the training mission in Iraq" (round 21)
        r"coalition\s+missions?", r"training\s+missions?",
        # a joint force of several armies, by its name or its acronym: "la participation du Bénin à la FMM a coûté",
        # "la Force multinationale mixte", "the Multinational Joint Task Force" (round 32)
        r"force\s+multinationale", r"forces\s+multinationales", r"force\s+conjointe", r"multinational\s+joint\s+task\s+force",
        r"multinational\s+force", r"joint\s+task\s+force", r"\bFMM\b", r"\bMNJTF\b",
        # what is handed to an army: "equipment worth KRW 3.4 billion to the Iraqi Army" (round 21)
        r"\barmy\b",
        # a programme of help to another state's forces: "the Korea-Iraq security cooperation programme" (round 21)
        r"security\s+(?:cooperation|assistance)\s+(?:programmes?|programs?|packages?)",
        # security named as a line beside stabilisation: "en matière de sécurité, de stabilisation", "security and
        # stabilization"
        # ... each with its preposition: "à la sécurité, à la stabilisation et à l'aide humanitaire" (round 28)
        r"sécurité(?=\s*(?:,|et)\s*(?:de\s+la\s+|de\s+|la\s+|à\s+la\s+)?stabilisation)",
        r"security(?=\s*(?:,|and)\s*stabili[sz]ation)",
        # what a deployment costs: "the deployment has cost $40 million", "the cost of the Iraq deployment"
        r"deployments?\s+(?:has\s+|have\s+|had\s+|will\s+|would\s+)?cost",
        r"cost\s+of\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,4}?deployment",  # "the two-year Building Partner ..."
        # what the operation itself costs: "the operation in Iraq costs about 45 million euros a year" (round 18)
        r"operations?\s+(?:in\s+\w+\s+)?(?:costs?|has\s+cost|will\s+cost|cost\s+us)\b",
        # an army's capacity built up: "le renforcement des capacités de défense de l'Irak", "forces de défense"
        r"capacités?\s+de\s+défense", r"forces\s+de\s+défense", r"défense\s+nationale",
        # countering improvised explosive devices, a skill taught to forces: "formateurs spécialisés dans la lutte
        # contre les engins explosifs improvisés", "counter-IED training"
        r"lutte\s+contre\s+les\s+engins\s+explosifs", r"counter-IEDs?", r"C-IED",
        # ... also as the specialty of the partner's trainers: "six formateurs du génie spécialisés dans la
        # neutralisation des engins explosifs" (round 22)
        r"neutralisation\s+des\s+engins\s+explosifs",
        # an army named in French: "du matériel destiné à l'armée libanaise" (round 22)
        r"\barmée\b(?!\s+de\s+l['’]air)", r"armée\s+de\s+l['’]air",
        # NATO Mission Iraq in French: "la mission de l'OTAN en Irak (NMI)"
        r"mission\s+de\s+l['’]OTAN",
        # partners' own names for their military operation, and what their contingent costs (round 17)
        # (not IMPACT: "la prolongation de l'opération IMPACT et une enveloppe ... destinée à la stabilisation")
        r"Operation\s+(?:OKRA|SHADER)", r"Prima\s+Parthica",
        r"cost\s+of\s+(?:the\s+|our\s+|its\s+)?(?:\w+\s+)?contingent",
        # ... in French too, and of a rotation or a detachment: "Le coût de cette rotation en Jordanie est estimé à",
        # "le coût du déploiement", "the cost of this rotation" (round 27)
        r"co[uû]ts?\s+(?:de\s+(?:cette|ce|cet|la|l['’]|notre|son)|du|des)\s*(?:[\w-]+\s+){0,2}?(?:rotations?|déploiements?"
        r"|détachements?|contingents?|relèves?)\b",
        r"cost\s+of\s+(?:the\s+|this\s+|our\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:rotation|detachment)s?\b",
        # what an operation costs on top of peacetime (round 18): "les coûts supplémentaires de l'opération IMPACT",
        # "the incremental costs of the operation"
        r"co[uû]ts?\s+(?:supplémentaires|additionnels|marginaux)\s+de\s+l['’]op[ée]rations?\b",
        r"dépenses\s+supplémentaires\s+de\s+l['’]op[ée]rations?\b",
        r"incremental\s+costs?\s+of\s+(?:the\s+)?op[ée]rations?\b",
    ),
    "counter_financing": (
        r"counter[- ]?(?:ISIS|ISIL|Daesh|terrorist|terrorism)\s+financ\w*", r"financing\s+of\s+terrorism",
        r"terrorist\s+financing", r"counter(?:ing)?\s+(?:the\s+)?financ\w*", r"\bCIFG\b", r"anti-money\s+laundering",
        r"financement\s+du\s+terrorisme", r"financement\s+(?:de\s+daech|de\s+l['’][ée]tat\s+islamique|du\s+djihadisme)",
        r"lutte\s+contre\s+le\s+financement",
        # the unit that follows the money: "Iraq's financial intelligence unit", "la cellule de renseignement
        # financier" (round 30)
        r"financial\s+intelligence", r"renseignement\s+financier", r"money\s+laundering", r"blanchiment",
    ),
    "foreign_fighters": (
        r"foreign\s+(?:terrorist\s+)?fighters", r"\bFTFs?\b", r"repatriat\w+",
        r"combattants\s+(?:terroristes\s+)?étrangers", r"combattants\s+(?:terroristes\s+)?de\s+retour",
        r"returning\s+(?:foreign\s+|terrorist\s+)*fighters",
    ),
    "communications": (
        r"strategic\s+communications?", r"counter[- ]messaging", r"communications?\s+(?:cell|working\s+group)",
        r"counter[- ]narratives?", r"online\s+propaganda", r"\bcommunications\b",
        # countering or exposing the enemy's propaganda: "to counter Daesh propaganda online", "counter-propaganda"
        r"counter(?:ing)?\s+(?:[\w'’]+\s+){0,2}?propaganda", r"expos(?:e|ing)\s+(?:[\w'’]+\s+){0,2}?propaganda",
        r"challeng(?:e|ing)\s+(?:[\w'’]+\s+){0,2}?propaganda", r"rebut(?:ting)?\s+(?:[\w'’]+\s+){0,2}?propaganda",
        r"counter-propaganda", r"propaganda\s+(?:online|on\s+social\s+media)",
        # in French: "la cellule de communication de la coalition", "communication stratégique", "contre la propagande"
        r"cellule\s+de\s+communication", r"communication\s+stratégique", r"contre-discours",
        r"contre\s+(?:la\s+)?propagande", r"contrer\s+(?:la\s+)?propagande", r"contre-propagande",
    ),
    "prevention": (
        r"prevent(?:ion|ing)?\s+(?:of\s+)?violent\s+extremism", r"\bP/?CVE\b", r"\bPVE\b",
        r"counter(?:ing)?\s+violent\s+extremism", r"radicali[sz]ation", r"community\s+resilience",
        r"local\s+community\s+resilience", r"prévention\s+de\s+(?:la\s+)?radicalisation",
        r"prévention\s+de\s+l['’]extrémisme", r"extrémisme\s+violent",
        r"d[ée]radicali[sz]ation", r"radicalisation",
        # the global fund against violent extremism, by its name or its initials: "au Fonds mondial pour l'engagement
        # de la communauté et la résilience (GCERF)" (round 27)
        r"\bGCERF\b", r"engagement\s+de\s+la\s+communauté\s+et\s+(?:la\s+)?résilience",
        r"community\s+engagement\s+and\s+resilience",
    ),
    "other": (
        r"civilian\s+crisis\s+management", r"police\s+advis[eo]rs?", r"police", r"rule\s+of\s+law",
        # the civilian experts a partner pays for, as French "experts civils" and Arabic "خبراء مدنيين" (round 31)
        r"civilian\s+experts?",
        r"EU\s+Advisory\s+Mission", r"\bEUAM\b", r"security\s+sector\s+reform", r"experts\s+civils",
        r"policiers", r"policières", r"gendarmes", r"gendarmerie",
        r"gestion\s+civile\s+des\s+crises",
        # mediation between communities, a civilian crisis work of its own (round 32)
        r"mediation", r"médiation",
    ),
}

#: Restoring places and services is stabilization, unless a loan pays for it: a loan is development, whatever it
#: builds ("a yen loan of up to 30 billion yen for the Basrah water supply improvement project").
REHABILITATION_KEYWORDS = (
    # the rehabilitation of places, not of returning fighters
    r"rehabilitat(?:ion|e|ing)(?![^.;]{0,60}fighters)", r"water\s+supply", r"electricity", r"basic\s+services",
    r"réhabilitation(?![^.;]{0,60}combattants)", r"réhabiliter",
    # the areas taken back from Daesh: "to restore services in the liberated districts of Nineveh" (round 21)
    r"liberated\s+(?:areas|territories|districts|cities|towns)",
)
LOAN_KEYWORDS = (r"loans?", r"loan\s+guarantees?",
                 # not "ready to": "nous sommes prêts à en envoyer jusqu'à dix", "prête à déployer" (round 22)
                 r"prêt(?!e?s?\s+à\s+(?:en\s+|y\s+|les?\s+|la\s+|l['’])?[a-zàâéèêîôû]+(?:er|ir|re)\b)s?")

#: Mine action is stabilization, unless the text names it "humanitarian mine action", the UN's term for clearing
#: land for civilians: then every word of clearing explosives in the scope is humanitarian. ("For humanitarian
#: demining in Syria" stays both lines, as the gold set has it.)
MINE_ACTION_KEYWORDS = (
    r"demining", r"de-mining", r"mine\s+action", r"removal\s+of\s+explosives?", r"clearance\s+of\s+explosives?",
    r"disposal\s+of\s+explosives?",
    r"explosive\s+(?:hazards?|ordnance|remnants)", r"\bIEDs?\b", r"\bclearance\b", r"clear\s+explosive",
    r"landmines?", r"land\s+mines?", r"mine\s+clearance", r"clearing\s+(?:of\s+)?(?:land\s+)?mines",
    r"mine\s+removal", r"removal\s+of\s+(?:land\s*)?mines",
    r"\bunmas\b",  # the UN Mine Action Service named by its acronym alone: "supported the UNMAS programme"
    # countering them is a skill taught to forces, not clearance (LINE_KEYWORDS, military)
    r"déminage", r"restes\s+explosifs",
    r"engins\s+explosifs(?<!lutte\scontre\sles\sengins\sexplosifs)(?<!neutralisation\sdes\sengins\sexplosifs)",
    r"dépollution",
)
HUMANITARIAN_MINE_ACTION = (
    r"humanitarian\s+mine\s+action", r"action\s+humanitaire\s+contre\s+les\s+mines",
    # ... and in French humanitarian demining by name: "800 000 euros pour le déminage humanitaire" (round 23); not
    # the English "humanitarian demining", which the gold set reads both ways (germany.pdf: both lines)
    r"déminage\s+humanitaire",
)

#: Help for displaced people is humanitarian only where no other line is named: their camps may be guarded by
#: troops, their return may be stabilisation.
GENERIC_AID = (r"\baid\b", r"\bassistance\b", r"\brelief\b", r"\baide\b", r"\bidps?\b", r"internally\s+displaced",
               # help for people, and the countries that take refugees in: "pour aider les familles de la Bekaa à
               # traverser l'hiver", "en Syrie même et dans les pays d'accueil", "host communities"
               r"\baider\b", r"venir\s+en\s+aide", r"pays\s+d['’]accueil", r"communautés\s+d['’]accueil",
               r"host\s+communit(?:y|ies)", r"host\s+countries",
               # a crisis answered, and care for the sick: "to the Syria crisis response", "to hospitals in north-west
               # Syria", "health care in the camps" (round 19)
               r"crisis\s+response", r"\bhospitals?\b", r"health\s*care",
               r"displaced\s+(?:people|persons|families|iraqis|syrians|children|households|communities|women)",
               # the displaced named first: "for Iraqis displaced by the fighting"
               *(rf"{people}\s+(?:\w+\s+)?displaced" for people in ("iraqis", "syrians", "people", "persons", "families",
                                                                 "civilians", "children")))

#: Names of bodies and offices that hold a line keyword: they give their line only when nothing else in the scope
#: names one. The money goes through "the UN Development Programme" to a stabilisation facility, and "la ministre
#: du Développement international" announces humanitarian aid. Lower case.
LINE_NEUTRAL_NAMES = (
    r"(?:united\s+nations|un)\s+development\s+programme",
    r"programme\s+des\s+nations\s+unies\s+pour\s+le\s+développement",
    r"برنامج\s+الأمم\s+المتحدة\s+(?:الإنمائي|للتنمية)",
    # ... named again short: "الصندوق الذي يديره البرنامج الإنمائي" (round 21)
    r"البرنامج\s+الإنمائي", r"(?:وزارة|وزيرة|وزير|وكالة)\s+(?:ال)?(?:تنمية|التعاون\s+الإنمائي)",
    r"(?:minister|ministry|secretary|department|directorate(?:[\s-]+general)?|agency|office)\s+(?:for|of)\s+"
    r"(?:international\s+)?development(?:\s+cooperation)?",
    # an office of development and of humanitarian action, tried before its first half alone: "la ministre de la
    # Coopération au développement et de l'Action humanitaire" (round 24)
    r"(?:ministre|ministère)\s+(?:du|de\s+la|de\s+l['’]|des)\s*(?:[\w-]+\s+){1,4}?et\s+de\s+l['’]action\s+humanitaire",
    r"(?:ministre|ministère|direction(?:\s+générale)?|agence)\s+(?:du|de\s+la|de\s+l['’])\s*"
    r"(?:coopération\s+au\s+)?développement(?:\s+international)?",
    r"agence\s+française\s+de\s+développement",
    # ... and the agencies of development named by their acronyms, which speak only when nothing else does: "l'AFD a
    # versé 8 M€ d'aide aux familles", but "l'AICS a engagé 62,4 millions d'euros" (round 30)
    r"\baics\b", r"\baecid\b", r"\bafd\b",
    # the office before its holder's title: "the International Development Secretary", "Development Minister"
    r"(?:international\s+)?development\s+(?:secretary|minister|ministry|committee)",
    # development as the second half of an office's name: "Minister for Trade and Development", "ministre du Commerce
    # extérieur et de la Coopération au développement", "وزير التجارة والتنمية"
    r"(?:minister|ministry|secretary|department)\s+(?:for|of)\s+(?:[\w-]+\s+){1,3}?and\s+(?:international\s+)?"
    r"development(?:\s+cooperation)?",
    r"(?:ministre|ministère)\s+(?:du|de\s+la|de\s+l['’]|des)\s*(?:[\w-]+\s+){1,3}?et\s+(?:du\s+|de\s+la\s+)?"
    r"(?:coopération\s+au\s+)?développement",
    r"(?:وزارة|وزير)\s+(?:ال)?[^\W\d_]+\s+و\s?(?:ال)?(?:تنمية|تعاون\s+(?:ال)?إنمائي)",
    r"ksrelief", r"red\s+(?:crescent|cross)", r"croix-rouge", r"croissant-rouge",
    # the UN's relief agencies: "EUR 5 million through UNICEF for the rehabilitation of schools" is stabilization
    r"world\s+food\s+programme", r"\bwfp\b", r"\bunhcr\b", r"\bunicef\b", r"\bunrwa\b", r"\bocha\b", r"\bicrc\b",
    r"\bhcr\b", r"programme\s+alimentaire\s+mondial",
    r"haut[- ]commissariat\s+(?:des\s+nations\s+unies\s+)?pour\s+les\s+réfugiés",
    # "الوكالة الأمريكية للتنمية الدولية", "وزارة التعاون الدولي والتنمية"
    r"وكالة\s+(?:ال)?[^\W\d_]+\s+(?:لل|ل)تنمية(?:\s+(?:ال)?دولية)?",
    # a national agency of development cooperation: "الوكالة الإيطالية للتعاون الإنمائي", "الوكالة الإسبانية للتعاون
    # الدولي من أجل التنمية"
    r"وكالة\s+(?:ال)?[^\W\d_]+\s+(?:لل|ل)تعاون\s+(?:ال)?(?:إنمائي|دولي)(?:\s+من\s+أجل\s+(?:ال)?تنمية)?",
    # ... and of a development fund, beside a sum of another line: "وقّع صندوق قطر للتنمية ... و٥ ملايين دولار
    # للمساعدات الصحية"
    r"صندوق\s+(?:[^\W\d_]+\s+){1,2}?(?:لل|ل)تنمية",
    r"وزارة\s+(?:ال)?(?:تعاون\s+(?:ال)?دولي\s+و\s?(?:ال)?)?تنمية(?:\s+(?:ال)?دولية)?",
    # the communities that host refugees are who is helped, not how: "المجتمعات المستضيفة للاجئين", "communities
    # hosting Syrian refugees", "refugee-hosting communities"
    r"(?:مستضيفة|مضيفة)\s+(?:لل|ل)?(?:ال)?لاجئين", r"communities\s+hosting\s+(?:\w+\s+)?refugees",
    r"refugee[- ]hosting\s+communities", r"communautés\s+(?:d['’])?accueil(?:\s+des)?\s+réfugiés",
    # ... and the places that host them, said with a verb: "محافظتي المفرق وإربد اللتين تستضيفان أعداداً كبيرة من
    # اللاجئين", "Mafraq, which hosts many Syrian refugees", "qui accueillent de nombreux réfugiés" (round 20)
    r"(?:التي|الذي|اللتين|اللذين|اللتان|اللذان)\s+(?:ت|ي)ستضيف(?:ان)?\s+(?:\S+\s+){0,3}?(?:من\s+)?(?:ال)?لاجئين",
    r"(?:which|that|who)\s+hosts?\s+(?:[\w-]+\s+){0,4}?refugees", r"qui\s+accueill(?:e|ent)\s+(?:[\w'’-]+\s+){0,4}?réfugiés",
)

#: A development fund named near the top of a page ("الصندوق السعودي للتنمية", "the Kuwait Fund for Arab Economic
#: Development"), and the words that name it again in a figure's sentence ("ويمول الصندوق حالياً 11 مشروعاً"): a sum
#: with no line of its own that the fund pays is development. Lower case.
DEVELOPMENT_FUND_NAMES = (
    r"صندوق\s+(?:[^\W\d_]+\s+){0,4}?(?:لل|ل)تنمية", r"fund\s+for\s+(?:[a-z]+\s+){0,3}?development",
    r"development\s+fund", r"fonds\s+(?:[^\W\d_]+\s+){0,3}?(?:pour\s+le|de)\s+développement",
    # ... or a development agency, named again by its acronym: "Korea International Cooperation Agency" and "KOICA"
    # (round 19)
    r"(?:international\s+)?cooperation\s+(?:and\s+coordination\s+)?agency", r"development\s+agency", r"\bkoica\b",
    r"\bjica\b",
)
FUND_AGAIN = (r"(?<!\w)[وف]?(?:لل|ال|ل)صندوق(?!\w)", r"\bthe\s+fund\b", r"\ble\s+fonds\b", r"\bthe\s+agency\b",
              r"\bkoica\b", r"\bjica\b", r"\btika\b")
#: Phrases whose line keywords say nothing about the money: the military offensive that displaced the people helped
#: ("for Iraqis displaced by the military offensive on Mosul", "déplacés par l'offensive militaire", "الذين نزحوا جراء
#: العمليات العسكرية") is why they need help, not what the money does.
LINE_SILENT_PHRASES = (
    # a peace mission named for stabilization is where people serve, and says nothing of what they do: "بعثة الاتحاد
    # الأفريقي للدعم والاستقرار في الصومال", "the UN Multidimensional Integrated Stabilization Mission in Mali"
    # (round 30)
    r"بعثة\s+(?:[^\W\d_]+\s+){0,6}?(?:للدعم\s+و|لتحقيق\s+)?(?:ال|لل)?استقرار",
    r"(?:support\s+and\s+)?stabili[sz]ation\s+mission", r"mission\s+(?:[\w-]+\s+){0,5}?(?:de\s+)?stabilisation",
    r"(?:displaced|uprooted|fled|fleeing|forced\s+to\s+flee)\s+(?:by|from|because\s+of|due\s+to|during)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?military\s+(?:offensives?|operations?|campaigns?)",
    r"(?:déplacé(?:e|s|es)?|fuyant|chassé(?:e|s|es)?)\s+(?:par|à\s+cause\s+d[eu']|en\s+raison\s+d[eu']|lors\s+d[eu'])"
    r"\s*(?:l['’]|les?\s+|la\s+)?(?:[\w-]+\s+){0,3}?(?:offensives?|opérations?|campagnes?)\s+militaires?",
    r"(?:نزح|فر|هرب|شرد|تهجير)\S*\s+(?:\S+\s+){0,3}?(?:جراء|بسبب|نتيجة|إثر|خلال)\s+(?:ال)?"
    r"(?:هجوم|عمليات|عملية|حملة|معارك)\s+(?:ال)?عسكري\S*",
    # the military operation as a time: "humanitarian support ahead of the military operation", "avant l'offensive
    # militaire", "قبل العملية العسكرية"
    r"(?:ahead\s+of|before|during|after|following|in\s+the\s+wake\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?military\s+"
    r"(?:offensives?|operations?|campaigns?)",
    r"(?:avant|pendant|lors\s+d[eu']|après|à\s+l['’]approche\s+d[eu'])\s*(?:l['’]|les?\s+|la\s+)?"
    r"(?:offensives?|opérations?|campagnes?)\s+militaires?",
    r"(?:قبل|خلال|أثناء|بعد|عقب)\s+(?:ال)?(?:عملية|عمليات|حملة|هجوم)\s+(?:ال)?عسكري\S*",
    # experts' advice is no relief: "une composante d'assistance technique", "technical assistance" (round 23)
    r"assistance\s+technique", r"technical\s+assistance",
    # a speaker's office is no line of what her country gave: "a déclaré la ministre allemande du Développement,
    # rappelant que son pays a versé 12 milliards d'euros d'aide", "the German Development Minister said" (round 29)
    r"(?-i:[Mm]inistres?|[Mm]inistre\s+déléguée?|[Ss]ecrétaire\s+d['’]État)\s+(?:[^\W\d_]+\s+){0,2}?(?:d[eu]|de\s+la)\s+"
    r"(?:la\s+)?(?-i:Coopération\s+au\s+|Coopération\s+et\s+du\s+)?(?-i:Développement)",
    r"(?-i:Development\s+Minister|Minister\s+(?:of|for)\s+(?:International\s+)?Development)",
)

#: Arabic line keywords: matched inside a word, since Arabic writes "and", "for", "the" as prefixes
#: ("للمساعدات", "والاستقرار").
#: Stems without the article, which "ل" merges into ("للاستقرار", "للتنمية").
LINE_KEYWORDS_AR: dict[str, tuple[str, ...]] = {
    # the rehabilitation of places, not of fighters or their families ("إعادة تأهيل وإدماج أسر المقاتلين")
    # not a country's or region's stability: "باستقرار لبنان", "أمن واستقرار المنطقة"
    "stabilization": (r"استقرار(?<!أمن\sواستقرار)(?<!أمن\sاستقرار)(?!\s+و?(?:ال)?(?:عراق|سوريا|سورية|لبنان|أردن|منطقة|بلاد|بلد|مصر|"
                      r"ليبيا|يمن|خليج)(?!\w))", r"ألغام", r"مخلفات\s+الحرب", r"المتفجرات",
                      r"إعادة\s+(?:ال)?تأهيل(?![^.،؛]{0,40}مقاتل)",
                      # early recovery and recovery funds: "مشاريع التعافي المبكر", "صندوق التعافي"
                      r"التعافي\s+المبكر", r"الإنعاش\s+المبكر", r"صندوق\s+(?:ال)?تعافي",
                      # the displaced helped home: "لدعم عودة النازحين"
                      r"عودة\s+(?:ال)?(?:نازحين|أسر\s+النازحة|عائلات)"),
    "humanitarian": (r"إنساني", r"لاجئين", r"إغاثة", r"غذائي", r"إيواء", r"إيوائي", r"أغذية", r"غذاء", r"مأوى",
                     # the clusters of a humanitarian response, as a tracking table's sector: "المياه والصرف الصحي
                     # والنظافة", "إدارة المخيمات وتنسيقها" (round 25)
                     r"صرف\s+(?:ال)?صحي\s+و(?:ال)?نظافة", r"إدارة\s+(?:ال)?مخيمات",
                     r"تنسيق\s+(?:ال)?مخيمات",
                     # orphans looked after: "لكفالة 4000 يتيم", "رعاية الأيتام" (real press)
                     r"يتيم", r"أيتام"),
    "development": (r"إعادة\s+(?:ال)?إعمار", r"إنمائي", r"تنمية", r"تنموي", r"قروض", r"قرض",
                    # reconstruction without "re-": "أعمال الإعمار في الموصل", "مشاريع الإعمار" (round 18)
                    r"أعمال\s+(?:ال)?إعمار", r"مشاريع\s+(?:ال)?إعمار", r"مشروعات\s+(?:ال)?إعمار",
                    r"جهود\s+(?:ال)?إعمار",
                    # a credit line is a loan drawn in parts: "خط ائتمان ميسر", "تسهيلات ائتمانية" (round 28)
                    r"خط(?:وط)?\s+(?:ال)?ائتمان", r"تسهيلات\s+ائتمانية"),
    # not the military police, whose advisers are police (round 25)
    "military": (r"عسكري(?<!الشرطة\sالعسكري)", r"القوات\s+المسلحة", r"تدريب\s+القوات", r"الجيش", r"القو(?:ة|ات)\s+الجوية",
                 # security forces and guards, with or without the hamza: "قوات الأمن", "قدرات الحرس الوطني"
                 r"قوات\s+(?:ال)?[أا]من", r"القوات\s+ال[أا]منية", r"الحرس\s+الوطني", r"حرس\s+الحدود",
                 # what the partner's own mission or deployment costs: "لتمويل مهمتها في العراق والكويت"
                 # ... or its operation: "التكلفة الإضافية لعملية أوكرا", "المخصصات المالية للعملية" (round 25)
                 *(rf"{cost}\s+(?:مهمتها|مهمته|مهمتنا|(?:ال)?انتشار|نشر\s+(?:ال)?قوات"
                   r"|(?:ال)?(?:إضافية\s+|مالية\s+)?(?:ل|لل|ال)?عملية(?!\s+(?:ال)?جراحي)"
                   # ... or its part in the air or at sea: "كلفة المشاركة الجوية في الأردن" (round 28)
                   r"|(?:ال)?مشاركة\s+(?:ال)?(?:جوية|بحرية)"
                   # ... or in a theatre or the coalition's operations: "تكلفة المشاركة في العراق عام 2025" (round 29)
                   r"|(?:ال)?مشاركة\s+في\s+(?:عمليات\s+)?(?:ال)?(?:تحالف|عراق|كويت|أردن|سوريا))"
                   for cost in ("تمويل", "تكاليف", "كلفة", "تكلفة", "التكلفة", "التكاليف", "مخصصات", "المخصصات")),
                 # the missions of its forces: "185 مليون يورو لمهام قواتها في العراق والكويت" (round 19)
                 r"مه(?:ام|مة)\s+(?:ال)?قوات",
                 # ... or the partner's own operation or mission, by its possessive: "160 مليون دولار في السنة لعمليتها
                 # في العراق", "لمهمتنا هناك" (round 30)
                 *(rf"{noun}(?:ها|ه|نا)(?!\w)(?!\s+(?:ال)?(?:إنسانية|إغاثية|جراحية))" for noun in ("عمليت", "مهمت")),
                 # the Kurdish forces: "لشراء معدات طبية لقوات البيشمركة" (round 21)
                 r"بيشمركة"),
    "counter_financing": (r"تمويل\s+الإرهاب", r"تمويل\s+داعش", r"استخبارات\s+(?:ال)?مالية", r"غسل\s+(?:ال)?أموال",
                          r"تبييض\s+(?:ال)?أموال"),
    "foreign_fighters": (r"المقاتلين\s+(?:الإرهابيين\s+)?الأجانب",),
    "communications": (r"الاتصالات\s+الاستراتيجية",),
    "prevention": (r"التطرف\s+العنيف", r"تطرف", r"الفكر\s+المتطرف", r"المتطرف"),
    "other": (r"الشرطة",
              # civilian experts and the EU's advisory mission: "خبيرين مدنيين", "إصلاح قطاع الأمن"
              r"خبير\s+مدني", r"خبراء\s+مدني", r"خبيري\s+مدني", r"خبيرين\s+مدني", r"خبيران\s+مدني",
              r"بعثة\s+الاتحاد\s+الأوروبي\s+الاستشارية",
              r"إصلاح\s+قطاع\s+الأمن", r"إدارة\s+الأزمات\s+المدنية"),
}
#: Money for the displaced ("لدعم النازحين", "للأسر النازحة") is aid too, unless its sentence names another line; a
#: head count beside their camps is not.
GENERIC_AID_AR = (r"مساعد", r"نازح(?:ين|ون|ة|ي)")  # "نازحي الأنبار": the displaced of a place

# --- sentences -----------------------------------------------------------------------------------------------------

#: Abbreviations after which a full stop does not end a sentence (lower case, without the stop).
ABBREVIATIONS: frozenset[str] = frozenset({
    "mill", "mln", "mio", "bn", "approx", "appr", "ca", "c", "e.g", "i.e", "eg", "ie", "etc", "incl", "excl",
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "vs", "cf", "al", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm",
    "hon", "rt", "gov", "u.s", "u.k", "u.n", "e.u", "inc", "ltd", "co", "corp", "dept", "est", "fig", "min",
    "max", "resp", "approx", "p.a", "govt", "int", "intl", "nr", "vol", "op", "sr", "jr", "mil", "env", "md", "mds",
})

#: Characters that open a bullet at the start of a line, with those a PDF's text layer gives for Word's list
#: symbols (private-use code points of the Symbol and Wingdings fonts).
BULLET_CHARS = "•·▪◦‣∙●○■□–—-*>⁃➢►✓✔\uf0b7\uf0a7\uf076\uf0d8"
