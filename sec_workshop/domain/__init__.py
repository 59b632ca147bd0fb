"""Plain domain values of SEC Workshop: wijken, process models, sessions, stakeholders, boards."""
