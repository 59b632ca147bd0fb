"""Sticky-note boards: document, commands, scene, items, view, editor, voting, timer, projector."""
