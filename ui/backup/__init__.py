"""备份与恢复: the list of the database's backups, 立即备份, 复制到…, 恢复…."""
