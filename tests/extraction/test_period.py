"""classify_period: annual, cumulative (with since), one year, or none."""

from datetime import date

import pytest

from .helpers import only_claim

PERIODS = [
    ("Norway gives USD 7 million annually.", "annual", None, None),
    ("Norway gives USD 7 million per year.", "annual", None, None),
    ("Norway gives USD 7 million each year.", "annual", None, None),
    ("Norway gives USD 7 million a year.", "annual", None, None),
    ("Norway gave close to 160 million US dollars annually in the last 5 years.", "annual", None, None),
    ("Norway has given USD 270 million since 2014.", "cumulative", None, 2014),
    ("Norway gave USD 270 million between 2012 and 2022.", "cumulative", None, 2012),
    ("Norway gave USD 270 million for 2019-2021.", "cumulative", None, 2019),
    ("Norway gave USD 270 million in total.", "cumulative", None, None),
    ("So far, Norway has given USD 270 million.", "cumulative", None, None),
    ("Overall, Norway has given USD 270 million.", "cumulative", None, None),
    ("Norway gave USD 5 million in 2018.", "year", 2018, None),
    ("Norway pledged USD 5 million in 2016.", "year", 2016, None),
    ("As of October 2023, Norway had disbursed USD 5 million.", "year", 2023, None),
    ("Norway gave USD 5 million.", None, None, None),
    ("Up to 70 personnel serve in Iraq.", None, None, None),
    ("Norway has had up to 70 personnel in Iraq since 2014.", None, None, None),
    ("In 2018, Norway had 110 troops in Iraq.", "year", 2018, None),
]


@pytest.mark.parametrize(("text", "period", "year", "since"), PERIODS)
def test_period(text, period, year, since):
    claim = only_claim(text)
    assert (claim.period, claim.year, claim.since) == (period, year, since)


def test_window_span_counts_back_from_as_of():
    claim = only_claim("Norway gave USD 160 million annually in the last 5 years.", as_of=date(2024, 3, 1))
    assert claim.period == "annual" and claim.span == (2019, 2024)


def test_window_alone_is_annual():
    """The issue's rule: "in the last N years" reads as a yearly level over that window."""
    assert only_claim("Norway gave USD 160 million in the last 5 years.").period == "annual"


def test_each_figure_keeps_its_own_period():
    from .helpers import claims

    found = claims("Germany gave EUR 45 million since 2017, of which EUR 15 million in 2017.")
    assert [(c.period, c.year, c.since) for c in found] == [("cumulative", None, 2017), ("year", 2017, None)]


@pytest.mark.parametrize("text", ["Year | Amount\n2018 | EUR 39 million\n", "Funding:\n• 2018: EUR 39 million\n",
                                  "Année\t Montant\n2018\t39 millions d'euros\n"])
def test_a_row_labelled_with_its_year(text):
    claim = only_claim(text, partner="DE")
    assert (claim.period, claim.year) == ("year", 2018)


# Blind round 2 of issue 11.
@pytest.mark.parametrize(("text", "partner", "period", "year"), [
    ("أعلن أن دولة قطر ستقدم ٥٠ مليون دولار على مدى عامين لدعم الاستقرار.", "QA", "cumulative", None),
    ("- Aide humanitaire en Syrie (2021) : 9 millions d'euros", "BE", "year", 2021),
])
def test_arabic_dual_span_and_a_bracketed_year(text, partner, period, year):
    claim = only_claim(text, partner=partner)
    assert (claim.period, claim.year) == (period, year)


def test_a_headline_takes_the_period_of_its_restatement():
    from .helpers import claims

    text = ("قطر تتعهد بمبلغ ٥٠ مليون دولار لدعم الاستقرار بالعراق\n\nالدوحة – قنا\n\n"
            "أعلن الوزير أن دولة قطر ستقدم ٥٠ مليون دولار على مدى عامين لدعم الاستقرار في العراق.")
    assert [(c.value, c.period) for c in claims(text)] == [(50_000_000, "cumulative")]


def test_a_totals_words_belong_to_the_total_after():
    from .helpers import claims

    text = ("أعلنت الوزارة عن تقديم ما يقرب من ١٠٠ مليون دولار كمساعدات إنسانية، ليصل إجمالي المساعدات منذ "
            "السنة المالية ٢٠١٤ إلى أكثر من ٢٫٥ مليار دولار.")
    assert [(c.period, c.since) for c in claims(text, partner="US")] == [(None, None), ("cumulative", 2014)]


def test_a_part_shares_the_period_of_its_total():
    from .helpers import claims

    text = "Le Canada investira 1,39 milliard de dollars sur trois ans, dont 250 millions de dollars pour la formation."
    assert [c.period for c in claims(text, partner="CA")] == ["cumulative", "cumulative"]


def test_since_fiscal_year():
    assert only_claim("The US has given $2.5 billion since fiscal year 2014.", partner="US").since == 2014


def test_an_unnamed_year_takes_no_since_from_the_sentence():
    from .helpers import claims

    text = "Since 2014 we have committed £40 million to the facility, including £10 million this financial year."
    assert [(c.period, c.since) for c in claims(text, partner="GB")] == [("cumulative", 2014), (None, None)]


@pytest.mark.parametrize(("text", "partner", "period", "year", "since"), [
    ("Pour la seule année 2021, ce montant s'élevait à 310 millions d'euros.", "DE", "year", 2021, None),
    ("خصصت الحكومة الهولندية ١٠ ملايين يورو لإزالة الألغام خلال عامي ٢٠٢٠ و٢٠٢١.", "NL", "cumulative", None, 2020),
    ("Norway gave NOK 10 million in 2020 and 2021.", "NO", "cumulative", None, 2020),
])
def test_the_single_year_and_two_named_years(text, partner, period, year, since):
    claim = only_claim(text, partner=partner)
    assert (claim.period, claim.year, claim.since) == (period, year, since)
