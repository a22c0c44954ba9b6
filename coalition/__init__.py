"""Coalition Ledger: track, review and publish what each partner contributes to a coalition."""
