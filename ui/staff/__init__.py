"""Staff: signing in, locking, manager approval and the Staff screen."""
