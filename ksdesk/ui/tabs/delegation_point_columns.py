"""The columns of the Delegation tab's points table, fitted to its width. On a 1366 × 768
laptop at 150 % the table is some 600 pixels wide: narrowed in proportion, Delegat was cut
to "Kommundir…", and columns wide enough for their words made the table scroll sideways.
Here no column is narrower than its longest word (its text wraps, a word never cut), and
while that does not fit, the columns least needed beside the Ärende (Vidaredelegering, then
Lagrum, then Anmärkning; one no shown point fills first) are folded into the Ärende's cell:
their text is shown under the Ärende, named by its heading ("Lagrum: 6 kap. 7 § OSL"). Nr,
Ärende, Delegat and Ersättare always keep columns of their own."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QTableView

from ksdesk.ui.models.delegation_models import PointTableModel
from ksdesk.ui.tabs.delegation_row_lines import RowLines, as_cell, shortest_widths
from ksdesk.ui.widgets.column_fit import ColumnFitter, text_pad, whole_width, widest_of

# The columns of the points model (0 is the finding's mark).
NR, ARENDE, LAGRUM, DELEGAT, ERSATTARE, VIDARE, ANMARKNING = range(1, 8)
FREE_COLUMNS = (ARENDE, LAGRUM, DELEGAT, ERSATTARE, VIDARE, ANMARKNING)
# The widths the free-text columns read best at; Anmärkning, the last, takes what is left.
PREFERRED_WIDTHS = {ARENDE: 330, LAGRUM: 120, DELEGAT: 190, ERSATTARE: 170, VIDARE: 110}
# Anmärkning keeps at least this much while it has a column: with the vidaredelegation
# column shown it was left 10 px at 150 % ("…").
ANMARKNING_MIN = 170
# Folded into the Ärende's cell first to last when the columns do not fit with whole words.
FOLD_ORDER = (VIDARE, LAGRUM, ANMARKNING)
MARK_WIDTH = 22
MEASURED_ROWS = 200  # the columns' words are measured in this many rows shown


@dataclass(frozen=True)
class ColumnPlan:
    widths: dict[int, int]  # of the free columns shown
    folded: tuple[int, ...]  # shown in the Ärende's cell instead, in FOLD_ORDER


def plan_columns(
    room: int,
    wanted: dict[int, int],
    floors: dict[int, int],
    empty: Iterable[int] = (),
    rows: RowLines | None = None,
) -> ColumnPlan:
    """The widths of the free columns in `wanted` (those not hidden) in `room` pixels: each
    at least its floor (its heading and longest word). While the floors do not fit, columns
    are folded, the `empty` ones first; a folded column's longest word must then fit the
    Ärende. The room left is shared toward the wanted widths; Anmärkning (else the Ärende)
    takes the rest. Given the `rows`' cells, the room left goes first where it takes the
    most lines off the rows, when that reads better than the sharing (RowLines.shorter: a
    Delegat narrowed to shorten the first rows wrapped in the next ones)."""
    floors = dict(floors)
    shown = [c for c in FREE_COLUMNS if c in wanted]
    empty = set(empty)
    order = [c for c in FOLD_ORDER if c in empty] + [c for c in FOLD_ORDER if c not in empty]
    folded: list[int] = []
    for column in order:
        if sum(floors[c] for c in shown) <= room:
            break
        if column in shown:
            shown.remove(column)
            folded.append(column)
            if column not in empty:
                floors[ARENDE] = max(floors[ARENDE], floors[column])
    folds = tuple(c for c in FOLD_ORDER if c in folded)
    at_floors = {c: floors[c] for c in shown}
    widths = _shared(at_floors, wanted, room)
    if rows is not None:
        shortest = _shared(shortest_widths(at_floors, room, rows, folds), wanted, room)
        if rows.shorter(shortest, widths, folds):
            widths = shortest
    return ColumnPlan(widths, folds)


def _shared(widths: dict[int, int], wanted: dict[int, int], room: int) -> dict[int, int]:
    """`widths` with the room left shared toward the `wanted` widths, in proportion to what
    each lacks; Anmärkning (else the Ärende) takes the rest."""
    widths = dict(widths)
    growth = {c: max(0, wanted[c] - w) for c, w in widths.items()}
    spare, need = room - sum(widths.values()), sum(growth.values())
    if spare > 0:
        for column in widths:
            widths[column] += growth[column] if need <= spare else growth[column] * spare // need
        taker = ANMARKNING if ANMARKNING in widths else ARENDE
        widths[taker] += room - sum(widths.values())
    return widths


def wanted_and_floors(
    columns: Iterable[int],
    texts: Callable[[int], list[str]],
    widest: Callable[[Iterable[str]], int],
    heading: Callable[[int], int],
    label: Callable[[int], str],
) -> tuple[dict[int, int], dict[int, int], set[int]]:
    """For `plan_columns`: each column's wanted width and floor, and which are empty, from
    the `texts` of its shown rows. A filled column's floor also holds its text as folded
    ("Anmärkning:" before it), so it fits the Ärende when folded."""
    wanted, floors, empty = {}, {}, set()
    columns = list(columns)
    if not any(t for column in columns for t in texts(column)):
        # No point shown (a new ordning, a search that finds nothing): the columns as they
        # read best, the Ärende widest, not each at its heading and Anmärkning the rest.
        floors = {column: heading(column) for column in columns}
        wanted = {c: max(PREFERRED_WIDTHS.get(c, ANMARKNING_MIN), floors[c]) for c in columns}
        return wanted, floors, empty
    for column in columns:
        shown = [t for t in texts(column) if t]
        least = heading(column)
        if not shown:
            wanted[column] = floors[column] = least
            empty.add(column)
            continue
        words = widest([*shown, label(column)] if column in FOLD_ORDER else shown)
        floors[column] = max(least, words)
        if column == ANMARKNING:
            floors[column] = max(floors[column], ANMARKNING_MIN)
        wanted[column] = max(PREFERRED_WIDTHS.get(column, ANMARKNING_MIN), floors[column])
    return wanted, floors, empty


class PointColumns(ColumnFitter):
    """Fits the points table's columns by `plan_columns` whenever its rows or its width
    change, and tells the model which columns its Ärende cells show folded."""

    def __init__(
        self, table: QTableView, model: PointTableModel, proxy: QSortFilterProxyModel
    ) -> None:
        super().__init__(table)
        self.table, self.model, self.proxy = table, model, proxy
        self.unused: set[int] = set()  # hidden whatever the width (no point uses it)
        # The texts of the shown rows by column (and the headings' widths), measured once for
        # each change of the rows, not at each resize of a window being laid out.
        self._texts: dict[int, list[str]] = {}
        self._nr = 0  # the Nr column's width
        self._folding = False  # the model's layout changes for a fold: the texts do not
        self._measured: tuple[dict[int, int], dict[int, int], set[int]] | None = None
        self._rows: RowLines | None = None  # the shown rows' words, measured with them
        for signal in (proxy.modelReset, proxy.layoutChanged, proxy.dataChanged):
            signal.connect(self._rows_changed)
        for signal in (proxy.rowsInserted, proxy.rowsRemoved):
            signal.connect(self._rows_changed)

    def set_unused(self, columns: set[int]) -> None:
        self.unused = set(columns)
        self._measured = self._rows = None
        for column in columns:
            self.table.setColumnHidden(column, True)
        self.fit()

    def _rows_changed(self, *_args: object) -> None:
        if self._folding:
            return
        self._texts.clear()
        self.forget_headings()  # an imported ordning's own headings come with its rows
        self._nr = 0
        self._measured = None
        self._rows = None
        self.fit()

    def _column_texts(self, column: int) -> list[str]:
        if column not in self._texts:
            proxy, rows = self.proxy, range(min(self.proxy.rowCount(), MEASURED_ROWS))
            source = (proxy.mapToSource(proxy.index(row, column)).row() for row in rows)
            self._texts[column] = [self.model.plain_text(row, column) for row in source]
        return self._texts[column]

    def fit(self) -> None:
        table = self.table
        if not table.isVisible():
            return  # no width of its own yet: fitted when shown
        # Its numbers measured as words: Qt's sizeHintForColumn asks every row for eight
        # roles (8 ms of a fitting's 9 on the demo).
        self._nr = self._nr or max(whole_width(table, self._column_texts(NR)), self.heading(NR))
        for column, width in ((0, MARK_WIDTH), (NR, self._nr)):
            if table.columnWidth(column) != width:
                table.setColumnWidth(column, width)
        if self._measured is None:  # the words are measured once, not at each resize
            self._measured = wanted_and_floors(
                [c for c in FREE_COLUMNS if c not in self.unused],
                self._column_texts,
                lambda texts: widest_of(table, texts),
                self.heading,
                lambda column: f"{self.model.headerData(column, Qt.Orientation.Horizontal)}:",
            )
        wanted, floors, empty = self._measured
        # As the header has them: no narrower than its least section (26 px, not 22).
        room = table.viewport().width() - table.columnWidth(0) - table.columnWidth(NR)
        plan = plan_columns(room, wanted, floors, empty, self._row_lines(wanted))
        self.show_widths(plan.widths, FREE_COLUMNS)
        self._folding = True
        try:
            self.model.set_folded(plan.folded)
        finally:
            self._folding = False

    def _row_lines(self, columns: Iterable[int]) -> RowLines:
        """The shown rows' cells of `columns`, as shown and as folded under the Ärende, each
        word measured once."""
        if self._rows is None:
            metrics, advances = self.table.fontMetrics(), {}

            def advance(word: str) -> int:
                if word not in advances:
                    advances[word] = metrics.horizontalAdvance(word)
                return advances[word]

            cells, as_folded = {}, {}
            for column in columns:
                texts = self._column_texts(column)
                cells[column] = [as_cell(text, advance) for text in texts]
                label = self.model.headerData(column, Qt.Orientation.Horizontal)
                as_folded[column] = [
                    as_cell(text and f"{label}: {text}", advance) for text in texts
                ]
            space = metrics.horizontalAdvance(" ")
            self._rows = RowLines(cells, as_folded, space, text_pad(self.table), ARENDE)
        return self._rows
