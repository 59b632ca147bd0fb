"""Translated names for the domain's fixed vocabularies (statuses, attitudes, ladder ...)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from sec_workshop.domain.enums import (
    Attitude,
    ParticipationLevel,
    Route,
    SessionStatus,
    StepStatus,
)


def step_status(status: StepStatus) -> str:
    return {
        StepStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
        StepStatus.IN_PROGRESS: QCoreApplication.translate("Labels", "In progress"),
        StepStatus.DONE: QCoreApplication.translate("Labels", "Done"),
        StepStatus.ON_HOLD: QCoreApplication.translate("Labels", "On hold"),
        StepStatus.SKIPPED: QCoreApplication.translate("Labels", "Skipped"),
    }[status]


STEP_STATUS_MARK: dict[StepStatus, str] = {
    StepStatus.PLANNED: "○",
    StepStatus.IN_PROGRESS: "◐",
    StepStatus.DONE: "●",
    StepStatus.ON_HOLD: "‖",
    StepStatus.SKIPPED: "–",
}

STEP_STATUS_COLOR: dict[StepStatus, str] = {
    StepStatus.PLANNED: "#607D8B",
    StepStatus.IN_PROGRESS: "#E65100",
    StepStatus.DONE: "#2E7D32",
    StepStatus.ON_HOLD: "#8E24AA",
    StepStatus.SKIPPED: "#9E9E9E",
}


def session_status(status: SessionStatus) -> str:
    return {
        SessionStatus.DRAFT: QCoreApplication.translate("Labels", "Draft"),
        SessionStatus.PLANNED: QCoreApplication.translate("Labels", "Planned"),
        SessionStatus.HELD: QCoreApplication.translate("Labels", "Held"),
        SessionStatus.CANCELLED: QCoreApplication.translate("Labels", "Cancelled"),
    }[status]


def attitude(value: Attitude) -> str:
    return {
        Attitude.CHAMPION: QCoreApplication.translate("Labels", "Champion"),
        Attitude.SUPPORTIVE: QCoreApplication.translate("Labels", "Supportive"),
        Attitude.NEUTRAL: QCoreApplication.translate("Labels", "Neutral"),
        Attitude.CRITICAL: QCoreApplication.translate("Labels", "Critical"),
        Attitude.OPPOSED: QCoreApplication.translate("Labels", "Opposed"),
        Attitude.UNKNOWN: QCoreApplication.translate("Labels", "Unknown"),
    }[value]


def participation(level: ParticipationLevel) -> str:
    return {
        ParticipationLevel.INFORM: QCoreApplication.translate("Labels", "Inform"),
        ParticipationLevel.CONSULT: QCoreApplication.translate("Labels", "Consult"),
        ParticipationLevel.ADVISE: QCoreApplication.translate("Labels", "Advise"),
        ParticipationLevel.COPRODUCE: QCoreApplication.translate("Labels", "Co-produce"),
        ParticipationLevel.CODECIDE: QCoreApplication.translate("Labels", "Co-decide"),
        ParticipationLevel.SELF_MANAGE: QCoreApplication.translate("Labels", "Self-manage"),
    }[level]


def quadrant(key: str) -> str:
    return {
        "key_player": QCoreApplication.translate("Labels", "Key player"),
        "context_setter": QCoreApplication.translate("Labels", "Context setter"),
        "subject": QCoreApplication.translate("Labels", "Subject"),
        "crowd": QCoreApplication.translate("Labels", "Crowd"),
    }[key]


def route(value: Route) -> str:
    return {
        Route.SOCIAL: QCoreApplication.translate("Labels", "Social route"),
        Route.TECHNICAL: QCoreApplication.translate("Labels", "Technical-economic route"),
        Route.PROCESS: QCoreApplication.translate("Labels", "Process and governance"),
        Route.KOPPELKANSEN: QCoreApplication.translate("Labels", "Linking opportunities"),
        Route.OTHER: QCoreApplication.translate("Labels", "Other"),
    }[value]
