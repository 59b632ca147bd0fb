"""Reading what a report or handout needs, in one go, as domain values (the PDF is built
from them elsewhere, without the database); and resolving the short codes printed on
stakeholder cards."""

from __future__ import annotations

from sec_workshop.domain.base import NotFoundError
from sec_workshop.domain.board import Photo
from sec_workshop.domain.process import Instrument, Step, StepDependency
from sec_workshop.domain.session import Session
from sec_workshop.domain.stakeholder import Stakeholder, card_code
from sec_workshop.domain.wijk import Wijk
from sec_workshop.reports.data import BoardData, CardsData, RoadmapData, SessionData
from sec_workshop.services.boards import BoardService
from sec_workshop.services.koppelkansen import read_register
from sec_workshop.services.library import LibraryService
from sec_workshop.services.models import ModelService
from sec_workshop.services.sessions import SessionService
from sec_workshop.storage import store
from sec_workshop.storage.database import Database


class ReportService:
    def __init__(self, db: Database, library: LibraryService) -> None:
        self._db = db
        self._library = library
        self._sessions = SessionService(db)
        self._boards = BoardService(db)
        self._models = ModelService(db)

    def session(self, session_id: str, photos: bool = True) -> SessionData:
        """A session with its boards (and their photos' images when ``photos``), the
        stakeholders invited and of the wijk, the roadmap steps it serves with the steps
        that build on them, and the wijk's koppelkansen register."""
        content = self._sessions.content(session_id)
        session = content.session
        with self._db.read() as conn:
            wijk = store.get(conn, Wijk, session.wijk_id)
            people = store.list_where(conn, Stakeholder, wijk_id=session.wijk_id)
            served = [s for s in [store.find(conn, Step, session.step_id or "")] if s]
            arrows = store.list_where(conn, StepDependency, from_step_id=[s.id for s in served])
            following = store.list_where(conn, Step, id=[a.to_step_id for a in arrows])
            register = read_register(conn, session.wijk_id)
            named = [d.step_id for d in content.decisions if d.step_id]
            decision_steps = {s.id: s.title for s in store.list_where(conn, Step, id=named)}
        boards = tuple(self.board(b.id, photos) for b in content.boards)
        ordered = sorted(people, key=lambda s: (-s.influence, -s.interest, s.name.casefold()))
        invited = tuple(p for p in ordered if p.id in set(content.stakeholder_ids))
        return SessionData(
            wijk=wijk,
            content=content,
            boards=boards,
            invited=invited,
            stakeholders=tuple(ordered),
            steps=tuple(served),
            next_steps=tuple(sorted(following, key=lambda s: s.title.casefold())),
            instruments={i.id: i for i in self._library.instruments()},
            facilitators=content.facilitators,
            koppelkansen=register.koppelkansen,
            decision_steps=decision_steps,
        )

    def board(self, board_id: str, photos: bool = True) -> BoardData:
        content = self._boards.content(board_id)
        templates = {t.key: t for t in self._library.board_templates()}
        with_data: tuple[Photo, ...] = ()
        if photos and content.photos:
            with self._db.read() as conn:
                with_data = tuple(store.list_where(conn, Photo, board_id=board_id, order_by=("z",)))
        return BoardData(content, templates.get(content.board.template_key), with_data)

    def cards(self, wijk_or_session_id: str) -> CardsData:
        """The stakeholders of a wijk, or those invited to a session, with their codes."""
        with self._db.read() as conn:
            wijk = store.find(conn, Wijk, wijk_or_session_id)
            session = None if wijk else store.find(conn, Session, wijk_or_session_id)
        if wijk is None and session is None:
            raise NotFoundError("record.not_found", kind="wijk_or_session", id=wijk_or_session_id)
        # The session's invitations are read on their own: one read at a time (the
        # database has one connection).
        invited = self._sessions.content(session.id).stakeholder_ids if session else ()
        with self._db.read() as conn:
            if session is not None:
                wijk = store.get(conn, Wijk, session.wijk_id)
                people = store.list_where(conn, Stakeholder, id=list(invited))
                title = session.title
            else:
                assert wijk is not None
                people = store.list_where(conn, Stakeholder, wijk_id=wijk.id)
                title = wijk.name
        ordered = sorted(people, key=lambda s: (-s.influence, -s.interest, s.name.casefold()))
        return CardsData(wijk, tuple((p, card_code(p.id)) for p in ordered), title)

    def resolve_card(self, wijk_id: str, code: str) -> Stakeholder | None:
        """The stakeholder of a wijk whose card carries ``code`` (as read from a photo)."""
        for person in self._library_people(wijk_id):
            if card_code(person.id) == code.strip().upper():
                return person
        return None

    def roadmap(self, wijk_id: str) -> RoadmapData:
        with self._db.read() as conn:
            wijk = store.get(conn, Wijk, wijk_id)
        model = self._models.roadmap_of(wijk_id)
        if model is None:
            raise NotFoundError("roadmap.missing", wijk=wijk.name)
        return RoadmapData(wijk, self._models.content(model.id))

    def instrument(self, id_or_key: str) -> Instrument:
        """A work form of the library by its id or its key (``wijksafari``)."""
        for form in self._library.instruments():
            if id_or_key in (form.id, form.builtin_key):
                return form
        raise NotFoundError("record.not_found", kind="instrument", id=id_or_key)

    def _library_people(self, wijk_id: str) -> list[Stakeholder]:
        with self._db.read() as conn:
            return store.list_where(conn, Stakeholder, wijk_id=wijk_id)
