"""能上能下 screens: the scan, entry of records, proposals and their steps."""
