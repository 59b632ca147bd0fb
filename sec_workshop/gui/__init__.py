"""The Qt shell: the only layer that imports PySide6 and qtawesome."""
