"""A date field that may be empty ("–"): its "no date" is the lowest date Qt holds, so that
every real date can be shown; the calendar of an empty field opens at today's month, not in
the year 100."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject
from PySide6.QtWidgets import QDateEdit, QWidget

NO_DATE = QDate(100, 1, 1)


class DateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText("–")
        self.setDate(NO_DATE)
        self.calendarWidget().installEventFilter(self)

    def value(self) -> date | None:
        picked = self.date()
        return None if picked <= NO_DATE else date(picked.year(), picked.month(), picked.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        calendar = self.calendarWidget()
        if watched is calendar and event.type() == QEvent.Type.Show and self.date() <= NO_DATE:
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)
