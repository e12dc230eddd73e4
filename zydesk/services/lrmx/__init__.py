"""干部任免审批表 (`.lrmx`) in and out: filled from the records (fill), imported (importing), exported
(exporting), read from files, folders and zips (sources)."""
