"""The process model and each wijk's roadmap as editable swimlanes: document, commands, scene, items, view, panels."""
