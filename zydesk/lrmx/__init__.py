"""干部任免审批表 files (`.lrmx`) of the national 任免审批表 editor: the model, reading and writing."""
