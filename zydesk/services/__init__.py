"""Service layer: each function is one operation, one transaction, one audit trail.

Services take a Database (zydesk.storage.uow), validate in plain Python (zydesk.core), and raise
zydesk.errors.UserError / ValidationError with Chinese messages. No Qt here.
"""
