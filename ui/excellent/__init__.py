"""优秀干部评选 screens: nominations, votes, selection, honours and promotion checks."""
