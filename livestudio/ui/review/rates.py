"""Review ▸ Exchange rates…: the rates the user enters (dated) so shows sold in other currencies
can join a comparison. Nothing is converted silently: a converted figure names its rate."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import fmt
from livestudio.core.money import SYMBOLS
from livestudio.core.review.service import ReviewService
from livestudio.ui.review.common import ReviewTable
from livestudio.ui.widgets.columns import FIT, STRETCH


class RatesDialog(QDialog):
    """A list of the stored rates and a row to add one: 1 [USD] = [7.10] [CNY], valid from [day]."""

    def __init__(
        self, service: ReviewService, currency: str = "CNY", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exchange rates"))
        self.resize(560, 420)
        self.service = service
        self.table = ReviewTable(
            [self.tr("Rate"), self.tr("Valid from")], {0: STRETCH, 1: FIT}, right_from=99
        )
        codes = sorted(SYMBOLS)
        self.base = QComboBox()
        self.quote = QComboBox()
        for combo, default in (
            (self.base, "USD" if currency != "USD" else "CNY"),
            (self.quote, currency),
        ):
            combo.addItems(codes)
            combo.setCurrentIndex(max(0, combo.findText(default)))
        self.base.setAccessibleName(self.tr("From currency"))
        self.quote.setAccessibleName(self.tr("To currency"))
        self.rate = QLineEdit()
        self.rate.setPlaceholderText("7.10")
        self.rate.setAccessibleName(self.tr("Rate"))
        self.rate.returnPressed.connect(self.add_rate)
        self.valid_on = QDateEdit(QDate.currentDate())
        self.valid_on.setCalendarPopup(True)
        self.valid_on.setAccessibleName(self.tr("Valid from"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self.add_rate)
        row = QHBoxLayout()
        row.addWidget(QLabel("1"))
        row.addWidget(self.base)
        row.addWidget(QLabel("="))
        row.addWidget(self.rate, 1)
        row.addWidget(self.quote)
        row.addWidget(QLabel(self.tr("from")))
        row.addWidget(self.valid_on)
        row.addWidget(self.add_button)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(
                self.tr(
                    "Shows sold in another currency join the comparisons only at a rate you "
                    "enter here; each converted figure names the rate it used."
                )
            )
        )
        lay.addWidget(self.table, 1)
        lay.addLayout(row)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self._fill()

    def _fill(self) -> None:
        self.table.fill(
            [
                [
                    self.tr("1 {base} = {rate} {quote}").format(
                        base=r.base, rate=fmt.number(float(r.rate), 4), quote=r.quote
                    ),
                    fmt.locale().toString(
                        QDate(r.valid_on.year, r.valid_on.month, r.valid_on.day),
                        QLocale.FormatType.ShortFormat,
                    ),
                ]
                for r in self.service.rates()
            ]
        )

    @Slot()
    def add_rate(self) -> None:
        qd = self.valid_on.date()
        try:
            self.service.set_rate(
                self.base.currentText(),
                self.quote.currentText(),
                self.rate.text(),
                date(qd.year(), qd.month(), qd.day()),
            )
        except ValueError as exc:
            self.error.setText(str(exc))
            self.rate.setFocus()
            return
        self.error.clear()
        self.rate.clear()
        self._fill()
