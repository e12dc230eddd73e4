"""鼓励激励实施办法: unit rankings and awards, excellent cadres, bonuses, promotion priority."""
