"""Who may do what (三员分立), the password policy and the lockout rule: pure functions, no I/O."""
