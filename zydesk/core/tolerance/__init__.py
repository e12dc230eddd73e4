"""容错纠错实施细则: case deadlines in working days, exclusions, conclusions and protections."""
