"""Reusable GUI building blocks: table models over plain rows, form helpers."""
