"""Use cases: each public method is one transaction and checks the actor's permission."""
