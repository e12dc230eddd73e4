"""关心关爱 (《鼓励激励实施办法》第二十五条至第二十九条): the registers and the yearly coverage."""
