"""A check box whose sentence wraps.

QCheckBox draws its text on one line, so a long sentence (any sentence in German) makes the
page wider than the window. This one keeps QCheckBox's indicator, keyboard handling, state and
accessibility, and shows its sentence in a word-wrapped label beside the indicator; the whole
row is clickable, and `&` still marks the keyboard shortcut.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSizePolicy, QStyle, QWidget


class WrappingCheckBox(QCheckBox):
    @classmethod
    def replacing(cls, box: QCheckBox) -> WrappingCheckBox:
        """Take the place (layout slot, name, text, state) of a check box from a .ui file."""
        wrapping = cls(box.text(), box.parentWidget())
        wrapping.setObjectName(box.objectName())
        wrapping.setChecked(box.isChecked())
        wrapping.setToolTip(box.toolTip())
        wrapping.setAccessibleDescription(box.accessibleDescription())
        holder = box.parentWidget()
        layout = holder.layout() if holder is not None else None
        if layout is not None:
            layout.replaceWidget(box, wrapping)
        box.deleteLater()
        box.setParent(None)
        return wrapping

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        # Clicks on the sentence reach the check box, as they would on QCheckBox's own text.
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        style = self.style()
        indent = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, self)
        indent += style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(indent, 0, 0, 0)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setText(text)

    def setText(self, text: str) -> None:
        """Keep the text for `text()` and the shortcut; QCheckBox itself draws none."""
        self._text = text
        self.label.setText(_without_mnemonic(text))
        self.setShortcut(QKeySequence.mnemonic(text))
        if not self.accessibleName():
            self.setAccessibleName(_without_mnemonic(text))
        self.updateGeometry()

    def text(self) -> str:
        return self._text

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        indicator = super().sizeHint().height()
        layout = self.layout()
        return max(indicator, layout.totalHeightForWidth(width) if layout else 0)

    def sizeHint(self) -> QSize:
        layout = self.layout()
        hint = layout.totalSizeHint() if layout else QSize()
        return QSize(hint.width(), max(hint.height(), super().sizeHint().height()))

    def minimumSizeHint(self) -> QSize:
        layout = self.layout()
        hint = layout.totalMinimumSize() if layout else QSize()
        return QSize(hint.width(), max(hint.height(), super().sizeHint().height()))


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")
