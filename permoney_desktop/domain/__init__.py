"""Pure domain: money, accounts, entries, balance and metric maths. No I/O, no frameworks."""
