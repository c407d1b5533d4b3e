"""Word lists the claim rules read: verbs of saying, source nouns, cues of plans and datelines.

Kept as data so that a new verb is one line here, not a new branch in the rules. The time grammar's words
(months, weekdays, parts, prepositions...) are resource files of their own: ``extract/grammar/en/words/``.
"""

from __future__ import annotations

from claimline.extract.grammar import word_list

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
    # what is announced as still to come ("the upcoming plenum in early December")
    "upcoming", "forthcoming", "the coming", "preparation for", "preparations for",
    # a past expectation of what was still to come ("was originally due to open in April 2019"); "due to" alone
    # also means "because of"
    "due to open", "due to begin", "due to start", "due to finish", "due to be completed", "due to be held",
    "due to take place",
)  # fmt: skip

# Words that may stand on a dateline beside the date ("Published Aug 25, 2022 10:47 am").
DATELINE_WORDS = ("published", "updated", "posted", "date", "modified", "am", "pm", "kst", "utc", "gmt", "est",
                  "edt", "pst", "pdt", "cet", "bst", "at", "on", "by", "mon", "tue", "wed", "thu", "fri", "sat", "sun",
                  "입력", "수정")

# Abbreviations after which a full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "mt", "no", "gen", "lt", "col", "prof", "vs", "etc", "inc", "co", "jr",
     "sr", "u.s", "u.n", "e.g", "i.e", "prov", "approx", "dept", "gov", "sgt", "capt", "rep", "sen", "p.m",
     "a.m"} | set(word_list("en", "month_abbreviation").phrases)
)
