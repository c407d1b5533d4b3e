"""The one filter and the one selection that every view shares, and the answer to "which claims now".

Views never call each other: they write the analyst's gesture here (a province click, a
row selection) and redraw when the workspace tells them that something changed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

import numpy as np
from psygnal import Signal

from claimline.corpus import Corpus
from claimline.geo import province_name
from claimline.model import STATUSES, Claim, Extraction, Report
from claimline.review import Review
from claimline.review.grades import GradeFilter, credibility_rank, reliability_rank
from claimline.review.queue import review_queue

NO_PLACE = ""  # the lane/province key for claims that name no place


@dataclass(frozen=True)
class Filter:
    """What the analyst asked to see: provinces, a date range, a text query and the review facets (statuses,
    a grade threshold such as "B2", tags). All optional; rejected claims are left out unless asked for."""

    provinces: frozenset[str] = frozenset()
    date_range: tuple[date, date] | None = None
    query: str = ""
    statuses: frozenset[str] = frozenset()  # empty: any status (but see show_rejected)
    show_rejected: bool = False
    grade: str | None = None  # "B2": B2 or better
    tags: frozenset[str] = frozenset()  # claims with any of these tags

    @property
    def is_empty(self) -> bool:
        return (not self.provinces and self.date_range is None and not self.query.strip() and not self.statuses
                and not self.show_rejected and self.grade is None and not self.tags)

    def toggled(self, code: str, *, additive: bool) -> Filter:
        """The filter after a click on a province (Ctrl-click when ``additive``)."""
        if additive:
            return replace(self, provinces=self.provinces ^ {code})
        if self.provinces == {code}:
            return replace(self, provinces=frozenset())
        return replace(self, provinces=frozenset({code}))

    def describe(self) -> str:
        """Words for the status of the filter: "North Pyongan, Sep 2018, 'market'"."""
        parts = []
        if self.provinces:
            parts.append(" + ".join(sorted(province_name(c) for c in self.provinces)))
        if self.date_range:
            parts.append(_range_words(*self.date_range))
        if self.query.strip():
            parts.append(f"“{self.query.strip()}”")
        if self.statuses:
            parts.append(" or ".join(s for s in STATUSES if s in self.statuses))
        if self.grade:
            parts.append(str(GradeFilter.parse(self.grade)))
        if self.tags:
            parts.append("tagged " + " or ".join(sorted(self.tags, key=str.casefold)))
        if self.show_rejected and "rejected" not in self.statuses:
            parts.append("rejected shown")
        return ", ".join(parts)


def _range_words(first: date, last: date) -> str:
    """"2018-01-01 to 2018-06-30", or "from 2018-01-01" / "until 2018-06-30" for a range open at one end."""
    if last == date.max:
        return f"from {first.isoformat()}"
    if first == date.min:
        return f"until {last.isoformat()}"
    return f"{first.isoformat()} to {last.isoformat()}"


@dataclass
class ClaimIndex:
    """Columnar view of all claims, so that filtering 100,000 claims is a few numpy operations."""

    claims: list[Claim] = field(default_factory=list)

    def __post_init__(self) -> None:
        n = len(self.claims)
        self._start = np.fromiter((_ordinal(c.when.start) for c in self.claims), dtype=np.int64, count=n)
        self._end = np.fromiter((_ordinal(c.when.end) for c in self.claims), dtype=np.int64, count=n)
        self._status = np.fromiter((STATUSES.index(c.status) for c in self.claims), dtype=np.int8, count=n)
        self._reliability = np.fromiter((reliability_rank(c.reliability) for c in self.claims), dtype=np.int8,
                                        count=n)
        self._credibility = np.fromiter((credibility_rank(c.credibility) for c in self.claims), dtype=np.int8,
                                        count=n)
        self._text = [c.quote.casefold() + "\n" + c.source.casefold() for c in self.claims]
        self._by_province = _rows_by(self.claims, lambda c: c.province_codes or {NO_PLACE})
        self._by_tag = _rows_by(self.claims, lambda c: c.tags)

    @property
    def dated(self) -> np.ndarray:
        return self._start > 0

    def mask(self, flt: Filter) -> np.ndarray:
        """A boolean mask over ``claims``: True where the claim passes ``flt``."""
        mask = self._review_mask(flt)
        if flt.provinces:
            mask &= self._any_of(self._by_province, flt.provinces)
        if flt.date_range:
            lo, hi = (d.toordinal() for d in flt.date_range)
            mask &= (self._end >= lo) & (self._start <= hi)
        query = flt.query.strip().casefold()
        if query:
            mask &= np.fromiter((query in t for t in self._text), dtype=bool, count=len(self.claims))
        return mask

    def _review_mask(self, flt: Filter) -> np.ndarray:
        if flt.statuses:
            mask = np.isin(self._status, [STATUSES.index(s) for s in flt.statuses])
        else:
            mask = np.ones(len(self.claims), dtype=bool)
        if not flt.show_rejected and "rejected" not in flt.statuses:
            mask &= self._status != STATUSES.index("rejected")
        if flt.grade:
            grade = GradeFilter.parse(flt.grade)
            mask &= (self._reliability <= reliability_rank(grade.reliability)) & (
                self._credibility <= grade.credibility)
        if flt.tags:
            mask &= self._any_of(self._by_tag, flt.tags)
        return mask

    def _any_of(self, rows_by: dict[str, np.ndarray], keys: Iterable[str]) -> np.ndarray:
        in_any = np.zeros(len(self.claims), dtype=bool)
        for key in keys:
            in_any[rows_by.get(key, np.empty(0, dtype=np.int64))] = True
        return in_any

    def counts_by_province(self, mask: np.ndarray | None = None) -> dict[str, int]:
        """How many claims (within ``mask``) each province has; NO_PLACE counts claims with none."""
        counts = {}
        for code, rows in self._by_province.items():
            counts[code] = int(mask[rows].sum()) if mask is not None else len(rows)
        return counts


def _rows_by(claims: list[Claim], keys_of) -> dict[str, np.ndarray]:
    rows: dict[str, list[int]] = {}
    for i, claim in enumerate(claims):
        for key in keys_of(claim):
            rows.setdefault(key, []).append(i)
    return {k: np.asarray(v, dtype=np.int64) for k, v in rows.items()}


def _ordinal(day: date | None) -> int:
    return day.toordinal() if day else 0


class Workspace:
    """The corpus the analyst has open, the filter over it and the selected claim. Qt-free, evented."""

    corpus_changed = Signal()
    claims_changed = Signal(object)  # set of keys: the same claims, some of them decided on anew
    filter_changed = Signal(object)  # Filter
    selection_changed = Signal(object)  # claim key (str) or None
    report_changed = Signal(object)  # path (str) of the report being read, or None

    def __init__(self, corpus: Corpus | None = None) -> None:
        self._corpus = Corpus()
        self._filter = Filter()
        self._selected: str | None = None
        self._current_report: str | None = None
        self._index = ClaimIndex()
        self._mask = np.zeros(0, dtype=bool)
        self._dated = np.zeros(0, dtype=bool)
        self._queue = None
        self._reports: dict[str, Report] = {}
        self._extractions: dict[str, Extraction] = {}
        self._by_key: dict[str, Claim] = {}
        self._by_report: dict[str, list[Claim]] = {}
        self._row: dict[str, int] = {}
        if corpus is not None:
            self.set_corpus(corpus)

    # -- the data -----------------------------------------------------------------------------
    @property
    def corpus(self) -> Corpus:
        return self._corpus

    def set_corpus(self, corpus: Corpus) -> None:
        """Show ``corpus``: every view redraws once."""
        self._take(corpus)
        self.corpus_changed.emit()

    def _take(self, corpus: Corpus) -> None:
        self._corpus = corpus
        claims = corpus.claims
        self._index = ClaimIndex(claims)
        self._dated = self._index.dated
        self._reports = {e.report.path: e.report for e in corpus.extractions}
        self._extractions = {e.report.path: e for e in corpus.extractions}
        self._by_key = {c.key: c for c in claims}
        self._by_report: dict[str, list[Claim]] = {}
        for claim in claims:
            self._by_report.setdefault(claim.report_path, []).append(claim)
        self._row = {c.key: i for i, c in enumerate(claims)}
        self._mask = self._index.mask(self._filter)
        self._queue: list[Claim] | None = None
        if self._selected not in self._by_key:
            self._selected = None
        if self._current_report not in self._reports:
            self._current_report = next(iter(self._reports), None)

    def add(self, other: Corpus) -> None:
        """Add reports to the open ones; duplicates and replacements are noted in the corpus's ``notes``."""
        self.set_corpus(self._corpus.merged(other))

    @property
    def review(self) -> Review:
        return self._corpus.review

    def set_review(self, review: Review) -> None:
        """Show the same reports under another review (a decision made or undone).

        When the same claims remain (none added or deleted), views hear ``claims_changed`` with the keys of
        the claims that differ, so that they update those alone instead of redrawing everything."""
        before = self._index.claims
        corpus = self._corpus.with_review(review)
        after = corpus.claims
        same = len(before) == len(after) and all(a.key == b.key for a, b in zip(before, after, strict=True))
        if not same:
            self.set_corpus(corpus)
            return
        changed = {b.key for a, b in zip(before, after, strict=True) if a != b}
        self._take(corpus)
        self.claims_changed.emit(changed)

    @property
    def all_claims(self) -> list[Claim]:
        """Every dated claim, whatever the filter (rejected ones too)."""
        return [self._index.claims[i] for i in np.flatnonzero(self._dated)]

    def visible_claims(self) -> list[Claim]:
        """The dated claims that pass the filter, in corpus order."""
        return [self._index.claims[i] for i in np.flatnonzero(self._mask & self._dated)]

    def filtered_claims(self) -> list[Claim]:
        """Every claim that passes the filter, dated or not (an undated one fails any date range), in corpus
        order: what a data export holds, so that a claim waiting for a published date is not lost."""
        return [self._index.claims[i] for i in np.flatnonzero(self._mask)]

    def undated_claims(self) -> list[Claim]:
        """Claims whose time could not be resolved (their report needs a published date), rejected ones left out."""
        return [c for c in self._index.claims if not c.when.resolved and c.status != "rejected"]

    def review_queue(self) -> list[Claim]:
        """The claims still as extracted that pass the filter, dated or not, the least certain first."""
        if self._queue is None:
            self._queue = review_queue(self._index.claims[i] for i in np.flatnonzero(self._mask))
        return self._queue

    def counts_by_province(self, *, filtered: bool = False) -> dict[str, int]:
        """Dated claims per province: within the whole filter, or (not ``filtered``) rejected ones left out."""
        base = self._mask if filtered else self._index.mask(Filter())
        return self._index.counts_by_province(base & self._dated)

    def counts_for_map(self) -> dict[str, int]:
        """Dated claims per province under every facet of the filter but the provinces themselves, so that the
        map follows the search, the time range and the review facets while showing the other provinces."""
        around = replace(self._filter, provinces=frozenset())
        return self._index.counts_by_province(self._index.mask(around) & self._dated)

    def graded_counts(self, code: str) -> dict[str, int]:
        """For province ``code``, how many of the claims the map counts have each grade ("ungraded" for none)."""
        mask = self._index.mask(replace(self._filter, provinces=frozenset({code}))) & self._dated
        counts: dict[str, int] = {}
        for i in np.flatnonzero(mask):
            grade = self._index.claims[i].grade or "ungraded"
            counts[grade] = counts.get(grade, 0) + 1
        return dict(sorted(counts.items()))

    def claims_of(self, path: str | None) -> list[Claim]:
        """Every claim of one report as the analyst sees it (rejected ones too), in text order."""
        return list(self._by_report.get(path, [])) if path else []

    def report(self, path: str) -> Report | None:
        return self._reports.get(path)

    def extraction(self, path: str) -> Extraction | None:
        return self._extractions.get(path)

    def claim(self, key: str | None) -> Claim | None:
        return self._by_key.get(key) if key else None

    # -- the filter ---------------------------------------------------------------------------
    @property
    def filter(self) -> Filter:
        return self._filter

    def set_filter(self, flt: Filter) -> None:
        if flt == self._filter:
            return
        self._filter = flt
        self._mask = self._index.mask(flt)
        self._queue = None
        selected = self.claim(self._selected)
        self.filter_changed.emit(flt)
        if selected is not None and not self.is_visible(selected):
            self.select(None)
        visible = self.visible_claims()
        if visible and not any(c.report_path == self._current_report for c in visible):
            self.open_report(visible[0].report_path)  # the reader follows the filter to a matching report

    def is_visible(self, claim: Claim) -> bool:
        row = self._row.get(claim.key)
        return row is not None and bool(self._mask[row])

    def status(self) -> str:
        """"3 of 5 claims, North Pyongan": what the views now show, in the analyst's words."""
        shown = int((self._mask & self._dated).sum())
        rejected = int((self._dated & (self._index.mask(Filter(statuses=frozenset({"rejected"}))))).sum())
        all_dated = int(self._dated.sum())
        total = all_dated if (self._filter.show_rejected or "rejected" in self._filter.statuses) else all_dated - rejected
        noun = "claim" if total == 1 else "claims"
        hidden = f" ({rejected} rejected hidden)" if rejected and total < all_dated else ""
        if self._filter.is_empty:
            return f"{total} {noun}{hidden}"
        return f"{shown} of {total} {noun}, {self._filter.describe()}{hidden}"

    # -- the selection ------------------------------------------------------------------------
    @property
    def selected_key(self) -> str | None:
        return self._selected

    @property
    def selected_claim(self) -> Claim | None:
        return self.claim(self._selected)

    def select(self, key: str | None) -> None:
        """Select a claim (None clears); its report becomes the one being read."""
        if key == self._selected:
            return
        self._selected = key if key in self._by_key else None
        claim = self.claim(self._selected)
        if claim is not None:
            self.open_report(claim.report_path, keep_selection=True)
        self.selection_changed.emit(self._selected)

    # -- the report being read ----------------------------------------------------------------
    @property
    def current_report(self) -> str | None:
        return self._current_report

    def open_report(self, path: str | None, *, keep_selection: bool = False) -> None:
        """Show report ``path`` in the reader; a selected claim of another report is deselected."""
        if path is not None and path not in self._reports:
            return
        if not keep_selection and self.selected_claim is not None and self.selected_claim.report_path != path:
            self.select(None)
        if path != self._current_report:
            self._current_report = path
            self.report_changed.emit(path)

    def reports_needing_a_date(self) -> list[Report]:
        """Reports without a published date: their relative dates cannot be resolved until one is set."""
        return [r for r in self._reports.values() if r.published is None]


def provinces_of(claims: Iterable[Claim]) -> list[str]:
    """The province codes the claims name, in code order, with NO_PLACE last when some name none."""
    codes = {code for c in claims for code in (c.province_codes or {NO_PLACE})}
    return sorted(codes - {NO_PLACE}) + ([NO_PLACE] if NO_PLACE in codes else [])
