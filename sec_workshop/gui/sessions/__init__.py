"""A wijk's sessions."""
