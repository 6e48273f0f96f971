"""Excel rosters with openpyxl: reading and writing workbooks (no Qt, no SQL)."""
