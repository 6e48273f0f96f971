"""Young researchers' long-cycle assessment: programs, dates, grading, money, alerts."""
