"""Reading and writing files that cross the app's border; untrusted input is checked here."""
