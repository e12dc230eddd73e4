"""单位考核排名 screens: scores, ranking, awards and bonuses."""
