"""Word lists the extraction rules read: months, weekdays, number words, seasons, parts, verbs.

Kept as data so that a new spelling or verb is one line here, not a new branch in the grammar.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "twenty": 20, "thirty": 30,
}  # fmt: skip

# Northern-hemisphere seasons: (first month, number of months).
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "fall": (9, 3), "winter": (12, 3),
}  # fmt: skip

# Parts of a month as (first day, last day); None is the month's last day.
MONTH_PARTS: dict[str, tuple[int, int | None]] = {
    "early": (1, 10), "beginning of": (1, 10), "start of": (1, 10), "first ten days of": (1, 10),
    "mid": (11, 20), "middle of": (11, 20), "middle ten days of": (11, 20),
    "late": (21, None), "end of": (21, None), "last ten days of": (21, None),
    "early to mid": (1, 20), "early-to-mid": (1, 20), "mid to late": (11, None), "mid-to-late": (11, None),
    "first week of": (1, 7), "second week of": (8, 14), "third week of": (15, 21), "fourth week of": (22, 28),
    "last week of": (-6, None), "final week of": (-6, None),
}  # fmt: skip
# Negative first days count back from the month's last day ("last week of": its final seven days).

# Parts of a year as (first month, last month).
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 4), "beginning of": (1, 4), "start of": (1, 4),
    "mid": (5, 8), "middle of": (5, 8),
    "late": (9, 12), "end of": (9, 12),
    "first half of": (1, 6), "second half of": (7, 12), "latter half of": (7, 12),
    "early part of": (1, 4), "latter part of": (9, 12), "later part of": (9, 12),
    "turn of": (1, 1),  # "since the turn of the year"
    "first quarter of": (1, 3), "second quarter of": (4, 6), "third quarter of": (7, 9), "fourth quarter of": (10, 12),
    "last quarter of": (10, 12),
    **{f"first {n} months of": (1, i) for i, n in enumerate(
        ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"), start=2)},
    **{f"first {i} months of": (1, i) for i in range(2, 12)},
}  # fmt: skip

# Words before a bare month or year that make it a time ("in July"), not a verb or a count.
TIME_PREPOSITIONS = (
    "in", "on", "since", "during", "from", "until", "till", "through", "throughout", "by", "before",
    "after", "of", "between", "to", "around", "as of", "starting in", "and", "or", "at",
)  # fmt: skip

# Phrases that turn a time into "from then until publication".
SINCE_CUES = ("since", "ever since", "with the arrival of", "starting from", "beginning in")

# Verbs of saying: a time right after them dates the report, not the event.
REPORTING_VERBS = (
    "said", "says", "say", "told", "tells", "tell", "reported", "reports", "report", "added", "adds",
    "explained", "noted", "stated", "claimed", "confirmed", "indicated", "revealed", "continued",
    "emphasized", "stressed", "cautioned", "warned", "argued", "corroborated", "mentioned",
    "insisted", "pointed out", "went on to say", "informed", "relayed", "conveyed", "wrote",
    "spoke with", "spoke to", "speaking with", "speaking to", "talked to", "talked with",
    "estimated",  # "the FAO estimated in May that ..."
)  # fmt: skip

# Who may be a located source ("a source in X", "a Hyesan-based reporting partner").
SOURCE_NOUNS = ("sources", "source", "reporting partners", "reporting partner", "informants", "informant",
                "correspondent", "insider", "contact")

# People located by where they live or work who speak for themselves ("a farmer from Jongju, North Phyongan
# province, told RFA"): a "the <noun>" later refers back to them.
SPEAKER_NOUNS = ("resident", "residents", "trader", "merchant", "official", "farmer", "worker", "defector", "soldier",
                 "smuggler", "housewife", "teacher", "doctor", "student", "driver", "cadre", "miner", "laborer",
                 "fisherman", "businessman", "businesswoman", "woman", "man")

# Words before a time that make it a plan or a deadline, not a dated statement.
DEADLINE_CUES = (
    "by", "until", "till", "before", "to", "scheduled for", "scheduled on", "slated for", "planned for",
    "set for", "due", "due on", "due by", "deadline of", "target of", "no later than", "until at least", "at least until",
    "than",  # "30 percent more than last year": a baseline for comparison, not a dated statement
    "as much as", "as high as", "as low as", "as expensive as", "as cheap as",  # "twice as much as last year"
    "which falls", "that falls", "which fall", "will fall",  # "the anniversary, which falls on Monday": a calendar date
)  # fmt: skip

# Words earlier in the clause that put a time in the future of the statement ("will begin on April 20").
# Conditionals ("if the bridge stays quiet through the winter") and modals of what may come ("may release
# it in July", "said the markets would reopen on March 5") count too; "may have" looks back and does not.
FUTURE_CUES = (
    "will", "'ll", "’ll", "shall", "is expected to", "are expected to", "is set to", "are set to",
    "plans to", "plan to", "planned to", "is scheduled to", "are scheduled to", "is due to", "are due to",
    "is going to", "are going to", "may", "might", "would", "if", "unless", "scheduled to", "slated to", "supposed to",
    "expected to", "set to", "forecast to", "predicted to", "likely to",
    # undertakings look forward too ("promised to distribute rations at the end of December")
    "promised to", "promise to", "promises to", "pledged to", "pledges to", "vowed to", "vows to",
    "intends to", "intend to", "aims to", "hopes to",
    # what a time is ahead of is still to come ("prepares for the anniversary of its founding on September 9")
    "ahead of", "prepares for", "prepare for", "preparing for", "in preparation for", "in the run-up to",
    # a past expectation of what was still to come ("was originally due to open in April 2019"); "due to" alone
    # also means "because of"
    "due to open", "due to begin", "due to start", "due to finish", "due to be completed", "due to be held",
    "due to take place",
)  # fmt: skip

# Words that may stand on a dateline beside the date ("Published Aug 25, 2022 10:47 am").
DATELINE_WORDS = ("published", "updated", "posted", "date", "modified", "am", "pm", "kst", "utc", "gmt", "est",
                  "edt", "pst", "pdt", "cet", "bst", "at", "on", "by", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
                  "입력", "수정")

# Words after "the 7th" that make it an ordinal, not a day of the month ("the 7th Party Congress").
ORDINAL_NOUNS = (
    "anniversary", "century", "time", "times", "day", "floor", "grade", "round", "session", "plenary",
    "congress", "meeting", "birthday", "year", "month", "week", "generation", "place", "division",
    "corps", "largest", "biggest", "most", "test", "party", "brigade", "army", "edition", "term",
)  # fmt: skip

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "mt", "no", "gen", "lt", "col", "prof", "vs", "etc", "inc", "co", "jr",
     "sr", "u.s", "u.n", "e.g", "i.e", "prov", "approx", "dept", "gov", "sgt", "capt", "rep", "sen", "p.m",
     "a.m"} | {m for m in MONTHS if len(m) <= 4 and m not in ("may", "june", "july")}
)
