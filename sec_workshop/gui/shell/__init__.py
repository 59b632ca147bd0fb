"""The window around everything: main window, start page, the wijk page and its tabs, dialogs."""
