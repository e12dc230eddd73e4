"""Accounts, sign-in and the key slots (身份鉴别, 访问控制, 数据保密性)."""
