"""Master data screens: cadres, units, code tables."""
