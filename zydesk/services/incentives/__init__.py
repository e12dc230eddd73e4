"""鼓励激励 services: rankings, awards, bonuses, the excellent-cadre selection, promotion checks."""
