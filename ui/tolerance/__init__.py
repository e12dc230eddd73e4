"""容错纠错 screens: case list, case files and their steps."""
