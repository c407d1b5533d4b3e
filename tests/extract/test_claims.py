"""Claim assembly: the sample report's five claims, and the rules of ANNOTATION.md one by one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claimline.extract import extract
from claimline.ingest import read_paths
from claimline.model import Published, Report

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

SAMPLE_CLAIMS = [
    ("said a North Pyongan Province-based source on October 1.", "2018-10-01", "2018-10-01", {"KP-03"}),
    ("Following the first inter-Korean summit this year,", "2018-01-01", "2018-12-31", set()),
    ("The source pointed out that an important reason", "2018-07-01", "2018-07-31", {"KP-03"}),
    ("ordered in July that the anti-socialist crackdown", "2018-07-01", "2018-07-31", {"KP-02"}),
    ("“In early September, I saw anti-socialist group officials", "2018-09-01", "2018-09-10", {"KP-03"}),
]


@pytest.fixture(scope="module")
def sample() -> Report:
    reports = read_paths([SEEDS]).reports
    return next(r for r in reports if "loosen crackdown" in r.title)


def report(text: str, published: str | None = "2018-10-04") -> Report:
    return Report("test.txt", "A headline", text, published=Published.parse(published) if published else None)


def claims(text: str, published: str | None = "2018-10-04") -> list[tuple[str, str, str, set[str]]]:
    found = extract(report(text, published)).claims
    return [(c.quote, c.when.start.isoformat(), c.when.end.isoformat(), set(c.province_codes))
            for c in found if c.when.resolved]


def test_sample_report_gives_its_five_claims(sample: Report) -> None:
    found = extract(sample).claims
    assert len(found) == len(SAMPLE_CLAIMS)
    for claim, (needle, start, end, places) in zip(found, SAMPLE_CLAIMS, strict=True):
        assert needle in claim.quote
        assert (claim.when.start.isoformat(), claim.when.end.isoformat()) == (start, end)
        assert claim.province_codes == places
        assert claim.report_path == sample.path


def test_quote_is_the_text_at_its_offsets(sample: Report) -> None:
    for claim in extract(sample).claims:
        assert sample.text[claim.start:claim.end] == claim.quote
        assert sample.text[claim.when.offset:claim.when.offset_end] == claim.when.text


def test_may_the_verb_makes_no_claim(sample: Report) -> None:
    assert not any("may have been due" in c.quote for c in extract(sample).claims)


def test_back_reference_takes_the_located_source_inferred(sample: Report) -> None:
    claim = next(c for c in extract(sample).claims if c.quote.startswith("The source pointed out"))
    assert claim.source == "The source"
    assert [(p.code, p.inferred) for p in claim.places] == [("KP-03", True)]


def test_time_in_the_attribution_quotes_the_whole_sentence() -> None:
    text = "“Prices rose a lot,” said a source in Hyesan on October 1. “People are worried.”"
    assert claims(text) == [("“Prices rose a lot,” said a source in Hyesan on October 1.", "2018-10-01",
                             "2018-10-01", {"KP-10"})]


def test_event_time_beats_report_time() -> None:
    text = "A source in Ryanggang Province told Daily NK on September 13 that orders were issued on August 23."
    assert [c[1] for c in claims(text)] == ["2018-08-23"]


def test_report_time_when_the_statement_has_none() -> None:
    text = "Authorities blocked the city, a North Pyongan Province-based source told Daily NK on Sept. 25."
    assert [(c[1], c[3]) for c in claims(text)] == [("2018-09-25", {"KP-03"})]


@pytest.mark.parametrize(
    "text",
    [
        "An event is scheduled for May 23 to close the site.",
        "The campaign will last until June 12.",
        "The planting season will begin on April 20, a source said.",
        "The resort was originally scheduled to open in October 2017.",
        "Wholesalers may release the stock in July, the source said.",
        "Families will go hungry if the bridge stays quiet through the winter.",
        "Each household has to give 30 percent more than last year, the source said.",
        "Restrictions have recently begun to loosen.",
        "These days people are worried.",
        "She lost her husband two years ago.",
        "Residents were told to gather by 9 a.m. [today, October 4] at the plaza.",
        "Work goes on as the country prepares for the 70th anniversary of its founding on September 9.",
        "The authorities are expected to cut supply to the capital again after the holiday on February 16, sources said.",
        "Officials are watching whether the floods will affect the rice harvest, due in late September and October.",
        "Another typhoon is forecast to hit the peninsula on Monday night.",
        "Workers must finish the resort by the Day of the Sun on April 15.",
        "Coal now costs twice as much as last year, a source said.",
        "He repeated his call to build factories in 20 counties every year from 2018 to 2027.",
        "A joint performance at Mount Kumgang on Oct. 20 was planned, a source said.",  # yearless, in 16 days
        "Aid groups warn that the lean season between October and December will be the hardest.",
        "The Rodong Sinmun urged farmers to achieve this year's grain production target.",
        "The harvest this autumn is likely to suffer, experts say.",
        "Tensions may rise ahead of the founder's birthday, which falls on Monday, analysts said.",
        "The factory must be finished by the Party founding anniversary on Oct. 10, officials were told.",
        "The resort was originally due to open in April 2017, officials said.",
        "Residents expect the team to stay in the city until at least the end of September, the source said.",
        "Managers were told to prepare workers for the mobilization beginning in November.",
        "North Korea is prone to flooding during the summer rainy season.",
        "Food supplies tend to be tightest in July, a source said.",
        "“If the border does not open this winter, many companies will go bankrupt,” he said.",
        "The pressure has moved to a new target of October 10, the party anniversary.",
        "Rice prices are now the highest since 2010, a source said.",
    ],
)
def test_plans_deadlines_and_vague_words_make_no_claim(text: str) -> None:
    assert claims(text) == []


def test_no_publication_date_and_no_year_leaves_the_claim_unresolved() -> None:
    assert claims("Prices rose in July, a source said.", published=None) == []
    (unresolved,) = extract(report("Prices rose in July, a source said.", None)).claims
    assert unresolved.when.text == "in July" and not unresolved.when.resolved
    assert unresolved.when.unresolved_reason, "the claim says why it has no date"
    assert [c[1] for c in claims("Prices rose in July 2017, a source said.", published=None)] == ["2017-07-01"]


def test_two_times_in_one_sentence_give_two_claims() -> None:
    text = "The lockdown in Hyesan, which began on January 29, was lifted on February 15."
    found = claims(text, "2021-02")
    assert [c[1] for c in found] == ["2021-01-29", "2021-02-15"]
    assert all(c[3] == {"KP-10"} for c in found)


def test_coarser_time_covering_a_finer_one_is_dropped() -> None:
    text = "Border forces were warned during the December 1 military training this month."
    assert [c[1:3] for c in claims(text, "2017-12-18")] == [("2017-12-01", "2017-12-01")]


def test_dateline_and_headline_make_no_claim() -> None:
    text = "Phone troubles abound in 2012\n\nPublished Aug 25, 2018 10:47 am\n\nPrices rose in July, a source said."
    rep = Report("test.txt", "Phone troubles abound in 2012", text, published=Published.parse("2018-10-04"))
    assert [c.when.start.isoformat() for c in extract(rep).claims] == ["2018-07-01"]


def test_photo_caption_with_a_date_is_a_claim() -> None:
    text = "Apartment complex in Rason. Housing prices doubled since early 2018. Image: Daily NK\n\nMore text."
    (quote, start, end, places), = claims(text, "2018-12")
    assert quote == "Apartment complex in Rason. Housing prices doubled since early 2018."
    assert (start, end, places) == ("2018-01-01", "2018-12-31", {"KP-13"})


def test_quotation_over_two_sentences_takes_the_governing_source() -> None:
    text = ("A source in Hamgyongnam-do said, “People starve.”\n\n"
            'The source said, "Last December, a resident died. Two people died this year." He added more.')
    found = claims(text, "2023-03-14")
    assert [(c[1], c[3]) for c in found] == [("2022-12-01", {"KP-08"}), ("2023-01-01", {"KP-08"})]


def test_mojibake_keeps_offsets() -> None:
    text = "¡°Prices rose,¡± said a source in Hyesan on October 1. Nothing else."
    rep = report(text)
    (claim,) = extract(rep).claims
    assert rep.text[claim.start:claim.end] == claim.quote and claim.when.start == date(2018, 10, 1)


def test_back_reference_across_a_relative_clause() -> None:
    text = ("A resident of North Hamgyong Province told RFA on Tuesday that prices rose.\n\n"
            "The resident, who requested anonymity, said that police began a crackdown in late February.")
    found = extract(report(text, "2019-03-15")).claims
    last = found[-1]
    assert last.when.start == date(2019, 2, 21)
    assert [(p.code, p.inferred) for p in last.places] == [("KP-09", True)]


@pytest.mark.parametrize("published", [None, "2016-02-29", "2019-01", "2020"])
def test_odd_text_never_breaks_the_invariants(published: str | None) -> None:
    text = ("On the 31st, February 30 and on the 0th, between 2020 and 2019, from December to February, "
            "“Yesterday [Feb. 30] a source in Hyesan said, ¡°since next month 99 days ago\n\n"
            "(Photo) 2018-13-45 and 2018.02.30, October 32, 2018. Image: X\n\nhe said on the 29th. "
            "later this year, in 2017-16, since the start of mid- the end of")
    rep = report(text, published)
    for claim in extract(rep).claims:
        assert rep.text[claim.start:claim.end] == claim.quote
        assert rep.text[claim.when.offset:claim.when.offset_end] == claim.when.text
        assert not claim.when.resolved or claim.when.start <= claim.when.end


def test_attribution_ending_in_a_colon_takes_the_quotation() -> None:
    text = "On August 29, a reporting partner in Hoeryong said:\n\n“Guard posts were washed away. Nobody goes there.”"
    (quote, start, _end, places), = claims(text, "2024-09")
    assert quote == "On August 29, a reporting partner in Hoeryong said:\n\n“Guard posts were washed away."
    assert (start, places) == ("2024-08-29", {"KP-09"})


def test_wire_dateline_gives_way_to_the_event_time() -> None:
    text = "SEOUL, Oct. 4 (Yonhap) -- Kim Jong Un inspected a farm in Kangwon Province on Monday, state media said."
    assert [c[1] for c in claims(text)] == ["2018-10-01"]


def test_source_in_the_city_is_located_by_the_sentence() -> None:
    text = ("Markets in Hoeryong have been closed since the 19th, a source in the city told Daily NK.\n\n"
            "“On the 21st, a woman was detained,” he added.")
    found = extract(report(text, "2011-12-28")).claims
    assert [(p.code, p.inferred) for p in found[-1].places] == [("KP-09", True)]


def test_leading_report_time_gives_way_to_the_event_time() -> None:
    text = "On September 7, a source in Hyesan told Daily NK that the market closed in August."
    assert [c[1] for c in claims(text)] == ["2018-08-01"]
    assert [c[1] for c in claims("On September 7, a source in Hyesan said the market is closed.")] == ["2018-09-07"]


@pytest.mark.parametrize(
    "first",
    ["Sources in North Hamgyong Province said prices rose.", "Prices rose, according to reporting partners in Hoeryong."],
)
def test_plural_sources_are_located(first: str) -> None:
    found = extract(report(first + "\n\n“It rose in July,” the source said.")).claims
    assert [(p.code, p.inferred) for p in found[-1].places] == [("KP-09", True)]


def test_short_line_with_a_preposition_is_a_statement() -> None:
    assert [c[1] for c in claims("Rice harvest in Sariwon in October.")] == ["2018-10-01"]
    assert claims("Posted on Oct. 2, 2018 at 9:00 am\n\nNothing else.") == []


def test_statement_about_another_country_is_no_claim() -> None:
    assert claims("South Korea's Unification Ministry said Monday it has no plans to send aid.") == []
    text = "South Korea's intelligence service said on Monday that starvation deaths in North Korea rose."
    assert [c[1] for c in claims(text)] == ["2018-10-01"]


@pytest.mark.parametrize("text", [
    "The U.S. Treasury on Friday imposed sanctions on two shipping companies that traded with North Korea.",
    "South Korea's Ministry of Unification said on Monday that it will keep monitoring the situation in the North.",
    "The National Intelligence Service in Seoul said on Monday it was aware of the report.",
    "Meanwhile, in South Korea's Gangwon Province, heavy rain on Sunday forced some residents to leave.",
])
def test_what_an_actor_outside_the_north_did_or_said_of_itself_is_no_claim(text: str) -> None:
    assert claims(text) == []


def test_a_wire_dateline_city_is_not_the_actor() -> None:
    text = "SEOUL, South Korea -- North Korea's state media reported four new fever cases Thursday."
    assert [c[1] for c in claims(text)] == ["2018-10-04"]


def test_since_an_event_runs_to_publication_when_it_governs_the_clause() -> None:
    opening = "Since the closure of the border in late January, smuggling has almost stopped, a source said."
    assert [(c[1], c[2]) for c in claims(opening)] == [("2018-01-21", "2018-10-04")]
    perfect = "Security along the border has been reinforced since Kim Jong Un took power in December 2011."
    assert [(c[1], c[2]) for c in claims(perfect)] == [("2011-12-01", "2018-10-04")]
    superlative = "It was the first foreign tour group since North Korea closed its borders in January 2020."
    assert [(c[1], c[2]) for c in claims(superlative, "2024-12-03")] == [("2020-01-01", "2020-01-31")]


def test_according_to_the_partner_refers_back_to_the_located_partner() -> None:
    text = ("“Anyone who enters will be shot,” a reporting partner in Hoeryong said.\n\n"
            "According to the partner, a man who tried to cross the river in late May was caught.")
    last = extract(report(text, "2020-06-10")).claims[-1]
    assert last.when.start == date(2020, 5, 21)
    assert [(p.code, p.inferred) for p in last.places] == [("KP-09", True)]


def test_a_pronoun_inside_reported_speech_is_not_the_source() -> None:
    text = ("A second reporting partner in Sariwon said residents had been mobilized.\n\n"
            "Kim Jong-il visited a farm in Chaeryong County on the 23rd, according to the Korean Central News "
            "Agency, which said he praised the farmers.")
    last = extract(report(text, "2011-11-28")).claims[-1]
    assert last.when.start == date(2011, 11, 23)
    assert [(p.code, p.inferred) for p in last.places] == [("KP-05", False)]


def test_a_document_seen_by_a_reporter_dates_the_report_not_the_event() -> None:
    text = ("North Korea continued to violate sanctions in the first half of 2018 through ship-to-ship transfers, "
            "according to a confidential U.N. report seen by Reuters on Monday.")
    assert [(c[1], c[2]) for c in claims(text)] == [("2018-01-01", "2018-06-30")]


@pytest.mark.parametrize("text", [
    "The report comes after talks between Trump and Kim Jong Un collapsed in Hanoi in February.",
    "She spent three months hiding in Yanji, China, before reaching Seoul via Thailand in May.",
    "According to the Ministry of Unification, 1,396 defectors arrived in the South last year.",
    "The commission, which held public hearings in Seoul in August, will report next year.",
    "Defense Minister Lee said Wednesday that the South Korean military would strengthen surveillance.",
    "Officials in South Korea's Gangwon Province said last month that they would watch the resort's visitors.",
    "Seoul said it will send vaccines if Pyongyang accepts, and the Unification Ministry proposed talks on Tuesday.",
    "In a statement on Sunday, the U.N. World Food Programme said it was ready to help.",
    "President Yoon Suk Yeol convened an emergency security meeting Friday afternoon.",
    "Kremlin spokesman Dmitry Peskov said on Tuesday that the talks would focus on neighbourly relations.",
    "Iron ore prices in China fell steeply in the first half of the year, according to a trader in Yanji.",
    "SEOUL, Oct. 4 (Yonhap) -- North Korea's rocket broke apart shortly after liftoff, officials said.",
    "The IFRC said it had released 100,000 Swiss francs from its disaster emergency fund on Tuesday.",
    "A U.S. State Department spokesperson said on Wednesday that Washington was aware of the reports.",
    "The Unification Ministry said Friday it had informed Pyongyang of the defection.",
])
def test_what_happened_abroad_or_a_foreign_plan_is_no_claim(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(("text", "day"), [
    ("A woman who left Musan in 2018 and now lives in Seoul told ASIAPRESS that guards took bribes.", "2018-01-01"),
    ("A woman who crossed the river from Musan last winter has arrived in South Korea.", "2017-12-01"),
    ("Fees rose to 100,000 yuan, up from 30,000 yuan in 2016, according to defectors in Seoul.", "2016-01-01"),
    ("Prices in Hyesan rose in May, a source in Seoul said.", "2018-05-01"),
])
def test_a_place_abroad_that_does_not_locate_the_act_keeps_the_claim(text: str, day: str) -> None:
    assert [c[1] for c in claims(text)] == [day]


def test_a_foreign_word_in_an_apposition_is_not_the_subject() -> None:
    text = ("Traders who bring rice in from Changbai, the Chinese county across the river, say the border guards "
            "were rotated in September.")
    assert [c[1] for c in claims(text)] == ["2018-09-01"]


def test_what_an_intelligence_service_reports_is_about_the_north() -> None:
    text = "The NIS also said food shortages had worsened in the first half of the year, as rations failed."
    assert [(c[1], c[2]) for c in claims(text)] == [("2018-01-01", "2018-06-30")]


def test_since_does_not_reach_across_another_time_or_into_a_plan() -> None:
    text = "The resort has been under construction since 2018 and was originally scheduled to open in October 2019."
    assert [(c[1], c[2]) for c in claims(text, "2024-12-03")] == [("2018-01-01", "2024-12-03")]


@pytest.mark.parametrize("speaker", ["a farmer from Jongju", "a worker in Jongju", "a Jongju teacher"])
def test_people_who_speak_for_themselves_are_located_sources(speaker: str) -> None:
    text = (f"“Every farm must deliver more grain,” {speaker}, North Phyongan province, told RFA on Wednesday.\n\n"
            "“In October, many families ran out of food,” said the source, who requested anonymity.")
    found = extract(report(text, "2021-11-12")).claims
    assert found[0].source.startswith(speaker)
    assert [(p.code, p.inferred) for p in found[-1].places] == [("KP-03", True)]


def test_an_adverb_after_the_source_is_not_part_of_it() -> None:
    (claim,) = extract(report("An inside source in Sinuiju also reported on Tuesday that prices rose.")).claims
    assert claim.source == "An inside source in Sinuiju"


def test_a_lettered_reporting_partner_is_a_located_source() -> None:
    text = ("“Prices are rising,” a reporting partner in Hoeryong said.\n\n"
            "Reporting partner B, who lives in Hyesan, said by phone on October 12: “Chinese goods vanished in July.”\n\n"
            "The authorities held a public trial on October 5, the partner added.")
    found = extract(report(text, "2022-10-20")).claims
    assert [(c.when.start.isoformat(), c.source) for c in found] == [
        ("2022-07-01", "Reporting partner B, who lives in Hyesan"), ("2022-10-05", "the partner")]
    assert [(p.code, p.inferred) for p in found[-1].places] == [("KP-10", True)]


def test_the_woman_or_the_man_refers_back_to_the_located_speaker() -> None:
    text = ("A woman in Musan, North Hamgyong Province, told RFA that the river was closed.\n\n"
            "“Soldiers shot at a smuggler in August,” the woman said.")
    last = extract(report(text, "2022-10-20")).claims[-1]
    assert last.source == "the woman"
    assert [(p.code, p.inferred) for p in last.places] == [("KP-09", True)]


@pytest.mark.parametrize("text", [
    "South Korea's unification ministry said Friday that it had seen no signs of a launch at Sohae in Cholsan.",
    "The U.S. Geological Survey recorded a magnitude 5.1 tremor near Kilju on Tuesday.",
])
def test_what_a_foreign_actor_saw_in_the_north_is_a_claim(text: str) -> None:
    assert len(claims(text)) == 1


def test_state_media_on_a_day_reported_takes_the_event_time() -> None:
    text = "North Korea's state media on Monday reported that Chagang province had exceeded its grain target in 2017."
    assert [(c[1], c[2]) for c in claims(text)] == [("2017-01-01", "2017-12-31")]


def test_a_dateline_with_a_weekday_and_time_zone_is_no_claim() -> None:
    assert claims("SEOUL/UNITED NATIONS | Wed Oct 3, 2018 4:12am EST\n\nNothing else here.") == []


def test_a_local_source_is_located_by_the_place_its_sentence_names() -> None:
    text = ("Students in South Hwanghae Province were mobilized, a local source reported on the 18th.\n\n"
            "“Last year, some students fainted in the fields,” the source said.")
    last = extract(report(text, "2022-05-20")).claims[-1]
    assert [(p.code, p.inferred) for p in last.places] == [("KP-05", True)]


def test_what_a_foreign_party_made_at_a_time_gives_way_to_the_report_time() -> None:
    text = ("The Ministry of Unification said on the 19th that North Korea had not responded to South Korea's "
            "offer of vaccines made on the 13th.")
    (claim,) = extract(report(text, "2022-05-20")).claims
    assert claim.when.start == date(2022, 5, 19)
    assert claim.source == "The Ministry of Unification"


def test_a_leading_day_on_which_state_media_carried_a_statement_gives_way_to_the_event() -> None:
    text = ("On Thursday, the Rodong Sinmun carried a statement accusing South Korea of sending drones over "
            "Pyongyang three times this month.")
    assert [(c[1], c[2]) for c in claims(text)] == [("2018-10-01", "2018-10-31")]


def test_a_warship_sinking_near_the_sea_border_is_a_claim() -> None:
    text = "In March, a South Korean warship, the Cheonan, sank near the same sea border after an explosion."
    assert [c[1] for c in claims(text)] == ["2018-03-01"]


def test_a_source_in_the_city_is_in_the_city_named_before() -> None:
    text = ("Prices doubled in Pyongsong, South Pyongan Province, last month.\n\n"
            "A source in the city said that the yuan had been trading at 35 won in early September.")
    last = extract(report(text)).claims[-1]
    assert last.when.start == date(2018, 9, 1)
    assert [p.code for p in last.places] == ["KP-02"]


def test_a_phone_call_with_the_outlet_dates_the_report_not_the_event() -> None:
    text = ("In a phone call with Daily NK on October 2, a source in Chongjin said that “police arrested five "
            "money lenders in mid-September.”")
    assert [(c[1], c[2]) for c in claims(text)] == [("2018-09-11", "2018-09-20")]


def test_single_curly_quotations_take_their_attribution() -> None:
    text = ("A source in Chongjin spoke to Daily NK.\n\n"
            "‘The lenders charged 20 percent a month,’ he said. ‘Since the border closed last year, people "
            "have had no other way to get money.’")
    last = extract(report(text)).claims[-1]
    assert last.when.start == date(2017, 1, 1)
    assert last.source == "he"
    assert [(p.code, p.inferred) for p in last.places] == [("KP-09", True)]


def test_according_to_the_partners_refers_back_to_located_partners() -> None:
    text = ("Reporting partners in Hyesan described the crackdown.\n\n"
            "Since April, an inspection team has searched the border area, according to the partners.")
    last = extract(report(text)).claims[-1]
    assert [(p.code, p.inferred) for p in last.places] == [("KP-10", True)]


def test_according_to_a_source_on_a_day_dates_the_report() -> None:
    text = ("According to a Daily NK source in Ryanggang Province on Monday, the execution took place on the "
            "outskirts of Hyesan on September 29.")
    assert [(c[1], c[3]) for c in claims(text)] == [("2018-09-29", {"KP-10"})]


def test_what_it_claimed_was_names_a_thing_and_dates_no_speech() -> None:
    text = "Pyongyang has conducted many weapons tests this year, including what it claimed was a new missile in January."
    assert [c[1] for c in claims(text)] == ["2018-01-01", "2018-01-01"]
    assert [c[2] for c in claims(text)] == ["2018-12-31", "2018-01-31"]


def test_a_past_verb_after_a_future_cue_dates_the_past() -> None:
    text = "People are hoping things will go back to how they were in 2016, when the market was full, a source said."
    assert [c[1] for c in claims(text)] == ["2016-01-01"]


def test_the_first_since_after_a_perfect_clause_dates_the_event_itself() -> None:
    text = "North Korea has conducted several tests since May, the first since it launched a missile in November 2017."
    assert sorted((c[1], c[2]) for c in claims(text)) == [("2017-11-01", "2017-11-30"), ("2018-05-01", "2018-10-04")]


def test_a_byline_beside_the_date_is_no_claim() -> None:
    assert claims("Title line\n\n2018.10.02  KANG Ji-won / ISHIMARU Jiro\n\nNothing dated here.") == []


def test_this_morning_in_a_quotation_is_the_morning_of_the_day_the_source_spoke() -> None:
    text = "A source told Daily NK on the 1st, “A kilo of rice went for 1,850 won in Hoeryong this morning.”"
    assert [(c[1], c[3]) for c in claims(text)] == [("2018-10-01", {"KP-09"})]


def test_an_announcing_sentence_gives_way_to_the_dated_quotation_it_announces() -> None:
    text = ("A reporting partner in Hamhung, who spoke with ASIAPRESS in mid-September, said:\n\n"
            "“In our neighborhood, three people died between late August and early September.”")
    assert [(c[1], c[2], c[3]) for c in claims(text)] == [("2018-08-21", "2018-09-10", {"KP-08"})]


def test_a_report_of_its_own_in_a_second_clause_is_a_second_claim() -> None:
    text = "On December 31st Kim visited the resort, and state media reported last month that it had opened."
    assert [c[1] for c in claims(text)] == ["2017-12-31", "2018-09-01"]
    quoted = '"The harbor was full in February, and workers unloaded ships," a source told NK News on Monday.'
    assert [c[1] for c in claims(quoted)] == ["2018-02-01"]


@pytest.mark.parametrize(("text", "start"), [
    ("The FAO estimated in May that about 10 million North Koreans needed food aid.", "2018-05-01"),
    ("The man defected to the South in 2017 by swimming across the border.", "2017-01-01"),
    ("Inspections have continued since the turn of the year, a source said.", "2018-01-01"),
])
def test_reports_crossings_and_year_turns_are_claims(text: str, start: str) -> None:
    assert [c[1] for c in claims(text)] == [start]


def test_earlier_this_year_gives_way_to_the_months_it_covers() -> None:
    text = ("Earlier this year, the country reopened the Rason zone to tourists in February, before suspending "
            "the tours again in March.")
    assert [c[1] for c in claims(text)] == ["2018-02-01", "2018-03-01"]


def test_a_time_after_a_baseline_clause_is_not_planned_with_it() -> None:
    text = ("Rainfall in the first five months of the year was the lowest since 1982, and the Korean Central News "
            "Agency said on May 15 that reservoirs in North Hwanghae Province were close to running dry.")
    assert [c[1] for c in claims(text)] == ["2018-01-01", "2018-05-15"]


def test_since_after_a_clock_time_is_no_deadline() -> None:
    text = "The market has been closed from the morning until 2 PM since the start of September, a source said."
    assert [(c[1], c[2]) for c in claims(text)] == [("2018-09-01", "2018-10-04")]


def test_the_same_moment_in_another_time_zone_makes_no_second_claim() -> None:
    text = "The rocket was launched at 7:39 a.m. local time on Wednesday (2239 GMT Tuesday) from the Sohae site."
    assert [c[1] for c in claims(text)] == ["2018-10-03"]


def test_usually_and_every_year_do_not_hide_a_dated_statement() -> None:
    assert [c[1] for c in claims("Prices usually fall after the harvest, but this year they have barely moved.")] == [
        "2018-01-01"]


def test_a_source_in_the_provincial_capital_is_in_the_capital_named_before() -> None:
    text = ("Farms in Kaesong, North Hwanghae Province, are short of water.\n\n"
            "A source in the provincial capital said the market has been closed since the start of September.")
    last = extract(report(text)).claims[-1]
    assert [p.code for p in last.places] == ["KP-06"]
