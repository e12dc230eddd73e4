"""能上能下 services: the scan, its facts, proposals, documents."""
