"""A wijk's stakeholders."""
