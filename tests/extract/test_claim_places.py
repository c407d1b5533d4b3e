"""The provinces a claim is tied to: several-province phrases, its own clause or quotation, its source."""

from __future__ import annotations

from claimline.extract import extract
from claimline.extract.places import find_places, find_province_groups
from claimline.model import Doubt, Published, Report


def claim_places(text: str, published: str = "2019-10-04") -> list[tuple[str, set[str]]]:
    report = Report("test.txt", "A headline", text, published=Published.parse(published))
    return [(c.when.text, set(c.province_codes)) for c in extract(report).claims]


def group_codes(text: str) -> list[tuple[str, ...]]:
    return [g.codes for g in find_province_groups(text)]


# A phrase naming several provinces with one shared word is no place mention, but names each province.


def test_a_shared_direction_names_both_provinces() -> None:
    assert set(group_codes("Storms hit North and South Hamgyong provinces.")[0]) == {"KP-08", "KP-09"}


def test_a_bare_stem_names_its_north_and_south() -> None:
    assert set(group_codes("Rain fell in Pyongan and Hwanghae provinces.")[0]) == {"KP-02", "KP-03", "KP-05", "KP-06"}


def test_provinces_of_a_list() -> None:
    assert set(group_codes("in the provinces of Jagang and Kangwon")[0]) == {"KP-04", "KP-07"}


def test_one_province_and_other_provinces_names_that_one() -> None:
    assert group_codes("Ryanggang and other northern provinces") == [("KP-10",)]


def test_a_list_of_counties_or_foreign_places_is_no_group() -> None:
    assert group_codes("Musan and Onsong counties") == []
    assert group_codes("Liaoning and Jilin provinces") == []


def test_a_claim_gets_every_province_of_a_group_in_its_sentence() -> None:
    text = "Heavy rain has flooded farms in North and South Pyongan provinces since early July."
    assert find_places(text) == []
    assert claim_places(text) == [("since early July", {"KP-02", "KP-03"})]


# A claim's places come from its own clause or quotation.


def test_a_clause_after_while_about_another_place_is_not_the_claims() -> None:
    text = "Rice prices rose in June in Hoeryong, while officials in Pyongyang kept silent."
    assert claim_places(text) == [("in June", {"KP-09"})]


def test_a_clause_after_but_carries_on_the_same_statement() -> None:
    text = "Hyesan was spared by the storm in late July, but its workers were sent to help Sinuiju."
    assert claim_places(text) == [("in late July", {"KP-10", "KP-03"})]


def test_a_clause_without_a_place_of_its_own_keeps_the_sentences() -> None:
    text = "Kanggye's market stayed open in August, while the border stayed closed."
    assert claim_places(text) == [("in August", {"KP-04"})]


def test_a_quotation_keeps_its_own_places_and_its_sources() -> None:
    text = ("Speaking about Pyongyang's new rules, a source in Hyesan said, "
            "“Traders at the Manpo market were fined in May.”")
    assert claim_places(text) == [("in May", {"KP-04", "KP-10"})]


def claims_with_doubts(text: str, published: str = "2019-10-04") -> list[tuple[str, list[tuple[str, bool]], str, tuple]]:
    report = Report("test.txt", "A headline", text, published=Published.parse(published))
    return [(c.quote, [(p.code, p.inferred) for p in c.places], c.source, c.uncertain)
            for c in extract(report).claims]


# Where a source is: its own words up to its verb of saying, or the source it refers back to.


def test_an_apposition_locates_a_source() -> None:
    text = ("Another source, a farmer in Onsong county, said on Monday that seed was handed out late.\n\n"
            "“The cooperative farm held a meeting on April 3,” the second source said.")
    assert claims_with_doubts(text)[-1][1] == [("KP-09", True)]


def test_a_relative_clause_locates_a_speaker() -> None:
    text = "A Chinese trader who has kept a stall in Sinuiju since 2015 said, “Sales fell in March.”"
    assert claims_with_doubts(text)[-1][1] == [("KP-03", False)]


def test_the_source_in_the_province_is_where_the_sentence_last_named() -> None:
    text = ("Inspectors sent from Pyongyang arrived in Chagang Province, in the border city of Manpo, "
            "a source in the province has reported.\n\n"
            "“They searched the homes of traders in July,” the source said.")
    assert claims_with_doubts(text)[-1][1] == [("KP-04", True)]


def test_the_partner_who_refers_back_to_the_located_partner() -> None:
    text = ("ASIAPRESS spoke with a reporting partner living in Musan.\n\n"
            "The partner who sent the photos said that the bridge was closed in May.")
    quote, codes, source, _ = claims_with_doubts(text)[-1]
    assert codes == [("KP-09", True)] and source == "The partner"


# An interview: the answers speak for the interviewee introduced before them.


def test_an_answer_takes_the_interviewees_place() -> None:
    text = ("Daily NK interviewed a Kanggye source by phone.\n\n"
            "Q: What happened to the bridge?\n\nA: The bridge closed in 2016.")
    quote, codes, source, reasons = claims_with_doubts(text)[0]
    assert quote == "The bridge closed in 2016."
    assert codes == [("KP-04", True)]
    assert Doubt.INTERVIEW_PLACE in reasons and Doubt.PLACE_INFERRED not in reasons


def test_a_question_states_nothing() -> None:
    text = "Daily NK interviewed a Kanggye source.\n\nQ: Did prices rise in May 2018?\n\nA: Not at all."
    assert claims_with_doubts(text) == []


def test_a_q_without_answers_is_no_interview() -> None:
    text = "A: The bridge closed in 2016."
    assert claims_with_doubts(text)[0][0] == "A: The bridge closed in 2016."


def test_a_pronoun_for_an_earlier_source_is_only_a_pronoun() -> None:
    reasons = claims_with_doubts("A source in Hyesan spoke to us.\n\n“Rice rose in May,” he said.")[-1][3]
    assert Doubt.PRONOUN_SOURCE in reasons and Doubt.PRONOUN_UNRESOLVED not in reasons


def test_a_pronoun_with_no_source_before_it_says_so() -> None:
    reasons = claims_with_doubts("“Rice rose in May,” he said.")[0][3]
    assert Doubt.PRONOUN_UNRESOLVED in reasons


def test_an_ambiguous_place_name_is_a_doubt() -> None:
    reasons = claims_with_doubts("Work in Hwasong began in February 2022.", "2023-01-01")[0][3]
    assert Doubt.AMBIGUOUS_PLACE in reasons
    assert Doubt.AMBIGUOUS_PLACE not in claims_with_doubts("Work in Hyesan began in May 2022.", "2023-01-01")[0][3]
