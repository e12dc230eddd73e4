"""The administrators' screens: 账号管理 and the 管理 page that stands in for the business tabs."""
