"""A searchable list of the portal's teammates: type to filter, pick one.

Portals can have thousands of owners, so the filter works on lower-cased search keys computed
once when the teammates arrive, narrows from the previous matches while the admin keeps typing,
and resets a flat list model (uniform row heights keep the view's relayout cheap). Every word
typed must appear in the teammate's name, email or owner id.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from hubspot_setup.flow.answers import Teammate

TEAMMATE_ROLE = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


def search_key(teammate: Teammate) -> str:
    return " ".join((teammate.name, teammate.email, teammate.owner_id)).lower()


class TeammateListModel(QAbstractListModel):
    """All teammates, of which the rows matching the current filter are shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: tuple[Teammate, ...] = ()
        self._keys: tuple[str, ...] = ()
        self._shown: list[int] = []
        self._filter: tuple[str, ...] = ()

    def set_teammates(self, teammates: Sequence[Teammate]) -> None:
        self.beginResetModel()
        self._all = tuple(sorted(teammates, key=lambda t: (t.label.lower(), t.owner_id)))
        self._keys = tuple(search_key(t) for t in self._all)
        self._shown = self._matching(range(len(self._all)), self._filter)
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        words = tuple(text.lower().split())
        if words == self._filter:
            return
        # Typing more of the same words can only narrow the matches: search those only.
        narrowing = len(words) >= len(self._filter) and all(
            old in new for old, new in zip(self._filter, words, strict=False)
        )
        pool = self._shown if narrowing and self._filter else range(len(self._all))
        self._filter = words
        self.beginResetModel()
        self._shown = self._matching(pool, words)
        self.endResetModel()

    def _matching(self, pool: Sequence[int] | range, words: tuple[str, ...]) -> list[int]:
        keys = self._keys
        if not words:
            return list(pool)
        return [i for i in pool if all(word in keys[i] for word in words)]

    @property
    def total(self) -> int:
        return len(self._all)

    def teammate_at(self, row: int) -> Teammate:
        return self._all[self._shown[row]]

    def row_of(self, owner_id: str) -> int | None:
        for row, index in enumerate(self._shown):
            if self._all[index].owner_id == owner_id:
                return row
        return None

    # -- QAbstractListModel --------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        teammate = self._all[self._shown[index.row()]]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return teammate.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{teammate.label} (HubSpot owner {teammate.owner_id})"
        if role == TEAMMATE_ROLE:
            return teammate
        return None


class _SearchField(QLineEdit):
    """The search box: Down moves into the list, so keyboard users can pick without a mouse."""

    move_down = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.move_down.emit()
            return
        super().keyPressEvent(event)


class TeammatePicker(QWidget):
    """Search box, count of matches and the list. `picked` fires when the selection changes."""

    picked = Signal(object)  # Teammate | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teammatePicker")
        self.search = _SearchField(self)
        self.search.setObjectName("teammateSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name or email"))
        self.search.setAccessibleName(self.tr("Search teammates"))
        self.count = QLabel(self)
        self.count.setObjectName("teammateCount")
        self.list = QListView(self)
        self.list.setObjectName("teammateList")
        self.list.setAccessibleName(self.tr("Teammates"))
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.model = TeammateListModel(self)
        self.list.setModel(self.model)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.count)
        layout.addWidget(self.list, 1)
        # The count stays one line under the search field; spare height goes to the list.
        self.count.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._loading = False
        self._selected_id: str | None = None
        self.search.textChanged.connect(self._filter)
        self.search.move_down.connect(self._focus_list)
        self.search.returnPressed.connect(self._pick_first_if_single)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self._update_count()

    def set_loading(self, loading: bool) -> None:
        self._loading = loading
        self.list.setEnabled(not loading)
        self._update_count()

    def set_teammates(self, teammates: Sequence[Teammate]) -> None:
        self._loading = False
        self.list.setEnabled(True)
        self.model.set_teammates(teammates)
        self._reselect()
        self._update_count()

    def select(self, owner_id: str | None) -> None:
        """Show `owner_id` as selected (without emitting `picked` for it)."""
        self._selected_id = owner_id
        self._reselect()

    def current(self) -> Teammate | None:
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return self.model.teammate_at(index.row())

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._reselect()
        self._update_count()

    def _reselect(self) -> None:
        row = self.model.row_of(self._selected_id) if self._selected_id else None
        blocked = self.list.selectionModel().blockSignals(True)
        if row is None:
            self.list.clearSelection()
            self.list.setCurrentIndex(QModelIndex())
        else:
            index = self.model.index(row, 0)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)
        self.list.selectionModel().blockSignals(blocked)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        teammate = self.model.teammate_at(current.row()) if current.isValid() else None
        self._selected_id = teammate.owner_id if teammate else None
        self.picked.emit(teammate)

    def _focus_list(self) -> None:
        self.list.setFocus()
        if not self.list.currentIndex().isValid() and self.model.rowCount() > 0:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def _pick_first_if_single(self) -> None:
        if self.model.rowCount() == 1:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def _update_count(self) -> None:
        if self._loading:
            text = self.tr("Loading your HubSpot teammates…")
        elif self.model.total == 0:
            text = self.tr("No teammates loaded yet.")
        elif self.model.rowCount() == self.model.total:
            text = self.tr("%n teammate(s)", "", self.model.total)
        elif self.model.rowCount() == 0:
            text = self.tr("No teammate matches your search.")
        else:
            text = (
                self.tr("%1 of %2 teammates match")
                .replace("%1", str(self.model.rowCount()))
                .replace("%2", str(self.model.total))
            )
        self.count.setText(text)
