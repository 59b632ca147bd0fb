"""Printing and exporting reports and handouts as PDF."""
