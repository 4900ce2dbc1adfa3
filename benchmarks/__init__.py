"""Benchmarks of what admins feel: startup, memory, stalls, latencies (`make bench`)."""
