"""Use cases over the store: each public method is one committed transaction on domain values."""
