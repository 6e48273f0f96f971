"""Repository functions: each takes a Session first, queries with select(), never commits."""
