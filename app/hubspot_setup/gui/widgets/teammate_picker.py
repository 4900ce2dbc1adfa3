"""A searchable list of the portal's teammates: type to filter, click (or Enter) to pick.

Picking is the choice: a click on a teammate, Enter on the highlighted one, or Enter in the
search box when one teammate is left emits `picked`; there is no second button to press.
Arrow keys only move the highlight. Each row shows the teammate's initials in a small round
avatar, the name in bold and the email in grey; the chosen one carries a tick.

Portals can have thousands of owners, so the filter works on lower-cased search keys computed
once when the teammates arrive, narrows from the previous matches while the admin keeps typing,
and resets a flat list model (uniform row heights keep the view's relayout cheap). Every word
typed must appear in the teammate's name, email or owner id.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from hubspot_setup.flow.answers import Teammate
from hubspot_setup.flow.teammate_list import may_be_incomplete
from hubspot_setup.flow.words import PLURAL, format_number, translate

TEAMMATE_ROLE = Qt.ItemDataRole.UserRole + 1
CHOSEN_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex

# Avatar backgrounds: dark enough for white initials to meet WCAG AA (4.5:1) on every one,
# distinct enough to tell neighbours apart. Picked by the owner id, so a teammate keeps theirs.
AVATAR_COLOURS = ("#1d5fa8", "#7a3fa0", "#0f6e66", "#a1422b", "#4d5b12", "#8a2f5c", "#35557a")
_PICK_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)


def search_key(teammate: Teammate) -> str:
    return " ".join((teammate.name, teammate.email, teammate.owner_id)).lower()


def initials(teammate: Teammate) -> str:
    """Up to two letters: first and last name, else the email's first letter, else '#'."""
    words = [word for word in teammate.name.replace("-", " ").split() if word[:1].isalnum()]
    if len(words) >= 2:
        return (words[0][0] + words[-1][0]).upper()
    if words:
        return words[0][:1].upper()
    if teammate.email[:1].isalnum():
        return teammate.email[0].upper()
    return "#"


def avatar_colour(teammate: Teammate) -> QColor:
    return QColor(AVATAR_COLOURS[zlib.crc32(teammate.owner_id.encode()) % len(AVATAR_COLOURS)])


def spoken(teammate: Teammate, *, chosen: bool = False) -> str:
    """What a screen reader says for a row: what a sighted admin reads in it."""
    parts = [teammate.display_name]
    if teammate.name and teammate.email:
        parts.append(teammate.email)
    if chosen:
        parts.append(translate("gui.widgets.teammate_picker", "chosen"))
    return ", ".join(parts)


