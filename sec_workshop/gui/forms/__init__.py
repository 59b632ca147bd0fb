"""Python forms compiled from ui/*.ui (generated; never edit by hand)."""
