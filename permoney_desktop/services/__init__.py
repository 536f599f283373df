"""The write gate and read facade: every write returns a Changes record; nothing else commits."""
