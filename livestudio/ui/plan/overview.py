"""Overview tab: title, schedule, people, format, goals, structured target audience, notes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import fmt, labels
from livestudio.core.money import MoneyError, format_plain, parse_money
from livestudio.core.plan.service import ShowOverview
from livestudio.core.plan.shows import AGE_BANDS
from livestudio.ui.plan.dialogs import qdatetime_to_utc, utc_to_qdatetime
from livestudio.ui.plan.tables import tone
from livestudio.ui.plan.undo import EditFn

PLATFORMS = (
    "Douyin",
    "TikTok Shop",
    "Taobao Live",
    "Kuaishou",
    "Shopee Live",
    "Whatnot",
    "Xiaohongshu",
)


class TagListEdit(QWidget):
    """A short list of tags (regions, interests): type and press Enter to add; select + Remove."""

    tags_edited = Signal(list)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.input = QLineEdit(self)
        self.input.setPlaceholderText(placeholder)
        self.input.returnPressed.connect(self._on_input_return_pressed)
        row.addWidget(self.input, 1)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.list = QListWidget(self)
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setSpacing(3)
        self.list.setMaximumHeight(56)
        layout.addWidget(self.list)

    def tags(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def set_tags(self, tags: list[str]) -> None:
        self.list.clear()
        for t in tags:
            self.list.addItem(QListWidgetItem(t))

    @Slot()
    def _on_input_return_pressed(self) -> None:
        new = [t.strip() for t in self.input.text().replace("，", ",").split(",") if t.strip()]
        tags = self.tags()
        new = [t for t in new if t not in tags]
        self.input.clear()
        if new:
            self.tags_edited.emit(tags + new)

    @Slot()
    def _on_remove_clicked(self) -> None:
        chosen = {i.text() for i in self.list.selectedItems()}
        if chosen:
            self.tags_edited.emit([t for t in self.tags() if t not in chosen])


class _FocusOutFilter(QObject):
    def __init__(self, callback: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.callback()
        return False


class OverviewPage(QScrollArea):
    def __init__(self, edit: EditFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self._show_id: int | None = None
        self._currency = "CNY"
        self._loading = False
        self.setWidgetResizable(True)
        # the two columns wrap and shrink to the width; never a sideways scroll
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        inner = QWidget(self)
        self.setWidget(inner)
        outer = QHBoxLayout(inner)
        left, right = QVBoxLayout(), QVBoxLayout()
        outer.addLayout(left, 1)
        outer.addLayout(right, 1)

        # ---- the show
        box = QGroupBox(self.tr("Show"), inner)
        form = QFormLayout(box)
        self.title_edit = QLineEdit(box)
        self._line(self.title_edit, "title")
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.theme_edit = QLineEdit(box)
        self.theme_edit.setPlaceholderText(self.tr("e.g. Winter skincare, new arrivals"))
        self._line(self.theme_edit, "theme")
        form.addRow(self.tr("T&heme:"), self.theme_edit)
        self.platform_combo = QComboBox(box)
        self.platform_combo.setEditable(True)
        self.platform_combo.addItems(["", *PLATFORMS])
        platform_line = self.platform_combo.lineEdit()
        assert platform_line is not None
        platform_line.editingFinished.connect(
            lambda: self._save(
                "platform", self.platform_combo.currentText().strip(), self.tr("Change platform")
            )
        )
        self.platform_combo.activated.connect(
            lambda _i: self._save(
                "platform", self.platform_combo.currentText().strip(), self.tr("Change platform")
            )
        )
        form.addRow(self.tr("&Platform:"), self.platform_combo)
        self.status_combo = QComboBox(box)
        for st, label in labels.show_statuses().items():
            self.status_combo.addItem(label, st)
        self.status_combo.activated.connect(
            lambda _i: self._save(
                "status", self.status_combo.currentData(), self.tr("Change status")
            )
        )
        form.addRow(self.tr("Stat&us:"), self.status_combo)
        start_row = QHBoxLayout()
        self.start_edit = QDateTimeEdit(box)
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.start_edit.editingFinished.connect(self._on_start_edit_finished)
        start_row.addWidget(self.start_edit)
        self.end_label = QLabel(box)
        start_row.addWidget(self.end_label, 1)
        form.addRow(self.tr("Starts ({zone}):").format(zone=fmt.utc_offset()), start_row)
        self.duration_spin = QSpinBox(box)
        self.duration_spin.setRange(1, 24 * 60)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.duration_spin.editingFinished.connect(
            lambda: self._save(
                "planned_duration_ms",
                self.duration_spin.value() * 60_000,
                self.tr("Change planned duration"),
            )
        )
        form.addRow(self.tr("Planned &duration:"), self.duration_spin)
        self.hosts_edit = QLineEdit(box)
        self.hosts_edit.setPlaceholderText(self.tr("Names, separated by commas"))
        self._line(self.hosts_edit, "hosts")
        form.addRow(self.tr("H&ost(s):"), self.hosts_edit)
        self.guests_edit = QLineEdit(box)
        self._line(self.guests_edit, "guests")
        form.addRow(self.tr("&Guest(s):"), self.guests_edit)
        self.format_combo = QComboBox(box)
        for f, label in labels.show_formats().items():
            self.format_combo.addItem(label, f)
        self.format_combo.activated.connect(
            lambda _i: self._save(
                "format", self.format_combo.currentData(), self.tr("Change format")
            )
        )
        form.addRow(self.tr("&Format:"), self.format_combo)
        left.addWidget(box)

        # ---- goals
        goals = QGroupBox(self.tr("Goals"), inner)
        gform = QFormLayout(goals)
        self.gmv_edit = QLineEdit(goals)
        self.gmv_edit.setPlaceholderText(self.tr("e.g. 50000"))
        self.gmv_edit.editingFinished.connect(self._on_gmv_edit_finished)
        gform.addRow(self.tr("GM&V:"), self.gmv_edit)
        self.orders_spin = self._goal_spin(goals, "goal_orders", self.tr("Change order goal"))
        gform.addRow(self.tr("O&rders:"), self.orders_spin)
        self.viewers_spin = self._goal_spin(
            goals, "goal_peak_viewers", self.tr("Change viewer goal")
        )
        gform.addRow(self.tr("Peak &viewers:"), self.viewers_spin)
        self.conversion_spin = QDoubleSpinBox(goals)
        self.conversion_spin.setRange(0, 100)
        self.conversion_spin.setDecimals(1)
        self.conversion_spin.setSuffix(" %")
        self.conversion_spin.setSpecialValueText(self.tr("no goal"))
        self.conversion_spin.editingFinished.connect(
            lambda: self._save(
                "goal_conversion_pct",
                self.conversion_spin.value() or None,
                self.tr("Change conversion goal"),
            )
        )
        gform.addRow(self.tr("&Conversion:"), self.conversion_spin)
        left.addWidget(goals)
        left.addStretch(1)

        # ---- audience
        aud = QGroupBox(self.tr("Target audience"), inner)
        aform = QFormLayout(aud)
        ages = QGridLayout()  # two rows of three: fits a half-width column
        self.age_boxes: dict[str, QCheckBox] = {}
        for i, band in enumerate(AGE_BANDS):
            cb = QCheckBox(band, aud)
            cb.toggled.connect(self._on_age_toggled)
            self.age_boxes[band] = cb
            ages.addWidget(cb, i // 3, i % 3)
        ages.setColumnStretch(3, 1)
        aform.addRow(self.tr("Age bands:"), ages)
        female = QHBoxLayout()
        self.female_slider = QSlider(Qt.Orientation.Horizontal, aud)
        self.female_slider.setRange(0, 100)
        self.female_spin = QSpinBox(aud)
        self.female_spin.setRange(-1, 100)
        self.female_spin.setSuffix(" %")
        self.female_spin.setSpecialValueText(self.tr("not set"))
        self.female_slider.valueChanged.connect(self._on_female_slider_moved)
        self.female_slider.sliderReleased.connect(self._on_female_committed)
        self.female_spin.editingFinished.connect(self._on_female_committed)
        self.female_spin.valueChanged.connect(self._on_female_spin_changed)
        female.addWidget(self.female_slider, 1)
        female.addWidget(self.female_spin)
        aform.addRow(self.tr("Women:"), female)
        self.regions_edit = TagListEdit(self.tr("Add a region and press Enter, e.g. 广东"), aud)
        self.regions_edit.tags_edited.connect(
            lambda tags: self._save("audience_regions", tags, self.tr("Change regions"))
        )
        aform.addRow(self.tr("Regions:"), self.regions_edit)
        self.interests_edit = TagListEdit(
            self.tr("Add an interest and press Enter, e.g. skincare"), aud
        )
        self.interests_edit.tags_edited.connect(
            lambda tags: self._save("audience_interests", tags, self.tr("Change interests"))
        )
        aform.addRow(self.tr("Interests:"), self.interests_edit)
        self.price_combo = QComboBox(aud)
        for p, label in labels.price_sensitivities().items():
            self.price_combo.addItem(label, p)
        self.price_combo.activated.connect(
            lambda _i: self._save(
                "audience_price_sensitivity",
                self.price_combo.currentData(),
                self.tr("Change price sensitivity"),
            )
        )
        aform.addRow(self.tr("Price sensitivity:"), self.price_combo)
        right.addWidget(aud)
        notes_box = QGroupBox(self.tr("Notes"), inner)
        nl = QVBoxLayout(notes_box)
        self.notes_edit = QPlainTextEdit(notes_box)
        self.notes_edit.installEventFilter(
            _FocusOutFilter(
                lambda: self._save("notes", self.notes_edit.toPlainText(), self.tr("Edit notes")),
                self,
            )
        )
        nl.addWidget(self.notes_edit)
        right.addWidget(notes_box, 1)

    # ---- helpers
    def _line(self, edit: QLineEdit, key: str) -> None:
        edit.editingFinished.connect(
            lambda: self._save(key, edit.text().strip(), self.tr("Edit the overview"))
        )

    def _goal_spin(self, parent: QWidget, key: str, text: str) -> QSpinBox:
        spin = QSpinBox(parent)
        spin.setRange(0, 1_000_000_000)
        spin.setSpecialValueText(self.tr("no goal"))
        spin.setGroupSeparatorShown(True)
        spin.editingFinished.connect(lambda: self._save(key, spin.value() or None, text))
        return spin

    def _save(self, key: str, value: Any, text: str) -> None:
        if self._loading or self._show_id is None:
            return
        show_id = self._show_id
        self._edit(text, lambda plan: plan.update_show(show_id, **{key: value}))

    @Slot()
    def _on_start_edit_finished(self) -> None:
        self._save(
            "scheduled_start",
            qdatetime_to_utc(self.start_edit.dateTime()),
            self.tr("Change start time"),
        )

    @Slot()
    def _on_gmv_edit_finished(self) -> None:
        text = self.gmv_edit.text().strip()
        try:
            value = parse_money(text, self._currency) if text else None
        except MoneyError as exc:
            self.gmv_edit.setStyleSheet(f"color: {tone('bad').name()};")
            self.gmv_edit.setToolTip(str(exc))
            return
        self.gmv_edit.setStyleSheet("")
        self.gmv_edit.setToolTip("")
        self._save("goal_gmv", value, self.tr("Change GMV goal"))

    @Slot()
    def _on_age_toggled(self) -> None:
        bands = [b for b, cb in self.age_boxes.items() if cb.isChecked()]
        self._save("audience_age_bands", bands, self.tr("Change age bands"))

    @Slot(int)
    def _on_female_slider_moved(self, value: int) -> None:
        if not self._loading:
            self.female_spin.blockSignals(True)
            self.female_spin.setValue(value)
            self.female_spin.blockSignals(False)
            if not self.female_slider.isSliderDown():
                self._on_female_committed()

    @Slot(int)
    def _on_female_spin_changed(self, value: int) -> None:
        self.female_slider.blockSignals(True)
        self.female_slider.setValue(max(0, value))
        self.female_slider.blockSignals(False)

    @Slot()
    def _on_female_committed(self) -> None:
        value = self.female_spin.value()
        self._save(
            "audience_female_pct", None if value < 0 else value, self.tr("Change gender split")
        )

    # ---- loading
    def load(self, show: ShowOverview | None) -> None:
        self._loading = True
        try:
            self.setEnabled(show is not None)
            self._show_id = show.id if show is not None else None
            if show is None:
                return
            self._currency = show.currency
            self._set_text(self.title_edit, show.title)
            self._set_text(self.theme_edit, show.theme)
            self.platform_combo.setCurrentText(show.platform)
            self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(show.status)))
            if show.scheduled_start is not None and show.end is not None:
                self.start_edit.setDateTime(utc_to_qdatetime(show.scheduled_start))
                end_q = utc_to_qdatetime(show.end)
                day = "" if end_q.date() == self.start_edit.date() else self.tr(" (next day)")
                self.end_label.setText(
                    self.tr("ends {time}{day}").format(time=fmt.clock_time(show.end), day=day)
                )
            else:
                self.end_label.setText(self.tr("no date yet"))
            self.duration_spin.setValue(max(1, round(show.planned_duration_ms / 60_000)))
            self._set_text(self.hosts_edit, show.hosts)
            self._set_text(self.guests_edit, show.guests)
            self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(show.format)))
            self._set_text(
                self.gmv_edit,
                format_plain(show.goal_gmv, show.currency),
            )
            self.orders_spin.setValue(show.goal_orders or 0)
            self.viewers_spin.setValue(show.goal_peak_viewers or 0)
            self.conversion_spin.setValue(show.goal_conversion_pct or 0)
            bands = set(show.audience_age_bands)
            for band, cb in self.age_boxes.items():
                cb.blockSignals(True)
                cb.setChecked(band in bands)
                cb.blockSignals(False)
            female = -1 if show.audience_female_pct is None else show.audience_female_pct
            self.female_spin.setValue(female)
            self.female_slider.blockSignals(True)
            self.female_slider.setValue(max(0, female))
            self.female_slider.blockSignals(False)
            self.regions_edit.set_tags(show.audience_regions)
            self.interests_edit.set_tags(show.audience_interests)
            self.price_combo.setCurrentIndex(
                max(0, self.price_combo.findData(show.audience_price_sensitivity))
            )
            if self.notes_edit.toPlainText() != show.notes:
                self.notes_edit.setPlainText(show.notes)
        finally:
            self._loading = False

    @staticmethod
    def _set_text(edit: QLineEdit, text: str) -> None:
        if edit.text() != text:
            edit.setText(text)
