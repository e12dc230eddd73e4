"""帮助: a page per task of a clerk's day, quoting the articles it applies (F1 opens the page of the tab in view)."""
