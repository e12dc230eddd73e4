"""Chart descriptions shared by the window (ui/widgets/chart.py) and the printed reports (printing/charts.py)."""
