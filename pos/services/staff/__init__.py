"""Staff and trust: users, PINs and sign-in, roles and permissions, the audit chain."""
