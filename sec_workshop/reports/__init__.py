"""Reports and handouts as PDF (ReportLab); input is domain values only."""
