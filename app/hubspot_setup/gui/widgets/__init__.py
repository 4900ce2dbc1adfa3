"""Reusable widgets shared by the wizard pages."""
