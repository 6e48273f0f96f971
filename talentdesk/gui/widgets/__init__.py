"""Reusable widgets the views embed."""
