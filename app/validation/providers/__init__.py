"""DNS API providers: one small interface (create TXT, delete TXT, test credentials)."""
