"""SEC Workshop: prepare and run co-creation sessions for neighbourhoods going off natural gas."""

__version__ = "0.1.0"
