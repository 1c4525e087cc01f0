"""Service functions: one user action each, one unit of work each, DTOs out."""
