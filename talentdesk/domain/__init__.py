"""Business rules in pure Python: no Qt, no SQL, no Excel."""