class TeammateListModel(QAbstractListModel):
    """All teammates, of which the rows matching the current filter are shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all: tuple[Teammate, ...] = ()
        self._keys: tuple[str, ...] = ()
        self._shown: list[int] = []
        self._filter: tuple[str, ...] = ()
        self._chosen_id: str | None = None

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

    def set_chosen(self, owner_id: str | None) -> None:
        """Which teammate carries the tick; only the rows that change repaint."""
        if owner_id == self._chosen_id:
            return
        rows = [self.row_of(i) for i in (self._chosen_id, owner_id) if i is not None]
        self._chosen_id = owner_id
        for row in rows:
            if row is not None:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    def _matching(self, pool: Sequence[int] | range, words: tuple[str, ...]) -> list[int]:
        keys = self._keys
        if not words:
            return list(pool)
        return [i for i in pool if all(word in keys[i] for word in words)]

    @property
    def total(self) -> int:
        return len(self._all)

    @property
    def teammates(self) -> tuple[Teammate, ...]:
        """Everyone loaded, whatever the filter shows."""
        return self._all

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
        chosen = teammate.owner_id == self._chosen_id
        if role == Qt.ItemDataRole.DisplayRole:
            return teammate.label
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return spoken(teammate, chosen=chosen)
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("gui.widgets.teammate_picker", "%1 (HubSpot owner %2)").arg(
                teammate.label, teammate.owner_id
            )
        if role == TEAMMATE_ROLE:
            return teammate
        if role == CHOSEN_ROLE:
            return chosen
        return None


class TeammateDelegate(QStyledItemDelegate):
    """Paints a row: round avatar with initials, name in bold, email in grey, a tick if chosen."""

    # The view is kept rather than read from `option.widget` (see step_rail: PySide6 6.12
    # returns that getter's None without a reference, which crashes a paint outside the view).
    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self._view = view

    def _metrics(self, option: QStyleOptionViewItem) -> tuple[int, int]:
        line = QFontMetrics(option.font).height()
        avatar = round(line * 1.7)
        return avatar, avatar + max(8, line // 2)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        _avatar, height = self._metrics(option)
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        teammate = index.data(TEAMMATE_ROLE)
        if not isinstance(teammate, Teammate):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        # The background: selection and hover as the platform draws them.
        self._view.style().drawControl(
            QStyle.ControlElement.CE_ItemViewItem, opt, painter, self._view
        )
        rect: QRect = opt.rect
        palette: QPalette = opt.palette
        font: QFont = opt.font
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        grey = text_colour if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        avatar, _height = self._metrics(opt)
        pad = max(6, avatar // 4)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)

        # Laid out left to right, then mirrored for a right-to-left language.
        def visual(logical: QRect) -> QRect:
            return QStyle.visualRect(opt.direction, rect, logical)

        circle = QRect(rect.left() + pad, rect.center().y() - avatar // 2 + 1, avatar, avatar)
        _paint_avatar(painter, visual(circle), teammate, font)
        tick_width = QFontMetrics(font).horizontalAdvance("✓") + pad
        text_rect = QRect(circle.right() + pad, rect.top(), 0, rect.height())
        text_rect.setRight(rect.right() - pad - tick_width)
        _paint_name_and_email(
            painter, text_rect, teammate, font, (text_colour, grey), visual=visual
        )
        if index.data(CHOSEN_ROLE):
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(text_colour if selected else palette.color(QPalette.ColorRole.Link))
            tick = QRect(text_rect.right(), rect.top(), tick_width, rect.height())
            painter.drawText(visual(tick), Qt.AlignmentFlag.AlignCenter, "✓")
        painter.restore()


def _paint_avatar(painter: QPainter, circle: QRect, teammate: Teammate, font: QFont) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(avatar_colour(teammate))
    painter.drawEllipse(circle)
    small = QFont(font)
    small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
    small.setBold(True)
    painter.setFont(small)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, initials(teammate))


def _paint_name_and_email(
    painter: QPainter,
    rect: QRect,
    teammate: Teammate,
    font: QFont,
    colours: tuple[QColor, QColor],
    *,
    visual: Callable[[QRect], QRect] = lambda logical: logical,
) -> None:
    """The name in bold, then the email in grey on the same line, each elided to fit
    (`visual` mirrors each piece's place for a right-to-left language)."""
    flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
    bold = QFont(font)
    bold.setBold(True)
    bold_metrics = QFontMetrics(bold)
    width = max(0, rect.width())
    name = bold_metrics.elidedText(teammate.display_name, Qt.TextElideMode.ElideRight, width)
    painter.setFont(bold)
    painter.setPen(colours[0])
    name_width = bold_metrics.horizontalAdvance(name)
    painter.drawText(visual(QRect(rect.left(), rect.top(), name_width, rect.height())), flags, name)
    if not (teammate.name and teammate.email):
        return
    left = rect.left() + bold_metrics.horizontalAdvance(name) + bold_metrics.horizontalAdvance("  ")
    room = max(0, rect.right() - left)
    email = QFontMetrics(font).elidedText(teammate.email, Qt.TextElideMode.ElideMiddle, room)
    painter.setFont(font)
    painter.setPen(colours[1])
    painter.drawText(visual(QRect(left, rect.top(), room, rect.height())), flags, email)


class _SearchField(QLineEdit):
    """The search box: Down moves into the list; Enter picks the only match, or moves into
    the list when there are several (and never reaches the window's Continue)."""

    move_down = Signal()
    enter = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.move_down.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.enter.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class _TeammateList(QListView):
    """The list: Enter or Space picks the highlighted teammate (and is not passed on to the
    window, where Enter would press Continue)."""

    pick = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _PICK_KEYS and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            if self.currentIndex().isValid():
                self.pick.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class TeammatePicker(QWidget):
    """Search box, count of matches and the list. `picked` fires when the admin picks one."""

    picked = Signal(object)  # Teammate

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teammatePicker")
        self.search = _SearchField(self)
        self.search.setObjectName("teammateSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            translate("gui.widgets.teammate_picker", "Search by name or email")
        )
        self.search.setAccessibleName(translate("gui.widgets.teammate_picker", "Search teammates"))
        self.count = QLabel(self)
        self.count.setObjectName("teammateCount")
        self.count.setWordWrap(True)  # a longer language's count wraps instead of widening the page
        self.list = _TeammateList(self)
        self.list.setObjectName("teammateList")
        self.list.setAccessibleName(translate("gui.widgets.teammate_picker", "Teammates"))
        self.list.setAccessibleDescription(
            translate("gui.widgets.teammate_picker", "Click a teammate, or press Enter, to pick")
        )
        self.list.setUniformItemSizes(True)
        self.list.setMouseTracking(True)  # hover highlight: rows look clickable
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setItemDelegate(TeammateDelegate(self.list))
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
        self._incomplete = False  # the list was cut short: someone may be missing
        self._chosen_id: str | None = None
        self.search.textChanged.connect(self._filter)
        self.search.move_down.connect(self._focus_list)
        self.search.enter.connect(self._enter_in_search)
        self.list.clicked.connect(self._pick_index)
        self.list.pick.connect(self._pick_index)
        self._update_count()

    def set_loading(self, loading: bool) -> None:
        self._loading = loading
        self.list.setEnabled(not loading)
        self._update_count()

    def set_teammates(self, teammates: Sequence[Teammate]) -> None:
        self._loading = False
        self._incomplete = may_be_incomplete(teammates)
        self.list.setEnabled(True)
        self.model.set_teammates(teammates)
        self._reselect()
        self._update_count()

    def select(self, owner_id: str | None) -> None:
        """Show `owner_id` as the chosen teammate (without emitting `picked` for it)."""
        self._chosen_id = owner_id
        self.model.set_chosen(owner_id)
        self._reselect()

    def pick_row(self, row: int) -> None:
        """Pick the teammate shown in `row`, as a click on it does."""
        self._pick_index(self.model.index(row, 0))

    def current(self) -> Teammate | None:
        """The highlighted teammate (which the arrow keys move)."""
        index = self.list.currentIndex()
        if not index.isValid():
            return None
        return self.model.teammate_at(index.row())

    def chosen(self) -> Teammate | None:
        """The picked (or preselected) teammate, if loaded."""
        if self._chosen_id is None:
            return None
        return next((t for t in self.model.teammates if t.owner_id == self._chosen_id), None)

    def _pick_index(self, index: QModelIndex) -> None:
        if not index.isValid() or not self.list.isEnabled():
            return
        teammate = self.model.teammate_at(index.row())
        self.list.setCurrentIndex(index)
        self._chosen_id = teammate.owner_id
        self.model.set_chosen(teammate.owner_id)
        self.picked.emit(teammate)

    def _filter(self, text: str) -> None:
        self.model.set_filter(text)
        self._reselect()
        self._update_count()

    def _reselect(self) -> None:
        row = self.model.row_of(self._chosen_id) if self._chosen_id else None
        if row is None:
            self.list.clearSelection()
            self.list.setCurrentIndex(QModelIndex())
        else:
            index = self.model.index(row, 0)
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)

    def _focus_list(self) -> None:
        self.list.setFocus()
        if not self.list.currentIndex().isValid() and self.model.rowCount() > 0:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def _enter_in_search(self) -> None:
        if self.model.rowCount() == 1:
            self.pick_row(0)
        elif self.model.rowCount() > 1:
            self._focus_list()

    def _update_count(self) -> None:
        # A plain name, on one line without a trailing comma: lupdate skips a plural whose
        # count is an expression (`a.b`), or is followed by a comma.
        n, shown = self.model.total, self.model.rowCount()
        text: str
        if self._loading:
            text = translate("gui.widgets.teammate_picker", "Loading your HubSpot teammates…")
        elif n == 0:
            text = translate("gui.widgets.teammate_picker", "No teammates loaded yet.")
        elif n == 1 and shown == 1:
            text = translate("gui.widgets.teammate_picker", "1 teammate: click to choose")
        elif shown == n:
            text = translate(
                "gui.widgets.teammate_picker", "%n teammates: click one to choose", None, PLURAL, n
            )
        elif shown == 0:
            text = translate("gui.widgets.teammate_picker", "No teammate matches your search.")
        else:
            text = translate(
                "gui.widgets.teammate_picker", "%1 of %n teammates match", None, PLURAL, n
            ).arg(format_number(shown))
        if self._incomplete and not self._loading and n:
            # Quiet: the list is still usable; the log says why it was cut.
            text = translate(
                "gui.widgets.teammate_picker", "%1 · some may be missing: the list was cut short"
            ).arg(text)
        self.count.setText(text)
        self.count.setToolTip(
            translate(
                "gui.widgets.teammate_picker",
                "The list of teammates ended before everyone was read. If the person you "
                "need is not listed, try again later.",
            )
            if self._incomplete
            else ""
        )
