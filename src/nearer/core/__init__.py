"""Framework-free rules of Nearer. Nothing in this package may import Django."""
