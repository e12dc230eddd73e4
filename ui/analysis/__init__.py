"""分析研判 (能上能下 第二十六条): structure charts and tables of a 领导班子 or of the county's 干部队伍."""
