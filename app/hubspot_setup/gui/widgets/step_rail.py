"""The step indicator: numbered circles that become ticks, an amber mark for a step that
needs attention, the current step in bold.

A `QListWidget` (keyboard, accessibility and clicks come with it) whose rows are painted by a
delegate. Each row carries its step id and its state; the accessible text says the state in
words ("Sign in to OpenCX, done").
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from hubspot_setup.flow.words import QT_TRANSLATE_NOOP, Phrase, format_number, translate
from hubspot_setup.gui.theme import GRID, accents_for


class StepState(StrEnum):
    TODO = "todo"
    CURRENT = "current"
    DONE = "done"
    ATTENTION = "attention"  # visited, but no longer (or not yet) complete


STEP_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1
NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2

_STATE_WORDS: dict[StepState, Phrase] = {
    StepState.TODO: QT_TRANSLATE_NOOP("gui.widgets.step_rail", "not done"),
    StepState.CURRENT: QT_TRANSLATE_NOOP("gui.widgets.step_rail", "current step"),
    StepState.DONE: QT_TRANSLATE_NOOP("gui.widgets.step_rail", "done"),
    StepState.ATTENTION: QT_TRANSLATE_NOOP("gui.widgets.step_rail", "needs your attention"),
}

Index = QModelIndex | QPersistentModelIndex


class _StepDelegate(QStyledItemDelegate):
    # The view is kept here rather than read from `option.widget`: PySide6 (checked on 6.12)
    # hands that getter's None back without a reference, and a paint outside the view (a grab)
    # then crashes the interpreter with "deallocating None".
    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self._view = view

    def _circle(self, font: QFont) -> int:
        return round(QFontMetrics(font).height() * 1.5)

    def _text_rect(self, option: QStyleOptionViewItem, circle: int) -> QRect:
        rect = option.rect
        left = rect.left() + GRID + circle + GRID + GRID // 2
        return QRect(left, rect.top() + GRID, rect.right() - GRID - left, rect.height() - GRID * 2)

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        font = QFont(option.font)
        font.setBold(True)  # sized for bold, so the current step does not grow its row
        circle = self._circle(font)
        width = self._view.viewport().width()
        text_width = max(20, width - (GRID + circle + GRID + GRID // 2) - GRID)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        bounds = QFontMetrics(font).boundingRect(
            QRect(0, 0, text_width, 10_000), Qt.TextFlag.TextWordWrap, text
        )
        return QSize(width, max(circle, bounds.height()) + GRID * 2)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        palette: QPalette = option.palette
        rect: QRect = option.rect
        state = StepState(index.data(STATE_ROLE) or StepState.TODO)
        number = str(index.data(NUMBER_ROLE) or "")
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        font = QFont(option.font)
        font.setBold(state is StepState.CURRENT)
        circle = self._circle(font)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected or state is StepState.CURRENT:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(QRectF(rect).adjusted(2, 1, -2, -1), GRID, GRID)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if focused and self._view.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(rect).adjusted(2, 2, -2, -2), GRID, GRID)

        text_rect = self._text_rect(option, circle)
        top = rect.top() + GRID + max(0, (QFontMetrics(font).height() - circle) // 2)
        disc = QRectF(rect.left() + GRID + 1, top, circle, circle)
        self._mark(painter, disc, state, number, palette, font)

        painter.setFont(font)
        colour = (
            palette.color(QPalette.ColorRole.Text)
            if state in (StepState.CURRENT, StepState.DONE, StepState.ATTENTION)
            else palette.color(QPalette.ColorRole.PlaceholderText)
        )
        painter.setPen(colour)
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            | int(Qt.TextFlag.TextWordWrap),
            text,
        )
        painter.restore()

    def _mark(
        self,
        painter: QPainter,
        disc: QRectF,
        state: StepState,
        number: str,
        palette: QPalette,
        font: QFont,
    ) -> None:
        """The circle: a tick when done, "!" in amber when it needs attention, else the number."""
        accents = accents_for(palette)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if state is StepState.DONE:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(highlight)
            painter.drawEllipse(disc)
            self._tick(painter, disc, palette.color(QPalette.ColorRole.HighlightedText))
        elif state is StepState.ATTENTION:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(accents.warning_mark))
            painter.drawEllipse(disc)
            self._glyph(painter, disc, "!", QColor("#1f1a0e"), font)
        elif state is StepState.CURRENT:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(highlight)
            painter.drawEllipse(disc)
            self._glyph(
                painter, disc, number, palette.color(QPalette.ColorRole.HighlightedText), font
            )
        else:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(disc.adjusted(0.75, 0.75, -0.75, -0.75))
            self._glyph(
                painter, disc, number, palette.color(QPalette.ColorRole.PlaceholderText), font
            )

    @staticmethod
    def _glyph(painter: QPainter, disc: QRectF, text: str, colour: QColor, font: QFont) -> None:
        small = QFont(font)
        small.setBold(True)
        small.setPointSizeF(font.pointSizeF() * (0.85 if len(text) < 2 else 0.72))
        painter.setFont(small)
        painter.setPen(colour)
        painter.drawText(disc, int(Qt.AlignmentFlag.AlignCenter), text)

    @staticmethod
    def _tick(painter: QPainter, disc: QRectF, colour: QColor) -> None:
        size = disc.width()
        path = QPainterPath(QPointF(disc.left() + size * 0.28, disc.top() + size * 0.52))
        path.lineTo(QPointF(disc.left() + size * 0.44, disc.top() + size * 0.68))
        path.lineTo(QPointF(disc.left() + size * 0.73, disc.top() + size * 0.36))
        pen = QPen(colour, max(1.5, size * 0.11))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)


class StepRail(QListWidget):
    """The list of steps on the left of the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        # Focus shows on the current row (the delegate's ring), not as a frame round the list.
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setAttribute(Qt.WidgetAttribute.WA_MacShowFocusRect, False)
        self.setItemDelegate(_StepDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSpacing(1)

    def add_step(self, step: str, title: str, number: int, state: StepState) -> QListWidgetItem:
        item = QListWidgetItem(title)
        item.setData(STEP_ROLE, step)
        item.setData(STATE_ROLE, state.value)
        item.setData(NUMBER_ROLE, number)
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            translate("gui.widgets.step_rail", "Step %1: %2, %3").arg(
                format_number(number), title, _STATE_WORDS[state].text()
            ),
        )
        self.addItem(item)
        return item

    def state_of(self, row: int) -> StepState:
        item = self.item(row)
        return StepState(item.data(STATE_ROLE)) if item is not None else StepState.TODO

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.doItemsLayout()  # rows wrap to the new width
